/**
 * Every known XSS payload in every string the elements read, in both input modes: nothing may
 * run, and no shadow root may end up with an event handler, an executable URL or an element that
 * loads or runs code.
 */
import { expect } from '@open-wc/testing';
import { captureErrors, deepQueryAll, settled, type ErrorCapture } from '../support/helpers.js';
import { xssPayloads } from './xss-payloads.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** The URL parser trims C0 controls and spaces at both ends and drops tabs and newlines anywhere. */
function asTheBrowserReadsUrl(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- C0 controls are what the URL parser trims.
      .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
      .replace(/[\t\n\r]/g, '')
      .toLowerCase()
  );
}

function isExecutableUrl(value: string): boolean {
  const url = asTheBrowserReadsUrl(value);
  return url.startsWith('javascript:') || url.startsWith('vbscript:') || /^data:\s*text\/html/.test(url);
}

const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcdoc',
  'data',
  'poster',
  'background',
]);

/** None of the elements' templates has one of these, so any found was made from data. */
const codeElements = 'script, iframe, object, embed, base, meta, form, style, link, frame, frameset, applet, noscript';

/** Elements inside the shadow roots under `host` (nested ones too), never its light DOM. */
function shadowElements(host: Element): Element[] {
  return deepQueryAll(host, '*')
    .filter((element) => element.shadowRoot)
    .flatMap((element) => Array.from(element.shadowRoot!.querySelectorAll('*')));
}

function unsafeMarkupIn(host: Element): string[] {
  const findings: string[] = [];
  for (const element of shadowElements(host)) {
    if (element.matches(codeElements)) findings.push(`a <${element.localName}> element`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) findings.push(`<${element.localName} ${name}="${attribute.value}">`);
      if (urlAttributes.has(name) && isExecutableUrl(attribute.value)) {
        findings.push(`<${element.localName} ${name}="${attribute.value}">`);
      }
    }
  }
  return findings;
}

/** How many payload placements a render carried, counted from what was actually set. */
let placements = 0;

/** Counts the strings in `data` that carry the payload. */
function countPlacements(data: unknown, payload: string): number {
  if (typeof data === 'string') return data === payload ? 1 : 0;
  if (Array.isArray(data)) return data.reduce<number>((sum, item) => sum + countPlacements(item, payload), 0);
  if (data && typeof data === 'object') {
    return Object.values(data).reduce<number>((sum, value) => sum + countPlacements(value, payload), 0);
  }
  return 0;
}

/** Builds an element with DOM calls only: attribute values and text are never parsed as markup. */
function build(
  tag: string,
  attributes: Record<string, string>,
  payload: string,
  children: (Node | string)[] = [],
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
    // JSON attributes were counted field by field in `json`.
    if (value === payload) placements += 1;
  }
  for (const child of children) {
    if (child === payload) placements += 1;
    element.append(child);
  }
  return element;
}

/** JSON text for an attribute, counting the payload's places in it. */
function json(data: unknown, payload: string): string {
  placements += countPlacements(data, payload);
  return JSON.stringify(data);
}

/**
 * `everywhere`: the payload in every string, URLs and dates included (those are rejected, and
 * then the parts they belong to are not shown). `inText`: valid URLs and dates, so every text
 * field is actually rendered with the payload in it.
 */
type Placement = 'everywhere' | 'inText';

function articleData(payload: string, placement: Placement) {
  const everywhere = placement === 'everywhere';
  const url = (safe: string) => (everywhere ? payload : safe);
  const date = (safe: string) => (everywhere ? payload : safe);
  const image = (safe: string) => ({ url: url(safe), alt: payload, caption: payload, credit: payload });
  const author = [
    {
      name: payload,
      description: payload,
      jobTitle: payload,
      url: url('https://example.com/author'),
      image: url('/missing-author.png'),
      sameAs: [url('https://github.com/someone'), url('mailto:someone@example.com'), url('tel:+6012345')],
    },
    { name: payload, image: image('/missing-author-2.png') },
  ];
  const listItems = [
    payload,
    { term: payload, text: payload },
    {
      term: payload,
      html: payload,
      items: [payload, { html: payload }, { text: payload, items: [{ term: payload }] }],
    },
  ];
  const blocks = [
    payload,
    { type: 'paragraph', text: payload },
    { type: 'paragraph', html: payload },
    { type: 'list', items: listItems },
    { type: 'list', ordered: true, items: listItems },
    { type: 'quote', text: payload, cite: payload },
    { type: 'figure', image: image('/missing-figure.png') },
  ];
  const latest = [
    {
      headline: payload,
      url: url('/latest/1'),
      datePublished: date('2025-10-23T16:40:00+08:00'),
      description: payload,
      image: image('/missing-thumb.png'),
    },
    { headline: payload, url: url('/latest/2'), image: url('/missing-thumb-2.png') },
  ];
  const article = {
    headline: payload,
    description: payload,
    articleSection: payload,
    dateline: payload,
    datePublished: date('2025-10-23'),
    dateModified: date('2025-10-24T09:00:00Z'),
    inLanguage: everywhere ? payload : 'en-GB',
    url: url('/article'),
    image: image('/missing-lead.png'),
    author,
    sections: [
      { heading: payload, id: payload, blocks },
      { heading: payload, blocks: [payload, { type: 'paragraph', html: payload }] },
    ],
    latest,
  };
  return { article, author, blocks, listItems, latest };
}

