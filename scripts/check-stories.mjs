/**
 * Renders every story of a static Storybook build (default `storybook-static/`, or the folder
 * given as the first argument) in headless Chromium, in
 * the light and the dark theme, and fails on any axe violation (the tags of
 * stories/support/a11y.js) or console error. A story tagged `expected-news-error` shows bad
 * input on purpose: there, console errors from our own elements (`<tag>: …`) are expected, and
 * at least one is required; any other error still fails. Green, it prints one line,
 * `stories: N passed, N failed` (a story counts once per theme); before that line, each failed
 * story is printed with its axe violations and console errors.
 *
 * The run loads nothing from the network: a picture on another host (the feed fixtures of the
 * `src` stories name their publishers' image servers) is answered with a blank one; any other
 * request to another host fails, and shows as a console error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { axeTags } from '../stories/support/a11y.js';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// Our tags, as the manifest (built from the classes with the Storybook build) names them.
const ourTags = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
  .modules.flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) => (declaration.customElement && declaration.tagName ? [declaration.tagName] : []));
const ourMessage = new RegExp(`^<(${ourTags.join('|')})>: `);
/** What a picture on another host shows here. */
const blankPicture =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"><rect width="16" height="9" fill="#8a8f98"/></svg>';

const buildFolder = process.argv[2] ?? 'storybook-static';
if (!existsSync(`${buildFolder}/index.json`)) {
  console.error(`${buildFolder}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const index = JSON.parse(readFileSync(`${buildFolder}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const { server, url } = await serveStatic(buildFolder);
const browser = await launchChromium();

let passed = 0;
const failures = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(
    (requestUrl) => !requestUrl.href.startsWith(url),
    (route) =>
      route.request().resourceType() === 'image'
        ? route.fulfill({ contentType: 'image/svg+xml', body: blankPicture })
        : route.abort(),
  );
  const page = await context.newPage();
  for (const theme of ['light', 'dark']) {
    for (const story of stories) {
      const name = `${story.title} › ${story.name} (${theme})`;
      const errors = [];
      const onConsole = (message) => message.type() === 'error' && errors.push(message.text());
      const onPageError = (error) => errors.push(`uncaught: ${error.message}`);
      page.on('console', onConsole);
      page.on('pageerror', onPageError);
      const problems = [];
      try {
        // The a11y panel's own automatic axe run is switched off, so it cannot overlap ours.
        await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme};a11y.manual:!true`, {
          waitUntil: 'load',
        });
        await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, null, {
          timeout: 15000,
        });
        // Let elements upgrade, nested elements render and the decorator apply the toolbar globals.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150))));
        if (!(await page.evaluate(() => window.axe))) await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async (tags) => {
          // axe runs one scan at a time per page; wait out any other scan still going.
          for (let attempt = 0; ; attempt += 1) {
            try {
              const result = await window.axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags } });
              return result.violations;
            } catch (error) {
              if (attempt >= 20 || !String(error).includes('already running')) throw error;
              await new Promise((resolve) => setTimeout(resolve, 250));
            }
          }
        }, axeTags);
        for (const violation of violations) {
          const targets = violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join('; ');
          problems.push(`axe ${violation.id}: ${violation.help} (${targets})`);
        }
      } catch (error) {
        problems.push(`did not render: ${error.message.split('\n')[0]}`);
      }
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      const expectsErrors = story.tags?.includes('expected-news-error');
      const unexpected = errors.filter((message) => !(expectsErrors && ourMessage.test(message)));
      for (const message of unexpected) problems.push(`console error: ${message}`);
      if (expectsErrors && errors.length === unexpected.length)
        problems.push('shows bad input but reported no news-error');
      if (problems.length === 0) passed += 1;
      else failures.push({ name, problems });
    }
  }
} finally {
  await browser.close();
  server.close();
}

for (const { name, problems } of failures) {
  console.log(`✗ ${name}`);
  for (const problem of problems) console.log(`    ${problem}`);
}
console.log(`stories: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
