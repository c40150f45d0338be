/**
 * Memory: what the elements leave behind once they are gone or show other data. Part of
 * `npm test`: it needs no build (the elements are bundled from `src/` with esbuild) and prints one
 * line when green. In headless Chromium, measured through the DevTools protocol after forced
 * garbage collection (`HeapProfiler.collectGarbage`, `Performance.getMetrics`):
 *
 * 1. 1,000 `<news-article>` elements, each created with unique data holding 50 KB of unique
 *    `html` (paragraphs of 8 KB, within the 10,000 characters an `html` field may have), rendered
 *    rich and removed;
 * 2. 1,000 unique articles given in turn to one `<news-article>`, each with `html` fields that
 *    have markup removed (so each is reported);
 *
 * after a warm-up that fills what may stay filled (Lit's templates, the Intl caches, the bounded
 * cache of sanitised markup). Neither may grow the JS heap past `heapBound` nor the live DOM nodes
 * past `nodeBound`. Without the cache's bound, step 1 keeps each field twice (its text and its
 * nodes), ~100 MB.
 *
 * Usage: node scripts/check-memory.mjs [--verbose]   (--verbose prints each step's figures)
 */
import { bundleSources } from '../test/support/import-sources.mjs';
import { launchChromium } from './chromium.mjs';

const cycles = 1_000;
/** Unique markup in each article, in paragraphs of `paragraphSize` characters. */
const markupSize = 50_000;
const paragraphSize = 8_000;
/** Growth allowed after each step: the cache of sanitised markup alone may hold ~2 MB. */
const heapBound = 4 * 2 ** 20;
const nodeBound = 200;

const verbose = process.argv.includes('--verbose');

const library = await bundleSources(["import './src/define/index.ts';"], { platform: 'browser' });

/** Runs in the page: the steps, each a function the script calls through `window.steps`. */
function pageSteps({ markupSize, paragraphSize }) {
  // The reports are the page's to log; a console keeps what it logged, which is not ours to measure.
  console.error = () => {};
  const settle = async (element) => {
    for (let round = 0; round < 4; round += 1) await element.updateComplete;
  };
  // A long paragraph as a CMS writes it: sentences of prose with a word in emphasis and a link now and then.
  const prose =
    'Delegates from ten countries met behind closed doors for most of the day, and officials said the ' +
    'talks had covered tariffs, shipping lanes, fishing rights and the rules for settling disputes. ';
  const longParagraph = (id, part) => {
    const sentence = `${prose.repeat(3)}Story ${id}.${part} was <em>calm</em>, see <a href="/talks/${id}">the talks</a>. `;
    return sentence.repeat(Math.floor(paragraphSize / sentence.length));
  };
  const longParagraphs = (id) =>
    Array.from({ length: Math.ceil(markupSize / paragraphSize) }, (_, part) => longParagraph(id, part));
  const article = (id, paragraphs) => ({
    headline: `Leaders meet, story ${id}`,
    datePublished: '2025-10-23T09:00:00+08:00',
    author: { name: `Reporter ${id}` },
    sections: [
      {
        heading: `Talks ${id}`,
        blocks: [`Plain paragraph ${id}.`, ...paragraphs.map((html) => ({ type: 'paragraph', html }))],
      },
      {
        heading: 'Agenda',
        blocks: [{ type: 'list', items: [{ html: `Tariffs <strong>${id}</strong>` }, 'Shipping'] }],
      },
    ],
  });
  const isRich = (element, id) =>
    Array.from(element.shadowRoot.querySelectorAll('a'), (link) => link.getAttribute('href')).includes(`/talks/${id}`);
  let run = 0;
  window.steps = {
    /** Creates, renders and removes `count` articles, each with `markupSize` of unique `html`. */
    async createAndRemove(count) {
      run += 1;
      for (let index = 0; index < count; index += 1) {
        const id = `${run}-${index}`;
        const element = document.createElement('news-article');
        // As JSON text, as a page gets it: its strings are flat, each field's text in one piece.
        element.article = JSON.stringify(article(id, longParagraphs(id)));
        document.body.append(element);
        await settle(element);
        if (!isRich(element, id)) throw new Error(`article ${id} did not show its html field rich`);
        element.remove();
      }
    },
    /** Gives one article `count` unique articles in turn, each with markup the sanitiser removes. */
    async swap(count) {
      run += 1;
      const element = document.createElement('news-article');
      document.body.append(element);
      for (let index = 0; index < count; index += 1) {
        const id = `${run}-${index}`;
        element.article = JSON.stringify(
          article(id, [`${longParagraph(id, 0).slice(0, 2_000)}<img src=x onerror="alert(1)">`]),
        );
        await settle(element);
        if (!isRich(element, id)) throw new Error(`article ${id} did not show its html field rich`);
      }
      element.remove();
    },
  };
}

const browser = await launchChromium(['--js-flags=--expose-gc']);
const failures = [];
const figures = [];
try {
  const page = await browser.newPage();
  const uncaught = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: library, type: 'module' });
  await page.evaluate(() => customElements.whenDefined('news-article'));
  await page.evaluate(pageSteps, { markupSize, paragraphSize });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');

  const measure = async () => {
    for (let round = 0; round < 3; round += 1) await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name) => metrics.find((metric) => metric.name === name).value;
    return { heap: value('JSHeapUsedSize'), nodes: value('Nodes') };
  };
  const megabytes = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

  for (const [step, run] of [
    [`${cycles} articles created and removed`, (count) => window.steps.createAndRemove(count)],
    [`${cycles} article swaps`, (count) => window.steps.swap(count)],
  ]) {
    // Warm-up of the step itself: enough unique fields to fill the cache of sanitised markup to
    // its bound with entries like the step's (how many nodes the cache holds depends on them).
    await page.evaluate(run, 40);
    const before = await measure();
    const started = Date.now();
    await page.evaluate(run, cycles);
    const after = await measure();
    const heap = after.heap - before.heap;
    const nodes = after.nodes - before.nodes;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    figures.push(`${step}: heap ${heap >= 0 ? '+' : ''}${megabytes(heap)}, ${nodes >= 0 ? '+' : ''}${nodes} nodes`);
    if (verbose) console.log(`${figures.at(-1)} (${seconds} s; heap ${megabytes(after.heap)})`);
    if (heap > heapBound)
      failures.push(`${step}: the heap grew by ${megabytes(heap)} (at most ${megabytes(heapBound)})`);
    if (nodes > nodeBound) failures.push(`${step}: ${nodes} DOM nodes more (at most ${nodeBound})`);
  }
  for (const message of uncaught) failures.push(`uncaught: ${message}`);
} catch (error) {
  failures.push(String(error?.stack ?? error));
} finally {
  await browser.close();
}

for (const failure of failures) console.error(failure);
console.log(`memory: ${failures.length === 0 ? 'passed' : 'FAILED'} (${figures.join('; ')})`);
process.exitCode = failures.length === 0 ? 0 : 1;
