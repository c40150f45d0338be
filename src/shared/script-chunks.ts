import type { ReactiveElement } from 'lit';
import { localeScript } from '../data/locale.js';
import { afterBodyStyles } from './body-content-loader.js';

/**
 * The wait of an element for the chunks loaded on demand, around `update`, which awaits their
 * labels, started alongside (see `NewsElement._toAwait`). An update waits for what the element's
 * content needs, so that its render shows that content complete and styled and nothing moves
 * after: the typography of its script when that has no italic and no case (see `scripts.ts`);
 * before the first render, the body styles when it has a slotted body (see `afterBodyStyles`);
 * and what `alongside` loads (the v1.1 blocks, see `afterChunks`).
 *
 * The script is that of the article's `inLanguage`, else of the `lang` of the element or its
 * nearest ancestor that has one, as the browser finds it for `:lang()`. Without the typography
 * chunk, the element keeps the Latin typography: its text is all there, in the browser's fonts for
 * the script, so nothing is reported.
 */
export function afterScriptChunks(
  host: ReactiveElement,
  update: () => unknown,
  inLanguage?: string,
  alongside?: Promise<unknown> | false,
): unknown {
  // All load at once; the update waits for them.
  let chunks = alongside;
  const language = inLanguage || host.closest('[lang]')?.getAttribute('lang');
  if (!/Latn|Cyrl|Grek|Armn/.test(localeScript(language)))
    chunks = Promise.all([
      chunks,
      import('./scripts.js').then(
        (chunk) => chunk.styleScripts(host),
        () => {},
      ),
    ]);
  return afterBodyStyles(host, chunks ? () => chunks.then(update) : update);
}
