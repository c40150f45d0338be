import { expect } from '@open-wc/testing';
import { parse, parseWithOneProblem } from '../support/parsing.js';

describe('parseArticle: lenient in, strict out (fields)', () => {
  it('reports a missing headline and keeps the rest', () => {
    const { article, reason } = parseWithOneProblem({ sections: [{ blocks: ['Body.'] }] }, 'headline');
    expect(reason).to.equal('is missing; the article has no title');
    expect(article.headline).to.equal(undefined);
    expect(article.sections[0]!.blocks).to.deep.equal([{ type: 'paragraph', text: 'Body.' }]);
  });

  it('reports a blank headline as missing', () => {
    const { article } = parseWithOneProblem({ headline: '   ' }, 'headline');
    expect(article.headline).to.equal(undefined);
  });

  it('reports a headline of the wrong type', () => {
    const { problems } = parse({ headline: ['Not', 'a', 'string'] });
    expect(problems).to.deep.equal([
      { field: 'headline', reason: 'should be a string but is an array' },
      { field: 'headline', reason: 'is missing; the article has no title' },
    ]);
  });

  it('reports numbers where strings are expected, and skips them', () => {
    const { article, problems } = parse({
      headline: 42,
      dateline: 0,
      inLanguage: 7,
      datePublished: 20251023,
      sections: [{ id: 7, heading: 'Kept', blocks: [{ type: 'list', items: [{ term: 1, text: 'Kept' }] }] }],
    });
    expect(problems).to.deep.equal([
      { field: 'headline', reason: 'should be a string but is a number' },
      { field: 'headline', reason: 'is missing; the article has no title' },
      { field: 'inLanguage', reason: 'should be a string but is a number' },
      { field: 'dateline', reason: 'should be a string but is a number' },
      { field: 'datePublished', reason: 'should be a string but is a number' },
      { field: 'sections[0].id', reason: 'should be a string but is a number' },
      { field: 'sections[0].blocks[0].items[0].term', reason: 'should be a string but is a number' },
    ]);
    expect(article!.headline).to.equal(undefined);
    expect(article!.dateline).to.equal(undefined);
    expect(article!.sections[0]).to.deep.include({ id: undefined, heading: 'Kept' });
    expect(article!.sections[0]!.blocks).to.deep.equal([
      { type: 'list', ordered: false, items: [{ term: undefined, text: 'Kept', html: undefined, items: [] }] },
    ]);
  });

  it('reports a number that is not finite where a string is expected', () => {
    const { article, reason } = parseWithOneProblem({ headline: 'H', description: Number.NaN }, 'description');
    expect(reason).to.equal('should be a string but is a number');
    expect(article.description).to.equal(undefined);
  });

  it('treats empty strings and null values as absent, without a problem', () => {
    const { article, problems } = parse({
      headline: 'H',
      description: '',
      articleSection: null,
      dateline: '  ',
      datePublished: '',
      url: null,
      inLanguage: '',
      image: '',
      author: '',
      sections: null,
      latest: null,
    });
    expect(problems).to.deep.equal([]);
    expect(article).to.deep.equal({
      headline: 'H',
      description: undefined,
      articleSection: undefined,
      dateline: undefined,
      datePublished: undefined,
      dateModified: undefined,
      inLanguage: undefined,
      url: undefined,
      image: undefined,
      author: [],
      sections: [],
      latest: [],
    });
  });

  it('skips empty strings inside lists without a problem', () => {
    const { article, problems } = parse({
      headline: 'H',
      author: ['', { name: 'Ana', sameAs: ['', 'https://github.com/ana'] }],
      sections: [{ blocks: ['', '  ', { type: 'list', items: ['', 'Kept'] }] }],
    });
    expect(problems).to.deep.equal([]);
    expect(article!.author.map((person) => person.sameAs)).to.deep.equal([['https://github.com/ana']]);
    expect(article!.sections[0]!.blocks).to.deep.equal([
      { type: 'list', ordered: false, items: [{ text: 'Kept', items: [] }] },
    ]);
  });

  it('reports a javascript: URL and leaves only that URL out', () => {
    const { article, reason } = parseWithOneProblem(
      { headline: 'H', author: [{ name: 'Siti', url: 'javascript:alert(1)', jobTitle: 'Writer' }] },
      'author[0].url',
    );
    expect(reason).to.equal('URL uses the disallowed scheme "javascript:"; it was left out');
    expect(article.author[0]).to.deep.include({ name: 'Siti', jobTitle: 'Writer', url: undefined });
  });

  it('reports a disallowed article URL', () => {
    const { article } = parseWithOneProblem({ headline: 'H', url: 'data:text/html,<script>alert(1)</script>' }, 'url');
    expect(article.url).to.equal(undefined);
  });

  for (const date of ['2025-02-30', '2025-02-29', '1900-02-29', 'yesterday', '23/10/2025', '2025-10-23T25:00Z']) {
    it(`reports the invalid date "${date}"`, () => {
      const { article, reason } = parseWithOneProblem(
        { headline: 'H', datePublished: date, dateline: 'KL' },
        'datePublished',
      );
      expect(reason).to.equal(`"${date}" is not an ISO 8601 date`);
      expect(article.datePublished).to.equal(undefined);
      expect(article.dateline).to.equal('KL');
    });
  }

  it('reports an invalid dateModified and a latest item date by their paths', () => {
    const { article, problems } = parse({
      headline: 'H',
      dateModified: 'tomorrow',
      latest: [{ headline: 'A', datePublished: '2025-13-01' }],
    });
    expect(problems.map((problem) => problem.field)).to.deep.equal(['dateModified', 'latest[0].datePublished']);
    expect(article!.latest).to.deep.equal([
      { headline: 'A', url: undefined, datePublished: undefined, image: undefined, description: undefined },
    ]);
  });

  it('reports a date that is not a string', () => {
    const { reason } = parseWithOneProblem({ headline: 'H', datePublished: { year: 2025 } }, 'datePublished');
    expect(reason).to.equal('should be a string but is an object');
  });

  for (const [width, shown] of [
    [-640, '"-640"'],
    [0, '"0"'],
    [0.4, '"0.4"'],
    [Number.POSITIVE_INFINITY, '"Infinity"'],
  ] as const) {
    it(`reports the image width ${String(width)} and keeps the image`, () => {
      const { article, reason } = parseWithOneProblem(
        { headline: 'H', image: { url: '/a.jpg', width, height: 400 } },
        'image.width',
      );
      expect(reason).to.equal(`should be a positive number of pixels but is ${shown}`);
      expect(article.image).to.deep.include({ url: '/a.jpg', width: undefined, height: 400 });
    });
  }

  for (const [width, kind] of [
    ['640', 'a string'],
    ['640px', 'a string'],
    [true, 'a boolean'],
  ] as const) {
    it(`reports the image width ${JSON.stringify(width)} as a wrong type and keeps the image`, () => {
      const { article, reason } = parseWithOneProblem(
        { headline: 'H', image: { url: '/a.jpg', width, height: 400 } },
        'image.width',
      );
      expect(reason).to.equal(`should be a number of pixels but is ${kind}`);
      expect(article.image).to.deep.include({ url: '/a.jpg', width: undefined, height: 400 });
    });
  }

  for (const language of ['en_GB', 'not a language', '12', 'i-klingon', 'x-private', 'de-1901-1901']) {
    it(`reports the inLanguage "${language}"`, () => {
      const { article, reason } = parseWithOneProblem({ headline: 'H', inLanguage: language }, 'inLanguage');
      expect(reason).to.equal(`"${language}" is not a BCP 47 language tag`);
      expect(article.inLanguage).to.equal(undefined);
      expect(article.headline).to.equal('H');
    });
  }

  it('reports an image object without a url, and one with a bad url', () => {
    const { article, problems } = parse({
      headline: 'H',
      image: { alt: 'No source' },
      latest: [{ headline: 'A', image: { url: 'javascript:void(0)' } }],
    });
    expect(problems).to.deep.equal([
      { field: 'image.url', reason: 'is missing; the image was left out' },
      { field: 'latest[0].image.url', reason: 'URL uses the disallowed scheme "javascript:"; it was left out' },
    ]);
    expect(article!.image).to.equal(undefined);
    expect(article!.latest[0]!.image).to.equal(undefined);
  });

  it('reports an image that is neither a URL nor an object', () => {
    const { reason } = parseWithOneProblem({ headline: 'H', image: ['/a.jpg'] }, 'image');
    expect(reason).to.equal('should be a URL or an image object but is an array');
  });

  it('reports a bare-string image with a disallowed scheme', () => {
    const { article } = parseWithOneProblem(
      { headline: 'H', author: [{ name: 'A', image: 'javascript:x' }] },
      'author[0].image',
    );
    expect(article.author[0]!.image).to.equal(undefined);
  });
});

