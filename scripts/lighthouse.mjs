/**
 * Lighthouse audit of the demo pages: serves the project as plain static files (as
 * scripts/serve-demo.mjs does), runs Lighthouse with its default mobile configuration in headless
 * Chromium against demo/index.html (article from JSON) and demo/slotted.html (article as plain
 * HTML), and prints per page the four category scores and LCP, CLS, TBT and FCP.
 *
 * Lighthouse's simulated throttling loads the page at full local speed, so the bundle may define
 * the elements before the first paint, and a shift on upgrade then goes unseen in that run.
 * Each page is therefore loaded a second time with the bundle held back by the server
 * (`bundleDelayMs`), as on a slow connection: the page paints without the elements, then
 * upgrades. That run's CLS is reported as "CLS, late bundle".
 *
 * Writes each run's full Lighthouse result to .tmp/lighthouse/<page>[-late-bundle]-<run>.json, a summary to
 * .tmp/lighthouse/summary.json and a Markdown section for BENCHMARKS.md to
 * .tmp/lighthouse/section.md. Exits non-zero when a run fails or when a page shifts its layout
 * (CLS above 0 in either run): the elements must upgrade in place.
 *
 * Run: `npm run lighthouse` (builds dist/cdn/news-elements.js first), or `node scripts/lighthouse.mjs
 * [--runs N]` on an existing build. Each page is audited N times (3 by default): the median run by
 * performance score is reported with the spread of all runs, and every run must have CLS 0.
 * Chromium is $CHROME_PATH or /usr/bin/chromium.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
const outputDir = join(projectRoot, '.tmp/lighthouse');
const pages = [
  { name: 'index', path: 'demo/index.html', label: 'demo/index.html (from JSON)' },
  { name: 'slotted', path: 'demo/slotted.html', label: 'demo/slotted.html (plain HTML)' },
];
/** Longer than the simulated slow-4G download of the bundle, so that the page surely paints first. */
const bundleDelayMs = 2000;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metrics = [
  { id: 'largest-contentful-paint', label: 'LCP' },
  { id: 'cumulative-layout-shift', label: 'CLS' },
  { id: 'total-blocking-time', label: 'TBT' },
  { id: 'first-contentful-paint', label: 'FCP' },
];

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runsPerPage = Number(options.runs);
if (!Number.isInteger(runsPerPage) || runsPerPage < 1) {
  console.error('--runs takes a whole number of runs per page, 1 or more.');
  process.exit(1);
}

try {
  statSync(join(projectRoot, 'dist/cdn/news-elements.js'));
} catch {
  console.error('dist/cdn/news-elements.js is missing: run `npm run build:bundle` first.');
  process.exit(1);
}

/** The figures of one Lighthouse result that the report shows, or the reason it has none. */
function summarise(lhr) {
  const problems = [];
  if (lhr.runtimeError) problems.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const scores = {};
  for (const id of categories.filter((category) => lhr.configSettings.onlyCategories?.includes(category) ?? true)) {
    const score = lhr.categories[id]?.score;
    if (typeof score !== 'number') problems.push(`no ${id} score`);
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  const values = {};
  for (const { id, label } of metrics) {
    const audit = lhr.audits[id];
    if (typeof audit?.numericValue !== 'number') problems.push(`no ${label}: ${audit?.errorMessage ?? 'not measured'}`);
    values[label] = { value: audit?.numericValue ?? null, display: audit?.displayValue ?? '–' };
  }
  // Audits that lose points, so that a score below 100 comes with its reasons.
  const failedAudits = categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${category}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
  );
  return { scores, metrics: values, failedAudits, warnings: lhr.runWarnings, problems };
}

const median = (runs) =>
  [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1))[Math.floor(runs.length / 2)];

