/**
 * Lit's hydrate support (`@lit-labs/ssr-client/lit-element-hydrate-support.js`) for pages the
 * elements were server-rendered into: loaded before the elements are defined, it makes them take
 * over the server's declarative shadow DOM instead of rendering it again. The globals Lit reads
 * are made the window's own first, as for the elements; in the CDN build
 * (`dist/cdn/news-elements-hydrate-support.js`, with the lit-html it renders with inside) its
 * document calls, and Lit's, go through the document's prototype, so that a host page's markup
 * (`<img name="createTreeWalker">`) cannot break hydration.
 */
import './shared/lit-globals.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
