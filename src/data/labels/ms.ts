import type { Labels } from '../types.js';

/** Malay. */
const labels: Labels = {
  skipToContent: 'Langkau ke kandungan',
  latestNews: 'Berita Terkini',
  noLatestNews: 'Tiada berita terkini.',
  aboutTheAuthor: 'Tentang penulis',
  aboutAuthors: 'Tentang para penulis',
  by: 'Oleh',
  published: 'Diterbitkan',
  updated: 'Dikemas kini',
  datelineSeparator: ',',
  email: 'E-mel',
  phone: 'Telefon',
  note: 'Nota',
  noteCorrection: 'Pembetulan',
  noteEditor: 'Nota editor',
  noteUpdate: 'Kemas kini',
  table: 'Jadual',
  playVideo: 'Main video: {title}',
  loadEmbed: 'Muatkan kandungan {provider}',
  openEmbed: 'Buka di {provider}',
  loading: 'Memuatkan…',
  loadFailed: 'Kandungan ini tidak dapat dimuatkan.',
  retry: 'Cuba lagi',
  newStories: 'other {# berita baharu}',
};

export default labels;
