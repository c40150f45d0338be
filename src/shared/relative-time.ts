import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { formatIsoDate, parseIsoDate } from '../data/dates.js';
import { memoized } from '../data/memo.js';
import type { LatestTemplateContext } from '../latest-news/latest-template.js';
import { clock } from './recent.js';

/*
 * Relative times ("25 min ago"), a chunk of its own: loaded (see `relativeTimesReady` in
 * recent.ts) only for a story less than a day old.
 */

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

// Without a prototype: `Intl` reads inherited options (a `localeMatcher` or `numberingSystem` the page added to `Object.prototype`).
const relativeOptions = { __proto__: null, numeric: 'auto', style: 'short' } as Intl.RelativeTimeFormatOptions;

const relativeFormat = memoized((locale) => {
  try {
    return new Intl.RelativeTimeFormat(locale, relativeOptions);
  } catch {
    return new Intl.RelativeTimeFormat('en', relativeOptions);
  }
});

/**
 * "now", "25 min ago", "3 hr ago" in the locale's words for an instant less than a day old, else
 * undefined (older, or more than a minute ahead of the clock).
 */
export function relativeTimeText(instant: number, locale: string): string | undefined {
  const age = clock.now() - instant;
  if (age < -minute || age >= day) return undefined;
  const format = relativeFormat(locale);
  if (age < minute) return format.format(0, 'second');
  if (age < hour) return format.format(-Math.floor(age / minute), 'minute');
  return format.format(-Math.floor(age / hour), 'hour');
}

/** Marks a `<time>` that shows a relative time; its value is the locale. */
const relativeTimeAttribute = 'data-relative-time';

/**
 * A story's time when it is less than a day old: how long ago ("25 min ago", kept fresh by the
 * timer), with the date and time and its zone in the `title`; else undefined.
 */
export function renderRelativeTime(
  value: string,
  { prefix, locale, timeZone }: LatestTemplateContext,
): TemplateResult | undefined {
  const parsed = parseIsoDate(value);
  const text = parsed && !parsed.calendarDate ? relativeTimeText(parsed.date.getTime(), locale) : undefined;
  return text
    ? html`<time
        class="time"
        part="${prefix}time"
        datetime=${value}
        title=${formatIsoDate(value, { locale, timeZone, dateStyle: 'medium', withTime: true })!}
        data-relative-time=${locale}
        >${text}</time
      >`
    : undefined;
}

type Host = ReactiveElement;

/** The connected elements that may show relative times, kept fresh by one timer for all of them. */
const hosts = new Set<Host>();
const watched = new WeakSet<Host>();
let timer: ReturnType<typeof setInterval> | undefined;

/**
 * Writes each relative time on screen again, as the timer does each minute: only the text node
 * in its `<time>` changes (no element renders for it), until the time is a day old, when its
 * element renders again to show the date instead.
 */
export function refreshRelativeTimes(): void {
  for (const host of hosts) {
    for (const time of host.renderRoot.querySelectorAll<HTMLTimeElement>(`time[${relativeTimeAttribute}]`)) {
      const instant = parseIsoDate(time.dateTime)?.date.getTime() ?? NaN;
      const text = relativeTimeText(instant, time.getAttribute(relativeTimeAttribute)!);
      const node = Array.from(time.childNodes).find((child) => child.nodeType === 3);
      if (text === undefined) host.requestUpdate();
      else if (node && node.textContent !== text) node.textContent = text;
    }
  }
}

/** True while an element that shows relative times is connected, and the timer runs. */
export function relativeTimesRunning(): boolean {
  return timer !== undefined;
}

/** Puts the host's relative times under the shared timer while it is connected (once per host). */
export function watch(host: Host): void {
  if (watched.has(host)) return;
  watched.add(host);
  host.addController(new RelativeTimeController(host));
}

class RelativeTimeController implements ReactiveController {
  constructor(private readonly host: Host) {}

  hostConnected(): void {
    hosts.add(this.host);
    timer ??= setInterval(refreshRelativeTimes, minute);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  }
}
