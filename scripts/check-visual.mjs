/**
 * Visual regression: full-page screenshots of the demo pages and of test/visual/pages/ (content
 * we did not write: an Arabic article, a WordPress post body, a host whose CSS resets
 * everything), each 320 and 1280 px wide in the light and the dark colour scheme, compared pixel
 * by pixel with the PNGs in test/visual/baselines/. Needs a build (`npm run build`) first; it
 * does not build.
 *
 * Usage: node scripts/check-visual.mjs [--update] [name …]
 *   --update  rewrites the baselines instead of comparing (look at them before committing)
 *   name …    only the shots whose name contains one of these, e.g. `arabic` or `320-dark`
 *
 * Quiet when green: one line `visual: N passed, 0 failed`. A failing shot is named with its
 * share of differing pixels, and its actual and diff PNGs are written to screenshots/visual-diff/.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
const baselineDir = join(projectRoot, 'test/visual/baselines');
const diffDir = join(projectRoot, 'screenshots/visual-diff');

const widths = [320, 1280];
const bothSchemes = ['light', 'dark'];
/**
 * The pages and their colour schemes. The slotted demo is shot in light only, to keep the
 * baselines small: its dark colours are the JSON demo's, and slotted HTML in the dark is the
 * WordPress page's.
 */
const pages = {
  'demo-json': { path: 'demo/index.html', colorSchemes: bothSchemes },
  'demo-slotted': { path: 'demo/slotted.html', colorSchemes: ['light'] },
  'arabic-rtl': { path: 'test/visual/pages/arabic-rtl.html', colorSchemes: bothSchemes },
  wordpress: { path: 'test/visual/pages/wordpress.html', colorSchemes: bothSchemes },
  'hostile-host': { path: 'test/visual/pages/hostile-host.html', colorSchemes: bothSchemes },
};

// The reader's clock and language are fixed: times in the pages are formatted in the reader's zone.
const timeZone = 'Asia/Kuala_Lumpur';
const locale = 'en-GB';

/** pixelmatch's per-pixel colour distance (0–1) below which two pixels count as the same. */
const colorThreshold = 0.1;
/**
 * Share of a shot's pixels that may differ beyond that, for anti-aliasing pixelmatch does not
 * recognise as such: 0.01%, ~70 pixels of a 320 px shot. Repeated runs here differ by none; a
 * word that moves changes thousands.
 */
const maxDiffRatio = 0.0001;

const args = process.argv.slice(2);
const update = args.includes('--update');
const filters = args.filter((arg) => !arg.startsWith('--'));

const shots = Object.entries(pages).flatMap(([page, { path, colorSchemes }]) =>
  widths.flatMap((width) =>
    colorSchemes.map((colorScheme) => ({ name: `${page}-${width}-${colorScheme}`, path, width, colorScheme })),
  ),
);
const selected = shots.filter((shot) => filters.length === 0 || filters.some((filter) => shot.name.includes(filter)));
if (selected.length === 0) {
  console.error(`visual: no shot matches ${filters.join(', ')}`);
  process.exit(1);
}

if (!existsSync(join(projectRoot, 'dist/cdn/news-elements.js'))) {
  console.error('visual: dist/cdn/news-elements.js is missing: run `npm run build` first.');
  process.exit(1);
}

/**
 * Runs in the page: resolves when every element is defined and rendered, every web font loaded
 * and every image that is in view (in shadow roots too) loaded and decoded; returns the URLs of
 * those that failed. Lazy images below the viewport are left: they would wait for ever.
 */
async function settle() {
  const deepElements = (root) =>
    Array.from(root.querySelectorAll('*')).flatMap((element) => [
      element,
      ...(element.shadowRoot ? deepElements(element.shadowRoot) : []),
    ]);
  const tags = new Set(
    deepElements(document)
      .map((element) => element.localName)
      .filter((tag) => tag.includes('-')),
  );
  await Promise.all(Array.from(tags, (tag) => customElements.whenDefined(tag)));
  // Rendering may create more elements (a section's lists): wait until a pass finds nothing pending.
  for (let pass = 0; pass < 10; pass++) {
    const pending = deepElements(document).filter((element) => 'updateComplete' in element);
    const results = await Promise.all(pending.map((element) => element.updateComplete));
    if (results.every(Boolean)) break;
  }
  await document.fonts.ready;
  const images = deepElements(document).filter(
    (element) => element instanceof HTMLImageElement && element.getBoundingClientRect().top < innerHeight,
  );
  await Promise.all(
    images.map((image) =>
      image.complete
        ? undefined
        : new Promise((done) => {
            image.addEventListener('load', done, { once: true });
            image.addEventListener('error', done, { once: true });
          }),
    ),
  );
  await Promise.all(images.map((image) => image.decode().catch(() => {})));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return images.filter((image) => image.naturalWidth === 0).map((image) => image.currentSrc || image.src);
}

