import type { Plugin } from 'vite';

/** Minifies the CSS in Lit `css` tagged templates of the modules `include` matches (default: `.ts`/`.js` under `src/`). */
export function minifyCssLiterals(options?: { include?: RegExp }): Plugin;
