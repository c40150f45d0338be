/**
 * Sizes of everything the package exports, checked against size-budget.json.
 *
 * Reads the `exports` map of package.json at run time (a `*` pattern is expanded from the files
 * that exist for it) and prints, for each entry, the raw, gzip (zlib level 9) and brotli
 * (quality 11) bytes of its file as shipped, and of what it adds to an app: the entry bundled
 * with everything of this package it imports statically, minified by esbuild, with the
 * dependencies (lit, @lit/*, dompurify, react) left out as the app has them anyway. A file that
 * imports nothing (the self-contained `dist/cdn/news-elements.js`) is its own cost. Chunks loaded
 * on demand (the sanitiser with DOMPurify) are listed after the table.
 *
 * Budgets are gzip bytes of that cost, keyed by export (`"./bundle": 16000`); a `*` key
 * (`"./define/*"`) covers entries expanded from that pattern; a lazy chunk of the CDN build may have
 * one under its file name, its hash as `*` (`"dist/cdn/news-elements-blocks-*.js"`). Exits 1,
 * naming the entry, when an entry's file is missing, has no budget, or is over it, and when a file
 * of `dist/cdn/` that is an entry imports another file statically (it must work alone).
 *
 * Run after a build: `npm run size` (builds first) or `npm run size:check` (`node scripts/size.mjs`).
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

const root = process.cwd();
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const budgetFile = 'size-budget.json';
const budgets = existsSync(join(root, budgetFile)) ? JSON.parse(readFileSync(join(root, budgetFile), 'utf8')) : {};

/** The file an export resolves to for a browser or bundler: `import`/`browser`/`default`, never `types`. */
function targetOf(value) {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(targetOf).find(Boolean);
  if (value && typeof value === 'object') {
    for (const condition of ['browser', 'import', 'module', 'default']) {
      if (condition in value) return targetOf(value[condition]);
    }
  }
  return undefined;
}

/** Export keys with their files; a `*` pattern becomes one entry per file that matches it. */
function entries(exportsMap) {
  const map = typeof exportsMap === 'string' || Array.isArray(exportsMap) ? { '.': exportsMap } : (exportsMap ?? {});
  return Object.entries(map).flatMap(([key, value]) => {
    if (key === './package.json') return [];
    const target = targetOf(value);
    // Types-only entries (`news-elements/vue` and the like) ship no code: nothing to weigh.
    if (!target)
      return value && typeof value === 'object' && 'types' in value ? [] : [{ key, budgetKey: key, file: undefined }];
    if (!key.includes('*')) return [{ key, budgetKey: key, file: target }];
    const [prefix, suffix] = target.split('*');
    const folder = dirname(`${prefix}x`);
    const names = existsSync(join(root, folder)) ? readdirSync(join(root, folder)) : [];
    const matches = names
      .map((name) => `${folder}/${name}`)
      .filter((file) => file.startsWith(prefix) && file.endsWith(suffix) && file.length > prefix.length + suffix.length)
      .sort();
    if (matches.length === 0) return [{ key, budgetKey: key, file: target }];
    return matches.map((file) => ({
      key: key.replace('*', file.slice(prefix.length, file.length - suffix.length)),
      budgetKey: key,
      file,
    }));
  });
}

const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** The dependencies an app brings itself: not counted in an entry's cost. */
const dependencies = Object.keys({ ...packageJson.dependencies, ...packageJson.peerDependencies });
const dependencyPattern = new RegExp(`^(${dependencies.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})($|/)`);

/**
 * What an entry adds to an app, minified; the chunks it loads on demand; the dependencies it
 * imports. esbuild's metafile tells the entry's output from the chunks of its dynamic imports.
 */
async function costOf(path) {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: join(root, '.size'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'dependencies-are-the-apps',
        setup(builder) {
          builder.onResolve({ filter: dependencyPattern }, ({ path: specifier }) => ({
            path: specifier,
            external: true,
          }));
        },
      },
    ],
  });
  const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const bytesOf = (file) => result.outputFiles.find((output) => output.path === join(root, file)).contents;
  // The entry's own output: esbuild names the module of a dynamic import as an entry point too.
  const [entryFile] = outputs.find(([, meta]) => meta.entryPoint === relative(root, path).replaceAll('\\', '/'));
  // The entry and every chunk it imports statically, however deep: with many dynamic imports
  // (one per language), esbuild splits the shared code into chunks that import each other.
  const staticFiles = [entryFile];
  for (const file of staticFiles) {
    for (const item of result.metafile.outputs[file].imports) {
      if (item.kind === 'import-statement' && !item.external && !staticFiles.includes(item.path))
        staticFiles.push(item.path);
    }
  }
  const eager = Buffer.concat(staticFiles.map((file) => bytesOf(file)));
  const lazy = outputs
    .filter(([file]) => !staticFiles.includes(file))
    .map(([file, meta]) => ({
      sources: Object.keys(meta.inputs)
        .filter((input) => !input.includes('node_modules'))
        .map((input) => relative(root, input)),
      size: measure(bytesOf(file)),
    }));
  const imported = outputs.flatMap(([, meta]) => meta.imports.filter((item) => item.external).map((item) => item.path));
  return { cost: measure(eager), lazy, imported };
}

