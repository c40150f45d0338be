/**
 * HTML's character references as an HTML parser reads them, decoded without one: for feeds, and
 * for the text a server writes of an `html` field (all a reader without JavaScript gets). The
 * table is built on first use, so a bundle that never decodes drops it (the CDN file does: a
 * browser has a parser; see markup-text.ts for what it decodes without one).
 */

/** Named references and the characters they stand for. */
type NamedReferences = { readonly [name: string]: string };

/** The Latin-1 named references, U+00A0 to U+00FF in order. */
const latin1Names =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** The other named references CMSs write: markup's own, punctuation, spaces, joiners and direction marks. */
const others: NamedReferences = {
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

let cms: NamedReferences | undefined;

function cmsReferences(): NamedReferences {
  return (cms ??= Object.assign(
    Object.fromEntries(latin1Names.split(' ').map((name, index) => [name, String.fromCharCode(0xa0 + index)])),
    others,
  ));
}

/** What HTML reads `&#128;`–`&#159;` as (Windows-1252), as old feeds that write `&#146;` for ’ expect. */
const windows1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The character of a numeric reference, as an HTML parser reads it. */
function characterOf(value: number): string {
  if (value >= 0x80 && value <= 0x9f) return windows1252[value - 0x80]!;
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(value);
}

const reference = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** Decodes numeric references and every named one CMSs write; an unknown name stays as written. */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  const named = cmsReferences();
  return text.replace(reference, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name === undefined) return characterOf(decimal === undefined ? Number.parseInt(hex!, 16) : Number(decimal));
    return Object.hasOwn(named, name) ? named[name]! : whole;
  });
}
