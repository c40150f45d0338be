import type { Labels } from '../types.js';

/** Turkish. */
const labels: Labels = {
  skipToContent: 'İçeriğe geç',
  latestNews: 'Son Haberler',
  noLatestNews: 'Yeni haber yok.',
  aboutTheAuthor: 'Yazar hakkında',
  aboutAuthors: 'Yazarlar hakkında',
  by: 'Yazan:',
  published: 'Yayınlanma:',
  updated: 'Güncelleme:',
  datelineSeparator: ',',
  email: 'E-posta',
  phone: 'Telefon',
  note: 'Not',
  noteCorrection: 'Düzeltme',
  noteEditor: 'Editörün notu',
  noteUpdate: 'Güncelleme',
  table: 'Tablo',
  playVideo: 'Videoyu oynat: {title}',
  loadEmbed: '{provider} içeriğini yükle',
  openEmbed: '{provider} üzerinde aç',
  loading: 'Yükleniyor…',
  loadFailed: 'Bu içerik yüklenemedi.',
  retry: 'Tekrar dene',
  newStories: 'one {# yeni haber} other {# yeni haber}',
};

export default labels;
