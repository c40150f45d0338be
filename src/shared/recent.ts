import type { ReactiveElement } from 'lit';
import type { DataProblem } from '../data/index.js';
import { describeError } from './news-element.js';
import type * as RelativeTime from './relative-time.js';

/** Where relative times read the time from; tests set a fixed `now`. */
export const clock = { now: (): number => Date.now() };

/** True for an instant less than a day old (or at most a minute ahead): it shows as "25 min ago". */
export function isRecent(instant: number): boolean {
  const age = clock.now() - instant;
  return age >= -60_000 && age < 86_400_000;
}

/** The relative-time module (the words, and the timer that keeps them fresh), once loaded. */
export let relativeTimes: typeof RelativeTime | undefined;
let loading: Promise<unknown> | undefined;
let failed = false;

/**
 * For an element about to show stories (`sources`: arrays of them or their JSON text, as given):
 * when one is recent, the relative-time module, a chunk of its own, to wait for before the
 * render, as "25 min ago" in place of a date would change the line's width. Undefined when
 * nothing need wait. Once loaded, its timer keeps the host's relative times fresh. Should it fail
 * to load, the dates stay, and each element waiting for it reports that once.
 */
export function relativeTimesReady(
  host: ReactiveElement,
  field: string,
  sources: readonly unknown[],
  report: (problems: readonly DataProblem[]) => void,
): Promise<unknown> | undefined {
  if (failed || !sources.some(hasRecentStory)) return undefined;
  loading ??= import('./relative-time.js').then((module) => (relativeTimes = module));
  return loading.then(
    () => relativeTimes!.watch(host),
    (error: unknown) => {
      failed = true;
      report([
        { field, reason: `show dates: news-elements-relative-time-*.js did not load (${describeError(error)})` },
      ]);
    },
  );
}

/** Whether stories, or their JSON text, read before they are parsed, hold one published less than a day ago. */
function hasRecentStory(stories: unknown): boolean {
  try {
    const list: unknown = typeof stories === 'string' ? JSON.parse(stories) : stories;
    return Array.isArray(list) && list.some((story) => isRecent(Date.parse(story?.datePublished)));
  } catch {
    return false;
  }
}
