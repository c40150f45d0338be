import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { NewsArticle, SkipLink } from '../../src/index.js';
import type { SkipTarget } from '../../src/shared/skip-target.js';
import { seedArticle } from '../support/fixtures.js';
import { captureErrors, settled, visibleText } from '../support/helpers.js';
import { itWithMediaEmulation } from '../support/engines.js';

const linkOf = (skipLink: SkipLink): HTMLAnchorElement => skipLink.shadowRoot!.querySelector('a')!;

const skipLinkOf = (article: NewsArticle): SkipLink => article.shadowRoot!.querySelector('skip-link')!;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** How far `element` sits below the top of the viewport, less the room its `scroll-margin` asks for. */
const offsetFromTop = (element: Element): number =>
  element.getBoundingClientRect().top - parseFloat(getComputedStyle(element).scrollMarginTop);

/** Waits (up to `timeout` ms) for a smooth scroll to bring `element` to the top of the viewport. */
async function offsetOnceScrolled(element: Element, timeout = 3000): Promise<number> {
  const start = performance.now();
  let offset = offsetFromTop(element);
  while (Math.abs(offset) > 1 && performance.now() - start < timeout) {
    await nextFrame();
    offset = offsetFromTop(element);
  }
  return offset;
}

function expectVisuallyHidden(link: HTMLElement): void {
  const box = link.getBoundingClientRect();
  expect(box.width, 'hidden width').to.be.at.most(1);
  expect(box.height, 'hidden height').to.be.at.most(1);
  expect(getComputedStyle(link).clipPath, 'clipped').to.not.equal('none');
}

function expectOnScreen(skipLink: SkipLink): void {
  const link = linkOf(skipLink);
  const box = link.getBoundingClientRect();
  expect(box.width, 'focused width').to.be.greaterThan(40);
  expect(box.height, 'focused height').to.be.greaterThan(15);
  expect(box.top).to.be.at.least(0);
  expect(box.left).to.be.at.least(0);
  expect(box.bottom).to.be.at.most(innerHeight);
  expect(box.right).to.be.at.most(innerWidth);
  expect(getComputedStyle(link).clipPath).to.equal('none');
  // Nothing covers it: the point at its centre belongs to the link.
  const hit = skipLink.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit === link || link.contains(hit)).to.equal(true);
}

/** A page whose article starts far below the fold, with a button to Tab from. */
async function articlePage(): Promise<{ before: HTMLButtonElement; article: NewsArticle }> {
  const data = await seedArticle();
  const page = await fixture<HTMLElement>(html`<div>
    <button>Before</button>
    <div style="height: 2500px"></div>
    <news-article .article=${data}></news-article>
    <div style="height: 2500px"></div>
  </div>`);
  await settled(page);
  return { before: page.querySelector('button')!, article: page.querySelector('news-article')! };
}

afterEach(async () => {
  await emulateMedia({ reducedMotion: 'no-preference' });
  scrollTo(0, 0);
});

/**
 * What activation does loads on a link's first focus or pointer (a reader Tabs to the link before
 * pressing Enter). The tests below click without focusing first, so the page has it in before them,
 * as it would after a reader's first Tab; the test of a click that comes first is in
 * news-article-header.test.ts.
 */
before(async () => {
  const skipLink = document.createElement('skip-link');
  document.body.append(skipLink);
  await skipLink.updateComplete;
  linkOf(skipLink).focus();
  await import('../../src/skip-link/skip.js');
  await new Promise((resolve) => setTimeout(resolve));
  skipLink.remove();
});

describe('<skip-link> visibility', () => {
  it('is visually hidden until focused, and passes axe', async () => {
    const skipLink = await fixture<SkipLink>(html`<skip-link></skip-link>`);
    expectVisuallyHidden(linkOf(skipLink));
    await expect(skipLink).to.be.accessible();
  });

  it('appears on screen when keyboard focus reaches it, and passes axe', async () => {
    const page = await fixture<HTMLElement>(html`<div><button>Before</button><skip-link></skip-link></div>`);
    const skipLink = page.querySelector('skip-link')!;
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(skipLink);
    expect(skipLink.shadowRoot!.activeElement).to.equal(linkOf(skipLink));
    expectOnScreen(skipLink);
    await expect(skipLink).to.be.accessible();

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement).to.equal(page.querySelector('button'));
    expectVisuallyHidden(linkOf(skipLink));
  });
});

