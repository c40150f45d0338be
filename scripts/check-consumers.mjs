/**
 * Consumer tests of the published package: packs the repository as npm would publish it (run
 * `npm run build` first) and uses the tarball as nine kinds of users do, each in a fresh
 * temporary folder with its own `npm install` of the tarball and the repository's tool versions:
 *
 * - cdn: the unpacked tarball served as static files, `dist/cdn/news-elements.js` in a script tag;
 * - vite-ts: a Vite + TypeScript app importing one element's define entry (type-checked, built,
 *   rendered, and its bundle checked for the other elements' code);
 * - react: a React 19 app using the `news-elements/react` wrappers (type-checked, built, rendered,
 *   `onNewsError` called for bad data);
 * - types: the declarations under `moduleResolution` bundler and NodeNext, and the JSX types of
 *   `news-elements/preact` and `news-elements/solid`;
 * - ssr: server rendering with `@lit-labs/ssr` in Node;
 * - angular: an Angular 21 app with `CUSTOM_ELEMENTS_SCHEMA` binding an article object (built by
 *   the application builder, which type-checks the templates, and rendered);
 * - eleventy: an Eleventy site server-rendered with `@lit-labs/eleventy-plugin-lit`, then hydrated
 *   in Chromium (with `news-elements-hydrate-support.js`, under markup that shadows the document's
 *   methods) without replacing a node;
 * - vue, svelte: a Vue 3 and a Svelte 5 app binding an article object and listening to
 *   `news-error` (type-checked with vue-tsc and svelte-check against `news-elements/vue` and
 *   `news-elements/svelte`, built, rendered).
 *
 * Run: `npm run test:consumers` (or `node scripts/check-consumers.mjs`; `--only=vue,svelte` runs
 * those alone). Chromium is
 * `$CHROME_PATH` or /usr/bin/chromium. `KEEP_CONSUMERS=1` keeps the temporary folders.
 * Green, it prints one line, `consumers: N passed, N failed`. When a consumer fails (or with
 * `--verbose`), the tarball's size and a PASS/FAIL line per consumer, with its reason, the end of
 * the failing command's output and its timing, come before that line. Exits 1 if any consumer fails.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
const sourcesRoot = join(projectRoot, 'test/consumers');
const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const seedPath = join(projectRoot, 'demo/seed-article.json');
const seed = JSON.parse(readFileSync(seedPath, 'utf8'));
const keepFolders = process.env.KEEP_CONSUMERS === '1';
const verbose = process.argv.includes('--verbose');
/** The detailed report, printed when a consumer fails or with `--verbose`. */
const report = [];
const installConcurrency = 2;

/**
 * A CSS custom property that only one element's own styles use (the first `--<tag>-…` its
 * manifest entry lists): a bundle holds it exactly when it holds that element's code, which is
 * how the Vite consumer proves the others were tree-shaken.
 */
const elementMarkers = Object.fromEntries(
  JSON.parse(readFileSync(join(projectRoot, 'custom-elements.json'), 'utf8'))
    .modules.flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map(({ tagName, cssProperties = [] }) => [
      tagName,
      cssProperties.find((property) => property.name.startsWith(`--${tagName}-`))?.name,
    ]),
);
for (const [tag, marker] of Object.entries(elementMarkers)) {
  if (!marker) throw new Error(`custom-elements.json lists no --${tag}-… property to recognise <${tag}> by`);
}

const startedAt = performance.now();
const seconds = (milliseconds) => `${(milliseconds / 1000).toFixed(1)} s`;
const timing = (installTime, testStart) =>
  `[install ${seconds(installTime)}, checks ${seconds(performance.now() - testStart)}]`;
const htmlEscapes = { lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' };
/** Text of server-rendered HTML: Lit's markers and tags dropped, its escapes undone. */
const htmlText = (markup) =>
  markup
    .replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, name) => htmlEscapes[name])
    .trim();

/** Runs a command; rejects with the command and the end of its output when it fails. */
function run(command, args, cwd, { timeout = 180_000 } = {}) {
  return new Promise((done, fail) => {
    execFile(command, args, { cwd, timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return done(stdout);
      const output = `${stdout}\n${stderr}`.trim().split('\n').slice(-25).join('\n');
      fail(new Error(`\`${[command, ...args].join(' ')}\` failed (${error.code ?? error.signal}):\n${output}`));
    });
  });
}

