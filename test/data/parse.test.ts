import { expect } from '@open-wc/testing';
import {
  Problems,
  parseArticle,
  parseBlocks,
  parseImage,
  parseLabels,
  parseListItems,
  parseNewsItems,
  parsePeople,
  readJson,
  safeUrl,
  type Article,
  type ArticleData,
  type DataProblem,
} from '../../src/data/index.js';

/** The seed as a host would send it: read fresh each time so a test may change it. */
async function seed(): Promise<Record<string, any>> {
  const response = await fetch('/demo/seed-article.json');
  return response.json();
}

function parse(value: unknown): { article: Article | undefined; problems: DataProblem[] } {
  const problems = new Problems();
  const article = parseArticle(value, problems);
  return { article, problems: problems.list };
}

/** Parses and expects exactly one problem, under `field`; returns the article and the reason. */
function parseWithOneProblem(value: unknown, field: string): { article: Article; reason: string } {
  const { article, problems } = parse(value);
  expect(
    problems.map((problem) => problem.field),
    'fields reported',
  ).to.deep.equal([field]);
  expect(article, 'the rest of the article').to.exist;
  return { article: article!, reason: problems[0]!.reason };
}

const fullArticle = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  publisher: { '@type': 'Organization', name: 'Not read' },
  headline: '  China and U.S. Set for Trade Talks in Malaysia  ',
  description: 'Vice Premier He Lifeng meets U.S. officials in Kuala Lumpur.',
  articleSection: 'Economy',
  dateline: 'Kuala Lumpur',
  datePublished: '2025-10-23',
  dateModified: '2025-10-24T09:30:00+08:00',
  inLanguage: 'en-gb',
  url: 'https://news.example/economy/trade-talks',
  image: {
    url: '/images/kl.jpg',
    alt: 'The Kuala Lumpur skyline',
    caption: 'Kuala Lumpur hosts the talks.',
    credit: 'Photo: Aziz',
    width: 1200,
    height: '675',
  },
  author: [
    {
      '@type': 'Person',
      name: 'Siti',
      description: 'Siti writes about Asian economics.',
      jobTitle: 'News writer',
      image: '/people/siti.jpg',
      url: 'https://news.example/authors/siti',
      sameAs: ['https://x.com/siti', 'mailto:siti@news.example'],
    },
    'Ben',
  ],
  sections: [
    { blocks: ['  Opening paragraph.  ', { type: 'paragraph', text: 'Second paragraph.' }] },
    {
      heading: 'What’s on the Agenda',
      id: 'agenda',
      blocks: [
        { type: 'paragraph', html: 'Rare <em>earths</em>.' },
        {
          type: 'list',
          ordered: true,
          items: [
            'A bare item',
            { term: 'Supply-chain ripple effects:', text: 'Controls bite.' },
            { html: '<b>Bold</b> item', items: ['Nested', { text: 'Nested object', items: ['Deeper'] }] },
          ],
        },
        { type: 'quote', text: 'We are ready to talk.', cite: 'He Lifeng' },
        {
          type: 'figure',
          image: { url: 'https://cdn.example/port.jpg', alt: 'Port Klang', width: 800, height: 533.4 },
        },
      ],
    },
  ],
  latest: [
    {
      headline: 'Ringgit steadies',
      url: '/economy/ringgit',
      datePublished: '2025-10-22T18:00:00Z',
      image: 'https://cdn.example/ringgit.jpg',
      description: 'The currency held its ground.',
      '@type': 'NewsArticle',
    },
    { headline: 'ASEAN summit opens' },
  ],
};