describe('<skip-link> label', () => {
  it('reads "Skip to content" by default', async () => {
    const skipLink = await fixture<SkipLink>(html`<skip-link></skip-link>`);
    expect(visibleText(skipLink)).to.equal('Skip to content');
  });

  it('uses its slotted text instead', async () => {
    const skipLink = await fixture<SkipLink>(html`<skip-link>Aller au contenu</skip-link>`);
    expect(visibleText(skipLink)).to.equal('Aller au contenu');
    expect(linkOf(skipLink).querySelector('slot')!.assignedNodes()[0]!.textContent).to.equal('Aller au contenu');
  });

  it('keeps the default label when the slotted content is only whitespace', async () => {
    const skipLink = await fixture<SkipLink>('<skip-link>\n   \n</skip-link>');
    await settled(skipLink);
    expect(visibleText(skipLink)).to.equal('Skip to content');
    await expect(skipLink).to.be.accessible();
  });

  it('follows text slotted after the first render', async () => {
    const skipLink = await fixture<SkipLink>(html`<skip-link></skip-link>`);
    skipLink.append('Zum Inhalt springen');
    await settled(skipLink);
    expect(visibleText(skipLink)).to.equal('Zum Inhalt springen');
    skipLink.replaceChildren();
    await settled(skipLink);
    expect(visibleText(skipLink)).to.equal('Skip to content');
  });

  it("uses the article's skipToContent label inside <news-article>, and follows changes to it", async () => {
    const article = await fixture<NewsArticle>(
      `<news-article labels='{"skipToContent":"Langkau ke kandungan"}'></news-article>`,
    );
    await settled(article);
    expect(visibleText(skipLinkOf(article))).to.equal('Langkau ke kandungan');

    article.labels = { skipToContent: 'Aller au contenu' };
    await settled(article);
    expect(visibleText(skipLinkOf(article))).to.equal('Aller au contenu');
  });
});

describe('<skip-link> inside <news-article>', () => {
  it('is the first focusable element of the article', async () => {
    const { before, article } = await articlePage();
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(article);
    const skipLink = skipLinkOf(article);
    expect(article.shadowRoot!.activeElement).to.equal(skipLink);
    expect(skipLink.shadowRoot!.activeElement).to.equal(linkOf(skipLink));
    expectOnScreen(skipLink);
  });

  it("Enter moves focus to the article's main content inside its shadow root and scrolls it into view", async () => {
    const { before, article } = await articlePage();
    const content = article.skipTarget!;
    expect(content, 'skipTarget').to.be.instanceOf(HTMLElement);
    // The content is out of reach of a fragment link: it lives in the article's shadow root.
    expect(content.getRootNode()).to.equal(article.shadowRoot);

    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(content.getBoundingClientRect().top, 'not yet at the top').to.be.greaterThan(100);
    await sendKeys({ press: 'Enter' });

    expect(document.activeElement).to.equal(article);
    expect(article.shadowRoot!.activeElement).to.equal(content);
    expect(Math.abs(await offsetOnceScrolled(content))).to.be.at.most(1);
    expect(location.hash, 'no navigation to a fragment').to.equal('');
  });

  itWithMediaEmulation('jumps without animation when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { before, article } = await articlePage();
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(article.shadowRoot!.activeElement).to.equal(article.skipTarget);
    expect(Math.abs(offsetFromTop(article.skipTarget!))).to.be.at.most(1);
  });
});

