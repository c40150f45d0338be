import type { Problems } from '../parse.js';
import type { ArticleData, DataProblem, NewsItemData } from '../types.js';
import { checkUrl } from '../url.js';
import type { FeedDate } from './feed-dates.js';

/**
 * Feed text longer than this many characters (5 MiB; a character of ASCII is a byte) is not
 * read at all: a real feed of 500 stories is well under 1 MB, and parsing is the costly part.
 */
export const maxFeedLength = 5 * 1024 * 1024;

/**
 * An article body (WordPress `content.rendered`) longer than this many characters (1 MiB) is
 * not read: long reads are a few hundred kilobytes, and reading costs about a second of a
 * phone's time per megabyte of the worst markup.
 */
export const maxBodyLength = 1024 * 1024;

/** Stories read from one feed; the rest are left out, and that is reported once. */
export const maxFeedItems = 500;

/** Stories read from a feed, and what had to be left out on the way. */
export interface FeedItems {
  items: NewsItemData[];
  problems: DataProblem[];
}

/** An article read from a post, and what had to be left out on the way. */
export interface FeedArticle {
  article: ArticleData | undefined;
  problems: DataProblem[];
}

/**
 * Options for the adapters. `baseUrl` is the address the feed was fetched from: relative links
 * in it are resolved against it (a partner page showing the feed has another address).
 */
export interface FeedOptions {
  baseUrl?: string;
}

export type JsonRecord = { [key: string]: unknown };

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own properties only, so `__proto__` or `constructor` in a feed reads nothing. */
export const property = (record: unknown, key: string): unknown =>
  isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined;

/** A trimmed non-empty string, or undefined for anything else. */
export function stringValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A positive whole number of pixels, or undefined. */
export function pixels(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 1 ? Math.round(number) : undefined;
}

/** False, with the problem recorded, when the text is over the size limit. */
export function withinLength(text: string, problems: Problems): boolean {
  if (text.length <= maxFeedLength) return true;
  problems.add(
    'feed',
    `is ${(text.length / 1048576).toFixed(1)} MB, over the ${maxFeedLength / 1048576} MB limit; it was not read`,
  );
  return false;
}

/** JSON text or an already parsed value; undefined (recorded) for text that is too long or not JSON. */
export function readFeedJson(input: unknown, problems: Problems): unknown {
  if (typeof input !== 'string') return input;
  if (!withinLength(input, problems)) return undefined;
  try {
    return JSON.parse(input.replace(/^\ufeff/, ''));
  } catch (error) {
    problems.add('feed', `is not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

/**
 * The first `maxFeedItems` entries, with one problem for the rest and one for none at all.
 * `path` names the list in the feed's own terms (`items`, `channel.item`, `entry`).
 */
export function capItems<T>(entries: readonly T[], path: string, problems: Problems): readonly T[] {
  if (entries.length === 0) problems.add(path, 'has no stories');
  if (entries.length <= maxFeedItems) return entries;
  problems.add(path, `has ${entries.length} stories; only the first ${maxFeedItems} were read`);
  return entries.slice(0, maxFeedItems);
}

/**
 * A URL from the feed that passed the allowlist (resolved against `baseUrl`), or undefined, recorded
 * (`what` names it in the reason when `path` alone does not).
 */
export function feedUrl(
  value: unknown,
  path: string,
  problems: Problems,
  baseUrl?: string,
  what = 'URL',
): string | undefined {
  const text = stringValue(value);
  if (text === undefined) return undefined;
  const check = checkUrl(text);
  if (!check.ok) {
    problems.add(path, `${what} ${check.reason}; it was left out`);
    return undefined;
  }
  if (baseUrl === undefined) return check.url;
  try {
    return new URL(check.url, baseUrl).href;
  } catch {
    return check.url;
  }
}

/** The normalised date, or undefined with the reason recorded (the story is kept without it). */
export function feedDate(date: FeedDate | undefined, path: string, problems: Problems): string | undefined {
  if (date === undefined) return undefined;
  if (date.ok) return date.iso;
  problems.add(path, `${date.reason}; the date was left out`);
  return undefined;
}

/** The base for relative links: the feed's own address, if it is a usable absolute http(s) URL. */
export function usableBase(baseUrl: string | undefined, problems: Problems): string | undefined {
  if (baseUrl === undefined) return undefined;
  try {
    const parsed = new URL(baseUrl);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  } catch {
    // Reported below.
  }
  problems.add('baseUrl', 'is not an absolute http(s) URL; relative links were kept as written');
  return undefined;
}