const fullArticleParsed: Article = {
  headline: 'China and U.S. Set for Trade Talks in Malaysia',
  description: 'Vice Premier He Lifeng meets U.S. officials in Kuala Lumpur.',
  articleSection: 'Economy',
  dateline: 'Kuala Lumpur',
  datePublished: '2025-10-23',
  dateModified: '2025-10-24T09:30:00+08:00',
  inLanguage: 'en-GB',
  url: 'https://news.example/economy/trade-talks',
  image: {
    url: '/images/kl.jpg',
    alt: 'The Kuala Lumpur skyline',
    caption: 'Kuala Lumpur hosts the talks.',
    credit: 'Photo: Aziz',
    width: 1200,
    height: 675,
  },
  author: [
    {
      name: 'Siti',
      description: 'Siti writes about Asian economics.',
      jobTitle: 'News writer',
      image: { url: '/people/siti.jpg', alt: '' },
      url: 'https://news.example/authors/siti',
      sameAs: ['https://x.com/siti', 'mailto:siti@news.example'],
    },
    { name: 'Ben', sameAs: [] },
  ],
  sections: [
    {
      heading: undefined,
      id: undefined,
      blocks: [
        { type: 'paragraph', text: 'Opening paragraph.' },
        { type: 'paragraph', text: 'Second paragraph.' },
      ],
    },
    {
      heading: 'What’s on the Agenda',
      id: 'agenda',
      blocks: [
        { type: 'paragraph', html: 'Rare <em>earths</em>.' },
        {
          type: 'list',
          ordered: true,
          items: [
            { text: 'A bare item', items: [] },
            { term: 'Supply-chain ripple effects:', text: 'Controls bite.', html: undefined, items: [] },
            {
              term: undefined,
              text: undefined,
              html: '<b>Bold</b> item',
              items: [
                { text: 'Nested', items: [] },
                {
                  term: undefined,
                  text: 'Nested object',
                  html: undefined,
                  items: [{ text: 'Deeper', items: [] }],
                },
              ],
            },
          ],
        },
        { type: 'quote', text: 'We are ready to talk.', cite: 'He Lifeng' },
        {
          type: 'figure',
          image: {
            url: 'https://cdn.example/port.jpg',
            alt: 'Port Klang',
            caption: undefined,
            credit: undefined,
            width: 800,
            height: 533,
          },
        },
      ],
    },
  ],
  latest: [
    {
      headline: 'Ringgit steadies',
      url: '/economy/ringgit',
      datePublished: '2025-10-22T18:00:00Z',
      image: { url: 'https://cdn.example/ringgit.jpg', alt: '' },
      description: 'The currency held its ground.',
    },
    {
      headline: 'ASEAN summit opens',
      url: undefined,
      datePublished: undefined,
      image: undefined,
      description: undefined,
    },
  ],
};

describe('parseArticle on the seed', () => {
  it('reads the seed with no problems', async () => {
    const { article, problems } = parse(await seed());
    expect(problems).to.deep.equal([]);
    expect(article!.headline).to.equal('China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute');
    expect(article!.dateline).to.equal('Kuala Lumpur');
    expect(article!.datePublished).to.equal('2025-10-23');
    expect(article!.inLanguage).to.equal('en-GB');
    expect(article!.latest).to.deep.equal([]);
  });

  it('reads the single author object as a one-person list', async () => {
    const { article } = parse(await seed());
    expect(article!.author).to.have.length(1);
    expect(article!.author[0]!.name).to.equal('Siti');
    expect(article!.author[0]!.description).to.match(/^Siti is a news writer specialising in Asian economics/);
    expect(article!.author[0]!.sameAs).to.deep.equal([]);
  });

  it('reads the opening section without a heading and the others with theirs, in order', async () => {
    const { article } = parse(await seed());
    expect(article!.sections.map((section) => section.heading)).to.deep.equal([
      undefined,
      'What’s on the Agenda',
      'Why Malaysia',
      'Implications for Asia-Pacific',
      'What to Watch',
    ]);
    const opening = article!.sections[0]!.blocks;
    expect(opening).to.have.length(2);
    expect(opening.every((block) => block.type === 'paragraph' && block.text !== undefined)).to.equal(true);
    expect(opening[0]).to.deep.include({ type: 'paragraph' });
    expect((opening[0] as { text: string }).text).to.match(/^China’s Vice Premier He Lifeng is scheduled/);
  });

  it('reads the term lists and the bare-string list', async () => {
    const { article } = parse(await seed());
    const implications = article!.sections[3]!.blocks;
    expect(implications[0]).to.deep.equal({
      type: 'paragraph',
      text: 'For Asian economies and investors, the discussions have several noteworthy implications:',
    });
    const termList = implications[1]!;
    expect(termList.type).to.equal('list');
    if (termList.type !== 'list') return;
    expect(termList.ordered).to.equal(false);
    expect(termList.items.map((item) => item.term)).to.deep.equal([
      'Supply-chain ripple effects:',
      'Trade-policy signals:',
      'Regional diplomacy boost:',
      'Investor caution:',
    ]);
    expect(termList.items[0]!.text).to.match(/^China’s rare-earth controls impact industries/);
    expect(termList.items.every((item) => item.items.length === 0)).to.equal(true);

    const watchList = article!.sections[4]!.blocks[0]!;
    if (watchList.type !== 'list') throw new Error('expected a list');
    expect(watchList.items).to.have.length(4);
    expect(watchList.items[0]).to.deep.equal({
      text: 'Announcement of outcomes or joint statements after the talks.',
      items: [],
    });
  });

  it('ignores @context, @type and unknown keys', async () => {
    const data = await seed();
    data.publisher = { name: 'Example News' };
    data.wordCount = 640;
    const { article, problems } = parse(data);
    expect(problems).to.deep.equal([]);
    expect(Object.keys(article!).sort()).to.deep.equal(
      [
        'headline',
        'description',
        'articleSection',
        'dateline',
        'datePublished',
        'dateModified',
        'inLanguage',
        'url',
        'image',
        'author',
        'sections',
        'latest',
      ].sort(),
    );
    expect(JSON.stringify(article)).to.not.include('schema.org');
    expect(JSON.stringify(article)).to.not.include('Example News');
  });

  it('does not change the data it reads', async () => {
    const data = await seed();
    const before = JSON.stringify(data);
    parse(data);
    expect(JSON.stringify(data)).to.equal(before);
  });
});

