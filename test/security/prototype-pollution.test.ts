/**
 * A host page that polluted `Object.prototype` before the library loaded (a gadget left by another
 * script, a merge of untrusted JSON). Every element, given JSON, slotted HTML or a `src`, shows
 * the same text as on a clean page: its data is the model's own, never a key inherited from the
 * prototype, and the options it hands the platform (`Intl`, `attachShadow`, `fetch`,
 * `addEventListener`, DOMPurify) and Lit (property declarations, render options) have no
 * inherited keys either. Each polluted key gets a page of its own, polluted before the library
 * loads, in a frame, so that this page stays clean.
 */
import { expect } from '@open-wc/testing';
import { attributeJson, frameRecord, hostFrame, until } from '../support/host-frame.js';

// Less than a day old, so that it is shown as a relative time ("1 hr. ago") for the next half hour.
const recently = new Date(Date.now() - 90 * 60_000).toISOString();

const article = {
  headline: 'Harbour reopens after the storm',
  description: 'Ferries run again from Monday.',
  articleSection: 'Coast',
  dateline: 'Kuala Lumpur',
  datePublished: '2025-10-23T09:00:00+08:00',
  dateModified: '2025-10-24T18:30:00+08:00',
  inLanguage: 'en-GB',
  image: { url: '/harbour.jpg', alt: 'The harbour at dawn', caption: 'Boats at dawn', credit: 'Photo: A. Lee' },
  author: [{ name: 'Siti Rahman', jobTitle: 'Coast reporter', url: '/siti' }, 'Oleh Bondar'],
  sections: [
    {
      heading: 'The storm',
      blocks: [
        'A plain paragraph.',
        { type: 'paragraph', text: 'A text paragraph.' },
        { type: 'paragraph', html: 'An <em>html</em> paragraph.' },
        {
          type: 'list',
          items: ['Plain item', { text: 'Text item' }, { term: 'Term', text: 'defined' }, { html: '<b>Rich</b> item' }],
        },
        { type: 'quote', text: 'We are back.', cite: 'Harbour master' },
        { type: 'figure', image: { url: '/ferry.jpg', alt: 'A ferry' } },
      ],
    },
    {
      heading: 'The numbers',
      blocks: [
        { type: 'heading', text: 'Ferries by route' },
        { type: 'table', caption: 'Crossings a day', head: ['Route', 'Crossings'], rows: [['North', '12']] },
        { type: 'divider' },
        { type: 'note', kind: 'correction', text: 'An earlier version gave the wrong route.' },
      ],
    },
  ],
  latest: [
    { headline: 'Ferries resume', url: '/ferries', datePublished: recently },
    { headline: 'Storm warning lifted', url: '/lifted', datePublished: '2025-01-02T10:00:00Z' },
  ],
};

/** One of each element for each kind of input it takes, by id. */
const body = `
  <news-article id="json-article" time-zone="Asia/Kuala_Lumpur" article='${attributeJson(article)}'></news-article>
  <article-section id="json-section" heading="Ports" blocks='${attributeJson(article.sections[0]!.blocks)}'></article-section>
  <bullet-list id="json-list" items='${attributeJson(['Plain item', { term: 'Term', text: 'defined' }])}'></bullet-list>
  <author-card id="json-author" author='${attributeJson(article.author[0])}'></author-card>
  <latest-news id="json-latest" items='${attributeJson(article.latest)}'></latest-news>
  <skip-link id="skip" target="slotted-article">Skip</skip-link>
  <news-article id="slotted-article" no-skip-link>
    <h1 slot="headline">Slotted headline</h1>
    <p>Slotted body paragraph.</p>
  </news-article>
  <article-section id="slotted-section" heading="Slotted"><p>Slotted section paragraph.</p></article-section>
  <bullet-list id="slotted-list"><ul><li>Slotted item</li></ul></bullet-list>
  <author-card id="slotted-author" name="Ama Owusu"><p>Slotted bio.</p></author-card>
  <latest-news id="slotted-latest"><ul><li><a href="/kept">Slotted story</a></li></ul></latest-news>
  <news-article id="src-article" no-skip-link src="/feed-server/seed-article.json"></news-article>
  <latest-news id="src-latest" src="/feed-server/news-items.json"></latest-news>`;

