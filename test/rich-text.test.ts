import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { ArticleSection, BulletList } from '../src/index.js';
import type { BlockData, ListItemData } from '../src/data/index.js';
import { loadSanitizer, sanitizedIfReady } from '../src/data/sanitize.js';
import { RichTextRenderer, textOfHtml } from '../src/shared/rich-text.js';
import { captureErrors, deepQueryAll, renderSettled, settled, visibleText } from './support/helpers.js';

type Sentinel = { __pwned?: number };
const sentinel = () => (window as unknown as Sentinel).__pwned;

const dompurifyFetched = () =>
  performance.getEntriesByType('resource').some((entry) => /dompurify|purify\.es/i.test(entry.name));
/** Requests for the module that wraps DOMPurify (the sanitiser's own chunk in a build). */
const sanitizerFetches = () =>
  performance.getEntriesByType('resource').filter((entry) => /html-sanitizer/.test(entry.name)).length;

/** Renders with `news-error` events recorded, and waits until the sanitised HTML is in place. */
async function renderRich<E extends HTMLElement>(template: ReturnType<typeof html>) {
  const errors = captureErrors();
  try {
    const element = await fixture<E>(template);
    await loadSanitizer();
    await settled(element);
    return { element, events: errors.events };
  } finally {
    errors.restore();
  }
}

const section = (blocks: BlockData[]) =>
  renderRich<ArticleSection>(html`<article-section .blocks=${blocks}></article-section>`);

const shadow = (element: Element) => element.shadowRoot!;

// Runs first, before any test in this file gives an element an `html` field.
describe('textOfHtml', () => {
  it('keeps only the text, with no script, style or comment', () => {
    expect(
      textOfHtml('Called <em>neutral</em> &amp; calm<script>alert(1)</script><style>p{}</style><!-- note -->.'),
    ).to.equal('Called neutral & calm.');
  });

  it('gives the same text where the page refuses every parser the markup (Trusted Types without our policy)', () => {
    const markup =
      'Called <em>neutral</em> &amp; <q>calm</q><script>alert(1)</script><STYLE>p{}</STYLE><!-- note --> &lt;3.';
    const parse = DOMParser.prototype.parseFromString;
    DOMParser.prototype.parseFromString = () => {
      throw new TypeError("This document requires 'TrustedHTML' assignment.");
    };
    try {
      expect(textOfHtml(markup)).to.equal('Called neutral & calm <3.');
    } finally {
      DOMParser.prototype.parseFromString = parse;
    }
    expect(textOfHtml(markup)).to.equal('Called neutral & calm <3.');
  });
});

