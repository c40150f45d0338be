import type { ReactiveElement } from 'lit';
import { Problems, readJson, type DataProblem } from '../data/index.js';
import type * as RelativeTime from './relative-time.js';

/** Where relative times read the time from; tests set a fixed `now`. */
export const clock = { now: (): number => Date.now() };

/** The relative-time module (the words, and the timer that keeps them fresh), once loaded. */
export let relativeTimes: typeof RelativeTime | undefined;
let loading: Promise<unknown> | undefined;

/**
 * For an element about to show stories (`sources`: arrays of them or their JSON text, as given):
 * when one is less than a day old, the relative-time module, a chunk of its own, to wait for
 * before the render, as "25 min ago" in place of a date would change the line's width.
 * Undefined when nothing need wait. Once loaded, its timer keeps the host's relative times
 * fresh. Should it fail to load, the dates stay, and each element waiting for it reports that once.
 */
export function relativeTimesReady(
  host: ReactiveElement,
  field: string,
  sources: readonly unknown[],
  report: (problems: readonly DataProblem[]) => void,
): Promise<unknown> | undefined {
  const recent = sources.some((stories) => {
    // Read before the stories are parsed: a problem in them is reported by the parse.
    const list = readJson(stories, field, new Problems());
    return Array.isArray(list) && list.some((story) => clock.now() - Date.parse(story?.datePublished) < 86_400_000);
  });
  if (!recent) return undefined;
  loading ??= import('./relative-time.js').then((module) => {
    relativeTimes = module;
  });
  return loading.then(
    () => relativeTimes?.watch(host),
    () => {
      // The elements waiting now report it; later ones show dates without a word.
      loading = Promise.resolve();
      report([{ field, reason: 'show dates: news-elements-relative-time-*.js did not load' }]);
    },
  );
}
