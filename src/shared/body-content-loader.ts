import type * as BodyContentChunk from './body-content.js';

/** The body-content chunk (see `body-content.ts`) once it has loaded; `null` when it could not be. */
export let bodyContent: typeof BodyContentChunk | null | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the body-content chunk, once for the page. A failure is handed to the first element that
 * asked, to report once; the page goes on without the chunk.
 */
export function loadBodyContent(onFailure: (error: unknown) => void): Promise<void> {
  return (loading ??= import('./body-content.js').then(
    (chunk) => {
      bodyContent = chunk;
    },
    (error: unknown) => {
      bodyContent = null;
      onFailure(error);
    },
  ));
}
