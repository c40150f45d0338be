import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LatestNews } from '../src/index.js';
import { elements } from '../src/elements.js';
import { heading } from '../src/shared/heading.js';
import { NewsElement } from '../src/shared/news-element.js';
import { hasOwnContent } from '../src/shared/slot-controller.js';
import { loadSanitizer } from '../src/data/sanitize.js';
import { textOfHtml } from '../src/shared/rich-text.js';
import { captureErrors, deepQueryAll, settled, visibleText } from './support/helpers.js';
import { itWithMediaEmulation } from './support/engines.js';

/** The elements that format dates or names, and so take `locale` and `time-zone`. */
const localeTags = elements
  .filter((element) => element.observedAttributes.includes('locale'))
  .map((element) => element.tagName);

/** An element whose template fails while `broken` is set. */
class FragileElement extends NewsElement {
  @property({ type: Boolean }) broken = false;

  protected renderContent(): TemplateResult {
    if (this.broken) throw new Error('template exploded');
    return html`<p part="content">Own rendering</p>`;
  }
}
customElements.define('base-test-fragile', FragileElement);

/** Renders `element`, with `news-error` events and console messages recorded. */
async function withErrors<E extends HTMLElement>(create: () => Promise<E>) {
  const errors = captureErrors();
  try {
    const element = await create();
    await settled(element);
    return { element, events: errors.events, messages: errors.messages };
  } finally {
    errors.restore();
  }
}

describe('a render that throws', () => {
  it('is reported as a news-error with field "render" and one console message, and shows the slotted content', async () => {
    // A throw out of the update would reject `updateComplete`, which `settled` awaits.
    const result = await withErrors(() =>
      fixture<FragileElement>(html`<base-test-fragile broken><p>Slotted fallback</p></base-test-fragile>`),
    );
    expect(result.events).to.have.length(1);
    expect(result.events[0]).to.include({ element: 'base-test-fragile', field: 'render' });
    expect(result.events[0]!.reason).to.include('template exploded');
    expect(result.messages).to.have.length(1);
    expect(result.messages[0]).to.include('<base-test-fragile>');
    expect(visibleText(result.element)).to.equal('Slotted fallback');
  });

  it('keeps named-slot content on screen too, and names a thrown non-Error', async () => {
    class StrangeFailure extends NewsElement {
      protected renderContent(): TemplateResult {
        throw 'plain string';
      }
    }
    customElements.define('base-test-strange', StrangeFailure);
    const result = await withErrors(() =>
      fixture<HTMLElement>(
        html`<base-test-strange><h1 slot="headline">Named headline</h1><p slot="">Default body</p></base-test-strange>`,
      ),
    );
    expect(result.events[0]!.reason).to.include('plain string');
    expect(visibleText(result.element)).to.equal('Named headline Default body');
  });

  it('recovers on the next render that succeeds, and fails again without taking the page down', async () => {
    const element = await fixture<FragileElement>(html`<base-test-fragile><p>Slotted fallback</p></base-test-fragile>`);
    expect(visibleText(element)).to.equal('Own rendering');

    const errors = captureErrors();
    try {
      element.broken = true;
      await settled(element);
    } finally {
      errors.restore();
    }
    expect(errors.events.map((detail) => detail.field)).to.deep.equal(['render']);
    expect(visibleText(element)).to.equal('Slotted fallback');

    element.broken = false;
    await settled(element);
    expect(visibleText(element)).to.equal('Own rendering');
  });
});

