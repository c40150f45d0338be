import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { defaultLabels } from '../src/data/index.js';
import type { ArticleData, Labels, NewsErrorDetail, PersonData } from '../src/index.js';
import { busyHostLayout } from './news-article.host-layout.js';
import { docsDescription, linkOtherStories } from './support/docs.js';
import { noAnswer, stubFetch } from './support/fetch-stub.js';
import { seedArticleHtml } from './support/slotted-seed.js';
import { images, kitchenSinkArticle, latestStories, longWord, ravi, seedArticle, siti } from './support/fixtures.js';

interface Args {
  article?: ArticleData | string;
  labels?: Partial<Labels> | string;
  noSkipLink?: boolean;
  /** The Actions panel's logger, made from the manifest's `news-error` event. */
}

/** The reference page: the seed article with the latest stories beside it. */
const seedPage: ArticleData = { ...seedArticle, latest: latestStories };

const renderArticle = ({ article, labels, noSkipLink }: Args): TemplateResult =>
  html`<news-article
    .article=${article}
    .labels=${labels}
    ?no-skip-link=${noSkipLink}
  ></news-article>`;

/** A container of a given width around the article, outlined so its edges show. */
const inContainer = (width: string, content: TemplateResult): TemplateResult =>
  html`<div style="inline-size: ${width}; outline: 1px dashed #8a8f98; outline-offset: 0">${content}</div>`;

const articleUrl = '/economy/china-us-trade-talks-kuala-lumpur';

/** schema.org's `@context` and `@type` are accepted and ignored, so a host can pass its JSON-LD. */
const fullArticle: ArticleData & { '@context': string; '@type': string } = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: seedArticle.headline,
  articleSection: 'Economy',
  description:
    'Beijing’s top economic envoy meets Washington’s Treasury Secretary and Trade Representative for four days of talks, with rare-earth export curbs at the top of the agenda.',
  dateline: 'Kuala Lumpur',
  datePublished: '2025-10-23T09:00:00+08:00',
  dateModified: '2025-10-23T18:30:00+08:00',
  inLanguage: 'en-GB',
  url: articleUrl,
  image: {
    ...images.lead,
    caption: 'Kuala Lumpur hosts the talks in the week of the ASEAN summit.',
    credit: 'Illustration: The Straits Ledger',
  },
  author: [siti, ravi],
  sections: [
    {
      blocks: [
        'China’s Vice Premier He Lifeng is scheduled to meet senior U.S. officials from 24 to 27 October in Kuala Lumpur for a new round of trade negotiations, amid escalating tensions between the two largest global economies.',
        {
          type: 'paragraph',
          html: 'The Chinese Commerce Ministry announced the visit in a <a href="https://example.com/mofcom-statement">short statement</a>, calling the talks <em>“candid and constructive”</em> in advance.',
        },
      ],
    },
    {
      heading: 'What’s on the Agenda',
      blocks: [
        'The talks will bring He Lifeng together with U.S. Treasury Secretary Scott Bessent and U.S. Trade Representative Jamieson Greer.',
        {
          type: 'quote',
          text: 'Both sides need a venue where neither looks like the guest. Kuala Lumpur gives them that, in the week the whole region is watching.',
          cite: 'A trade economist in Kuala Lumpur',
        },
        {
          type: 'figure',
          image: {
            ...images.port,
            caption: 'Port Klang, Malaysia’s busiest port, handles much of the region’s electronics trade.',
            credit: 'Illustration: The Straits Ledger',
          },
        },
      ],
    },
    {
      heading: 'What to Watch',
      id: 'watch',
      blocks: [
        {
          type: 'list',
          ordered: true,
          items: [
            'A joint statement after the talks.',
            {
              term: 'Export controls:',
              text: 'any change on either side.',
              items: ['Rare-earth licences', 'Chip-equipment restrictions'],
            },
            'The summit between Xi Jinping and Donald Trump in South Korea.',
          ],
        },
      ],
    },
  ],
  // The article's own entry is left out of the aside: its url matches the article's.
  latest: [
    { headline: seedArticle.headline, url: articleUrl, datePublished: '2025-10-23T09:00:00+08:00' },
    ...latestStories,
  ],
};

