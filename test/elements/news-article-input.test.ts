import { latestStories, seedBio } from '../support/fixtures.js';
import { runBadInputSuite, runInputModeSuite, type ElementSpec } from '../support/suites.js';

const spec: ElementSpec = {
  tag: 'news-article',
  attribute: 'article',
  property: 'article',
  data: {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute',
    dateline: 'Kuala Lumpur',
    datePublished: '2025-10-23',
    inLanguage: 'en-GB',
    author: { name: 'Siti', description: seedBio },
    sections: [
      { blocks: ['China’s Vice Premier He Lifeng is scheduled to meet senior U.S. officials.'] },
      { heading: 'What’s on the Agenda', blocks: ['The talks will bring China’s top economic envoy He Lifeng.'] },
    ],
    latest: latestStories.slice(0, 2),
  },
  dataTexts: [
    'China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute',
    'By Siti',
    'Kuala Lumpur, 23 October 2025 — China’s Vice Premier',
    'What’s on the Agenda',
    seedBio,
    'Latest News',
    'Ringgit edges higher as investors await Kuala Lumpur trade talks',
  ],
  changedData: { headline: 'Talks end with a joint statement' },
  changedText: 'Talks end with a joint statement',
  slotted:
    '<h1 slot="headline">Trade talks open in Kuala Lumpur</h1>' +
    '<p slot="byline"><span>By <strong>Siti</strong></span></p>' +
    '<article-section><h2>Why Malaysia</h2><p>A neutral regional platform.</p></article-section>' +
    '<author-card slot="author"><span slot="name">Siti</span><p>Siti writes about Asian economics.</p></author-card>' +
    '<latest-news slot="aside"><ul><li><a href="/markets/ringgit">Ringgit edges higher</a></li></ul></latest-news>',
  slottedTexts: [
    'Trade talks open in Kuala Lumpur',
    'By Siti',
    'Why Malaysia',
    'A neutral regional platform.',
    'Siti writes about Asian economics.',
    'Ringgit edges higher',
  ],
  invalid: [
    { name: 'invalid JSON', value: '{"headline": ', field: 'article' },
    { name: 'an array instead of an object', value: '["China and U.S."]', field: 'article' },
    { name: 'a headline of the wrong type', value: '{"headline": {"text": "Trade talks"}}', field: 'headline' },
    { name: 'a missing headline', value: '{"description": "No title here"}', field: 'headline' },
    {
      name: 'an unknown block type',
      value: '{"sections": [{"blocks": [{"type": "video"}]}]}',
      field: 'sections[0].blocks[0].type',
    },
    { name: 'a javascript: URL', value: '{"url": "javascript:alert(1)"}', field: 'url' },
    { name: 'an inLanguage that is no language tag', value: '{"inLanguage": "not a language!"}', field: 'inLanguage' },
  ],
};

runInputModeSuite(spec);
runBadInputSuite(spec);
