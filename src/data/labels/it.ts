import type { Labels } from '../types.js';

/** Italian. */
const labels: Labels = {
  skipToContent: 'Vai al contenuto',
  latestNews: 'Ultime notizie',
  noLatestNews: 'Nessuna notizia recente.',
  aboutTheAuthor: 'Sull’autore',
  aboutAuthors: 'Sugli autori',
  by: 'Di',
  published: 'Pubblicato',
  updated: 'Aggiornato',
  datelineSeparator: ',',
  email: 'Email',
  phone: 'Telefono',
  note: 'Nota',
  noteCorrection: 'Rettifica',
  noteEditor: 'Nota della redazione',
  noteUpdate: 'Aggiornamento',
  table: 'Tabella',
  playVideo: 'Riproduci il video: {title}',
  loadEmbed: 'Carica i contenuti di {provider}',
  openEmbed: 'Apri su {provider}',
  loading: 'Caricamento…',
  loadFailed: 'Impossibile caricare questo contenuto.',
  retry: 'Riprova',
  newStories: 'one {# nuova notizia} many {# di nuove notizie} other {# nuove notizie}',
};

export default labels;
