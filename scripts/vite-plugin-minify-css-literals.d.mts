import type { Plugin } from 'vite';

/**
 * Minifies the CSS in Lit `css` tagged templates of the modules `include` matches (default:
 * `.ts`/`.js` under `src/`); `shortenPrivateProperties` renames our `--_…` custom properties `--_0`, `--_1`…;
 * `withoutCssTag` makes each literal an `unsafeCSS(…)` call, so the bundle carries no `css` tag.
 */
export function minifyCssLiterals(options?: {
  include?: RegExp;
  shortenPrivateProperties?: boolean;
  withoutCssTag?: boolean;
}): Plugin;
