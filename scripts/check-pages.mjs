/**
 * Loads the host pages of test/pages/ in headless Chromium, each served with the HTTP headers a
 * real host would send, and checks what only a real page can show: the built bundle
 * (dist/cdn/news-elements.js, built beforehand) under a strict Content Security Policy with Trusted
 * Types, with and without our policy allowed, the bundle loaded twice and next to another
 * version, and the article's own styles on a page whose CSS attacks them. Green, it prints one
 * line, `pages: N passed, N failed`; before that line, each failed check is printed with its
 * problems and what it saw (its notes). `--verbose` prints the notes of passed checks too.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDemoArticle } from '../demo/demo-article.mjs';
import { launchChromium } from './chromium.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
const bundlePath = join(projectRoot, 'dist/cdn/news-elements.js');
const attributeHelperPath = join(projectRoot, 'dist/data/attribute.js');
const { version: bundleVersion } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
// The version as a whole token, so that a dependency's `10.1.0` is left alone.
const versionPattern = new RegExp(`(?<![\\w.])${bundleVersion.replaceAll('.', '\\.')}(?![\\w.])`, 'g');
const strictPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify news-elements";
/** The same policy from a host that lists only the policies it knows, not ours. */
const policyWithoutOurs = strictPolicy.replace(' news-elements', '');
const headersByPage = {
  '/test/pages/csp.html': { 'content-security-policy': strictPolicy },
  '/test/pages/csp-without-our-policy.html': { 'content-security-policy': policyWithoutOurs },
};

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
};

for (const built of [bundlePath, attributeHelperPath]) {
  if (!existsSync(built)) {
    console.error(`${relative(projectRoot, built)} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
/** The package's own writer of JSON attributes, as a server using it would call it. */
const { jsonAttribute } = await import(pathToFileURL(attributeHelperPath).href);

const demoPage = (name) => readFileSync(join(projectRoot, 'demo', name), 'utf8');

/** The article the demo page embeds as JSON: the one source of the test pages' article. */
const demoArticle = readDemoArticle();

/** The same article with a rich-text paragraph, so that the CSP page exercises the sanitiser too. */
const articleWithRichText = structuredClone(demoArticle);
articleWithRichText.sections
  .find((section) => section.heading === 'Why Malaysia')
  .blocks.push({
    type: 'paragraph',
    html: 'Officials called the venue <em>deliberately neutral</em>; see the <a href="/asia/asean-summit-opens">summit preview</a>.',
  });

/** The same article with v1.1 blocks (a subheading, a note, a divider), whose chunk a copy of news-elements.js alone lacks. */
const articleWithBlocks = structuredClone(demoArticle);
articleWithBlocks.sections
  .find((section) => section.heading === 'Why Malaysia')
  .blocks.push(
    { type: 'heading', text: 'A neutral venue' },
    { type: 'divider' },
    { type: 'note', kind: 'correction', text: 'An earlier version misstated the date.' },
  );

/**
 * Every property name the CDN file and its chunks use (`.name`), as a named image: on a page, it
 * shadows the document's member of that name and, unless the window has one of its own, the global.
 */
const cdnFolder = dirname(bundlePath);
const shadowingElements = [
  ...new Set(
    readdirSync(cdnFolder)
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) => [...readFileSync(join(cdnFolder, file), 'utf8').matchAll(/\.([A-Za-z_$][\w$]*)/g)])
      .map((match) => match[1]),
  ),
]
  .map((name) => `<img name="${name}">`)
  .join('');

/**
 * The test pages hold placeholders for the article rather than copies of it, filled from the
 * demo pages when served: `{{article}}`, `{{article-with-rich-text}}`, `{{article-with-blocks}}`, `{{article-in-arabic}}`
 * (JSON for the `article` attribute) and `{{slotted-article}}` (the children of demo/slotted.html's `<news-article>`).
 */
const pageFills = {
  '{{article}}': jsonAttribute(demoArticle),
  '{{article-with-rich-text}}': jsonAttribute(articleWithRichText),
  '{{article-in-arabic}}': jsonAttribute({ ...demoArticle, inLanguage: 'ar' }),
  '{{article-with-blocks}}': jsonAttribute(articleWithBlocks),
  '{{shadowing-elements}}': shadowingElements,
  '{{slotted-article}}': demoPage('slotted.html').match(/<news-article[^>]*>([\s\S]*?)<\/news-article>/)[1],
};

/**
 * Serves the project folder. `/dist/cdn/news-elements.js?version=X` is the same build relabelled as
 * version X, which is how a page ends up with two different versions of the library.
 */
function servePages() {
  const server = createServer((request, response) => {
    const requestUrl = new URL(request.url, 'http://localhost');
    const path = normalize(decodeURIComponent(requestUrl.pathname));
    // A host that copied news-elements.js alone (/entry-only/), or with its parsers (/copied-alone/),
    // which any page with data needs: those files are there, the other chunks beside them are not.
    const copied = /^\/(copied-alone|entry-only)\/(news-elements(-parse-[\w-]+)?\.js)$/.exec(path);
    const file =
      copied && (copied[1] === 'copied-alone' || !copied[3])
        ? join(projectRoot, 'dist/cdn', copied[2])
        : join(projectRoot, path);
    if (!file.startsWith(projectRoot)) return response.writeHead(403).end();
    let body;
    try {
      body = readFileSync(file);
    } catch {
      if (path === '/favicon.ico') response.writeHead(204).end();
      else response.writeHead(404).end('Not found');
      return;
    }
    if (path.startsWith('/test/pages/')) {
      body = Buffer.from(body.toString('utf8').replace(/\{\{[a-z-]+\}\}/g, (placeholder) => pageFills[placeholder]));
    }
    const relabelledVersion = requestUrl.searchParams.get('version');
    if (path === '/dist/cdn/news-elements.js' && relabelledVersion) {
      body = Buffer.from(body.toString('utf8').replace(versionPattern, relabelledVersion));
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headersByPage[path],
    });
    response.end(body);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done({ server, baseUrl: `http://127.0.0.1:${server.address().port}` }));
  });
}