/** `settle()` in the tab, or an error naming what the page did not finish in time. */
async function settled(tab) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('elements, fonts or images not ready after 30 s')), 30_000);
  });
  try {
    return await Promise.race([tab.evaluate(settle), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Takes one shot; returns the PNG and whatever went wrong on the page (errors, broken images). */
async function shoot(browser, baseUrl, { path, width, colorScheme }) {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    deviceScaleFactor: 1,
    colorScheme,
    reducedMotion: 'reduce',
    locale,
    timezoneId: timeZone,
  });
  const problems = [];
  try {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    tab.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await tab.goto(`${baseUrl}/${path}`, { waitUntil: 'load' });
    // A viewport as tall as the page brings every lazy image into view; repeat while images grow the page.
    let height = 0;
    for (let round = 0; round < 5; round++) {
      const broken = await settled(tab);
      const pageHeight = await tab.evaluate(() => document.documentElement.scrollHeight);
      if (pageHeight === height) {
        problems.push(...broken.map((url) => `image did not load: ${url}`));
        break;
      }
      height = pageHeight;
      await tab.setViewportSize({ width, height });
    }
    const screenshot = await tab.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    return { png: PNG.sync.read(screenshot), problems };
  } finally {
    await context.close();
  }
}

/**
 * The PNG as stored: RGB (screenshots are opaque), unfiltered, at zlib's best: about half the size
 * of Chromium's own PNG for pages of text (PNG's row filters and pngjs's default RLE strategy
 * both do worse on text than plain deflate).
 */
function encode(png) {
  return PNG.sync.write(png, { colorType: 2, inputHasAlpha: true, filterType: 0, deflateLevel: 9, deflateStrategy: 0 });
}

/** `png` on a canvas of `width` × `height`, the area outside it transparent. */
function padded(png, width, height) {
  if (png.width === width && png.height === height) return png;
  const canvas = new PNG({ width, height });
  PNG.bitblt(png, canvas, 0, 0, png.width, png.height, 0, 0);
  return canvas;
}

function compare(actual, baseline) {
  const width = Math.max(actual.width, baseline.width);
  const height = Math.max(actual.height, baseline.height);
  const diff = new PNG({ width, height });
  const differing = pixelmatch(
    padded(baseline, width, height).data,
    padded(actual, width, height).data,
    diff.data,
    width,
    height,
    { threshold: colorThreshold },
  );
  return { ratio: differing / (width * height), diff };
}

const shown = (file) => relative(process.cwd(), file);
const percent = (ratio) => `${(ratio * 100).toFixed(3)}%`;

process.env.TZ = timeZone;
const { server, url } = await serveStatic(projectRoot);
const browser = await launchChromium([`--lang=${locale}`]);
let passed = 0;
let failed = 0;
let written = 0;
try {
  if (update) mkdirSync(baselineDir, { recursive: true });
  else rmSync(diffDir, { recursive: true, force: true });
  for (const shot of selected) {
    const baselineFile = join(baselineDir, `${shot.name}.png`);
    const { png, problems } = await shoot(browser, url, shot);
    const failures = [...problems];
    if (update) {
      if (failures.length === 0) {
        writeFileSync(baselineFile, encode(png));
        written++;
        continue;
      }
    } else if (!existsSync(baselineFile)) {
      failures.push(`no baseline ${shown(baselineFile)}: run node scripts/check-visual.mjs --update`);
    } else {
      const baseline = PNG.sync.read(readFileSync(baselineFile));
      const { ratio, diff } = compare(png, baseline);
      const sizeChanged = png.width !== baseline.width || png.height !== baseline.height;
      if (sizeChanged) {
        failures.push(`size ${png.width}×${png.height}, baseline ${baseline.width}×${baseline.height}`);
      }
      if (sizeChanged || ratio > maxDiffRatio) {
        failures.push(`${percent(ratio)} of pixels differ (allowed ${percent(maxDiffRatio)})`);
        mkdirSync(diffDir, { recursive: true });
        const actualFile = join(diffDir, `${shot.name}.actual.png`);
        const diffFile = join(diffDir, `${shot.name}.diff.png`);
        writeFileSync(actualFile, encode(png));
        writeFileSync(diffFile, PNG.sync.write(diff));
        failures.push(`actual: ${shown(actualFile)}`, `diff:   ${shown(diffFile)}`);
      }
    }
    if (failures.length === 0) {
      passed++;
    } else {
      failed++;
      console.log(`✗ ${shot.name}\n${failures.map((line) => `    ${line}`).join('\n')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (update) {
  const bytes = shots.reduce((sum, shot) => {
    const file = join(baselineDir, `${shot.name}.png`);
    return sum + (existsSync(file) ? statSync(file).size : 0);
  }, 0);
  console.log(`visual: ${written} baselines written, ${failed} failed; all baselines ${(bytes / 1e6).toFixed(2)} MB`);
} else {
  console.log(`visual: ${passed} passed, ${failed} failed`);
}
process.exit(failed > 0 ? 1 : 0);
