import { unsafeCSS, type CSSResult } from 'lit';
import type { ScrollFocusController } from './scroll-focus-controller.js';

/** The body-content chunk (see `body-content.ts`), its CSS made a sheet. */
export interface BodyContent {
  lightStyles: CSSResult;
  ScrollFocusController: typeof ScrollFocusController;
}

/** The chunk once it has loaded; `null` when it could not be. */
export let bodyContent: BodyContent | null | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the body-content chunk, once for the page. A failure is handed to the first element that
 * asked, to report once; the page goes on without the chunk.
 */
export function loadBodyContent(onFailure: (error: unknown) => void): Promise<void> {
  return (loading ??= import('./body-content.js').then(
    ({ bodyContentLightCss, ScrollFocusController }) => {
      bodyContent = { lightStyles: unsafeCSS(bodyContentLightCss), ScrollFocusController };
    },
    (error: unknown) => {
      bodyContent = null;
      onFailure(error);
    },
  ));
}
