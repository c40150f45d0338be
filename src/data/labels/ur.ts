import type { Labels } from '../types.js';

/** Urdu. */
const labels: Labels = {
  skipToContent: 'مواد پر جائیں',
  latestNews: 'تازہ ترین خبریں',
  noLatestNews: 'کوئی تازہ خبر نہیں۔',
  aboutTheAuthor: 'مصنف کے بارے میں',
  aboutAuthors: 'مصنفین کے بارے میں',
  by: 'تحریر:',
  published: 'اشاعت:',
  updated: 'اپ ڈیٹ:',
  datelineSeparator: '،',
  email: 'ای میل',
  phone: 'فون',
  note: 'نوٹ',
  noteCorrection: 'تصحیح',
  noteEditor: 'مدیر کا نوٹ',
  noteUpdate: 'اپ ڈیٹ',
  table: 'جدول',
  playVideo: 'ویڈیو چلائیں: {title}',
  loadEmbed: '{provider} کا مواد لوڈ کریں',
  openEmbed: '{provider} پر کھولیں',
  loading: 'لوڈ ہو رہا ہے…',
  loadFailed: 'یہ مواد لوڈ نہیں ہو سکا۔',
  retry: 'دوبارہ کوشش کریں',
  newStories: 'one {# نئی خبر} other {# نئی خبریں}',
};

export default labels;
