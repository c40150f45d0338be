import { Problems } from '../parse.js';
import type { ArticleData, PersonData } from '../types.js';
import {
  feedUrl,
  type FeedArticle,
  maxBodyLength,
  isRecord,
  type JsonRecord,
  property,
  readFeedJson,
  stringValue,
} from './common.js';
import { sectionsFromHtml } from './html-blocks.js';
import { descriptionFromHtml, htmlToText } from './text.js';
import { date, embedded, excerptMarkup, featuredImage, isErrorResponse, rendered, renderedText } from './wordpress.js';

function author(person: JsonRecord, path: string, problems: Problems): PersonData | undefined {
  const name = htmlToText(stringValue(property(person, 'name')) ?? '');
  if (!name) return undefined;
  const data: PersonData = { name };
  const bio = htmlToText(stringValue(property(person, 'description')) ?? '');
  if (bio) data.description = bio;
  const archive = feedUrl(property(person, 'link'), `${path}.link`, problems);
  if (archive) data.url = archive;
  const website = feedUrl(property(person, 'url'), `${path}.url`, problems);
  if (website) data.sameAs = [website];
  const avatars = property(person, 'avatar_urls');
  const avatar = feedUrl(property(avatars, '96') ?? property(avatars, '48'), `${path}.avatar_urls`, problems);
  if (avatar) data.image = { url: avatar, alt: '', width: 96, height: 96 };
  return data;
}

/** The first category (not WordPress's default "Uncategorized"), as the article's kicker. */
function category(post: JsonRecord): string | undefined {
  // `wp:term` is a list of lists, one for each taxonomy.
  const groups = property(property(post, '_embedded'), 'wp:term');
  for (const group of Array.isArray(groups) ? groups : []) {
    if (!Array.isArray(group)) continue;
    for (const term of group) {
      if (property(term, 'taxonomy') !== 'category' || property(term, 'slug') === 'uncategorized') continue;
      const name = htmlToText(stringValue(property(term, 'name')) ?? '');
      if (name) return name;
    }
  }
  return undefined;
}

/**
 * Reads one WordPress REST post (`/wp-json/wp/v2/posts/<id>?_embed`; the text or the parsed
 * object) into an article: the headline, standfirst (a hand-written excerpt only), dates,
 * link, first category, featured image with caption, authors from `_embedded.author`, and
 * `content.rendered` as sections: each heading starts one, paragraphs keep their inline HTML
 * (sanitised when shown), lists, quotes and images become their blocks, an embedded player a
 * plain link. What cannot be shown (a script, a form) is left out and reported.
 */
export function fromWordPressPost(json: unknown): FeedArticle {
  const problems = new Problems();
  const post = readFeedJson(json, problems);
  if (post === undefined || isErrorResponse(post, problems)) return { article: undefined, problems: problems.list };
  if (!isRecord(post)) {
    problems.add('feed', 'is not a WordPress post object');
    return { article: undefined, problems: problems.list };
  }
  const headline = renderedText(property(post, 'title'));
  if (!headline) problems.add('title.rendered', 'is missing; the article has no title');
  const article: ArticleData = { headline };
  const content = property(post, 'content');
  const body = rendered(content) ?? '';
  const bodyText = htmlToText(body);
  const excerpt = descriptionFromHtml(excerptMarkup(post));
  // WordPress makes an excerpt of the body's first words when none is written: that is no standfirst.
  const opening = excerpt?.replace(/…$/, '').slice(0, 60);
  if (excerpt && opening && !bodyText.startsWith(opening)) article.description = excerpt;
  const section = category(post);
  if (section) article.articleSection = section;
  const published = date(post, 'date', 'date_gmt', '', problems);
  if (published) article.datePublished = published;
  const modified = date(post, 'modified', 'modified_gmt', '', problems);
  if (modified && modified !== published) article.dateModified = modified;
  const url = feedUrl(property(post, 'link'), 'link', problems);
  if (url) article.url = url;
  const image = featuredImage(post, '', problems, true);
  if (image) article.image = image;
  const authors = embedded(post, 'author')
    .map((person, index) => author(person, `_embedded.author[${index}]`, problems))
    .filter((person): person is PersonData => person !== undefined);
  if (authors.length > 0) article.author = authors;
  if (property(content, 'protected') === true) {
    problems.add('content.protected', 'is true: the post needs a password; its body was left out');
  } else if (body.length > maxBodyLength) {
    const size = `${(body.length / 1048576).toFixed(1)} MB`;
    problems.add('content.rendered', `is ${size}, over the ${maxBodyLength / 1048576} MB limit; the body was left out`);
  } else {
    article.sections = sectionsFromHtml(body, 'content.rendered', problems);
  }
  return { article, problems: problems.list };
}