describe('locale and time-zone attributes', () => {
  for (const tag of localeTags) {
    it(`<${tag}> reports a bad locale and a bad time zone, once each`, async () => {
      const { element, events, messages } = await withErrors(() =>
        fixture<HTMLElement>(`<${tag} locale="not a locale!" time-zone="Mars/Olympus_Mons"></${tag}>`),
      );
      const settingsEvents = events.filter((detail) => detail.field === 'locale' || detail.field === 'time-zone');
      expect(settingsEvents.map((detail) => detail.field)).to.deep.equal(['locale', 'time-zone']);
      expect(settingsEvents.every((detail) => detail.element === tag)).to.equal(true);
      expect(settingsEvents[0]!.reason).to.include('not a locale!');
      expect(settingsEvents[1]!.reason).to.include('Mars/Olympus_Mons');
      expect(messages).to.have.length(events.length);
      expect(messages.filter((message) => message.startsWith(`<${tag}>: locale`))).to.have.length(1);
      expect(messages.filter((message) => message.startsWith(`<${tag}>: time-zone`))).to.have.length(1);

      // A later render for another reason does not report the same settings again.
      const again = captureErrors();
      try {
        element.setAttribute('theme', 'dark');
        await settled(element);
      } finally {
        again.restore();
      }
      expect(again.events).to.deep.equal([]);
    });
  }

  const instant = '2024-03-05T23:30:00Z';
  const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // A zone whose date differs from the reader's at `instant`, so that using it shows.
  const otherZone = readerZone === 'Pacific/Kiritimati' ? 'America/Los_Angeles' : 'Pacific/Kiritimati';

  /** The time shown for a story published at `instant`, in a page whose language is German. */
  async function shownTime(attributes: Record<string, string>): Promise<string> {
    const page = await fixture<HTMLElement>(html`<div lang="de"><latest-news></latest-news></div>`);
    const latest = page.querySelector<LatestNews>('latest-news')!;
    for (const [name, value] of Object.entries(attributes)) latest.setAttribute(name, value);
    latest.items = [{ headline: 'Story', url: 'https://example.com/story', datePublished: instant }];
    await settled(latest);
    return latest.shadowRoot!.querySelector('time')!.textContent!.trim();
  }

  it('a bad locale falls back to the page language; a good one is used', async () => {
    const expected = new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(new Date(instant));
    const errors = captureErrors();
    let withBadLocale: string;
    try {
      withBadLocale = await shownTime({ locale: 'not a locale!' });
    } finally {
      errors.restore();
    }
    expect(errors.events.map((detail) => detail.field)).to.deep.equal(['locale']);
    expect(withBadLocale).to.equal(expected);
    expect(await shownTime({})).to.equal(expected);
    expect(await shownTime({ locale: 'fr' })).to.equal(
      new Intl.DateTimeFormat('fr', { dateStyle: 'medium' }).format(new Date(instant)),
    );
  });

  it("a bad time zone falls back to the reader's zone; a good one is used", async () => {
    const inZone = (timeZone?: string) =>
      new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeZone }).format(new Date(instant));
    const errors = captureErrors();
    let withBadZone: string;
    try {
      withBadZone = await shownTime({ 'time-zone': 'Mars/Olympus_Mons' });
    } finally {
      errors.restore();
    }
    expect(errors.events.map((detail) => detail.field)).to.deep.equal(['time-zone']);
    expect(withBadZone).to.equal(inZone(undefined));
    expect(await shownTime({ 'time-zone': otherZone })).to.equal(inZone(otherZone));
    expect(inZone(otherZone)).to.not.equal(inZone(undefined));
  });
});

describe('theme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  /** Relative luminance-like brightness of a computed `rgb()` colour, 0–255. */
  const brightness = (color: string): number => {
    const [red, green, blue] = color.match(/[\d.]+/g)!.map(Number) as [number, number, number];
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  };

  async function colours(markup: string, tag: string) {
    const page = await fixture<HTMLElement>(markup);
    const element = page.localName === tag ? page : page.querySelector(tag)!;
    await settled(element);
    const style = getComputedStyle(element);
    return { scheme: style.colorScheme, text: style.color, background: style.backgroundColor };
  }

  it('theme="dark" and theme="light" set color-scheme and the colours', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const dark = await colours('<news-article theme="dark"></news-article>', 'news-article');
    const light = await colours('<news-article theme="light"></news-article>', 'news-article');
    expect(dark.scheme).to.equal('dark');
    expect(light.scheme).to.equal('light');
    expect(brightness(dark.background)).to.be.lessThan(60);
    expect(brightness(dark.text)).to.be.greaterThan(180);
    expect(brightness(light.background)).to.be.greaterThan(200);
    expect(brightness(light.text)).to.be.lessThan(60);
  });

  itWithMediaEmulation('theme="light" wins over a dark preference, and theme="dark" over a light one', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await colours('<latest-news theme="light"></latest-news>', 'latest-news');
    await emulateMedia({ colorScheme: 'light' });
    const dark = await colours('<latest-news theme="dark"></latest-news>', 'latest-news');
    expect(light.scheme).to.equal('light');
    expect(dark.scheme).to.equal('dark');
    expect(brightness(light.text)).to.be.lessThan(60);
    expect(brightness(dark.text)).to.be.greaterThan(180);
  });

  itWithMediaEmulation('theme="auto" follows the reader\'s preference', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const dark = await colours('<latest-news theme="auto"></latest-news>', 'latest-news');
    await emulateMedia({ colorScheme: 'light' });
    const light = await colours('<latest-news theme="auto"></latest-news>', 'latest-news');
    expect(brightness(dark.text)).to.be.greaterThan(180);
    expect(brightness(light.text)).to.be.lessThan(60);
  });

  it('reference colours set on an ancestor reach the light and the dark scheme', async () => {
    const tokens = '--news-ref-color-neutral-10: rgb(1, 2, 3); --news-ref-color-night-94: rgb(250, 240, 230)';
    const light = await colours(
      `<div style="${tokens}"><latest-news theme="light"></latest-news></div>`,
      'latest-news',
    );
    const dark = await colours(`<div style="${tokens}"><latest-news theme="dark"></latest-news></div>`, 'latest-news');
    expect(light.text).to.equal('rgb(1, 2, 3)');
    expect(dark.text).to.equal('rgb(250, 240, 230)');
  });

  it('without theme, an element follows the scheme of the page around it', async () => {
    const inDark = await colours('<div style="color-scheme: dark"><latest-news></latest-news></div>', 'latest-news');
    const inLight = await colours('<div style="color-scheme: light"><latest-news></latest-news></div>', 'latest-news');
    expect(brightness(inDark.text)).to.be.greaterThan(180);
    expect(brightness(inLight.text)).to.be.lessThan(60);
  });
});

