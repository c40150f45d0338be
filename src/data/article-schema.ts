/**
 * JSON Schema (draft 2020-12) of the article data contract v1.1, as hosts write it: the `…Data`
 * types of `types.ts`. `scripts/write-schema.mjs` writes it to `dist/article.schema.json`
 * (exported as `news-elements/schema.json`); `test/types/schema-types.ts` checks that it and
 * the types describe the same shapes. No element imports it, so it costs the bundle nothing.
 *
 * The elements are lenient: they skip a bad part and render the rest. The schema is the strict
 * side of the same contract, for hosts that want to check their data before publishing it, and
 * never less strict than the parser (`parse.ts`): a document it accepts is read without a
 * reported problem (test/node/schema-property.test.mjs checks that on generated documents).
 * - schema.org objects (article, person, image, news item) accept unknown keys, so JSON-LD
 *   passes unchanged; the contract's own shapes (section, blocks, list items, labels) do not, so
 *   a misspelt key is caught instead of silently ignored;
 * - text is a string (a number is a wrong type, except in a table cell); what the parser reads
 *   as absent when blank (a headline, a paragraph's text) must not be blank;
 * - URLs must be http(s), mailto, tel or relative, the only ones the elements ever place in a
 *   link or image, and read by every URL parser; an embed's, one its provider can show;
 * - a date is a calendar date (`2025-10-23`) or a date and time with an offset, on a real day;
 * - a language tag is one `Intl` reads; lists nest at most as deep as the parser reads them.
 */
import {
  maxBlocks,
  maxHtmlLength,
  maxListDepth,
  maxListItems,
  maxMarkupDepth,
  maxNewsItems,
  maxPeople,
  maxProfileLinks,
  maxStoriesGiven,
  maxTableColumns,
  maxTableRows,
} from './parse.js';

/** What may follow a URL's scheme and host: its path, query and fragment, without control characters. */
const urlRest = '(?:[/?#][^\\u0000-\\u001F]*)?';

/**
 * A host every URL parser reads: a domain name of ASCII labels whose last label starts with a
 * letter (one ending in digits is read as an IPv4 address; an `xn--` label must be valid
 * punycode), or an IPv4 address in dotted decimal; then an optional port.
 */
const urlHost =
  '(?:(?:(?![Xx][Nn]--)[A-Za-z0-9-]+\\.)*(?![Xx][Nn]--)[A-Za-z][A-Za-z0-9-]*\\.?|(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d))(?::(?:[0-5]?\\d{0,4}|6[0-4]\\d{3}|65[0-4]\\d\\d|655[0-2]\\d|6553[0-5]))?';

/**
 * URLs the elements place in a link or image, exactly as they check them (`checkUrl`): http(s)
 * with a host, mailto and tel, a protocol-relative URL with a host, or a relative one (no
 * scheme). Schemes are case-insensitive, as in URLs; no space before the URL (the elements trim
 * it, and a space may hide a scheme), no control character in it.
 */
const urlPattern = `^(?:[Hh][Tt][Tt][Pp][Ss]?://(?:[\\w.~%!$&'()*+,;=:-]*@)?${urlHost}${urlRest}|(?:[Mm][Aa][Ii][Ll][Tt][Oo]|[Tt][Ee][Ll]):(?!//)[^\\u0000-\\u001F]*|//${urlHost}${urlRest}|(?![A-Za-z][A-Za-z0-9+.-]*:|[/\\\\]{2})[^\\s][^\\u0000-\\u001F]*)$`;

/** After an embed's id: more path segments (no dot segment, which could remove the id), a query, a fragment. */
const embedRest = '(?:/[\\w-]*)*(?:[?#][^\\u0000-\\u001F]*)?';

/**
 * The URL of an embed that a known provider can show (`embedProvider`): a video, track, chart or
 * post page on the provider's own host, in the forms it is shared in. Any other URL is shown as a
 * plain link, and reported.
 */
