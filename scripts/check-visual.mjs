/**
 * Visual regression: screenshots of whole articles, each clipped to its `<news-article>`,
 * compared pixel by pixel with the PNGs in test/visual/baselines/. Part of `npm test`: it needs
 * no build (the elements are bundled from `src/` with esbuild and served in place of
 * `dist/cdn/news-elements.js`, which the pages load) and prints one line when green.
 *
 * Usage: node scripts/check-visual.mjs [--update] [name …]
 *   --update  rewrites the baselines instead of comparing (look at them before committing)
 *   name …    only the shots whose name contains one of these, e.g. `arabic` or `320-dark`
 *
 * The matrix (`pages` below): every page at 320, 768 and 1280 px (phone, tablet, desktop: our
 * container queries' three layouts) in the light scheme; the dark scheme where it shows
 * something the light one does not, since its colours are the same tokens on every page:
 * - demo-json: the seed article from JSON on the demo site, light and dark at every width (the
 *   reference page: every dark colour of the JSON templates);
 * - demo-slotted: the same article as slotted HTML, light only (its dark colours are demo-json's);
 * - seed-bare: the seed's JSON file (demo/seed-article.json) through json-article.html, on a page
 *   with no stylesheet of its own: our defaults alone, at one width;
 * - wordpress: a WordPress post body (CMS markup, our light-DOM styles), and dark at 768 for
 *   the colours of slotted CMS content (code, quotes, lists);
 * - cms-ghost, cms-markdown: the Ghost and Markdown bodies of test/fixtures/cms/ (Ghost's cards,
 *   plain Markdown output) through cms-article.html, light at the narrowest and widest width;
 * - arabic-rtl: an Arabic article from JSON on an RTL page, and dark at 320;
 * - hebrew-rtl: a Hebrew article as slotted HTML on an RTL page (RTL with slots);
 * - hostile-host: a page whose CSS resets everything (`all: unset` resets our colour scheme too,
 *   so its dark shots equal its light ones), light at the narrowest and widest width;
 * - v11-kitchen-sink: the article of every v1.1 block (test/support/blocks-fixtures.ts, served as
 *   JSON under /generated/) through json-article.html: embed facades, a table that scrolls in its
 *   column at 320 px, notes; light at the narrowest and widest width, dark at the widest.
 * More pages: test/visual/pages/json-article.html?article=<JSON file> renders any JSON article
 * (e.g. a kitchen-sink article of every block), and cms-article.html?body=<HTML file> places any
 * CMS body (e.g. test/fixtures/cms/ghost.html) in a `<news-article>`: add an entry to `pages`,
 * run with `--update` and the new name, and look at the PNGs. Every shot costs bytes in the
 * repository (the run fails past `maxBaselineBytes`).
 *
 * Stable on any machine: Chromium sees only the fonts of test/visual/fonts/ (FONTCONFIG_FILE),
 * without hinting or sub-pixel anti-aliasing; the colour profile, time zone, locale and clock
 * are fixed; animations and the caret are off; each shot waits for the page's own loading
 * (`window.pageReady`), every element's render, fonts and images.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { bundleSources, importSources } from '../test/support/import-sources.mjs';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
const baselineDir = join(projectRoot, 'test/visual/baselines');
const fontConfig = join(projectRoot, 'test/visual/fonts/fonts.conf');
const diffDir = join(projectRoot, 'screenshots/visual-diff');

const allWidths = [320, 768, 1280];
/** Each page's path from the project root and the widths it is shot at in each colour scheme. */
const pages = {
  'demo-json': { path: 'demo/index.html', light: allWidths, dark: allWidths },
  'demo-slotted': { path: 'demo/slotted.html', light: allWidths },
  'seed-bare': { path: 'test/visual/pages/json-article.html?article=/demo/seed-article.json', light: [768] },
  wordpress: { path: 'test/visual/pages/wordpress.html', light: allWidths, dark: [768] },
  'cms-ghost': { path: 'test/visual/pages/cms-article.html?body=/test/fixtures/cms/ghost.html', light: [320, 1280] },
  'cms-markdown': {
    path: 'test/visual/pages/cms-article.html?body=/test/fixtures/cms/markdown.html',
    light: [320, 1280],
  },
  'arabic-rtl': { path: 'test/visual/pages/arabic-rtl.html', light: allWidths, dark: [320] },
  'hebrew-rtl': { path: 'test/visual/pages/hebrew-rtl.html', light: allWidths },
  'hostile-host': { path: 'test/visual/pages/hostile-host.html', light: [320, 1280] },
  'v11-kitchen-sink': {
    path: 'test/visual/pages/json-article.html?article=/generated/kitchen-sink-article.json',
    light: [320, 1280],
    dark: [1280],
  },
};

/** All baselines together may take this many bytes of the repository. */
const maxBaselineBytes = 15e6;

// The reader's clock and language are fixed: times in the pages are formatted in the reader's zone.
const timeZone = 'Asia/Kuala_Lumpur';
const locale = 'en-GB';
const now = new Date('2025-10-24T12:00:00+08:00');

