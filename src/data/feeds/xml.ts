/**
 * XML read with a `DOMParser` as XML, never as HTML and never into the page: the feed's
 * document is inert (no script runs, nothing loads) and is dropped once read.
 */
import type { Problems } from '../parse.js';
import { property, withinLength, type FeedOptions } from './common.js';

/** The parts of a DOM node the adapters read: the browser's and @xmldom/xmldom's have them. */
export interface XmlNode {
  readonly nodeType: number;
  readonly textContent: string | null;
}

export interface XmlElement extends XmlNode {
  readonly localName: string | null;
  readonly namespaceURI: string | null;
  readonly childNodes: ArrayLike<XmlNode>;
  getAttribute(name: string): string | null;
}

interface XmlDocument {
  readonly documentElement: XmlElement | null;
  getElementsByTagName(name: string): ArrayLike<unknown>;
}

/**
 * A `DOMParser` class: the browser's, or in Node one from a package such as `@xmldom/xmldom`.
 * It is constructed with an `onError` callback (which @xmldom/xmldom uses to report errors
 * instead of logging them; the browser's ignores it).
 */
export type DomParserClass = new (options?: { onError?: (level: string, message: string) => void }) => {
  parseFromString(text: string, mimeType: string): unknown;
};

/** Options for the XML adapters. */
export interface XmlFeedOptions extends FeedOptions {
  /** The `DOMParser` to read XML with where the global one is missing (Node, for server rendering). */
  DOMParser?: DomParserClass;
}

const elementNode = 1;

export const namespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  rss1: 'http://purl.org/rss/1.0/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xhtml: 'http://www.w3.org/1999/xhtml',
};

/** The namespaces RSS's own elements come in: none (RSS 2.0) or RSS 1.0's. */
export const rssNamespaces = [null, '', namespaces.rss1];

/** A document type with an internal subset is where entities are declared (and expand, and bomb). */
const internalSubset = /<!DOCTYPE[^>[]*\[/i;

/**
 * The root element of the XML text, or undefined with the reason recorded: the text is too
 * long, declares entities, cannot be parsed here, or is not well-formed.
 */
export function parseXml(text: string, options: XmlFeedOptions, problems: Problems): XmlElement | undefined {
  if (!withinLength(text, problems)) return undefined;
  // A DTD can only come before the root element.
  const rootStart = text.search(/<[A-Za-z_]/);
  if (internalSubset.test(rootStart === -1 ? text : text.slice(0, rootStart))) {
    problems.add('feed', 'declares entities in a DOCTYPE, which feeds never need; it was not read');
    return undefined;
  }
  const Parser =
    (property(options, 'DOMParser') as DomParserClass | undefined) ??
    (globalThis as { DOMParser?: DomParserClass }).DOMParser;
  if (!Parser) {
    problems.add(
      'feed',
      'cannot be read: there is no DOMParser here (in Node, pass one as options.DOMParser, e.g. from @xmldom/xmldom)',
    );
    return undefined;
  }
  const errors: string[] = [];
  let document: XmlDocument | undefined;
  try {
    const parser = new Parser({ onError: (level, message) => level !== 'warning' && errors.push(message) });
    document = parser.parseFromString(text.replace(/^\ufeff/, ''), 'application/xml') as XmlDocument;
  } catch (error) {
    errors.push((error as Error).message);
  }
  const root = document?.documentElement;
  if (!root || errors.length > 0 || document!.getElementsByTagName('parsererror').length > 0) {
    const detail = errors[0] ?? root?.textContent ?? '';
    const shown = detail.trim().split('\n')[0]!.slice(0, 120);
    problems.add('feed', `is not well-formed XML${shown ? ` (${shown})` : ''}; it was not read`);
    return undefined;
  }
  return root;
}

const isElement = (node: XmlNode): node is XmlElement => node.nodeType === elementNode;

/** The child elements named `localName` in one of `namespaceURIs`. */
export function childElements(
  parent: XmlElement,
  localName: string,
  namespaceURIs: readonly (string | null)[],
): XmlElement[] {
  const found: XmlElement[] = [];
  for (let index = 0; index < parent.childNodes.length; index++) {
    const node = parent.childNodes[index]!;
    if (isElement(node) && node.localName === localName && namespaceURIs.includes(node.namespaceURI)) {
      found.push(node);
    }
  }
  return found;
}

export const firstChild = (parent: XmlElement, localName: string, namespaceURIs: readonly (string | null)[]) =>
  childElements(parent, localName, namespaceURIs)[0];

/** The trimmed text of the first such child (CDATA included), or undefined when absent or blank. */
export function childText(
  parent: XmlElement,
  localName: string,
  namespaceURIs: readonly (string | null)[],
): string | undefined {
  const text = firstChild(parent, localName, namespaceURIs)?.textContent?.trim();
  return text ? text : undefined;
}

/** All child elements, whatever their name. */
export function elementChildren(parent: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (let index = 0; index < parent.childNodes.length; index++) {
    const node = parent.childNodes[index]!;
    if (isElement(node)) found.push(node);
  }
  return found;
}
