/**
 * What the server-rendering tests render, on the server (test/node/ssr-*.test.mjs) and again in
 * the page that hydrates it: every story of every element, its render called with its args as
 * Storybook composes them (the meta's, then the story's), and every valid article of
 * test/node/fixtures/valid-articles.json plus the seed with a URL, each given as the `article`
 * attribute and as the property. Each case says what a reader must see and which bad input it
 * must report.
 *
 * This module imports TypeScript and JSON: it is bundled (test/support/import-sources.mjs) for
 * Node and for the page alike, so both build their templates from the same code.
 */
import { html } from 'lit';
import { defaultLabels } from '../../src/data/index.ts';
import { elements } from '../../src/elements.ts';
import * as articleSectionStories from '../../stories/article-section.stories.ts';
import * as authorCardStories from '../../stories/author-card.stories.ts';
import * as bulletListStories from '../../stories/bullet-list.stories.ts';
import * as latestNewsStories from '../../stories/latest-news.stories.ts';
import * as newsArticleStories from '../../stories/news-article.stories.ts';
import * as skipLinkStories from '../../stories/skip-link.stories.ts';
import seed from '../../demo/seed-article.json';
import validArticles from '../node/fixtures/valid-articles.json';
import { latestStories } from './fixtures.ts';

/**
 * The story files of the elements. (stories/design-tokens.stories.ts documents no element: its
 * page measures the computed styles of live elements, which only a browser has.)
 */
export const storyModules = [
  newsArticleStories,
  articleSectionStories,
  bulletListStories,
  authorCardStories,
  latestNewsStories,
  skipLinkStories,
];

/** The tag of every element, for the check that each has its story file here. */
export const elementTags = elements.map((element) => element.tagName);

/** Data given as an object or as JSON text. */
const asData = (value) => (typeof value === 'string' ? JSON.parse(value) : value);

/** What an article shows: its headline, section headings and the latest stories beside it. */
const articleShows = (article) => ({
  headline: typeof article?.headline === 'string' ? article.headline : undefined,
  headings: (Array.isArray(article?.sections) ? article.sections : [])
    .map((section) => section.heading)
    .filter((heading) => typeof heading === 'string' && heading !== ''),
  texts: (Array.isArray(article?.latest) ? article.latest : [])
    .filter((item) => typeof item.headline === 'string')
    .map((item) => item.headline),
});

/** The first line of a list item or paragraph: its bold term, else its text. */
const leadText = (entry) => (typeof entry === 'string' ? entry : (entry.term ?? entry.text));

/** What each element shows of the data its story passes as args. */
const showsFromArgs = {
  'news-article': ({ article }) => articleShows(asData(article)),
  'article-section': ({ heading, blocks }) => ({
    headings: heading ? [heading] : [],
    texts: asData(blocks)
      .filter((block) => typeof block === 'string')
      .slice(0, 1),
  }),
  'bullet-list': ({ items }) => ({ texts: asData(items).map(leadText) }),
  'author-card': ({ author }) => ({ texts: [asData(author)].flat().map((person) => person.name) }),
  // An empty list's text is left to the browser, which sees whether a list is slotted instead.
  'latest-news': ({ items, label }) => ({
    headings: [label || defaultLabels.latestNews],
    texts: asData(items)
      .slice(0, 3)
      .map((item) => item.headline),
  }),
  'skip-link': () => ({ texts: [defaultLabels.skipToContent] }),
};

const seedShows = articleShows(seed);
const latestHeadlines = latestStories.map((story) => story.headline);

