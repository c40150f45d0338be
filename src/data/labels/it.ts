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
  email: 'Email',
  phone: 'Telefono',
};

export default labels;
