import { isServer } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { memoized } from '../data/memo.js';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** Where relative times read the time from; tests set a fixed `now`. */
export const clock = { now: (): number => Date.now() };

const relativeFormat = memoized((locale) => {
  try {
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  } catch {
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' });
  }
});

/**
 * "now", "25 min ago", "3 hr ago" in the locale's words for an instant less than a day old, else
 * undefined (older, or more than a minute ahead of the clock).
 */
export function relativeTimeText(instant: number, now: number, locale: string): string | undefined {
  const age = now - instant;
  if (age < -minute || age >= day) return undefined;
  const format = relativeFormat(locale);
  if (age < minute) return format.format(0, 'second');
  if (age < hour) return format.format(-Math.floor(age / minute), 'minute');
  return format.format(-Math.floor(age / hour), 'hour');
}

interface RelativeTimeValue {
  /** Milliseconds since the epoch. */
  instant: number;
  locale: string;
  /** Shown once the instant is a day old: its date. */
  older: string;
}

/** The relative times on screen, kept fresh by one timer for all of them. */
const shown = new Set<RelativeTime>();
let timer: ReturnType<typeof setInterval> | undefined;

function track(time: RelativeTime): void {
  shown.add(time);
  timer ??= setInterval(refreshRelativeTimes, minute);
}

function untrack(time: RelativeTime): void {
  shown.delete(time);
  if (shown.size === 0 && timer !== undefined) {
    clearInterval(timer);
    timer = undefined;
  }
}

/** Writes every relative time on screen again, as the timer does each minute. */
export function refreshRelativeTimes(): void {
  for (const time of shown) time.refresh();
}

/** True while relative times are on screen and the timer runs. */
export function relativeTimesRunning(): boolean {
  return timer !== undefined;
}

/**
 * The text of a time that says how long ago it was. Each minute the shared timer writes its
 * text node again (no element renders for it); the timer stops when no such time is connected.
 */
class RelativeTime extends AsyncDirective {
  private value?: RelativeTimeValue;

  render(value: RelativeTimeValue): string {
    this.value = value;
    if (!isServer && this.isConnected) track(this);
    return this.text();
  }

  refresh(): void {
    this.setValue(this.text());
  }

  private text(): string {
    const { instant, locale, older } = this.value!;
    return relativeTimeText(instant, clock.now(), locale) ?? older;
  }

  protected override disconnected(): void {
    untrack(this);
  }

  protected override reconnected(): void {
    track(this);
    this.refresh();
  }
}

export const relativeTime = directive(RelativeTime);

/** Whether an instant is recent enough to be shown relative to now. */
export function isRecent(instant: number): boolean {
  const age = clock.now() - instant;
  return age >= -minute && age < day;
}
