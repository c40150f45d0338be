import type { Plugin } from 'vite';

/** Removes the formatting whitespace of Lit `html` tagged templates of the modules `include` matches (default: `.ts`/`.js` under `src/`). */
export function minifyHtmlLiterals(options?: { include?: RegExp }): Plugin;

/** One template's raw strings without formatting whitespace, or why it is left as written. */
export function minifyHtmlTemplate(
  rawStrings: readonly string[],
): { strings: string[]; error?: undefined } | { error: string; strings?: undefined };