describe('parseArticle: lenient in, strict out (the whole article)', () => {
  it('reports the whole article when it is not an object', () => {
    for (const [value, kind] of [
      [null, 'null'],
      [[], 'an array'],
      ['headline', 'a string'],
      [7, 'a number'],
    ] as const) {
      const { article, problems } = parse(value);
      expect(article).to.equal(undefined);
      expect(problems).to.deep.equal([{ field: 'article', reason: `should be an object but is ${kind}` }]);
    }
  });

  it('returns undefined without a problem when there is no article', () => {
    const { article, problems } = parse(undefined);
    expect(article).to.equal(undefined);
    expect(problems).to.deep.equal([]);
  });

  it('collects many problems in one pass and still renders what is left', () => {
    const { article, problems } = parse({
      headline: 'Still here',
      datePublished: 'yesterday',
      url: 'javascript:alert(1)',
      image: { url: '/lead.jpg', width: -1 },
      author: [{ name: 'Siti', url: 'vbscript:x' }, 12],
      sections: [{ heading: 'Kept', blocks: [{ type: 'map' }, 'Paragraph'] }],
      latest: [{ headline: 'Story', url: 'data:text/html,x' }, { description: 'no headline' }],
    });
    expect(problems.map((problem) => problem.field)).to.deep.equal([
      'datePublished',
      'url',
      'image.width',
      'author[0].url',
      'author[1]',
      'sections[0].blocks[0].type',
      'latest[0].url',
      'latest[1].headline',
    ]);
    expect(problems.every((problem) => problem.reason.length > 5)).to.equal(true);
    expect(article!.headline).to.equal('Still here');
    expect(article!.image).to.deep.include({ url: '/lead.jpg' });
    expect(article!.author.map((person) => person.name)).to.deep.equal(['Siti']);
    expect(article!.sections[0]!.blocks).to.deep.equal([{ type: 'paragraph', text: 'Paragraph' }]);
    expect(article!.latest.map((item) => item.headline)).to.deep.equal(['Story']);
  });
});
