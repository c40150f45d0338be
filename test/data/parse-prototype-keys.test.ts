import { expect } from '@open-wc/testing';
import { Problems, parseArticle, parseLabels, readJson } from '../../src/data/index.js';
import { parse } from '../support/parsing.js';

describe('prototype keys in data', () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeBefore);
    expect(({} as Record<string, unknown>).headline).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('ignores __proto__ and constructor keys from JSON and leaves Object.prototype unchanged', () => {
    const problems = new Problems();
    const data = readJson(
      `{
        "__proto__": { "polluted": true, "headline": "From the prototype" },
        "constructor": { "prototype": { "polluted": true } },
        "headline": "Real",
        "author": { "name": "Siti", "__proto__": { "url": "javascript:alert(1)" } },
        "sections": [{ "blocks": [{ "type": "list", "items": [{ "__proto__": { "text": "x" }, "text": "Item" }] }] }]
      }`,
      'article',
      problems,
    );
    const article = parseArticle(data, problems);
    expect(problems.list).to.deep.equal([]);
    expect(article!.headline).to.equal('Real');
    expect(article!.author[0]!.url).to.equal(undefined);
    expect(article!.sections[0]!.blocks[0]).to.deep.equal({
      type: 'list',
      ordered: false,
      items: [{ term: undefined, text: 'Item', html: undefined, items: [] }],
    });
    expect(Object.getPrototypeOf(article)).to.equal(null);
  });

  it('never reads a field through an object’s prototype', () => {
    const problems = new Problems();
    const inherited = Object.create({ headline: 'Inherited', sections: [{ blocks: ['Inherited'] }] }) as Record<
      string,
      unknown
    >;
    inherited.description = 'Own';
    const article = parseArticle(inherited, problems);
    expect(article!.headline).to.equal(undefined);
    expect(article!.sections).to.deep.equal([]);
    expect(article!.description).to.equal('Own');
  });

  it('treats a block type of "constructor" or "toString" as unknown', () => {
    const { problems } = parse({
      headline: 'H',
      sections: [{ blocks: [{ type: 'constructor' }, { type: 'toString' }] }],
    });
    expect(problems.map((problem) => problem.field)).to.deep.equal([
      'sections[0].blocks[0].type',
      'sections[0].blocks[1].type',
    ]);
  });

  it('ignores prototype keys among labels', () => {
    const problems = new Problems();
    const labels = parseLabels(
      readJson('{"__proto__": {"by": "Hacked"}, "constructor": "x", "by": "Oleh"}', 'labels', problems),
      problems,
    );
    expect(labels).to.deep.equal({ by: 'Oleh' });
    expect(problems.list).to.deep.equal([]);
  });
});
