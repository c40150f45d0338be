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
  email: 'ایمیل',
  phone: 'تلفن',
};

export default labels;