/** What a reader sees of one element: its shadow tree's text, and the text of the light DOM it shows. */
interface Seen {
  shadow: string;
  slotted: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a shadow root shows, without style or script text. */
function shadowText(root: ShadowRoot | null): string {
  if (!root) return '(no shadow root)';
  const copy = root.ownerDocument.createElement('div');
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  for (const hidden of copy.querySelectorAll('style, script')) hidden.remove();
  return collapse(copy.textContent ?? '');
}

/** The slotted light-DOM text that is laid out (a child a slot does not show has no boxes). */
const slottedText = (element: Element) =>
  collapse(
    Array.from(element.children)
      .filter((child) => child.localName !== 'script' && child.getClientRects().length > 0)
      .map((child) => child.textContent)
      .join(' '),
  );

function seenIn(frame: HTMLIFrameElement): { [id: string]: Seen } {
  const seen: { [id: string]: Seen } = {};
  for (const element of frame.contentDocument!.querySelectorAll('[id]')) {
    seen[element.id] = { shadow: shadowText(element.shadowRoot), slotted: slottedText(element) };
  }
  return seen;
}

/** True once the last of the page's content has come: the v1.1 blocks and both `src` answers. */
const complete = (seen: { [id: string]: Seen }) =>
  !!seen['json-article']?.shadow.includes('Ferries by route') &&
  ['src-article', 'src-latest'].every((id) => seen[id]!.shadow.length > 100 && !/Loading/.test(seen[id]!.shadow));

/**
 * Waits until the page shows what `expected` says (or, without it, until it is complete) and
 * then stays the same for half a second; gives what it shows then, or after 15 s.
 */
async function settled(frame: HTMLIFrameElement, expected?: { [id: string]: Seen }): Promise<{ [id: string]: Seen }> {
  let last = '';
  let since = Date.now();
  await until(() => {
    const seen = seenIn(frame);
    const now = JSON.stringify(seen);
    if (now !== last) [last, since] = [now, Date.now()];
    const done = expected ? now === JSON.stringify(expected) : complete(seen);
    return done && Date.now() - since > 500;
  }, 15_000);
  return seenIn(frame);
}

/** A page polluted with `pollution` (a script run before the library), its record and what it shows. */
async function load(pollution: string, expected?: { [id: string]: Seen }) {
  const frame = await hostFrame(`<script>${pollution}</script>`, body);
  try {
    const seen = await settled(frame, expected);
    const record = frameRecord(frame);
    // Copied into this page: the frame's arrays inherit the polluted key.
    return { seen, newsErrors: [...record.newsErrors], uncaught: [...record.uncaught] };
  } finally {
    frame.remove();
  }
}

/**
 * Keys the library or Lit reads, each with a hostile value: model fields, `Intl` options,
 * `attachShadow`, `fetch` and listener options, Lit's property declarations and render options,
 * and Lit's own markers of a template result and a node.
 */
const hostile: { [key: string]: string } = {
  // Model fields.
  html: '"<b>X</b>"',
  text: '"X"',
  term: '"X"',
  items: '["X"]',
  url: '"/X"',
  name: '"X"',
  type: '"X"',
  level: '2',
  ordered: 'true',
  blocks: '["X"]',
  sections: '[{ heading: "X", blocks: ["X"] }]',
  heading: '"X"',
  caption: '"X"',
  credit: '"X"',
  cite: '"X"',
  alt: '"X"',
  src: '"/X"',
  image: '{ url: "/X.jpg", alt: "X" }',
  width: '1',
  height: '1',
  id: '"X"',
  headline: '"X"',
  description: '"X"',
  dateline: '"X"',
  datePublished: '"2020-01-01"',
  dateModified: '"2030-01-01T00:00:00Z"',
  jobTitle: '"X"',
  sameAs: '["https://x.example/"]',
  author: '["X"]',
  latest: '[{ headline: "X" }]',
  labels: '{ by: "X" }',
  inLanguage: '"ar"',
  // A language's labels, as the labels' files are found by language.
  en: '{ by: "X" }',
  kind: '"X"',
  title: '"X"',
  head: '["X"]',
  rows: '[["X"]]',
  rowHeaders: 'true',
  // Intl's options.
  timeZone: '"Pacific/Kiritimati"',
  calendar: '"islamic"',
  hour12: 'false',
  hourCycle: '"h23"',
  numberingSystem: '"arab"',
  weekday: '"long"',
  era: '"long"',
  timeZoneName: '"long"',
  dateStyle: '"full"',
  timeStyle: '"full"',
  numeric: '"always"',
  style: '"narrow"',
  locale: '"ar"',
  localeMatcher: '"X"',
  // The options of our own date formatting.
  withTime: 'true',
  timeOnly: 'true',
  // attachShadow, fetch and listener options.
  mode: '"closed"',
  slotAssignment: '"manual"',
  delegatesFocus: 'true',
  method: '"POST"',
  body: '"X"',
  headers: '{ accept: "X" }',
  credentials: '"omit"',
  cache: '"only-if-cached"',
  redirect: '"error"',
  integrity: '"sha256-X"',
  signal: 'AbortSignal.abort()',
  once: 'true',
  passive: 'true',
  capture: 'true',
  // Lit's property declarations and render options.
  attribute: '"x"',
  noAccessor: 'true',
  state: 'true',
  reflect: 'true',
  hasChanged: '() => false',
  converter: '{ fromAttribute: () => "X" }',
  renderBefore: 'null',
  creationScope: '{ importNode: () => { throw new Error("X"); } }',
  isConnected: 'false',
  // @lit/context.
  subscribe: 'false',
  callback: '() => {}',
  // DOMPurify's configuration.
  ALLOWED_TAGS: '["script"]',
  RETURN_TRUSTED_TYPE: 'true',
  // Labels the v1.1 blocks fall back on, and the options of a feed's reader.
  noteCorrection: '"X"',
  table: '"X"',
  baseUrl: '"https://x.example/"',
  DOMParser: 'class { parseFromString() { throw new Error("X"); } }',
  // ScrollIntoView's and focus's options.
  behavior: '"X"',
  preventScroll: 'false',
  // Lit's markers of a template result and a node.
};

describe('a page that polluted Object.prototype before the library loaded', function () {
  this.timeout(60_000);
  let clean: Awaited<ReturnType<typeof load>>;

  before(async () => {
    clean = await load('');
  });

  it('shows every element on a clean page, with nothing reported', () => {
    expect(clean.uncaught).to.deep.equal([]);
    expect(clean.newsErrors).to.deep.equal([]);
    const { seen } = clean;
    expect(seen['json-article']!.shadow)
      .to.include('An html paragraph.')
      .and.to.include('Term defined')
      .and.to.include('Siti Rahman and Oleh Bondar')
      .and.to.include('23 October 2025')
      .and.to.match(/Ferries resume 1 hr\.? ago/)
      .and.to.include('Ferries by route');
    expect(seen['json-section']!.shadow).to.include('A plain paragraph.');
    expect(seen['json-list']!.shadow).to.include('Plain item');
    expect(seen['json-author']!.shadow).to.include('Siti Rahman');
    expect(seen['json-latest']!.shadow).to.include('Storm warning lifted');
    expect(seen['slotted-article']!.slotted).to.include('Slotted body paragraph.');
    expect(seen['slotted-latest']!.slotted).to.include('Slotted story');
    expect(seen['src-article']!.shadow.length).to.be.above(200);
    expect(seen['src-latest']!.shadow.length).to.be.above(100);
    for (const [id, { shadow, slotted }] of Object.entries(seen)) expect(shadow + slotted, id).not.to.match(/\bX\b/);
  });

  for (const [key, value] of Object.entries(hostile)) {
    it(`shows the same with Object.prototype.${key} = ${value}`, async () => {
      const polluted = await load(`Object.prototype[${JSON.stringify(key)}] = ${value};`, clean.seen);
      expect(polluted.uncaught, 'uncaught errors').to.deep.equal([]);
      expect(polluted.newsErrors, 'reports').to.deep.equal([]);
      for (const [id, expected] of Object.entries(clean.seen)) expect(polluted.seen[id], id).to.deep.equal(expected);
    });
  }
});

/**
 * Lit takes any value with `_$litType$` for a template result, with `_$litDirective$` for a
 * directive and with `nodeType` for a node: inherited by every array and node, these keys break
 * Lit's every render, which no options of ours can prevent. The library then defines no element
 * and says so once: the page's slotted HTML stays its own, shown as it is.
 */
describe('a page that set one of Lit’s own keys on Object.prototype', function () {
  this.timeout(60_000);
  for (const [key, value] of Object.entries({ _$litType$: '1', _$litDirective$: 'class {}', nodeType: '1' })) {
    it(`with Object.prototype.${key} = ${value}, defines no element, keeps the slotted HTML and says why once`, async () => {
      const frame = await hostFrame(`<script>Object.prototype[${JSON.stringify(key)}] = ${value};</script>`, body);
      try {
        const record = frameRecord(frame);
        await until(() => record.consoleErrors.length > 0);
        // Time for a second message, if one were coming.
        await new Promise((resolve) => setTimeout(resolve, 300));
        // Copied into this page: the frame's arrays inherit its polluted keys, which chai reads.
        const [uncaught, consoleErrors] = [[...record.uncaught], [...record.consoleErrors]];
        expect(uncaught).to.deep.equal([]);
        expect(consoleErrors).to.have.length(1);
        expect(consoleErrors[0]).to.contain('news-elements').and.to.contain(`Object.prototype.${key}`);
        const doc = frame.contentDocument!;
        expect(frame.contentWindow!.customElements.get('news-article')).to.equal(undefined);
        const withShadow = Array.from(doc.querySelectorAll('[id]'), (element) => element.shadowRoot && element.id);
        expect(withShadow.filter(Boolean)).to.deep.equal([]);
        const seen = seenIn(frame);
        expect(seen['slotted-article']!.slotted).to.equal('Slotted headline Slotted body paragraph.');
        expect(seen['slotted-list']!.slotted).to.equal('Slotted item');
        expect(seen['slotted-latest']!.slotted).to.equal('Slotted story');
      } finally {
        frame.remove();
      }
    });
  }
});