/**
 * Installed in every page before its own scripts: a query through shadow roots, and records of
 * CSP violations and `news-error` events.
 */
const pageProbesSource = `
  // Through the prototypes: a page's markup can shadow its document's querySelectorAll.
  const queryAll = (scope) =>
    (scope === document ? Document.prototype : scope instanceof ShadowRoot ? DocumentFragment.prototype : Element.prototype)
      .querySelectorAll.call(scope, '*');
  window.__deepQueryAll = (root, selector) => {
    const found = [];
    const visit = (scope) => {
      for (const element of queryAll(scope)) {
        if (element.matches(selector)) found.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(root);
    return found;
  };
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile + ':' + event.lineNumber,
    });
  });
  window.__newsErrors = [];
  document.addEventListener('news-error', (event) => window.__newsErrors.push(event.detail.element + ' ' + event.detail.field + ': ' + event.detail.reason));
`;

const { server, baseUrl } = await servePages();
const browser = await launchChromium();

/**
 * Opens a page and waits until every news element on it has finished rendering. Records console
 * messages by type, uncaught errors and the paths of the scripts it requested.
 */
async function openPage(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const consoleMessages = { error: [], warning: [] };
  const uncaught = [];
  const scripts = [];
  page.on('console', (message) => consoleMessages[message.type()]?.push(message.text()));
  page.on('pageerror', (error) => uncaught.push(error.message));
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.addInitScript({ content: pageProbesSource });
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  await page
    .waitForFunction(() => window.__deepQueryAll(document, 'news-article h1, h1.headline').length > 0, null, {
      timeout: 10000,
    })
    .catch(() => {});
  await page.evaluate(async () => {
    for (let round = 0; round < 5; round += 1) {
      const pending = window
        .__deepQueryAll(document, '*')
        .map((element) => element.updateComplete)
        .filter(Boolean);
      await Promise.all(pending);
    }
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)));
  });
  return { context, page, response, consoleMessages, uncaught, scripts };
}

/** The chunk with the styles of a slotted article body: an article from JSON never asks for it. */
const isBodyChunk = (path) => /\/news-elements-body-content-[\w-]+\.js$/.test(path);

/** What the article on the page rendered: its shadow `h1` and every section heading. */
function renderedArticle(page, articleSelector = 'news-article') {
  return page.evaluate((selector) => {
    const article = document.querySelector(selector);
    const headline = article?.shadowRoot?.querySelector('h1')?.textContent.trim() ?? null;
    // Headings rendered from JSON (in the article's root) and slotted ones (in a section's root).
    const sections = window.__deepQueryAll(article?.shadowRoot ?? document, 'article-section, .article-section');
    const headings = window
      .__deepQueryAll(article?.shadowRoot ?? document, 'h2, h3')
      .map((heading) => heading.textContent.trim())
      .filter(Boolean);
    return { headline, headings, sectionCount: sections.length };
  }, articleSelector);
}

/** The headline and section headings a page with this article must show. */
function expectedArticle(article) {
  return { headline: article.headline, headings: article.sections.map((section) => section.heading).filter(Boolean) };
}

function articleProblems(rendered, expected) {
  const problems = [];
  if (rendered.headline !== expected.headline) problems.push(`headline h1 is ${JSON.stringify(rendered.headline)}`);
  const missing = expected.headings.filter((heading) => !rendered.headings.includes(heading));
  if (missing.length > 0) problems.push(`missing section headings: ${missing.join(', ')}`);
  return problems;
}

const verbose = process.argv.includes('--verbose');
const results = [];
/**
 * The reports of a news-elements.js copied without some of its chunks: one `news-error` and one
 * console message for each `expected` report, each naming the file to serve beside it; nothing
 * else in the console but the 404s.
 */
async function missingChunkReports(page, consoleMessages, expected) {
  await page
    .waitForFunction((count) => window.__newsErrors.length >= count, expected.length, { timeout: 5000 })
    .catch(() => {});
  const unmatched = await page.evaluate(() => window.__newsErrors.slice());
  const problems = [];
  for (const { report, file } of expected) {
    const index = unmatched.findIndex((text) => report.test(text));
    if (index === -1) problems.push(`no news-error matches ${report}`);
    else if (!unmatched.splice(index, 1)[0].includes(file))
      problems.push(`the report matching ${report} does not name the file to serve (${file}…)`);
  }
  for (const text of unmatched) problems.push(`news-error: ${text}`);
  const ours = consoleMessages.error.filter((message) => message.startsWith('<'));
  if (ours.length !== expected.length)
    problems.push(`${ours.length} console errors from the elements: ${ours.join(' | ')}`);
  for (const message of consoleMessages.error)
    if (!message.startsWith('<') && !message.includes('404')) problems.push(`console error: ${message}`);
  return { problems, notes: ours.map((message) => `reported: ${message}`) };
}

