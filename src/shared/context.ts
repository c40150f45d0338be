import { createContext } from '@lit/context';
import type { Article, Labels } from '../data/index.js';

/** What `<news-article>` shares with the elements inside it. */
export interface NewsContext {
  article?: Article;
  /** Locale for dates, resolved and valid. */
  locale: string;
  /** IANA zone, valid; undefined is the reader's own. */
  timeZone?: string;
  /** Level of the headings of the article's sections, asides and author cards. */
  headingLevel: number;
  labels: Labels;
}

export const newsContext = createContext<NewsContext | undefined>(Symbol.for('news-elements.context'));
