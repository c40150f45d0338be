import { parseIsoDate } from './dates.js';
import { canonicalLocale, defaultLabels } from './locale.js';
import type { Article, ArticleImage, Block, Labels, ListItem, NewsItem, Person, Section } from './types.js';
import { type Problems, describe, field, isRecord, type Record } from './read.js';
import { blockKinds, lazyBlockTypes, madeBy, remember, type HtmlField } from './registry.js';
import { checkUrl } from './url.js';
import { textOfMarkupWithoutParsing } from './markup-text.js';

// Everything a parser's caller needs comes from here, whichever module it lives in.
export { Problems, describe, field, isRecord, readJson, type Record } from './read.js';
export type { BlockParser } from './registry.js';

/**
 * Collects the `html` fields of one element's input, named from that input: the paragraph at
 * `sections[0].blocks[1].html` of an article is `blocks[1].html` to the `<article-section>`
 * that renders it, as it would be had the section been given its blocks itself.
 */
export class HtmlFields {
  readonly list: HtmlField[] = [];
  /** `_path`: where the input sits in what is parsed; `_name`: the element's name for it. */
  constructor(
    private readonly _path: string,
    private readonly _name: string,
  ) {}
  add(fieldPath: string, markup: string): void {
    this.list.push({ field: this._name + fieldPath.slice(this._path.length), markup });
  }
  /** A field of `list` by its path in the input. */
  inInput(field: string): string {
    return this._path + field.slice(this._name.length);
  }
}

export function optionalString(record: Record, key: string, path: string, problems: Problems): string | undefined {
  const value = field(record, key);
  if (value === undefined || value === null) return undefined;
  // A number is a wrong type like any other (the contract's strings are text, and `42` may be an id).
  if (typeof value !== 'string') return skip(problems, `${path}${key}`, 'a string', value);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A text field without which the thing it belongs to is left out (and that is reported). */
export function requiredString(record: Record, key: string, path: string, problems: Problems, thing: string) {
  const value = optionalString(record, key, path, problems);
  if (value === undefined) problems.add(`${path}${key}`, `is missing; the ${thing} was left out`);
  return value;
}

function optionalUrl(record: Record, key: string, path: string, problems: Problems): string | undefined {
  const value = optionalString(record, key, path, problems);
  return value === undefined ? undefined : safeUrl(value, `${path}${key}`, problems);
}

/** A URL that passed `checkUrl`, or undefined with a recorded problem. */
export function safeUrl(value: string, path: string, problems: Problems): string | undefined {
  const result = checkUrl(value);
  if (result.ok) return result.url;
  problems.add(path, `URL ${result.reason}; it was left out`);
  return undefined;
}

function optionalDate(record: Record, key: string, path: string, problems: Problems): string | undefined {
  const value = optionalString(record, key, path, problems);
  if (value === undefined) return undefined;
  if (parseIsoDate(value)) return value;
  problems.add(`${path}${key}`, `"${truncate(value)}" is not an ISO 8601 date`);
  return undefined;
}

function optionalDimension(record: Record, key: string, path: string, problems: Problems): number | undefined {
  const value = field(record, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number') return skip(problems, `${path}${key}`, 'a number of pixels', value);
  // Rounded first, so 0.4 is refused rather than reserving no space at all.
  const whole = Number.isFinite(value) ? Math.round(value) : 0;
  if (whole >= 1) return whole;
  problems.add(`${path}${key}`, `should be a positive number of pixels but is ${shown(value)}`);
  return undefined;
}

/**
 * A model object without a prototype: a field it lacks reads as undefined, never as a key a
 * script on the page added to `Object.prototype` (an inherited `html` would replace every plain
 * paragraph). Every object the parsers hand the templates is made with it.
 */
export const own = <T extends object>(model: T): T => Object.setPrototypeOf(model, null) as T;

const truncate = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A bad value as a problem shows it: a number or text in quotes (shortened), anything else by its kind. */
export const shown = (value: unknown): string =>
  typeof value === 'number' || typeof value === 'string' ? `"${truncate(String(value))}"` : describe(value);

/**
 * Reads an array field; a single value stands for a one-element array when `single` allows it.
 * With a `limit`, the entries past `limit.max` are left out unread, which is reported once for the
 * input (`limit.what` names them: "authors").
 */
export function arrayOf<T>(
  value: unknown,
  path: string,
  problems: Problems,
  parseOne: (item: unknown, itemPath: string) => T | undefined,
  single = false,
  limit?: { max: number; what: string },
): T[] {
  if (value === undefined || value === null) return [];
  if (limit && Array.isArray(value) && value.length > limit.max) {
    reportOnce(problems, path, `is past the ${limit.max} ${limit.what} allowed; the rest were left out`);
    value = value.slice(0, limit.max);
  }
  if (!Array.isArray(value)) {
    if (single) {
      const one = parseOne(value, path);
      return one === undefined ? [] : [one];
    }
    skip(problems, path, 'an array', value);
    return [];
  }
  const result: T[] = [];
  value.forEach((item, index) => {
    const parsed = parseOne(item, `${path}[${index}]`);
    if (parsed !== undefined) result.push(parsed);
  });
  return result;
}

export function parseImage(value: unknown, path: string, problems: Problems): ArticleImage | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    // An empty string is how many CMSs write "no image": absent, like an empty text field.
    if (value.trim() === '') return undefined;
    const url = safeUrl(value, path, problems);
    return url === undefined ? undefined : own({ url, alt: '' });
  }
  if (!isRecord(value)) return skip(problems, path, 'a URL or an image object', value);
  const prefix = `${path}.`;
  const rawUrl = requiredString(value, 'url', prefix, problems, 'image');
  const url = rawUrl === undefined ? undefined : safeUrl(rawUrl, `${prefix}url`, problems);
  if (url === undefined) return undefined;
  return own({
    url,
    alt: optionalString(value, 'alt', prefix, problems) ?? '',
    caption: optionalString(value, 'caption', prefix, problems),
    credit: optionalString(value, 'credit', prefix, problems),
    width: optionalDimension(value, 'width', prefix, problems),
    height: optionalDimension(value, 'height', prefix, problems),
  });
}

