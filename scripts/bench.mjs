/**
 * Render benchmark of news-elements against three baselines, in headless Chromium.
 *
 * Variants, each on its own page (bench/page.html?variant=…):
 *   (a) json    — `<news-article>` / `<latest-news>` from JSON (dist/cdn/news-elements.js);
 *   (b) slotted — the same elements upgrading the plain HTML of demo/slotted.html;
 *   (c) static  — that HTML as plain tags set with `innerHTML`, styled by bench/baseline.css (the floor);
 *   (d) react   — the JSON rendered by plain React 19 components (bench/react/, built here in production mode).
 * A measurement runs from "input in memory, stage empty" to "content in the DOM, nothing of ours
 * left to render, layout forced" (bench/harness.js). Variants are measured interleaved, a b c d
 * a b c d…, after discarded warm-up rounds. Suites: the seed article; articles of 1–1,000
 * sections; `<latest-news>` lists of 10–10,000 stories; updates on a rendered page (headline,
 * one more story, locale). A probe measures what the end condition itself costs.
 *
 * Prints the machine and tables of medians on stdout (progress on stderr) and writes every sample
 * to .tmp/bench/results.json. Exits 1 when a variant does not show the content it was given.
 *
 * Run: `npm run bench` (builds the bundle first), or `node scripts/bench.mjs` after
 * `npm run build:bundle`. `--quick` runs 3 rounds per suite, to try a change. Chromium is
 * CHROME_PATH, else /usr/bin/chromium.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { articleFixture, latestFixture, pageLocale, timeZone } from '../bench/fixtures.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
const outputFolder = join(projectRoot, '.tmp/bench');
const quick = process.argv.includes('--quick');
const startedAt = performance.now();

const variants = ['json', 'slotted', 'static', 'react'];
const variantNames = {
  json: '(a) elements, JSON',
  slotted: '(b) elements, slotted HTML',
  static: '(c) static innerHTML',
  react: '(d) React 19',
};

/** Warm-up and measured rounds per suite; fewer for the largest inputs, which take longest. */
const plan = quick
  ? {
      seed: [1, 3],
      sections: [
        [1, 1, 3],
        [10, 1, 3],
        [100, 1, 3],
        [1000, 1, 2],
      ],
      latest: [
        [10, 1, 3],
        [100, 1, 3],
        [1000, 1, 3],
        [10000, 1, 2],
      ],
      updates: [1, 3],
      listUpdate: [1, 3],
    }
  : {
      seed: [5, 25],
      sections: [
        [1, 3, 20],
        [10, 3, 20],
        [100, 3, 15],
        [1000, 1, 8],
      ],
      latest: [
        [10, 3, 20],
        [100, 3, 20],
        [1000, 2, 12],
        [10000, 1, 4],
      ],
      updates: [3, 20],
      listUpdate: [2, 10],
    };
const seedSections = 5;
const updateListSize = 1000;

const log = (line) => process.stderr.write(`${line}\n`);

if (!existsSync(join(projectRoot, 'dist/cdn/news-elements.js'))) {
  console.error('dist/cdn/news-elements.js is missing: run `npm run build:bundle` first (`npm run bench` does).');
  process.exit(1);
}

log('building the React baseline…');
await build({
  configFile: false,
  root: projectRoot,
  logLevel: 'warn',
  mode: 'production',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: join(outputFolder, 'react'),
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: join(projectRoot, 'bench/react/variant.jsx'), formats: ['es'], fileName: () => 'variant.js' },
    rolldownOptions: { output: { minify: true } },
  },
});

/**
 * Cross-origin isolation (COOP + COEP) gives `performance.now()` its fine resolution (5 µs instead
 * of 100 µs), which matters for sub-millisecond renders.
 */
const { server, url } = await serveStatic(projectRoot, 0, {
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
});
const browser = await launchChromium([
  '--disable-component-update',
  '--no-first-run',
  // Lets the harness collect garbage between measurements, so a collection rarely lands inside one.
  '--js-flags=--expose-gc',
]);

