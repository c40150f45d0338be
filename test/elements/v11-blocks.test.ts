import { expect, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { kitchenSinkArticle, v11Blocks } from '../support/blocks-fixtures.js';
import type { ArticleSection, NewsArticle } from '../../src/index.js';
import { loadSanitizer } from '../../src/data/sanitize.js';
import {
  captureErrors,
  deepQuery,
  deepQueryAll,
  renderArticle,
  renderSettled,
  settled,
  textOf,
} from '../support/helpers.js';

/** The hosts of the providers the stories' embeds come from: nothing may be requested from them before a click. */
const providerHosts = /youtube|ytimg|vimeo|spotify|soundcloud|dwcdn|datawrapper|flourish|flo\.uri\.sh|bsky/;
const providerRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => providerHosts.test(new URL(entry.name).hostname));

/** A section of `blocks`, once its embeds have their facades (the provider table loads on demand). */
async function renderSection(blocks: unknown[]): Promise<ArticleSection> {
  const section = await renderSettled<ArticleSection>(html`<article-section .blocks=${blocks}></article-section>`);
  await loadSanitizer();
  if (blocks.some((block) => (block as { type?: string }).type === 'embed')) {
    await waitUntil(() => section.shadowRoot!.querySelector('.embed-load, .embed-provider'), 'the embed facade');
  }
  await settled(section);
  return section;
}

/** Renders `template` and waits for its first `news-error`, recording the reports meanwhile. */
async function renderUntilReported<E extends Element>(template: TemplateResult) {
  const errors = captureErrors();
  try {
    const element = await renderSettled<E>(template);
    await waitUntil(() => errors.events.length > 0, 'the report');
    return { element, errors };
  } finally {
    errors.restore();
  }
}

