import type { ArticleData, PersonData } from '../../src/index.js';
import seed from '../../demo/seed-article.json';

/** The reference article, as `demo/seed-article.json` has it. */
export const seedArticle = seed as unknown as ArticleData;

/** Placeholder pictures served from stories/assets/ (Storybook's static folder), so stories need no network. */
export const images = {
  lead: { url: '/assets/kuala-lumpur.svg', alt: 'The Kuala Lumpur skyline at dusk', width: 1200, height: 675 },
  port: { url: '/assets/port-klang.svg', alt: 'Containers stacked at Port Klang', width: 1200, height: 800 },
  siti: { url: '/assets/siti.svg', alt: '' },
  ravi: { url: '/assets/ravi.svg', alt: '' },
  thumbnail: { url: '/assets/thumb-markets.svg', alt: '', width: 160, height: 160 },
};

export const siti: PersonData = {
  name: 'Siti',
  jobTitle: 'Asia economics correspondent',
  description:
    'Siti is a news writer specialising in Asian economics, Islamic finance, international relations and policy, offering in-depth analysis and perspectives on the region’s evolving dynamics.',
  image: images.siti,
  url: '/authors/siti',
  sameAs: ['https://www.linkedin.com/in/siti-example', 'https://x.com/siti_example', 'mailto:siti@example.com'],
};

export const ravi: PersonData = {
  name: 'Ravi Kumar',
  jobTitle: 'Markets editor',
  description: 'Ravi Kumar covers commodities and currency markets across South-East Asia from Singapore.',
  image: images.ravi,
  sameAs: ['https://bsky.app/profile/ravi.example'],
};

/** The four stories the demo pages show beside the seed article, shared with the tests. */
export { latestStories } from '../../test/support/fixtures.js';

/** A word longer than any column, as CMS data sometimes has (URLs, compound names, typos). */
export const longWord = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';

/** One of each block of the contract v1.1, and an article with all of them, shared with the tests. */
export { kitchenSinkArticle, v11Blocks } from '../../test/support/blocks-fixtures.js';
