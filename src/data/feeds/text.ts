/**
 * Text out of feed markup without a document: entities decoded and tags removed by a linear
 * scan, so a feed's strings become plain text whatever engine (or none) runs the code.
 */
import { decodeCharacterReferences } from '../character-references.js';

/** Elements whose content is never text a reader sees. */
const hiddenContent = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'title']);
/** Elements that break a line: their neighbours' words must not run together. */
const breaking =
  /^(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|figure|figcaption|table|tr|td|th|section|article|header|footer|aside)$/;

/**
 * The index just past the `>` that ends the tag opening at `start`, skipping quoted attribute
 * values; -1 when the tag never ends.
 */
export function tagEnd(markup: string, start: number): number {
  let quote = '';
  for (let index = start + 1; index < markup.length; index++) {
    const char = markup[index];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index + 1;
    }
  }
  return -1;
}

const isNameStart = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isNameChar = (code: number) => isNameStart(code) || (code >= 48 && code <= 58) || code === 45;

/** The tag name of `<name …>` or `</name>` starting at `start`, lower-cased; '' for anything else. */
export function tagName(markup: string, start: number): string {
  const nameStart = start + (markup.charCodeAt(start + 1) === 47 ? 2 : 1);
  if (!isNameStart(markup.charCodeAt(nameStart))) return '';
  let nameEnd = nameStart + 1;
  while (nameEnd < markup.length && nameEnd - nameStart < 40 && isNameChar(markup.charCodeAt(nameEnd))) nameEnd++;
  return markup.slice(nameStart, nameEnd).toLowerCase();
}

/** True for `<!…`, `<?…` and `</…`: markup that is not text even without a tag name. */
export const isMarkupDeclaration = (markup: string, start: number) => /[!?/]/.test(markup[start + 1] ?? '');

/**
 * The text of an HTML fragment, as a reader would read it: tags removed (with the content of
 * scripts, styles and the like), entities decoded, white space collapsed. Linear in the length
 * of the markup, whatever the markup.
 */
export function htmlToText(markup: string): string {
  const lower = markup.toLowerCase();
  let text = '';
  let index = 0;
  while (index < markup.length) {
    const open = markup.indexOf('<', index);
    if (open === -1) {
      text += markup.slice(index);
      break;
    }
    text += markup.slice(index, open);
    if (markup.startsWith('<!--', open)) {
      const close = markup.indexOf('-->', open + 4);
      index = close === -1 ? markup.length : close + 3;
      continue;
    }
    const name = tagName(markup, open);
    if (!name && !isMarkupDeclaration(markup, open)) {
      // A lone `<` is text ("a < b").
      text += '<';
      index = open + 1;
      continue;
    }
    const end = tagEnd(markup, open);
    if (end === -1) break;
    index = end;
    if (breaking.test(name)) text += ' ';
    if (hiddenContent.has(name) && markup[open + 1] !== '/') {
      const close = lower.indexOf(`</${name}`, end);
      index = close === -1 ? markup.length : Math.max(tagEnd(markup, close), close + 1);
    }
  }
  return collapse(decodeCharacterReferences(text));
}

/** White space runs as one space, none at the ends. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Descriptions longer than this are cut at a word: a list of stories shows a sentence or two. */
export const maxDescriptionLength = 400;

/** The text cut to `maxDescriptionLength` at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, limit = maxDescriptionLength): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The text of an HTML fragment, as a story's description: plain text, cut to a sentence or two. */
export const descriptionFromHtml = (markup: string): string | undefined =>
  shorten(htmlToText(markup).replace(/\s*\[…\]$/, '…')) || undefined;

/** Escapes text for an `html` field. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
