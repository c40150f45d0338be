/**
 * Article data the tests share: the seed article (demo/seed-article.json) and the stories the
 * demo pages show beside it. Every loader returns a fresh copy, so a test may change what it gets.
 */
import type { ArticleData, NewsItemData, PersonData, SectionData } from '../../src/data/index.js';

/** The seed's shape: the data contract with its one author object, its sections and its latest list. */
export type SeedArticle = ArticleData & {
  '@context': string;
  '@type': string;
  author: PersonData;
  sections: SectionData[];
  latest: NewsItemData[];
};

let seed: Promise<SeedArticle> | undefined;

/** The seed article (demo/seed-article.json), a fresh copy each call. */
export async function seedArticle(): Promise<SeedArticle> {
  seed ??= fetch('/demo/seed-article.json').then((response) => response.json());
  return structuredClone(await seed);
}

/** The four stories the demo pages show beside the seed article. */
export const latestStories: NewsItemData[] = [
  {
    headline: 'Ringgit edges higher as investors await Kuala Lumpur trade talks',
    url: '/markets/ringgit-edges-higher',
    datePublished: '2025-10-23T16:40:00+08:00',
  },
  {
    headline: 'ASEAN leaders gather for summit with trade and the South China Sea on the agenda',
    url: '/asia/asean-summit-opens',
    datePublished: '2025-10-23T11:15:00+08:00',
  },
  {
    headline: 'Rare-earth prices climb after Beijing widens export curbs',
    url: '/commodities/rare-earth-prices',
    datePublished: '2025-10-22T19:05:00+08:00',
  },
  {
    headline: 'Malaysia’s exports beat forecasts on electronics demand',
    url: '/economy/malaysia-exports',
    datePublished: '2025-10-21T09:30:00+08:00',
  },
];

/** The seed article with the demo's four latest stories, as the demo page shows it. */
export async function demoArticle(): Promise<SeedArticle> {
  return { ...(await seedArticle()), latest: structuredClone(latestStories) };
}

/** The address `seedWithLatest` gives the seed article. */
export const seedUrl = 'https://news.example/2025/10/trade-talks-malaysia';

/** The seed article at `seedUrl`, whose latest stories include the article itself (the second). */
export async function seedWithLatest(): Promise<SeedArticle> {
  const seed = await seedArticle();
  seed.url = seedUrl;
  seed.latest = [
    {
      headline: 'Ringgit firms as trade talks near',
      url: 'https://news.example/2025/10/ringgit-firms',
      datePublished: '2025-10-23T06:30:00Z',
    },
    { headline: seed.headline, url: seedUrl, datePublished: '2025-10-23' },
    { headline: 'ASEAN leaders gather in Kuala Lumpur', url: '/2025/10/asean-leaders' },
  ];
  return seed;
}

/** The seed's section headings, in order (its opening section has none). */
export const seedHeadings = ['What’s on the Agenda', 'Why Malaysia', 'Implications for Asia-Pacific', 'What to Watch'];

/** The terms of the seed's term list. */
export const seedTerms = [
  'Supply-chain ripple effects:',
  'Trade-policy signals:',
  'Regional diplomacy boost:',
  'Investor caution:',
];

/** The seed author's description. */
export const seedBio =
  'Siti is a news writer specialising in Asian economics, Islamic finance, international relations and policy, offering in-depth analysis and perspectives on the region’s evolving dynamics.';
