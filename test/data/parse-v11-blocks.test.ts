import { expect } from '@open-wc/testing';
import { Problems, parseBlocks, parsedHtmlFields } from '../../src/data/index.js';
import { loadBlocks } from '../../src/shared/blocks.js';
import { parse, parseWithOneProblem } from '../support/parsing.js';

/** An article whose one section has `blocks`. */
const withBlocks = (...blocks: unknown[]) => ({ headline: 'H', sections: [{ blocks }] });

describe('parseArticle: the blocks of contract v1.1', () => {
  before(() => loadBlocks());

  it('reads every v1.1 block without a problem', () => {
    const { article, problems } = parse(
      withBlocks(
        { type: 'heading', text: ' Output ', id: 'out' },
        { type: 'heading', text: 'Refining', level: 4 },
        {
          type: 'table',
          caption: 'C',
          head: ['A', 'B'],
          rows: [
            ['x', 2],
            [{ text: 'y' }, { html: '<em>z</em>' }],
          ],
          rowHeaders: true,
        },
        { type: 'embed', url: 'https://vimeo.com/76979871', title: 'T', caption: 'Cap', aspectRatio: '4:3' },
        { type: 'divider' },
        { type: 'note', kind: 'update', text: 'Updated.' },
        { type: 'note', html: '<b>Note</b>' },
      ),
    );
    expect(problems).to.deep.equal([]);
    expect(article!.sections[0]!.blocks).to.deep.equal([
      { type: 'heading', text: 'Output', level: 3, id: 'out' },
      { type: 'heading', text: 'Refining', level: 4 },
      {
        type: 'table',
        caption: 'C',
        head: [{ text: 'A' }, { text: 'B' }],
        rows: [
          [{ text: 'x' }, { text: '2' }],
          [{ text: 'y' }, { html: '<em>z</em>' }],
        ],
        rowHeaders: true,
      },
      { type: 'embed', url: 'https://vimeo.com/76979871', title: 'T', caption: 'Cap', aspectRatio: [4, 3] },
      { type: 'divider' },
      { type: 'note', kind: 'update', text: 'Updated.' },
      { type: 'note', html: '<b>Note</b>' },
    ]);
  });

  it('reports a heading without text, and one of a level other than 3 or 4', () => {
    expect(parseWithOneProblem(withBlocks({ type: 'heading' }), 'sections[0].blocks[0].text').reason).to.equal(
      'is missing; the heading was left out',
    );
    const { article, reason } = parseWithOneProblem(
      withBlocks({ type: 'heading', text: 'T', level: 2 }),
      'sections[0].blocks[0].level',
    );
    expect(reason).to.equal('should be 3 or 4 but is "2"; the heading is a level 3 heading');
    expect(article.sections[0]!.blocks[0]).to.deep.equal({ type: 'heading', text: 'T', level: 3 });
  });

  it('reports a table without rows, rows that are not arrays and cells of a wrong type, keeping the columns', () => {
    expect(
      parseWithOneProblem(withBlocks({ type: 'table', caption: 'C' }), 'sections[0].blocks[0].rows').reason,
    ).to.equal('is empty or missing; the table was left out');
    const { article, problems } = parse(withBlocks({ type: 'table', rows: ['not a row', ['a', true, 'c']] }));
    expect(problems).to.deep.equal([
      { field: 'sections[0].blocks[0].rows[0]', reason: 'should be an array of cells but is a string' },
      {
        field: 'sections[0].blocks[0].rows[1][1]',
        reason: 'should be a string or a cell object but is a boolean; the cell is empty',
      },
    ]);
    expect(article!.sections[0]!.blocks[0]).to.deep.include({ rows: [[{ text: 'a' }, { text: '' }, { text: 'c' }]] });
  });

  it('reports an embed without a url or title, and one whose URL is not allowed', () => {
    expect(parseWithOneProblem(withBlocks({ type: 'embed', title: 'T' }), 'sections[0].blocks[0].url').reason).to.equal(
      'is missing; the embed was left out',
    );
    expect(
      parseWithOneProblem(withBlocks({ type: 'embed', url: 'https://vimeo.com/1' }), 'sections[0].blocks[0].title')
        .reason,
    ).to.equal('is missing; the embed was left out');
    const { article } = parseWithOneProblem(
      withBlocks({ type: 'embed', url: 'javascript:alert(1)', title: 'T' }),
      'sections[0].blocks[0].url',
    );
    expect(article.sections[0]!.blocks).to.deep.equal([]);
  });

  it('reports an aspect ratio it cannot read and keeps the embed', () => {
    const { article, reason } = parseWithOneProblem(
      withBlocks({ type: 'embed', url: 'https://vimeo.com/1', title: 'T', aspectRatio: 'wide' }),
      'sections[0].blocks[0].aspectRatio',
    );
    expect(reason).to.equal('"wide" is not a ratio like "16:9"; the provider\'s shape is used');
    expect(article.sections[0]!.blocks[0]).to.deep.equal({ type: 'embed', url: 'https://vimeo.com/1', title: 'T' });
  });

  it('reports a note without text or html, and one of an unknown kind', () => {
    expect(parseWithOneProblem(withBlocks({ type: 'note', kind: 'update' }), 'sections[0].blocks[0]').reason).to.equal(
      'is a note without text or html; it was left out',
    );
    const { article, reason } = parseWithOneProblem(
      withBlocks({ type: 'note', kind: 'rumour', text: 'T' }),
      'sections[0].blocks[0].kind',
    );
    expect(reason).to.equal('"rumour" is not a kind of note (correction, editor, update); it is shown as a note');
    expect(article.sections[0]!.blocks[0]).to.deep.equal({ type: 'note', text: 'T' });
  });

  it('lists the html of cells and notes for the sanitiser by their paths, and reports an embed of no known provider', () => {
    const problems = new Problems();
    const blocks = parseBlocks(
      [
        { type: 'table', rows: [['a', { html: '<i>b</i>' }]] },
        { type: 'note', html: '<b>n</b>' },
        { type: 'embed', url: 'https://example.com/v', title: 'T' },
      ],
      'blocks',
      problems,
    );
    expect(parsedHtmlFields(blocks)).to.deep.equal([
      { field: 'blocks[0].rows[0][1].html', markup: '<i>b</i>' },
      { field: 'blocks[1].html', markup: '<b>n</b>' },
    ]);
    expect(problems.list).to.deep.equal([
      { field: 'blocks[2].url', reason: 'is not the address of a known embed provider; it is shown as a link' },
    ]);
  });
});
