/* eslint-disable @typescript-eslint/no-unused-vars -- the declarations below exist for their types */
/**
 * Compiled, never run: each line states what the package's declarations must give a TypeScript
 * user, and each `@ts-expect-error` a mistake they must catch.
 */
import 'news-elements/define';
import type {
  ArticleData,
  ArticleSection,
  AuthorCard,
  BulletList,
  LatestNews,
  NewsArticle,
  NewsErrorDetail,
  SkipLink,
} from 'news-elements';
import schema from 'news-elements/schema.json' with { type: 'json' };

/** True only when A and B are the same type (not merely assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<Condition extends true>(): Condition | void {}

// HTMLElementTagNameMap: every tag creates its own class.
const article = document.createElement('news-article');
expectType<Equals<typeof article, NewsArticle>>();
const section = document.createElement('article-section');
expectType<Equals<typeof section, ArticleSection>>();
const list = document.createElement('bullet-list');
expectType<Equals<typeof list, BulletList>>();
const card = document.createElement('author-card');
expectType<Equals<typeof card, AuthorCard>>();
const latest = document.createElement('latest-news');
expectType<Equals<typeof latest, LatestNews>>();
const skip = document.createElement('skip-link');
expectType<Equals<typeof skip, SkipLink>>();
const found = document.querySelector('latest-news');
expectType<Equals<typeof found, LatestNews | null>>();

// The data contract.
const data: ArticleData = {
  headline: 'China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute',
  datePublished: '2025-10-23',
  author: { name: 'Siti' },
  sections: [{ heading: 'What’s on the Agenda', blocks: ['The talks will bring …', { type: 'list', items: ['One'] }] }],
};
article.article = data;
article.article = JSON.stringify(data);
// @ts-expect-error `article` takes ArticleData or its JSON text, not a number.
article.article = 42;
// @ts-expect-error a block's `type` is one of the contract's block types.
const badBlock: ArticleData = { headline: 'x', sections: [{ blocks: [{ type: 'video', url: '/v.mp4' }] }] };

// The `news-error` event is typed on every element.
article.addEventListener('news-error', (event) => {
  expectType<Equals<typeof event.detail, NewsErrorDetail>>();
  const where: string = event.detail.field;
  const why: string = event.detail.reason;
  // @ts-expect-error the detail has `element`, `field` and `reason` only.
  const nothing = event.detail.value;
  console.log(where, why, nothing);
});

// The JSON Schema of the contract, imported as JSON.
const contract: object = schema;
