/**
 * What an `html` field needs and a page without one never downloads: DOMPurify with our
 * allow-list. Loaded by `loadSanitizer`. It imports nothing of ours, so its chunk of the bundle
 * stands alone: the URL check and the Trusted Types policy are handed in.
 */
import createDOMPurify, { type Config, type RemovedAttribute, type RemovedElement } from 'dompurify';
import { getMember } from '../shared/host-document.js';
import type { HtmlPolicy } from './trusted-types.js';
import type { SanitizedHtml, Sanitizer } from './sanitize.js';
import type { UrlCheck } from './url.js';

/** What the sanitiser uses from the rest of the library. */
export interface SanitizerNeeds {
  checkUrl: (value: string) => UrlCheck;
  /** The `news-elements` Trusted Types policy, where the page has Trusted Types and allows it. */
  trustedTypesPolicy: HtmlPolicy | null;
  /** The text of markup, shown for a field the sanitiser fails on. */
  textOf: (markup: string) => string;
}

/** A sanitiser that keeps its latest results, and what it keeps. */
export interface SanitizerCache {
  sanitize: Sanitizer;
  /** The result for markup sanitised lately, if it is kept, without sanitising. */
  cached: (markup: string) => SanitizedHtml | undefined;
}

// How much markup the cache holds, in characters, each entry counted as at least
// `minimumEntrySize`: a result's nodes take about as much memory as its markup, so a page that
// shows ever new fields keeps a few megabytes at most. The elements keep the results for the data
// they show; the cache spares sanitising the same markup twice, in several places or when data
// comes back. (README's security model states these figures.)
const cacheLimit = 1_000_000;
const minimumEntrySize = 1_000;
const sizeOf = (markup: string) => Math.max(markup.length, minimumEntrySize);

/** The inline tags an `html` field may keep; anything else is removed, keeping its text where harmless. */
const allowedTags = [
  'a',
  'strong',
  'b',
  'em',
  'i',
  'code',
  'br',
  'sub',
  'sup',
  'mark',
  'small',
  'abbr',
  'q',
  'cite',
  'time',
  'span',
];

/** The attributes an `html` field may keep; `title`, `lang` and `dir` on any allowed tag. */
const allowedAttributes = ['href', 'title', 'datetime', 'cite', 'lang', 'dir'];

/** Attributes that mean something on one tag only. */
// Without a prototype: an attribute name never finds an owner the page added to `Object.prototype`.
const attributeOwners: Record<string, string> = Object.setPrototypeOf({ href: 'a', datetime: 'time', cite: 'q' }, null);

/** Attributes holding a URL, which pass the same check as every other URL from data. */
const urlAttributes = new Set(['href', 'cite']);

/**
 * Removed tags that are only layout or formatting a CMS or a paste leaves behind: their text is
 * kept and losing them is not worth a report.
 */
const formattingTags = new Set([
  'p',
  'div',
  'u',
  's',
  'strike',
  'del',
  'ins',
  'font',
  'center',
  'big',
  'tt',
  'kbd',
  'samp',
  'var',
  'dfn',
  'bdi',
  'bdo',
  'wbr',
  'nobr',
  'ruby',
  'rt',
  'rp',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'o:p',
]);

/** The document the markup is parsed into, not part of the markup. */
const documentTags = new Set(['html', 'head', 'body']);

/** Removed attributes that only carry presentation or page wiring, never behaviour. */
const formattingAttributes = new Set([
  'class',
  'id',
  'style',
  'align',
  'color',
  'face',
  'size',
  'width',
  'height',
  'role',
  'rel',
  'target',
]);

const nodeNameGetter = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName')!.get!;

/**
 * A node's tag name, lower-cased, read through the prototype as DOMPurify reads it: markup can
 * shadow a node's own properties (`<form><input name=nodeName></form>` gives the form a
 * `nodeName` that is an element), and the removed nodes are exactly such markup.
 */
const tagOf = (node: Node): string => (nodeNameGetter.call(node) as string).toLowerCase();

