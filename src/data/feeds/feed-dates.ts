/**
 * Feed dates in the styles the formats write them, as ISO 8601 with the offset they were
 * written at (`2026-11-30T09:15:00+08:00`), so a story's date stays the date where it was filed.
 */
import { parseIsoDate } from '../dates.js';

/** A normalised date, or why the value is not one. */
export type FeedDate = { ok: true; iso: string } | { ok: false; reason: string };

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** Checks the parts through the contract's own date reader: a day like 30 February is refused. */
function iso(date: string, time: string, offsetMinutes: number, value: string): FeedDate {
  const text = `${date}T${time}${offsetText(offsetMinutes)}`;
  return parseIsoDate(text)
    ? { ok: true, iso: text }
    : { ok: false, reason: `"${shortened(value)}" is not a real date` };
}

const shortened = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** RFC 822's zone names, and the few others feeds write that mean one offset only. */
const zoneOffsets: { [zone: string]: number } = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
};

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const rfc822 =
  /^(?:[a-z]{3,9},?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,5}))?$/i;

/** Reads an offset written `+0800` or `+08:00` (`Z` is zero); undefined when out of range. */
function numericOffset(zone: string): number | undefined {
  if (/^z$/i.test(zone)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (Number(match[3]) > 59 || minutes > 18 * 60) return undefined;
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * RSS 2.0 `pubDate`: RFC 822 (`Mon, 30 Nov 2026 17:27:37 GMT`, `+0800`, `EST`), two-digit
 * years and a missing day name or seconds included. Many feeds write RFC 3339 there instead,
 * which is read too.
 */
export function fromRfc822(value: string): FeedDate {
  const text = value.trim();
  const match = rfc822.exec(text);
  if (!match) {
    const asRfc3339 = fromRfc3339(text);
    return asRfc3339.ok ? asRfc3339 : { ok: false, reason: `"${shortened(text)}" is not an RFC 822 date` };
  }
  const [, day, monthName, yearText, hours, minutes, seconds = '00', zone] = match;
  if (!zone) return { ok: false, reason: `"${shortened(text)}" has no time zone` };
  const offset = /^[+-]/.test(zone) ? numericOffset(zone) : zoneOffsets[zone.toUpperCase()];
  if (offset === undefined) return { ok: false, reason: `"${shortened(text)}" has the unknown time zone "${zone}"` };
  const month = months.indexOf(monthName!.toLowerCase()) + 1;
  if (month === 0) return { ok: false, reason: `"${shortened(text)}" has the unknown month "${monthName}"` };
  // RFC 2822's reading of two-digit years: 00–49 are 2000–2049.
  const year = yearText!.length === 2 ? Number(yearText) + (Number(yearText) < 50 ? 2000 : 1900) : Number(yearText);
  return iso(
    `${pad(year, 4)}-${pad(month)}-${pad(Number(day))}`,
    `${pad(Number(hours))}:${minutes}:${seconds}`,
    offset,
    text,
  );
}

const rfc3339 = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(\.\d+)?)?\s*([+-]\d{2}:?\d{2}|z)?)?$/i;

/**
 * Atom and JSON Feed dates: RFC 3339 (`2026-11-30T09:15:00+08:00`, `…Z`, a space for the `T`).
 * A date without a time is a calendar date and stays one; a time without a zone is refused, as
 * it names no instant.
 */
export function fromRfc3339(value: string): FeedDate {
  const text = value.trim();
  const match = rfc3339.exec(text);
  if (!match) return { ok: false, reason: `"${shortened(text)}" is not an RFC 3339 date` };
  const [, date, hoursMinutes, seconds = '00', fraction = '', zone] = match;
  if (hoursMinutes === undefined) {
    return parseIsoDate(date!)
      ? { ok: true, iso: date! }
      : { ok: false, reason: `"${shortened(text)}" is not a real date` };
  }
  if (!zone) return { ok: false, reason: `"${shortened(text)}" has no time zone` };
  const offset = numericOffset(zone);
  if (offset === undefined) return { ok: false, reason: `"${shortened(text)}" has an offset out of range` };
  return iso(date!, `${hoursMinutes}:${seconds}${fraction.slice(0, 4)}`, offset, text);
}

const wordPressDate = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})$/;

/** Minutes between two zone-less `YYYY-MM-DDTHH:MM:SS` values, read as if both were UTC. */
function minutesBetween(later: string, earlier: string): number {
  return (Date.parse(`${later}Z`) - Date.parse(`${earlier}Z`)) / 60_000;
}

/**
 * WordPress REST dates: `date_gmt` is UTC without a zone, `date` the same instant in the site's
 * zone. Their difference is the site's offset, which is kept (the date where the story was filed).
 */
export function fromWordPressDates(local: unknown, gmt: unknown): FeedDate | undefined {
  const gmtMatch = typeof gmt === 'string' ? wordPressDate.exec(gmt.trim()) : null;
  if (!gmtMatch) {
    if (gmt === undefined || gmt === null) {
      if (local === undefined || local === null) return undefined;
      return { ok: false, reason: `has no UTC date (date_gmt) to read "${shortened(String(local))}" against` };
    }
    return { ok: false, reason: `"${shortened(String(gmt))}" is not a WordPress date` };
  }
  const utc = `${gmtMatch[1]}T${gmtMatch[2]}`;
  const localMatch = typeof local === 'string' ? wordPressDate.exec(local.trim()) : null;
  if (localMatch) {
    const localText = `${localMatch[1]}T${localMatch[2]}`;
    const offset = minutesBetween(localText, utc);
    if (Number.isInteger(offset) && offset % 15 === 0 && Math.abs(offset) <= 14 * 60) {
      return iso(localMatch[1]!, localMatch[2]!, offset, localText);
    }
  }
  return iso(gmtMatch[1]!, gmtMatch[2]!, 0, utc);
}
