/**
 * Text out of feed markup without a document: entities decoded and tags removed by a linear
 * scan, so a feed's strings become plain text whatever engine (or none) runs the code.
 */

/** The Latin-1 named entities, U+00A0 to U+00FF in order. */
const latin1Names =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** The other named entities CMSs write; an entity not known here stays as it is written. */
const otherEntities: { [name: string]: string } = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  lsaquo: '‹',
  rsaquo: '›',
  hellip: '…',
  bull: '•',
  trade: '™',
  euro: '€',
  dagger: '†',
  Dagger: '‡',
  permil: '‰',
  prime: '′',
  Prime: '″',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
};

/** Built on first use: a module with no top-level work is dropped whole by any bundler when unused. */
let namedEntities: { [name: string]: string } | undefined;

function entityTable(): { [name: string]: string } {
  namedEntities ??= Object.assign(
    Object.fromEntries(latin1Names.split(' ').map((name, index) => [name, String.fromCharCode(0xa0 + index)])),
    otherEntities,
  );
  return namedEntities;
}

/** What HTML reads `&#128;`–`&#159;` as (Windows-1252), as old feeds that write `&#146;` for ’ expect. */
const windows1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function codePoint(value: number): string {
  if (value >= 0x80 && value <= 0x9f) return windows1252[value - 0x80]!;
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(value);
}

const entity = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** Decodes HTML character references to the characters they stand for. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(entity, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return codePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
    const table = entityTable();
    return Object.hasOwn(table, name!) ? table[name!]! : whole;
  });
}

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
  return collapse(decodeEntities(text));
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
