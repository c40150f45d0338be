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
 * Cold loads (bench/cold/): the seed article as five whole pages — static, React, elements from
 * JSON, server-rendered declarative shadow DOM without script, and that with hydration — each
 * loaded in a fresh browser context, interleaved; LCP, FCP and DOMContentLoaded from the page's
 * own paint timing. The server-rendered HTML comes from the npm build (built here into
 * .tmp/bench/lib/ with vite.config.ts) through @lit-labs/ssr; its size is reported.
 *
 * Prints the machine, tables of medians and, last, each target with whether this run meets it on
 * stdout (progress on stderr), and writes every sample to .tmp/bench/results.json. Exits 1 when a
 * variant does not show the content it was given.
 *
 * Run: `npm run bench` (builds the bundle first), or `node scripts/bench.mjs` after
 * `npm run build:bundle`. `--quick` runs 3 rounds per suite, to try a change. `--report [file]`
 * prints the report of an earlier run again from its results file (default: the last run's).
 * Chromium is CHROME_PATH, else /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import { build, loadConfigFromFile } from 'vite';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { articleFixture, latestFixture, pageLocale, timeZone } from '../bench/fixtures.mjs';
import { coldPages, coldVariantNames, coldVariants, measureColdLoad } from '../bench/cold/pages.mjs';

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
      cold: [1, 3],
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
        [10000, 1, 3],
      ],
      updates: [3, 20],
      listUpdate: [2, 10],
      cold: [1, 8],
    };
const seedSections = 5;
const updateListSize = 1000;

const log = (line) => process.stderr.write(`${line}\n`);

/** The cold pages whose client marks its start and end (bench/cold/client-start.js, client-settled.js). */
const clientVariants = ['json', 'hydrated'];

// `--report <results.json>` prints the report of an earlier run again, from its raw samples.
const reportIndex = process.argv.indexOf('--report');
if (reportIndex !== -1) {
  console.log(
    report(JSON.parse(readFileSync(process.argv[reportIndex + 1] ?? join(outputFolder, 'results.json'), 'utf8'))),
  );
  process.exit(0);
}

if (!existsSync(join(projectRoot, 'dist/cdn/news-elements.js'))) {
  console.error('dist/cdn/news-elements.js is missing: run `npm run build:bundle` first (`npm run bench` does).');
  process.exit(1);
}

log('building the React baseline, the library for the server and the clients of the cold pages…');
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
    lib: {
      entry: { variant: join(projectRoot, 'bench/react/variant.jsx'), cold: join(projectRoot, 'bench/react/cold.jsx') },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: { output: { minify: true } },
  },
});
// The npm build (vite.config.ts, one module per source file), which a Node server renders from.
await build({
  configFile: join(projectRoot, 'vite.config.ts'),
  root: projectRoot,
  logLevel: 'warn',
  build: { outDir: join(outputFolder, 'lib'), emptyOutDir: true },
});
// The clients of the cold JSON and SSR pages: the bundle's entry with the bundle's build (its
// plugins and constants), the hydrating one with Lit's hydration support in front; each
// self-contained, as the CDN file is.
const bundleConfig = await loadConfigFromFile(
  { command: 'build', mode: 'production' },
  join(projectRoot, 'vite.bundle.config.ts'),
);
for (const client of ['render', 'hydrate']) {
  await build({
    configFile: false,
    root: projectRoot,
    logLevel: 'warn',
    define: bundleConfig.config.define,
    plugins: bundleConfig.config.plugins,
    build: {
      outDir: join(outputFolder, 'clients', client),
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: join(projectRoot, `bench/cold/${client}-client.js`),
        formats: ['es'],
        fileName: () => `${client}-client.js`,
      },
      // As the CDN file's build: the modules its chunks share stay in the entry, which therefore
      // imports nothing (Lit's hydration support runs before LitElement is evaluated).
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    },
  });
}