/** pixelmatch's per-pixel colour distance (0–1) below which two pixels count as the same. */
const colorThreshold = 0.02;
/**
 * Share of a shot's pixels that may differ beyond that, for anti-aliasing pixelmatch does not
 * recognise as such: 0.01%, ~70 pixels of a 320 px shot. Repeated runs here differ by none; a
 * word that moves changes thousands.
 */
const maxDiffRatio = 0.0001;

const args = process.argv.slice(2);
const update = args.includes('--update');
const filters = args.filter((arg) => !arg.startsWith('--'));

const shots = Object.entries(pages).flatMap(([page, { path, ...schemes }]) =>
  ['light', 'dark'].flatMap((colorScheme) =>
    (schemes[colorScheme] ?? []).map((width) => ({
      name: `${page}-${width}-${colorScheme}`,
      path,
      width,
      colorScheme,
    })),
  ),
);
const selected = shots.filter((shot) => filters.length === 0 || filters.some((filter) => shot.name.includes(filter)));
if (selected.length === 0) {
  console.error(`visual: no shot matches ${filters.join(', ')}`);
  process.exit(1);
}

/**
 * Runs in the page: resolves when the page's own loading is done, every element is defined and
 * rendered, every web font loaded and every image in view (in shadow roots too) loaded and
 * decoded; returns the URLs of images that failed. Lazy images below the viewport are left:
 * they would wait for ever.
 */
