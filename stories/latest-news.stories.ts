import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleData, NewsItemData } from '../src/index.js';
import { docsDescription, linkOtherStories } from './support/docs.js';
import { noAnswer, stubFetch } from './support/fetch-stub.js';
import { latestNewsHtml } from './support/slotted-seed.js';
import { images, latestStories, longWord, seedArticle } from './support/fixtures.js';
import { hebrewLatestStories } from './support/right-to-left.js';

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
    canvas: 'aside',
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
  tags: ['!autodocs'],
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
  tags: ['!autodocs'],
  args: { items: [], label: 'Berita terkini', emptyLabel: 'Tiada berita terkini buat masa ini.' },
};

/** Two hundred stories: the list grows with the page, without a scroll box of its own. */
/** Hebrew, right to left: the built-in Hebrew heading, and the times in Hebrew. */
export const HebrewRightToLeft: Story = {
  tags: ['!autodocs'],
  args: { items: hebrewLatestStories },
  parameters: { language: 'he' },
};

export const VeryLongList: Story = {
  tags: ['!autodocs'],
  args: { items: twoHundredStories },
};

/** Words longer than the column is wide, in a headline, a description and a URL, wrap instead of overflowing. */
export const VeryLongWords: Story = {
  tags: ['!autodocs'],
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
  tags: ['!autodocs'],
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
  tags: ['!autodocs', 'expected-news-error'],
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

/**
 * The list from a URL (`src`): the feed files of test/fixtures/feeds/, which Storybook serves
 * under /feeds/. Stories that need an answer no file gives replace `fetch` for one path (see
 * stories/support/fetch-stub.ts).
 */
const fromUrl = (src: string, more: { refresh?: number; maxItems?: number; slotted?: unknown } = {}): Story => ({
  parameters: { controls: { include: ['label', 'emptyLabel', 'level'] } },
  render: ({ label, emptyLabel, level }) => html`<latest-news
    src=${src}
    refresh=${ifDefined(more.refresh)}
    max-items=${ifDefined(more.maxItems)}
    label=${textAttribute(label)}
    empty-label=${textAttribute(emptyLabel)}
    level=${ifDefined(level)}
    >${more.slotted ?? ''}</latest-news
  >`,
});

/** A JSON Feed 1.1 (`src="/feeds/json-feed.json"`): titles, links, dates, images and summaries. */
export const FromJsonFeedUrl: Story = { ...fromUrl('/feeds/json-feed.json'), tags: ['!autodocs'] };

/** An RSS 2.0 feed in Japanese, with `media:content` and enclosure pictures (`/feeds/rss-media-ja.xml`). */
export const FromRssUrl: Story = { ...fromUrl('/feeds/rss-media-ja.xml'), tags: ['!autodocs'] };

/** An Atom 1.0 feed in French (`/feeds/atom-fr.xml`). */
export const FromAtomUrl: Story = { ...fromUrl('/feeds/atom-fr.xml'), tags: ['!autodocs'] };

/** A WordPress REST posts list, `/wp-json/wp/v2/posts?_embed` (`/feeds/wp-posts.json`): featured images from `_embedded`. */
export const FromWordPressUrl: Story = { ...fromUrl('/feeds/wp-posts.json'), tags: ['!autodocs'] };

/** Our own `NewsItem[]` as a JSON file (`/feeds/news-items.json`), capped at two stories by `max-items="2"`. */
export const FromNewsItemsUrl: Story = { ...fromUrl('/feeds/news-items.json', { maxItems: 2 }), tags: ['!autodocs'] };

/**
 * While `src` loads: the element is busy (`aria-busy`), says "Loading…" politely and keeps space
 * for the stories. This story's `fetch` never answers for its URL.
 */
export const LoadingFromUrl: Story = {
  ...fromUrl('/feeds/slow.json'),
  beforeEach: () => stubFetch({ '/feeds/slow.json': noAnswer }),
};

/**
 * A URL that answers with an HTML page instead of a feed (`/feeds/login-page.html`): one
 * `news-error` (see the Actions panel), the slotted list stays, and a button tries again.
 */
export const ErrorFromUrl: Story = {
  ...fromUrl('/feeds/login-page.html', {
    slotted: html`<ul>
      <li><a href="/markets/ringgit-edges-higher">The slotted list stays when the feed cannot be read.</a></li>
    </ul>`,
  }),
  tags: ['!autodocs', 'expected-news-error'],
};

/** A feed without stories (`/feeds/rss-empty.xml`): the empty text, and a `news-error` that says so. */
export const EmptyFromUrl: Story = {
  ...fromUrl('/feeds/rss-empty.xml'),
  tags: ['!autodocs', 'expected-news-error'],
};

/**
 * Kept live with `refresh="15"`: every 15 seconds (the shortest wait; paused while the page is
 * hidden) it asks again, inserts new stories without moving the one in view, and announces them
 * once ("1 new story"). This story's `fetch` answers `json-feed.json` with one more story each time.
 */
export const LiveFromUrl: Story = {
  tags: ['!autodocs'],
  ...fromUrl('/feeds/live.json', { refresh: 15 }),
  beforeEach: () => {
    const shownAt = Date.now();
    let requests = 0;
    return stubFetch({
      '/feeds/live.json': async () => {
        const feed = await (await fetch('/feeds/json-feed.json')).json();
        // The first answer is the file; each later one has one more update, the newest first.
        const updates = Array.from({ length: requests++ }, (_, index) => index + 1).reverse();
        const added = updates.map((number) => ({
          id: `live-${number}`,
          url: `https://www.northlinecourier.com/live/${number}`,
          title: `Live update ${number}: the glacier survey’s authors answer readers’ questions`,
          date_published: new Date(shownAt + number * 15_000).toISOString(),
        }));
        return Response.json({ ...feed, items: [...added, ...feed.items] });
      },
    });
  },
};

linkOtherStories(meta, {
  FromSlottedHtml,
  CustomLabels,
  HebrewRightToLeft,
  VeryLongList,
  VeryLongWords,
  InsideArticle,
  BadInput,
  FromJsonFeedUrl,
  FromRssUrl,
  FromAtomUrl,
  FromWordPressUrl,
  FromNewsItemsUrl,
  LoadingFromUrl,
  ErrorFromUrl,
  EmptyFromUrl,
  LiveFromUrl,
});