export function parsePerson(value: unknown, path: string, problems: Problems): Person | undefined {
  if (madeBy(value, parsePerson)) return value;
  if (typeof value === 'string') {
    return value.trim() === '' ? undefined : remember(own({ name: value.trim(), sameAs: [] }), parsePerson);
  }
  if (!isRecord(value)) return skip(problems, path, 'a person object', value);
  const prefix = `${path}.`;
  const name = requiredString(value, 'name', prefix, problems, 'person');
  if (name === undefined) return undefined;
  return remember(
    own({
      name,
      description: optionalString(value, 'description', prefix, problems),
      jobTitle: optionalString(value, 'jobTitle', prefix, problems),
      image: parseImage(field(value, 'image'), `${prefix}image`, problems),
      url: optionalUrl(value, 'url', prefix, problems),
      // schema.org allows one URL as well as a list of them.
      sameAs: arrayOf(
        field(value, 'sameAs'),
        `${prefix}sameAs`,
        problems,
        (item, itemPath) => {
          if (typeof item !== 'string') return skip(problems, itemPath, 'a URL string', item);
          return item.trim() === '' ? undefined : safeUrl(item, itemPath, problems);
        },
        true,
        { max: maxProfileLinks, what: 'profile links' },
      ),
    }),
    parsePerson,
  );
}

/** A Person or a list of them (schema.org allows both). */
export function parsePeople(value: unknown, path: string, problems: Problems): Person[] {
  if (madeBy(value, parsePeople)) return value;
  const people = arrayOf(value, path, problems, (item, itemPath) => parsePerson(item, itemPath, problems), true, {
    max: maxPeople,
    what: 'people',
  });
  return remember(people, parsePeople);
}

export function skip(problems: Problems, path: string, expected: string, value: unknown): undefined {
  problems.add(path, `should be ${expected} but is ${describe(value)}`);
  return undefined;
}

/*
 * Limits on the size of data, applied here, before anything costly (sanitising, rendering) is
 * done with it: past them, data is hostile or broken, and rendering it all would freeze the page.
 * Each is reported once for an element's input, and what fits is kept. README's security model
 * lists them; `npm run bench:long-tasks` measures the longest task at and past them.
 */

