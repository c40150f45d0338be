import type { Plugin } from 'vite';

/** For the CDN build: the built-in languages' labels as `news-elements-<code>.js`, loaded by one `import()`. */
export function labelChunks(): Plugin;
