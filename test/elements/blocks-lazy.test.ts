import { expect, html } from '@open-wc/testing';
import type { NewsArticle } from '../../src/index.js';
import { kitchenSinkArticle } from '../support/blocks-fixtures.js';
import { seedArticle } from '../support/fixtures.js';
import { renderArticle } from '../support/helpers.js';

/** The requests for the v1.1 blocks' file so far (in this page, which is this file's alone). */
const blocksRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => /\/article-section\/blocks\.[jt]s/.test(entry.name));

// In this order: the first test needs a page that has not loaded the blocks yet.
describe('the v1.1 blocks load on demand', () => {
  it('are never fetched for an article without one', async () => {
    const article = await renderArticle(html`<news-article .article=${await seedArticle()}></news-article>`);
    expect(article.shadowRoot!.querySelectorAll('.article-section').length).to.be.greaterThan(0);
    expect(blocksRequests()).to.have.length(0);
  });

  it('are shown in the first render of an article that has them: nothing appears late', async () => {
    const elementClass = customElements.get('news-article')!;
    const { updated } = elementClass.prototype as unknown as { updated: (changed: unknown) => void };
    const renders: { tables: number; notes: number }[] = [];
    Object.assign(elementClass.prototype, {
      updated(this: NewsArticle, changed: unknown) {
        renders.push({
          tables: this.shadowRoot!.querySelectorAll('table').length,
          notes: this.shadowRoot!.querySelectorAll('[role="note"]').length,
        });
        updated.call(this, changed);
      },
    });
    try {
      await renderArticle(html`<news-article .article=${kitchenSinkArticle}></news-article>`);
    } finally {
      Object.assign(elementClass.prototype, { updated });
    }
    expect(blocksRequests()).to.have.length(1);
    expect(renders[0]!.tables).to.be.greaterThan(0);
    expect(renders[0]!.notes).to.be.greaterThan(0);
  });
});