describe('v1.1 blocks in <article-section>', () => {
  it('renders heading blocks as h3 and h4 under the section heading, with unique linkable ids', async () => {
    const section = await renderSettled<ArticleSection>(
      html`<article-section
        heading="Output"
        .blocks=${[{ type: 'heading', text: 'Output' }, v11Blocks.subheading, { type: 'heading', text: 'Mined', id: 'mined-ore' }]}
      ></article-section>`,
    );
    const headings = Array.from(section.shadowRoot!.querySelectorAll('h2, h3, h4'));
    expect(headings.map((heading) => [heading.localName, heading.id, heading.textContent!.trim()])).to.deep.equal([
      ['h2', 'output', 'Output'],
      ['h3', 'output-2', 'Output'],
      ['h4', 'who-refines-them', 'Who refines them'],
      ['h3', 'mined-ore', 'Mined'],
    ]);
    const [h2, h3, h4] = headings.map((heading) => parseFloat(getComputedStyle(heading).fontSize));
    expect(h2).to.be.greaterThan(h3!);
    expect(h3).to.be.greaterThan(h4!);
    await expect(section).to.be.accessible();
  });

  it('renders a table with its caption, column and row headers, in a focusable region named by the caption', async () => {
    const section = await renderSection([v11Blocks.table]);
    const region = section.shadowRoot!.querySelector<HTMLElement>('[role="region"]')!;
    expect(region.tabIndex).to.equal(0);
    expect(region.getAttribute('aria-label')).to.equal(v11Blocks.table.caption);
    expect(region.querySelector('caption')!.textContent!.trim()).to.equal(v11Blocks.table.caption);
    const columnHeaders = Array.from(region.querySelectorAll('thead th'));
    expect(columnHeaders.map((th) => [th.getAttribute('scope'), th.textContent!.trim()])).to.deep.equal([
      ['col', 'Country'],
      ['col', 'Mined'],
      ['col', 'Refined'],
      ['col', 'Share of refining'],
    ]);
    const rowHeaders = Array.from(region.querySelectorAll('tbody th'));
    expect(rowHeaders.map((th) => [th.getAttribute('scope'), th.textContent!.trim()])).to.deep.equal([
      ['row', 'China'],
      ['row', 'United States'],
      ['row', 'Myanmar'],
      ['row', 'Malaysia'],
    ]);
    // The html cell, sanitised.
    expect(region.querySelector('tbody tr:last-child td em')!.textContent).to.equal('n/a');
    // Numbers line up at the end of their column; the Mined column has a word in it, so it does not.
    const aligned = (row: number, column: number) =>
      getComputedStyle(region.querySelectorAll('tbody tr')[row]!.children[column]!).textAlign;
    expect([aligned(0, 1), aligned(0, 2), aligned(0, 3)]).to.deep.equal(['start', 'end', 'end']);
    expect(getComputedStyle(region.querySelector('td.number')!).fontVariantNumeric).to.equal('tabular-nums');
    await expect(section).to.be.accessible();
  });

  it('scrolls a wide table inside its container, never widening the column', async () => {
    const wide = {
      type: 'table',
      head: Array.from({ length: 12 }, (_, i) => `Column ${i + 1}`),
      rows: [Array(12).fill('1,234,567')],
    };
    const box = await renderSettled<HTMLElement>(
      html`<div style="width: 320px"><article-section .blocks=${[wide]}></article-section></div>`,
    );
    const section = box.querySelector('article-section')!;
    const region = section.shadowRoot!.querySelector<HTMLElement>('[role="region"]')!;
    expect(region.getAttribute('aria-label')).to.equal('Table');
    expect(section.getBoundingClientRect().width).to.equal(320);
    expect(region.clientWidth).to.be.at.most(320);
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    region.focus();
    expect(section.shadowRoot!.activeElement).to.equal(region);
  });

  it('renders a divider as an hr and notes with their kind as a visible label', async () => {
    const section = await renderSection([
      v11Blocks.correction,
      v11Blocks.divider,
      v11Blocks.editorsNote,
      { type: 'note', text: 'Plain.' },
    ]);
    expect(section.shadowRoot!.querySelectorAll('hr')).to.have.length(1);
    const notes = Array.from(section.shadowRoot!.querySelectorAll('[role="note"]'));
    expect(notes.map((note) => note.querySelector('.note-label')!.textContent!.trim())).to.deep.equal([
      'Correction',
      'Editor’s note',
      'Note',
    ]);
    expect(textOf(notes[0])).to.equal(`Correction ${v11Blocks.correction.text}`);
    expect(notes[1]!.querySelector('em')!.textContent).to.equal('The rare-earth race');
    await expect(section).to.be.accessible();
  });

  it('shows an embed as a facade, requesting nothing from the provider, until the reader clicks', async () => {
    const section = await renderSection([v11Blocks.video]);
    const root = section.shadowRoot!;
    expect(root.querySelector('iframe')).to.equal(null);
    expect(providerRequests()).to.deep.equal([]);
    expect(textOf(root.querySelector('.embed-provider'))).to.equal('YouTube');
    const button = root.querySelector<HTMLButtonElement>('.embed-load')!;
    expect(textOf(button)).to.equal('Play video: The talks in 90 seconds');
    const link = root.querySelector<HTMLAnchorElement>('figcaption a')!;
    expect(link.href).to.equal(v11Blocks.video.url);
    expect(textOf(link)).to.equal('Open on YouTube');
    expect(textOf(root.querySelector('figcaption'))).to.equal(`${v11Blocks.video.caption} Open on YouTube`);
    await expect(section).to.be.accessible();

    button.click();
    await settled(section);
    const frame = root.querySelector('iframe')!;
    expect(frame.src).to.equal('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
    expect(frame.title).to.equal('The talks in 90 seconds');
    expect(frame.getAttribute('allow')).to.contain('autoplay');
    expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(frame.getAttribute('sandbox')).to.contain('allow-scripts');
    expect(root.querySelector('.embed-load')).to.equal(null);
    expect(root.activeElement).to.equal(frame);
    const frameBox = frame.getBoundingClientRect();
    expect(frameBox.width / frameBox.height).to.be.closeTo(16 / 9, 0.02);
  });

  it('loads an embed from the keyboard', async () => {
    const section = await renderSection([v11Blocks.chart]);
    expect(section.shadowRoot!.querySelector('iframe')).to.equal(null);
    const button = section.shadowRoot!.querySelector<HTMLButtonElement>('.embed-load')!;
    expect(textOf(button)).to.equal('Load Datawrapper content');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settled(section);
    const frame = section.shadowRoot!.querySelector('iframe')!;
    expect(frame.src).to.equal('https://datawrapper.dwcdn.net/a1B2c/3/');
    expect(section.shadowRoot!.activeElement).to.equal(frame);
  });

  it('shows a social post as a card with a link, and reports nothing', async () => {
    const errors = captureErrors();
    let section: ArticleSection;
    try {
      section = await renderSection([v11Blocks.post]);
    } finally {
      errors.restore();
    }
    expect(errors.events).to.deep.equal([]);
    const root = section.shadowRoot!;
    expect(root.querySelector('button, iframe')).to.equal(null);
    expect(textOf(root.querySelector('.embed-card'))).to.equal(`Bluesky ${v11Blocks.post.title}`);
    expect(root.querySelector<HTMLAnchorElement>('.embed-card a')!.href).to.equal(v11Blocks.post.url);
    await expect(section).to.be.accessible();
  });

  it('shows an embed of an unknown provider as a plain link and reports it', async () => {
    const { element: section, errors } = await renderUntilReported<ArticleSection>(
      html`<article-section
        .blocks=${['Intro', { type: 'embed', url: 'https://videos.example.com/v/1', title: 'Our own video' }]}
      ></article-section>`,
    );
    expect(errors.events).to.deep.equal([
      {
        element: 'article-section',
        field: 'blocks[1].url',
        reason: 'is not the address of a known embed provider; it is shown as a link',
      },
    ]);
    const link = section.shadowRoot!.querySelector<HTMLAnchorElement>('.embed a')!;
    expect(link.href).to.equal('https://videos.example.com/v/1');
    expect(textOf(link)).to.equal('Our own video');
    expect(section.shadowRoot!.querySelector('button, iframe')).to.equal(null);
  });
});

describe('v1.1 blocks in <news-article>', () => {
  async function renderKitchenSink(labels?: object): Promise<NewsArticle> {
    const article = await renderArticle(
      html`<news-article .article=${kitchenSinkArticle} .labels=${labels}></news-article>`,
    );
    await loadSanitizer();
    await waitUntil(() => deepQuery(article, '.embed-load'), 'the embed facades');
    await settled(article);
    return article;
  }

  it('renders every block of the kitchen-sink article, with ids unique in the article', async () => {
    const before = providerRequests().length;
    const article = await renderKitchenSink();
    const root = article.shadowRoot!;
    const headings = deepQueryAll(root.querySelector('[part="body"]')!, 'h2, h3, h4');
    expect(headings.map((heading) => `${heading.localName}#${heading.id}`)).to.deep.equal([
      'h2#the-numbers',
      'h3#rare-earths-in-numbers',
      'h4#who-refines-them',
      'h2#what-the-talks-can-change',
    ]);
    const ids = Array.from(root.querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(root.querySelectorAll('[part="article-section-table"] th[scope="row"]')).to.have.length(4);
    expect(root.querySelectorAll('[part="article-section-divider"]')).to.have.length(1);
    expect(Array.from(root.querySelectorAll('[part="article-section-note"] .note-label'), textOf)).to.deep.equal([
      'Editor’s note',
      'Correction',
    ]);
    expect(Array.from(root.querySelectorAll('[part="article-section-embed"] .embed-load'), textOf)).to.deep.equal([
      'Load Datawrapper content',
      'Play video: The talks in 90 seconds',
    ]);
    expect(root.querySelectorAll('iframe')).to.have.length(0);
    expect(providerRequests()).to.have.length(before);
    await expect(article).to.be.accessible();
  });

  it('plays a video on click, inside the article', async () => {
    const article = await renderKitchenSink();
    const button = deepQueryAll<HTMLButtonElement>(article, '.embed-load').find((candidate) =>
      textOf(candidate).startsWith('Play video'),
    )!;
    button.click();
    await settled(article);
    const frame = deepQuery<HTMLIFrameElement>(article, 'iframe')!;
    expect(frame.src).to.equal('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
    expect(frame.title).to.equal('The talks in 90 seconds');
    expect(article.shadowRoot!.activeElement).to.equal(frame);
  });

  it('takes the note and embed labels from its labels', async () => {
    const article = await renderKitchenSink({ noteCorrection: 'Berichtigung', playVideo: 'Video abspielen: {title}' });
    expect(textOf(deepQuery(article, '[data-kind="correction"] .note-label'))).to.equal('Berichtigung');
    expect(deepQueryAll(article, '.embed-load').map(textOf)).to.include('Video abspielen: The talks in 90 seconds');
  });

  it('reports an embed it cannot show by its path in the article', async () => {
    const { element: article, errors } = await renderUntilReported<NewsArticle>(
      html`<news-article
        .article=${{
          headline: 'H',
          sections: [
            { blocks: ['x'] },
            { blocks: [{ type: 'embed', url: 'https://www.youtube.com/@channel', title: 'A channel' }] },
          ],
        }}
      ></news-article>`,
    );
    expect(errors.events).to.deep.equal([
      {
        element: 'news-article',
        field: 'sections[1].blocks[0].url',
        reason: 'is not a YouTube address that can be embedded; it is shown as a link',
      },
    ]);
    expect(errors.messages).to.have.length(1);
    expect(deepQuery<HTMLAnchorElement>(article, '.embed a')!.href).to.equal('https://www.youtube.com/@channel');
  });
});
