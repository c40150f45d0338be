/** Data for the blocks of the article contract v1.1, shared by the tests and the stories. */
import type { ArticleData, BlockData } from '../../src/data/index.js';

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
  author: { name: 'Siti', jobTitle: 'Asia economics correspondent' },
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