const moreAuthors: PersonData[] = [
  siti,
  ravi,
  {
    name: 'Tan Mei Ling',
    jobTitle: 'Beijing correspondent',
    description: 'Tan Mei Ling reports on China’s economy and trade policy from Beijing.',
  },
  { name: 'James O’Connor', jobTitle: 'Washington correspondent' },
];

const arabicArticle: ArticleData = {
  headline: 'الصين والولايات المتحدة تستعدان لمحادثات تجارية في ماليزيا وسط خلاف حول المعادن النادرة',
  articleSection: 'اقتصاد',
  description:
    'يلتقي نائب رئيس مجلس الدولة الصيني خه لي فنغ كبار المسؤولين الأمريكيين في كوالالمبور لجولة جديدة من المفاوضات التجارية.',
  dateline: 'كوالالمبور',
  datePublished: '2025-10-23',
  dateModified: '2025-10-24T09:00:00+08:00',
  inLanguage: 'ar',
  author: {
    name: 'سيتي',
    jobTitle: 'مراسلة الشؤون الاقتصادية في آسيا',
    description:
      'سيتي صحفية متخصصة في الاقتصاد الآسيوي والتمويل الإسلامي والعلاقات الدولية والسياسات العامة، وتقدّم تحليلات معمّقة لتحولات المنطقة.',
    image: images.siti,
    sameAs: siti.sameAs,
  },
  sections: [
    {
      blocks: [
        'من المقرر أن يلتقي نائب رئيس مجلس الدولة الصيني خه لي فنغ كبار المسؤولين الأمريكيين من 24 إلى 27 أكتوبر في كوالالمبور لجولة جديدة من المفاوضات التجارية، وسط تصاعد التوترات بين أكبر اقتصادين في العالم.',
        'وأعلنت وزارة التجارة الصينية أن زيارة الوفد تأتي في إطار التحضيرات لقمة رابطة دول جنوب شرق آسيا (آسيان) التي تستضيفها ماليزيا.',
      ],
    },
    {
      heading: 'ما المطروح على جدول الأعمال',
      blocks: [
        'ستجمع المحادثات المبعوث الاقتصادي الصيني مع وزير الخزانة الأمريكي سكوت بيسنت والممثل التجاري الأمريكي جيميسون غرير، ويُتوقع أن تتركز على القيود الصينية الموسّعة على تصدير المعادن النادرة.',
        {
          type: 'quote',
          text: 'تمنح ماليزيا الطرفين منصة إقليمية محايدة في لحظة حساسة.',
          cite: 'خبير اقتصادي في كوالالمبور',
        },
      ],
    },
    {
      heading: 'التداعيات على منطقة آسيا والمحيط الهادئ',
      blocks: [
        'للمحادثات آثار جديرة بالملاحظة على الاقتصادات والمستثمرين في آسيا:',
        {
          type: 'list',
          items: [
            {
              term: 'سلاسل الإمداد:',
              text: 'تؤثر القيود الصينية على الصناعات المعتمدة على المعادن الحيوية، ولا سيما الإلكترونيات ومعدات الطاقة النظيفة.',
            },
            {
              term: 'إشارات السياسة التجارية:',
              text: 'قد يؤدي أي اختراق ملموس إلى تخفيف التوترات وتحسين معنويات الأسواق في المنطقة.',
            },
            { term: 'حذر المستثمرين:', text: 'قد تظل الأسواق متقلبة على المدى القصير.' },
          ],
        },
      ],
    },
  ],
  latest: [
    {
      headline: 'الرينغيت يرتفع مع ترقب المستثمرين لمحادثات كوالالمبور',
      url: '/ar/markets/ringgit',
      datePublished: '2025-10-23T16:40:00+08:00',
    },
    {
      headline: 'قادة آسيان يجتمعون في قمة تتصدرها التجارة وبحر الصين الجنوبي',
      url: '/ar/asia/asean-summit',
      datePublished: '2025-10-23T11:15:00+08:00',
    },
    {
      headline: 'أسعار المعادن النادرة ترتفع بعد توسيع بكين قيود التصدير',
      url: '/ar/commodities/rare-earths',
      datePublished: '2025-10-22T19:05:00+08:00',
    },
  ],
};