/** Characters of one `html` field; a longer one is shown as its text, cut at the limit. */
export const maxHtmlLength = 10_000;
/** Levels of elements nested in an `html` field; deeper markup is shown as its text. */
export const maxMarkupDepth = 20;
/** Levels of nested lists; deeper items are shown at the deepest level. */
export const maxListDepth = 8;
/** Items of one list, nested ones included; the rest are left out. */
export const maxListItems = 500;
/** Sections and blocks of one element's input, counted together; the rest are left out. */
export const maxBlocks = 1_000;
/**
 * Stories of `<latest-news>` (its `max-items` by default) and of an article's `latest`: the rest
 * are not shown. Showing the first few of a longer list is what an aside does, so it is not reported.
 */
export const maxNewsItems = 50;
/** Stories in one list past which it is hostile or broken data, as many as are read from a feed: reported. */
export const maxStoriesGiven = 500;
/** Authors of one input (an article's or an author card's); the rest are left out. */
export const maxPeople = 50;
/** Profile links (`sameAs`) of one person; the rest are left out. */
export const maxProfileLinks = 20;
/** Body rows of one table; the rest are left out. */
export const maxTableRows = 500;
/** Cells of one table row or of its head; the rest are left out. */
export const maxTableColumns = 50;

/** Elements that have no end tag, so never nest. */
const voidTags = /^(area|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;

/**
 * How deep the elements of markup nest, counted as a parser would open and close them, and
 * without parsing: an end tag closes the innermost open element of its name and those inside it;
 * one that closes none is ignored. Counting stops past `maxMarkupDepth`.
 */
function markupDepth(markup: string): number {
  const open: string[] = [];
  for (const [, end, name] of markup.matchAll(/<(\/?)([a-z][^\s/>]*)[^>]*>/gi)) {
    const tag = name!.toLowerCase();
    if (!end) {
      if (!voidTags.test(tag) && open.push(tag) > maxMarkupDepth) break;
    } else {
      const at = open.lastIndexOf(tag);
      if (at >= 0) open.length = at;
    }
  }
  return open.length;
}

/**
 * An `html` field within the limits (listed in `html` for sanitising), or else its text: cut
 * at `maxHtmlLength` characters, checked before anything parses it, or whole when its markup
 * nests deeper than `maxMarkupDepth`.
 */
export function richText(
  markup: string,
  path: string,
  problems: Problems,
  html: HtmlFields,
): { html: string; text?: undefined } | { text: string; html?: undefined } {
  if (markup.length > maxHtmlLength) {
    problems.add(
      path,
      `has ${markup.length} characters, more than the ${maxHtmlLength} allowed; it is shown as text, cut at the limit`,
    );
    // A reference the cut splits (`&#82`) goes with it.
    const cut = markup.slice(0, maxHtmlLength).replace(/&#?[a-z\d]*$/i, '');
    return own({ text: `${textOfMarkupWithoutParsing(cut).trim()}…` });
  }
  if (markupDepth(markup) > maxMarkupDepth) {
    problems.add(path, `nests its markup deeper than ${maxMarkupDepth} levels; it is shown as text`);
    return own({ text: textOfMarkupWithoutParsing(markup).trim() });
  }
  html.add(path, markup);
  return own({ html: markup });
}

/** Reports a limit once for an input: the first place it is met. */
function reportOnce(problems: Problems, path: string, reason: string): void {
  if (!problems.list.some((problem) => problem.reason === reason)) problems.add(path, reason);
}

/** List items, nested ones included; the `html` fields in them go with the list (see `parsedHtmlFields`). */
export function parseListItems(value: unknown, path: string, problems: Problems): ListItem[] {
  if (madeBy(value, parseListItems)) return value;
  const html = new HtmlFields(path, 'items');
  const list = { problems, html, count: 0 };
  return remember(listItems(value, path, list, 0), parseListItems, html);
}

/** One list being read: its problems, its `html` fields and how many items were read so far. */
interface ListReading {
  problems: Problems;
  html: HtmlFields;
  count: number;
}

function listItems(value: unknown, path: string, list: ListReading, depth: number): ListItem[] {
  const { problems } = list;
  return arrayOf(value, path, problems, (item, itemPath): ListItem | ListItem[] | undefined => {
    if (list.count++ >= maxListItems) return pastMaxItems(list, itemPath);
    const nested = isRecord(item) ? field(item, 'items') : undefined;
    if (depth < maxListDepth - 1) {
      return listItem(item, itemPath, list, () => listItems(nested, `${itemPath}.items`, list, depth + 1));
    }
    // At the deepest level, the items nested below follow the item, as its siblings.
    const hasNested = isNested(nested);
    const parsed = listItem(item, itemPath, list, () => [], hasNested);
    if (!hasNested) return parsed;
    const flattened = flattenedItems(nested, `${itemPath}.items`, list);
    return parsed ? [parsed, ...flattened] : flattened;
  }).flat();
}

/** True when an item's `items` has something in it (read as its list). */
const isNested = (items: unknown): boolean =>
  Array.isArray(items) ? items.length > 0 : items !== undefined && items !== null;

function pastMaxItems(list: ListReading, path: string): undefined {
  reportOnce(list.problems, path, `is past the ${maxListItems} items a list may have; the rest were left out`);
  return undefined;
}

/**
 * One item with the nested items `readItems` reads (after the item's own `html` field, in the
 * order a reader meets them); undefined when it has nothing to show, reported unless its nested
 * items are shown in its stead (`flattened`).
 */
function listItem(
  item: unknown,
  itemPath: string,
  list: ListReading,
  readItems: () => ListItem[],
  flattened = false,
): ListItem | undefined {
  const { problems } = list;
  if (typeof item === 'string') {
    if (item.trim() === '') return undefined;
    return own({ text: item.trim(), items: [] });
  }
  if (!isRecord(item)) return skip(problems, itemPath, 'a string or a list item object', item);
  const prefix = `${itemPath}.`;
  const term = optionalString(item, 'term', prefix, problems);
  const markup = optionalString(item, 'html', prefix, problems);
  const content = markup === undefined ? undefined : richText(markup, `${prefix}html`, problems, list.html);
  const text = content?.text ?? optionalString(item, 'text', prefix, problems);
  const items = readItems();
  if (!term && !text && !content?.html && items.length === 0) {
    if (!flattened) problems.add(itemPath, 'has no term, text, html or items; it was left out');
    return undefined;
  }
  return own({ term, text, html: content?.html, items });
}

/**
 * The items nested below the deepest level, in reading order, each without nesting: read with a
 * stack of its own, so that hostile nesting thousands of levels deep costs no deeper calls. Their
 * problems are reported at `path`, where the flattening began (a path for each would grow with
 * the depth).
 */
function flattenedItems(value: unknown, path: string, list: ListReading): ListItem[] {
  reportOnce(
    list.problems,
    path,
    `nests lists deeper than ${maxListDepth} levels; the deeper items are shown at level ${maxListDepth}`,
  );
  const result: ListItem[] = [];
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (Array.isArray(next)) {
      for (let index = next.length - 1; index >= 0; index -= 1) pending.push(next[index]);
    } else if (next !== undefined && next !== null) {
      if (list.count++ >= maxListItems) return (pastMaxItems(list, path), result);
      const nested = isRecord(next) ? field(next, 'items') : undefined;
      const hasNested = isNested(nested);
      const item = listItem(next, path, list, () => [], hasNested);
      if (item) result.push(item);
      if (hasNested) pending.push(nested);
    }
  }
  return result;
}

/** One block; the `html` of a paragraph (a v1.1 block's: of a note or cell) goes to `html` (a list's go with its items). */
function parseBlock(value: unknown, path: string, problems: Problems, html: HtmlFields): Block | undefined {
  const block = readBlock(value, path, problems, html);
  return block && own(block);
}

function readBlock(value: unknown, path: string, problems: Problems, html: HtmlFields): Block | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : { type: 'paragraph', text: value.trim() };
  if (!isRecord(value)) return skip(problems, path, 'a string or a block object', value);
  const prefix = `${path}.`;
  const type = field(value, 'type');
  switch (type) {
    case 'paragraph': {
      const markup = optionalString(value, 'html', prefix, problems);
      if (markup !== undefined) return { type: 'paragraph', ...richText(markup, `${prefix}html`, problems, html) };
      const text = optionalString(value, 'text', prefix, problems);
      if (text !== undefined) return { type: 'paragraph', text };
      problems.add(path, 'is a paragraph without text or html; it was left out');
      return undefined;
    }
    case 'list': {
      const items = parseListItems(field(value, 'items'), `${prefix}items`, problems);
      if (items.length === 0) {
        problems.add(`${prefix}items`, 'is empty or missing; the list was left out');
        return undefined;
      }
      const ordered = field(value, 'ordered');
      if (ordered !== undefined && ordered !== null && typeof ordered !== 'boolean') {
        problems.add(`${prefix}ordered`, `should be true or false but is ${describe(ordered)}; the list is unordered`);
      }
      return { type: 'list', ordered: ordered === true, items };
    }
    case 'quote': {
      const text = requiredString(value, 'text', prefix, problems, 'quote');
      return text === undefined
        ? undefined
        : { type: 'quote', text, cite: optionalString(value, 'cite', prefix, problems) };
    }
    case 'figure': {
      const rawImage = field(value, 'image');
      const image = parseImage(rawImage, `${prefix}image`, problems);
      if (!image) {
        // parseImage has already reported a bad image; an absent one is reported here.
        const absent =
          rawImage === undefined || rawImage === null || (typeof rawImage === 'string' && rawImage.trim() === '');
        if (absent) problems.add(`${prefix}image`, 'is missing; the figure was left out');
        return undefined;
      }
      return { type: 'figure', image };
    }
    default: {
      const kind = blockKinds.get(type);
      if (kind) return kind.parse(value, prefix, path, problems, html);
      if (lazyBlockTypes.includes(type as string)) return unloadedBlock(value, path, problems);
      if (type === undefined || type === null) {
        problems.add(`${prefix}type`, 'is missing; the block was left out');
      } else {
        problems.add(`${prefix}type`, `${shown(type)} is not a known block type; the block was left out`);
      }
      return undefined;
    }
  }
}

