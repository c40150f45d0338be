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
  email: 'Barua pepe',
  phone: 'Simu',
};

export default labels;