/** One label replaced; the others are the built-in Malay ones. */
const malayLabels: Partial<Labels> = { latestNews: 'Terkini' };

const malayArticle: ArticleData = {
  headline: 'China dan A.S. Bersedia untuk Rundingan Perdagangan di Malaysia di Tengah Pertikaian Nadir Bumi',
  articleSection: 'Ekonomi',
  description:
    'Timbalan Perdana Menteri China He Lifeng bertemu pegawai kanan A.S. di Kuala Lumpur untuk pusingan baharu rundingan perdagangan.',
  dateline: 'Kuala Lumpur',
  datePublished: '2025-10-23',
  dateModified: '2025-10-24T08:15:00+08:00',
  inLanguage: 'ms-MY',
  author: {
    ...siti,
    jobTitle: 'Wartawan ekonomi Asia',
    description:
      'Siti ialah penulis berita yang pakar dalam ekonomi Asia, kewangan Islam, hubungan antarabangsa dan dasar awam.',
  },
  sections: [
    {
      blocks: [
        'Timbalan Perdana Menteri China He Lifeng dijadual bertemu pegawai kanan A.S. dari 24 hingga 27 Oktober di Kuala Lumpur untuk pusingan baharu rundingan perdagangan, di tengah-tengah ketegangan antara dua ekonomi terbesar dunia.',
        'Kementerian Perdagangan China mengumumkan lawatan delegasi itu sebagai sebahagian daripada persiapan Sidang Kemuncak ASEAN yang dihoskan oleh Malaysia.',
      ],
    },
    {
      heading: 'Apa yang Dibincangkan',
      blocks: [
        'Rundingan itu dijangka menumpukan perhatian kepada sekatan eksport nadir bumi China yang diperluas baru-baru ini dan tindak balas Washington melalui sekatan eksport teknologi.',
      ],
    },
    {
      heading: 'Perkara yang Perlu Diperhatikan',
      blocks: [
        {
          type: 'list',
          items: [
            'Pengumuman hasil atau kenyataan bersama selepas rundingan.',
            'Sebarang perubahan dalam dasar eksport nadir bumi China.',
            'Kesan ke atas pasaran komoditi dan rantaian bekalan global.',
          ],
        },
      ],
    },
  ],
  latest: [
    {
      headline: 'Ringgit mengukuh menjelang rundingan perdagangan di Kuala Lumpur',
      url: '/ms/pasaran/ringgit',
      datePublished: '2025-10-23T16:40:00+08:00',
    },
    {
      headline: 'Pemimpin ASEAN berhimpun untuk sidang kemuncak',
      url: '/ms/asia/sidang-kemuncak-asean',
      datePublished: '2025-10-23T11:15:00+08:00',
    },
    {
      headline: 'Eksport Malaysia melepasi jangkaan',
      url: '/ms/ekonomi/eksport',
      datePublished: '2025-10-21T09:30:00+08:00',
    },
  ],
};

const eventsDocs =
  'Bad data never breaks the page: each problem skips only its own part, logs one `console.error` naming the element, and dispatches a bubbling, composed `news-error` event whose `detail` is `{ element, field, reason }`. Open the **Actions** panel on the `BadInput…` and `Events` stories: each `news-error` shows there with its `detail`.';