mkdirSync(outputDir, { recursive: true });
// Reports of an earlier run with more runs per page would otherwise sit next to this run's.
const reportName = new RegExp(`^(${pages.map((page) => page.name).join('|')})(-late-bundle)?-\\d+\\.json$`);
for (const file of readdirSync(outputDir).filter((name) => reportName.test(name))) rmSync(join(outputDir, file));
const { server, url } = await serveStatic(projectRoot);
// The same files, with the bundle answered only after `bundleDelayMs`.
const lateBundleServer = createServer((request, response) => {
  const delay = new URL(request.url, url).pathname === '/dist/cdn/news-elements.js' ? bundleDelayMs : 0;
  setTimeout(() => server.emit('request', request, response), delay);
});
const lateBundleUrl = await new Promise((done) => {
  lateBundleServer.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${lateBundleServer.address().port}`));
});
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: chromiumFlags,
});

/** Runs Lighthouse on `pageUrl`, keeps the full report in `fileName` and returns the result. */
async function audit(pageUrl, fileName, onlyCategories) {
  const result = await lighthouse(pageUrl, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories });
  if (!result) throw new Error(`Lighthouse returned no result for ${pageUrl}`);
  writeFileSync(join(outputDir, fileName), result.report);
  return result.lhr;
}

const results = [];
let settings;
let userAgent;
let lighthouseVersion;
let failed = false;
try {
  for (const page of pages) {
    const runs = [];
    for (let run = 1; run <= runsPerPage; run += 1) {
      const result = await audit(`${url}/${page.path}`, `${page.name}-${run}.json`);
      settings ??= result.configSettings;
      userAgent ??= result.environment.hostUserAgent;
      lighthouseVersion ??= result.lighthouseVersion;
      const late = summarise(
        await audit(`${lateBundleUrl}/${page.path}`, `${page.name}-late-bundle-${run}.json`, ['performance']),
      );
      runs.push({ ...summarise(result), lateBundle: { CLS: late.metrics.CLS, problems: late.problems } });
    }
    results.push({ ...page, runs, reported: median(runs) });
  }
} finally {
  await chrome.kill();
  server.close();
  lateBundleServer.close();
}

for (const page of results) {
  console.log(`\n${page.label}`);
  for (const [index, run] of page.runs.entries()) {
    const prefix = page.runs.length > 1 ? `  run ${index + 1}: ` : '  ';
    console.log(`${prefix}${categories.map((id) => `${id} ${run.scores[id] ?? '–'}`).join(', ')}`);
    console.log(
      `${' '.repeat(prefix.length)}${metrics.map(({ label }) => `${label} ${run.metrics[label].display}`).join(', ')}; ` +
        `CLS with the bundle ${bundleDelayMs} ms late ${run.lateBundle.CLS.display}`,
    );
    for (const audit of run.failedAudits) console.log(`    below full marks: ${audit}`);
    for (const warning of run.warnings) console.log(`    warning: ${warning}`);
    for (const problem of [...run.problems, ...run.lateBundle.problems.map((problem) => `late bundle: ${problem}`)]) {
      console.log(`  ✗ ${problem}`);
      failed = true;
    }
    for (const [when, cls] of [
      ['', run.metrics.CLS.value],
      [` (bundle ${bundleDelayMs} ms late)`, run.lateBundle.CLS.value],
    ]) {
      if (cls === null || cls > 0) {
        console.log(`  ✗ CLS${when} is ${cls}: the page shifts while the elements upgrade`);
        failed = true;
      }
    }
  }
}

const { throttling, screenEmulation } = settings;
const throttlingText =
  `${settings.throttlingMethod} throttling: ${throttling.rttMs} ms RTT, ` +
  `${Math.round(throttling.throughputKbps)} kbit/s down, ${throttling.cpuSlowdownMultiplier}× CPU slowdown`;
const screenText = `${screenEmulation.width}×${screenEmulation.height} at ${screenEmulation.deviceScaleFactor}× (${settings.formFactor})`;
const browserVersion = userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? userAgent;
const cell = (metric) => metric.display.replace(/\u00a0/g, ' ');
/** Lowest to highest over a page's runs: how far one run can be trusted on this machine. */
function spread(runs) {
  const range = (values, format, unit = '') => {
    const [low, high] = [Math.min(...values), Math.max(...values)].map(format);
    return `${low === high ? low : `${low}–${high}`}${unit}`;
  };
  return [
    `performance ${range(
      runs.map((run) => run.scores.performance),
      String,
    )}`,
    ...['LCP', 'TBT', 'FCP'].map(
      (label) =>
        `${label} ${range(
          runs.map((run) => run.metrics[label].value),
          Math.round,
          ' ms',
        )}`,
    ),
    `CLS ${range(
      runs.flatMap((run) => [run.metrics.CLS.value, run.lateBundle.CLS.value]),
      (value) => value.toFixed(3),
    )}`,
  ].join(', ');
}

const markdown = [
  '## Lighthouse (demo pages)',
  '',
  `Lighthouse ${lighthouseVersion}, default mobile configuration: ${screenText}, ${throttlingText} ` +
    `(the load itself runs unthrottled from a local static server; Lighthouse models the slow network and CPU from its trace). ` +
    `${browserVersion}, headless. ${runsPerPage > 1 ? `Median of ${runsPerPage} runs per page by performance score. ` : ''}` +
    `"CLS, late bundle" is a second load with the server holding dist/cdn/news-elements.js back ${bundleDelayMs} ms, so that ` +
    'the page paints before the elements upgrade, as on a slow connection. ' +
    'Run with `npm run lighthouse`; full reports in .tmp/lighthouse/.',
  '',
  '| Page | Performance | Accessibility | Best practices | SEO | LCP | CLS | TBT | FCP | CLS, late bundle |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ...results.map(
    ({ label, reported: run }) =>
      `| ${label} | ${categories.map((id) => run.scores[id] ?? '–').join(' | ')} | ` +
      `${metrics.map(({ label: metric }) => cell(run.metrics[metric])).join(' | ')} | ${cell(run.lateBundle.CLS)} |`,
  ),
  '',
  ...(runsPerPage > 1
    ? [
        `Spread over the ${runsPerPage} runs (simulated TBT, FCP and LCP follow the main-thread work actually observed, ` +
          'so they move with the load on the machine):',
        '',
        ...results.map(({ label, runs }) => `- ${label}: ${spread(runs)}`),
        '',
      ]
    : []),
].join('\n');
writeFileSync(join(outputDir, 'section.md'), markdown);
writeFileSync(
  join(outputDir, 'summary.json'),
  `${JSON.stringify({ lighthouse: lighthouseVersion, browser: browserVersion, throttling: throttlingText, screen: screenText, bundleDelayMs, pages: results }, null, 2)}\n`,
);
console.log(`\nWrote .tmp/lighthouse/section.md and .tmp/lighthouse/summary.json.`);
console.log(failed ? 'lighthouse: FAILED' : 'lighthouse: passed (every run completed, CLS 0)');
process.exit(failed ? 1 : 0);