/** Stories that render markup of their own instead of their data args: what they show. */
const ownMarkupShows = {
  'news-article/FromSlottedHtml': seedShows,
  'news-article/BadInputInvalidJson': seedShows,
  'article-section/FromSlottedHtml': {
    headings: ['Implications for Asia-Pacific'],
    texts: ['Markets may remain volatile in the short term.', 'Supply-chain ripple effects:'],
  },
  'article-section/SlottedV11Blocks': {
    headings: ['The numbers'],
    texts: ['Rare earths in numbers', 'Correction', 'The talks in 90 seconds'],
  },
  'article-section/BadInput': {
    headings: ['What’s on the Agenda'],
    texts: ['The slotted section is shown when the JSON is invalid.'],
  },
  'bullet-list/FromSlottedHtml': { texts: ['Trade-policy signals:', 'Markets may remain volatile in the short term.'] },
  'bullet-list/BadInput': { texts: ['The slotted list is shown when the JSON is invalid.'] },
  'author-card/FromSlottedHtml': { headings: [defaultLabels.aboutTheAuthor], texts: ['Siti'] },
  'author-card/InsideArticle': { ...seedShows, texts: [defaultLabels.aboutTheAuthor, seed.author.name] },
  'author-card/BadInput': { texts: ['Siti', 'The slotted card is shown when the JSON is invalid.'] },
  'latest-news/FromSlottedHtml': { headings: [defaultLabels.latestNews], texts: latestHeadlines },
  'latest-news/InsideArticle': {
    headline: seed.headline,
    headings: [defaultLabels.latestNews],
    texts: latestHeadlines,
  },
  'latest-news/BadInput': { texts: ['The slotted list is shown when the JSON is invalid.'] },
  // `src` is loaded in the browser only: the server renders the element's heading and slotted content.
  ...Object.fromEntries(
    ['FromJsonFeedUrl', 'FromRssUrl', 'FromAtomUrl', 'FromWordPressUrl', 'FromNewsItemsUrl', 'LoadingFromUrl']
      .concat(['EmptyFromUrl', 'LiveFromUrl'])
      .map((name) => [`latest-news/${name}`, { headings: [defaultLabels.latestNews], texts: [] }]),
  ),
  'latest-news/ErrorFromUrl': {
    headings: [defaultLabels.latestNews],
    texts: ['The slotted list stays when the feed cannot be read.'],
  },
  ...Object.fromEntries(
    ['FromUrl', 'FromWordPressPostUrl', 'LoadingFromUrl'].map((name) => [`news-article/${name}`, {}]),
  ),
  'news-article/ErrorFromUrl': { texts: ['The slotted headline stays when the article cannot be loaded'] },
  'skip-link/CustomLabel': { texts: ['Langkau ke kandungan'] },
  'skip-link/InsideArticle': { ...seedShows, texts: [defaultLabels.skipToContent] },
};

/**
 * The fields each bad-input story reports (`news-error` detail `field`), in order. Every story
 * tagged `expected-news-error` is here; every other story reports nothing.
 */
const reportedFields = {
  'news-article/BadInputInvalidJson': ['article'],
  'news-article/BadInputFields': [
    'headline',
    'datePublished',
    'author[0].url',
    'author[1].name',
    'sections[0].blocks[1].type',
    'sections[0].blocks[3]',
    'sections[1].blocks',
    'sections[2].blocks[0].items[2].term',
    'sections[2].blocks[0].items[2]',
    'sections[2].blocks[0].ordered',
    'latest[0].url',
    'latest[1].headline',
  ],
  // Its bad date arrives from its play function, once the page has rendered: in a browser only.
  'news-article/Events': [],
  'article-section/BadInput': ['blocks'],
  'article-section/UnknownBlockType': ['blocks[1].type'],
  'bullet-list/BadInput': ['items'],
  'author-card/BadInput': ['author'],
  'author-card/UnsafeUrl': ['author.url', 'author.sameAs[1]'],
  'latest-news/BadInput': ['items'],
  // Their `src` answers with bad data in a browser only; the server loads nothing.
  'latest-news/ErrorFromUrl': [],
  'latest-news/EmptyFromUrl': [],
  'news-article/ErrorFromUrl': [],
};

/** Whether data has `html` fields: the server sends their text, the browser their sanitised markup. */
const hasHtmlFields = (data) => JSON.stringify(data ?? null).includes('"html":');

