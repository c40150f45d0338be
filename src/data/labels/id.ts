import type { Labels } from '../types.js';

/** Indonesian. */
const labels: Labels = {
  skipToContent: 'Langsung ke konten',
  latestNews: 'Berita Terkini',
  noLatestNews: 'Belum ada berita terbaru.',
  aboutTheAuthor: 'Tentang penulis',
  aboutAuthors: 'Tentang para penulis',
  by: 'Oleh',
  published: 'Diterbitkan',
  updated: 'Diperbarui',
  datelineSeparator: ',',
  email: 'Surel',
  phone: 'Telepon',
  note: 'Catatan',
  noteCorrection: 'Koreksi',
  noteEditor: 'Catatan redaksi',
  noteUpdate: 'Pembaruan',
  table: 'Tabel',
  playVideo: 'Putar video: {title}',
  loadEmbed: 'Muat konten {provider}',
  openEmbed: 'Buka di {provider}',
  loading: 'Memuat…',
  loadFailed: 'Konten ini tidak dapat dimuat.',
  retry: 'Coba lagi',
  newStories: 'other {# berita baru}',
};

export default labels;
