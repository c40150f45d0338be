/**
 * The text of markup without parsing it, where no parser is at hand (a server) or none may run
 * (a field past the limits; Trusted Types without the elements' policy). Code (`script`,
 * `style`, `noscript`), comments and tags are cut out; a `<` that opens no tag (`5 < 6`) is text,
 * as a parser reads it, and a tag cut short at the end (markup cut at a limit) goes. In a browser,
 * references are decoded as far as a few bytes go, since every byte here is one every reader
 * downloads: all numeric ones (`&#8217;`, WordPress's quotes) and markup's own names. A server
 * decodes every name CMSs write once `loadBlocks()` has given it character-references.ts.
 */
const markupReferences: { [name: string]: string } = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Markup with its code, comments and tags cut out; its references as written. */
const cutMarkup = (markup: string): string =>
  markup.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?(?:-->|$)|<[a-z/!?][^>]*>?/gi, '');

let decodeAll: ((text: string) => string) | undefined;

/** Decodes every reference with `decode` from now on: a server's, see `loadBlocks`. */
export const decodeAllReferencesWith = (decode: (text: string) => string): void => {
  decodeAll = decode;
};

/** The text of `markup`, read as described above. */
export function textOfMarkupWithoutParsing(markup: string): string {
  const text = cutMarkup(markup);
  if (decodeAll) return decodeAll(text);
  return text.replace(
    /&(?:#(\d{1,6})|#x([\da-f]{1,5})|(amp|lt|gt|quot|apos|nbsp));/gi,
    (_, decimal?: string, hex?: string, name?: string) =>
      // Six decimal or five hex digits stay within Unicode, which `String.fromCodePoint` requires.
      name
        ? markupReferences[name.toLowerCase()]!
        : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex!, 16)),
  );
}