/** The version of a tool as the repository pins it, so consumers build with the same toolchain. */
function repositoryVersion(name) {
  const version = manifest.devDependencies?.[name] ?? manifest.dependencies?.[name];
  if (!version) throw new Error(`package.json names no version of ${name}`);
  return version;
}

for (const built of ['dist/index.js', 'dist/index.d.ts', 'dist/cdn/news-elements.js', 'dist/data/attribute.js']) {
  if (!existsSync(join(projectRoot, built))) {
    console.error(`${built} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
/** The package's own writer of JSON attributes, as a server using it would call it. */
const { jsonAttribute } = await import(pathToFileURL(join(projectRoot, 'dist/data/attribute.js')).href);

const workRoot = mkdtempSync(join(tmpdir(), 'news-elements-consumers-'));
const packed = JSON.parse(
  await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workRoot], projectRoot),
)[0];
const tarball = join(workRoot, packed.filename);
report.push(
  `packed ${packed.filename}: ${(packed.size / 1024).toFixed(1)} kB, ` +
    `${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked, ${packed.entryCount} files`,
);

/** Copies a consumer's sources into its own folder, with the seed article beside them. */
function prepareFolder(name, seedInto) {
  const folder = join(workRoot, name);
  cpSync(join(sourcesRoot, name), folder, { recursive: true });
  if (seedInto) writeFileSync(join(folder, seedInto), JSON.stringify(seed, null, 2));
  return folder;
}

/**
 * Installs the tarball and the tools into the folder: a list of names takes the repository's
 * versions; an object maps each tool the repository does not use to its exact version.
 */
async function install(folder, tools) {
  const dependencies = { 'news-elements': `file:${tarball}` };
  if (Array.isArray(tools)) for (const tool of tools) dependencies[tool] = repositoryVersion(tool);
  else Object.assign(dependencies, tools);
  const consumerManifest = { name: 'news-elements-consumer', private: true, type: 'module', dependencies };
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify(consumerManifest, null, 2)}\n`);
  const npmInstall = () =>
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], folder, {
      timeout: 600_000,
    });
  // Two installs share npm's cache; on a busy machine one occasionally fails for no reason of ours.
  await npmInstall().catch((error) => {
    report.push(`install in ${folder} failed once and was retried: ${error.message.split('\n')[0]}`);
    return npmInstall();
  });
}

let browserLaunch;
/** One headless Chromium for the consumers that need a page, started by the first of them. */
function browser() {
  browserLaunch ??= launchChromium();
  return browserLaunch;
}

/**
 * Serves `root`, opens `path` and waits until `isReady` (run in the page) returns a value, which
 * it resolves with, together with the page's console errors and uncaught errors.
 */
