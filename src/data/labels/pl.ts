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
  datelineSeparator: ',',
  email: 'E-mail',
  phone: 'Telefon',
  note: 'Uwaga',
  noteCorrection: 'Sprostowanie',
  noteEditor: 'Od redakcji',
  noteUpdate: 'Aktualizacja',
  table: 'Tabela',
  playVideo: 'Odtwórz wideo: {title}',
  loadEmbed: 'Wczytaj treść z serwisu {provider}',
  openEmbed: 'Otwórz w serwisie {provider}',
};

export default labels;
