import type { Labels } from '../types.js';

/** Polish. */
const labels: Labels = {
  skipToContent: 'Przejdź do treści',
  latestNews: 'Najnowsze wiadomości',
  noLatestNews: 'Brak najnowszych wiadomości.',
  aboutTheAuthor: 'O autorze',
  aboutAuthors: 'O autorach',
  by: 'Tekst:',
  published: 'Opublikowano',
  updated: 'Zaktualizowano',
  email: 'E-mail',
  phone: 'Telefon',
};

export default labels;
