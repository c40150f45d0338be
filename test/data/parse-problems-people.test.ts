import { expect } from '@open-wc/testing';
import { parseWithOneProblem } from '../support/parsing.js';

describe('parseArticle: lenient in, strict out (people and latest news)', () => {
  it('reports a disallowed sameAs link and keeps the others', () => {
    const { article } = parseWithOneProblem(
      { headline: 'H', author: [{ name: 'Siti', sameAs: ['vbscript:msgbox', 'https://x.com/siti'] }] },
      'author[0].sameAs[0]',
    );
    expect(article.author[0]!.sameAs).to.deep.equal(['https://x.com/siti']);
  });

  it('reports a sameAs entry that is not a string', () => {
    const { reason } = parseWithOneProblem(
      { headline: 'H', author: [{ name: 'Siti', sameAs: [{ url: '/x' }] }] },
      'author[0].sameAs[0]',
    );
    expect(reason).to.equal('should be a URL string but is an object');
  });

  it('reports a missing person name', () => {
    const { article, reason } = parseWithOneProblem(
      { headline: 'H', author: [{ jobTitle: 'Editor' }, { name: 'Ben' }] },
      'author[0].name',
    );
    expect(reason).to.equal('is missing; the person was left out');
    expect(article.author.map((person) => person.name)).to.deep.equal(['Ben']);
  });

  it('reports an author that is neither a string nor an object', () => {
    const { article, reason } = parseWithOneProblem({ headline: 'H', author: 42 }, 'author');
    expect(reason).to.equal('should be a person object but is a number');
    expect(article.author).to.deep.equal([]);
  });

  it('reports a null author inside a list by its index', () => {
    const { reason } = parseWithOneProblem({ headline: 'H', author: [{ name: 'Ana' }, null] }, 'author[1]');
    expect(reason).to.equal('should be a person object but is null');
  });

  it('reports a latest item without a headline by its index and keeps the others', () => {
    const { article, reason } = parseWithOneProblem(
      { headline: 'H', latest: [{ headline: 'One' }, { headline: 'Two' }, { url: '/three' }, { headline: 'Four' }] },
      'latest[2].headline',
    );
    expect(reason).to.equal('is missing; the item was left out');
    expect(article.latest.map((item) => item.headline)).to.deep.equal(['One', 'Two', 'Four']);
  });

  it('reports a latest item that is not an object', () => {
    const { reason } = parseWithOneProblem({ headline: 'H', latest: ['Just a headline'] }, 'latest[0]');
    expect(reason).to.equal('should be a news item object but is a string');
  });

  it('reports latest given as one object rather than a list', () => {
    const { reason } = parseWithOneProblem({ headline: 'H', latest: { headline: 'One' } }, 'latest');
    expect(reason).to.equal('should be an array but is an object');
  });

  it('reports a problem in a single author object by its path in the data, without an index', () => {
    const { article } = parseWithOneProblem(
      { headline: 'H', author: { name: 'A', url: 'javascript:x' } },
      'author.url',
    );
    expect(article.author.map((person) => person.name)).to.deep.equal(['A']);
  });
});