const meta: Meta<Args> = {
  title: 'Elements/news-article',
  component: 'news-article',
  render: renderArticle,
  args: { article: seedPage, labels: { ...defaultLabels }, noSkipLink: false },
  argTypes: {
    // The manifest types these as `… | string` (the JSON attribute); the object editor fits the data.
    article: { control: 'object' },
    labels: { control: 'object' },
  },
  parameters: {
    canvas: 'page',
    docs: {
      description: {
        component: `${docsDescription('news-article', {
          json: `<news-article article='{
  "headline": "China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute",
  "dateline": "Kuala Lumpur",
  "datePublished": "2025-10-23",
  "author": { "name": "Siti", "description": "Siti is a news writer specialising in …" },
  "sections": [
    { "blocks": ["China’s Vice Premier He Lifeng is scheduled to meet …"] },
    { "heading": "What’s on the Agenda", "blocks": ["The talks will bring …"] }
  ],
  "latest": [{ "headline": "Ringgit edges higher", "url": "/markets/ringgit", "datePublished": "2025-10-23T16:40:00+08:00" }]
}'></news-article>

<script type="module">
  // Or as a property: an object or JSON text.
  document.querySelector('news-article').article = articleFromYourCms;
</script>`,
          html: `<news-article lang="en-GB">
  <h1 slot="headline">China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute</h1>
  <p slot="byline"><span>By <strong>Siti</strong></span></p>
  <article-section>
    <p><strong class="dateline">Kuala Lumpur, <time datetime="2025-10-23">23 October 2025</time> —</strong> China’s Vice Premier …</p>
  </article-section>
  <article-section>
    <h2>What’s on the Agenda</h2>
    <p>The talks will bring …</p>
  </article-section>
  <author-card slot="author"><span slot="name">Siti</span><p>Siti is a news writer …</p></author-card>
  <latest-news slot="aside"><ul><li><a href="/markets/ringgit">Ringgit edges higher</a></li></ul></latest-news>
</news-article>`,
        })}
## Bad data and the Actions panel

${eventsDocs}
`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The reference article, from JSON: the seed with the latest stories beside it. */
export const FromJson: Story = {};

/** The same page written as plain HTML (demo/slotted.html), readable before and without JavaScript. */
export const FromSlottedHtml: Story = {
  args: { article: undefined },
  render: ({ article, labels, noSkipLink }) =>
    html`<news-article
      lang="en-GB"
      .article=${article}
      .labels=${labels}
      ?no-skip-link=${noSkipLink}
      >${seedArticleHtml}</news-article
    >`,
};

/** Only the required headline: no byline, body, author card or aside. */
export const Minimal: Story = {
  tags: ['!autodocs'],
  args: { article: { headline: seedArticle.headline } },
};

/** Every field: kicker, standfirst, lead image with caption and credit, "Updated", two authors, quote, figure, nested list, latest news. */
export const FullData: Story = {
  tags: ['!autodocs'],
  args: { article: fullArticle },
};

/** Every block of the contract v1.1 (subheadings, a table, embeds, a divider, notes) among those of v1. */
export const KitchenSinkV11: Story = {
  tags: ['!autodocs'],
  args: { article: kitchenSinkArticle },
};

/** Headline and body only: no author, no dates, no latest news, so no byline, author card or aside. */
export const MissingOptionalFields: Story = {
  tags: ['!autodocs'],
  args: { article: { headline: seedArticle.headline, sections: seedArticle.sections } },
};

/** A very long headline and words longer than any column in the body, a heading, the author's name and the aside. */
export const VeryLongHeadlineAndWords: Story = {
  tags: ['!autodocs'],
  args: {
    article: {
      headline: `China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute, as Negotiators From Both Sides Prepare for Four Days of Meetings at the ${longWord} in Kuala Lumpur Ahead of the ASEAN Summit and a Meeting of the Two Presidents`,
      description: `The standfirst names the ${longWord} too.`,
      dateline: 'Kuala Lumpur',
      datePublished: '2025-10-23',
      author: { name: longWord, jobTitle: `${longWord} correspondent`, description: `${longWord} ${longWord}` },
      sections: [
        {
          blocks: [
            `${longWord} ${longWord} ${longWord}`,
            `The full statement is at https://example.com/${longWord}/${longWord}/statement.`,
          ],
        },
        {
          heading: `${longWord} ${longWord}`,
          blocks: [
            { type: 'list', items: [{ term: `${longWord}:`, text: longWord }, `https://example.com/${longWord}`] },
          ],
        },
      ],
      latest: [
        {
          headline: `${longWord} ${longWord}`,
          url: `/markets/${longWord}`,
          datePublished: '2025-10-23T16:40:00+08:00',
        },
        ...latestStories.slice(0, 2),
      ],
    },
  },
};

/** Four authors: "By A, B, C and D", one card each; the two without a photo show their initial. */
export const SeveralAuthors: Story = {
  tags: ['!autodocs'],
  args: { article: { ...seedPage, author: moreAuthors } },
};

/** Arabic (`inLanguage: "ar"`): the article is right to left, with its built-in Arabic labels. */
export const ArabicRightToLeft: Story = {
  args: { article: arabicArticle },
  parameters: { language: 'ar' },
};

/** Malay (`inLanguage: "ms-MY"`): built-in Malay labels, one replaced by `labels`; Tab into the canvas to see the skip link's. */
export const MalayLabels: Story = {
  tags: ['!autodocs'],
  args: { article: malayArticle, labels: malayLabels },
};

/** Without the built-in skip link, for a page that has its own `<skip-link>` at its top (see InBusyHostLayout). */
export const NoSkipLink: Story = {
  tags: ['!autodocs'],
  args: { noSkipLink: true },
};

/** Invalid JSON in the `article` attribute: a `news-error` (see the Actions panel), and the slotted HTML shows instead. */
export const BadInputInvalidJson: Story = {
  tags: ['!autodocs', 'expected-news-error'],
  render: ({ labels, noSkipLink }) =>
    html`<news-article
      lang="en-GB"
      article='{"headline": "China and U.S. Set for Trade Talks", "sections": [{"blocks": ["Unclosed'
      .labels=${labels}
      ?no-skip-link=${noSkipLink}
      >${seedArticleHtml}</news-article
    >`,
};

/**
 * No headline, an unknown block type, a `javascript:` URL, wrong types: each is reported (see the
 * Actions panel) and skipped; the rest renders.
 */
export const BadInputFields: Story = {
  tags: ['!autodocs', 'expected-news-error'],
  args: {
    article: {
      description: 'The headline is missing: the page has no title, everything else still renders.',
      dateline: 'Kuala Lumpur',
      datePublished: 'last Thursday',
      author: [{ ...siti, url: 'javascript:alert(document.cookie)' }, { jobTitle: 'A person without a name' }],
      sections: [
        {
          blocks: [
            'This paragraph comes before a block of an unknown type.',
            { type: 'video', url: 'https://example.com/talks.mp4' },
            'This paragraph comes after it: only the unknown block was left out.',
            42,
          ],
        },
        { heading: 'Blocks that are not an array', blocks: 'A string where an array belongs' },
        {
          heading: 'A list with wrong types',
          blocks: [
            {
              type: 'list',
              ordered: 'yes',
              items: ['Shown unordered.', { text: 'Still shown.' }, { term: ['not', 'text'] }],
            },
          ],
        },
      ],
      latest: [
        { headline: 'A story linked with a javascript: URL is shown without its link', url: 'javascript:void(0)' },
        { url: '/a-story-without-a-headline' },
        ...latestStories.slice(0, 2),
      ],
    } as unknown as ArticleData,
  },
};

/** The page in a sidebar-width container (320px): one column, the aside below the article. */
export const NarrowColumn: Story = {
  tags: ['!autodocs'],
  render: (args) => inContainer('320px', renderArticle(args)),
};

/** The page in a 1400px container: it stops at its maximum width, centred, with the aside beside the article. */
export const WideContainer: Story = {
  tags: ['!autodocs'],
  render: (args) => inContainer('1400px', renderArticle(args)),
};

/** The article in a busy newspaper page: masthead, navigation, ads, a left rail and a footer, with the host's own CSS. */
export const InBusyHostLayout: Story = {
  tags: ['!autodocs'],
  args: { noSkipLink: true },
  render: (args) => busyHostLayout(renderArticle(args)),
};

/**
 * A dark header band, a common rebrand (README, "Theming"): the header part's background and the
 * header tokens. The byline's names, its dates and the lead image's caption follow them.
 */
export const DarkHeader: Story = {
  tags: ['!autodocs'],
  args: { article: fullArticle },
  render: (args) =>
    html`<style>
        .dark-header news-article::part(header) {
          padding: 1.5em;
          background: #0b1d2c;
        }
        .dark-header news-article {
          --news-article-header-color: #fff;
          --news-article-header-muted-color: #c5d0dc;
          --news-article-kicker-color: #ffd166;
        }
      </style>
      <div class="dark-header">${renderArticle(args)}</div>`,
};

/**
 * The `news-error` event in the Actions panel: once the page has rendered, its `datePublished` is
 * replaced by "last Thursday"; the dateline loses its date and the panel shows the event's detail.
 */
export const Events: Story = {
  tags: ['!autodocs', 'expected-news-error'],
  parameters: { docs: { description: { story: eventsDocs } } },
  play: async ({ canvasElement }) => {
    const newsArticle = canvasElement.querySelector('news-article')!;
    const reported = new Promise<NewsErrorDetail>((resolve) =>
      newsArticle.addEventListener('news-error', (event) => resolve(event.detail), { once: true }),
    );
    newsArticle.article = { ...seedPage, datePublished: 'last Thursday' };
    const detail = await reported;
    await expect(detail).toMatchObject({ element: 'news-article', field: 'datePublished' });
  },
};

/**
 * The article from a URL (`src`): files on Storybook's static server, the seed article under
 * /demo/ and the fixtures of test/fixtures/feeds/ under /feeds/. The loading story replaces
 * `fetch` for its one path (see stories/support/fetch-stub.ts).
 */
const articleFromUrl = (src: string, slotted: unknown = ''): Story => ({
  args: { article: undefined },
  parameters: { controls: { include: ['labels', 'noSkipLink'] } },
  render: ({ labels, noSkipLink }) =>
    html`<news-article src=${src} .labels=${labels} ?no-skip-link=${noSkipLink}>${slotted}</news-article>`,
});

/** The seed article in our JSON, from `src="/demo/seed-article.json"`. */
export const FromUrl: Story = { ...articleFromUrl('/demo/seed-article.json'), tags: ['!autodocs'] };

/** A WordPress REST post, `/wp-json/wp/v2/posts/<id>?_embed` (`/feeds/wp-post.json`): its HTML content through the sanitiser, authors and featured image from `_embedded`. */
export const FromWordPressPostUrl: Story = { ...articleFromUrl('/feeds/wp-post.json'), tags: ['!autodocs'] };

/** While `src` loads: busy (`aria-busy`), "Loading…" said politely, space kept. This story's `fetch` never answers. */
export const LoadingFromUrl: Story = {
  ...articleFromUrl('/feeds/slow-article.json'),
  beforeEach: () => stubFetch({ '/feeds/slow-article.json': noAnswer }),
};

/**
 * A URL that answers with a login page instead of the article (`/feeds/login-page.html`): one
 * `news-error` (see the Actions panel), the slotted headline stays, and a button tries again.
 */
export const ErrorFromUrl: Story = {
  ...articleFromUrl(
    '/feeds/login-page.html',
    html`<h1 slot="headline">The slotted headline stays when the article cannot be loaded</h1>`,
  ),
  tags: ['!autodocs', 'expected-news-error'],
};

linkOtherStories(meta, {
  Minimal,
  FullData,
  KitchenSinkV11,
  MissingOptionalFields,
  VeryLongHeadlineAndWords,
  SeveralAuthors,
  MalayLabels,
  NoSkipLink,
  BadInputInvalidJson,
  BadInputFields,
  NarrowColumn,
  WideContainer,
  InBusyHostLayout,
  DarkHeader,
  Events,
  FromUrl,
  FromWordPressPostUrl,
  LoadingFromUrl,
  ErrorFromUrl,
});