/** What a module imports before it runs (`import … from`, `export … from`), not what it loads with `import()`. */
const staticImportsOf = (code) =>
  parseAst(code)
    .body.filter((node) => 'source' in node && node.source)
    .map((node) => node.source.value);

/** A module with no static import: what a page loads is the file as it is (plus its lazy chunks). */
const importsNothing = (code) => !/\bimport\s*[\s{*"'`]|\bexport\s*[*{][^;]*\bfrom\b/.test(code);

const rows = [];
const failures = [];
const lazyChunks = new Map();
const bareImports = new Set();
for (const { key, budgetKey, file } of entries(packageJson.exports)) {
  const budget = budgets[key] ?? budgets[budgetKey];
  const path = file && join(root, file);
  if (!path || !existsSync(path)) {
    rows.push({ key, file: file ?? '(no target)', missing: true, budget });
    failures.push(`${key}: ${file ?? 'no file'} is missing${file?.startsWith('./dist/') ? ' (build first)' : ''}`);
    continue;
  }
  const contents = readFileSync(path);
  const own = measure(contents);
  let cost = own;
  if (/\.m?js$/.test(file)) {
    const bundled = await costOf(path);
    if (!importsNothing(contents.toString())) cost = bundled.cost;
    bundled.imported.forEach((specifier) => bareImports.add(specifier));
    // The CDN file is the one file a page needs: Rolldown can split a module it shares with a lazy
    // chunk into a third file that it then imports (bug #10731; lazyRoots in vite.bundle.config.ts).
    const staticImports = file.startsWith('./dist/cdn/') ? staticImportsOf(contents.toString()) : [];
    if (staticImports.length > 0)
      failures.push(
        `${key}: ${file} imports ${staticImports.join(', ')} statically; it must import nothing but its lazy chunks, with import()`,
      );
    for (const chunk of bundled.lazy) {
      const name = chunk.sources.join(' + ') || 'dependencies only';
      if (!lazyChunks.has(name)) lazyChunks.set(name, { size: chunk.size, importers: new Set() });
      lazyChunks.get(name).importers.add(key);
    }
  }
  rows.push({ key, file, own, cost, budget });
  if (budget === undefined) failures.push(`${key}: no budget in ${budgetFile}`);
  else if (cost.gzip > budget)
    failures.push(`${key}: ${cost.gzip} B gzip, over its budget of ${budget} B by ${cost.gzip - budget} B`);
}

const columns = ['entry', 'file', 'raw', 'gzip', 'brotli', 'in an app: raw', 'gzip', 'brotli', 'budget (gzip)'];
const cells = rows.map((row) =>
  row.missing
    ? [row.key, row.file, 'missing', '', '', '', '', '', row.budget ?? 'none']
    : [
        row.key,
        row.file,
        row.own.raw,
        row.own.gzip,
        row.own.brotli,
        row.cost.raw,
        row.cost.gzip,
        row.cost.brotli,
        row.budget === undefined ? 'none' : `${row.budget}${row.cost.gzip > row.budget ? ' OVER' : ''}`,
      ],
);
const widths = columns.map((column, index) =>
  Math.max(column.length, ...cells.map((cell) => String(cell[index]).length)),
);
const line = (cell) =>
  cell
    .map((value, index) =>
      typeof value === 'number' ? String(value).padStart(widths[index]) : String(value).padEnd(widths[index]),
    )
    .join('  ');
console.log(line(columns));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const cell of cells) console.log(line(cell));
console.log('\nBytes. "in an app": the entry with what it imports from this package, minified, dependencies left out.');

if (lazyChunks.size > 0) {
  console.log('\nLoaded on demand (dynamic imports), in no figure above; minified, dependencies left out:');
  for (const [name, { size, importers }] of lazyChunks) {
    console.log(
      `  ${name}  raw ${size.raw}  gzip ${size.gzip}  brotli ${size.brotli}  (from ${[...importers].join(', ')})`,
    );
  }
}

// A lazy chunk of the CDN build with a budget, keyed by its file name with `*` for its hash
// (`dist/cdn/news-elements-blocks-*.js`), is checked as an entry is.
const chunkKeys = [];
for (const [name, { size }] of lazyChunks) {
  const key = name.replace(/-[\w-]{8}\.js$/, '-*.js');
  if (!name.startsWith('dist/cdn/') || budgets[key] === undefined) continue;
  chunkKeys.push(key);
  if (size.gzip > budgets[key])
    failures.push(`${key}: ${size.gzip} B gzip, over its budget of ${budgets[key]} B by ${size.gzip - budgets[key]} B`);
}

console.log(`\nNot counted (the consumer's dependencies): ${[...bareImports].sort().join(', ') || 'none'}.`);

const known = new Set([...rows.map((row) => row.key), ...chunkKeys]);
const patterns = new Set(Object.keys(packageJson.exports ?? {}));
const unused = Object.keys(budgets).filter((key) => !known.has(key) && !patterns.has(key));
if (unused.length > 0) console.log(`\nBudgets for entries not exported (yet): ${unused.join(', ')}.`);

if (failures.length > 0) {
  console.error(`\nsize: ${failures.length} problem${failures.length === 1 ? '' : 's'}:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(`\nsize: ${rows.length} entries within budget.`);
