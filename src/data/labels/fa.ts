import type { Labels } from '../types.js';

/** Persian. */
const labels: Labels = {
  skipToContent: 'پرش به محتوا',
  latestNews: 'آخرین اخبار',
  noLatestNews: 'خبر تازه‌ای نیست.',
  aboutTheAuthor: 'دربارهٔ نویسنده',
  aboutAuthors: 'دربارهٔ نویسندگان',
  by: 'نوشتهٔ',
  published: 'انتشار:',
  updated: 'به‌روزرسانی:',
  datelineSeparator: '،',
  email: 'ایمیل',
  phone: 'تلفن',
  note: 'یادداشت',
  noteCorrection: 'اصلاحیه',
  noteEditor: 'یادداشت سردبیر',
  noteUpdate: 'به‌روزرسانی',
  table: 'جدول',
  playVideo: 'پخش ویدیو: {title}',
  loadEmbed: 'بارگذاری محتوای {provider}',
  openEmbed: 'باز کردن در {provider}',
  loading: 'در حال بارگذاری…',
  loadFailed: 'این محتوا بارگذاری نشد.',
  retry: 'تلاش دوباره',
  newStories: 'one {# خبر تازه} other {# خبر تازه}',
};

export default labels;