async function check(name, body) {
  let outcome;
  try {
    outcome = await body();
  } catch (error) {
    outcome = { problems: [`threw: ${error.message.split('\n')[0]}`], notes: [] };
  }
  results.push({ name, ...outcome });
  const passed = outcome.problems.length === 0;
  if (passed && !verbose) return;
  console.log(`${passed ? '✓' : '✗'} ${name}`);
  for (const problem of outcome.problems) console.log(`    ✗ ${problem}`);
  for (const note of outcome.notes ?? []) console.log(`    · ${note}`);
}

try {
  await check('strict CSP and Trusted Types (test/pages/csp.html)', async () => {
    const pagePath = '/test/pages/csp.html';
    const { context, page, response, consoleMessages, uncaught } = await openPage(pagePath);
    const problems = [];
    const notes = [];
    if (response.headers()['content-security-policy'] !== strictPolicy)
      problems.push('the page was not served with the strict policy');
    const violations = await page.evaluate(() => window.__violations.slice());
    const newsErrors = await page.evaluate(() => window.__newsErrors.slice());
    notes.push(`${violations.length} CSP violation(s)`);
    for (const violation of violations)
      problems.push(
        `violation of ${violation.directive}: ${violation.sample || violation.blocked} (${violation.source})`,
      );
    for (const message of consoleMessages.error) problems.push(`console error: ${message}`);
    for (const message of uncaught) problems.push(`uncaught: ${message}`);
    for (const message of newsErrors) problems.push(`news-error: ${message}`);
    problems.push(...articleProblems(await renderedArticle(page), expectedArticle(demoArticle)));
    // Rich text shows as plain text until the sanitiser has loaded, then as inline HTML.
    const richText = 'deliberately neutral';
    await page
      .waitForFunction(
        (text) =>
          window
            .__deepQueryAll(document, 'p')
            .find((paragraph) => paragraph.textContent.includes(text))
            ?.querySelector('em'),
        richText,
        { timeout: 5000 },
      )
      .catch(() => {});
    const richParagraph = await page.evaluate(
      (text) =>
        window
          .__deepQueryAll(document, 'p')
          .find((paragraph) => paragraph.textContent.includes(text))
          ?.innerHTML.replace(/<!--[^>]*-->/g, '')
          .trim(),
      richText,
    );
    if (!richParagraph) problems.push('the html paragraph block is missing');
    else {
      notes.push(`html paragraph renders as: ${richParagraph}`);
      if (!richParagraph.includes('<em>') || !richParagraph.includes('href="/asia/asean-summit-opens"')) {
        problems.push('the html paragraph lost its <em> or its link');
      }
    }
    // The JSON-LD is script text, which Trusted Types guard too.
    const structuredHeadline = await page.evaluate(() => {
      const script = document.querySelector('news-article > script[type="application/ld+json"]');
      return script && JSON.parse(script.text).headline;
    });
    if (structuredHeadline !== demoArticle.headline)
      problems.push(`the JSON-LD headline is ${JSON.stringify(structuredHeadline)}`);
    else notes.push('JSON-LD written under Trusted Types');
    // Zero violations only means something if the policy is really enforced on this page.
    const enforced = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>probe</b>';
        return false;
      } catch {
        return true;
      }
    });
    if (!enforced) problems.push('Trusted Types are not enforced: a plain string reached innerHTML');
    await context.close();
    return { problems, notes };
  });

  await check('Trusted Types without the news-elements policy (test/pages/csp-without-our-policy.html)', async () => {
    const { context, page, consoleMessages, uncaught } = await openPage('/test/pages/csp-without-our-policy.html');
    const problems = [];
    const notes = [];
    for (const message of uncaught) problems.push(`uncaught: ${message}`);
    problems.push(...articleProblems(await renderedArticle(page), expectedArticle(demoArticle)));
    // Rich text still renders, through DOMPurify's own policy.
    const richText = await page
      .waitForFunction(
        () => window.__deepQueryAll(document, 'p em').find((em) => em.textContent === 'deliberately neutral'),
        null,
        { timeout: 5000 },
      )
      .then(() => true)
      .catch(() => false);
    if (!richText) problems.push('the html paragraph did not render its <em>');
    // The JSON-LD cannot be written: said once, by name, and nothing else fails.
    const newsErrors = await page.evaluate(() => window.__newsErrors.slice());
    const ours = consoleMessages.error.filter((message) => message.startsWith('<news-article>'));
    if (newsErrors.length !== 1 || !newsErrors[0].includes('structured-data'))
      problems.push(`news-error events: ${JSON.stringify(newsErrors)}`);
    if (ours.length !== 1) problems.push(`${ours.length} console errors from <news-article>: ${ours.join(' | ')}`);
    if (await page.evaluate(() => document.querySelector('news-article > script') !== null))
      problems.push('a JSON-LD script was left in the page');
    notes.push(`reported: ${ours[0]}`);
    await context.close();
    return { problems, notes };
  });

  await check('news-elements.js copied without its sanitiser chunk (test/pages/bundle-alone.html)', async () => {
    const { context, page, consoleMessages, uncaught, scripts } = await openPage('/test/pages/bundle-alone.html');
    const problems = [];
    const notes = [];
    for (const message of uncaught) problems.push(`uncaught: ${message}`);
    if (scripts.some(isBodyChunk)) problems.push('the article from JSON asked for the slotted body styles');
    problems.push(...articleProblems(await renderedArticle(page), expectedArticle(demoArticle)));
    // The html paragraph keeps every word, as plain text.
    const paragraph = await page.evaluate(() =>
      window
        .__deepQueryAll(document, 'p')
        .find((element) => element.textContent.includes('deliberately neutral'))
        ?.innerHTML.replace(/<!--[^>]*-->/g, '')
        .trim(),
    );
    if (!paragraph) problems.push('the html paragraph lost its text');
    else if (paragraph.includes('<em>'))
      problems.push(`the paragraph has markup the sanitiser never saw: ${paragraph}`);
    // The JSON-LD's chunk is missing too: no script is written.
    if (await page.evaluate(() => document.querySelector('script[type="application/ld+json"]')))
      problems.push('JSON-LD was written without its chunk');
    // Each said once, naming the field and the missing file; nothing else is reported.
    const reports = await missingChunkReports(page, consoleMessages, [
      { report: /\.html: is shown as plain text/, file: 'news-elements-html-sanitizer-' },
      { report: /^news-article structured-data: is left out/, file: 'news-elements-structured-data-' },
    ]);
    problems.push(...reports.problems);
    notes.push(...reports.notes);
    await context.close();
    return { problems, notes };
  });

  await check('news-elements.js copied without its loader chunk (test/pages/bundle-alone-src.html)', async () => {
    const { context, page, consoleMessages, uncaught } = await openPage('/test/pages/bundle-alone-src.html');
    const problems = [];
    const notes = [];
    for (const message of uncaught) problems.push(`uncaught: ${message}`);
    // Said once each, naming the missing file: src, and the slotted list's styles; nothing else.
    const reports = await missingChunkReports(page, consoleMessages, [
      { report: /^latest-news src: is not loaded/, file: 'news-elements-source-loader-' },
      { report: /^latest-news slotted HTML: is shown without its styles/, file: 'news-elements-body-content-' },
    ]);
    problems.push(...reports.problems);
    notes.push(...reports.notes);
    // The latest news keep the story the page had, as a link, and are no longer busy.
    const list = await page.evaluate(() => {
      const element = document.querySelector('latest-news');
      const link = element.querySelector('a');
      return { busy: element.hasAttribute('aria-busy'), link: link?.textContent, href: link?.getAttribute('href') };
    });
    if (list.link !== 'A story the page had already' || list.href !== '/kept-story')
      problems.push(`the slotted story was not kept: ${JSON.stringify(list)}`);
    if (list.busy) problems.push('<latest-news> stays busy (aria-busy) without its loader');
    await context.close();
    return { problems, notes };
  });

  /** The article's labels as shown, and the language chunks the page fetched. */
  const labelsOnPage = (page) =>
    page.evaluate(() => ({
      skipLink: window.__deepQueryAll(document, 'skip-link')[0]?.shadowRoot?.textContent.trim(),
      byline: window.__deepQueryAll(document, '[part~="byline"]')[0]?.textContent.replace(/\s+/g, ' ').trim(),
      chunks: performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').pop())
        .filter((name) => /^news-elements-[a-z]{2}(-Han[st])?\.js$/.test(name)),
    }));

  await check("an Arabic article's labels from its chunk (test/pages/language-chunk.html)", async () => {
    const { context, page, uncaught } = await openPage('/test/pages/language-chunk.html');
    const problems = uncaught.map((message) => `uncaught: ${message}`);
    const { skipLink, byline, chunks } = await labelsOnPage(page);
    if (skipLink !== 'انتقل إلى المحتوى') problems.push(`skip link reads ${JSON.stringify(skipLink)}`);
    if (!byline?.startsWith('بقلم')) problems.push(`byline reads ${JSON.stringify(byline)}`);
    // Only the reader's language travels.
    if (chunks.length !== 1 || chunks[0] !== 'news-elements-ar.js') problems.push(`language chunks fetched: ${chunks}`);
    const newsErrors = await page.evaluate(() => window.__newsErrors.slice());
    if (newsErrors.length > 0) problems.push(`news-error events: ${JSON.stringify(newsErrors)}`);
    await context.close();
    return { problems, notes: [`fetched ${chunks.join(', ')}`] };
  });

  await check("a Hebrew page's texts of src from its chunk (test/pages/source-language.html)", async () => {
    const { context, page, uncaught } = await openPage('/test/pages/source-language.html');
    const problems = uncaught.map((message) => `uncaught: ${message}`);
    await page
      .waitForFunction(() => window.__deepQueryAll(document, '[part~="retry"]').length > 0, null, { timeout: 5000 })
      .catch(() => {});
    const shown = await page.evaluate(() => ({
      error: window.__deepQueryAll(document, '[part~="error"]')[0]?.textContent,
      retry: window.__deepQueryAll(document, '[part~="retry"]')[0]?.textContent,
    }));
    // The loader chunk reads the labels the entry loaded (src/data/labels/he.ts).
    if (shown.error !== 'לא ניתן לטעון את התוכן הזה.לנסות שוב' || shown.retry !== 'לנסות שוב')
      problems.push(`the failure reads ${JSON.stringify(shown)}`);
    const { chunks } = await labelsOnPage(page);
    if (chunks.length !== 1 || chunks[0] !== 'news-elements-he.js') problems.push(`language chunks fetched: ${chunks}`);
    const newsErrors = await page.evaluate(() => window.__newsErrors.slice());
    if (newsErrors.length !== 1 || !newsErrors[0].includes('404')) problems.push(`news-error events: ${newsErrors}`);
    await context.close();
    return { problems, notes: [`shows ${JSON.stringify(shown.error)}`] };
  });

  await check(
    'news-elements.js copied without its language chunks (test/pages/bundle-alone-language.html)',
    async () => {
      const { context, page, consoleMessages, uncaught } = await openPage('/test/pages/bundle-alone-language.html');
      const problems = uncaught.map((message) => `uncaught: ${message}`);
      problems.push(...articleProblems(await renderedArticle(page), expectedArticle(demoArticle)));
      await page.waitForFunction(() => window.__newsErrors.length > 0, null, { timeout: 5000 }).catch(() => {});
      const { skipLink } = await labelsOnPage(page);
      // English, the built-in labels, rather than nothing.
      if (skipLink !== 'Skip to content') problems.push(`skip link reads ${JSON.stringify(skipLink)}`);
      const newsErrors = await page.evaluate(() => window.__newsErrors.slice());
      if (newsErrors.length !== 1 || !newsErrors[0].includes('news-elements-ar.js'))
        problems.push(`news-error events: ${JSON.stringify(newsErrors)}`);
      const ours = consoleMessages.error.filter((message) => message.startsWith('<'));
      if (ours.length !== 1) problems.push(`${ours.length} console errors from the elements: ${ours.join(' | ')}`);
      await context.close();
      return { problems, notes: [`reported: ${ours[0]}`] };
    },
  );

  /** The story's time as shown, and whether the page fetched the relative-time chunk. */
  const storyTime = (page) =>
    page.evaluate(() => ({
      time: window.__deepQueryAll(document, 'latest-news')[0]?.shadowRoot?.querySelector('time')?.textContent,
      fetched: performance
        .getEntriesByType('resource')
        .some((entry) => /\/news-elements-relative-time-[\w-]{8}\.js$/.test(entry.name)),
    }));

  await check('a story 25 minutes old, in words from its chunk (test/pages/recent-story.html)', async () => {
    const { context, page, uncaught } = await openPage('/test/pages/recent-story.html');
    const problems = uncaught.map((message) => `uncaught: ${message}`);
    await page.waitForFunction(
      () => window.__deepQueryAll(document, 'latest-news')[0]?.shadowRoot?.querySelector('time'),
      null,
      {
        timeout: 5000,
      },
    );
    const { time, fetched } = await storyTime(page);
    if (!/^2[56] min ago$/.test(time ?? '')) problems.push(`the time reads ${JSON.stringify(time)}`);
    if (!fetched) problems.push('the relative-time chunk was not fetched');
    const newsErrors = await page.evaluate(() => window.__newsErrors.slice());
    if (newsErrors.length > 0) problems.push(`news-error events: ${JSON.stringify(newsErrors)}`);
    await context.close();
    return { problems, notes: [`shows ${time}`] };
  });

  await check(
    'news-elements.js copied without its relative-time chunk (test/pages/bundle-alone-recent.html)',
    async () => {
      const { context, page, consoleMessages, uncaught } = await openPage('/test/pages/bundle-alone-recent.html');
      const problems = uncaught.map((message) => `uncaught: ${message}`);
      await page.waitForFunction(() => window.__newsErrors.length > 0, null, { timeout: 5000 }).catch(() => {});
      await page.waitForFunction(
        () => window.__deepQueryAll(document, 'latest-news')[0]?.shadowRoot?.querySelector('time'),
        null,
        {
          timeout: 5000,
        },
      );
      const { time } = await storyTime(page);
      // The date, rather than nothing.
      const today = await page.evaluate(() =>
        new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(Date.now() - 25 * 60_000),
      );
      if (time !== today) problems.push(`the time reads ${JSON.stringify(time)}, not ${today}`);
      const newsErrors = await page.evaluate(() => window.__newsErrors.slice());
      if (newsErrors.length !== 1 || !newsErrors[0].includes('news-elements-relative-time-'))
        problems.push(`news-error events: ${JSON.stringify(newsErrors)}`);
      const ours = consoleMessages.error.filter((message) => message.startsWith('<'));
      if (ours.length !== 1) problems.push(`${ours.length} console errors from the elements: ${ours.join(' | ')}`);
      await context.close();
      return { problems, notes: [`reported: ${ours[0]}`] };
    },
  );

  await check('news-elements.js copied without its blocks chunk (test/pages/bundle-alone-blocks.html)', async () => {
    const { context, page, consoleMessages, uncaught } = await openPage('/test/pages/bundle-alone-blocks.html');
    const problems = [];
    const notes = [];
    for (const message of uncaught) problems.push(`uncaught: ${message}`);
    problems.push(...articleProblems(await renderedArticle(page), expectedArticle(demoArticle)));
    // The subheading and the note keep their words, as paragraphs; the divider has none to keep.
    const paragraphs = await page.evaluate(() =>
      window.__deepQueryAll(document, 'p').map((element) => element.textContent.trim()),
    );
    for (const text of ['A neutral venue', 'An earlier version misstated the date.'])
      if (!paragraphs.includes(text)) problems.push(`no paragraph shows "${text}"`);
    // Said once, naming the first such block and the missing file; nothing else is reported.
    const reports = await missingChunkReports(page, consoleMessages, [
      { report: /blocks\[\d+\]: is shown as text/, file: 'news-elements-blocks-' },
    ]);
    problems.push(...reports.problems);
    notes.push(...reports.notes);
    // The skip link's activation is a chunk too, loaded on its first focus: said once when it is missing.
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => window.__newsErrors.length > 1, null, { timeout: 5000 }).catch(() => {});
    const skipErrors = (await page.evaluate(() => window.__newsErrors.slice())).slice(1);
    if (skipErrors.length !== 1 || !/^skip-link activation: .*news-elements-skip-/.test(skipErrors[0]))
      problems.push(`news-error events after focusing the skip link: ${JSON.stringify(skipErrors)}`);
    else notes.push(`reported: ${skipErrors[0]}`);
    await context.close();
    return { problems, notes };
  });

  await check('news-elements.js copied without its parsers (test/pages/entry-only.html)', async () => {
    const { context, page, consoleMessages, uncaught } = await openPage('/test/pages/entry-only.html');
    const problems = uncaught.map((message) => `uncaught: ${message}`);
    // The article from JSON cannot be read: said once, naming the file; the page's own text stays.
    const reports = await missingChunkReports(page, consoleMessages, [
      { report: /^news-article article: is not shown/, file: 'news-elements-parse-' },
    ]);
    problems.push(...reports.problems);
    const shown = await page.evaluate(() => ({
      pageText: document.querySelector('main > p')?.textContent,
      busy: document.querySelector('news-article').hasAttribute('aria-busy'),
    }));
    if (shown.pageText !== 'The page around the article.') problems.push('the page lost its own text');
    if (shown.busy) problems.push('<news-article> stays busy');
    await context.close();
    return { problems, notes: reports.notes };
  });

  await check(
    'news-elements.js copied without its body styles chunk (test/pages/bundle-alone-slotted.html)',
    async () => {
      const { context, page, consoleMessages, uncaught, scripts } = await openPage(
        '/test/pages/bundle-alone-slotted.html',
      );
      const problems = [];
      const notes = [];
      for (const message of uncaught) problems.push(`uncaught: ${message}`);
      if (!scripts.some(isBodyChunk)) problems.push('the slotted article did not ask for its body styles');
      // Rendered all the same: the headline in its slot, each section's heading and text.
      const rendered = await page.evaluate(() => {
        const article = document.querySelector('news-article');
        return {
          upgraded: article.shadowRoot?.querySelector('slot[name="headline"]') !== null,
          headline: article.querySelector('[slot="headline"]')?.textContent.trim(),
          headings: [...article.querySelectorAll('article-section :is(h2, h3)')].map((h) => h.textContent.trim()),
          sectionsRendered: [...article.querySelectorAll('article-section')].every((section) => section.shadowRoot),
          shown: article.getBoundingClientRect().height > 200,
        };
      });
      if (!rendered.upgraded || !rendered.sectionsRendered) problems.push('the article or its sections did not render');
      if (!rendered.shown) problems.push('the article shows nothing');
      const expected = expectedArticle(demoArticle);
      if (rendered.headline !== expected.headline) problems.push(`headline is ${JSON.stringify(rendered.headline)}`);
      const missing = expected.headings.filter((heading) => !rendered.headings.includes(heading));
      if (missing.length > 0) problems.push(`missing section headings: ${missing.join(', ')}`);
      // Said once (not once per element), naming the missing file; nothing else is reported.
      const reports = await missingChunkReports(page, consoleMessages, [
        { report: /^news-article slotted HTML: is shown without its styles/, file: 'news-elements-body-content-' },
      ]);
      problems.push(...reports.problems);
      notes.push(...reports.notes);
      await context.close();
      return { problems, notes };
    },
  );

  await check('the same build loaded twice (test/pages/loaded-twice.html)', async () => {
    const pagePath = '/test/pages/loaded-twice.html';
    const { context, page, consoleMessages, uncaught } = await openPage(pagePath);
    const problems = [];
    const notes = [];
    for (const message of uncaught) problems.push(`uncaught: ${message}`);
    for (const message of consoleMessages.error) problems.push(`console error: ${message}`);
    problems.push(...articleProblems(await renderedArticle(page), expectedArticle(demoArticle)));
    const warnings = consoleMessages.warning;
    if (warnings.length > 1) problems.push(`${warnings.length} warnings: ${warnings.join(' | ')}`);
    if (warnings.length === 1 && !warnings[0].includes('news-elements'))
      problems.push(`the warning does not name news-elements: ${warnings[0]}`);
    notes.push(warnings.length === 0 ? 'no warning' : `warning: ${warnings[0]}`);
    const copies = await page.evaluate(
      () =>
        performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/dist/cdn/news-elements.js'))
          .length,
    );
    if (copies !== 2) problems.push(`the bundle was fetched ${copies} time(s), not twice`);
    await context.close();
    return { problems, notes };
  });

  await check('two versions on one page (test/pages/two-versions.html)', async () => {
    const pagePath = '/test/pages/two-versions.html';
    const otherVersion = '0.0.9-test';
    const problems = [];
    const notes = [];
    if (!readFileSync(bundlePath, 'utf8').match(versionPattern)) {
      problems.push(`the bundle does not contain the version string "${bundleVersion}", so it cannot be relabelled`);
    }
    const { context, page, consoleMessages, uncaught } = await openPage(pagePath);
    for (const message of uncaught) problems.push(`uncaught: ${message}`);
    for (const message of consoleMessages.error) problems.push(`console error: ${message}`);
    problems.push(...articleProblems(await renderedArticle(page), expectedArticle(demoArticle)));
    const warnings = consoleMessages.warning;
    if (warnings.length !== 1)
      problems.push(`${warnings.length} warnings, expected exactly one: ${warnings.join(' | ')}`);
    else if (!warnings[0].includes(bundleVersion) || !warnings[0].includes(otherVersion)) {
      problems.push(`the warning does not name both ${bundleVersion} and ${otherVersion}: ${warnings[0]}`);
    } else notes.push(`warning: ${warnings[0]}`);
    await context.close();
    return { problems, notes };
  });

  await check('hostile host CSS (test/pages/hostile-css.html)', async () => {
    const pagePath = '/test/pages/hostile-css.html';
    const { context, page, consoleMessages, uncaught } = await openPage(pagePath);
    const problems = [];
    const notes = [];
    for (const message of uncaught) problems.push(`uncaught: ${message}`);
    for (const message of consoleMessages.error) problems.push(`console error: ${message}`);
    problems.push(...articleProblems(await renderedArticle(page, '#from-json'), expectedArticle(demoArticle)));
    const styles = await page.evaluate(() => {
      const article = document.querySelector('#from-json');
      const pick = (element, ...properties) => {
        if (!element) return null;
        const computed = getComputedStyle(element);
        return Object.fromEntries(properties.map((property) => [property, computed.getPropertyValue(property)]));
      };
      const inShadow = (selector) =>
        window
          .__deepQueryAll(article.shadowRoot, selector)
          .filter((element) => element.getRootNode() instanceof ShadowRoot);
      // A JSON article renders its sections, lists and latest news in its own shadow root.
      const sectionParagraph = article.shadowRoot.querySelector('.article-section p');
      const bulletItem = article.shadowRoot.querySelector('.bullet-list ul > li');
      const latestLink = article.shadowRoot.querySelector('.latest-news a');
      const slotted = document.querySelector('#from-html');
      return {
        paragraph: pick(sectionParagraph, 'font-size', 'letter-spacing', 'color', 'line-height'),
        headline: pick(article.shadowRoot.querySelector('h1'), 'font-size', 'line-height', 'color', 'letter-spacing'),
        // The host's `letter-spacing: .3em` resolves to pixels on our host and is inherited as such.
        hostLetterSpacing: getComputedStyle(article).letterSpacing,
        textStyles: inShadow('h1, h2, h3, p, li, a, time, span, strong, dt, dd, blockquote, figcaption').map(
          (element) => {
            const computed = getComputedStyle(element);
            const host = element.getRootNode().host;
            return {
              where: `${host.localName} ${element.localName}${element.className ? '.' + String(element.className).split(' ')[0] : ''}`,
              color: computed.color,
              letterSpacing: computed.letterSpacing,
              lineHeightRatio: parseFloat(computed.lineHeight) / parseFloat(computed.fontSize),
            };
          },
        ),
        bulletItem: pick(bulletItem, 'list-style-type', 'display', 'letter-spacing'),
        latestLink: pick(latestLink, 'display', 'color', 'cursor', 'text-decoration-line', 'letter-spacing'),
        slotted: {
          headline: pick(slotted.querySelector('h1[slot=headline]'), 'font-size', 'color', 'line-height'),
          paragraph: pick(
            slotted.querySelector('article-section p'),
            'font-size',
            'color',
            'line-height',
            'letter-spacing',
          ),
          listItem: pick(slotted.querySelector('bullet-list li'), 'list-style-type', 'color'),
          link: pick(slotted.querySelector('latest-news a'), 'display', 'color', 'cursor', 'text-decoration-line'),
        },
      };
    });
    const red = 'rgb(255, 0, 0)';
    const isNormalSpacing = (value) => value === 'normal' || value === '0px';
    if (!styles.paragraph) problems.push('no paragraph in a JSON section');
    else if (styles.paragraph['font-size'] !== '18px')
      problems.push(`shadow paragraph font-size is ${styles.paragraph['font-size']}, expected 18px`);
    if (!styles.headline) problems.push('no h1 in the article shadow root');
    else {
      if (styles.headline.color === red) problems.push('the headline is red');
      const fontSize = parseFloat(styles.headline['font-size']);
      const lineHeight = parseFloat(styles.headline['line-height']);
      if (Math.abs(lineHeight - 3 * fontSize) < 0.5)
        problems.push(`the headline line-height is ${styles.headline['line-height']}, 3× its font-size`);
    }
    // Our headings and labels have their own small tracking; what must not show is the host's.
    const summarize = (entries) => [...new Set(entries.map((entry) => entry.where))].slice(0, 6).join('; ');
    const leakedSpacing = isNormalSpacing(styles.hostLetterSpacing)
      ? []
      : styles.textStyles.filter((entry) => entry.letterSpacing === styles.hostLetterSpacing);
    if (leakedSpacing.length > 0) {
      problems.push(
        `the host's letter-spacing (${styles.hostLetterSpacing}) reaches ${leakedSpacing.length} shadow elements: ${summarize(leakedSpacing)}`,
      );
    }
    const redText = styles.textStyles.filter((entry) => entry.color === red);
    if (redText.length > 0)
      problems.push(`the host's red reaches ${redText.length} shadow elements: ${summarize(redText)}`);
    const tallLines = styles.textStyles.filter((entry) => Math.abs(entry.lineHeightRatio - 3) < 0.01);
    if (tallLines.length > 0)
      problems.push(`the host's line-height 3 reaches ${tallLines.length} shadow elements: ${summarize(tallLines)}`);
    notes.push(
      `letter-spacings in shadow roots: ${[...new Set(styles.textStyles.map((entry) => entry.letterSpacing))].join(', ')}`,
    );
    if (!styles.bulletItem) problems.push('no li in a JSON list');
    else if (styles.bulletItem['list-style-type'] !== 'disc')
      problems.push(`bullet li list-style-type is ${styles.bulletItem['list-style-type']}`);
    if (!styles.latestLink) problems.push('no link in the JSON latest news');
    else {
      if (styles.latestLink.display === 'contents') problems.push('latest-news links are display: contents');
      if (styles.latestLink.color === red) problems.push('latest-news links are red');
      if (styles.latestLink.cursor !== 'pointer' && !styles.latestLink['text-decoration-line'].includes('underline')) {
        notes.push('latest-news links show neither a pointer cursor nor an underline');
      }
    }
    notes.push(`shadow paragraph: ${JSON.stringify(styles.paragraph)}`);
    notes.push(`shadow headline: ${JSON.stringify(styles.headline)}`);
    notes.push(`shadow bullet li: ${JSON.stringify(styles.bulletItem)}`);
    notes.push(`shadow latest link: ${JSON.stringify(styles.latestLink)}`);
    notes.push(`slotted copy (host rules win there by design): ${JSON.stringify(styles.slotted)}`);
    mkdirSync(join(projectRoot, 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(projectRoot, 'screenshots/hostile-css.png'), fullPage: true });
    notes.push('screenshot: screenshots/hostile-css.png');
    await context.close();
    return { problems, notes };
  });

  await check('markup that shadows every name the CDN file uses (test/pages/host-clobbering.html)', async () => {
    const { context, page, consoleMessages, uncaught } = await openPage('/test/pages/host-clobbering.html');
    const problems = [];
    const notes = [];
    for (const message of uncaught) problems.push(`uncaught: ${message}`);
    for (const message of consoleMessages.error) problems.push(`console error: ${message}`);
    const newsErrors = await page.evaluate(() => window.__newsErrors.slice());
    if (newsErrors.length > 0) problems.push(`news-error events: ${JSON.stringify(newsErrors)}`);
    const shadowed = await page.evaluate(() => ({
      count: Document.prototype.querySelectorAll.call(document, '#shadowing > img').length,
      createElement: document.createElement instanceof HTMLImageElement,
      litHtmlVersions: Array.isArray(window.litHtmlVersions),
    }));
    if (!shadowed.createElement) problems.push('document.createElement is not shadowed: the page tests nothing');
    if (!shadowed.litHtmlVersions) problems.push('window.litHtmlVersions is not the list Lit keeps');
    notes.push(`${shadowed.count} named images`);
    const richText = await page.evaluate(() =>
      window.__deepQueryAll(document, 'p em').some((em) => em.textContent === 'deliberately neutral'),
    );
    if (!richText) problems.push('the html paragraph did not render its <em>');
    // The checks' own queries read the document's members: the shadowing markup goes first.
    await page.evaluate(() => Document.prototype.getElementById.call(document, 'shadowing').remove());
    problems.push(...articleProblems(await renderedArticle(page, '#from-json'), expectedArticle(demoArticle)));
    const slotted = await page.evaluate(() => {
      const article = document.querySelector('#from-html');
      return {
        upgraded: article.shadowRoot?.querySelector('slot[name="headline"]') !== null,
        sectionsRendered: [...article.querySelectorAll('article-section')].every((section) => section.shadowRoot),
      };
    });
    if (!slotted.upgraded || !slotted.sectionsRendered) problems.push('the slotted article did not render');
    await context.close();
    return { problems, notes };
  });

  await check('the demo loaded from URLs (demo/feeds.html)', async () => {
    const { context, page, consoleMessages, uncaught } = await openPage('/demo/feeds.html');
    const problems = [];
    const notes = [];
    for (const message of uncaught) problems.push(`uncaught: ${message}`);
    for (const message of consoleMessages.error) problems.push(`console error: ${message}`);
    const seed = JSON.parse(demoPage('seed-article.json'));
    problems.push(...articleProblems(await renderedArticle(page), expectedArticle(seed)));
    // The latest news come from demo/latest.xml, slotted in the article's aside.
    await page
      .waitForFunction(() => document.querySelector('latest-news')?.shadowRoot?.querySelectorAll('li').length > 0)
      .catch(() => {});
    const latest = await page.evaluate(() => {
      const list = document.querySelector('latest-news');
      return {
        busy: list.hasAttribute('aria-busy') || document.querySelector('news-article').hasAttribute('aria-busy'),
        headlines: Array.from(list.shadowRoot.querySelectorAll('li a'), (link) => link.textContent.trim()),
      };
    });
    const feedTitles = Array.from(demoPage('latest.xml').matchAll(/<item>\s*<title>([^<]+)<\/title>/g), (m) => m[1]);
    if (JSON.stringify(latest.headlines) !== JSON.stringify(feedTitles))
      problems.push(`latest news: ${JSON.stringify(latest.headlines)}, not the feed's ${JSON.stringify(feedTitles)}`);
    if (latest.busy) problems.push('still busy (aria-busy) once loaded');
    const newsErrors = await page.evaluate(() => window.__newsErrors);
    if (newsErrors.length > 0) problems.push(`news-error events: ${JSON.stringify(newsErrors)}`);
    notes.push(`latest news: ${latest.headlines.length} stories`);
    await context.close();
    return { problems, notes };
  });
} finally {
  await browser.close();
  server.close();
}

const failed = results.filter((result) => result.problems.length > 0).length;
console.log(`pages: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