const failures = [];
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: pageLocale,
    timezoneId: timeZone,
  });
  const pages = {};
  for (const variant of variants) {
    const page = await context.newPage();
    page.on('pageerror', (error) => failures.push(`${variant}: uncaught ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`${variant}: console error ${message.text()}`);
    });
    await page.goto(`${url}/bench/page.html?variant=${variant}`);
    await page.waitForFunction(() => window.bench !== undefined);
    pages[variant] = page;
  }

  const machine = {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: browser.version(),
    crossOriginIsolated: await pages.json.evaluate(() => window.bench.crossOriginIsolated),
    // Other work on the machine slows every variant alike (they are interleaved) but inflates all figures.
    loadAverageAtStart: loadavg()[0],
  };
  log(`machine: ${JSON.stringify(machine)}`);

  const loaded = new Set();
  /** Hands each page the parts of a fixture its variant reads, once. */
  async function load(key, fixture) {
    if (loaded.has(key)) return;
    loaded.add(key);
    for (const variant of variants) {
      const { json, slotted, static: staticHtml, update, ...rest } = fixture;
      const own = {
        ...rest,
        json: variant === 'json' || variant === 'react' ? json : undefined,
        slotted: variant === 'slotted' ? slotted : undefined,
        static: variant === 'static' ? staticHtml : undefined,
        update: { ...update, static: variant === 'static' ? update.static : undefined },
      };
      await pages[variant].evaluate(([name, value]) => window.bench.setFixture(name, value), [key, own]);
    }
  }

  /** Fails the run when a variant's page does not show what it was given. */
  async function check(variant, what, expectations) {
    const problems = await pages[variant].evaluate((list) => window.bench.check(list), expectations);
    for (const problem of problems) failures.push(`${variantNames[variant]}, ${what}: ${problem}`);
  }

  /**
   * Runs `measure` for every variant in turn, round after round, and keeps the rounds after the
   * warm-up. The first round of each variant is checked for content.
   */
  async function interleaved(label, [warmup, rounds], measure, verify) {
    const samples = Object.fromEntries(variants.map((variant) => [variant, []]));
    const layoutSamples = Object.fromEntries(variants.map((variant) => [variant, []]));
    const suiteStart = performance.now();
    for (let round = 0; round < warmup + rounds; round++) {
      for (const variant of variants) {
        // Headless Chromium gives a page that is not in front about one frame a second.
        await pages[variant].bringToFront();
        const { total, layout } = await measure(pages[variant]);
        if (round === 0) await verify(variant);
        if (round >= warmup) {
          samples[variant].push(total);
          layoutSamples[variant].push(layout);
        }
      }
    }
    log(
      `  ${label}: ${rounds} rounds after ${warmup} warm-up, ${((performance.now() - suiteStart) / 1000).toFixed(1)} s`,
    );
    if (failures.length > 0) throw new Error(`${label}: the benchmark pages are not showing what they should`);
    return {
      label,
      warmup,
      rounds,
      samples,
      layoutSamples,
      stats: statsOf(samples),
      layoutStats: statsOf(layoutSamples),
    };
  }

  const renderSuite = (label, key, fixture, rounds) =>
    interleaved(
      label,
      rounds,
      (page) => page.evaluate((name) => window.bench.render(name), key),
      (variant) => check(variant, label, fixture.expect),
    );

  log('seed article…');
  const seedFixture = articleFixture(seedSections);
  await load('article-5', seedFixture);
  const seed = await renderSuite(`seed article (${seedSections} sections)`, 'article-5', seedFixture, plan.seed);

  log('articles by section count…');
  const sections = [];
  for (const [size, warmup, rounds] of plan.sections) {
    const fixture = articleFixture(size);
    await load(`article-${size}`, fixture);
    sections.push({
      size,
      ...(await renderSuite(`article, ${size} sections`, `article-${size}`, fixture, [warmup, rounds])),
    });
  }

  log('latest-news lists by length…');
  const latest = [];
  for (const [size, warmup, rounds] of plan.latest) {
    const fixture = latestFixture(size);
    await load(`latest-${size}`, fixture);
    latest.push({
      size,
      ...(await renderSuite(`latest news, ${size} stories`, `latest-${size}`, fixture, [warmup, rounds])),
    });
  }

  log('updates…');
  const listFixture = latestFixture(updateListSize);
  await load(`latest-${updateListSize}`, listFixture);
  const updateCases = [
    ['headline', 'change the headline', 'article-5', seedFixture, plan.updates],
    ['append', 'append one latest-news story', 'article-5', seedFixture, plan.updates],
    ['locale', 'switch locale en-GB → ms-MY', 'article-5', seedFixture, plan.updates],
    [
      'append',
      `append one story to a ${updateListSize}-story list`,
      `latest-${updateListSize}`,
      listFixture,
      plan.listUpdate,
    ],
  ];
  const updates = [];
  for (const [name, label, key, fixture, rounds] of updateCases) {
    updates.push({
      name,
      ...(await interleaved(
        label,
        rounds,
        (page) => page.evaluate(([update, fixtureKey]) => window.bench.update(update, fixtureKey), [name, key]),
        // Slotted dates are the host's text: a locale switch leaves them as written.
        (variant) =>
          check(variant, label, variant === 'slotted' && name === 'locale' ? [] : [fixture.update.expect[name]]),
      )),
    });
  }

  // What the end condition itself costs.
  log('probes…');
  const probes = {};
  for (const variant of variants) {
    await pages[variant].bringToFront();
    await pages[variant].evaluate(() => window.bench.render('article-5'));
    const costs = [];
    for (let index = 0; index < 21; index++)
      costs.push((await pages[variant].evaluate(() => window.bench.settleCost())).total);
    probes[variant] = { endConditionMs: median(costs) };
  }

  const results = {
    date: new Date().toISOString(),
    quick,
    machine,
    method: {
      viewport: '1280×900',
      timeZone,
      locale: pageLocale,
      start: 'performance.now() with the input in memory and the stage empty (updates: the fixture fully rendered)',
      end: 'content in the DOM, no pending Lit update under the stage (through shadow roots), then document.body.getBoundingClientRect() + offsetHeight',
      order: 'interleaved a b c d per round; warm-up rounds discarded; gc() and one frame between measurements',
    },
    seed,
    sections,
    latest,
    updates,
    probes,
    loadAverageAtEnd: loadavg()[0],
    durationSeconds: Math.round((performance.now() - startedAt) / 1000),
  };
  mkdirSync(outputFolder, { recursive: true });
  writeFileSync(join(outputFolder, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(report(results));
} catch (error) {
  failures.push(error.stack ?? String(error));
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`bench failed:\n  ${[...new Set(failures)].join('\n  ')}`);
  process.exit(1);
}

// ——— statistics and the report ———

/** The `q` quantile (0–1) of sorted `values`, interpolated between neighbours. */
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

function median(values) {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

function statsOf(samples) {
  return Object.fromEntries(
    Object.entries(samples).map(([variant, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return [
        variant,
        { median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), n: sorted.length },
      ];
    }),
  );
}

function ms(value) {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function ratio(a, b) {
  return `${(a / b).toFixed(2)}×`;
}

/** A plain-text table: the first column left-aligned, the rest right-aligned. */
function table(header, rows) {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => String(row[column]).length)));
  const line = (row) =>
    row
      .map((cell, column) =>
        column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]),
      )
      .join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function scalingTable(unit, suites) {
  const header = [unit, ...variants.flatMap((variant) => [`${variant} ms`, 'per item', '×10 →'])];
  const rows = suites.map((suite, index) => [
    `${suite.size.toLocaleString('en')} (${suite.rounds} rounds)`,
    ...variants.flatMap((variant) => {
      const value = suite.stats[variant].median;
      const previous = suites[index - 1]?.stats[variant].median;
      return [ms(value), `${((value / suite.size) * 1000).toFixed(0)} µs`, previous ? ratio(value, previous) : ''];
    }),
  ]);
  const ratios = suites.map((suite) => {
    const { json, slotted, static: floor, react } = suite.stats;
    return [
      suite.size.toLocaleString('en'),
      ratio(json.median, floor.median),
      ratio(slotted.median, floor.median),
      ratio(json.median, react.median),
      ratio(react.median, floor.median),
    ];
  });
  return `${table(header, rows)}\n\n${table([unit, 'a/c', 'b/c', 'a/d', 'd/c'], ratios)}`;
}

function report({
  machine,
  seed,
  sections,
  latest,
  updates,
  probes,
  durationSeconds,
  loadAverageAtEnd,
  quick: isQuick,
}) {
  const { json, slotted, static: floor, react } = seed.stats;
  const lines = [
    `news-elements render benchmark${isQuick ? ' (--quick: too few rounds to quote)' : ''}`,
    `machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, ${machine.os}; ` +
      `Node ${machine.node}; Chromium ${machine.chromium}; ` +
      `timer ${machine.crossOriginIsolated ? '5 µs (cross-origin isolated)' : '100 µs'}; ` +
      `load average ${machine.loadAverageAtStart.toFixed(1)} at start, ${loadAverageAtEnd.toFixed(1)} at end`,
    '',
    `1. ${seed.label}: data available → rendered and laid out, ms (${seed.rounds} rounds after ${seed.warmup} warm-up, interleaved)`,
    table(
      ['variant', 'median', 'p25', 'p75', 'of which style+layout'],
      variants.map((variant) => [
        variantNames[variant],
        ms(seed.stats[variant].median),
        ms(seed.stats[variant].p25),
        ms(seed.stats[variant].p75),
        ms(seed.layoutStats[variant].median),
      ]),
    ),
    [
      `a/c ${ratio(json.median, floor.median)}`,
      `b/c ${ratio(slotted.median, floor.median)}`,
      `a/d ${ratio(json.median, react.median)}`,
      `b/d ${ratio(slotted.median, react.median)}`,
      `d/c ${ratio(react.median, floor.median)}`,
    ].join('   '),
    '',
    '2a. Article size: median ms, per section, and growth per ×10 sections',
    scalingTable('sections', sections),
    '',
    '2b. <latest-news> length: median ms, per story, and growth per ×10 stories',
    scalingTable('stories', latest),
    '',
    '3. Updates on a rendered page: median ms (p25–p75), interleaved, after warm-up rounds',
    table(
      ['update', 'rounds', ...variants.map((variant) => variantNames[variant]), 'a/d'],
      updates.map((suite) => [
        suite.label,
        suite.rounds,
        ...variants.map((variant) => {
          const stats = suite.stats[variant];
          return `${ms(stats.median)} (${ms(stats.p25)}–${ms(stats.p75)})`;
        }),
        ratio(suite.stats.json.median, suite.stats.react.median),
      ]),
    ),
    '   (a) sets a new `article` object / `items` array, or the `locale` attribute; (b) edits the slotted HTML or sets `locale`;',
    '   (c) sets `innerHTML` to the whole page re-made with the change; (d) a state change flushed with flushSync.',
    '',
    'Probe: the end condition on a rendered seed article (settle + forced layout): ' +
      `${variants.map((variant) => `${variant} ${ms(probes[variant].endConditionMs)} ms`).join(', ')}.`,
    `Run took ${durationSeconds} s; raw samples in .tmp/bench/results.json.`,
  ];
  return lines.join('\n');
}
