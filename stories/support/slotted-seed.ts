import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import slottedPage from '../../demo/slotted.html?raw';

/**
 * The seed article as plain HTML, taken from demo/slotted.html so that the demo, the tests and
 * the stories show one and the same markup. (The file is ours: rendering it as HTML is safe.)
 */
const seedDocument = new DOMParser().parseFromString(slottedPage, 'text/html');

/** The children of the demo's `<news-article>`. */
export const seedArticleHtml = unsafeHTML(seedDocument.querySelector('news-article')!.innerHTML);

/** The children of the demo's `<latest-news>`: a list of links with their times. */
export const latestNewsHtml = unsafeHTML(seedDocument.querySelector('latest-news')!.innerHTML);
