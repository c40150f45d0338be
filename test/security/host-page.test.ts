import { expect } from '@open-wc/testing';
import { jsonAttribute } from '../../src/data/attribute.js';
import { seedArticle, seedHeadings } from '../support/fixtures.js';

/** What a frame's page records before the bundle loads: its uncaught errors and console errors. */
interface FrameRecord {
  uncaught: string[];
  consoleErrors: string[];
}

const recorder = `<script>
  window.record = { uncaught: [], consoleErrors: [] };
  addEventListener('error', (event) => record.uncaught.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => record.uncaught.push(String(event.reason)));
  const consoleError = console.error;
  console.error = (...args) => (record.consoleErrors.push(args.map(String).join(' ')), consoleError(...args));
</script>`;

/** Loads `body` in a frame whose head runs `before`, then the whole library as a page's module script. */
async function hostPage(before: string, body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>${recorder}${before}
    <script type="module" src="/src/news-elements.ts"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Waits (up to ten seconds) until `check` gives a value. */
async function until<T>(check: () => T | null | undefined | false): Promise<T | undefined> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

const recordOf = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { record: FrameRecord }).record;

describe('a host page whose customElements.define throws', () => {
  it('loads without an uncaught error, says so once, and leaves the slotted content as it is', async () => {
    const slotted = '<h1>Leaders meet</h1><p>Talks were <em>calm</em>.</p>';
    const frame = await hostPage(
      `<script>customElements.define = () => { throw new Error('custom elements are not allowed here'); };</script>`,
      `<news-article>${slotted}</news-article><bullet-list><ul><li>One</li></ul></bullet-list>`,
    );
    try {
      const record = recordOf(frame);
      await until(() => record.consoleErrors.length > 0);
      // Time for a second message, if one were coming.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(record.uncaught).to.deep.equal([]);
      expect(record.consoleErrors).to.have.length(1);
      expect(record.consoleErrors[0])
        .to.contain('news-elements')
        .and.to.contain('custom elements are not allowed here');
      const element = frame.contentDocument!.querySelector('news-article')!;
      expect(element.shadowRoot).to.equal(null);
      expect(element.innerHTML).to.equal(slotted);
      expect(frame.contentDocument!.querySelector('bullet-list')!.innerHTML).to.equal('<ul><li>One</li></ul>');
    } finally {
      frame.remove();
    }
  });
});

/** Lit's modules as a bundler gets them, and the names each reads from the global object. */
const litFiles = [
  '/node_modules/lit-html/lit-html.js',
  '/node_modules/lit-element/lit-element.js',
  '/node_modules/@lit/reactive-element/reactive-element.js',
  '/node_modules/@lit/reactive-element/css-tag.js',
];

async function litGlobalNames(): Promise<string[]> {
  const names = new Set<string>();
  for (const file of litFiles) {
    const code = await (await fetch(file)).text();
    const alias = /([\w$]+)\s*=\s*globalThis\b/.exec(code)?.[1];
    expect(alias, `${file} names globalThis`).to.be.a('string');
    for (const [, name] of code.matchAll(new RegExp(`(?<![\\w$.])${alias!.replace(/\$/g, '\\$')}\\.([\\w$]+)`, 'g')))
      names.add(name);
  }
  return [...names];
}

/** Every member of a document, from its prototypes: what a named element of the page shadows. */
function documentMemberNames(): string[] {
  const names = new Set<string>();
  for (let prototype = Object.getPrototypeOf(document); prototype !== Object.prototype;) {
    for (const name of Object.getOwnPropertyNames(prototype)) names.add(name);
    prototype = Object.getPrototypeOf(prototype);
  }
  return [...names];
}

/** The text of every element matching `selector` in `host`, its light DOM and its shadow roots (of any realm). */
function deepTexts(host: Element, selector: string): string[] {
  const texts: string[] = [];
  const visit = (scope: Element | ShadowRoot) => {
    for (const element of scope.querySelectorAll('*')) {
      if (element.matches(selector)) texts.push(element.textContent!.trim());
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(host);
  if (host.shadowRoot) visit(host.shadowRoot);
  return texts;
}

describe('a host page whose markup shadows every document member and every global Lit reads', () => {
  it('renders an article from JSON, with rich text, and a slotted one, with no error', async () => {
    const names = [...new Set([...documentMemberNames(), ...(await litGlobalNames())])];
    // `<img name>` shadows the document's member and, unless the window has it as its own, the global.
    const shadowing = names.map((name) => `<img name="${name}">`).join('');
    const article = await seedArticle();
    article.sections[0]!.blocks.push({ type: 'paragraph', html: 'Talks were <em>calm</em>.' });
    const frame = await hostPage(
      '',
      `<div hidden>${shadowing}</div>
      <news-article id="from-json" article='${jsonAttribute(article)}'></news-article>
      <news-article id="slotted"><h1 slot="headline">Leaders meet</h1>
        <article-section heading="Agenda"><p>Trade comes first.</p></article-section></news-article>`,
    );
    try {
      const frameDocument = frame.contentDocument!;
      // The page really shadows them: the named images stand where the methods were.
      expect(frameDocument.createElement).to.be.instanceOf(
        (frame.contentWindow as unknown as typeof globalThis).HTMLImageElement,
      );
      const byId = (id: string) => Document.prototype.getElementById.call(frameDocument, id)!;
      const record = recordOf(frame);
      const fromJson = byId('from-json');
      const rendered = await until(
        () => deepTexts(fromJson, 'em').length > 0 && deepTexts(byId('slotted'), 'h2').length > 0,
      );
      expect(record.uncaught).to.deep.equal([]);
      expect(record.consoleErrors).to.deep.equal([]);
      expect(rendered, 'both articles rendered, with the rich text').to.not.equal(undefined);
      expect(deepTexts(fromJson, 'h1')).to.deep.equal([article.headline]);
      expect(deepTexts(fromJson, 'h2')).to.include.members(seedHeadings);
      expect(deepTexts(fromJson, 'em')).to.include('calm');
      const slotted = byId('slotted');
      expect(slotted.shadowRoot!.querySelector('slot[name="headline"]')).to.not.equal(null);
      expect(deepTexts(slotted, 'h2')).to.deep.equal(['Agenda']);
    } finally {
      frame.remove();
    }
  });

  it('renders rich text when the page shadows createElement alone (DOMPurify makes no instance from its document)', async () => {
    // With `nodeType` shadowed too, DOMPurify's default instance gives up before it calls anything.
    const article = await seedArticle();
    article.sections[0]!.blocks.push({ type: 'paragraph', html: 'Talks were <em>calm</em>.' });
    const frame = await hostPage(
      '',
      `<img name="createElement" alt=""><news-article id="from-json" article='${jsonAttribute(article)}'></news-article>`,
    );
    try {
      const record = recordOf(frame);
      const fromJson = Document.prototype.getElementById.call(frame.contentDocument!, 'from-json')!;
      const rendered = await until(() => deepTexts(fromJson, 'em').length > 0 || record.consoleErrors.length > 0);
      expect(record.uncaught).to.deep.equal([]);
      expect(record.consoleErrors).to.deep.equal([]);
      expect(rendered).to.equal(true);
      expect(deepTexts(fromJson, 'em')).to.include('calm');
    } finally {
      frame.remove();
    }
  });
});