/** Every story of every element, as a case. */
function storyCases() {
  return storyModules.flatMap(({ default: meta, ...stories }) =>
    Object.entries(stories).map(([name, story]) => {
      const id = `${meta.component}/${name}`;
      const args = { ...meta.args, ...story.args };
      const render = story.render ?? meta.render;
      const expectsErrors = (story.tags ?? []).includes('expected-news-error');
      return {
        id: `story ${id}`,
        tag: meta.component,
        template: () => render({ ...args }, { args, id, name }),
        shows: { headings: [], texts: [], absent: [], ...(ownMarkupShows[id] ?? showsFromArgs[meta.component](args)) },
        reports: reportedFields[id] ?? (expectsErrors ? undefined : []),
        hasHtmlFields: hasHtmlFields(args),
        // The stories of `src` (named `…Url`) load their content in the browser, after hydration.
        loadsSource: name.endsWith('Url'),
      };
    }),
  );
}

/** The example: the seed with its URL, and latest stories with URLs, one of them the article itself. */
const otherStories = latestStories.map((story) => ({ ...story, url: `https://example.com${story.url}` }));
const seedWithUrl = {
  ...seed,
  url: 'https://example.com/2025/10/23/trade-talks',
  latest: [{ headline: 'This very article', url: '/2025/10/23/trade-talks#comments' }, ...otherStories],
};

/**
 * Paragraphs as CMSs write them: WordPress's decimal references for quotes and dashes, the named
 * ones of TinyMCE and CKEditor (Latin-1 letters, punctuation), and Persian with its zero-width
 * non-joiner written as a reference. A server writes each as text, references decoded.
 */
const cmsReferencesArticle = {
  headline: 'Ringgit firms as talks resume',
  inLanguage: 'en-GB',
  datePublished: '2025-10-23T09:00:00+08:00',
  sections: [
    {
      heading: 'Markets',
      blocks: [
        {
          type: 'paragraph',
          html: 'Traders said the ringgit&#8217;s rise &#8220;reflects confidence&#8221; &#8211; for now &amp; <a href="/fx">more</a>.',
        },
        {
          type: 'paragraph',
          html: 'Caf&eacute; owners in George Town &mdash; and their suppliers &hellip; welcomed it&nbsp;<em>&laquo;enfin&raquo;</em>.',
        },
        {
          type: 'paragraph',
          html: '<span lang="fa" dir="rtl">بازار&zwnj;ها آرام&#8204;اند</span> &copy; 2025 &euro;5 &#x1F4C8; &bogus;',
        },
      ],
    },
  ],
};

/** Every valid article and the seed with a URL, as the attribute and as the property. */
function articleCases() {
  const articles = [
    ...validArticles.map(({ name, document }) => ({ name, document, shows: articleShows(document) })),
    {
      name: "CMS markup's character references in html fields",
      document: cmsReferencesArticle,
      shows: {
        ...articleShows(cmsReferencesArticle),
        texts: [
          'Traders said the ringgit’s rise “reflects confidence” – for now & more.',
          'Café owners in George Town — and their suppliers … welcomed it\u00a0«enfin».',
          'بازار\u200cها آرام\u200cاند © 2025 €5 📈 &bogus;',
        ],
      },
    },
    {
      name: 'the seed with a URL, and latest stories with URLs',
      document: seedWithUrl,
      // The article's own entry is left out of the stories beside it.
      shows: { ...articleShows({ ...seedWithUrl, latest: otherStories }), absent: ['This very article'] },
    },
  ];
  return articles.flatMap(({ name, document, shows }) => [
    {
      id: `article attribute: ${name}`,
      tag: 'news-article',
      template: () => html`<news-article article=${JSON.stringify(document)}></news-article>`,
      shows,
      reports: [],
      hasHtmlFields: hasHtmlFields(document),
    },
    {
      id: `article property: ${name}`,
      tag: 'news-article',
      template: () => html`<news-article .article=${structuredClone(document)}></news-article>`,
      shows,
      reports: [],
      hasHtmlFields: hasHtmlFields(document),
    },
  ]);
}

/**
 * Every case: `id` names it, `tag` is its outermost element of ours, `template()` makes its
 * template, `shows` is what a reader must see (`headline`, `headings`, `texts`) and not (`absent`), `reports` the
 * fields it must report (undefined for a bad-input story nobody listed yet), `hasHtmlFields`
 * whether it has `html` fields, `loadsSource` whether it loads its content from `src` (in a
 * browser only).
 */
export function ssrCases() {
  return [...storyCases(), ...articleCases()];
}
