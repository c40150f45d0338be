import { memoized } from './memo.js';
import type { Labels } from './types.js';

/** English, built in: the labels shown until another language's arrive, and where none matches. */
export const defaultLabels: Labels = {
  skipToContent: 'Skip to content',
  latestNews: 'Latest News',
  noLatestNews: 'No recent stories.',
  aboutTheAuthor: 'About the author',
  aboutAuthors: 'About the authors',
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  datelineSeparator: ',',
  email: 'Email',
  phone: 'Phone',
};

/** The space after a label or mark: none after the full-width punctuation of Chinese and Japanese ("作者：", "巴黎，"). */
export const spaceAfter = (text: string): string => (/[\u3001\uff0c\uff1a]$/.test(text) ? '' : ' ');

const canonicalForm = /* @__PURE__ */ memoized((tag) => {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
});

/** Canonical form of a BCP 47 tag, or undefined when `Intl` rejects it. */
export function canonicalLocale(tag: string | undefined | null): string | undefined {
  return tag ? canonicalForm(tag) : undefined;
}

/** The script a locale is written in (`Latn`, `Arab`, `Hans`…), from its likely subtags; `Latn` when `Intl` cannot read it. */
export function localeScript(locale: string | null | undefined): string {
  try {
    return new Intl.Locale(locale as string).maximize().script ?? 'Latn';
  } catch {
    return 'Latn';
  }
}

/** Writing direction of a locale: right to left for the scripts written so (Arabic, Hebrew, Thaana, Syriac, N'Ko…). */
export const textDirection = (locale: string): 'ltr' | 'rtl' =>
  /Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg|Mand|Samr|Yezi/.test(localeScript(locale)) ? 'rtl' : 'ltr';

const nameListFormat = /* @__PURE__ */ memoized((locale) => {
  try {
    return new Intl.ListFormat(locale, {
      __proto__: null,
      style: 'long',
      type: 'conjunction',
    } as Intl.ListFormatOptions);
  } catch {
    return undefined;
  }
});

/** "Ana, Ben and Chen" in the locale's own words. */
export function formatNameList(names: string[], locale: string): string {
  return nameListFormat(locale)?.format(names) ?? names.join(', ');
}

const maxSlugLength = 80;

/** An id for a heading: its words in lower case joined by hyphens, letters of any script kept. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    // Accents come off Latin letters only: in scripts such as Devanagari or Tamil the combining
    // marks are vowels, part of the word.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    // Recomposes what NFKD split and is still wanted, such as Hangul syllables.
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code point so no surrogate pair is split, then drop a hyphen left at the cut.
  return Array.from(slug).slice(0, maxSlugLength).join('').replace(/-+$/, '');
}