describe('<skip-link> standalone', () => {
  it('without a target, skips into the first <news-article> on the page', async () => {
    const data = await seedArticle();
    const page = await fixture<HTMLElement>(html`<div>
      <button>Before</button>
      <skip-link></skip-link>
      <div style="height: 2500px"></div>
      <news-article .article=${data}></news-article>
      <news-article .article=${data}></news-article>
    </div>`);
    await settled(page);
    const [first] = page.querySelectorAll('news-article');
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(page.querySelector('skip-link'));
    expectOnScreen(page.querySelector('skip-link')!);
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(first);
    expect(first!.shadowRoot!.activeElement).to.equal(first!.skipTarget);
    expect(Math.abs(await offsetOnceScrolled(first!.skipTarget!))).to.be.at.most(1);
  });

  it('with target, focuses that element of the host page, making it focusable first', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <button>Before</button>
      <skip-link target="main-id"></skip-link>
      <div style="height: 2500px"></div>
      <main id="main-id"><p>Host content</p></main>
      <div style="height: 2500px"></div>
    </div>`);
    const main = page.querySelector('main')!;
    expect(main.hasAttribute('tabindex')).to.equal(false);
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    expect(Math.abs(await offsetOnceScrolled(main))).to.be.at.most(1);
    expect(location.hash, 'no navigation to a fragment').to.equal('');
  });

  it('leaves the tabindex of a target that is already focusable alone', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <skip-link target="search"></skip-link>
      <input id="search" aria-label="Search" />
      <section id="panel" tabindex="0" aria-label="Panel"></section>
    </div>`);
    const skipLink = page.querySelector('skip-link')!;
    linkOf(skipLink).click();
    expect(document.activeElement).to.equal(page.querySelector('#search'));
    expect(page.querySelector('#search')!.hasAttribute('tabindex')).to.equal(false);

    skipLink.target = 'panel';
    await skipLink.updateComplete;
    linkOf(skipLink).click();
    expect(document.activeElement).to.equal(page.querySelector('#panel'));
    expect(page.querySelector('#panel')!.getAttribute('tabindex')).to.equal('0');
  });

  it('works with a click as well as with Enter', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <skip-link target="main-id"></skip-link>
      <main id="main-id"><p>Host content</p></main>
    </div>`);
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    linkOf(page.querySelector('skip-link')!).dispatchEvent(click);
    expect(click.defaultPrevented, 'the fragment navigation is replaced').to.equal(true);
    expect(document.activeElement).to.equal(page.querySelector('main'));
  });

  it('reports a target that names no element with one news-error and one console message, without throwing', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <button>Before</button>
      <skip-link target="nowhere"></skip-link>
    </div>`);
    const skipLink = page.querySelector('skip-link')!;
    const seen: Event[] = [];
    page.addEventListener('news-error', (event) => seen.push(event));
    const uncaught: ErrorEvent[] = [];
    const onUncaught = (event: ErrorEvent) => uncaught.push(event);
    window.addEventListener('error', onUncaught);
    const errors = captureErrors();
    try {
      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
    } finally {
      errors.restore();
      window.removeEventListener('error', onUncaught);
    }
    expect(errors.events).to.have.length(1);
    expect(errors.events[0]!.element).to.equal('skip-link');
    expect(errors.events[0]!.field).to.equal('target');
    expect(errors.events[0]!.reason).to.include('nowhere');
    expect(errors.messages).to.have.length(1);
    expect(errors.messages[0]).to.include('<skip-link>');
    expect(seen).to.have.length(1);
    expect(uncaught).to.have.length(0);
    expect(document.activeElement, 'focus stays on the link').to.equal(skipLink);
  });

  it('reports that there is nothing to skip to when there is no target and no <news-article>', async () => {
    const skipLink = await fixture<SkipLink>(html`<skip-link></skip-link>`);
    const errors = captureErrors();
    try {
      linkOf(skipLink).click();
    } finally {
      errors.restore();
    }
    expect(errors.events.map((detail) => detail.field)).to.deep.equal(['target']);
    expect(errors.events[0]!.reason).to.include('<news-article>');
    expect(errors.messages).to.have.length(1);
  });
});

/** A host page component with its content in a shadow root, exposing it as a skip target. */
class ShadowPage extends HTMLElement implements SkipTarget {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `
      <skip-link></skip-link>
      <skip-link target="local" data-local></skip-link>
      <nav><a href="#elsewhere">Elsewhere</a></nav>
      <main id="local"><p>Shadow content</p></main>`;
  }
  get skipTarget(): HTMLElement | null {
    return this.shadowRoot!.querySelector('main');
  }
}
customElements.define('skip-link-shadow-page', ShadowPage);

describe('<skip-link> and shadow roots', () => {
  it('reaches content inside a shadow root, where a fragment link cannot', async () => {
    const host = await fixture<ShadowPage>(html`<skip-link-shadow-page></skip-link-shadow-page>`);
    const main = host.skipTarget!;
    // A `#local` fragment resolves against the document, which cannot see into the shadow root.
    expect(document.getElementById('local')).to.equal(null);

    const skipLink = host.shadowRoot!.querySelector('skip-link')!;
    await skipLink.updateComplete;
    linkOf(skipLink).focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(host);
    expect(host.shadowRoot!.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
  });

  it('finds a named target in its own shadow root', async () => {
    const host = await fixture<ShadowPage>(html`<skip-link-shadow-page></skip-link-shadow-page>`);
    const skipLink = host.shadowRoot!.querySelector<SkipLink>('skip-link[data-local]')!;
    await skipLink.updateComplete;
    linkOf(skipLink).click();
    expect(host.shadowRoot!.activeElement).to.equal(host.shadowRoot!.querySelector('main'));
  });

  it('a skip link slotted into <news-article> skips into that article, not the first one', async () => {
    const data = await seedArticle();
    const page = await fixture<HTMLElement>(html`<div>
      <news-article .article=${data}></news-article>
      <news-article .article=${data}><skip-link></skip-link></news-article>
    </div>`);
    await settled(page);
    const second = page.querySelectorAll('news-article')[1]!;
    linkOf(second.querySelector('skip-link')!).click();
    expect(document.activeElement).to.equal(second);
    expect(second.shadowRoot!.activeElement).to.equal(second.skipTarget);
  });
});
