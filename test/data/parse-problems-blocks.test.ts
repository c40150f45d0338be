import { expect } from '@open-wc/testing';
import { parse, parseWithOneProblem } from '../support/parsing.js';

describe('parseArticle: lenient in, strict out (sections and blocks)', () => {
  it('reports an unknown block type by its path and keeps the other blocks', () => {
    const { article, reason } = parseWithOneProblem(
      { headline: 'H', sections: [{ blocks: ['First'] }, { blocks: [{ type: 'video', url: '/v.mp4' }, 'After'] }] },
      'sections[1].blocks[0].type',
    );
    expect(reason).to.equal('"video" is not a known block type; the block was left out');
    expect(article.sections[1]!.blocks).to.deep.equal([{ type: 'paragraph', text: 'After' }]);
  });

  it('reports a block without a type as missing one', () => {
    const { reason } = parseWithOneProblem(
      { headline: 'H', sections: [{ blocks: [{ text: 'No type' }] }] },
      'sections[0].blocks[0].type',
    );
    expect(reason).to.equal('is missing; the block was left out');
  });

  it('shortens a long unknown block type in the reason', () => {
    const { reason } = parseWithOneProblem(
      { headline: 'H', sections: [{ blocks: [{ type: 'x'.repeat(100) }] }] },
      'sections[0].blocks[0].type',
    );
    expect(reason).to.equal(`"${'x'.repeat(40)}…" is not a known block type; the block was left out`);
  });

  it('reports a block that is neither a string nor an object', () => {
    const { reason } = parseWithOneProblem({ headline: 'H', sections: [{ blocks: [42] }] }, 'sections[0].blocks[0]');
    expect(reason).to.equal('should be a string or a block object but is a number');
  });

  it('reports non-array sections and keeps the rest', () => {
    const { article, reason } = parseWithOneProblem(
      { headline: 'H', sections: { blocks: ['x'] }, dateline: 'KL' },
      'sections',
    );
    expect(reason).to.equal('should be an array but is an object');
    expect(article.sections).to.deep.equal([]);
    expect(article.dateline).to.equal('KL');
  });

  it('reports a section that is not an object and keeps the next one', () => {
    const { article, reason } = parseWithOneProblem(
      { headline: 'H', sections: ['Loose text', { blocks: ['Kept'] }] },
      'sections[0]',
    );
    expect(reason).to.equal('should be a section object but is a string');
    expect(article.sections).to.have.length(1);
    expect(article.sections[0]!.blocks).to.deep.equal([{ type: 'paragraph', text: 'Kept' }]);
  });

  it('reports non-array blocks in a section and keeps its heading', () => {
    const { article } = parseWithOneProblem(
      { headline: 'H', sections: [{ heading: 'Why', blocks: 'Text' }] },
      'sections[0].blocks',
    );
    expect(article.sections[0]).to.deep.equal({ heading: 'Why', id: undefined, blocks: [] });
  });

  it('reports a paragraph with neither text nor html', () => {
    const { reason } = parseWithOneProblem(
      { headline: 'H', sections: [{ blocks: [{ type: 'paragraph', text: '' }] }] },
      'sections[0].blocks[0]',
    );
    expect(reason).to.equal('is a paragraph without text or html; it was left out');
  });

  it('reports a list with no items', () => {
    const { problems } = parse({
      headline: 'H',
      sections: [{ blocks: [{ type: 'list', items: [] }, { type: 'list' }] }],
    });
    expect(problems).to.deep.equal([
      { field: 'sections[0].blocks[0].items', reason: 'is empty or missing; the list was left out' },
      { field: 'sections[0].blocks[1].items', reason: 'is empty or missing; the list was left out' },
    ]);
  });

  it('reports an ordered flag that is not a boolean and renders the list unordered', () => {
    const { article, reason } = parseWithOneProblem(
      { headline: 'H', sections: [{ blocks: [{ type: 'list', ordered: 'true', items: ['One'] }] }] },
      'sections[0].blocks[0].ordered',
    );
    expect(reason).to.equal('should be true or false but is a string; the list is unordered');
    expect(article.sections[0]!.blocks[0]).to.deep.include({ type: 'list', ordered: false });
  });

  it('reports a list item that is neither a string nor an object, and an empty item object', () => {
    const { article, problems } = parse({
      headline: 'H',
      sections: [{ blocks: [{ type: 'list', items: [3, {}, { term: '  ' }, 'Kept'] }] }],
    });
    expect(problems).to.deep.equal([
      { field: 'sections[0].blocks[0].items[0]', reason: 'should be a string or a list item object but is a number' },
      { field: 'sections[0].blocks[0].items[1]', reason: 'has no term, text, html or items; it was left out' },
      { field: 'sections[0].blocks[0].items[2]', reason: 'has no term, text, html or items; it was left out' },
    ]);
    expect(article!.sections[0]!.blocks[0]).to.deep.equal({
      type: 'list',
      ordered: false,
      items: [{ text: 'Kept', items: [] }],
    });
  });

  it('reports a quote without text', () => {
    const { reason } = parseWithOneProblem(
      { headline: 'H', sections: [{ blocks: [{ type: 'quote', cite: 'Nobody' }] }] },
      'sections[0].blocks[0].text',
    );
    expect(reason).to.equal('is missing; the quote was left out');
  });

  for (const [name, image] of [
    ['absent', undefined],
    ['null', null],
    ['an empty string', ''],
  ] as const) {
    it(`reports a figure whose image is ${name}`, () => {
      const block: Record<string, unknown> = { type: 'figure' };
      if (image !== undefined) block.image = image;
      const { article, reason } = parseWithOneProblem(
        { headline: 'H', sections: [{ blocks: [block, 'After'] }] },
        'sections[0].blocks[0].image',
      );
      expect(reason).to.equal('is missing; the figure was left out');
      expect(article.sections[0]!.blocks).to.deep.equal([{ type: 'paragraph', text: 'After' }]);
    });
  }

  it('reports a figure with a bad image only once, at the image', () => {
    const { problems } = parse({
      headline: 'H',
      sections: [{ blocks: [{ type: 'figure', image: { url: 'vbscript:x' } }] }],
    });
    expect(problems).to.deep.equal([
      {
        field: 'sections[0].blocks[0].image.url',
        reason: 'URL uses the disallowed scheme "vbscript:"; it was left out',
      },
    ]);
  });
});
