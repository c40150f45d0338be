import type { Labels } from '../types.js';

/** Hindi. */
const labels: Labels = {
  skipToContent: 'मुख्य सामग्री पर जाएँ',
  latestNews: 'ताज़ा ख़बरें',
  noLatestNews: 'कोई ताज़ा ख़बर नहीं।',
  aboutTheAuthor: 'लेखक के बारे में',
  aboutAuthors: 'लेखकों के बारे में',
  by: 'लेखक:',
  published: 'प्रकाशित:',
  updated: 'अपडेट:',
  datelineSeparator: ',',
  email: 'ईमेल',
  phone: 'फ़ोन',
  note: 'नोट',
  noteCorrection: 'सुधार',
  noteEditor: 'संपादक की टिप्पणी',
  noteUpdate: 'अपडेट',
  table: 'तालिका',
  playVideo: 'वीडियो चलाएँ: {title}',
  loadEmbed: '{provider} की सामग्री लोड करें',
  openEmbed: '{provider} पर खोलें',
  loading: 'लोड हो रहा है…',
  loadFailed: 'यह सामग्री लोड नहीं हो सकी।',
  retry: 'फिर से कोशिश करें',
  newStories: 'one {# नई ख़बर} other {# नई ख़बरें}',
};

export default labels;
