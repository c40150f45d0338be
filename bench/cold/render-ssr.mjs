/**
 * Server-renders the cold-load suite's article, as a Node host would: `@lit-labs/ssr` renders
 * `<news-article>` from the library build (the npm `dist/` layout) into declarative shadow DOM.
 * Run as its own process by scripts/bench.mjs, so that the DOM shim `@lit-labs/ssr` installs
 * in Node stays out of the benchmark's process:
 *
 *   node bench/cold/render-ssr.mjs <library build folder> <article JSON file>   → the HTML on stdout
 */
// The renderer (and its DOM shim) first: the elements' modules are then evaluated against it.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { html } from 'lit';
import { coldPageSettings } from './pages.mjs';

const [libraryFolder, articleFile] = process.argv.slice(2);
await import(pathToFileURL(join(resolve(libraryFolder), 'define/index.js')).href);
const article = JSON.parse(readFileSync(articleFile, 'utf8'));
const { locale, timeZone } = coldPageSettings;

// The same attributes as the client-rendered JSON page (bench/cold/pages.mjs), so that both show
// the same article and the hydrating client reads the data the server rendered.
process.stdout.write(
  await collectResult(
    render(html`<news-article
      no-skip-link
      no-structured-data
      locale=${locale}
      time-zone=${timeZone}
      article=${JSON.stringify(article)}
    ></news-article>`),
  ),
);
