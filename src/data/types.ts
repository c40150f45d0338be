/**
 * The article data contract (v1), as hosts write it (`…Data` types) and as the elements use it
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

export type BlockData =
  | string
  | { type: 'paragraph'; text?: string; html?: string }
  | { type: 'list'; ordered?: boolean; items: ListItemData[] }
  | QuoteBlock
  | { type: 'figure'; image: ImageData };

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

export type Block =
  | { type: 'paragraph'; text: string; html?: undefined }
  | { type: 'paragraph'; html: string; text?: undefined }
  | { type: 'list'; ordered: boolean; items: ListItem[] }
  | QuoteBlock
  | { type: 'figure'; image: ArticleImage };

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
  aboutTheAuthor: string;
  /** The heading of the one card that shows several authors. */
  aboutAuthors: string;
  updated: string;
  by: string;
  /** Name of a `mailto:` profile link. */
  email: string;
  /** Name of a `tel:` profile link. */
  phone: string;
}
