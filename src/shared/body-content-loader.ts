import type * as BodyContentChunk from './body-content.js';

/** The body-content chunk (see `body-content.ts`) once it has loaded, or why it could not be. */
export let bodyContent: typeof BodyContentChunk | { styleBody?: undefined; error: unknown } | undefined;
let loading: Promise<void> | undefined;

/** Loads the body-content chunk, once for the page; resolves when it has loaded or failed. */
export function loadBodyContent(): Promise<void> {
  return (loading ??= import('./body-content.js').then(
    (chunk) => {
      bodyContent = chunk;
    },
    (error: unknown) => {
      bodyContent = { error };
    },
  ));
}
