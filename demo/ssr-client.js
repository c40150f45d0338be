/**
 * The client of the server-rendered demo (demo/ssr.mjs). Hydration support must be imported
 * before Lit defines its first element: it teaches LitElement to adopt the server's declarative
 * shadow DOM instead of rendering it again. In an app: `import 'news-elements/hydrate-support'`,
 * then `import 'news-elements/define'`.
 */
import '../dist/cdn/news-elements-hydrate-support.js';
import '../dist/define/index.js';
