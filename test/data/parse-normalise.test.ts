import { expect } from '@open-wc/testing';
import { Problems, parseBlocks, parseImage, parseListItems, parsePeople, type Article } from '../../src/data/index.js';
import { parse } from '../support/parsing.js';

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
    height: 675,
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

  it('rounds widths and heights to whole pixels, and reports one given as a string', () => {
    const problems = new Problems();
    const image = parseImage({ url: '/a.jpg', width: ' 640 ', height: 359.6 }, 'image', problems);
    expect(image).to.deep.include({ width: undefined, height: 360 });
    expect(problems.list).to.deep.equal([
      { field: 'image.width', reason: 'should be a number of pixels but is a string' },
    ]);
  });
});
