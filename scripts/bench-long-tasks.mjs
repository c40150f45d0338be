/**
 * Long-task benchmark of the limits on hostile sizes (src/data/parse.ts, README's security model):
 * how long the main thread is blocked while an element renders input at each limit and far past
 * it, in headless Chromium, through the CDN file (dist/cdn/news-elements.js, with the chunks it
 * loads). Each case is rendered `rounds` times, each time in a new element, after a warm-up; a
 * `PerformanceObserver` of `longtask` entries (tasks over 50 ms) records the tasks from the moment
 * the element is given its data until it has settled (updates done, two frames, a quiet 300 ms).
 *
 * Prints a table of medians: the longest task and the total blocking time (the sum of each long
 * task's time past 50 ms). The goals: no task over 50 ms at the limits, none over 200 ms past
 * them. Timings on a shared machine vary, so the script fails (exit 1) only when a median misses
 * its goal by a wide margin (`margin` times), or when a case does not show what it should.
 * Not part of `npm test`.
 *
 * Run: `npm run bench:long-tasks` (builds the bundle first), or `node scripts/bench-long-tasks.mjs`
 * after `npm run build:bundle`. `--rounds N` sets the rounds (default 5).
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
const cdnFolder = join(projectRoot, 'dist/cdn');
const roundsArgument = process.argv.indexOf('--rounds');
const rounds = roundsArgument > 0 ? Number(process.argv[roundsArgument + 1]) : 5;
/** Goals, in milliseconds, and how far past them a median may be before the script fails. */
const goals = { within: 50, past: 200 };
const margin = 4;

if (!existsSync(join(cdnFolder, 'news-elements.js'))) {
  console.error('dist/cdn/news-elements.js is missing: run `npm run build:bundle` first.');
  process.exit(1);
}

/**
 * The cases, run in the page: `make` builds the element and its data (not measured), `check`
 * says what a reader must see once it has settled (an error message, or nothing when it shows it).
 */
