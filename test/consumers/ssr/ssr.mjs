/**
 * Renders the seed article on the server with `@lit-labs/ssr`, as a Node site would, and prints
 * the HTML. Run: `node ssr.mjs seed-article.json`.
 */
import { readFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'news-elements/define/news-article';

const article = JSON.parse(await readFile(process.argv[2], 'utf8'));
// A property binding: the element gets the object itself, as a client-side app would give it.
const page = await collectResult(render(html`<news-article .article=${article}></news-article>`));
process.stdout.write(page);