describe('heading()', () => {
  function renderHeading(level: number, options: { id?: string; part: string; className?: string }): HTMLElement {
    const container = document.createElement('div');
    render(heading(level, 'Title', options), container);
    return container.firstElementChild as HTMLElement;
  }

  for (const level of [2, 3, 4, 5, 6]) {
    it(`renders an h${level} for level ${level}`, () => {
      const element = renderHeading(level, { part: 'label' });
      expect(element.localName).to.equal(`h${level}`);
      expect(element.textContent!.trim()).to.equal('Title');
    });
  }

  const outOfRange: [number, string][] = [
    [1, 'h2'],
    [0, 'h2'],
    [-4, 'h2'],
    [7, 'h6'],
    [42, 'h6'],
    [3.4, 'h3'],
    [Number.NaN, 'h2'],
    [Number.POSITIVE_INFINITY, 'h2'],
  ];
  for (const [level, tag] of outOfRange) {
    it(`clamps level ${level} to ${tag}`, () => {
      expect(renderHeading(level, { part: 'label' }).localName).to.equal(tag);
    });
  }

  it('sets id, part and class only when given', () => {
    const full = renderHeading(3, { id: 'about', part: 'label', className: 'label' });
    expect([full.id, full.getAttribute('part'), full.className]).to.deep.equal(['about', 'label', 'label']);
    const bare = renderHeading(3, { part: 'label' });
    expect(bare.hasAttribute('id')).to.equal(false);
    expect(bare.hasAttribute('class')).to.equal(false);
  });

  it('an element given an out-of-range level shows the nearest heading level', async () => {
    const deep = await fixture<LatestNews>(html`<latest-news level="9"></latest-news>`);
    const shallow = await fixture<LatestNews>(html`<latest-news level="1"></latest-news>`);
    expect(deep.shadowRoot!.querySelector('[part="label"]')!.localName).to.equal('h6');
    expect(shallow.shadowRoot!.querySelector('[part="label"]')!.localName).to.equal('h2');
  });
});

