import { expect } from '@open-wc/testing';
import {
  Problems,
  parseBlocks,
  parseImage,
  parseLabels,
  parseListItems,
  parseNewsItems,
  parsePeople,
  readJson,
  safeUrl,
  type ArticleData,
} from '../../src/data/index.js';
import { parse } from '../support/parsing.js';

describe('readJson', () => {
  it('parses JSON text', () => {
    const problems = new Problems();
    expect(readJson('{"headline": "H", "sections": []}', 'article', problems)).to.deep.equal({
      headline: 'H',
      sections: [],
    });
    expect(readJson(' [1, 2] ', 'items', problems)).to.deep.equal([1, 2]);
    expect(problems.list).to.deep.equal([]);
  });

  it('records invalid JSON under the given name and returns undefined', () => {
    const problems = new Problems();
    expect(readJson('{not json', 'blocks', problems)).to.equal(undefined);
    expect(problems.list).to.have.length(1);
    expect(problems.list[0]!.field).to.equal('blocks');
    expect(problems.list[0]!.reason).to.match(/^is not valid JSON \(.+\)$/);
  });

  it('returns undefined for an empty or blank string without a problem', () => {
    const problems = new Problems();
    expect(readJson('', 'article', problems)).to.equal(undefined);
    expect(readJson('  \n ', 'article', problems)).to.equal(undefined);
    expect(problems.list).to.deep.equal([]);
  });

  it('passes data that is not text through unchanged', () => {
    const problems = new Problems();
    const data = { headline: 'H' };
    expect(readJson(data, 'article', problems)).to.equal(data);
    const list = ['a'];
    expect(readJson(list, 'items', problems)).to.equal(list);
    expect(readJson(0, 'level', problems)).to.equal(0);
    expect(readJson(null, 'article', problems)).to.equal(undefined);
    expect(readJson(undefined, 'article', problems)).to.equal(undefined);
    expect(problems.list).to.deep.equal([]);
  });
});

describe('safeUrl', () => {
  it('returns an allowed URL trimmed and records nothing', () => {
    const problems = new Problems();
    expect(safeUrl('  https://news.example/a  ', 'url', problems)).to.equal('https://news.example/a');
    expect(problems.list).to.deep.equal([]);
  });

  it('records a rejected URL under the given path', () => {
    const problems = new Problems();
    expect(safeUrl('http://', 'latest[0].url', problems)).to.equal(undefined);
    expect(problems.list).to.deep.equal([
      { field: 'latest[0].url', reason: 'URL is not a valid URL; it was left out' },
    ]);
  });
});

describe('parseNewsItems and parsePeople on their own', () => {
  it('read a slice of the same shapes with paths from the given root', () => {
    const problems = new Problems();
    const items = parseNewsItems([{ headline: 'A', url: 'javascript:x' }], 'items', problems);
    const people = parsePeople([{ name: 'Ana', image: { url: '/ana.jpg', height: 'tall' } }], 'author', problems);
    expect(items).to.deep.equal([
      { headline: 'A', url: undefined, datePublished: undefined, image: undefined, description: undefined },
    ]);
    expect(people[0]!.image).to.deep.equal({
      url: '/ana.jpg',
      alt: '',
      caption: undefined,
      credit: undefined,
      width: undefined,
      height: undefined,
    });
    expect(problems.list.map((problem) => problem.field)).to.deep.equal(['items[0].url', 'author[0].image.height']);
  });

  it('return empty lists for absent input', () => {
    const problems = new Problems();
    expect(parseNewsItems(undefined, 'items', problems)).to.deep.equal([]);
    expect(parsePeople(null, 'author', problems)).to.deep.equal([]);
    expect(parseBlocks(undefined, 'blocks', problems)).to.deep.equal([]);
    expect(parseListItems(undefined, 'items', problems)).to.deep.equal([]);
    expect(parseImage(undefined, 'image', problems)).to.equal(undefined);
    expect(problems.list).to.deep.equal([]);
  });
});

describe('parseLabels', () => {
  it('keeps known labels, trimmed, and ignores unknown keys', () => {
    const problems = new Problems();
    const labels = parseLabels(
      {
        skipToContent: ' Langkau ke kandungan ',
        latestNews: 'Berita Terkini',
        noLatestNews: 'Tiada berita.',
        aboutTheAuthor: 'Tentang penulis',
        updated: 'Dikemas kini',
        by: 'Oleh',
        email: 'E-mel',
        phone: 'Telefon',
        somethingElse: 'ignored',
      },
      problems,
    );
    expect(labels).to.deep.equal({
      skipToContent: 'Langkau ke kandungan',
      latestNews: 'Berita Terkini',
      noLatestNews: 'Tiada berita.',
      aboutTheAuthor: 'Tentang penulis',
      updated: 'Dikemas kini',
      by: 'Oleh',
      email: 'E-mel',
      phone: 'Telefon',
    });
    expect(problems.list).to.deep.equal([]);
  });

  it('reports a label of the wrong type and keeps the others', () => {
    const problems = new Problems();
    expect(parseLabels({ by: ['Oleh'], updated: 'Dikemas kini', latestNews: '' }, problems)).to.deep.equal({
      updated: 'Dikemas kini',
    });
    expect(problems.list).to.deep.equal([{ field: 'labels.by', reason: 'should be a string but is an array' }]);
  });

  it('reports a label given as a number, and does not show it', () => {
    const problems = new Problems();
    expect(parseLabels({ by: 5, published: 'Diterbitkan' }, problems)).to.deep.equal({ published: 'Diterbitkan' });
    expect(problems.list).to.deep.equal([{ field: 'labels.by', reason: 'should be a string but is a number' }]);
  });

  it('returns no labels for absent input, and reports input that is not an object', () => {
    const problems = new Problems();
    expect(parseLabels(undefined, problems)).to.deep.equal({});
    expect(problems.list).to.deep.equal([]);
    expect(parseLabels('Oleh', problems)).to.deep.equal({});
    expect(parseLabels(null, problems)).to.deep.equal({});
    expect(problems.list).to.deep.equal([
      { field: 'labels', reason: 'should be an object but is a string' },
      { field: 'labels', reason: 'should be an object but is null' },
    ]);
  });
});

describe('the data types', () => {
  it('accept the seed shape as ArticleData', async () => {
    const data: ArticleData = {
      headline: 'H',
      author: { name: 'Siti' },
      sections: [{ blocks: ['Text', { type: 'list', items: [{ term: 'T:', text: 'x' }] }] }],
      latest: [],
    };
    const { article, problems } = parse(data);
    expect(problems).to.deep.equal([]);
    expect(article!.sections[0]!.blocks).to.have.length(2);
  });
});