describe('parseArticle normalises every field', () => {
  it('trims, canonicalises and fills defaults across the whole article', () => {
    const { article, problems } = parse(structuredClone(fullArticle));
    expect(problems).to.deep.equal([]);
    expect(article).to.deep.equal(fullArticleParsed);
  });

  it('gives empty lists, not undefined, for an article with only a headline', () => {
    const { article, problems } = parse({ headline: 'Only a headline' });
    expect(problems).to.deep.equal([]);
    expect(article!.author).to.deep.equal([]);
    expect(article!.sections).to.deep.equal([]);
    expect(article!.latest).to.deep.equal([]);
    expect(article!.image).to.equal(undefined);
    expect(article!.inLanguage).to.equal(undefined);
  });

  it('reads author as one object, an array, or a bare string', () => {
    expect(parse({ headline: 'H', author: { name: 'Siti' } }).article!.author).to.deep.equal([
      { name: 'Siti', description: undefined, jobTitle: undefined, image: undefined, url: undefined, sameAs: [] },
    ]);
    expect(
      parse({ headline: 'H', author: [{ name: 'Ana' }, { name: 'Ben' }] }).article!.author.map((person) => person.name),
    ).to.deep.equal(['Ana', 'Ben']);
    expect(parse({ headline: 'H', author: '  Siti ' }).article!.author).to.deep.equal([{ name: 'Siti', sameAs: [] }]);
  });

  it('takes a single sameAs URL as a one-link list, as schema.org allows', () => {
    const problems = new Problems();
    const [person] = parsePeople({ name: 'Siti', sameAs: 'https://www.linkedin.com/in/siti' }, 'author', problems);
    expect(problems.list).to.deep.equal([]);
    expect(person!.sameAs).to.deep.equal(['https://www.linkedin.com/in/siti']);
  });

  it('reads a paragraph with both html and text as html', () => {
    const problems = new Problems();
    const blocks = parseBlocks([{ type: 'paragraph', html: '<i>Hi</i>', text: 'Hi' }], 'blocks', problems);
    expect(blocks).to.deep.equal([{ type: 'paragraph', html: '<i>Hi</i>' }]);
    expect(problems.list).to.deep.equal([]);
  });

  it('reads a paragraph whose html is unusable from its text, reporting the html', () => {
    const problems = new Problems();
    const blocks = parseBlocks([{ type: 'paragraph', html: { tag: 'b' }, text: 'Plain' }], 'blocks', problems);
    expect(blocks).to.deep.equal([{ type: 'paragraph', text: 'Plain' }]);
    expect(problems.list.map((problem) => problem.field)).to.deep.equal(['blocks[0].html']);
  });

  it('reads a quote without a cite', () => {
    const problems = new Problems();
    expect(parseBlocks([{ type: 'quote', text: 'Talks resume.' }], 'blocks', problems)).to.deep.equal([
      { type: 'quote', text: 'Talks resume.', cite: undefined },
    ]);
    expect(problems.list).to.deep.equal([]);
  });

  it('reads a figure whose image is a bare URL', () => {
    const problems = new Problems();
    expect(parseBlocks([{ type: 'figure', image: '/a.jpg' }], 'blocks', problems)).to.deep.equal([
      { type: 'figure', image: { url: '/a.jpg', alt: '' } },
    ]);
    expect(problems.list).to.deep.equal([]);
  });

  it('reads an item with only nested items', () => {
    const problems = new Problems();
    const items = parseListItems([{ items: ['Only nested'] }], 'items', problems);
    expect(items).to.deep.equal([
      { term: undefined, text: undefined, html: undefined, items: [{ text: 'Only nested', items: [] }] },
    ]);
    expect(problems.list).to.deep.equal([]);
  });

  it('reads string widths and heights and rounds them to whole pixels', () => {
    const problems = new Problems();
    const image = parseImage({ url: '/a.jpg', width: ' 640 ', height: 359.6 }, 'image', problems);
    expect(image).to.deep.include({ width: 640, height: 360 });
    expect(problems.list).to.deep.equal([]);
  });
});

