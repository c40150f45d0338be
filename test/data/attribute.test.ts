import { expect, fixture } from '@open-wc/testing';
import { jsonAttribute } from '../../src/index.js';
import { seedArticle } from '../support/fixtures.js';
import { captureErrors, settled } from '../support/helpers.js';

/** Text that an attribute loses or breaks on if `&` or `'` is written as it is. */
const trickyText = `Q&A: the 'deal', &lt;b&gt;not bold&lt;/b&gt;, &amp; and &#39; as typed`;

describe('jsonAttribute', () => {
  it('survives a single-quoted attribute of parsed HTML unchanged', () => {
    const data = { headline: trickyText, list: ["it's", '&', '&&amp;'], nested: { quote: "'" } };
    const template = document.createElement('template');
    template.innerHTML = `<div data-json='${jsonAttribute(data)}'></div>`;
    const value = template.content.firstElementChild!.getAttribute('data-json')!;
    expect(JSON.parse(value)).to.deep.equal(data);
  });

  it('gives <news-article> the headline exactly as the data has it', async () => {
    const article = await seedArticle();
    article.headline = trickyText;
    const errors = captureErrors();
    try {
      const element = await fixture(`<news-article article='${jsonAttribute(article)}'></news-article>`);
      await settled(element);
      expect(element.shadowRoot!.querySelector('h1')!.textContent!.trim()).to.equal(trickyText);
      expect(errors.events).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });
});
