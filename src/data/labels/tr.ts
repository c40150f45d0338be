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
  email: 'E-posta',
  phone: 'Telefon',
};

export default labels;
