/**
 * The data path `article` → parse → model → template is one pass: `<news-article>` parses the
 * article once and renders it in its own shadow root, with no second parse, validation or report.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { ArticleSection, BulletList, NewsArticle } from '../src/index.js';
import { Problems, parseNewsItems } from '../src/data/index.js';
import { loadSanitizer } from '../src/data/sanitize.js';
import { seedArticle } from './support/fixtures.js';
import { captureErrors, deepQueryAll, renderSettled, settled, visibleText } from './support/helpers.js';

type Json = Record<string, unknown>;

/** Every object and array in `value`, the value itself included. */
function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null && !found.has(value)) {
    found.add(value);
    for (const child of Object.values(value)) objectsIn(child, found);
  }
  return found;
}

/**
 * Records every own-key read of a plain object while `run` runs, through both ways a script
 * reads an own key. Parsing reads each field of the data it is given this way; the templates
 * and Lit read none.
 */
async function ownKeyReads(run: () => Promise<void>): Promise<{ target: object; key: string }[]> {
  const reads: { target: object; key: string }[] = [];
  const isPlain = (value: unknown): value is object =>
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
  const hasOwn = Object.hasOwn;
  const hasOwnProperty = Object.prototype.hasOwnProperty;
  Object.hasOwn = (target: object, key: PropertyKey) => {
    if (isPlain(target) && typeof key === 'string') reads.push({ target, key });
    return hasOwn(target, key);
  };
  Object.prototype.hasOwnProperty = function (this: object, key: PropertyKey) {
    if (isPlain(this) && typeof key === 'string') reads.push({ target: this, key });
    return hasOwnProperty.call(this, key);
  };
  try {
    await run();
  } finally {
    Object.hasOwn = hasOwn;
    Object.prototype.hasOwnProperty = hasOwnProperty;
  }
  return reads;
}

