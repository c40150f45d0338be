import { isServer } from 'lit';
import { loadBodyContent } from './body-content-loader.js';
import { hasLightContent } from './light-styles.js';

type VersionedElement = CustomElementConstructor & { version?: string };

/** An element class that names its own tag and the element classes its template renders. */
export interface ElementClass extends VersionedElement {
  readonly tagName: string;
  readonly dependencies?: readonly ElementClass[];
  /** Whether what is slotted into it is an article body, styled by the body-content chunk. */
  readonly slotsArticleBody?: boolean;
}

/** Conflicts already reported on this page, shared by every copy of the library loaded on it. */
const reported: Set<string> = ((globalThis as { [key: symbol]: unknown })[
  Symbol.for('news-elements.define-warnings')
] ??= new Set<string>()) as Set<string>;

/**
 * Registers tags that are not yet defined. A page we do not own may load us twice or load
 * another version: the first definition wins, and the conflict is reported by one warning
 * naming the tags and both versions, never by an exception.
 */
export function defineElements(elements: Record<string, VersionedElement>): void {
  // Tags of new conflicts, by the text naming the versions of their conflict, so that each tag
  // is named next to the versions of its own conflict.
  const conflicts = new Map<string, string[]>();
  for (const [tag, element] of Object.entries(elements)) {
    const existing = customElements.get(tag) as VersionedElement | undefined;
    if (!existing) customElements.define(tag, element);
    else if (existing !== element) {
      const versions = `already defined by news-elements ${existing.version ?? 'unknown'}; keeping that definition and ignoring version ${element.version ?? 'unknown'}.`;
      // Remembered with the tag: the same conflict is reported once, by whichever copy meets it.
      const key = `<${tag}> ${versions}`;
      if (reported.has(key)) continue;
      reported.add(key);
      conflicts.set(versions, [...(conflicts.get(versions) ?? []), `<${tag}>`]);
    }
  }
  if (conflicts.size > 0) {
    console.warn(
      `news-elements: ${Array.from(conflicts, ([versions, tags]) => `${tags.join(', ')} ${versions}`).join(' ')}`,
    );
  }
}

/**
 * Registers element classes under their own `tagName`, each with the classes its template renders
 * (`dependencies`, recursively), each once. One call gives at most one warning, as `defineElements`.
 * A page whose HTML has a slotted article body gets its styles first.
 */
export function defineWithDependencies(...elements: ElementClass[]): void {
  const byTag = new Map<string, ElementClass>();
  const add = (element: ElementClass): void => {
    if (byTag.has(element.tagName)) return;
    byTag.set(element.tagName, element);
    element.dependencies?.forEach(add);
  };
  elements.forEach(add);
  const define = (): void => defineElements(Object.fromEntries(byTag));
  // A page whose HTML already holds an article body gets its styles before the elements upgrade:
  // until then the page's own `:not(:defined)` rules lay the body out, and the upgrade moves nothing.
  // A server-rendered body (declarative shadow DOM) is laid out already: it hydrates at once.
  if (
    !isServer &&
    [...byTag].some(
      ([tag, element]) =>
        element.slotsArticleBody &&
        // eslint-disable-next-line no-restricted-globals -- in a browser only: a server defines at once.
        [...document.getElementsByTagName(tag)].some((host) => !host.shadowRoot && hasLightContent(host)),
    )
  )
    void loadBodyContent().then(define);
  else define();
}
