import type * as BodyContentChunk from './body-content.js';
import { hasLightContent } from './light-styles.js';

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

/**
 * Whether `host` should wait for the body styles before it renders: it has a slotted body and they
 * have not loaded. A server-rendered host (declarative shadow DOM) never waits: it is laid out
 * already, and it hydrates with one render.
 */
export function waitsForBodyContent(host: Element): boolean {
  return !bodyContent && !host.shadowRoot && hasLightContent(host);
}