describe('rich text', () => {
  const probe = () => (window as unknown as { richTextProbe?: number }).richTextProbe;
  afterEach(() => delete (window as unknown as { richTextProbe?: number }).richTextProbe);

  it('keeps only the text of the markup', () => {
    expect(textOfHtml('<b>Bold</b> and <a href="https://example.com">a link</a>')).to.equal('Bold and a link');
    expect(textOfHtml('5 &lt; 6 &amp;&amp; <em>true</em>')).to.equal('5 < 6 && true');
    expect(textOfHtml('')).to.equal('');
  });

  it('drops the code of scripts and styles rather than showing it as text', () => {
    const text = textOfHtml(
      'Before<script>window.richTextProbe = 1</script><style>p { color: red }</style><noscript>Enable JavaScript</noscript> after',
    );
    expect(text).to.equal('Before after');
  });

  it('never runs a script or loads an image, and creates no element in the page', async () => {
    const imageUrl = `/rich-text-probe-${Date.now()}.png`;
    const observed: Node[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((record) => observed.push(...record.addedNodes)),
    );
    observer.observe(document, { childList: true, subtree: true });
    const text = textOfHtml(
      `<img src="${imageUrl}" onerror="window.richTextProbe = 2">Caption<script>window.richTextProbe = 3</script>` +
        '<svg><animate onbegin="window.richTextProbe = 4" attributeName="x" dur="1s"></animate></svg>',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    expect(text).to.equal('Caption');
    expect(probe()).to.equal(undefined);
    expect(observed).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes(imageUrl))).to.equal(false);
  });

  it('a rendered html field keeps its inline formatting and none of its active content', async () => {
    const errors = captureErrors();
    let list: HTMLElement;
    try {
      list = await fixture<HTMLElement>(html`<bullet-list
        .items=${[{ html: 'Safe <img src="x" onerror="window.richTextProbe = 5"><b>text</b> &lt;i&gt;literal&lt;/i&gt;' }]}
      ></bullet-list>`);
      await loadSanitizer();
      await settled(list);
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      errors.restore();
    }
    expect(visibleText(list)).to.equal('Safe text <i>literal</i>');
    expect(deepQueryAll(list, 'b').map((bold) => bold.textContent)).to.deep.equal(['text']);
    expect(deepQueryAll(list, 'img, i')).to.deep.equal([]);
    expect(probe()).to.equal(undefined);
    expect(errors.events.map(({ field }) => field)).to.deep.equal(['items[0].html']);
  });
});

describe('hasOwnContent', () => {
  const host = (markup: string) => {
    const element = document.createElement('div');
    element.innerHTML = markup;
    return element;
  };

  it('ignores whitespace, comments and named-slot children', () => {
    expect(hasOwnContent(host(''))).to.equal(false);
    expect(hasOwnContent(host('\n   \t\n'))).to.equal(false);
    expect(hasOwnContent(host(' <!-- note --> '))).to.equal(false);
    expect(hasOwnContent(host('\n<span slot="headline">Named</span>\n<p slot="byline">By</p> '))).to.equal(false);
  });

  it('counts text and elements meant for the default slot', () => {
    expect(hasOwnContent(host('Text'))).to.equal(true);
    expect(hasOwnContent(host('  <span></span>  '))).to.equal(true);
    expect(hasOwnContent(host('<span slot="headline">Named</span> and text'))).to.equal(true);
    expect(hasOwnContent(host('<p slot="">The default slot, named empty</p>'))).to.equal(true);
  });

  it('decides whether an element shows its own default content', async () => {
    const withNamedOnly = await fixture<LatestNews>('<latest-news>\n  <span slot="other">Named</span>\n</latest-news>');
    const withOwn = await fixture<LatestNews>('<latest-news>\n  <p>My own story list</p>\n</latest-news>');
    await settled(withNamedOnly);
    await settled(withOwn);
    expect(visibleText(withNamedOnly)).to.include('No recent stories.');
    expect(visibleText(withOwn)).to.include('My own story list');
    expect(visibleText(withOwn)).to.not.include('No recent stories.');
  });

  it('follows content added after the first render', async () => {
    const latest = await fixture<LatestNews>('<latest-news> </latest-news>');
    expect(visibleText(latest)).to.include('No recent stories.');
    latest.append(Object.assign(document.createElement('p'), { textContent: 'Added later' }));
    await settled(latest);
    expect(visibleText(latest)).to.include('Added later');
    expect(visibleText(latest)).to.not.include('No recent stories.');
  });
});

describe('parseInput', () => {
  /** An element whose parser fails on any value, as a parser bug would. */
  class BrittleParser extends NewsElement {
    @property() data?: string;
    parsed: string[] = [];

    protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
      super.willUpdate(changed as never);
      this.parsed = this.parseInput(
        this.data,
        'data',
        (value) => {
          if (value !== undefined) throw new TypeError('Cannot convert object to primitive value');
          return [];
        },
        [],
      );
    }

    protected renderContent(): TemplateResult {
      return html`<p>${this.parsed.length} items</p>`;
    }
  }
  customElements.define('base-test-brittle', BrittleParser);

  it('turns a parser that throws into a news-error for that input, and still renders', async () => {
    const result = await withErrors(() =>
      fixture<BrittleParser>(html`<base-test-brittle data='["a"]'></base-test-brittle>`),
    );
    expect(result.events).to.have.length(1);
    expect(result.events[0]).to.include({ element: 'base-test-brittle', field: 'data' });
    expect(result.events[0]!.reason).to.include('Cannot convert object to primitive value');
    expect(visibleText(result.element)).to.equal('0 items');
  });
});
