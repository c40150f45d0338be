/**
 * A clock the test moves: `setTimeout`, `clearTimeout` and `Date.now` are replaced until
 * `restore()`, and `tick(ms)` runs, in order, the timers that fall due. Mocha keeps its own
 * timers from before, so test timeouts still run on real time; `realDelay` waits real time.
 */
export interface FakeClock {
  tick(ms: number): void;
  /** Timers waiting, e.g. to assert that nothing is scheduled. */
  readonly pending: number;
  restore(): void;
}

const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const realNow = Date.now;

/** Waits real time, whatever clock is installed. */
export const realDelay = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

export function installFakeClock(): FakeClock {
  let now = realNow();
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const fakeSetTimeout = (callback: () => void, ms = 0) => {
    const id = nextId++;
    timers.set(id, { at: now + Math.max(0, ms), callback });
    return id;
  };
  const fakeClearTimeout = (id?: number) => {
    if (id !== undefined) timers.delete(id);
  };
  Object.assign(globalThis, { setTimeout: fakeSetTimeout, clearTimeout: fakeClearTimeout });
  Date.now = () => now;
  return {
    tick(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
    get pending() {
      return timers.size;
    },
    restore() {
      Object.assign(globalThis, { setTimeout: realSetTimeout, clearTimeout: realClearTimeout });
      Date.now = realNow;
    },
  };
}

/** Polls `condition` on real time until it holds, or fails after `timeout` ms with `message`. */
export async function until(condition: () => boolean, message: string, timeout = 10_000): Promise<void> {
  const start = realNow();
  while (!condition()) {
    if (realNow() - start > timeout) throw new Error(`Timed out: ${message}`);
    await realDelay(20);
  }
}
