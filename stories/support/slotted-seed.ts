import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import slottedPage from '../../demo/slotted.html?raw';

/*
 * The seed article as plain HTML, taken from demo/slotted.html so that the demo, the tests and
 * the stories show one and the same markup. (The file is ours: rendering it as HTML is safe.)
 * Cut out as text rather than parsed, so that a server can render the stories too.
 */

/** The markup between `<tag …>` and `</tag>`: the page has one of each, none nested in its own kind. */
function childrenOf(tag: string): string {
  const open = new RegExp(`<${tag}[\\s>]`).exec(slottedPage);
  const start = open ? slottedPage.indexOf('>', open.index) + 1 : -1;
  const end = open ? slottedPage.indexOf(`</${tag}>`, start) : -1;
  if (end < 0) throw new Error(`demo/slotted.html has no <${tag}>…</${tag}>.`);
  return slottedPage.slice(start, end);
}

/** The children of the demo's `<news-article>`. */
export const seedArticleHtml = unsafeHTML(childrenOf('news-article'));

/** The children of the demo's `<latest-news>`: a list of links with their times. */
export const latestNewsHtml = unsafeHTML(childrenOf('latest-news'));