const labelKeys = ['skipToContent', 'latestNews', 'noLatestNews', 'aboutTheAuthor', 'updated', 'by', 'email', 'phone'];

/** Every element in JSON mode with the payload in every string it reads. */
function jsonModeElements(payload: string, placement: Placement): HTMLElement[] {
  const data = articleData(payload, placement);
  const everywhere = placement === 'everywhere';
  const settings = { locale: payload, 'time-zone': payload, theme: payload };
  const labels = Object.fromEntries(labelKeys.map((key) => [key, payload]));
  return [
    build(
      'news-article',
      { article: json(data.article, payload), labels: json(labels, payload), ...settings },
      payload,
    ),
    build(
      'article-section',
      {
        blocks: json(data.blocks, payload),
        heading: payload,
        'heading-id': payload,
        dateline: payload,
        date: everywhere ? payload : '2025-10-23',
        ...settings,
      },
      payload,
    ),
    build('bullet-list', { items: json(data.listItems, payload), ...settings }, payload),
    build('author-card', { author: json(data.author, payload), label: payload, ...settings }, payload),
    build(
      'latest-news',
      { items: json(data.latest, payload), label: payload, 'empty-label': payload, ...settings },
      payload,
    ),
    // Without items the empty label is what shows.
    build('latest-news', { label: payload, 'empty-label': payload, ...settings }, payload),
    build('skip-link', { target: payload, ...settings }, payload),
  ];
}

/**
 * Slotted mode: the host's markup is trusted, so the payload goes only into text and into
 * attribute values of that markup, never in as markup of its own.
 */
function slottedModeElements(payload: string): HTMLElement[] {
  const text = (tag: string, attributes: Record<string, string> = {}) =>
    build(tag, { title: payload, ...attributes }, payload, [payload]);
  const section = () => build('article-section', {}, payload, [text('h2'), text('p')]);
  const list = () => build('bullet-list', {}, payload, [build('ul', {}, payload, [text('li'), text('li')])]);
  const bareItems = () => build('bullet-list', {}, payload, [text('li'), text('li')]);
  const card = (attributes: Record<string, string> = {}) =>
    build('author-card', attributes, payload, [
      text('span', { slot: 'name' }),
      text('span', { slot: 'role' }),
      text('p'),
    ]);
  const latest = (attributes: Record<string, string> = {}) =>
    build('latest-news', attributes, payload, [
      build('ul', {}, payload, [build('li', {}, payload, [text('a', { href: '/latest/1' })])]),
    ]);
  return [
    build('news-article', { lang: payload }, payload, [
      text('p', { slot: 'kicker' }),
      text('h1', { slot: 'headline' }),
      text('p', { slot: 'standfirst' }),
      text('p', { slot: 'byline' }),
      section(),
      list(),
      card({ slot: 'author' }),
      latest({ slot: 'aside' }),
    ]),
    build('div', { lang: payload }, payload, [section(), list(), bareItems(), card(), latest()]),
    build('skip-link', {}, payload, [payload]),
  ];
}

/** Long enough for the lazily loaded sanitiser to arrive and for broken images to fail. */
const afterLoads = () => new Promise((resolve) => setTimeout(resolve, 150));

const payloadsPerRender = 8;

describe('XSS payloads in every field of every element', () => {
  let errors: ErrorCapture;
  let renders = 0;
  before(() => {
    errors = captureErrors();
  });
  after(() => errors.restore());

  it('the checks recognise handlers, executable URLs and code elements in a shadow root', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const link = document.createElement('a');
    link.setAttribute('href', ' \u0000JaVa\tscript:void 0');
    const button = document.createElement('button');
    button.setAttribute('onclick', '');
    root.append(link, button, document.createElement('style'));
    expect(unsafeMarkupIn(host)).to.have.length(3);
    expect(isExecutableUrl('\u001Fvb\nscript:x')).to.equal(true);
    expect(isExecutableUrl('Data:Text/HTML,x')).to.equal(true);
    expect(isExecutableUrl('javascript&colon;x')).to.equal(false);
    expect(isExecutableUrl('https://example.com/javascript:')).to.equal(false);
  });

  for (let start = 0; start < xssPayloads.length; start += payloadsPerRender) {
    const batch = xssPayloads.slice(start, start + payloadsPerRender);
    it(`payloads ${start + 1}–${start + batch.length} run nowhere and leave no unsafe markup`, async () => {
      const container = document.createElement('div');
      for (const payload of batch) {
        container.append(
          ...jsonModeElements(payload, 'everywhere'),
          ...jsonModeElements(payload, 'inText'),
          ...slottedModeElements(payload),
        );
      }
      document.body.append(container);
      try {
        await settled(container);
        await afterLoads();
        await settled(container);
        renders += container.children.length;
        expect(window.__xss, `a payload ran: ${JSON.stringify(batch)}`).to.equal(undefined);
        for (const element of container.children) {
          expect(
            unsafeMarkupIn(element),
            `<${element.localName}> with payloads ${JSON.stringify(batch)}`,
          ).to.deep.equal([]);
        }
      } finally {
        container.remove();
      }
    });
  }

  it('tried every payload in every field', () => {
    const perPayload = placements / xssPayloads.length;
    console.log(
      `XSS: ${xssPayloads.length} payloads × ${perPayload} fields = ${placements} placements in ${renders} top-level renders`,
    );
    expect(xssPayloads.length).to.be.at.least(200);
    expect(Number.isInteger(perPayload)).to.equal(true);
    expect(window.__xss).to.equal(undefined);
  });
});
