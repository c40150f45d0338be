/**
 * Hydration in Chromium of every server-rendered case of test/support/ssr-cases.mjs (every
 * story of every element, every valid article as attribute and as property). One page holds
 * them all, each in its own container; the hydrating client (Lit's hydrate support, the
 * elements and the same cases, bundled from the sources) is held back until every node of every
 * shadow root is marked and the headings, paragraphs, list items and links are measured
 * (test/support/hydration-probe.js). Once it has hydrated each container's template: every
 * element has updated, no node was replaced, nothing moved, an element with nothing slotted
 * rendered once, and the console has nothing but the bad-input stories' reports.
 *
 * The same page again, with a named image for every document member Lit, its hydrate support and
 * the elements read, hydrated by the client a page loads for that (Lit's document calls rewritten
 * as in the CDN build): the host's markup must change nothing.
 *
 * Run: `npm run test:node` (no build needed; Chromium as scripts/chromium.mjs finds it).
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { rewriteDocumentCalls } from '../../scripts/vite-plugin-document-calls.mjs';
import { bundleSources } from '../support/import-sources.mjs';
import { importServerRendering, renderCase, storyStubs } from '../support/ssr-render.mjs';

const projectRoot = resolve(import.meta.dirname, '../..');
const origin = 'http://ssr.test';

const ssr = await importServerRendering();
/**
 * The cases that load `src` are left out: the server sends what they show before loading, and
 * the browser changes it by design once the answer comes (test/elements/*-src.test.ts).
 */
const hydrates = (testCase) => !testCase.loadsSource;
const cases = ssr.ssrCases();

/**
 * What the server cannot know, the slotted content, changes these cases once they hydrate: each
 * element renders first as the server did, then again with what it finds slotted.
 */
const changedOnceSlotsAreSeen = {
  // The server renders a one-column article; the <latest-news slot="aside"> brings the aside.
  'story news-article/FromSlottedHtml': 'the aside and its column appear',
  'story news-article/BadInputInvalidJson': 'the aside and its column appear',
  // The server renders the built-in label beside the slotted one, inside the hidden link.
  'story skip-link/CustomLabel': 'the built-in label goes',
  // "No stories" could sit beside a slotted list, so the server leaves it to the browser.
  'story latest-news/Empty': 'the empty text appears',
  'story latest-news/CustomLabels': 'the empty text appears',
};

/**
 * Names a host page's markup can take from the document or the window: every method Lit and its
 * hydrate support call on the document (what the build's rewrite finds in their modules), every
 * member the elements read through the prototypes (src/), and the globals Lit reads on load.
 */
