import type { ArticleData, BlockData, PersonData } from '../../src/index.js';
import seed from '../../demo/seed-article.json';

/** The reference article, as `demo/seed-article.json` has it. */
export const seedArticle = seed as unknown as ArticleData;

/** Placeholder pictures served from stories/assets/ (Storybook's static folder), so stories need no network. */
export const images = {
  lead: { url: '/assets/kuala-lumpur.svg', alt: 'The Kuala Lumpur skyline at dusk', width: 1200, height: 675 },
  port: { url: '/assets/port-klang.svg', alt: 'Containers stacked at Port Klang', width: 1200, height: 800 },
  siti: { url: '/assets/siti.svg', alt: '' },
  ravi: { url: '/assets/ravi.svg', alt: '' },
  thumbnail: { url: '/assets/thumb-markets.svg', alt: '', width: 160, height: 160 },
};

export const siti: PersonData = {
  name: 'Siti',
  jobTitle: 'Asia economics correspondent',
  description:
    'Siti is a news writer specialising in Asian economics, Islamic finance, international relations and policy, offering in-depth analysis and perspectives on the region’s evolving dynamics.',
  image: images.siti,
  url: '/authors/siti',
  sameAs: ['https://www.linkedin.com/in/siti-example', 'https://x.com/siti_example', 'mailto:siti@example.com'],
};

export const ravi: PersonData = {
  name: 'Ravi Kumar',
  jobTitle: 'Markets editor',
  description: 'Ravi Kumar covers commodities and currency markets across South-East Asia from Singapore.',
  image: images.ravi,
  sameAs: ['https://bsky.app/profile/ravi.example'],
};

/** The four stories the demo pages show beside the seed article, shared with the tests. */
export { latestStories } from '../../test/support/fixtures.js';

/** A word longer than any column, as CMS data sometimes has (URLs, compound names, typos). */
export const longWord = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';

/** One of each block the contract v1.1 adds (heading, table, embed, divider, note), for stories and tests. */
export const v11Blocks = {
  heading: { type: 'heading', text: 'Rare earths in numbers' },
  subheading: { type: 'heading', text: 'Who refines them', level: 4 },
  table: {
    type: 'table',
    caption: 'Rare-earth output by country, 2024 (thousand tonnes)',
    head: ['Country', 'Mined', 'Refined', 'Share of refining'],
    rows: [
      ['China', '270', '240', '91 %'],
      ['United States', '45', '2', '0.8 %'],
      ['Myanmar', '31', '', ''],
      ['Malaysia', { html: '<em>n/a</em>' }, '12', '4.5 %'],
    ],
    rowHeaders: true,
  },
  video: {
    type: 'embed',
    url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
    title: 'The talks in 90 seconds',
    caption: 'What each side wants from the Kuala Lumpur round.',
  },
  chart: {
    type: 'embed',
    url: 'https://datawrapper.dwcdn.net/a1B2c/3/',
    title: 'Rare-earth prices since 2020',
    aspectRatio: '4:3',
  },
  post: {
    type: 'embed',
    url: 'https://bsky.app/profile/ravi.example/post/3kq',
    title: 'Ravi Kumar on what the markets expect',
  },
  divider: { type: 'divider' },
  correction: {
    type: 'note',
    kind: 'correction',
    text: 'An earlier version of this article gave the wrong date for the talks. They start on Saturday.',
  },
  editorsNote: {
    type: 'note',
    kind: 'editor',
    html: 'This article is part of our series <em>The rare-earth race</em>.',
  },
} satisfies { [name: string]: BlockData };

/** An article with every block of the contract v1.1, among the blocks of v1. */
export const kitchenSinkArticle: ArticleData = {
  headline: 'Rare earths: what is at stake in the Kuala Lumpur talks',
  description: 'Every kind of block an article can hold, in one story.',
  articleSection: 'Economy',
  dateline: 'Kuala Lumpur',
  datePublished: '2025-10-23T09:30:00+08:00',
  inLanguage: 'en-GB',
  author: [siti],
  sections: [
    {
      blocks: [
        'China and the United States meet in Kuala Lumpur this weekend with rare earths at the top of the agenda.',
        v11Blocks.editorsNote,
      ],
    },
    {
      heading: 'The numbers',
      blocks: [
        'China mines most of the world’s rare earths and refines nearly all of them.',
        v11Blocks.heading,
        v11Blocks.table,
        v11Blocks.subheading,
        { type: 'paragraph', html: 'Refining is where the <strong>bottleneck</strong> is.' },
        v11Blocks.chart,
      ],
    },
    {
      heading: 'What the talks can change',
      blocks: [
        v11Blocks.video,
        { type: 'list', items: ['Export licences', 'Tariff pauses', 'A schedule for the next round'] },
        v11Blocks.divider,
        { type: 'quote', text: 'Nobody expects a breakthrough; everyone expects a channel.', cite: 'A trade official' },
        v11Blocks.post,
        v11Blocks.correction,
      ],
    },
  ],
};