function pageCases() {
  const nestedSpans = (count) => `${'<span>'.repeat(count)}deep${'</span>'.repeat(count)}`;
  const nestedItems = (levels) => {
    let items = [{ text: `Level ${levels}` }];
    for (let level = levels - 1; level >= 1; level -= 1) items = [{ text: `Level ${level}`, items }];
    return items;
  };
  /** 500 items, 8 levels deep: 63 items, each with seven nested one below the other (504, cut at 500). */
  const deepList = () =>
    Array.from({ length: 63 }, (_, index) => nestedItems(8).map((item) => ({ ...item, text: `${index}` }))[0]);
  /** Prose with links and emphasis, `levels` deep at one place, `length` characters long. */
  const richProse = (length, levels) => {
    const deep = `${'<span>'.repeat(levels - 1)}<em>deep</em>${'</span>'.repeat(levels - 1)} `;
    const sentence = 'Talks were <em>calm</em> and <a href="/talks">long</a>, officials said. ';
    let markup = deep;
    while (markup.length + sentence.length <= length) markup += sentence;
    return markup;
  };
  const stories = (count) =>
    Array.from({ length: count }, (_, index) => ({
      headline: `Story ${index + 1}`,
      url: `/stories/${index + 1}`,
      datePublished: new Date(Date.UTC(2025, 9, 23) - index * 60_000).toISOString(),
    }));
  const paragraphs = (count) => Array.from({ length: count }, (_, index) => `Paragraph ${index + 1}.`);
  const element = (tag, property, value) => {
    const made = document.createElement(tag);
    return () => {
      made[property] = value;
      return made;
    };
  };
  const count = (root, selector) => root.shadowRoot.querySelectorAll(selector).length;
  const expectCount = (root, selector, expected) =>
    count(root, selector) === expected ? '' : `${count(root, selector)} ${selector}, not ${expected}`;
  window.cases = {
    within: {
      'html field: 10,000 characters, markup 20 deep': () => ({
        render: element('article-section', 'blocks', [{ type: 'paragraph', html: richProse(10_000, 20) }]),
        check: (root) => (count(root, 'p em') > 100 ? '' : 'the html field is not rich'),
      }),
      'list: 500 items, 8 levels': () => ({
        render: element('bullet-list', 'items', deepList()),
        check: (root) => expectCount(root, 'li', 500),
      }),
      'article-section: 1,000 blocks': () => ({
        render: element('article-section', 'blocks', paragraphs(1_000)),
        check: (root) => expectCount(root, 'p', 1_000),
      }),
      'latest-news: 50 stories': () => ({
        render: element('latest-news', 'items', stories(50)),
        check: (root) => expectCount(root, 'li', 50),
      }),
    },
    past: {
      'html field: 100,000 nested spans (1.3 MB)': () => ({
        render: element('article-section', 'blocks', [{ type: 'paragraph', html: nestedSpans(100_000) }]),
        check: (root) => (root.shadowRoot.querySelector('p')?.textContent.trim() === '…' ? '' : 'not cut'),
      }),
      'list: nested 10,000 levels': () => ({
        render: element('bullet-list', 'items', nestedItems(10_000)),
        check: (root) => expectCount(root, 'li', 500),
      }),
      'list: 100,000 items': () => ({
        render: element('bullet-list', 'items', paragraphs(100_000)),
        check: (root) => expectCount(root, 'li', 500),
      }),
      'article-section: 100,000 blocks': () => ({
        render: element('article-section', 'blocks', paragraphs(100_000)),
        check: (root) => expectCount(root, 'p', 1_000),
      }),
      'latest-news: 100,000 stories': () => ({
        render: element('latest-news', 'items', stories(100_000)),
        check: (root) => expectCount(root, 'li', 50),
      }),
    },
  };

  const entries = [];
  new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  const settle = async (root) => {
    for (let round = 0; round < 6; round += 1) {
      await root.updateComplete;
      for (const child of root.shadowRoot.querySelectorAll('*')) await child.updateComplete;
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await new Promise((done) => setTimeout(done, 300));
  };
  /** Renders one case once: its long tasks' durations, and what is wrong with what it shows. */
  window.measure = async (group, name) => {
    // The page logs each report; the console is not what is measured.
    console.error = () => {};
    const { render, check } = window.cases[group][name]();
    // Building the data is a task of its own, before the measured window opens.
    await new Promise((done) => setTimeout(done, 100));
    const start = performance.now();
    const root = render();
    document.body.append(root);
    await settle(root);
    const durations = entries.filter((entry) => entry.startTime >= start).map((entry) => entry.duration);
    const problem = check(root);
    root.remove();
    entries.length = 0;
    return { durations, problem };
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2
    ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};

const { server, url } = await serveStatic(cdnFolder);
const browser = await launchChromium();
const failures = [];
const rows = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => failures.push(`uncaught: ${error.message}`));
  await page.goto(`${url}/`).catch(() => {});
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ url: `${url}/news-elements.js`, type: 'module' });
  await page.evaluate(() => customElements.whenDefined('latest-news'));
  await page.evaluate(pageCases);
  const cases = await page.evaluate(() =>
    Object.fromEntries(Object.entries(window.cases).map(([group, named]) => [group, Object.keys(named)])),
  );
  for (const group of ['within', 'past']) {
    for (const name of cases[group]) {
      process.stderr.write(`${group}: ${name}…\n`);
      // A warm-up round: the chunks load, the code is compiled.
      await page.evaluate(([g, n]) => window.measure(g, n), [group, name]);
      const longest = [];
      const blocking = [];
      for (let round = 0; round < rounds; round += 1) {
        const { durations, problem } = await page.evaluate(([g, n]) => window.measure(g, n), [group, name]);
        if (problem) failures.push(`${name}: ${problem}`);
        longest.push(Math.max(0, ...durations));
        blocking.push(durations.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0));
      }
      const goal = goals[group];
      const row = { group, name, longest: median(longest), blocking: median(blocking), goal };
      rows.push(row);
      if (row.longest > margin * goal) {
        failures.push(
          `${name}: longest task ${Math.round(row.longest)} ms, more than ${margin} × the goal of ${goal} ms`,
        );
      }
    }
  }
} catch (error) {
  failures.push(String(error?.stack ?? error));
} finally {
  await browser.close();
  server.close();
}

const shown = (ms) => (ms === 0 ? '< 50' : String(Math.round(ms)));
const nameWidth = Math.max(...rows.map((row) => row.name.length), 4);
console.log(`Long tasks, Chromium, CDN file; median of ${rounds} rounds; load average ${loadavg()[0].toFixed(1)}`);
console.log(`${'case'.padEnd(nameWidth)}  inputs  longest task (ms)  total blocking (ms)  goal (ms)  met`);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(nameWidth)}  ${row.group.padEnd(6)}  ${shown(row.longest).padStart(17)}  ${String(Math.round(row.blocking)).padStart(19)}  ${String(row.goal).padStart(9)}  ${row.longest <= row.goal ? 'yes' : 'no'}`,
  );
}
for (const failure of failures) console.error(failure);
process.exitCode = failures.length === 0 ? 0 : 1;
