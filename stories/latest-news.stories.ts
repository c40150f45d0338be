import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleData, NewsItemData } from '../src/index.js';
import { docsDescription } from './support/docs.js';
import { latestNewsHtml } from './support/slotted-seed.js';
import { images, latestStories, longWord, seedArticle } from './support/fixtures.js';

interface Args {
  items?: NewsItemData[] | string;
  label?: string;
  emptyLabel?: string;
  level?: number;
}

/** A blank label means the element's own default, so it is left out rather than set to "". */
const textAttribute = (text: string | undefined) => ifDefined(text?.trim() || undefined);

/** Where the list comes from slotted HTML or from the article, an `items` control would do nothing. */
const withoutItemsControl = { controls: { exclude: ['items'] } };

const descriptions = [
  'The currency firmed for a third day as traders priced in a thaw between Beijing and Washington.',
  'Host Malaysia wants the bloc to speak with one voice on supply chains.',
  'Prices of neodymium and dysprosium rose to their highest in two years.',
  'Shipments of semiconductors led a 12 % rise on the year.',
];

/** Two hundred stories, 45 minutes apart, counting back from the newest fixture. */
const twoHundredStories: NewsItemData[] = Array.from({ length: 200 }, (_, index) => {
  const story = latestStories[index % latestStories.length];
  const minutesBack = index * 45;
  return {
    headline: `${index + 1}. ${story.headline}`,
    url: `${story.url}-${index + 1}`,
    datePublished: new Date(Date.parse('2025-10-23T16:40:00+08:00') - minutesBack * 60_000).toISOString(),
  };
});

/** This article's own entry in its `latest`: the aside must leave it out. */
const thisArticleUrl = '/asia/china-us-trade-talks-kuala-lumpur';
const articleWithLatest: ArticleData = {
  ...seedArticle,
  url: thisArticleUrl,
  latest: [
    { headline: seedArticle.headline, url: thisArticleUrl, datePublished: '2025-10-23T17:00:00+08:00' },
    ...latestStories,
  ],
};

const meta: Meta<Args> = {
  title: 'Elements/latest-news',
  component: 'latest-news',
  render: ({ items, label, emptyLabel, level }) =>
    html`<latest-news
      .items=${items}
      label=${textAttribute(label)}
      empty-label=${textAttribute(emptyLabel)}
      level=${ifDefined(level)}
    ></latest-news>`,
  args: { items: latestStories, label: '', emptyLabel: '', level: 2 },
  argTypes: {
    label: { control: 'text' },
    emptyLabel: { control: 'text' },
    level: { control: { type: 'number', min: 2, max: 6, step: 1 } },
  },
  parameters: {
    docs: {
      description: {
        component: docsDescription('latest-news', {
          json: `<latest-news items='[
  {
    "headline": "Ringgit edges higher as investors await trade talks",
    "url": "/markets/ringgit-edges-higher",
    "datePublished": "2025-10-23T16:40:00+08:00"
  },
  {
    "headline": "Rare-earth prices climb after Beijing widens export curbs",
    "url": "/commodities/rare-earth-prices",
    "datePublished": "2025-10-22T19:05:00+08:00",
    "image": { "url": "/img/rare-earths.jpg", "alt": "", "width": 160, "height": 160 },
    "description": "Prices rose to their highest in two years."
  }
]'></latest-news>`,
          html: `<latest-news>
  <ul>
    <li>
      <a href="/markets/ringgit-edges-higher">Ringgit edges higher as investors await trade talks</a>
      <time datetime="2025-10-23T16:40:00+08:00">23 Oct 2025, 16:40</time>
    </li>
    <li>
      <a href="/commodities/rare-earth-prices">Rare-earth prices climb after Beijing widens export curbs</a>
      <time datetime="2025-10-22T19:05:00+08:00">22 Oct 2025, 19:05</time>
    </li>
  </ul>
</latest-news>`,
        }),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Four stories with their publication times, from JSON. */
export const FromJson: Story = {};

/** The same list as plain HTML: links and `<time>` elements, styled by the element. */
export const FromSlottedHtml: Story = {
  parameters: withoutItemsControl,
  render: ({ label, emptyLabel, level }) => html`<latest-news
    label=${textAttribute(label)}
    empty-label=${textAttribute(emptyLabel)}
    level=${ifDefined(level)}
  >
    ${latestNewsHtml}
  </latest-news>`,
};

/** Each story with a thumbnail and a one-line description. */
export const WithImagesAndDescriptions: Story = {
  args: {
    items: latestStories.map((story, index) => ({
      ...story,
      image: images.thumbnail,
      description: descriptions[index],
    })),
  },
};

/** No stories (`items="[]"`): the empty text shows. */
export const Empty: Story = {
  args: { items: '[]' },
};

/** A replacement heading and empty text, here in Malay. */
export const CustomLabels: Story = {
  args: { items: [], label: 'Berita terkini', emptyLabel: 'Tiada berita terkini buat masa ini.' },
};

/** Two hundred stories: the list grows with the page, without a scroll box of its own. */
export const VeryLongList: Story = {
  args: { items: twoHundredStories },
};

/** Words longer than the column is wide, in a headline, a description and a URL, wrap instead of overflowing. */
export const VeryLongWords: Story = {
  args: {
    items: [
      {
        headline: `${longWord} ${longWord}`,
        url: `/markets/${longWord}`,
        datePublished: '2025-10-23T16:40:00+08:00',
        description: `${longWord} https://example.com/${longWord}/${longWord}`,
      },
      ...latestStories.slice(0, 2),
    ],
  },
};

/** Without items of its own inside a `<news-article>`, it shows the article’s `latest`, leaving out the article itself. */
export const InsideArticle: Story = {
  parameters: withoutItemsControl,
  render: ({ label, emptyLabel, level }) => html`<news-article .article=${articleWithLatest}>
    <latest-news
      slot="aside"
      label=${textAttribute(label)}
      empty-label=${textAttribute(emptyLabel)}
      level=${ifDefined(level)}
    ></latest-news>
  </news-article>`,
};

/** Invalid JSON: the element reports a `news-error` (see the Actions panel) and shows its slotted list. */
export const BadInput: Story = {
  tags: ['expected-news-error'],
  parameters: withoutItemsControl,
  render: ({ label, emptyLabel, level }) => html`<latest-news
    items='[{"headline": "Unclosed'
    label=${textAttribute(label)}
    empty-label=${textAttribute(emptyLabel)}
    level=${ifDefined(level)}
  >
    <ul>
      <li>
        <a href="/markets/ringgit-edges-higher">The slotted list is shown when the JSON is invalid.</a>
        <time datetime="2025-10-23T16:40:00+08:00">23 Oct 2025, 16:40</time>
      </li>
    </ul>
  </latest-news>`,
};