describe('parse once', () => {
  it('reads the seed article once: each field once, and nothing but the article', async () => {
    const seed = await seedArticle();
    const input = objectsIn(seed);
    let article!: NewsArticle;
    const reads = await ownKeyReads(async () => {
      article = await renderSettled<NewsArticle>(html`<news-article .article=${seed}></news-article>`);
    });

    const outsideInput = reads.filter(({ target }) => !input.has(target));
    expect(
      outsideInput.map(({ key }) => key),
      'fields read from anything but the input',
    ).to.deep.equal([]);
    // Before parsing, the element looks (own keys only) at the keys that say which chunks to load
    // (`hasLazyBlock`): those are read once by that look, once by the parser.
    const looked = ['sections', 'blocks', 'type'];
    const seen = new Map<object, string[]>();
    const again: string[] = [];
    for (const { target, key } of reads) {
      const keys = seen.get(target) ?? [];
      if (keys.filter((seenKey) => seenKey === key).length >= (looked.includes(key) ? 2 : 1)) again.push(key);
      seen.set(target, [...keys, key]);
    }
    expect(again, 'fields read twice').to.deep.equal([]);

    // The count that makes it one pass: every block object and every list item object of the
    // seed was read exactly once by the parser, the author once.
    const sections = seed.sections as { blocks: unknown[] }[];
    const blockObjects = sections.flatMap((section) => section.blocks).filter((block) => typeof block === 'object');
    const itemObjects = blockObjects.flatMap((block) =>
      ((block as Json).items as unknown[]).filter((item) => typeof item === 'object'),
    );
    // The objects that have the key and whose key was read (the look before parsing asks others too).
    const readsOf = (key: string) => [
      ...new Set(
        reads.filter((read) => read.key === key && Object.hasOwn(read.target, key)).map(({ target }) => target),
      ),
    ];
    expect(readsOf('type')).to.have.members(blockObjects);
    expect(readsOf('term')).to.have.members(itemObjects);
    expect(readsOf('name')).to.have.length(1).and.to.have.members([seed.author]);
    expect(readsOf('blocks')).to.have.members(sections);

    // …and the article shows it all.
    expect(deepQueryAll(article, '[part="article-section"]')).to.have.length(sections.length);
    expect(deepQueryAll(article, '[part="bullet-list-list"]')).to.have.length(blockObjects.length);
    expect(visibleText(article)).to.include('Supply-chain ripple effects:');
  });

  it('renders once: the JSON-LD it adds to its light DOM does not make it render again', async () => {
    const seed = await seedArticle();
    const article = document.createElement('news-article');
    let renders = 0;
    const update = article['update'].bind(article);
    Object.assign(article, {
      update(changed: Map<PropertyKey, unknown>) {
        renders += 1;
        update(changed);
      },
    });
    article.article = seed;
    document.body.append(article);
    try {
      await settled(article);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settled(article);
      expect(article.querySelector(':scope > script[type="application/ld+json"]'), 'the JSON-LD').to.exist;
      expect(renders).to.equal(1);
      // A slotted part is another matter: it is shown, so the article renders again.
      const aside = Object.assign(document.createElement('p'), { slot: 'aside', textContent: 'Slotted aside' });
      article.append(aside);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await settled(article);
      expect(renders).to.equal(2);
      expect(deepQueryAll(article, 'aside')).to.have.length(1);
    } finally {
      article.remove();
    }
  });

  it('reports a bad nested field once and its rich text once, from the article, with their paths in it', async () => {
    const errors = captureErrors();
    let article: NewsArticle;
    try {
      article = await renderSettled<NewsArticle>(html`<news-article
        .article=${{
          headline: 'One report each',
          sections: [
            {
              blocks: [
                { type: 'chart', text: 'Not a block type' },
                { type: 'paragraph', html: 'Kept <b>bold</b><script>window.__parseOnce = 1</script>' },
                { type: 'list', items: [{ text: 'Item', width: 3, items: 'not a list' }] },
              ],
            },
          ],
        }}
      ></news-article>`);
      await loadSanitizer();
      await settled(article);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      errors.restore();
    }
    expect(errors.events.map(({ element, field }) => `${element} ${field}`)).to.deep.equal([
      'news-article sections[0].blocks[0].type',
      'news-article sections[0].blocks[2].items[0].items',
      // The paragraph is the second block of the input, counting the one left out.
      'news-article sections[0].blocks[1].html',
    ]);
    expect(errors.messages).to.have.length(errors.events.length);
    expect(visibleText(article!)).to.include('Kept bold');
    expect((window as { __parseOnce?: number }).__parseOnce).to.equal(undefined);
  });

  it("reports a list item's html field once, by its path in the input, counting what was left out", async () => {
    const errors = captureErrors();
    let article: NewsArticle;
    try {
      article = await renderSettled<NewsArticle>(html`<news-article
        .article=${{
          headline: 'Paths in the input',
          sections: [
            'not a section',
            {
              blocks: [
                { type: 'chart' },
                { type: 'list', items: ['Plain', { term: 'Rich:', html: '<em>kept</em><iframe></iframe>' }] },
              ],
            },
          ],
        }}
      ></news-article>`);
      await loadSanitizer();
      await settled(article);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      errors.restore();
    }
    expect(errors.events.map(({ element, field }) => `${element} ${field}`)).to.deep.equal([
      'news-article sections[0]',
      'news-article sections[1].blocks[0].type',
      // The list is the second block of the second section of the input, not the first of the first shown.
      'news-article sections[1].blocks[1].items[1].html',
    ]);
    expect(deepQueryAll(article!, 'bullet-list'), 'no <bullet-list> that would report it again').to.have.length(0);
    expect(visibleText(article!)).to.include('Rich: kept');
  });

  it('a child given raw data parses it and reports with the paths of its own input', async () => {
    const errors = captureErrors();
    try {
      const section = await renderSettled<ArticleSection>(html`<article-section
        blocks='[{"type":"chart"},{"type":"paragraph","html":"<em>ok</em><iframe></iframe>"}]'
      ></article-section>`);
      await loadSanitizer();
      await settled(section);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(visibleText(section)).to.equal('ok');
    } finally {
      errors.restore();
    }
    expect(errors.events.map(({ element, field }) => `${element} ${field}`)).to.deep.equal([
      'article-section blocks[0].type',
      'article-section blocks[1].html',
    ]);
  });

  it('trusts a model only where the parser of that input made it', async () => {
    // News items, parsed: a model, but not of list items.
    const stories = parseNewsItems([{ headline: 'A story, not a list item' }], 'latest', new Problems());
    const errors = captureErrors();
    try {
      const list = await renderSettled<BulletList>(html`<bullet-list .items=${stories}></bullet-list>`);
      expect(visibleText(list)).to.equal('');
    } finally {
      errors.restore();
    }
    expect(errors.events.map(({ element, field }) => `${element} ${field}`)).to.deep.equal(['bullet-list items[0]']);
  });
});
