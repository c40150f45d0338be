/**
 * The globals Lit reads when it loads (its version lists, property metadata, polyfill and
 * hydration hooks, nonce, and `trustedTypes` where the browser has none), made own properties of
 * the page's global object first. Otherwise an element of the page's markup with that `id` or
 * `name` (`<div id="litHtmlVersions">`) is what Lit finds there, and it throws on load. A global
 * the page or another copy of Lit has set is left as it is. Imported first by the modules that
 * define the elements, so that it runs before Lit does.
 */
const litGlobals = [
  'litHtmlVersions',
  'litElementVersions',
  'reactiveElementVersions',
  'litPropertyMetadata',
  'litHtmlPolyfillSupport',
  'litElementPolyfillSupport',
  'reactiveElementPolyfillSupport',
  'litElementHydrateSupport',
  'litNonce',
  'ShadyCSS',
  'trustedTypes',
];
for (const name of litGlobals)
  if (name in globalThis && !Object.hasOwn(globalThis, name)) (globalThis as Record<string, unknown>)[name] = undefined;
