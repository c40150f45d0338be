/**
 * The `html` fields parsing meets, listed as it reads them (one pass, no second walk of the
 * data), each named as the element that renders it reports it.
 */
import { expect } from '@open-wc/testing';
import {
  Problems,
  parseArticle,
  parseBlocks,
  parseListItems,
  parsePeople,
  parsedHtmlFields,
} from '../../src/data/index.js';

describe('parsedHtmlFields', () => {
  it("lists a section's paragraphs, trimmed as parsing trims them, by their place in the input", () => {
    const blocks = parseBlocks(
      [
        'text',
        { type: 'chart' },
        { type: 'paragraph', html: '  <b>x</b> ' },
        { type: 'paragraph', html: '   ', text: 'blank html' },
        { type: 'quote', html: '<b>not a paragraph</b>', text: 'q' },
      ],
      'blocks',
      new Problems(),
    );
    expect(parsedHtmlFields(blocks)).to.deep.equal([{ field: 'blocks[2].html', markup: '<b>x</b>' }]);
  });

  it("leaves a list's items to the list, which names them from its own items, nested ones too", () => {
    const blocks = parseBlocks(
      [{ type: 'list', items: ['plain', { html: 'a', items: [{ html: 'b' }, 'c'] }] }],
      'blocks',
      new Problems(),
    );
    expect(parsedHtmlFields(blocks)).to.deep.equal([]);
    const list = blocks[0]!;
    if (list.type !== 'list') throw new Error('a list block');
    expect(parsedHtmlFields(list.items)).to.deep.equal([
      { field: 'items[1].html', markup: 'a' },
      { field: 'items[1].items[0].html', markup: 'b' },
    ]);
  });

  it('names the fields of an article from the part each element is given', () => {
    const article = parseArticle(
      { headline: 'H', sections: [{ blocks: ['x'] }, { blocks: ['y', { type: 'paragraph', html: '<i>z</i>' }] }] },
      new Problems(),
    )!;
    expect(parsedHtmlFields(article.sections[0]!.blocks)).to.deep.equal([]);
    expect(parsedHtmlFields(article.sections[1]!.blocks)).to.deep.equal([
      { field: 'blocks[1].html', markup: '<i>z</i>' },
    ]);
  });

  it('names them by their path in the input when asked, counting the sections and blocks left out', () => {
    const article = parseArticle(
      {
        headline: 'H',
        sections: [
          7,
          {
            blocks: [
              { type: 'chart' },
              { type: 'paragraph', html: 'p' },
              { type: 'list', items: ['x', { html: 'i' }] },
            ],
          },
        ],
      },
      new Problems(),
    )!;
    const [section] = article.sections;
    const list = section!.blocks[1]!;
    if (list.type !== 'list') throw new Error('a list block');
    expect(parsedHtmlFields(section!.blocks, true)).to.deep.equal([
      { field: 'sections[1].blocks[1].html', markup: 'p' },
    ]);
    expect(parsedHtmlFields(list.items, true)).to.deep.equal([
      { field: 'sections[1].blocks[2].items[1].html', markup: 'i' },
    ]);
    // As the elements name them, from what each is given.
    expect(parsedHtmlFields(list.items)).to.deep.equal([{ field: 'items[1].html', markup: 'i' }]);
    expect(parsedHtmlFields([{ html: 'raw' }], true)).to.deep.equal([]);
  });

  it('reads own keys only, and lists nothing for what no parser made', () => {
    const items = parseListItems([Object.create({ html: 'inherited' }), { html: 'own' }], 'items', new Problems());
    expect(parsedHtmlFields(items)).to.deep.equal([{ field: 'items[1].html', markup: 'own' }]);
    expect(parsedHtmlFields([{ html: 'raw' }])).to.deep.equal([]);
    expect(parsedHtmlFields(undefined)).to.deep.equal([]);
    expect(parsedHtmlFields(parsePeople([{ name: 'N' }], 'author', new Problems()))).to.deep.equal([]);
  });

  it('gives back a parsed model as it is, with nothing to report', () => {
    const problems = new Problems();
    const blocks = parseBlocks([{ type: 'paragraph', html: '<b>x</b>' }], 'blocks', problems);
    const again = new Problems();
    expect(parseBlocks(blocks, 'blocks', again)).to.equal(blocks);
    expect(again.list).to.deep.equal([]);
    const items = parseListItems(['a'], 'items', problems);
    expect(parseListItems(items, 'items', again)).to.equal(items);
    // A copy is data again: read, and checked, afresh.
    expect(parseBlocks(structuredClone(blocks), 'blocks', again)).to.not.equal(blocks);
  });
});
