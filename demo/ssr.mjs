/**
 * Server rendering, as a Node host would do it: the demo page (demo/index.html) with its
 * `<skip-link>` and `<news-article>` rendered on the server by `@lit-labs/ssr` into declarative
 * shadow DOM, so the article reads before (and without) JavaScript; a small client script then
 * hydrates the elements in place.
 *
 *   npm run demo:ssr        builds the package, then serves http://127.0.0.1:5174/
 *
 * In an app, import from the package instead of ../dist: `news-elements/define`, and
 * `structuredData`, `parseArticle`, `jsonLdText`, `Problems` from `news-elements`.
 */
// The DOM shim and the renderer come first: the elements' modules are then evaluated against them.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { html } from 'lit';
import { readDemoArticle } from './demo-article.mjs';

const demoFolder = dirname(fileURLToPath(import.meta.url));
const projectRoot = join(demoFolder, '..');
const dist = (path) => pathToFileURL(join(projectRoot, 'dist', path)).href;

await import(dist('define/index.js'));
const { jsonLdText, parseArticle, Problems, structuredData } = await import(dist('index.js'));

/** The page's host settings: on a server there is no reader to ask, so the page says them. */
const pageSettings = { locale: 'en-GB', timeZone: 'Asia/Kuala_Lumpur' };

/**
 * The demo page rendered on the server. `base` is the page's URL, for the absolute URLs of the
 * structured data; `clientScript` the path of the hydrating script.
 */
async function renderArticlePage({ base, clientScript }) {
  const page = await readFile(join(demoFolder, 'index.html'), 'utf8');
  const article = readDemoArticle();
  const { locale, timeZone } = pageSettings;
  const articleHtml = await collectResult(
    // The article goes in as an attribute, so the client hydrates from the very data the server
    // rendered. The element's own JSON-LD would be added on the client: <head> has it instead.
    render(html`<news-article
      no-skip-link
      no-structured-data
      locale=${locale}
      time-zone=${timeZone}
      article=${JSON.stringify(article)}
    ></news-article>`),
  );
  const skipLinkHtml = await collectResult(render(html`<skip-link></skip-link>`));
  const jsonLd = structuredData(parseArticle(article, new Problems()), base);
  return (
    page
      .replace(/<news-article\b[\s\S]*?<\/news-article>/, () => articleHtml)
      .replace(/<skip-link><\/skip-link>/, () => skipLinkHtml)
      .replace(
        /<script type="module" src="[^"]*news-elements\.js"><\/script>/,
        () =>
          `<script type="application/ld+json">${jsonLdText(jsonLd)}</script>\n` +
          `    <script type="module" src="${clientScript}"></script>`,
      )
      .replace(/<link rel="stylesheet" href="\.\/site\.css" \/>/, '<link rel="stylesheet" href="/demo/site.css" />')
      // The rules that hold an undefined element's place are for pages whose elements render late.
      .replace(/\s*<link rel="stylesheet" href="\.\/before-upgrade\.css" \/>/, '')
      .replace(
        /<p class="site-switch">[\s\S]*?<\/p>/,
        '<p class="site-switch">This page was rendered on the server; JavaScript only hydrates it.</p>',
      )
  );
}

/** The hydrating client (demo/ssr-client.js with Lit and the elements), bundled in memory by Vite. */
async function buildClient() {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: projectRoot,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      rolldownOptions: { input: join(demoFolder, 'ssr-client.js'), output: { entryFileNames: 'client.js' } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  return new Map(chunks.map((chunk) => [chunk.fileName, chunk.type === 'chunk' ? chunk.code : chunk.source]));
}

/** Serves the rendered page at `/`, the client at `/client/…` and the demo's stylesheet. */
export async function startSsrServer({ port = 0 } = {}) {
  const client = await buildClient();
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    try {
      if (pathname === '/') {
        const base = `http://${request.headers.host}/`;
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(await renderArticlePage({ base, clientScript: '/client/client.js' }));
      } else if (pathname.startsWith('/client/') && client.has(pathname.slice('/client/'.length))) {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        response.end(client.get(pathname.slice('/client/'.length)));
      } else if (pathname === '/demo/site.css') {
        response.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
        response.end(await readFile(join(demoFolder, 'site.css')));
      } else {
        response.writeHead(pathname === '/favicon.ico' ? 204 : 404).end();
      }
    } catch (error) {
      console.error(error);
      response.writeHead(500).end('The page could not be rendered.');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startSsrServer({ port: Number(process.env.PORT ?? 5174) });
  console.log(`Server-rendered demo: ${url} (try it with JavaScript disabled). Ctrl+C stops.`);
}
