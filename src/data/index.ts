export * from './types.js';
export { jsonAttribute } from './attribute.js';
export { checkUrl, profileLabel, type UrlCheck } from './url.js';
export { formatFiledDate, formatIsoDate, isLater, parseIsoDate, supportedTimeZone, type ParsedDate } from './dates.js';
export { labelLanguage, labelLanguages, labelsLoading, loadedLabels, loadLabels } from './translations.js';
export {
  canonicalLocale,
  defaultLabels,
  formatNameList,
  localeScript,
  slugify,
  spaceAfter,
  textDirection,
} from './locale.js';
export { Problems, ownField, readJson } from './read.js';
export { parsedHtmlFields, lazyBlockTypes, blockKinds, type BlockKind, type HtmlField } from './registry.js';
export {
  parseArticle,
  parseBlocks,
  parseImage,
  parseLabels,
  parseListItems,
  parseNewsItems,
  parsePeople,
  labelKeys,
  safeUrl,
} from './parse.js';

export { otherStories } from './stories.js';
export {
  jsonLdText,
  structuredData,
  type ImageObjectJsonLd,
  type NewsArticleJsonLd,
  type PersonJsonLd,
} from './structured-data.js';
export * from './feeds/index.js';