const embedUrlPattern = `^[Hh][Tt][Tt][Pp][Ss]?://(?:${[
  // YouTube: youtu.be/<id>, youtube.com/watch?v=<id>, youtube.com/embed|shorts|live|v/<id>.
  '(?:www\\.|m\\.)?youtu\\.be/[\\w-]{11}' + embedRest,
  '(?:www\\.|m\\.)?youtube(?:-nocookie)?\\.com/watch\\?v=[\\w-]{11}(?:[&#][^\\u0000-\\u001F]*)?',
  '(?:www\\.|m\\.)?youtube(?:-nocookie)?\\.com/(?:embed|shorts|live|v)/[\\w-]{11}' + embedRest,
  // Vimeo: a path with the video's number.
  '(?:www\\.|m\\.)?(?:player\\.)?vimeo\\.com(?:/[\\w-]+)*/\\d+' + embedRest,
  // Spotify: open.spotify.com/[intl-xx/][embed/]<kind>/<id>.
  'open\\.spotify\\.com/(?:intl-[\\w-]*/)?(?:embed/)?(?:track|album|playlist|episode|show|artist)/[A-Za-z0-9]+' +
    embedRest,
  // SoundCloud: soundcloud.com/<artist>/<track or set>.
  '(?:www\\.|m\\.)?soundcloud\\.com/[\\w-]+/[\\w-]+' + embedRest,
  // Datawrapper: datawrapper.dwcdn.net/<id>/ or datawrapper.de/_/<id>/.
  '(?:datawrapper\\.dwcdn\\.net|(?:www\\.|m\\.)?datawrapper\\.de/_)/[A-Za-z0-9]{5}' + embedRest,
  // Flourish: public.flourish.studio or flo.uri.sh, /visualisation|story/<number>.
  '(?:public\\.flourish\\.studio|flo\\.uri\\.sh)/(?:visualisation|story)/\\d+' + embedRest,
  // Social posts, shown as a card with a link: any page of the network's host.
  '(?:www\\.|m\\.)?(?:x|twitter|instagram|tiktok|facebook)\\.com' + urlRest,
  '(?:www\\.|m\\.)?(?:bsky\\.app|threads\\.(?:net|com))' + urlRest,
].join('|')})$`;

/** A year in which February has 29 days. */
const leapYear = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';

/**
 * `2025-10-23`, or `2025-10-23T09:30:00+08:00` (seconds and fraction optional, `Z` or an offset).
 * Days are checked against their month, 29 February against the year.
 */
const datePattern = `^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|${leapYear}-02-29)(?:[Tt](?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:[Zz]|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d))?$`;

/**
 * A BCP 47 language tag as `Intl` reads it (a Unicode locale identifier): a language of 2–3 or
 * 5–8 letters, then an optional script, region, variants (in lower case, none twice), one `-u-`
 * extension and private use. Irregular tags (`i-klingon`) and private use alone (`x-private`)
 * are no languages `Intl` knows.
 */
const languagePattern =
  '^(?!.*-([a-z0-9]{5,8}|\\d[a-z0-9]{3})-(?:.*-)?\\1(?:-|$))(?:[A-Za-z]{2,3}|[A-Za-z]{5,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\\d{3}))?(?:-(?:[a-z0-9]{5,8}|\\d[a-z0-9]{3}))*(?:-[Uu](?:(?:-[A-Za-z0-9]{3,8})+(?:-[A-Za-z0-9][A-Za-z](?:-[A-Za-z0-9]{3,8})*)*|(?:-[A-Za-z0-9][A-Za-z](?:-[A-Za-z0-9]{3,8})*)+))?(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$';

/** A string with at least one non-space character: the elements read a blank one as absent. */
const nonBlank = '\\S';

/** A decimal number above zero, as an aspect ratio is written: `16`, `1.85`, `0.5`. */
const positiveNumber = '(?:\\d*[1-9]\\d*(?:\\.\\d+)?|\\d+\\.\\d*[1-9]\\d*)';

/** A blank string: spaces only, or empty. */
const blank = { type: 'string', pattern: '^\\s*$' } as const;

/**
 * A string of inline HTML: at most `maxHtmlLength` characters, as the parser reads it. Its
 * markup's depth (`maxMarkupDepth`) is past what a schema can check; the description says it.
 */
const htmlString = (description: string) =>
  ({
    description: `${description} At most ${maxHtmlLength} characters, its elements nested at most ${maxMarkupDepth} deep.`,
    type: 'string',
    maxLength: maxHtmlLength,
  }) as const;