describe('rich text: loading', () => {
  it('a page without html fields never requests DOMPurify', async () => {
    const element = await renderSettled<ArticleSection>(html`<article-section
      heading="Plain"
      .blocks=${[
        'A paragraph with <em>no</em> markup.',
        { type: 'paragraph', text: 'Text <b>field</b>.' },
        { type: 'list', items: ['One', { term: 'Two:', text: 'two', items: ['Nested'] }] },
      ]}
    ></article-section>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(visibleText(element)).to.contain('A paragraph with <em>no</em> markup.');
    expect(sanitizerFetches()).to.equal(0);
    expect(dompurifyFetched()).to.equal(false);
  });

  it('the first html field fetches DOMPurify, once', async () => {
    const { element } = await section([{ type: 'paragraph', html: 'Now <em>rich</em>.' }]);
    expect(shadow(element).querySelector('p > em')!.textContent).to.equal('rich');
    await section([{ type: 'paragraph', html: 'Again <strong>rich</strong>.' }]);
    expect(sanitizerFetches()).to.equal(1);
    expect(dompurifyFetched()).to.equal(true);
  });

  it('shows the plain text until the sanitised HTML is ready, losing no content', async () => {
    const markup = `Placeholder <em>first</em>, then <a href="/x-${Date.now()}">markup</a>. <script>window.__pwned = 1</script>`;
    const requests: number[] = [];
    const renderer = new RichTextRenderer({ requestUpdate: () => requests.push(1) }, () => undefined);
    expect(sanitizedIfReady(markup)).to.equal(undefined);
    const placeholder = renderer.render({ html: markup });
    expect(placeholder).to.equal(textOfHtml(markup));
    expect(placeholder).to.equal('Placeholder first, then markup. ');

    renderer.prepare([{ field: 'blocks[0].html', markup }]);
    await loadSanitizer();
    await Promise.resolve();
    expect(requests).to.have.length(1);
    const container = document.createElement('p');
    render(renderer.render({ html: markup }), container);
    expect(container.textContent).to.equal(placeholder);
    expect(container.querySelector('em')!.textContent).to.equal('first');
    expect(container.querySelector('script')).to.equal(null);
    expect(sentinel()).to.equal(undefined);
  });

  it('reports removals for the data on screen only, not for data replaced while the sanitiser loads', async () => {
    const reports: string[] = [];
    const renderer = new RichTextRenderer({ requestUpdate: () => undefined }, (problems) =>
      reports.push(...problems.map(({ field, reason }) => `${field} ${reason}`)),
    );
    renderer.prepare([{ field: 'blocks[0].html', markup: `Old <script>window.__pwned = 1</script>${Date.now()}` }]);
    renderer.prepare([{ field: 'blocks[1].html', markup: `New <img src="/x.png" onerror="x()">${Date.now()}` }]);
    await loadSanitizer();
    await Promise.resolve();
    expect(reports).to.have.length(1);
    expect(reports[0]).to.equal('blocks[1].html had <img> removed');
  });
});

describe('rich text: rendering', () => {
  afterEach(() => delete (window as unknown as Sentinel).__pwned);

  it('renders inline formatting, links and their allowed attributes as elements', async () => {
    const { element, events } = await section([
      {
        type: 'paragraph',
        html:
          'A <em>calm</em> <strong>day</strong>, <i>per se</i>, <b>bold</b>, <a href="https://example.com/report" title="The report">the report</a>, ' +
          '<code>x &lt; y</code>, H<sub>2</sub>O, x<sup>2</sup>, <mark>marked</mark>, <small>small print</small>, ' +
          '<abbr title="Association of Southeast Asian Nations">ASEAN</abbr>, <q cite="https://example.com/quote">quoted</q>, ' +
          '<cite>The Star</cite>, <time datetime="2025-10-23">today</time>,<br><span lang="ms" dir="ltr">Selamat pagi</span> ' +
          '<a href="/asia/summit">relative</a> <a href="mailto:desk@example.com">mail</a> <a href="tel:+60312345678">call</a>',
      },
    ]);
    const paragraph = shadow(element).querySelector('p')!;
    for (const tag of [
      'em',
      'strong',
      'i',
      'b',
      'code',
      'sub',
      'sup',
      'mark',
      'small',
      'abbr',
      'q',
      'cite',
      'time',
      'br',
      'span',
    ]) {
      expect(paragraph.querySelector(tag), tag).to.not.equal(null);
    }
    expect(Array.from(paragraph.querySelectorAll('a'), (link) => link.getAttribute('href'))).to.deep.equal([
      'https://example.com/report',
      '/asia/summit',
      'mailto:desk@example.com',
      'tel:+60312345678',
    ]);
    expect(paragraph.querySelector('a')!.title).to.equal('The report');
    expect(paragraph.querySelector('code')!.textContent).to.equal('x < y');
    expect(paragraph.querySelector('q')!.getAttribute('cite')).to.equal('https://example.com/quote');
    expect(paragraph.querySelector('time')!.getAttribute('datetime')).to.equal('2025-10-23');
    expect(paragraph.querySelector('span')!.lang).to.equal('ms');
    expect(paragraph.querySelector('span')!.dir).to.equal('ltr');
    expect(events).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('removes scripts, styles, embedded content, forms and event handlers, and runs none of them', async () => {
    const payloads = [
      'img <img src=x onerror="window.__pwned=1">kept',
      'script <script>window.__pwned=2</script>kept',
      'iframe <iframe src="javascript:window.parent.__pwned=3"></iframe>kept',
      'iframe srcdoc <iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>kept',
      'svg <svg onload="window.__pwned=5"><animate onbegin="window.__pwned=6" attributeName="x" dur="1s"/></svg>kept',
      'math <math><mi xlink:href="javascript:window.__pwned=7">m</mi></math>kept',
      'style <style>p { color: red }</style>kept',
      'form <form action="/steal"><input name="q" autofocus onfocus="window.__pwned=8"><button>Go</button></form>kept',
      'handler <b onclick="window.__pwned=9" onmouseover="window.__pwned=10">kept</b>',
      'object <object data="/x.swf"></object><embed src="/x.swf">kept',
      'styled <span style="background:url(javascript:window.__pwned=11)" id="login" class="overlay">kept</span>',
      'mxss kept <noscript><p title="</noscript><img src=x onerror=window.__pwned=12>"></noscript>',
    ];
    const { element } = await section(payloads.map((markup) => ({ type: 'paragraph' as const, html: markup })));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const root = shadow(element);
    expect(
      deepQueryAll(
        element,
        'script, img, iframe, svg, math, style:not([data-news]), form, input, button, object, embed, noscript',
      ).filter((found) => root.contains(found) && found.closest('p')),
    ).to.deep.equal([]);
    const paragraphs = Array.from(root.querySelectorAll('p'));
    expect(paragraphs).to.have.length(payloads.length);
    for (const paragraph of paragraphs) {
      expect(paragraph.textContent, paragraph.textContent!).to.match(/kept/);
      for (const child of paragraph.querySelectorAll('*')) {
        const names = child.getAttributeNames();
        expect(
          names.filter((name) => /^on|^style$|^id$|^class$|^src$|^action$/i.test(name)),
          child.outerHTML,
        ).to.deep.equal([]);
      }
    }
    expect(sentinel()).to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('keeps the text of a link whose href fails the URL check, without the href, and reports it', async () => {
    const { element, events } = await section([
      'Opening paragraph.',
      { type: 'paragraph', html: 'Read <a href="javascript:alert(1)">the statement</a> now.' },
      {
        type: 'paragraph',
        html: 'Or <a href=" JaVa&#x09;script:alert(1)">this one</a> and <a href="data:text/html,<script>alert(1)</script>">that</a>.',
      },
    ]);
    const links = Array.from(shadow(element).querySelectorAll('a'));
    expect(links.map((link) => link.textContent)).to.deep.equal(['the statement', 'this one', 'that']);
    expect(links.map((link) => link.hasAttribute('href'))).to.deep.equal([false, false, false]);
    expect(visibleText(element)).to.equal('Opening paragraph. Read the statement now. Or this one and that.');
    expect(events.map(({ element: tag, field }) => `${tag} ${field}`)).to.deep.equal([
      'article-section blocks[1].html',
      'article-section blocks[2].html',
    ]);
    expect(events[0]!.reason).to.contain('href').and.to.contain('"javascript:"');
    expect(events[1]!.reason).to.contain('"data:"');
    await expect(element).to.be.accessible();
  });

  it('reports removed elements and handlers with the path of each field, and not formatting noise', async () => {
    const items: ListItemData[] = [
      { html: '<p class="MsoNormal" style="color: red"><u>Plain</u> <font face="Arial">formatting</font></p>' },
      {
        term: 'Nested:',
        items: [
          { html: 'Clean <em>item</em>' },
          { html: 'Bad <b onclick="window.__pwned = 1">item</b><script>window.__pwned = 2</script>' },
        ],
      },
    ];
    const { element, events } = await renderRich<BulletList>(html`<bullet-list .items=${items}></bullet-list>`);
    expect(visibleText(element)).to.equal('Plain formatting Nested: Clean item Bad item');
    expect(events, JSON.stringify(events)).to.have.length(1);
    expect(events[0]).to.include({ element: 'bullet-list', field: 'items[1].items[1].html' });
    expect(events[0]!.reason).to.contain('<script>').and.to.contain('onclick');
    expect(sentinel()).to.equal(undefined);

    // The same data again (a new array, equal content) is not reported again.
    const errors = captureErrors();
    try {
      element.items = structuredClone(items);
      await loadSanitizer();
      await settled(element);
    } finally {
      errors.restore();
    }
    expect(errors.events).to.deep.equal([]);
  });

  it('shows the same html in every place it is given, and keeps it in place when the element renders again', async () => {
    const markup = 'Twice <em>rich</em>.';
    const { element } = await section([
      { type: 'paragraph', html: markup },
      { type: 'paragraph', html: markup },
    ]);
    const emphasis = () => Array.from(shadow(element).querySelectorAll('p > em'));
    expect(emphasis().map((node) => node.textContent)).to.deep.equal(['rich', 'rich']);
    const before = emphasis();
    element.setAttribute('theme', 'dark');
    element.requestUpdate();
    await element.updateComplete;
    expect(emphasis()).to.deep.equal(before);
    expect(Array.from(shadow(element).querySelectorAll('p'), (paragraph) => paragraph.textContent)).to.deep.equal([
      'Twice rich.',
      'Twice rich.',
    ]);
  });

  it('reports an html field inside a list block from the list it renders', async () => {
    const { element, events } = await section([
      { type: 'list', items: ['Plain', { term: 'Rich:', html: '<em>ok</em><iframe src="/x"></iframe>' }] },
    ]);
    await settled(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const list = shadow(element).querySelector('bullet-list')!;
    expect(shadow(list).querySelector('li em')!.textContent).to.equal('ok');
    expect(events.map(({ element: tag, field }) => `${tag} ${field}`)).to.deep.equal(['bullet-list items[1].html']);
    expect(events[0]!.reason).to.contain('<iframe>');
  });
});

describe('rich text: Trusted Types', () => {
  it('renders sanitised HTML in a page that enforces Trusted Types for lit-html, dompurify and news-elements', async () => {
    const frame = document.createElement('iframe');
    const csp = "require-trusted-types-for 'script'; trusted-types lit-html dompurify news-elements";
    const blocks = JSON.stringify([
      { type: 'paragraph', html: 'Under <em>Trusted Types</em> <img src=x onerror="parent.__pwned=1">' },
    ]);
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${csp}">
      <script type="module" src="/src/define/index.ts"></script></head>
      <body><article-section blocks='${blocks}'></article-section></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      expect(() => {
        doc.createElement('div').innerHTML = '<b>plain string</b>';
      }, 'Trusted Types are enforced in the frame').to.throw();
      let emphasis: Element | null | undefined;
      for (let attempt = 0; attempt < 100 && !emphasis; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        emphasis = doc.querySelector('article-section')?.shadowRoot?.querySelector('p > em');
      }
      expect(emphasis?.textContent).to.equal('Trusted Types');
      expect(doc.querySelector('article-section')!.shadowRoot!.querySelector('img')).to.equal(null);
      expect(sentinel()).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});
