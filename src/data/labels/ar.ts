import type { Labels } from '../types.js';

/** Arabic. */
const labels: Labels = {
  skipToContent: 'انتقل إلى المحتوى',
  latestNews: 'آخر الأخبار',
  noLatestNews: 'لا توجد أخبار حديثة.',
  aboutTheAuthor: 'عن الكاتب',
  aboutAuthors: 'عن الكتّاب',
  by: 'بقلم',
  published: 'نُشر في',
  updated: 'آخر تحديث',
  datelineSeparator: '،',
  email: 'البريد الإلكتروني',
  phone: 'الهاتف',
  note: 'ملاحظة',
  noteCorrection: 'تصحيح',
  noteEditor: 'ملاحظة المحرر',
  noteUpdate: 'تحديث',
  table: 'جدول',
  playVideo: 'تشغيل الفيديو: {title}',
  loadEmbed: 'تحميل محتوى {provider}',
  openEmbed: 'فتح في {provider}',
  loading: 'جارٍ التحميل…',
  loadFailed: 'تعذّر تحميل هذا المحتوى.',
  retry: 'إعادة المحاولة',
  newStories:
    'zero {لا أخبار جديدة} one {خبر جديد واحد} two {خبران جديدان} few {# أخبار جديدة} many {# خبرًا جديدًا} other {# خبر جديد}',
};

export default labels;
