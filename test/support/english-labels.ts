/**
 * The English words of the built-in labels, which a page in another language (or with its own
 * `labels`) must not show: shared by the label and translation tests.
 */
export const englishLabelWords = [
  'Skip to content',
  'Latest News',
  'No recent stories',
  'About the author',
  'Published',
  'Updated',
  'By ',
  'Email',
  'Phone',
];

/** The English words of the texts an element shows while it loads a `src`: loading, failure, retry, new stories. */
export const englishSourceWords = ['Loading', 'could not be loaded', 'Try again', 'new stor'];
