type VersionedElement = CustomElementConstructor & { version?: string };

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
  const conflicts: string[] = [];
  let otherVersion = 'unknown';
  let ourVersion = 'unknown';
  for (const [tag, element] of Object.entries(elements)) {
    const existing = customElements.get(tag) as VersionedElement | undefined;
    if (!existing) {
      customElements.define(tag, element);
      continue;
    }
    if (existing === element) continue;
    otherVersion = existing.version ?? 'unknown';
    ourVersion = element.version ?? 'unknown';
    const key = `${tag}@${otherVersion}<-${ourVersion}`;
    if (!reported.has(key)) {
      reported.add(key);
      conflicts.push(`<${tag}>`);
    }
  }
  if (conflicts.length > 0) {
    console.warn(
      `news-elements: ${conflicts.join(', ')} already defined by news-elements ${otherVersion}; ` +
        `keeping that definition and ignoring version ${ourVersion}.`,
    );
  }
}