async function shadowedNames() {
  const names = new Set();
  for (const litPackage of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-client']) {
    const folder = join(projectRoot, 'node_modules', litPackage);
    for (const file of await readdir(folder, { recursive: true })) {
      if (!file.endsWith('.js') || /^(development|node)[\\/]/.test(file)) continue;
      const rewritten = rewriteDocumentCalls(await readFile(join(folder, file), 'utf8'), file);
      for (const [, name] of rewritten.matchAll(/__newsElementsCallMember\([^,]*,"(\w+)"/g)) names.add(name);
    }
  }
  for (const file of await readdir(join(projectRoot, 'src'), { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    const source = await readFile(join(projectRoot, 'src', file), 'utf8');
    for (const [, name] of source.matchAll(/\b(?:call|get|set)Member\(\w+, '(\w+)'/g)) names.add(name);
  }
  const litGlobals = await readFile(join(projectRoot, 'src/shared/lit-globals.ts'), 'utf8');
  for (const [, name] of /const litGlobals = \[([^\]]*)\]/.exec(litGlobals)[1].matchAll(/'(\w+)'/g)) names.add(name);
  return [...names];
}

/**
 * The pages, one per markup of the host's: every case's server HTML (rendered once) in a container
 * of its own, after that markup.
 */
async function serverPages(...hostMarkups) {
  const containers = [];
  for (const [index, testCase] of cases.entries()) {
    // A case left out keeps its (empty) container, so that the containers stay in the cases' order.
    const { html } = hydrates(testCase) ? await renderCase(ssr, testCase) : { html: '' };
    containers.push(`<div class="case" data-case="${index}">${html}</div>`);
  }
  // The rules each element adopts for its slotted light DOM when it runs: a server-rendered page
  // carries them from the start, or slotted content moves when the elements hydrate.
  // (<news-article> and <article-section> load theirs, the body sheet, as a chunk.)
  const lightStyles = [
    ...ssr.elements.flatMap((element) => element.lightStyles?.cssText ?? []),
    ssr.bodyContentLightCss,
    ssr.scriptsLightCss,
  ].join('\n');
  return hostMarkups.map(
    (hostMarkup) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered cases</title>
    <style>.case { margin-block-end: 2rem; }</style>
    <style>${lightStyles}</style>
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    ${hostMarkup}
    ${containers.join('\n    ')}
    <p id="parsed" hidden></p>
  </body>
</html>`,
  );
}

/**
 * Hydrates each container with its case's template: the properties the server rendered come back
 * so. The page's own queries go through the prototype, as the page's markup may shadow them.
 */
const clientEntry = [
  "import './src/hydrate-support.ts';",
  "import { hydrate } from '@lit-labs/ssr-client';",
  "import './src/define/index.ts';",
  "import { ssrCases } from './test/support/ssr-cases.mjs';",
  // Counts each element's renders: the elements upgraded above render in a microtask, after this.
  "const newsElement = Object.getPrototypeOf(customElements.get('news-article').prototype);",
  'const update = newsElement.update;',
  'window.renderCounts = new WeakMap();',
  'newsElement.update = function (changed) {',
  '  window.renderCounts.set(this, (window.renderCounts.get(this) ?? 0) + 1);',
  '  return update.call(this, changed);',
  '};',
  'window.hydrateErrors = ssrCases().map((testCase, index) => {',
  '  if (testCase.loadsSource) return undefined;',
  '  try {',
  '    const container = Document.prototype.querySelector.call(document, `[data-case="${index}"]`);',
  '    hydrate(testCase.template(), container);',
  '  } catch (error) {',
  '    return `its template: ${error.message}`;',
  '  }',
  '});',
];

/**
 * Serves the page, holds the client back until the probe has marked every server-rendered node,
 * then lets it hydrate: per case what changed (`results`), or the error that stopped the client
 * before it hydrated (`stoppedBy`), and the console's errors and warnings.
 */
async function hydrateInChromium(browser, page, client, probe) {
  const consoleMessages = [];
  // The reader's time zone is the server's, as for a site rendered where its readers are.
  const timezoneId = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const context = await browser.newContext({ timezoneId, locale: 'en', viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      consoleMessages.push(`${message.type()}: ${message.text()}`);
    }
  });
  tab.on('pageerror', (error) => consoleMessages.push(`uncaught: ${error.message}`));
  let releaseClient;
  const clientHeld = new Promise((resolve) => (releaseClient = resolve));
  await tab.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin && url.pathname === '/') {
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: page });
    }
    if (url.origin === origin && url.pathname === '/client.js') {
      await clientHeld;
      return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: client });
    }
    // The stories' pictures, where Storybook serves them.
    if (url.origin === origin && url.pathname.startsWith('/assets/')) {
      const file = await readFile(join(projectRoot, 'stories', url.pathname)).catch(() => undefined);
      if (file) return route.fulfill({ contentType: 'image/svg+xml', body: file });
    }
    // The articles' other URLs (pictures, links) lead nowhere here.
    return route.fulfill({ status: 204 });
  });
  try {
    // The module script holds DOMContentLoaded back: the end of the page says it is all parsed.
    await tab.goto(`${origin}/`, { waitUntil: 'commit' });
    await tab.waitForSelector('#parsed', { state: 'attached' });
    await tab.evaluate(probe);
    await tab.evaluate(() => window.markServerRendered());
    // An error before the client has hydrated (its modules throw as they load) stops it.
    const stopped = new Promise((resolve) => tab.once('pageerror', (error) => resolve(error.message)));
    releaseClient();
    const stoppedBy = await Promise.race([
      tab.waitForFunction(() => window.hydrateErrors !== undefined).then(() => undefined),
      stopped,
    ]);
    if (stoppedBy) return { stoppedBy, consoleMessages };
    // Elements whose hydration broke can keep the comparison from settling: it fails, not hangs.
    let timer;
    const results = await Promise.race([
      tab.evaluate(() => window.compareHydrated(window.hydrateErrors)),
      new Promise((resolve) => (timer = setTimeout(resolve, 120_000))),
    ]).finally(() => clearTimeout(timer));
    if (!results) return { stoppedBy: 'the elements did not settle within two minutes', consoleMessages };
    return { results, consoleMessages };
  } finally {
    await context.close();
  }
}

let browser;
let plain;
let shadowed;
let shadowingNames;

before(async () => {
  shadowingNames = await shadowedNames();
  const shadowingMarkup = `<div id="shadowing" hidden>${shadowingNames.map((name) => `<img name="${name}">`).join('')}</div>`;
  const [[page, shadowedPage], client, shadowedClient, probe] = await Promise.all([
    serverPages('', shadowingMarkup),
    bundleSources(clientEntry, { platform: 'browser', stubs: storyStubs }),
    bundleSources(clientEntry, {
      platform: 'browser',
      stubs: storyStubs,
      documentCalls: true,
    }),
    readFile(join(projectRoot, 'test/support/hydration-probe.js'), 'utf8'),
  ]);
  browser = await launchChromium();
  plain = await hydrateInChromium(browser, page, client, probe);
  shadowed = await hydrateInChromium(browser, shadowedPage, shadowedClient, probe);
});

after(() => browser?.close());

/** One case's checks, on what hydrating a page gave. */
function checkCase(testCase, index, { stoppedBy, results }) {
  assert.equal(stoppedBy, undefined, 'the client loads, hydrates and settles');
  const { errors, notUpdated, replaced, markupOnly, moved, measured, renderedAgain } = results[index];
  assert.ok(measured > 0, 'the case has headings, paragraphs, list items or links to measure');
  assert.deepEqual(errors, [], 'no hydration or update error');
  assert.deepEqual(notUpdated, [], 'every element has updated');
  // The sanitiser needs a DOM: the server sends the text of `html` fields, the browser then
  // swaps in their markup, the text unchanged.
  if (!testCase.hasHtmlFields) assert.deepEqual(markupOnly, [], 'no markup changed');
  const slotted = changedOnceSlotsAreSeen[testCase.id];
  // Nothing slotted, no markup swapped in: the server's DOM is the client's, rendered once.
  if (!slotted && !testCase.hasHtmlFields) {
    assert.deepEqual(renderedAgain, [], 'no element without light-DOM content rendered again');
  }
  if (slotted) {
    assert.notDeepEqual(replaced, [], `${slotted} (if no longer, take the case out of changedOnceSlotsAreSeen)`);
  } else {
    assert.deepEqual(replaced, [], 'no server-rendered node was replaced');
    assert.deepEqual(moved, [], 'nothing moved');
  }
}

/** The console has the bad-input stories' reports and nothing else. */
function unexpectedConsoleMessages(consoleMessages) {
  const reportedFields = new Set(cases.flatMap((testCase) => testCase.reports ?? []));
  return consoleMessages.filter((message) => {
    const report = /^error: <[a-z-]+>: (\S+) /.exec(message);
    return !report || !reportedFields.has(report[1]);
  });
}

describe('hydration in Chromium', () => {
  cases.forEach((testCase, index) => {
    if (!hydrates(testCase)) return;
    test(`${testCase.id}: hydrates in place, every element updated, nothing moved`, () => {
      checkCase(testCase, index, plain);
    });
  });

  test('the console has the bad-input stories’ reports and nothing else: no hydration error or warning', () => {
    assert.deepEqual(unexpectedConsoleMessages(plain.consoleMessages), []);
  });
});

describe('hydration in Chromium, on a page whose markup shadows the document’s members', () => {
  test('the page shadows what Lit, its hydrate support and the elements read', () => {
    for (const name of ['createElement', 'createTreeWalker', 'importNode', 'getElementById', 'adoptedStyleSheets'])
      assert.ok(shadowingNames.includes(name), `no image named ${name}`);
  });

  cases.forEach((testCase, index) => {
    if (!hydrates(testCase)) return;
    test(`${testCase.id}: hydrates in place, every element updated, nothing moved`, () => {
      checkCase(testCase, index, shadowed);
    });
  });

  test('the console has the bad-input stories’ reports and nothing else', () => {
    assert.deepEqual(unexpectedConsoleMessages(shadowed.consoleMessages), []);
  });
});
