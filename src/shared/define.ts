type VersionedElement = CustomElementConstructor & { version?: string };

/** An element class that names its own tag and the element classes its template renders. */
export interface ElementClass extends VersionedElement {
  readonly tagName: string;
  readonly dependencies?: readonly ElementClass[];
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
  try {
    // Lit takes any value with one of these keys for a template result, a directive or a node: inherited
    // from `Object.prototype`, they break every render, and undefined elements keep their content.
    for (const key of ['_$litType$', '_$litDirective$', 'nodeType']) {
      if (key in {}) throw Error(`Object.prototype.${key}`);
    }
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
  } catch (error) {
    // The page's registry refuses (a host that replaced `customElements.define`, say): the
    // elements stay undefined and their content stays the page's own HTML.
    console.error('news-elements: elements not defined:', error);
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
 */
export function defineWithDependencies(...elements: ElementClass[]): void {
  const byTag = new Map<string, ElementClass>();
  const add = (element: ElementClass): void => {
    if (byTag.has(element.tagName)) return;
    byTag.set(element.tagName, element);
    element.dependencies?.forEach(add);
  };
  elements.forEach(add);
  defineElements(Object.fromEntries(byTag));
}