const blocksMissing =
  'is shown as text, as are any other v1.1 blocks: serve the news-elements-blocks-*.js file beside news-elements.js';

/** A v1.1 block read before its parser loaded (or when it could not): its text or title as a paragraph, reported once per input. */
function unloadedBlock(value: Record, path: string, problems: Problems): Block | undefined {
  if (!problems.list.some(({ reason }) => reason === blocksMissing)) problems.add(path, blocksMissing);
  const text = field(value, 'text') ?? field(value, 'title');
  return typeof text === 'string' && text.trim() ? { type: 'paragraph', text: text.trim() } : undefined;
}

/** How many of an array's entries there are, or 0 for anything else. */
const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/**
 * What is left of the `maxBlocks` sections and blocks an article's sections share, and whether
 * some were left out.
 */
interface BlockBudget {
  left: number;
  cut?: boolean;
}

/**
 * A section's blocks, as many as `budget` leaves (an article's sections share one); the `html`
 * fields of its paragraphs go with them (see `parsedHtmlFields`). Without a budget (an element
 * given blocks), at most `maxBlocks`, and blocks left out are reported.
 */
export function parseBlocks(value: unknown, path: string, problems: Problems, budget?: BlockBudget): Block[] {
  if (madeBy(value, parseBlocks)) return value;
  const length = lengthOf(value);
  const max = budget ? budget.left : maxBlocks;
  if (length > max) {
    if (budget) budget.cut = true;
    else problems.add(path, `has ${length} blocks, more than the ${maxBlocks} allowed; the rest were left out`);
  }
  if (budget) budget.left -= Math.min(length, max);
  const html = new HtmlFields(path, 'blocks');
  const blocks = arrayOf(length > max ? (value as unknown[]).slice(0, max) : value, path, problems, (item, itemPath) =>
    parseBlock(item, itemPath, problems, html),
  );
  return remember(blocks, parseBlocks, html);
}