describe('parseArticle: lenient in, strict out', () => {
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

  it('reads numbers where strings are expected as their text', () => {
    const { article, problems } = parse({ headline: 2025, dateline: 0, sections: [{ id: 7, blocks: [] }] });
    expect(problems).to.deep.equal([]);
    expect(article!.headline).to.equal('2025');
    expect(article!.dateline).to.equal('0');
    expect(article!.sections[0]!.id).to.equal('7');
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

  for (const date of ['2025-02-30', 'yesterday', '23/10/2025', '2025-10-23T25:00Z']) {
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
    ['640px', '"640px"'],
    [true, 'a boolean'],
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

  for (const language of ['en_GB', 'not a language', '12']) {
    it(`reports the inLanguage "${language}"`, () => {
      const { article, reason } = parseWithOneProblem({ headline: 'H', inLanguage: language }, 'inLanguage');
      expect(reason).to.equal(`"${language}" is not a BCP 47 language tag`);
      expect(article.inLanguage).to.equal(undefined);
      expect(article.headline).to.equal('H');
    });
  }

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

  it('reports a problem in a single author object by its path in the data, without an index', () => {
    const { article } = parseWithOneProblem(
      { headline: 'H', author: { name: 'A', url: 'javascript:x' } },
      'author.url',
    );
    expect(article.author.map((person) => person.name)).to.deep.equal(['A']);
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

describe('list nesting depth', () => {
  /** A list `levels` deep: each level one item with text and, below the last, nothing. */
  function nestedItems(levels: number): unknown[] {
    let items: unknown[] = [{ text: `Level ${levels}` }];
    for (let level = levels - 1; level >= 1; level -= 1) items = [{ text: `Level ${level}`, items }];
    return items;
  }

  function depthOf(items: { items: unknown[] }[]): number {
    let depth = 0;
    let current = items;
    while (current.length > 0) {
      depth += 1;
      current = current[0]!.items as { items: unknown[] }[];
    }
    return depth;
  }

  it('keeps eight levels of nesting without a problem', () => {
    const problems = new Problems();
    const items = parseListItems(nestedItems(8), 'items', problems);
    expect(problems.list).to.deep.equal([]);
    expect(depthOf(items)).to.equal(8);
  });

  it('keeps eight levels when the deepest items have an empty items list', () => {
    const problems = new Problems();
    const deepest = nestedItems(8);
    let level = deepest as { items?: unknown[] }[];
    for (let step = 1; step < 8; step += 1) level = level[0]!.items as { items?: unknown[] }[];
    level[0]!.items = [];
    const items = parseListItems(deepest, 'items', problems);
    expect(problems.list).to.deep.equal([]);
    expect(depthOf(items)).to.equal(8);
  });

  it('cuts a ninth level, reporting where, and keeps the eight above it', () => {
    const problems = new Problems();
    const items = parseListItems(nestedItems(9), 'items', problems);
    expect(depthOf(items)).to.equal(8);
    expect(problems.list).to.deep.equal([
      {
        field: `items${'[0].items'.repeat(8)}`,
        reason: 'nests lists deeper than 8 levels; the deeper levels were left out',
      },
    ]);
  });

  it('survives hostile nesting thousands of levels deep with one problem', () => {
    const problems = new Problems();
    const items = parseListItems(nestedItems(5000), 'items', problems);
    expect(depthOf(items)).to.equal(8);
    expect(problems.list).to.have.length(1);
  });

  it('leaves out an item whose only content was cut by the depth cap', () => {
    const problems = new Problems();
    let items: unknown[] = ['Too deep'];
    for (let level = 0; level < 8; level += 1) items = [{ items }];
    parseListItems(items, 'items', problems);
    expect(problems.list.map((problem) => problem.reason)).to.deep.equal([
      'nests lists deeper than 8 levels; the deeper levels were left out',
      ...Array.from({ length: 8 }, () => 'has no term, text, html or items; it was left out'),
    ]);
  });
});

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
    expect(Object.getPrototypeOf(article)).to.equal(Object.prototype);
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
