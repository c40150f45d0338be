/**
 * Drives the Controls panel of a static Storybook build (default `storybook-static/`, or the
 * folder given as the first argument) as a designer would, in the manager UI rather than a bare
 * story frame, in headless Chromium:
 * - on `bullet-list`, picks `dark` in the `theme` select and a colour for
 *   `--bullet-list-marker-color`, and expects the list in the preview to turn dark with markers
 *   of that colour, and the page's URL to keep both args;
 * - opens a `latest-news` story from a shared link with `args=locale:ms-MY` and a time zone in
 *   `globals=`, and expects the element to take both;
 * - opens a story written in Arabic and expects it right to left, and an English story with the
 *   Hebrew locale and expects Hebrew labels in a left-to-right canvas (English is never mirrored).
 * Green, it prints one line, `controls: N passed, N failed`; each failed check is printed before.
 */
import { existsSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const buildFolder = process.argv[2] ?? 'storybook-static';
if (!existsSync(`${buildFolder}/index.json`)) {
  console.error(`${buildFolder}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const { server, url } = await serveStatic(buildFolder);
const browser = await launchChromium();
const timeout = 60000;

const results = [];
/** Runs one named check; a thrown error or a false result fails it. */
async function check(name, body) {
  try {
    const problem = await body();
    results.push({ name, problem });
  } catch (error) {
    results.push({ name, problem: error.message.split('\n')[0] });
  }
}

/** Waits until `probe` (run in the story's frame) returns a truthy value; returns it. */
async function inPreview(page, probe, argument) {
  const frame = page.frameLocator('#storybook-preview-iframe');
  await frame.locator('#storybook-root').waitFor({ state: 'attached', timeout });
  const handle = await page.waitForFunction(
    ([source, value]) => {
      const document = globalThis.document.querySelector('#storybook-preview-iframe')?.contentDocument;
      if (!document) return undefined;
      return new Function('document', 'value', `return (${source})(document, value);`)(document, value);
    },
    [probe.toString(), argument],
    { timeout },
  );
  return handle.jsonValue();
}

const markerColour = '#0055aa';

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => results.push({ name: 'no uncaught error', problem: error.message }));
  await page.goto(`${url}/?path=/story/elements-bullet-list--from-json`, { waitUntil: 'load' });

  await check('the list renders light before any change', async () => {
    const colour = await inPreview(page, (document) => {
      const item = document.querySelector('bullet-list')?.shadowRoot?.querySelector('li');
      return item && getComputedStyle(item).color;
    });
    return colour === 'rgb(22, 21, 20)' ? undefined : `text colour ${colour}`;
  });

  await check('the theme select turns the list dark', async () => {
    await page.locator('select#control-theme').selectOption({ label: 'dark' }, { timeout });
    await inPreview(page, (document) => {
      const list = document.querySelector('bullet-list');
      const item = list?.shadowRoot?.querySelector('li');
      return (
        list?.getAttribute('theme') === 'dark' &&
        getComputedStyle(item).color === 'rgb(236, 238, 241)' &&
        getComputedStyle(document.querySelector('main.story-canvas')).backgroundColor === 'rgb(18, 19, 22)'
      );
    });
  });

  await check('the colour control recolours the markers', async () => {
    const input = page.locator('input#control---bullet-list-marker-color');
    await input.fill(markerColour, { timeout });
    await input.press('Enter');
    await inPreview(
      page,
      (document, expected) => {
        const item = document.querySelector('bullet-list')?.shadowRoot?.querySelector('li');
        return item && getComputedStyle(item, '::marker').color === expected;
      },
      'rgb(0, 85, 170)',
    );
  });

  await check('the URL keeps both args', async () => {
    await page.waitForFunction(() => decodeURIComponent(location.search).includes('--bullet-list-marker-color'), null, {
      timeout,
    });
    const args = new URL(page.url()).searchParams.get('args') ?? '';
    const expected = ['theme:dark', `--bullet-list-marker-color:!hex(${markerColour.slice(1)})`];
    const missing = expected.filter((arg) => !args.split(';').includes(arg));
    return missing.length === 0 ? undefined : `args=${args} lacks ${missing.join(', ')}`;
  });

  await check('a shared link sets the locale arg and the time zone global', async () => {
    await page.goto(
      `${url}/?path=/story/elements-latest-news--from-json&args=locale:ms-MY&globals=timeZone:Asia-Kuala_Lumpur`,
      { waitUntil: 'load' },
    );
    await inPreview(page, (document) => {
      const feed = document.querySelector('latest-news');
      return feed?.getAttribute('locale') === 'ms-MY' && feed.getAttribute('time-zone') === 'Asia/Kuala_Lumpur';
    });
    const selected = await page.locator('select#control-locale').inputValue({ timeout });
    const label = await page.locator(`select#control-locale option[value="${selected}"]`).textContent();
    return label === 'ms-MY' ? undefined : `the locale control shows ${label}`;
  });

  await check('a story written in Arabic is right to left', async () => {
    await page.goto(`${url}/?path=/story/elements-bullet-list--arabic-right-to-left`, { waitUntil: 'load' });
    await inPreview(page, (document) => {
      const item = document.querySelector('bullet-list')?.shadowRoot?.querySelector('li');
      return (
        document.querySelector('main.story-canvas')?.getAttribute('dir') === 'rtl' &&
        item &&
        getComputedStyle(item).direction === 'rtl' &&
        /[\u0600-\u06ff]/.test(item.textContent)
      );
    });
  });

  await check('the Hebrew locale on an English story gives Hebrew labels, left to right', async () => {
    await page.goto(`${url}/?path=/story/elements-latest-news--from-json&globals=locale:he`, { waitUntil: 'load' });
    await inPreview(page, (document) => {
      const feed = document.querySelector('latest-news');
      const heading = feed?.shadowRoot?.querySelector('h2, h3, h4, h5, h6');
      const link = feed?.shadowRoot?.querySelector('a');
      return (
        document.querySelector('main.story-canvas')?.getAttribute('dir') === 'ltr' &&
        feed.getAttribute('locale') === 'he' &&
        /[\u0590-\u05ff]/.test(heading?.textContent ?? '') &&
        link &&
        getComputedStyle(link).direction === 'ltr'
      );
    });
  });
} finally {
  await browser.close();
  server.close();
}

const failures = results.filter((result) => result.problem);
for (const { name, problem } of failures) console.log(`✗ ${name}: ${problem}`);
console.log(`controls: ${results.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
