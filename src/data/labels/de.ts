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
  datelineSeparator: ',',
  email: 'E-Mail',
  phone: 'Telefon',
  note: 'Hinweis',
  noteCorrection: 'Korrektur',
  noteEditor: 'Anmerkung der Redaktion',
  noteUpdate: 'Aktualisierung',
  table: 'Tabelle',
  playVideo: 'Video abspielen: {title}',
  loadEmbed: 'Inhalt von {provider} laden',
  openEmbed: 'Auf {provider} öffnen',
  loading: 'Wird geladen…',
  loadFailed: 'Dieser Inhalt konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
  newStories: 'one {# neue Meldung} other {# neue Meldungen}',
};

export default labels;
