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
  datelineSeparator: ',',
  email: 'ইমেইল',
  phone: 'ফোন',
  note: 'নোট',
  noteCorrection: 'সংশোধনী',
  noteEditor: 'সম্পাদকের নোট',
  noteUpdate: 'আপডেট',
  table: 'সারণি',
  playVideo: 'ভিডিও চালান: {title}',
  loadEmbed: '{provider}-এর কনটেন্ট লোড করুন',
  openEmbed: '{provider}-এ খুলুন',
  loading: 'লোড হচ্ছে…',
  loadFailed: 'এই কনটেন্ট লোড করা যায়নি।',
  retry: 'আবার চেষ্টা করুন',
  newStories: 'one {#টি নতুন খবর} other {#টি নতুন খবর}',
};

export default labels;
