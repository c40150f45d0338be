/**
 * The client of the server-rendered demo (demo/ssr.mjs). Hydration support must be imported
 * before Lit defines its first element: it teaches LitElement to adopt the server's declarative
 * shadow DOM instead of rendering it again. In an app: `import 'news-elements/define'`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../dist/define/index.js';
