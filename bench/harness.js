/**
 * The in-page half of the benchmark (scripts/bench.mjs drives it). Each variant module calls
 * `installBench` with its own `render`, `clear` and update functions; this file owns the timing,
 * so that every variant is measured between the same marks:
 *
 * - start: `performance.now()` with the input already in memory and the stage empty (or, for an
 *   update, fully rendered);
 * - end: the content is in the DOM, no element of ours has an update pending (through every
 *   shadow root, until none is left), and layout has been forced.
 */

/** Our tags, the only ones that can have a pending render; the same query runs for every variant. */
const ourTags = 'news-article, article-section, bullet-list, author-card, latest-news, skip-link';

/** The Lit elements under `root` (through shadow roots) whose render has not finished. */
function pendingUpdates(root, pending = []) {
  for (const element of root.querySelectorAll(ourTags)) {
    if ('updateComplete' in element && (element.isUpdatePending || !element.hasUpdated)) pending.push(element);
    if (element.shadowRoot) pendingUpdates(element.shadowRoot, pending);
  }
  return pending;
}

/** Resolves once nothing under `root` is left to render; a render may create more elements, hence the loop. */
async function settled(root) {
  for (;;) {
    const pending = pendingUpdates(root);
    if (pending.length === 0) {
      // A slotchange or context update is delivered in a microtask: look once more after it.
      await null;
      if (pendingUpdates(root).length === 0) return;
      continue;
    }
    await Promise.all(pending.map((element) => element.updateComplete));
  }
}

function forceLayout() {
  document.body.getBoundingClientRect();
  return document.body.offsetHeight;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** All text under `node` a reader could see: the light tree and every shadow tree, without scripts (JSON-LD). */
function deepText(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.localName === 'script' || node.localName === 'style') return '';
  let text = node.shadowRoot ? deepText(node.shadowRoot) : '';
  for (const child of node.childNodes) text += ` ${deepText(child)}`;
  return text;
}

const occurrences = (text, part) => text.split(part).length - 1;

/**
 * @param {object} variant
 * @param {(stage: HTMLElement, fixture: object) => unknown} variant.render - Shows the fixture in the empty stage.
 * @param {(stage: HTMLElement) => void} variant.clear - Empties the stage.
 * @param {Record<string, (stage: HTMLElement, fixture: object) => unknown>} variant.updates - One change to a rendered fixture each.
 */
export function installBench(variant) {
  const stage = document.getElementById('stage');
  const fixtures = new Map();

  async function reset() {
    variant.clear(stage);
    forceLayout();
    window.gc?.();
    // A frame, so that painting what the last round left is not part of the measurement.
    await nextFrame();
  }

  /** `total`: start to end mark; `layout`: the part spent in the forced style and layout. */
  async function time(action) {
    const start = performance.now();
    await action();
    await settled(stage);
    const rendered = performance.now();
    forceLayout();
    const end = performance.now();
    return { total: end - start, layout: end - rendered };
  }

  window.bench = {
    setFixture(key, fixture) {
      fixtures.set(key, fixture);
    },

    /** Milliseconds (`{ total, layout }`) to render fixture `key` from an empty stage. */
    async render(key) {
      const fixture = fixtures.get(key);
      await reset();
      return time(() => variant.render(stage, fixture));
    },

    /** Milliseconds (`{ total, layout }`) for update `name` on fixture `key`, rendered (untimed) just before. */
    async update(name, key) {
      const fixture = fixtures.get(key);
      await reset();
      await variant.render(stage, fixture);
      await settled(stage);
      forceLayout();
      await nextFrame();
      return time(() => variant.updates[name](stage, fixture));
    },

    /**
     * Problems with what the stage shows now: each `[text, count]` must occur exactly `count`
     * times, and the content must have a height. Empty when all is well.
     */
    check(expectations) {
      const text = deepText(stage).replace(/\s+/g, ' ');
      const problems = expectations
        .map(([part, count]) => [part, count, occurrences(text, part)])
        .filter(([, count, found]) => count !== found)
        .map(([part, count, found]) => `"${part}" shown ${found} times, expected ${count}`);
      if (stage.getBoundingClientRect().height < 50) problems.push('the rendered content has no height');
      return problems;
    },

    /** Milliseconds the end condition costs on the content now shown (nothing left to render). */
    async settleCost() {
      return time(() => undefined);
    },

    crossOriginIsolated: window.crossOriginIsolated,
  };
}