async function inPage(root, path, isReady) {
  const { server, url } = await serveStatic(root);
  const context = await (await browser()).newContext();
  try {
    const page = await context.newPage();
    const consoleErrors = [];
    const pageErrors = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${url}${path}`, { waitUntil: 'load' });
    const ready = await page.waitForFunction(isReady, null, { timeout: 10_000 }).catch(() => null);
    if (!ready) {
      const undefinedTags = await page.evaluate(() =>
        Array.from(new Set(Array.from(document.querySelectorAll(':not(:defined)'), (element) => element.localName))),
      );
      const seen = [...pageErrors, ...consoleErrors].join(' | ') || 'no error was logged';
      const notDefined = undefinedTags.length ? `; not defined: ${undefinedTags.join(', ')}` : '';
      throw new Error(`the page never finished rendering (${seen}${notDefined})`);
    }
    return { result: await ready.jsonValue(), consoleErrors, pageErrors };
  } finally {
    await context.close();
    server.close();
  }
}

/** Fails with `reason` unless `condition` holds. */
function check(condition, reason) {
  if (!condition) throw new Error(reason);
}

/** The JavaScript a Vite build wrote, all files together. */
function builtScripts(folder) {
  const assets = join(folder, 'dist/assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
}

/**
 * Opens a framework app's build, which binds the seed to `#good news-article` and the seed with a
 * `javascript:` url to `#bad news-article`, and records what its `news-error` handlers receive in
 * `window.newsErrors`: checks the headline, that `article` arrived as the object (a property, not
 * an attribute holding "[object Object]"), that only the bad article's handler got its `url`
 * problem, and that nothing else went wrong on the page.
 */
async function checkBoundArticles(folder) {
  const { result, consoleErrors, pageErrors } = await inPage(join(folder, 'dist'), '/', () => {
    const good = document.querySelector('#good news-article');
    const headline = good?.shadowRoot?.querySelector('h1')?.textContent?.trim();
    const badRendered = document.querySelector('#bad news-article')?.shadowRoot?.querySelector('h1');
    if (!headline || !badRendered || !(window.newsErrors?.bad.length > 0)) return undefined;
    return {
      headline,
      propertyType: typeof good.article,
      attribute: good.getAttribute('article'),
      errors: window.newsErrors,
    };
  });
  check(result.headline === seed.headline, `the h1 reads "${result.headline}", not the seed's headline`);
  check(
    result.propertyType === 'object' && result.attribute === null,
    `article reached the element as ${result.propertyType === 'object' ? 'an object' : `a ${result.propertyType}`}` +
      `${result.attribute === null ? '' : ` and an attribute "${result.attribute.slice(0, 40)}"`}, not as the property alone`,
  );
  check(result.errors.good.length === 0, `the good article's handler got ${JSON.stringify(result.errors.good)}`);
  const urlProblem = result.errors.bad.find((detail) => detail.element === 'news-article' && detail.field === 'url');
  check(urlProblem, `the bad article's handler got ${JSON.stringify(result.errors.bad)}, not its javascript: url`);
  check(pageErrors.length === 0, `uncaught error: ${pageErrors.join(' | ')}`);
  // The bad article is reported on the console too, by the element itself; nothing else may be.
  const unexpected = consoleErrors.filter((text) => !text.includes('news-article'));
  check(unexpected.length === 0, `console error: ${unexpected.join(' | ')}`);
  return `headline shown, article set as a property, news-error reached the handler (field "url")`;
}

const consumers = [
  {
    name: 'cdn',
    title: 'plain HTML from a CDN',
    tools: null,
    async prepare() {
      const folder = prepareFolder('cdn');
      await run('tar', ['-xzf', tarball, '-C', folder], folder);
      const pagePath = join(folder, 'index.html');
      writeFileSync(pagePath, readFileSync(pagePath, 'utf8').replace('{{article}}', jsonAttribute(seed)));
      return folder;
    },
    async test(folder) {
      const {
        result: headline,
        consoleErrors,
        pageErrors,
      } = await inPage(folder, '/index.html', () =>
        document.querySelector('news-article')?.shadowRoot?.querySelector('h1')?.textContent?.trim(),
      );
      check(headline === seed.headline, `the h1 reads "${headline}", not the seed's headline`);
      check(pageErrors.length === 0, `uncaught error: ${pageErrors.join(' | ')}`);
      check(consoleErrors.length === 0, `console error: ${consoleErrors.join(' | ')}`);
      return `the shadow h1 is the seed's headline, no console or page error`;
    },
  },
  {
    name: 'vite-ts',
    title: 'Vite + TypeScript, one element',
    tools: ['vite', 'typescript'],
    prepare: () => prepareFolder('vite-ts', 'src/seed-article.json'),
    async test(folder) {
      await run('node', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], folder);
      await run('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], folder);

      // Tree-shaking: each marker must be in the full bundle (or its absence would prove nothing).
      const fullBundle = await run('tar', ['-xzOf', tarball, 'package/dist/cdn/news-elements.js'], folder);
      for (const [tag, marker] of Object.entries(elementMarkers)) {
        check(
          fullBundle.includes(marker),
          `marker ${marker} of <${tag}> is not in dist/cdn/news-elements.js: pick another`,
        );
      }
      const appCode = builtScripts(folder);
      check(appCode.includes(elementMarkers['latest-news']), `the app's bundle lacks <latest-news>'s own styles`);
      const leftIn = Object.entries(elementMarkers).filter(
        ([tag, marker]) => tag !== 'latest-news' && appCode.includes(marker),
      );
      check(leftIn.length === 0, `the app's bundle holds code of ${leftIn.map(([tag]) => `<${tag}>`).join(', ')}`);

      const {
        result: headlines,
        consoleErrors,
        pageErrors,
      } = await inPage(join(folder, 'dist'), '/', () => {
        const links = document.querySelector('latest-news')?.shadowRoot?.querySelectorAll('[part="headline"]');
        return links?.length ? Array.from(links, (link) => link.textContent.trim()) : undefined;
      });
      check(
        headlines.includes(seed.headline),
        `<latest-news> shows ${JSON.stringify(headlines)}, not the seed's headline`,
      );
      check(pageErrors.length === 0, `uncaught error: ${pageErrors.join(' | ')}`);
      check(consoleErrors.length === 0, `console error: ${consoleErrors.join(' | ')}`);
      const size = (Buffer.byteLength(appCode) / 1024).toFixed(1);
      return `tsc and vite build pass; the page lists the seed's headline; ${size} kB of JS, no other element's code`;
    },
  },
  {
    name: 'react',
    title: 'React 19 with the wrappers',
    tools: ['vite', 'typescript', 'react', 'react-dom', '@lit/react', '@types/react', '@types/react-dom'],
    prepare: () => prepareFolder('react', 'src/seed-article.json'),
    async test(folder) {
      await run('node', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], folder);
      await run('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], folder);
      const { result, consoleErrors, pageErrors } = await inPage(join(folder, 'dist'), '/', () => {
        const headline = document
          .querySelector('#good news-article')
          ?.shadowRoot?.querySelector('h1')
          ?.textContent?.trim();
        const badRendered = document.querySelector('#bad news-article')?.shadowRoot?.querySelector('h1');
        const parts = Array.from(document.querySelectorAll('#parts > *'));
        const partsRendered = parts.length === 5 && parts.every((part) => part.hasUpdated);
        if (!headline || !badRendered || window.newsErrors.bad.length === 0 || !partsRendered) return undefined;
        const blankParts = parts
          .filter((part) => !part.shadowRoot.textContent.includes(part.dataset.expect))
          .map((part) => `<${part.localName}> lacks "${part.dataset.expect}"`);
        return { headline, errors: window.newsErrors, blankParts };
      });
      check(result.headline === seed.headline, `the h1 reads "${result.headline}", not the seed's headline`);
      check(
        result.errors.good.length === 0,
        `onNewsError fired for the good article: ${JSON.stringify(result.errors.good)}`,
      );
      const urlProblem = result.errors.bad.find(
        (detail) => detail.element === 'news-article' && detail.field === 'url',
      );
      check(urlProblem, `onNewsError got ${JSON.stringify(result.errors.bad)}, not the article's javascript: url`);
      check(result.blankParts.length === 0, `wrappers: ${result.blankParts.join(', ')}`);
      check(pageErrors.length === 0, `uncaught error: ${pageErrors.join(' | ')}`);
      // The bad article is reported on the console too, by the element itself; nothing else may be.
      const unexpected = consoleErrors.filter((text) => !text.includes('news-article'));
      check(unexpected.length === 0, `console error: ${unexpected.join(' | ')}`);
      return (
        'tsc (with a @ts-expect-error prop) and vite build pass; headline shown; ' +
        'onNewsError got field "url"; the other five wrappers render'
      );
    },
  },
  {
    name: 'types',
    title: 'TypeScript declarations',
    tools: { typescript: repositoryVersion('typescript'), preact: '11.2.0', 'solid-js': '1.9.20' },
    prepare: () => prepareFolder('types'),
    async test(folder) {
      const problems = [];
      if (!existsSync(join(folder, 'node_modules/news-elements/dist/article.schema.json'))) {
        problems.push('the package has no dist/article.schema.json (export ./schema.json)');
      }
      // Both configurations run even when one fails, so that the report names every broken one.
      const configs = [
        'tsconfig.bundler.json',
        'tsconfig.nodenext.json',
        'tsconfig.preact.json',
        'tsconfig.solid.json',
      ];
      for (const config of configs) {
        await run('node', ['node_modules/typescript/bin/tsc', '-p', config], folder).catch((error) =>
          problems.push(error.message),
        );
      }
      check(problems.length === 0, problems.join('\n'));
      return 'check.ts compiles under moduleResolution bundler and NodeNext; the Preact and Solid JSX checks compile';
    },
  },
  {
    name: 'ssr',
    title: 'server rendering with @lit-labs/ssr',
    tools: ['@lit-labs/ssr', 'lit'],
    prepare: () => prepareFolder('ssr', 'seed-article.json'),
    async test(folder) {
      const output = await run('node', ['ssr.mjs', 'seed-article.json'], folder, { timeout: 30_000 });
      // Lit SSR writes the older `shadowroot` attribute too: `<template shadowroot="open" shadowrootmode="open">`.
      check(
        /<template\b[^>]*\sshadowrootmode="open"/.test(output),
        'no declarative shadow root (<template shadowrootmode="open">) in the HTML',
      );
      const headings = Array.from(output.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g), ([, inner]) => htmlText(inner));
      check(headings.includes(seed.headline), `no <h1> holds the seed's headline (h1s: ${JSON.stringify(headings)})`);
      for (const leak of ['undefined', '[object Object]']) {
        check(!output.includes(leak), `the HTML contains "${leak}"`);
      }
      return `${(output.length / 1024).toFixed(1)} kB of HTML with a declarative shadow root and the seed's h1`;
    },
  },
  {
    name: 'angular',
    title: 'Angular 21, zoneless, CUSTOM_ELEMENTS_SCHEMA',
    // Angular 22 needs Node 22; 21 is the newest on Node 20.19+, and takes TypeScript >=5.9 <6.0.
    // Built by the application builder itself (build.mjs), so the Angular CLI is not installed.
    tools: {
      '@angular/build': '21.2.27',
      '@angular/common': '21.2.26',
      '@angular/compiler': '21.2.26',
      '@angular/compiler-cli': '21.2.26',
      '@angular/core': '21.2.26',
      '@angular/platform-browser': '21.2.26',
      rxjs: '7.8.2',
      typescript: '5.9.3',
    },
    prepare: () => prepareFolder('angular', 'src/seed-article.json'),
    async test(folder) {
      // The builder type-checks the app and its templates (strictTemplates) as it builds.
      await run('node', ['build.mjs'], folder, { timeout: 300_000 });
      const { result, consoleErrors, pageErrors } = await inPage(join(folder, 'dist/browser'), '/', () => {
        const good = document.querySelector('#good');
        const headline = good?.shadowRoot?.querySelector('h1')?.textContent?.trim();
        const problems = Array.from(document.querySelectorAll('#problems li'), (item) => item.textContent.trim());
        if (!headline || problems.length === 0) return undefined;
        return { headline, problems, articleAttribute: good.getAttribute('article') };
      });
      check(result.headline === seed.headline, `the h1 reads "${result.headline}", not the seed's headline`);
      check(result.articleAttribute === null, '[article] was written as an attribute, not set as the property');
      check(
        result.problems.every((problem) => problem.startsWith('bad:')),
        `the good article was reported: ${JSON.stringify(result.problems)}`,
      );
      check(
        result.problems.includes('bad: news-article url'),
        `the handler got ${JSON.stringify(result.problems)}, not the bad article's javascript: url`,
      );
      check(pageErrors.length === 0, `uncaught error: ${pageErrors.join(' | ')}`);
      // The bad article is reported on the console too, by the element itself; nothing else may be.
      const unexpected = consoleErrors.filter((text) => !text.includes('news-article'));
      check(unexpected.length === 0, `console error: ${unexpected.join(' | ')}`);
      const size = readdirSync(join(folder, 'dist/browser'))
        .filter((file) => file.endsWith('.js'))
        .reduce((total, file) => total + readFileSync(join(folder, 'dist/browser', file)).length, 0);
      return (
        `the application builder passes; headline shown from the bound object; (news-error) got field "url"; ` +
        `${(size / 1024).toFixed(1)} kB of JS with Angular`
      );
    },
  },
  {
    name: 'eleventy',
    title: 'Eleventy 3, server-rendered with @lit-labs/eleventy-plugin-lit',
    tools: {
      '@11ty/eleventy': '3.1.8',
      '@lit-labs/eleventy-plugin-lit': '1.0.6',
    },
    /** A real article: its own URL, and latest stories with URLs, one of them the article itself. */
    article: {
      ...seed,
      url: 'https://example.com/2025/10/23/trade-talks',
      latest: [
        {
          headline: 'Ringgit edges higher',
          url: 'https://example.com/markets/ringgit',
          datePublished: '2025-10-23T16:40:00+08:00',
        },
        { headline: 'Palm oil futures slip', url: '/commodities/palm-oil' },
        { headline: 'This very article', url: '/2025/10/23/trade-talks#comments' },
      ],
    },
    prepare() {
      const folder = prepareFolder('eleventy');
      mkdirSync(join(folder, 'src/_data'));
      writeFileSync(join(folder, 'src/_data/article.json'), JSON.stringify(this.article, null, 2));
      return folder;
    },
    async test(folder) {
      await run('node', ['node_modules/@11ty/eleventy/cmd.cjs', '--quiet'], folder, { timeout: 120_000 });
      const built = readFileSync(join(folder, '_site/index.html'), 'utf8');
      check(
        /<news-article\b[^>]*>\s*<template\b[^>]*\sshadowrootmode="open"/.test(built),
        'no declarative shadow root (<template shadowrootmode="open">) in <news-article>',
      );
      const textOf = (tag) =>
        Array.from(built.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'g')), ([, inner]) =>
          htmlText(inner),
        );
      check(textOf('h1').includes(seed.headline), `no <h1> holds the seed's headline (h1s: ${textOf('h1')})`);
      const sectionHeadings = this.article.sections.map((section) => section.heading).filter(Boolean);
      const missing = sectionHeadings.filter((heading) => !textOf('h2').includes(heading));
      check(missing.length === 0, `section headings missing from the HTML: ${missing.join(', ')}`);
      const links = textOf('a');
      check(
        links.includes('Ringgit edges higher') && links.includes('Palm oil futures slip'),
        `the latest stories are not linked (links: ${JSON.stringify(links)})`,
      );
      check(!links.includes('This very article'), 'the article is listed among its own latest stories');
      for (const leak of ['undefined', '[object ']) check(!built.includes(leak), `the HTML contains "${leak}"`);

      // In the browser: the bundle is held back until the server's nodes are marked, then hydrates them.
      const { server, url } = await serveStatic(join(folder, '_site'));
      const context = await (await browser()).newContext();
      try {
        const page = await context.newPage();
        const problems = [];
        page.on('console', (message) => {
          if (['error', 'warning'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
        // Every element in the article's shadow roots, nested ones included, in document order.
        await page.addInitScript(() => {
          const inShadows = (root) =>
            Array.from(root.querySelectorAll('*')).flatMap((element) =>
              element.shadowRoot ? [element, ...inShadows(element.shadowRoot)] : [element],
            );
          window.shadowElements = () => inShadows(document.querySelector('news-article').shadowRoot);
        });
        let releaseBundle;
        const bundleHeld = new Promise((resolve) => (releaseBundle = resolve));
        await page.route('**/news-elements/news-elements.js', async (route) => {
          await bundleHeld;
          await route.continue();
        });
        await page.goto(`${url}/`, { waitUntil: 'commit' });
        await page.waitForFunction(() => document.querySelector('main')?.nextSibling, null, { timeout: 10_000 });
        const marked = await page.evaluate(() => {
          window.serverElements = window.shadowElements();
          return window.serverElements.map((element) => element.getAttribute('part') ?? element.localName);
        });
        check(
          marked.includes('headline') && marked.includes('latest-news'),
          `the server's shadow roots lack the headline or the latest news (${marked.length} elements)`,
        );
        const shadowed = await page.evaluate(() =>
          ['createElement', 'createTreeWalker', 'importNode'].filter(
            (name) => !(document[name] instanceof HTMLImageElement),
          ),
        );
        check(shadowed.length === 0, `the page's images do not shadow document.${shadowed.join(', document.')}`);
        releaseBundle();
        const hydrated = await page
          .waitForFunction(
            () => {
              const elements = [document.querySelector('news-article'), ...window.shadowElements()];
              const custom = elements.filter((element) => element.localName.includes('-'));
              return custom.every((element) => element.hasUpdated && !element.hasAttribute('defer-hydration'));
            },
            null,
            { timeout: 10_000 },
          )
          .catch(() => null);
        check(hydrated, `the elements never hydrated (${problems.join(' | ') || 'no error was logged'})`);
        const replaced = await page.evaluate(() => {
          const now = window.shadowElements();
          const kept = window.serverElements.filter((element, index) => element.isConnected && now[index] === element);
          return { before: window.serverElements.length, after: now.length, kept: kept.length };
        });
        check(
          replaced.kept === replaced.before && replaced.after === replaced.before,
          `hydration replaced nodes: ${replaced.kept} of ${replaced.before} server elements kept, ${replaced.after} now`,
        );
        check(problems.length === 0, `console: ${problems.join(' | ')}`);
        return (
          `${(built.length / 1024).toFixed(1)} kB page with declarative shadow DOM, the h1 and ` +
          `${sectionHeadings.length} section headings; hydration, under markup that shadows the document's methods, ` +
          `kept all ${marked.length} shadow elements, no console error`
        );
      } finally {
        await context.close();
        server.close();
      }
    },
  },
  {
    name: 'vue',
    title: 'Vue 3 with the template types',
    tools: {
      vite: repositoryVersion('vite'),
      typescript: repositoryVersion('typescript'),
      vue: '3.5.45',
      '@vitejs/plugin-vue': '6.0.11',
      'vue-tsc': '3.3.14',
    },
    prepare: () => prepareFolder('vue', 'src/seed-article.json'),
    async test(folder) {
      await run('node', ['node_modules/vue-tsc/bin/vue-tsc.js', '--noEmit', '-p', '.'], folder);
      await run('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], folder);
      return `vue-tsc (with a @vue-expect-error prop) and vite build pass; ${await checkBoundArticles(folder)}`;
    },
  },
  {
    name: 'svelte',
    title: 'Svelte 5 with the template types',
    tools: {
      vite: repositoryVersion('vite'),
      typescript: repositoryVersion('typescript'),
      svelte: '5.57.3',
      '@sveltejs/vite-plugin-svelte': '7.3.1',
      'svelte-check': '4.7.8',
    },
    prepare: () => prepareFolder('svelte', 'src/seed-article.json'),
    async test(folder) {
      // svelte-check has no expect-error comment for markup: type-errors/ holds the one mistake it
      // must report, and src/ must have none.
      const checkOutput = await run(
        'node',
        ['node_modules/svelte-check/bin/svelte-check', '--tsconfig', './tsconfig.json', '--output', 'machine'],
        folder,
      ).catch((error) => error.message);
      const problems = checkOutput.split('\n').filter((line) => /^\d+ (ERROR|WARNING) /.test(line));
      const expected = problems.filter(
        (line) => line.includes('"type-errors/WrongProp.svelte"') && line.includes("Type 'number' is not assignable"),
      );
      check(
        problems.length === 1 && expected.length === 1,
        `svelte-check should report only the number given to article in type-errors/WrongProp.svelte:\n${checkOutput}`,
      );
      await run('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], folder);
      return `svelte-check (catching a wrong prop) and vite build pass; ${await checkBoundArticles(folder)}`;
    },
  },
];

/** Prepares and installs every consumer, at most `installConcurrency` npm installs at a time. */
function startInstalls() {
  const setups = new Map();
  let running = 0;
  const waiting = [];
  const slot = () =>
    running < installConcurrency ? Promise.resolve((running += 1)) : new Promise((next) => waiting.push(next));
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  for (const consumer of consumers) {
    const setup = (async () => {
      const folder = await consumer.prepare();
      if (!consumer.tools) return { folder, installTime: 0 };
      await slot();
      const installStart = performance.now();
      try {
        await install(folder, consumer.tools);
      } finally {
        release();
      }
      return { folder, installTime: performance.now() - installStart };
    })();
    setup.catch(() => {}); // Reported when the consumer's turn comes.
    setups.set(consumer.name, setup);
  }
  return setups;
}

/** `--only=vue,svelte` runs the named consumers alone. */
const onlyNames = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
if (onlyNames) {
  const unknown = onlyNames.filter((name) => !consumers.some((consumer) => consumer.name === name));
  if (unknown.length > 0) {
    console.error(
      `consumers: no consumer named ${unknown.join(', ')}; there are ${consumers.map(({ name }) => name).join(', ')}`,
    );
    process.exit(1);
  }
  consumers.splice(0, consumers.length, ...consumers.filter((consumer) => onlyNames.includes(consumer.name)));
}

const setups = startInstalls();
let passed = 0;
let failed = 0;
for (const consumer of consumers) {
  const label = `${consumer.name} (${consumer.title})`;
  let installTime = 0;
  let testStart = performance.now();
  try {
    const setup = await setups.get(consumer.name);
    installTime = setup.installTime;
    testStart = performance.now();
    const detail = await consumer.test(setup.folder);
    passed += 1;
    report.push(`PASS ${label} ${timing(installTime, testStart)}: ${detail}`);
  } catch (error) {
    failed += 1;
    report.push(`FAIL ${label} ${timing(installTime, testStart)}: ${error.message.replaceAll('\n', '\n    ')}`);
  }
}

if (browserLaunch) await (await browserLaunch).close();
if (keepFolders) console.log(`consumer folders kept in ${workRoot}`);
else rmSync(workRoot, { recursive: true, force: true });
report.push(`total ${seconds(performance.now() - startedAt)}`);
if (failed > 0 || verbose) console.log(report.join('\n'));
console.log(`consumers: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
