import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { chromium } from './scripts/browsers.mjs';
import { buildConstants } from './scripts/build-constants.mjs';
import { rewriteHostDocumentReads } from './scripts/vite-plugin-document-calls.mjs';
import { countReporter } from './test/support/count-reporter.js';
import { firefoxLauncher } from './test/support/firefox-launcher.js';
import { feedServer } from './test/support/feed-server.js';
import { fixtureRequests } from './test/support/fixture-requests.js';
import { heldModules } from './test/support/held-modules.js';
import { quietReporter } from './test/support/quiet-reporter.js';
import { webkitLauncher } from './test/support/webkit-launcher.js';

// A run of chosen files (`wtr --files …`) cannot meet the whole suite's coverage threshold.
const partialRun = process.argv.includes('--files');

const launchers = {
  // puppeteer-core's Chromium launcher, named "Chromium", with native (V8) coverage.
  chromium: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { executablePath: chromium.path, headless: true, args: chromium.flags },
    }),
  firefox: firefoxLauncher,
  webkit: webkitLauncher,
};
// `ENGINES=firefox npx wtr --files …` runs some engines only, while working on one.
const engines = (process.env.ENGINES || Object.keys(launchers).join(',')).split(',');
for (const engine of engines) {
  if (!launchers[engine]) throw new Error(`ENGINES: unknown engine "${engine}" (${Object.keys(launchers).join(', ')})`);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // The engines run side by side, one test file at a time each: on two cores, more pages at once
  // only make each slower.
  concurrentBrowsers: 3,
  concurrency: 1,
  // The heaviest file (every XSS payload in every field) takes minutes in WebKit on a busy machine;
  // a test that hangs is stopped sooner, by the test timeout.
  testsFinishTimeout: 10 * 60_000,
  browserStartTimeout: 2 * 60_000,
  // A page that has not started its tests when this runs out is stopped while Chromium is still
  // turning coverage on, and the run fails with "JSCoverage is not enabled": on a loaded machine
  // the largest files need more than the default two minutes to load.
  testsStartTimeout: 5 * 60_000,
  // Coverage comes from Chromium (V8); the other engines run the same tests without it.
  coverage: !partialRun && engines.includes('chromium'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
  },
  // Lit's dev build greets every test file; its other warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // Three engines share the cores: a render-heavy test can take several times as long as alone.
  testFramework: { config: { timeout: 30_000 } },
  middleware: [feedServer(process.cwd()), heldModules(), fixtureRequests(process.cwd())],
  plugins: [
    // Lit and DOMPurify as the CDN file has them: past whatever the page's markup shadows.
    {
      name: 'document-calls',
      transform(context) {
        if (typeof context.body !== 'string') return undefined;
        const body = rewriteHostDocumentReads(context.body, context.path, '/src/shared/host-document.ts');
        if (body !== context.body) return { body };
      },
    },
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      define: buildConstants,
    }),
  ],
  browsers: engines.map((engine) => launchers[engine]()),
  reporters: [quietReporter(), countReporter()],
};
