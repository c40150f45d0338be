/**
 * On a server, what a `<news-article>` renders from JSON and the elements the page slots into it
 * get its locale, time zone, labels and data as in a browser: `@lit-labs/ssr` calls no
 * `connectedCallback`, so each slotted element asks while it renders. Needs `npm run build`
 * (dist/) first.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

await import(new URL('../../dist/define/index.js', import.meta.url).href);
const { loadLabels } = await import(new URL('../../dist/index.js', import.meta.url).href);

const article = {
  headline: 'Markets close higher',
  dateline: 'Kuala Lumpur',
  datePublished: '2025-10-23',
  inLanguage: 'de',
  author: { name: 'Siti', sameAs: ['mailto:siti@example.com'] },
  sections: [{ blocks: ['Opening paragraph.'] }],
  latest: [{ headline: 'Ringgit edges higher', datePublished: '2025-10-23T16:40:00+08:00' }],
};
const labels = { aboutTheAuthor: 'Über die Autorin', latestNews: 'Neueste Meldungen', email: 'E-Mail' };

/** The server's HTML, without styles and Lit's markers. */
async function serverHtml(template) {
  return (await collectResult(render(template)))
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[^>]*-->/g, '')
    .replace(/\s+/g, ' ');
}

/** The shadow content the server rendered for the first `tag` after `from`. */
function shadowOf(page, tag, from = 0) {
  const start = page.indexOf(`<${tag}`, from);
  assert.ok(start >= 0, `<${tag}> is rendered`);
  return page.slice(start, page.indexOf('</template>', start));
}

/** The element named `part` of the article's own shadow root: its tag with its content. */
function partOf(page, part) {
  const start = page.search(new RegExp(`<[a-z]+ class="[^"]*" part="${part}"`));
  assert.ok(start >= 0, `part ${part} is rendered`);
  const tag = page.slice(start + 1).match(/^[a-z]+/)[0];
  return page.slice(start, page.indexOf(`</${tag}>`, start));
}

describe('context on the server', () => {
  it('reaches what the article renders from JSON: its locale, time zone, labels and data', async () => {
    const page = await serverHtml(html`<news-article
      time-zone="Asia/Kuala_Lumpur"
      labels=${JSON.stringify(labels)}
      article=${JSON.stringify(article)}
    ></news-article>`);
    assert.match(partOf(page, 'article-section'), /<time datetime="2025-10-23">23\. Oktober 2025<\/time>/);
    const card = partOf(page, 'author-card');
    assert.match(card, />Über die Autorin</);
    assert.match(card, />E-Mail</);
    const latest = partOf(page, 'latest-news');
    assert.match(latest, />Neueste Meldungen</);
    // Older than a day: its date, with the time and zone in the title.
    assert.match(
      latest,
      /datetime="2025-10-23T16:40:00\+08:00" title="23\. Okt\. 2025, 16:40 GMT\+8"[^>]*>23\.10\.2025</,
    );
  });

  it('reaches the elements the page slots into the article', async () => {
    const page = await serverHtml(html`<news-article
      time-zone="Asia/Kuala_Lumpur"
      labels=${JSON.stringify(labels)}
      article=${JSON.stringify(article)}
      ><author-card slot="author"></author-card><latest-news slot="aside"></latest-news
    ></news-article>`);
    const light = page.indexOf('<author-card slot="author"');
    assert.ok(light > 0, 'the slotted card is rendered');
    const card = shadowOf(page, 'author-card', light);
    assert.match(card, />Über die Autorin</);
    assert.match(card, />\s*Siti\s*</, "the article's author");
    const latest = shadowOf(page, 'latest-news', light);
    assert.match(latest, />Neueste Meldungen</);
    assert.match(latest, />Ringgit edges higher</, "the article's latest stories");
    assert.match(latest, />23\.10\.2025</);
  });

  it('leaves an element outside any article to its own settings and defaults', async () => {
    const page = await serverHtml(html`<latest-news
      locale="fr"
      items=${JSON.stringify(article.latest)}
      time-zone="Asia/Kuala_Lumpur"
    ></latest-news>`);
    assert.match(page, />Latest News</);
    assert.match(page, /title="23 oct\. 2025, 16:40 UTC\+8"[^>]*>23 oct\. 2025</);
  });
});

describe('an article with a URL on the server', () => {
  // Real articles have a `url`; leaving the article out of its own latest list once needed the DOM.
  const withUrl = {
    ...article,
    url: 'https://example.com/2025/10/23/markets-close-higher',
    latest: [
      { headline: 'Ringgit edges higher', url: 'https://example.com/markets/ringgit' },
      { headline: 'This very article', url: '/2025/10/23/markets-close-higher#comments' },
    ],
  };

  for (const [mode, template] of [
    ['property', html`<news-article .article=${withUrl}></news-article>`],
    ['attribute', html`<news-article article=${JSON.stringify(withUrl)}></news-article>`],
  ]) {
    it(`renders it from the ${mode}, without the article in its own latest list`, async () => {
      const errors = [];
      const consoleError = console.error;
      console.error = (...args) => errors.push(args.join(' '));
      let page;
      try {
        page = await serverHtml(template);
      } finally {
        console.error = consoleError;
      }
      assert.deepEqual(errors, []);
      assert.match(page, /<h1 class="headline" part="headline">Markets close higher<\/h1>/);
      const latest = partOf(page, 'latest-news');
      assert.ok(latest.includes('Ringgit edges higher'), 'the other story is listed');
      assert.ok(!latest.includes('This very article'), 'the article itself is not');
    });
  }

  it("writes the labels of the article's language once the server has loaded them", async () => {
    const template = () => html`<news-article article=${JSON.stringify(article)}></news-article>`;
    // A server cannot wait while it renders: before loadLabels, the labels are English.
    assert.match(partOf(await serverHtml(template()), 'byline'), /By <span class="names">Siti/);
    await loadLabels(article.inLanguage);
    const page = await serverHtml(template());
    assert.match(partOf(page, 'byline'), /Von <span class="names">Siti/);
    assert.match(shadowOf(page, 'skip-link'), />Zum Inhalt springen</);
    assert.match(partOf(page, 'latest-news'), />Neueste Nachrichten</);
  });
});
