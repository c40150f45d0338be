import { memoized } from './memo.js';

/** A calendar date, or a date and time (the `T` part) with an optional zone. */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|([+-]\d{2}):?(\d{2}))?)?$/i;

/**
 * The value in the one format every engine's `Date` must read (ECMAScript's date time string
 * format): upper-case `T` and `Z`, seconds and milliseconds written out, a colon in the offset.
 * Anything else is read as each engine likes: V8 takes `2025-10-23t10:00z`, Firefox and Safari
 * do not.
 */
function ecmaScriptDateTime(match: RegExpExecArray): string {
  const [, year, month, day, hours, minutes, seconds = '00', fraction = '', zone, offsetHours, offsetMinutes] = match;
  const offset = !zone ? '' : offsetHours ? `${offsetHours}:${offsetMinutes}` : 'Z';
  const milliseconds = fraction.slice(0, 3).padEnd(3, '0');
  return `${year}-${month}-${day}T${hours}:${minutes}:${seconds}.${milliseconds}${offset}`;
}

/** Midnight UTC of the year, month and day matched, or undefined for a day like 2025-02-30. */
function calendarDay(match: RegExpExecArray): Date | undefined {
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, date);
  // Out-of-range parts roll over (2025-02-30 becomes 2 March); a real date survives the round trip.
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== date) {
    return undefined;
  }
  return utc;
}

/** A parsed ISO 8601 value: a calendar date (no time) or an instant. */
export interface ParsedDate {
  date: Date;
  /** True for `2025-10-23`: the same day in every time zone. */
  calendarDate: boolean;
}

export function parseIsoDate(value: string): ParsedDate | undefined {
  const match = isoDate.exec(value);
  // V8 reads 2025-02-30T10:00Z as 2 March, so the date part is checked on its own first.
  const day = match && calendarDay(match);
  if (!day) return undefined;
  if (match[4] === undefined) return { date: day, calendarDate: true };
  const instant = new Date(ecmaScriptDateTime(match));
  return Number.isNaN(instant.getTime()) ? undefined : { date: instant, calendarDate: false };
}

export interface DateFormatOptions {
  locale: string;
  /** IANA zone; undefined is the reader's own. Ignored for calendar dates. */
  timeZone?: string;
  /** Include the time of day (with its zone's name) for instants. */
  withTime?: boolean;
  /** The time of day alone, with its zone's name, for instants (a calendar date still shows its date). */
  timeOnly?: boolean;
  dateStyle?: 'long' | 'medium';
}

/** Formatters by locale and options: making one costs ~100 µs, formatting with it ~2 µs. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    // A page uses a handful; data that keeps changing its locale must not grow this for ever.
    if (formatters.size >= 64) formatters.clear();
    // Without a prototype: `Intl` reads inherited options (a `calendar` or `timeZone` the page added to `Object.prototype`).
    format = new Intl.DateTimeFormat(locale, { __proto__: null, ...options } as Intl.DateTimeFormatOptions);
    formatters.set(key, format);
  }
  return format;
}

/**
 * Formats an ISO 8601 value with `Intl`. A calendar date is formatted in UTC, where it was
 * built, so it never moves to the previous or next day. Every time of day carries its zone's
 * name ("06:30 CEST", or "GMT+8" where the locale has no abbreviation).
 */
export function formatIsoDate(value: string, options: DateFormatOptions): string | undefined {
  // The caller's own keys only, never a `withTime` or `dateStyle` the page added to `Object.prototype`.
  const {
    locale,
    timeZone,
    withTime,
    timeOnly,
    dateStyle = 'long',
  } = { __proto__: null, ...options } as DateFormatOptions;
  const parsed = parseIsoDate(value);
  if (!parsed) return undefined;
  const { date, calendarDate } = parsed;
  if (calendarDate) return formatter(locale, { dateStyle, timeZone: 'UTC' }).format(date);
  // A date alone keeps the locale's own style for it (de medium: "23.10.2025"). With a time, the
  // parts are spelled out: `Intl` refuses to combine `dateStyle` or `timeStyle` with a zone name.
  const time = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;
  const parts: Intl.DateTimeFormatOptions = timeOnly
    ? time
    : withTime
      ? { year: 'numeric', month: dateStyle === 'long' ? 'long' : 'short', day: 'numeric', ...time }
      : { dateStyle };
  return formatter(locale, { ...parts, timeZone }).format(date);
}

/**
 * The date where the story was filed: the calendar date written in the value, which for an
 * instant is the date at its written offset (`2025-07-02T06:30:00+02:00` is 2 July wherever it
 * is read), in the locale's long style.
 */
export function formatFiledDate(value: string, locale: string): string | undefined {
  // A valid value's first ten characters are that date, which formats as a calendar date.
  return parseIsoDate(value) && formatIsoDate(value.slice(0, 10), { locale });
}

/** True when `later` is a later day or instant than `earlier`. */
export function isLater(later: string | undefined, earlier: string | undefined): boolean {
  if (!later || !earlier) return false;
  const a = parseIsoDate(later);
  const b = parseIsoDate(earlier);
  return !!a && !!b && a.date.getTime() > b.date.getTime();
}

/** Returns the zone if `Intl` knows it (in its canonical spelling), else undefined. */
export const supportedTimeZone: (zone: string) => string | undefined = memoized((zone) => {
  try {
    return formatter('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
});