/** Lists of items nested `levels` deep at least: a non-empty list with an item whose `items` nest one level less. */
function nestedLists(levels: number): object {
  return levels <= 1
    ? { type: 'array', minItems: 1 }
    : {
        type: 'array',
        contains: { type: 'object', required: ['items'], properties: { items: nestedLists(levels - 1) } },
      };
}

/** A label: text, never HTML. */
const labelText = <const Description extends string>(description: Description) =>
  ({ description, type: 'string' }) as const;

/**
 * A block object: `type` names its kind, and no key but its own is allowed, so a misspelt key is
 * caught instead of silently ignored.
 */
function block<const Type extends string, const Properties extends object, const Rest extends object>(
  title: string,
  description: string,
  type: Type,
  properties: Properties,
  rest: Rest,
) {
  return {
    title,
    description,
    type: 'object',
    properties: { type: { description: 'What the block is.', const: type }, ...properties },
    ...rest,
    additionalProperties: false,
  } as const;
}

export const articleSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/news-elements/dist/article.schema.json',
  title: 'news-elements article (data contract v1.1)',
  description:
    'The article that <news-article article="…"> renders. schema.org-shaped at the top level (the names of NewsArticle and of Google\'s Article structured data), so a host can pass the JSON-LD it already has, plus a body. `@context`, `@type` and any unknown key are accepted and ignored. Every string is text, never HTML, except the fields named `html`. URLs are http(s), mailto, tel or relative.',
  type: 'object',
  properties: {
    '@context': { description: 'JSON-LD context, e.g. "https://schema.org". Accepted and ignored.' },
    '@type': { description: 'JSON-LD type, e.g. "NewsArticle". Accepted and ignored.' },
    headline: {
      description: "The article's title, shown as the page's h1.",
      type: 'string',
      pattern: nonBlank,
    },
    description: { description: 'The standfirst, shown under the headline.', type: 'string' },
    articleSection: { description: 'The kicker above the headline, e.g. "Economy".', type: 'string' },
    dateline: {
      description: 'Place at the start of the body, shown with the date: "Kuala Lumpur, 23 October 2025 —".',
      type: 'string',
    },
    datePublished: {
      description:
        'Publication date, in a <time datetime>. ISO 8601: a date with a time and offset is an instant, shown in the reader\'s (or the configured) time zone; a date-only value ("2025-10-23") is a calendar date, shown as that date in every time zone.',
      type: 'string',
      pattern: datePattern,
    },
    dateModified: {
      description: 'Last update, shown as "Updated …" when later than datePublished. ISO 8601, like datePublished.',
      type: 'string',
      pattern: datePattern,
    },
    inLanguage: {
      description:
        'BCP 47 language tag, e.g. "en-GB": the lang of the article and the default locale for dates and labels.',
      type: 'string',
      pattern: languagePattern,
      // Engines refuse very long tags; a real one is rarely over 20 characters.
      maxLength: 64,
    },
    url: {
      description: 'Canonical URL of the article; used to leave this article out of latest news.',
      type: 'string',
      pattern: urlPattern,
    },
    image: {
      description: 'Lead image, with caption and credit: a URL or an Image object.',
      $ref: '#/$defs/Image',
    },
    author: {
      description: `The byline under the headline, and one author card each: a Person or a list of at most ${maxPeople}.`,
      anyOf: [{ $ref: '#/$defs/Person' }, { type: 'array', items: { $ref: '#/$defs/Person' }, maxItems: maxPeople }],
    },
    sections: {
      description: `The body, in order: at most ${maxBlocks} sections and blocks in all.`,
      type: 'array',
      items: { $ref: '#/$defs/Section' },
      maxItems: maxBlocks,
    },
    latest: {
      description: `The "Latest News" aside: at most ${maxStoriesGiven} stories, of which the first ${maxNewsItems} are shown.`,
      type: 'array',
      items: { $ref: '#/$defs/NewsItem' },
      maxItems: maxStoriesGiven,
    },
  },
  required: ['headline'],
  additionalProperties: true,
  $defs: {
    Image: {
      title: 'Image',
      description:
        'An image: a bare string is its URL. width and height reserve space so nothing shifts while it loads; images below the fold load lazily.',
      anyOf: [
        { description: 'URL of the image.', type: 'string', pattern: urlPattern },
        {
          type: 'object',
          properties: {
            url: { description: 'URL of the image.', type: 'string', pattern: urlPattern },
            alt: { description: 'Text alternative; absent or empty for a decorative image.', type: 'string' },
            caption: { description: 'Caption, shown under the image.', type: 'string' },
            credit: { description: 'Credit line (photographer, agency).', type: 'string' },
            width: { description: 'Intrinsic width in pixels.', type: 'integer', minimum: 1 },
            height: { description: 'Intrinsic height in pixels.', type: 'integer', minimum: 1 },
          },
          required: ['url'],
          // schema.org ImageObject carries more (contentUrl, @type, …): accepted and ignored.
          additionalProperties: true,
        },
      ],
    },
    Person: {
      title: 'Person',
      description: 'An author: named in the byline and shown in an author card.',
      type: 'object',
      properties: {
        name: { description: "The person's name.", type: 'string', pattern: nonBlank },
        description: { description: 'The bio.', type: 'string' },
        jobTitle: { description: 'Role, e.g. "Asia economics correspondent".', type: 'string' },
        image: { description: 'Portrait: a URL or an Image object.', $ref: '#/$defs/Image' },
        url: { description: "Link to the person's page.", type: 'string', pattern: urlPattern },
        sameAs: {
          description: `Profile links, rendered with recognisable labels (LinkedIn, Email, …): at most ${maxProfileLinks}.`,
          type: 'array',
          items: { description: 'URL of a profile.', type: 'string', pattern: urlPattern },
          maxItems: maxProfileLinks,
        },
      },
      required: ['name'],
      // schema.org Person carries more (@type, email, …): accepted and ignored.
      additionalProperties: true,
    },
    Section: {
      title: 'Section',
      description:
        "A part of the body. A section without a heading is the article's opening. id (or one derived from the heading) makes the heading linkable.",
      type: 'object',
      properties: {
        heading: { description: 'The section heading (h2).', type: 'string' },
        id: { description: 'Fragment id of the heading; derived from the heading when absent.', type: 'string' },
        blocks: {
          description: `The content, in order (at most ${maxBlocks} blocks).`,
          type: 'array',
          items: { $ref: '#/$defs/Block' },
          maxItems: maxBlocks,
        },
      },
      required: ['blocks'],
      additionalProperties: false,
    },
    Block: {
      title: 'Block',
      description: 'A piece of a section: a bare string is a paragraph of text; an object says what it is in `type`.',
      anyOf: [
        { description: 'A paragraph of text.', type: 'string' },
        { $ref: '#/$defs/ParagraphBlock' },
        { $ref: '#/$defs/ListBlock' },
        { $ref: '#/$defs/QuoteBlock' },
        { $ref: '#/$defs/FigureBlock' },
        { $ref: '#/$defs/HeadingBlock' },
        { $ref: '#/$defs/TableBlock' },
        { $ref: '#/$defs/EmbedBlock' },
        { $ref: '#/$defs/DividerBlock' },
        { $ref: '#/$defs/NoteBlock' },
      ],
    },
    ParagraphBlock: block(
      'Paragraph block',
      'A paragraph: text, or inline HTML (one of them is required). When both are given, html is shown.',
      'paragraph',
      {
        text: { description: 'The paragraph, as text.', type: 'string' },
        html: htmlString('The paragraph as inline HTML, sanitised before it is shown (inline tags only).'),
      },
      // Not blank both: a paragraph with no text to show is reported.
      { required: ['type'], not: { properties: { text: blank, html: blank } } },
    ),
    ListBlock: block(
      'List block',
      'A bulleted or numbered list.',
      'list',
      {
        ordered: { description: 'A numbered list when true; bulleted otherwise.', type: 'boolean' },
        items: {
          description: `The items, in order; at least one that is not blank; at most ${maxListItems}, nested ones included.`,
          type: 'array',
          items: { $ref: '#/$defs/ListItem' },
          maxItems: maxListItems,
          contains: { not: blank },
        },
      },
      // Lists nest at most `maxListDepth` deep (a list in an item of a list is two deep).
      { required: ['type', 'items'], not: { properties: { items: nestedLists(maxListDepth + 1) } } },
    ),
    QuoteBlock: block(
      'Quote block',
      'A quotation.',
      'quote',
      {
        text: { description: 'The words quoted.', type: 'string', pattern: nonBlank },
        cite: { description: 'Who said or wrote them.', type: 'string' },
      },
      { required: ['type', 'text'] },
    ),
    FigureBlock: block(
      'Figure block',
      'An image in the body, with its caption and credit.',
      'figure',
      { image: { description: 'The image: a URL or an Image object.', $ref: '#/$defs/Image' } },
      { required: ['type', 'image'] },
    ),
    HeadingBlock: block(
      'Heading block (v1.1)',
      "A subheading inside a section, one or two levels under the section's heading; linkable by its id.",
      'heading',
      {
        text: { description: 'The subheading, as text.', type: 'string', pattern: nonBlank },
        level: {
          description: "3 (the default) or 4: an h3 or h4 under a section's h2.",
          enum: [3, 4],
        },
        id: {
          description: 'Fragment id of the subheading; derived from the text when absent, made unique in the article.',
          type: 'string',
        },
      },
      { required: ['type', 'text'] },
    ),
    TableBlock: block(
      'Table block (v1.1)',
      'A table of data, shown in a scroll container so a wide table never widens the page. Columns of numbers are right-aligned.',
      'table',
      {
        caption: { description: 'What the table shows; it also names the table for screen readers.', type: 'string' },
        head: {
          description: `The column headers: at most ${maxTableColumns}.`,
          type: 'array',
          items: { $ref: '#/$defs/Cell' },
          maxItems: maxTableColumns,
        },
        rows: {
          description: `The body rows, at most ${maxTableRows}, each a list of at most ${maxTableColumns} cells.`,
          type: 'array',
          items: {
            description: 'A row of cells.',
            type: 'array',
            items: { $ref: '#/$defs/Cell' },
            minItems: 1,
            maxItems: maxTableColumns,
          },
          minItems: 1,
          maxItems: maxTableRows,
        },
        rowHeaders: { description: 'When true, the first cell of each row heads that row.', type: 'boolean' },
      },
      { required: ['type', 'rows'] },
    ),
    Cell: {
      title: 'Cell',
      description:
        'A table cell: a bare string is its text, a number is shown as written; an object has its text or its inline HTML.',
      anyOf: [
        { description: 'The cell, as text.', type: 'string' },
        { description: 'A number, shown as JavaScript writes it (1.5, 1200, 1e+21).', type: 'number' },
        {
          type: 'object',
          properties: { text: { description: 'The cell, as text.', type: 'string' } },
          required: ['text'],
          additionalProperties: false,
        },
        {
          type: 'object',
          properties: {
            html: htmlString('The cell as inline HTML, sanitised before it is shown (inline tags only).'),
          },
          required: ['html'],
          additionalProperties: false,
        },
      ],
    },
    EmbedBlock: block(
      'Embed block (v1.1)',
      'A video, audio, chart or social post from a known provider (YouTube, Vimeo, Spotify, SoundCloud, Datawrapper, Flourish; X, Instagram, TikTok, Bluesky as a link card). Nothing from the provider loads until the reader asks for it: a facade with the title and a button, and a link to the original. A URL of an unknown provider, or one its provider cannot show, is shown as that link.',
      'embed',
      {
        url: {
          description:
            "URL of the original (the video, post or chart page), as the reader would share it, on the provider's own host (no port, no user name). Any other URL is shown as a plain link, and reported.",
          type: 'string',
          pattern: embedUrlPattern,
        },
        title: {
          description: 'What it is, e.g. "Video: the talks in 90 seconds"; the frame\'s title and the facade\'s text.',
          type: 'string',
          pattern: nonBlank,
        },
        caption: { description: 'Caption, shown under it.', type: 'string' },
        aspectRatio: {
          description: 'Width to height of the frame, e.g. "16:9"; the provider\'s usual shape when absent.',
          type: 'string',
          pattern: `^${positiveNumber}\\s*[:/]\\s*${positiveNumber}$`,
        },
      },
      { required: ['type', 'url', 'title'] },
    ),
    DividerBlock: block(
      'Divider block (v1.1)',
      'A thematic break between parts of a section.',
      'divider',
      {},
      {
        required: ['type'],
      },
    ),
    NoteBlock: block(
      'Note block (v1.1)',
      'A note set apart from the text, labelled by its kind ("Correction", "Editor\'s note", "Update"; "Note" without one). Text or inline HTML (one of them is required); when both are given, html is shown.',
      'note',
      {
        text: { description: 'The note, as text.', type: 'string' },
        html: htmlString('The note as inline HTML, sanitised before it is shown (inline tags only).'),
        kind: { description: 'What the note is.', enum: ['correction', 'editor', 'update'] },
      },
      {
        required: ['type'],
        anyOf: [{ required: ['text'] }, { required: ['html'] }],
        not: { properties: { text: blank, html: blank } },
      },
    ),
    ListItem: {
      title: 'List item',
      description:
        'An item of a list: a bare string is its text; an object needs a term, text or html that is not blank, or a nested item.',
      anyOf: [
        { description: 'The item, as text; a blank one is left out.', type: 'string' },
        {
          type: 'object',
          properties: {
            term: {
              description: 'The bold lead-in, e.g. "Supply-chain ripple effects:".',
              type: 'string',
            },
            text: { description: 'The item, as text.', type: 'string' },
            html: htmlString('The item as inline HTML, sanitised before it is shown (inline tags only).'),
            items: {
              description: 'A list nested in this item.',
              type: 'array',
              items: { $ref: '#/$defs/ListItem' },
            },
          },
          // An item needs a term, text or html that is not blank, or a nested item that is not.
          not: { properties: { term: blank, text: blank, html: blank, items: { type: 'array', items: blank } } },
          additionalProperties: false,
        },
      ],
    },
    NewsItem: {
      title: 'News item',
      description: 'A link in the "Latest News" aside.',
      type: 'object',
      properties: {
        headline: { description: 'Title of the linked article.', type: 'string', pattern: nonBlank },
        url: { description: 'URL of the linked article.', type: 'string', pattern: urlPattern },
        datePublished: {
          description: "Publication date, ISO 8601, like the article's datePublished.",
          type: 'string',
          pattern: datePattern,
        },
        image: { description: 'Thumbnail: a URL or an Image object.', $ref: '#/$defs/Image' },
        description: { description: 'Summary of the linked article.', type: 'string' },
      },
      required: ['headline'],
      // schema.org shape: a host's own item JSON-LD (@type, …) is accepted and ignored.
      additionalProperties: true,
    },
    Labels: {
      title: 'Labels',
      description:
        'Replacement texts, for <news-article labels="…">: each replaces the built-in one of the article\'s language (built in for each language, those of src too); a blank one is ignored. Not part of the article itself.',
      type: 'object',
      properties: {
        skipToContent: labelText('The skip link.'),
        latestNews: labelText('Heading of the "Latest News" aside.'),
        noLatestNews: labelText('Shown in the aside when there are no stories.'),
        aboutTheAuthor: labelText('Heading of an author card with one person.'),
        aboutAuthors: labelText('Heading of an author card with several people.'),
        by: labelText('Before the names in the byline.'),
        published: labelText('Before the publication date and time in the byline.'),
        updated: labelText('Before the date and time of the last update.'),
        datelineSeparator: labelText(
          'The mark between the dateline\'s place and its date: "," in English, "،" in Arabic, "，" in Chinese.',
        ),
        email: labelText('Name of a mailto: profile link.'),
        phone: labelText('Name of a tel: profile link.'),
        note: labelText('Label of a note without a kind.'),
        noteCorrection: labelText('Label of a correction note.'),
        noteEditor: labelText("Label of an editor's note."),
        noteUpdate: labelText('Label of an update note.'),
        table: labelText('Name of a table without a caption.'),
        playVideo: labelText("Button of a video embed; {title} is the embed's title."),
        loadEmbed: labelText("Button of any other embed; {provider} is the provider's name."),
        openEmbed: labelText("Link to an embed's original; {provider} is the provider's name."),
        loading: labelText('Announced while an element loads its src.'),
        loadFailed: labelText("Shown when an element's src could not be loaded."),
        retry: labelText('The button that loads src again after a failure.'),
        newStories: labelText(
          'Announced after a refresh brought new stories, in ICU plural style ("one {# new story} other {# new stories}"), a form per plural category.',
        ),
      },
      // A misspelt key is caught here; the elements ignore keys they do not know.
      additionalProperties: false,
    },
  },
} as const;
