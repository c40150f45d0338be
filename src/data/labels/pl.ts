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
  loading: 'Wczytywanie…',
  loadFailed: 'Nie udało się wczytać tej treści.',
  retry: 'Spróbuj ponownie',
  newStories: 'one {# nowa wiadomość} few {# nowe wiadomości} many {# nowych wiadomości} other {# nowej wiadomości}',
};

export default labels;
