/**
 * JSON Schema (draft 2020-12) of the article data contract v1.1, as hosts write it: the `…Data`
 * types of `types.ts`. `scripts/write-schema.mjs` writes it to `dist/article.schema.json`
 * (exported as `news-elements/schema.json`); `test/types/schema-types.ts` checks that it and
 * the types describe the same shapes. No element imports it, so it costs the bundle nothing.
 *
 * The elements are lenient: they skip a bad part and render the rest. The schema is the strict
 * side of the same contract, for hosts that want to check their data before publishing it:
 * - schema.org objects (article, person, image, news item) accept unknown keys, so JSON-LD
 *   passes unchanged; the contract's own shapes (section, blocks, list items) do not, so a
 *   misspelt key is caught instead of silently ignored;
 * - URLs must be http(s), mailto, tel or relative, the only ones the elements ever place in a
 *   link or image;
 * - a date is a calendar date (`2025-10-23`) or a date and time with an offset.
 */

/** Only http(s), mailto and tel schemes, or no scheme (relative); case-insensitive as in URLs. */
const urlPattern =
  '^(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]|[Tt][Ee][Ll]):|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\\u0000-\\u0020][^\\u0000-\\u001F]*$';

/**
 * `2025-10-23`, or `2025-10-23T09:30:00+08:00` (seconds and fraction optional, `Z` or an offset).
 * Days are checked against their month; 29 February is let through in every year.
 */
const datePattern =
  '^\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2\\d))(?:[Tt](?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:[Zz]|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d))?$';

/** A string with at least one non-space character: the elements read a blank one as absent. */
const nonBlank = '\\S';

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
      pattern: '^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$',
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
      description: 'The byline under the headline, and one author card each: a Person or a list of them.',
      anyOf: [{ $ref: '#/$defs/Person' }, { type: 'array', items: { $ref: '#/$defs/Person' } }],
    },
    sections: {
      description: 'The body, in order.',
      type: 'array',
      items: { $ref: '#/$defs/Section' },
    },
    latest: {
      description: 'The "Latest News" aside.',
      type: 'array',
      items: { $ref: '#/$defs/NewsItem' },
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
          description: 'Profile links, rendered with recognisable labels (LinkedIn, Email, …).',
          type: 'array',
          items: { description: 'URL of a profile.', type: 'string', pattern: urlPattern },
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
        blocks: { description: 'The content, in order.', type: 'array', items: { $ref: '#/$defs/Block' } },
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
        html: {
          description: 'The paragraph as inline HTML, sanitised before it is shown (inline tags only).',
          type: 'string',
        },
      },
      {
        required: ['type'],
        // With no other keys allowed, two properties means `type` and text or html. (anyOf with
        // required would say the same, but TypeScript types it as a union the contract's
        // BlockData type is not.)
        minProperties: 2,
      },
    ),
    ListBlock: block(
      'List block',
      'A bulleted or numbered list.',
      'list',
      {
        ordered: { description: 'A numbered list when true; bulleted otherwise.', type: 'boolean' },
        items: {
          description: 'The items, in order.',
          type: 'array',
          items: { $ref: '#/$defs/ListItem' },
          minItems: 1,
        },
      },
      { required: ['type', 'items'] },
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
          description: 'The column headers.',
          type: 'array',
          items: { $ref: '#/$defs/Cell' },
        },
        rows: {
          description: 'The body rows, each a list of cells.',
          type: 'array',
          items: { description: 'A row of cells.', type: 'array', items: { $ref: '#/$defs/Cell' }, minItems: 1 },
          minItems: 1,
        },
        rowHeaders: { description: 'When true, the first cell of each row heads that row.', type: 'boolean' },
      },
      { required: ['type', 'rows'] },
    ),
    Cell: {
      title: 'Cell',
      description: 'A table cell: a bare string is its text; an object has its text or its inline HTML.',
      anyOf: [
        { description: 'The cell, as text.', type: 'string' },
        {
          type: 'object',
          properties: { text: { description: 'The cell, as text.', type: 'string' } },
          required: ['text'],
          additionalProperties: false,
        },
        {
          type: 'object',
          properties: {
            html: {
              description: 'The cell as inline HTML, sanitised before it is shown (inline tags only).',
              type: 'string',
            },
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
          description: 'URL of the original (the video, post or chart page), as the reader would share it.',
          type: 'string',
          pattern: urlPattern,
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
          pattern: '^\\d+(?:\\.\\d+)?\\s*[:/]\\s*\\d+(?:\\.\\d+)?$',
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
        html: {
          description: 'The note as inline HTML, sanitised before it is shown (inline tags only).',
          type: 'string',
        },
        kind: { description: 'What the note is.', enum: ['correction', 'editor', 'update'] },
      },
      { required: ['type'], anyOf: [{ required: ['text'] }, { required: ['html'] }] },
    ),
    ListItem: {
      title: 'List item',
      description:
        'An item of a list: a bare string is its text; an object needs at least one of term, text, html, items.',
      anyOf: [
        { description: 'The item, as text.', type: 'string' },
        {
          type: 'object',
          properties: {
            term: {
              description: 'The bold lead-in, e.g. "Supply-chain ripple effects:".',
              type: 'string',
            },
            text: { description: 'The item, as text.', type: 'string' },
            html: {
              description: 'The item as inline HTML, sanitised before it is shown (inline tags only).',
              type: 'string',
            },
            items: {
              description: 'A list nested in this item.',
              type: 'array',
              items: { $ref: '#/$defs/ListItem' },
            },
          },
          // An item needs at least one of its keys: one with none shows nothing.
          minProperties: 1,
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
  },
} as const;
