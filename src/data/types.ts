/**
 * The article data contract (v1.1), as hosts write it (`…Data` types) and as the elements use it
 * after parsing (the normalised types). schema.org-shaped at the top level: `@context`, `@type`
 * and unknown keys are accepted and ignored.
 */

/** An image as a host writes it: a bare URL string or an object. */
export type ImageData =
  | string
  | {
      url: string;
      alt?: string;
      caption?: string;
      credit?: string;
      width?: number;
      height?: number;
    };

export interface PersonData {
  name: string;
  /** The bio. */
  description?: string;
  jobTitle?: string;
  image?: ImageData;
  url?: string;
  /** Profile links, shown with recognisable labels. */
  sameAs?: string[];
}

export type ListItemData =
  | string
  | {
      /** The bold lead-in, e.g. "Supply-chain ripple effects:". */
      term?: string;
      text?: string;
      html?: string;
      items?: ListItemData[];
    };

/** A quotation: the same as written and as parsed. */
export interface QuoteBlock {
  type: 'quote';
  text: string;
  cite?: string;
}

/** A table cell as a host writes it: a bare string is its text, a number is shown as written. */
export type CellData = string | number | { text: string } | { html: string };

/** What a note is: its kind is shown as its label ("Correction", "Editor's note", "Update"). */
export type NoteKind = 'correction' | 'editor' | 'update';

export type BlockData =
  | string
  | { type: 'paragraph'; text?: string; html?: string }
  | { type: 'list'; ordered?: boolean; items: ListItemData[] }
  | QuoteBlock
  | { type: 'figure'; image: ImageData }
  | { type: 'heading'; text: string; level?: 3 | 4; id?: string }
  | { type: 'table'; caption?: string; head?: CellData[]; rows: CellData[][]; rowHeaders?: boolean }
  | { type: 'embed'; url: string; title: string; caption?: string; aspectRatio?: string }
  | { type: 'divider' }
  // A note needs its text or its html.
  | { type: 'note'; text: string; html?: string; kind?: NoteKind }
  | { type: 'note'; html: string; text?: string; kind?: NoteKind };

export interface SectionData {
  heading?: string;
  id?: string;
  blocks: BlockData[];
}

export interface NewsItemData {
  headline: string;
  url?: string;
  datePublished?: string;
  image?: ImageData;
  description?: string;
}

export interface ArticleData {
  headline: string;
  description?: string;
  articleSection?: string;
  dateline?: string;
  datePublished?: string;
  dateModified?: string;
  inLanguage?: string;
  url?: string;
  image?: ImageData;
  author?: PersonData | PersonData[];
  sections?: SectionData[];
  latest?: NewsItemData[];
}

/*
 * Normalised model: what parsing returns and the templates read. Every value here is checked.
 * Each type is its `…Data` type with the differences parsing makes: images are objects, lists
 * are arrays (empty when absent), blank text is absent.
 */

export interface ArticleImage {
  url: string;
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

export interface Person extends Omit<PersonData, 'image' | 'sameAs'> {
  image?: ArticleImage;
  sameAs: string[];
}

export interface ListItem {
  term?: string;
  text?: string;
  html?: string;
  items: ListItem[];
}

/** A table cell: text, or inline HTML (sanitised before it is shown). */
export type Cell = { text: string; html?: undefined } | { html: string; text?: undefined };

export interface TableBlock {
  type: 'table';
  caption?: string;
  /** The column headers; empty when the table has none. */
  head: Cell[];
  rows: Cell[][];
  /** The first cell of each row heads that row. */
  rowHeaders: boolean;
}

/** An embed: the original's URL (checked), its title and how tall its frame is. */
export interface EmbedBlock {
  type: 'embed';
  url: string;
  title: string;
  caption?: string;
  /** Width and height of the frame, e.g. `[16, 9]`; absent for the provider's own shape. */
  aspectRatio?: [number, number];
}

export type Block =
  | { type: 'paragraph'; text: string; html?: undefined }
  | { type: 'paragraph'; html: string; text?: undefined }
  | { type: 'list'; ordered: boolean; items: ListItem[] }
  | QuoteBlock
  | { type: 'figure'; image: ArticleImage }
  | { type: 'heading'; text: string; level: 3 | 4; id?: string }
  | TableBlock
  | EmbedBlock
  | { type: 'divider' }
  | ({ type: 'note'; kind?: NoteKind } & Cell);

export interface Section extends Omit<SectionData, 'blocks'> {
  blocks: Block[];
}

export interface NewsItem extends Omit<NewsItemData, 'image'> {
  image?: ArticleImage;
}

/** The article; its headline may be missing (that is reported, and the rest still shown). */
export interface Article extends Omit<ArticleData, 'headline' | 'image' | 'author' | 'sections' | 'latest'> {
  headline?: string;
  image?: ArticleImage;
  author: Person[];
  sections: Section[];
  latest: NewsItem[];
}

/** One thing wrong with the data: where it is and why it was skipped. */
export interface DataProblem {
  /** Path of the field, e.g. `sections[2].blocks[0].type`. */
  field: string;
  reason: string;
}

/** `detail` of the `news-error` event. */
export interface NewsErrorDetail extends DataProblem {
  /** Tag name of the element that reports, e.g. `news-article`. */
  element: string;
}

/** Texts the elements show; every one can be replaced by the host. */
export interface Labels {
  skipToContent: string;
  latestNews: string;
  noLatestNews: string;
  /** Heading of an author card with one person. */
  aboutTheAuthor: string;
  /** Heading of an author card with several people. */
  aboutAuthors: string;
  /** Before the names in the byline. */
  by: string;
  /** Before the publication date and time in the byline. */
  published: string;
  /** Before the date and time of the last update. */
  updated: string;
  /**
   * The mark between the dateline's place and its date, followed by a space unless it is
   * full-width: "," in English, "،" in Arabic, "，" in Chinese; none in Thai.
   */
  datelineSeparator: string;
  /** Name of a `mailto:` profile link. */
  email: string;
  /** Name of a `tel:` profile link. */
  phone: string;
  // The labels of the v1.1 blocks: their English defaults load with the blocks (see `loadBlocks`).
  /** Label of a note without a kind. */
  note?: string;
  /** Label of a `correction` note. */
  noteCorrection?: string;
  /** Label of an `editor` note. */
  noteEditor?: string;
  /** Label of an `update` note. */
  noteUpdate?: string;
  /** Name of a table without a caption, for its scroll container. */
  table?: string;
  /** Button of a video embed; `{title}` is the embed's title. */
  playVideo?: string;
  /** Button of any other embed; `{provider}` is the provider's name, e.g. "Spotify". */
  loadEmbed?: string;
  /** Link to an embed's original; `{provider}` is the provider's name. */
  openEmbed?: string;
  // The texts of `src`: built in for each language, their English defaults in the loader chunk.
  /** Announced while an element loads its `src`. English: "Loading…". */
  loading?: string;
  /** Shown when an element's `src` could not be loaded. English: "This content could not be loaded." */
  loadFailed?: string;
  /** The button that loads `src` again after a failure. English: "Try again". */
  retry?: string;
  /**
   * Announced after a refresh brought new stories, in ICU plural style: `#` is the count.
   * English: `one {# new story} other {# new stories}`; a form for each category of
   * `Intl.PluralRules` in the language (Arabic: `zero`, `one`, `two`, `few`, `many`, `other`), or
   * `=0`-style exact counts.
   */
  newStories?: string;
}
