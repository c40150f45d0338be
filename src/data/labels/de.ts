import type { Labels } from '../types.js';

/** German. */
const labels: Labels = {
  skipToContent: 'Zum Inhalt springen',
  latestNews: 'Neueste Nachrichten',
  noLatestNews: 'Keine neuen Meldungen.',
  aboutTheAuthor: 'Über den Autor',
  aboutAuthors: 'Über die Autoren',
  by: 'Von',
  published: 'Veröffentlicht',
  updated: 'Aktualisiert',
  email: 'E-Mail',
  phone: 'Telefon',
};

export default labels;
