/** An element that a `<skip-link>` inside it (or pointing at it) moves focus to. */
export interface SkipTarget {
  /** The start of the main content. */
  readonly skipTarget: HTMLElement | null;
}

export const isSkipTarget = (element: unknown): element is SkipTarget =>
  element instanceof HTMLElement && 'skipTarget' in element;