async function settle() {
  await window.pageReady;
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
    timer = setTimeout(() => reject(new Error('page, elements, fonts or images not ready after 30 s')), 30_000);
  });
  try {
    return await Promise.race([tab.evaluate(settle), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A fresh tab with the reader's settings fixed, serving `bundle` as the pages' news-elements.js. */
async function openTab(browser, baseUrl, bundle, { width, colorScheme }) {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    deviceScaleFactor: 1,
    colorScheme,
    reducedMotion: 'reduce',
    locale,
    timezoneId: timeZone,
  });
  await context.clock.setFixedTime(now);
  await context.route(`${baseUrl}/dist/cdn/news-elements.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: bundle }),
  );
  for (const [path, body] of Object.entries(generatedFiles)) {
    await context.route(`${baseUrl}${path}`, (route) => route.fulfill({ contentType: 'application/json', body }));
  }
  return { context, tab: await context.newPage() };
}

/**
 * Takes one shot, clipped to the page's `<news-article>`; returns the PNG and whatever went wrong
 * on the page (errors, broken images).
 */
async function shoot(browser, baseUrl, bundle, { path, width, colorScheme }) {
  const { context, tab } = await openTab(browser, baseUrl, bundle, { width, colorScheme });
  const problems = [];
  try {
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => {
      // Which `allow` features of an embed Chromium knows depends on its version, not on the page.
      if (/^Unrecognized feature: '[\w-]+'\.$/.test(message.text())) return;
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
    // A page wider than the screen is a fault the reader sees; on an RTL page Chromium would
    // also draw the screenshot from the overflow's edge.
    const pageWidth = await tab.evaluate(() => document.documentElement.scrollWidth);
    if (pageWidth > width) problems.push(`the page scrolls sideways: ${pageWidth} px wide in a ${width} px window`);
    // The viewport holds the whole page now; the clip is in its coordinates. (A full-page shot's
    // are the document's, which start left of the viewport on an RTL page that overflows.)
    const box = await tab.evaluate(() => document.querySelector('news-article')?.getBoundingClientRect().toJSON());
    if (!box) throw new Error(`${path} shows no <news-article>`);
    const clip = {
      x: Math.round(box.x),
      y: Math.round(box.y),
      width: Math.round(box.width),
      height: Math.round(box.height),
    };
    const screenshot = await tab.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    return { png: PNG.sync.read(screenshot), problems };
  } finally {
    await context.close();
  }
}

/**
 * Text in each generic family and in Arabic and Hebrew, and the fonts Chromium drew it with:
 * anything but our Noto files means FONTCONFIG_FILE was not honoured (e.g. a `CHROME_PATH`
 * browser with a fontconfig of its own), and the shots would depend on the machine's fonts.
 */
async function foreignFonts(browser, baseUrl, bundle) {
  const { context, tab } = await openTab(browser, baseUrl, bundle, { width: 320, colorScheme: 'light' });
  try {
    await tab.setContent(
      ['serif', 'sans-serif', 'system-ui', 'monospace', 'Charter', 'Georgia', 'Arial']
        .map((family) => `<p style="font-family: ${family}">News “quoted” — é</p>`)
        .join('') + '<p lang="ar">مرحبا بالعالم</p><p lang="he">שלום עולם</p>',
    );
    const cdp = await context.newCDPSession(tab);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'p' });
    const families = new Set();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) families.add(font.familyName);
    }
    return [...families].filter((family) => !family.startsWith('Noto '));
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
const megabytes = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const baselineFile = (shot) => join(baselineDir, `${shot.name}.png`);
const storedBaselines = () =>
  existsSync(baselineDir) ? readdirSync(baselineDir).filter((file) => file.endsWith('.png')) : [];

process.env.TZ = timeZone;
const bundle = await bundleSources(["import './src/news-elements.ts';"], { platform: 'browser' });
/** JSON files the pages load, made from the test fixtures rather than kept twice. */
const { kitchenSinkArticle } = await importSources(
  "export { kitchenSinkArticle } from './test/support/blocks-fixtures.ts';",
);
const generatedFiles = { '/generated/kitchen-sink-article.json': JSON.stringify(kitchenSinkArticle) };
const { server, url } = await serveStatic(projectRoot);
const browser = await launchChromium(
  [
    `--lang=${locale}`,
    // With the fonts fixed, the rest of text rendering: no hinting, grey-scale anti-aliasing.
    '--font-render-hinting=none',
    '--disable-lcd-text',
    '--force-color-profile=srgb',
  ],
  { FONTCONFIG_FILE: fontConfig },
);
let passed = 0;
let written = 0;
const failedShots = [];
/** Shots that differ from their baseline or have none: the ones an update may be meant for. */
const changedShots = [];
const fail = (name, lines) => {
  failedShots.push(name);
  console.log(`✗ ${name}\n${lines.map((line) => `    ${line}`).join('\n')}`);
};
try {
  const foreign = await foreignFonts(browser, url, bundle);
  if (foreign.length > 0) {
    fail('fonts', [
      `Chromium drew text with ${foreign.join(', ')}, not only the fonts of ${shown(join(fontConfig, '..'))}:`,
      'the shots would depend on this machine. Does this Chromium read FONTCONFIG_FILE?',
    ]);
    throw new Error('fonts not isolated');
  }
  if (update) mkdirSync(baselineDir, { recursive: true });
  else rmSync(diffDir, { recursive: true, force: true });
  for (const shot of selected) {
    const { png, problems } = await shoot(browser, url, bundle, shot);
    const failures = [...problems];
    if (update) {
      if (failures.length === 0) {
        writeFileSync(baselineFile(shot), encode(png));
        written++;
        continue;
      }
    } else if (!existsSync(baselineFile(shot))) {
      failures.push(`no baseline ${shown(baselineFile(shot))}`);
      changedShots.push(shot.name);
    } else {
      const baseline = PNG.sync.read(readFileSync(baselineFile(shot)));
      const { ratio, diff } = compare(png, baseline);
      const sizeChanged = png.width !== baseline.width || png.height !== baseline.height;
      if (sizeChanged) {
        failures.push(`size ${png.width}×${png.height}, baseline ${baseline.width}×${baseline.height}`);
      }
      if (sizeChanged || ratio > maxDiffRatio) {
        failures.push(`${percent(ratio)} of pixels differ (allowed ${percent(maxDiffRatio)})`);
        changedShots.push(shot.name);
        mkdirSync(diffDir, { recursive: true });
        const actualFile = join(diffDir, `${shot.name}.actual.png`);
        const diffFile = join(diffDir, `${shot.name}.diff.png`);
        writeFileSync(actualFile, encode(png));
        writeFileSync(diffFile, PNG.sync.write(diff));
        failures.push(`actual: ${shown(actualFile)}`, `diff:   ${shown(diffFile)}`);
      }
    }
    if (failures.length === 0) passed++;
    else fail(shot.name, failures);
  }
} catch (error) {
  if (failedShots.length === 0) throw error;
} finally {
  await browser.close();
  server.close();
}

// Baselines of shots that no longer exist only cost bytes: --update deletes them, a check names them.
const expected = new Set(shots.map((shot) => `${shot.name}.png`));
const orphans = storedBaselines().filter((file) => !expected.has(file));
if (update && filters.length === 0) {
  for (const file of orphans) unlinkSync(join(baselineDir, file));
} else if (!update && filters.length === 0 && orphans.length > 0) {
  fail('baselines', [`no shot for ${orphans.join(', ')} in scripts/check-visual.mjs: delete them or run --update`]);
}
const baselineBytes = storedBaselines().reduce((sum, file) => sum + statSync(join(baselineDir, file)).size, 0);
if (baselineBytes > maxBaselineBytes) {
  fail('baselines', [
    `${megabytes(baselineBytes)} of PNGs, more than ${megabytes(maxBaselineBytes)}: shoot fewer combinations`,
  ]);
}

if (update) {
  console.log(
    `visual: ${written} baselines written, ${failedShots.length} failed; all baselines ${megabytes(baselineBytes)}`,
  );
  if (written > 0) console.log('Look at the changed PNGs (git status test/visual/baselines/) before committing them.');
} else {
  if (changedShots.length > 0) {
    console.log(
      [
        'If the change is intended, update those baselines, then look at each PNG before committing it:',
        `  npm run test:visual -- --update ${changedShots.join(' ')}`,
      ].join('\n'),
    );
  }
  console.log(`visual: ${passed} passed, ${failedShots.length} failed`);
}
process.exit(failedShots.length > 0 ? 1 : 0);
