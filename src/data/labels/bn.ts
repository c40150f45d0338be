import type { Labels } from '../types.js';

/** Bengali. */
const labels: Labels = {
  skipToContent: 'মূল বিষয়বস্তুতে যান',
  latestNews: 'সর্বশেষ খবর',
  noLatestNews: 'সাম্প্রতিক কোনো খবর নেই।',
  aboutTheAuthor: 'লেখক পরিচিতি',
  aboutAuthors: 'লেখকদের পরিচিতি',
  by: 'লিখেছেন',
  published: 'প্রকাশ:',
  updated: 'আপডেট:',
  email: 'ইমেইল',
  phone: 'ফোন',
};

export default labels;