/** A section, with as many blocks as `budget` leaves. */
export function parseSection(
  value: unknown,
  path: string,
  problems: Problems,
  budget?: BlockBudget,
): Section | undefined {
  if (!isRecord(value)) return skip(problems, path, 'a section object', value);
  const prefix = `${path}.`;
  return own({
    heading: optionalString(value, 'heading', prefix, problems),
    id: optionalString(value, 'id', prefix, problems),
    blocks: parseBlocks(field(value, 'blocks'), `${prefix}blocks`, problems, budget),
  });
}

/**
 * An article's sections, at most `maxBlocks` sections and blocks in all: the sections and blocks
 * past that are left out (before they are read), and that is reported once.
 */
function parseSections(value: unknown, problems: Problems): Section[] {
  const budget: BlockBudget = { left: maxBlocks };
  const sections = arrayOf(value, 'sections', problems, (item, itemPath) => {
    if (budget.left <= 0) return void (budget.cut = true);
    budget.left -= 1;
    return parseSection(item, itemPath, problems, budget);
  });
  if (budget.cut) {
    problems.add('sections', `have more than the ${maxBlocks} sections and blocks allowed; the rest were left out`);
  }
  return sections;
}

/**
 * Stories, at most `max` of them (`<latest-news>`'s `max-items`; `maxNewsItems` when that is not
 * a number from 0 up) and never more than `maxStoriesGiven`: the rest are left out before they
 * are read. More than `maxStoriesGiven` is reported.
 */
