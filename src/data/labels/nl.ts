import type { Labels } from '../types.js';

/** Dutch. */
const labels: Labels = {
  skipToContent: 'Naar de inhoud',
  latestNews: 'Laatste nieuws',
  noLatestNews: 'Geen recent nieuws.',
  aboutTheAuthor: 'Over de auteur',
  aboutAuthors: 'Over de auteurs',
  by: 'Door',
  published: 'Gepubliceerd',
  updated: 'Bijgewerkt',
  datelineSeparator: ',',
  email: 'E-mail',
  phone: 'Telefoon',
  note: 'Noot',
  noteCorrection: 'Correctie',
  noteEditor: 'Noot van de redactie',
  noteUpdate: 'Update',
  table: 'Tabel',
  playVideo: 'Video afspelen: {title}',
  loadEmbed: 'Inhoud van {provider} laden',
  openEmbed: 'Openen op {provider}',
  loading: 'Laden…',
  loadFailed: 'Deze inhoud kon niet worden geladen.',
  retry: 'Opnieuw proberen',
  newStories: 'one {# nieuw bericht} other {# nieuwe berichten}',
};

export default labels;
