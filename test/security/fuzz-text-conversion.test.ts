import { expect } from '@open-wc/testing';
import { captureErrors, settled } from '../support/helpers.js';

describe('data that cannot be turned into text', () => {
  // JSON can give an object an own `toString` that is not a function; String() then throws.
  const cases = [
    { tag: 'article-section', attribute: 'blocks', value: '[{"type":{"toString":1}}]', field: 'blocks[0].type' },
    {
      tag: 'news-article',
      attribute: 'article',
      value: '{"headline":"Still shown","sections":[{"blocks":[{"type":{"toString":1}}]}]}',
      field: 'sections[0].blocks[0].type',
    },
  ];
  for (const { tag, attribute, value, field } of cases) {
    it(`<${tag}> reports a block type of {"toString":1} instead of throwing`, async () => {
      const errors = captureErrors();
      const element = document.createElement(tag);
      element.setAttribute(attribute, value);
      document.body.append(element);
      let thrown: unknown;
      try {
        await settled(element).catch((error: unknown) => {
          thrown = error;
        });
      } finally {
        element.remove();
        errors.restore();
      }
      expect(String(thrown ?? 'nothing'), 'the update threw').to.equal('nothing');
      expect(errors.events.map((detail) => detail.field)).to.include(field);
    });
  }
});