export function parseNewsItems(value: unknown, path: string, problems: Problems, max?: number): NewsItem[] {
  if (madeBy(value, parseNewsItems)) return value;
  const shown = Math.min(typeof max === 'number' && max >= 0 ? Math.floor(max) : maxNewsItems, maxStoriesGiven);
  if (lengthOf(value) > maxStoriesGiven) {
    problems.add(
      path,
      `has ${lengthOf(value)} stories, more than the ${maxStoriesGiven} allowed; only the first ${shown} are shown`,
    );
  }
  const items = arrayOf(
    lengthOf(value) > shown ? (value as unknown[]).slice(0, shown) : value,
    path,
    problems,
    (item, itemPath): NewsItem | undefined => {
      if (!isRecord(item)) return skip(problems, itemPath, 'a news item object', item);
      const prefix = `${itemPath}.`;
      const headline = requiredString(item, 'headline', prefix, problems, 'item');
      if (headline === undefined) return undefined;
      return own({
        headline,
        url: optionalUrl(item, 'url', prefix, problems),
        datePublished: optionalDate(item, 'datePublished', prefix, problems),
        image: parseImage(field(item, 'image'), `${prefix}image`, problems),
        description: optionalString(item, 'description', prefix, problems),
      });
    },
  );
  return remember(items, parseNewsItems);
}

/** Reads a whole article. Returns undefined only when the input is absent or not an object. */
export function parseArticle(value: unknown, problems: Problems): Article | undefined {
  if (value === undefined) return undefined;
  if (madeBy(value, parseArticle)) return value;
  if (!isRecord(value)) return skip(problems, 'article', 'an object', value);
  const headline = optionalString(value, 'headline', '', problems);
  if (headline === undefined) problems.add('headline', 'is missing; the article has no title');
  const inLanguage = optionalString(value, 'inLanguage', '', problems);
  const locale = canonicalLocale(inLanguage);
  if (inLanguage !== undefined && locale === undefined) {
    problems.add('inLanguage', `"${truncate(inLanguage)}" is not a BCP 47 language tag`);
  }
  const article: Article = own({
    headline,
    description: optionalString(value, 'description', '', problems),
    articleSection: optionalString(value, 'articleSection', '', problems),
    dateline: optionalString(value, 'dateline', '', problems),
    datePublished: optionalDate(value, 'datePublished', '', problems),
    dateModified: optionalDate(value, 'dateModified', '', problems),
    inLanguage: locale,
    url: optionalUrl(value, 'url', '', problems),
    image: parseImage(field(value, 'image'), 'image', problems),
    author: parsePeople(field(value, 'author'), 'author', problems),
    sections: parseSections(field(value, 'sections'), problems),
    latest: parseNewsItems(field(value, 'latest'), 'latest', problems),
  });
  return remember(article, parseArticle);
}

/** The keys `parseLabels` keeps: the default labels', and those of the v1.1 blocks once their file has loaded. */
export const labelKeys = /* @__PURE__ */ Object.keys(defaultLabels);

/** Replacement labels: known keys (`labelKeys`) with string values (another type is reported); other keys are ignored. */
export function parseLabels(value: unknown, problems: Problems): Partial<Labels> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    skip(problems, 'labels', 'an object', value);
    return {};
  }
  const labels: Partial<Labels> = own({});
  // The texts of `src` (`loading`, `loadFailed`, `retry`, `newStories`) are read by its loader chunk.
  for (const key of labelKeys as (keyof Labels)[]) {
    const text = optionalString(value, key, 'labels.', problems);
    if (text !== undefined) labels[key] = text;
  }
  return labels;
}