function describeRemoved(
  entry: RemovedElement | RemovedAttribute,
  checkUrl: SanitizerNeeds['checkUrl'],
): string | undefined {
  if ('element' in entry) {
    const name = tagOf(entry.element);
    // Comments, stray text nodes and the parsing document's own body carry nothing a reader would miss.
    if (name.startsWith('#') || documentTags.has(name) || formattingTags.has(name)) return undefined;
    return `<${name}>`;
  }
  const attribute = entry.attribute;
  if (!attribute) return undefined;
  const name = attribute.name.toLowerCase();
  const tag = tagOf(entry.from);
  if (urlAttributes.has(name) && attributeOwners[name] === tag) {
    const check = checkUrl(attribute.value);
    const what = name === 'href' ? 'an href' : `a ${name} URL`;
    return check.ok ? what : `${what} that ${check.reason}`;
  }
  if (formattingAttributes.has(name) || name.startsWith('data-') || name.startsWith('aria-')) return undefined;
  if (name in attributeOwners) return `the ${name} attribute on <${tag}>`;
  return `the ${name} attribute`;
}

/**
 * A sanitiser with our allow-list, on its own DOMPurify instance: its hooks and `removed` list
 * stay apart from any DOMPurify the page uses.
 */
export function createSanitizer({ checkUrl, trustedTypesPolicy, textOf }: SanitizerNeeds): SanitizerCache {
  // DOMPurify reads `window.document`'s members (`nodeType`, `createElement`…), which the page's
  // markup can shadow (`<img name="nodeType">`): it gets an empty document of its own instead,
  // made through the prototype. It parses markup in documents of its own anyway.
  /* eslint-disable no-restricted-globals -- the sanitiser is loaded by a browser only (see sanitize.ts). */
  const ownDocument = getMember(document, 'implementation').createHTMLDocument('');
  const purify = createDOMPurify(
    new Proxy(window, {
      get: (target, key) => (key === 'document' ? ownDocument : Reflect.get(target, key)),
    }),
  );
  /* eslint-enable no-restricted-globals */
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const owner = attributeOwners[data.attrName];
    if (owner !== undefined && tagOf(node) !== owner) {
      data.keepAttr = false;
    } else if (urlAttributes.has(data.attrName)) {
      const check = checkUrl(data.attrValue);
      if (check.ok) data.attrValue = check.url;
      else data.keepAttr = false;
    }
  });
  // DOMPurify reads its own keys only; a prototype-less object is nonetheless the safe default.
  const config = {
    __proto__: null,
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    ...(trustedTypesPolicy ? { TRUSTED_TYPES_POLICY: trustedTypesPolicy as Config['TRUSTED_TYPES_POLICY'] } : {}),
  } as Config;
  // As nodes, not markup: the elements insert copies of them, so the markup is never parsed again.
  const asNodes = { __proto__: null, ...config, RETURN_DOM_FRAGMENT: true as const } as Config & {
    RETURN_DOM_FRAGMENT: true;
  };
  // Null, whatever DOMPurify's types say, when no parser took the markup.
  const sanitizeToNodes = (markup: string) => purify.sanitize(markup, asNodes) as DocumentFragment | null;
  // A page that enforces Trusted Types but allows neither our policy nor DOMPurify's own leaves
  // DOMPurify no parser that takes markup: every field would be empty.
  if (sanitizeToNodes('<b>b</b>')?.textContent !== 'b') {
    throw new Error(
      "this page's Trusted Types forbid the news-elements policy; add news-elements to its trusted-types list for rich text",
    );
  }
  const sanitizeOnce = (markup: string): SanitizedHtml => {
    try {
      const fragment = sanitizeToNodes(markup);
      if (!fragment) throw new Error('no parser took the markup');
      const removed = [
        ...new Set(
          purify.removed
            .map((entry) => describeRemoved(entry, checkUrl))
            .filter((text): text is string => text !== undefined),
        ),
      ];
      return { fragment, removed };
    } catch (error) {
      // One field's failure stays with that field: it keeps its text and says why, and the
      // element's other fields are still sanitised.
      const fragment = new DocumentFragment();
      fragment.append(textOf(markup));
      return { fragment, removed: [`all its markup (the HTML sanitiser failed on it: ${String(error)})`] };
    }
  };
  // By markup, the least recently used first.
  const results = new Map<string, SanitizedHtml>();
  let cachedSize = 0;
  const cached = (markup: string) => {
    const result = results.get(markup);
    if (result) {
      results.delete(markup);
      results.set(markup, result);
    }
    return result;
  };
  const sanitize = (markup: string) => {
    let result = cached(markup);
    if (!result) {
      result = sanitizeOnce(markup);
      results.set(markup, result);
      cachedSize += sizeOf(markup);
      for (const [oldest] of results) {
        if (cachedSize <= cacheLimit) break;
        results.delete(oldest);
        cachedSize -= sizeOf(oldest);
      }
    }
    return result;
  };
  return { sanitize, cached };
}
