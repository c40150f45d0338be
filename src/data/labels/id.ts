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
  email: 'Surel',
  phone: 'Telepon',
};

export default labels;
