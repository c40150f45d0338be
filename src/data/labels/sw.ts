import type { Labels } from '../types.js';

/** Swahili. */
const labels: Labels = {
  skipToContent: 'Ruka hadi maudhui',
  latestNews: 'Habari za hivi punde',
  noLatestNews: 'Hakuna habari mpya.',
  aboutTheAuthor: 'Kuhusu mwandishi',
  aboutAuthors: 'Kuhusu waandishi',
  by: 'Na',
  published: 'Imechapishwa',
  updated: 'Imesasishwa',
  datelineSeparator: ',',
  email: 'Barua pepe',
  phone: 'Simu',
  note: 'Maelezo',
  noteCorrection: 'Marekebisho',
  noteEditor: 'Ujumbe wa mhariri',
  noteUpdate: 'Taarifa mpya',
  table: 'Jedwali',
  playVideo: 'Cheza video: {title}',
  loadEmbed: 'Pakia maudhui ya {provider}',
  openEmbed: 'Fungua kwenye {provider}',
  loading: 'Inapakia…',
  loadFailed: 'Maudhui haya hayakuweza kupakiwa.',
  retry: 'Jaribu tena',
  newStories: 'one {habari mpya #} other {habari mpya #}',
};

export default labels;
