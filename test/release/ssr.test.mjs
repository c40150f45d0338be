/**
 * Server rendering (demo/ssr.mjs): the page comes from the server as declarative shadow DOM,
 * reads in Chromium with JavaScript disabled, and hydrates in place — the same nodes, no errors —
 * once the client loads. Needs `npm run build` (dist/) first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startSsrServer } from '../../demo/ssr.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

const seed = JSON.parse(readFileSync(new URL('../../demo/seed-article.json', import.meta.url), 'utf8'));

let server;
let url;
let browser;

before(async () => {
  ({ server, url } = await startSsrServer());
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A page whose console errors, warnings and uncaught errors are collected. */
async function openPage(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { context, page, problems };
}

describe('server rendering', () => {
  it('sends the article as declarative shadow DOM, with the JSON-LD in <head>', async () => {
    const page = await (await fetch(url)).text();
    assert.match(page, /<news-article[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.ok(
      page.includes(`>${seed.headline}<`) || page.includes(`-->${seed.headline}<`),
      'the headline is in the HTML',
    );
    assert.match(page, /<h1 class="headline" part="headline">/);
    assert.match(page, /<skip-link[^>]*><template shadowroot="open" shadowrootmode="open">/, '<skip-link> too');
    // The body, author card and latest news are in the article's own shadow root.
    for (const part of ['article-section', 'author-card', 'latest-news']) {
      assert.match(page, new RegExp(`<[a-z]+ class="${part}" part="${part}"`), `${part} is rendered`);
    }
    assert.doesNotMatch(page, /<(article-section|author-card|latest-news|bullet-list)\b/);
    assert.doesNotMatch(page, /\[object Object\]|>undefined</);
    const jsonLd = JSON.parse(page.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)[1]);
    assert.equal(jsonLd['@type'], 'NewsArticle');
    assert.equal(jsonLd.headline, seed.headline);
    assert.equal(
      page.match(/application\/ld\+json/g).length,
      1,
      'one JSON-LD script: the element adds none of its own',
    );
  });

  it('renders context-dependent parts with the page settings: dates, labels, latest news', async () => {
    const text = (await (await fetch(url)).text()).replace(/<!--[^>]*-->/g, '');
    assert.match(text, /<time [^>]*datetime="2025-10-23">23 October 2025<\/time>/, 'the dateline date, in en-GB');
    assert.match(text, />About the author</, "the author card's label");
    assert.match(text, /aria-label="Latest News"/, "the aside's label");
    assert.match(
      text,
      /<time [^>]*datetime="2025-10-23T16:40:00\+08:00" title="23 Oct 2025, 16:40 GMT\+8"[^>]*>23 Oct 2025<\/time>/,
      'a story time, in Kuala Lumpur',
    );
    assert.match(
      text,
      /<a [^>]*href="\/markets\/ringgit-edges-higher">Ringgit edges higher/,
      'the latest news from the article',
    );
  });

  it('reads fully with JavaScript disabled', async () => {
    const { context, page } = await openPage({ javaScriptEnabled: false });
    await page.goto(url);
    assert.equal(await page.evaluate(() => customElements.get('news-article')), undefined, 'no element is defined');
    // Locators pierce the declarative shadow roots, as a reader's eyes do.
    assert.equal(await page.locator('news-article h1').innerText(), seed.headline);
    assert.ok(await page.locator('news-article h2', { hasText: 'Why Malaysia' }).isVisible());
    assert.ok(await page.getByText('Supply-chain ripple effects:').isVisible());
    assert.ok(await page.getByText(/^Siti is a news writer/).isVisible());
    assert.ok(await page.getByRole('link', { name: /Ringgit edges higher/ }).isVisible());
    const box = await page.locator('news-article h1').boundingBox();
    assert.ok(
      box.height > 30 && box.width > 200,
      `the headline is laid out as a headline (${box.width}×${box.height})`,
    );
    await context.close();
  });

  it('hydrates in place: the same nodes, no hydration error, and live afterwards', async () => {
    const { context, page, problems } = await openPage();
    // Hold the client back until the server's nodes are marked.
    let releaseClient;
    const clientHeld = new Promise((resolve) => (releaseClient = resolve));
    await page.route('**/client/client.js', async (route) => {
      await clientHeld;
      await route.continue();
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('news-article')?.shadowRoot?.querySelector('h1'));
    await page.waitForFunction(() => document.querySelector('footer.site-footer'));
    const marked = await page.evaluate(() => {
      const article = document.querySelector('news-article').shadowRoot;
      const section = article.querySelector('[part="article-section"]');
      const card = article.querySelector('[part="author-card"]');
      window.serverNodes = [article.querySelector('h1'), section.querySelector('p'), card.firstElementChild];
      window.serverBoxes = window.serverNodes.map((node) => JSON.stringify(node?.getBoundingClientRect()));
      return window.serverNodes.map((node) => node?.localName);
    });
    assert.deepEqual(marked.filter(Boolean).length, 3, `server nodes found: ${marked}`);
    releaseClient();
    // Hydrated: the element has had its first update, and has let its children hydrate too.
    await page.waitForFunction(() => {
      const element = document.querySelector('news-article');
      return (
        customElements.get('news-article') !== undefined &&
        element.hasUpdated === true &&
        element.shadowRoot.querySelectorAll('[defer-hydration]').length === 0
      );
    });
    const sameNodes = await page.evaluate(() => {
      const article = document.querySelector('news-article').shadowRoot;
      const section = article.querySelector('[part="article-section"]');
      const card = article.querySelector('[part="author-card"]');
      const now = [article.querySelector('h1'), section.querySelector('p'), card.firstElementChild];
      return now.map((node, index) => node === window.serverNodes[index] && node.isConnected);
    });
    assert.deepEqual(sameNodes, [true, true, true], 'hydration kept the server-rendered nodes');
    const moved = await page.evaluate(
      () =>
        window.serverNodes.filter(
          (node, index) => JSON.stringify(node.getBoundingClientRect()) !== window.serverBoxes[index],
        ).length,
    );
    assert.equal(moved, 0, 'nothing moved when the elements hydrated');
    // The hydrated templates are live: a new headline reaches the same <h1>.
    const headline = await page.evaluate(async () => {
      const element = document.querySelector('news-article');
      element.article = {
        ...JSON.parse(element.getAttribute('article')),
        headline: 'Talks end with a joint statement',
      };
      await element.updateComplete;
      const h1 = element.shadowRoot.querySelector('h1');
      return { text: h1.textContent, same: h1 === window.serverNodes[0] };
    });
    assert.deepEqual(headline, { text: 'Talks end with a joint statement', same: true });
    assert.deepEqual(problems, [], 'no console error or warning, no uncaught error');
    await context.close();
  });
});
