/**
 * The cache of sanitised markup is bounded (1,000,000 characters of markup, least recently
 * used out first), so a page that shows ever new `html` fields does not keep them all; an element
 * keeps the results for the data it shows, so however much rich text it has, all of it stays rich.
 * scripts/check-memory.mjs measures the heap this leaves behind.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleSection } from '../../src/index.js';
import { loadSanitizer, sanitizedIfReady } from '../../src/data/sanitize.js';
import { settled } from '../support/helpers.js';

/** The cache's bound, in characters of markup, as README states it (and src/data/html-sanitizer.ts sets it). */
const cacheLimit = 1_000_000;
/** What each entry counts as at least. */
const minimumEntrySize = 1_000;

/** About `size` characters of rich text, unique by `id`. */
function longField(id: string, size = 50_000): string {
  const sentence = `Field ${id}: talks were <em>calm</em> and <a href="/talks">long</a>. `;
  return sentence.repeat(Math.ceil(size / sentence.length));
}

describe('the cache of sanitised markup', () => {
  it(`keeps at most ${cacheLimit.toLocaleString('en')} characters of markup, the most recently used`, async () => {
    const sanitize = await loadSanitizer();
    const run = Math.random().toString(36).slice(2);
    const fields = Array.from({ length: 25 }, (_, index) => longField(`${run}-${index}`));
    const first = fields[0]!;
    for (const field of fields) {
      sanitize(field);
      // The first field is used again and again: it stays.
      sanitize(first);
    }
    const kept = fields.filter((field) => sanitizedIfReady(field));
    expect(kept.reduce((total, field) => total + field.length, 0)).to.be.at.most(cacheLimit);
    expect(kept.length, 'fields kept').to.be.at.least(10);
    expect(sanitizedIfReady(first), 'the field used most recently').to.exist;
    expect(sanitizedIfReady(fields[24]!), 'the newest field').to.exist;
    expect(sanitizedIfReady(fields[1]!), 'the oldest field not used since').to.equal(undefined);
  });

  it('an element with more rich text than the cache holds shows all of it rich', async () => {
    // More markup than the cache holds, in fewer fields than the 1,000 blocks an element shows:
    // 600 fields of about twice `minimumEntrySize`.
    const run = Math.random().toString(36).slice(2);
    const count = 600;
    const padding = ' and long'.repeat((2 * minimumEntrySize) / 9);
    const blocks = Array.from({ length: count }, (_, index) => ({
      type: 'paragraph' as const,
      html: `Paragraph ${run}-${index} was <em>calm</em>${padding}.`,
    }));
    expect(blocks.reduce((total, block) => total + block.html.length, 0)).to.be.above(cacheLimit);
    const element = await fixture<ArticleSection>(html`<article-section .blocks=${blocks}></article-section>`);
    await loadSanitizer();
    await settled(element);
    const paragraphs = Array.from(element.shadowRoot!.querySelectorAll('p'));
    expect(paragraphs).to.have.length(count);
    const plain = paragraphs.filter((paragraph) => !paragraph.querySelector('em'));
    expect(plain.length, 'paragraphs shown as plain text').to.equal(0);
    expect(sanitizedIfReady(blocks[0]!.html), 'the first field, out of the cache').to.equal(undefined);
    // Rendered again, it still shows every paragraph rich, from its own results.
    element.requestUpdate();
    await settled(element);
    expect(element.shadowRoot!.querySelectorAll('p > em').length).to.be.at.least(count);
  });
});