log('rendering the seed article on the server…');
const seedFixture = articleFixture(seedSections);
mkdirSync(join(outputFolder, 'cold'), { recursive: true });
writeFileSync(join(outputFolder, 'cold/article.json'), JSON.stringify(seedFixture.json));
const ssrHtml = execFileSync(
  process.execPath,
  [join(projectRoot, 'bench/cold/render-ssr.mjs'), join(outputFolder, 'lib'), join(outputFolder, 'cold/article.json')],
  { cwd: projectRoot, encoding: 'utf8', maxBuffer: 2 ** 28 },
);
const coldPageFiles = coldPages(seedFixture, ssrHtml);
for (const [variant, content] of Object.entries(coldPageFiles)) {
  writeFileSync(join(outputFolder, `cold/${variant}.html`), content);
}
const gzipSize = (text) => gzipSync(text, { level: zlibConstants.Z_BEST_COMPRESSION }).length;
const ssrSize = {
  raw: Buffer.byteLength(ssrHtml),
  gzip: gzipSize(ssrHtml),
  styleElements: ssrHtml.match(/<style\b/g)?.length ?? 0,
  shadowRoots: ssrHtml.match(/<template\s[^>]*shadowrootmode=/g)?.length ?? 0,
  pages: Object.fromEntries(
    Object.entries(coldPageFiles).map(([variant, content]) => [
      variant,
      { raw: Buffer.byteLength(content), gzip: gzipSize(content) },
    ]),
  ),
};

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

  /**
   * Loads each cold page in a fresh browser context (no cache, no compiled code), variants
   * interleaved round after round, and keeps the paint timings of the rounds after the warm-up.
   */
  async function coldLoads([warmup, rounds]) {
    const fields = [
      'lcp',
      'fcp',
      'domContentLoaded',
      'clientStart',
      'client',
      'longTasks',
      'longTaskTime',
      'blockingTime',
    ];
    const samples = Object.fromEntries(
      fields.map((field) => [field, Object.fromEntries(coldVariants.map((v) => [v, []]))]),
    );
    const lcpElements = Object.fromEntries(coldVariants.map((variant) => [variant, new Set()]));
    const suiteStart = performance.now();
    for (let round = 0; round < warmup + rounds; round++) {
      for (const variant of coldVariants) {
        const coldContext = await browser.newContext({
          viewport: { width: 1280, height: 900 },
          locale: pageLocale,
          timezoneId: timeZone,
        });
        const page = await coldContext.newPage();
        page.on('pageerror', (error) => failures.push(`cold ${variant}: uncaught ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') failures.push(`cold ${variant}: console error ${message.text()}`);
        });
        await page.goto(`${url}/.tmp/bench/cold/${variant}.html`);
        const result = await page.evaluate(measureColdLoad, {
          expectations: seedFixture.expect,
          defined: variant === 'json' || variant === 'hydrated',
        });
        await coldContext.close();
        for (const problem of result.problems) failures.push(`cold ${coldVariantNames[variant]}: ${problem}`);
        if (round >= warmup) {
          for (const field of fields) samples[field][variant].push(result[field]);
          // The entry names no element inside a shadow root.
          lcpElements[variant].add(result.lcpElement ?? '(in a shadow root)');
        }
      }
    }
    log(
      `  cold loads: ${rounds} rounds after ${warmup} warm-up, ${((performance.now() - suiteStart) / 1000).toFixed(1)} s`,
    );
    if (failures.length > 0) throw new Error('cold loads: the pages are not showing what they should');
    return {
      warmup,
      rounds,
      samples,
      stats: Object.fromEntries(fields.map((field) => [field, statsOf(samples[field])])),
      lcpElements: Object.fromEntries(coldVariants.map((variant) => [variant, [...lcpElements[variant]]])),
    };
  }

  log('seed article…');
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

  log('cold loads…');
  const cold = await coldLoads(plan.cold);

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
    cold,
    ssrSize,
    targets: targetsOf({ seed, sections, cold }),
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
        {
          median: quantile(sorted, 0.5),
          p25: quantile(sorted, 0.25),
          p75: quantile(sorted, 0.75),
          min: sorted[0],
          n: sorted.length,
        },
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

/**
 * The goals the render work is judged by, each with this run's figure and whether it is met: the
 * medians' ratios within this run, and for the cold load the median LCPs.
 */
function targetsOf({ seed, sections, cold }) {
  const ratioOf = (stats, variant, baseline) => stats[variant].median / stats[baseline].median;
  const fastestRatio = (stats, variant, baseline) => stats[variant].min / stats[baseline].min;
  const largest = sections.at(-1);
  const lcp = cold.stats.lcp;
  const targets = [
    { goal: 'seed article, JSON ≤ 1.5× static', value: ratioOf(seed.stats, 'json', 'static'), limit: 1.5, unit: '×' },
    { goal: 'seed article, JSON ≤ 1.0× React', value: ratioOf(seed.stats, 'json', 'react'), limit: 1.0, unit: '×' },
    {
      goal: 'seed article, slotted ≤ 1.8× static',
      value: ratioOf(seed.stats, 'slotted', 'static'),
      limit: 1.8,
      unit: '×',
    },
    {
      goal: `${largest.size.toLocaleString('en')} sections, JSON ≤ 1.3× static`,
      value: ratioOf(largest.stats, 'json', 'static'),
      limit: 1.3,
      unit: '×',
    },
    {
      goal: 'cold load, SSR LCP < static LCP',
      value: lcp.ssr.median,
      limit: lcp.static.median,
      unit: ' ms',
      strict: true,
    },
  ];
  // The same comparisons between the fastest samples: on a busy machine the medians carry the
  // other jobs' noise, the fastest samples the least of it. Shown beside the verdict, never in it.
  const fastest = [
    fastestRatio(seed.stats, 'json', 'static'),
    fastestRatio(seed.stats, 'json', 'react'),
    fastestRatio(seed.stats, 'slotted', 'static'),
    fastestRatio(largest.stats, 'json', 'static'),
    fastestRatio(lcp, 'ssr', 'static'),
  ];
  return targets.map((target, index) => ({
    ...target,
    met: target.strict ? target.value < target.limit : target.value <= target.limit,
    fastestRatio: fastest[index],
  }));
}

function coldReport(cold, ssrSize) {
  const { lcp, fcp, domContentLoaded } = cold.stats;
  return [
    `4. Cold load of the seed article: a fresh browser context per load, ms from navigation start (${cold.rounds} rounds after ${cold.warmup} warm-up, interleaved)`,
    table(
      ['page', 'LCP', 'p25', 'p75', '×static', 'min', '×static', 'FCP', 'DOMContentLoaded', 'LCP element'],
      coldVariants.map((variant) => [
        coldVariantNames[variant],
        ms(lcp[variant].median),
        ms(lcp[variant].p25),
        ms(lcp[variant].p75),
        ratio(lcp[variant].median, lcp.static.median),
        ms(lcp[variant].min),
        ratio(lcp[variant].min, lcp.static.min),
        ms(fcp[variant].median),
        ms(domContentLoaded[variant].median),
        cold.lcpElements[variant].join(', '),
      ]),
    ),
    "   DOMContentLoaded comes after the page's module script has run and its elements have rendered or hydrated.",
    '',
    '4b. What the client costs on those loads: from its start to every element rendered (JSON) or hydrated (SSR), ms,',
    '    and the long tasks (> 50 ms) in that time: how many, their length, their part beyond 50 ms (blocking time); medians',
    table(
      ['page', 'client starts at', 'start → done', 'p25', 'p75', 'min', 'long tasks', 'their ms', 'blocking ms'],
      clientVariants.map((variant) => [
        coldVariantNames[variant],
        ms(cold.stats.clientStart[variant].median),
        ms(cold.stats.client[variant].median),
        ms(cold.stats.client[variant].p25),
        ms(cold.stats.client[variant].p75),
        ms(cold.stats.client[variant].min),
        String(cold.stats.longTasks[variant].median),
        ms(cold.stats.longTaskTime[variant].median),
        ms(cold.stats.blockingTime[variant].median),
      ]),
    ),
    `   hydration / client-only render: ${ratio(cold.stats.client.hydrated.median, cold.stats.client.json.median)} (medians), ` +
      `${ratio(cold.stats.client.hydrated.min, cold.stats.client.json.min)} (fastest).`,
    '',
    `5. Server-rendered HTML of the seed article (<news-article> as @lit-labs/ssr writes it): ${ssrSize.raw.toLocaleString('en')} B, ` +
      `${ssrSize.gzip.toLocaleString('en')} B gzip; ${ssrSize.styleElements} <style> elements in ${ssrSize.shadowRoots} declarative shadow roots.`,
    `   Whole cold pages, B (gzip): ${coldVariants
      .map(
        (variant) =>
          `${variant} ${ssrSize.pages[variant].raw.toLocaleString('en')} (${ssrSize.pages[variant].gzip.toLocaleString('en')})`,
      )
      .join(', ')}.`,
  ];
}

function targetsReport(targets) {
  return [
    'Targets, this run:',
    table(
      ['goal', 'measured (medians)', 'limit', '', 'fastest samples'],
      targets.map(({ goal, value, limit, unit, met, fastestRatio }) => [
        goal,
        unit === '×' ? `${value.toFixed(2)}×` : `${ms(value)} ms`,
        unit === '×' ? `${limit.toFixed(1)}×` : `${ms(limit)} ms`,
        met ? 'met' : 'NOT met',
        `${fastestRatio.toFixed(2)}×`,
      ]),
    ),
    '   The verdict uses the medians; "fastest samples" is the same ratio between each variant\'s fastest sample.',
  ];
}

function report({
  machine,
  seed,
  sections,
  latest,
  updates,
  cold,
  ssrSize,
  targets,
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
      ['variant', 'median', 'p25', 'p75', 'min', 'of which style+layout'],
      variants.map((variant) => [
        variantNames[variant],
        ms(seed.stats[variant].median),
        ms(seed.stats[variant].p25),
        ms(seed.stats[variant].p75),
        ms(seed.stats[variant].min),
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
    ...coldReport(cold, ssrSize),
    '',
    'Probe: the end condition on a rendered seed article (settle + forced layout): ' +
      `${variants.map((variant) => `${variant} ${ms(probes[variant].endConditionMs)} ms`).join(', ')}.`,
    `Run took ${durationSeconds} s; raw samples in .tmp/bench/results.json.`,
    '',
    ...targetsReport(targets),
  ];
  return lines.join('\n');
}
