/**
 * The benchmark's inputs, all made from the demo's one article so that every variant shows the
 * same content: the JSON (demo/seed-article.json plus the latest-news items of demo/index.html),
 * the slotted HTML of demo/slotted.html, and that HTML turned into plain tags for the static and
 * React baselines. Larger articles repeat the seed's sections; longer lists repeat its stories.
 * Imported by scripts/bench.mjs.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDemoArticle } from '../demo/demo-article.mjs';

const demoFolder = resolve(import.meta.dirname, '..', 'demo');
const demoFile = (name) => readFileSync(join(demoFolder, name), 'utf8');

/** The zone the benchmark pages run in, so that pre-formatted times match what the browser formats. */
export const timeZone = 'Asia/Kuala_Lumpur';
export const pageLocale = 'en-GB';
export const otherLocale = 'ms-MY';

const seed = JSON.parse(demoFile('seed-article.json'));
const demoLatest = readDemoArticle().latest;

const slottedArticle = demoFile('slotted.html').match(/<news-article[^>]*>([\s\S]*?)<\/news-article>/)[1];
const slottedPart = (pattern) => {
  const match = slottedArticle.match(pattern);
  if (!match) throw new Error(`demo/slotted.html has no ${pattern}: update bench/fixtures.mjs to its new shape`);
  return match[0];
};
const slotted = {
  headline: slottedPart(/<h1 slot="headline">[\s\S]*?<\/h1>/),
  byline: slottedPart(/<p slot="byline">[\s\S]*?<\/p>/),
  sections: Array.from(slottedArticle.matchAll(/<article-section>[\s\S]*?<\/article-section>/g), (match) => match[0]),
  author: slottedPart(/<author-card slot="author">[\s\S]*?<\/author-card>/),
  latest: slottedPart(/<latest-news slot="aside">[\s\S]*?<\/latest-news>/),
};
if (slotted.sections.length !== seed.sections.length) {
  throw new Error(
    `demo/slotted.html has ${slotted.sections.length} sections but demo/seed-article.json ${seed.sections.length}: ` +
      'the two demos must show the same article',
  );
}

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** `count` entries taken from `list` in turn. */
const cycle = (list, count) => Array.from({ length: count }, (_, index) => list[index % list.length]);

/** A date as a host page would print it: date-only values in full, instants with their time. */
function formatTime(iso, locale) {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const format = dateOnly
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return format.format(new Date(iso));
}

/** Every `<time datetime>` of `html` printed again in `locale`, as a server would re-render it. */
const relocalise = (html, locale) =>
  html.replace(
    /(<time datetime="([^"]+)">)[^<]*(<\/time>)/g,
    (_, open, iso, close) => `${open}${formatTime(iso, locale)}${close}`,
  );

const storyHtml = (story) =>
  `<li><a href="${escapeHtml(story.url)}">${escapeHtml(story.headline)}</a> ` +
  `<time datetime="${story.datePublished}">${formatTime(story.datePublished, pageLocale)}</time></li>`;

/** Slotted section HTML for the `index`th section: openings after the first have no dateline. */
function slottedSection(index) {
  const chunk = slotted.sections[index % slotted.sections.length];
  return index === 0 ? chunk : chunk.replace(/<strong class="dateline">[\s\S]*?<\/strong>\s*/, '');
}

/** The slotted article as plain tags, classed for bench/baseline.css (the same tree the React baseline renders). */
function staticArticle(sectionCount) {
  const sections = Array.from({ length: sectionCount }, (_, index) =>
    slottedSection(index)
      .replace('<article-section>', '<section class="na-section">')
      .replace('</article-section>', '</section>')
      .replace(/<\/?bullet-list>/g, ''),
  ).join('');
  const name = slotted.author.match(/<span slot="name">([\s\S]*?)<\/span>/)[1];
  const bio = slotted.author.match(/<p>[\s\S]*?<\/p>/)[0].replace('<p>', '<p class="bio">');
  const latestList = slotted.latest.match(/<ul>[\s\S]*<\/ul>/)[0];
  return (
    `<div class="na-page" lang="${seed.inLanguage}" dir="ltr"><div class="na-layout has-aside">` +
    '<article class="na-article" tabindex="-1" aria-labelledby="headline"><header class="na-header">' +
    slotted.headline.replace('<h1 slot="headline">', '<h1 class="na-headline" id="headline">') +
    slotted.byline.replace('<p slot="byline">', '<p class="na-byline">') +
    `</header><div class="na-body">${sections}</div>` +
    '<footer class="na-authors"><div class="author-card"><h2 class="label">About the author</h2><div class="person">' +
    `<span class="initials" aria-hidden="true">${Array.from(name)[0]}</span>` +
    `<div class="details"><p class="name">${name}</p>${bio}</div></div></div></footer></article>` +
    '<aside class="na-aside" aria-label="Latest News"><section class="latest-news">' +
    `<h2 class="label">Latest News</h2>${latestList}</section></aside></div></div>`
  );
}

function slottedArticleHtml(sectionCount) {
  const sections = Array.from({ length: sectionCount }, (_, index) => slottedSection(index)).join('');
  return (
    `<news-article lang="${seed.inLanguage}" no-skip-link>` +
    `${slotted.headline}${slotted.byline}${sections}${slotted.author}${slotted.latest}</news-article>`
  );
}

const articleJson = (sectionCount) => ({ ...seed, sections: cycle(seed.sections, sectionCount), latest: demoLatest });

/** Texts every variant must show, and how often: a check that each really rendered the whole input. */
function articleExpectations(sectionCount) {
  const openings = Math.ceil(sectionCount / seed.sections.length);
  return [
    [seed.headline, 1],
    ['The Chinese Commerce Ministry announced', openings],
    ['About the author', 1],
    [demoLatest.at(-1).headline, 1],
  ];
}

const newHeadline = 'China and U.S. Open Trade Talks in Kuala Lumpur as Rare-Earth Dispute Deepens';
const newStory = {
  headline: 'Palm oil futures rise on firmer demand from India',
  url: '/commodities/palm-oil-futures',
  datePublished: '2025-10-23T17:05:00+08:00',
};

/**
 * An article with `sectionCount` sections in every form: `json` (for `<news-article>` and
 * React), `slotted` and `static` HTML, plus what each update sets.
 */
export function articleFixture(sectionCount) {
  const staticHtml = staticArticle(sectionCount);
  const closeOfLatest = staticHtml.lastIndexOf('</ul>');
  return {
    kind: 'article',
    size: sectionCount,
    json: articleJson(sectionCount),
    slotted: slottedArticleHtml(sectionCount),
    static: staticHtml,
    expect: articleExpectations(sectionCount),
    update: {
      headline: newHeadline,
      story: newStory,
      storyHtml: storyHtml(newStory),
      locale: otherLocale,
      static: {
        headline: staticHtml.replace(/(<h1[^>]*>)[\s\S]*?(<\/h1>)/, `$1${escapeHtml(newHeadline)}$2`),
        append: staticHtml.slice(0, closeOfLatest) + storyHtml(newStory) + staticHtml.slice(closeOfLatest),
        locale: relocalise(staticHtml, otherLocale),
      },
      // Texts that show the update took effect (a date in Malay: "Oktober").
      expect: { headline: [newHeadline, 1], append: [newStory.headline, 1], locale: ['Oktober', 1] },
    },
  };
}

/** `count` stories for a standalone `<latest-news>`: the demo's four, repeated with their own URLs. */
export function latestFixture(count) {
  const stories = cycle(demoLatest, count).map((story, index) => ({ ...story, url: `${story.url}-${index + 1}` }));
  const items = stories.map(storyHtml).join('');
  const staticHtml = `<section class="latest-news"><h2 class="label">Latest News</h2><ul>${items}</ul></section>`;
  return {
    kind: 'latest',
    size: count,
    json: stories,
    slotted: `<latest-news><ul>${items}</ul></latest-news>`,
    static: staticHtml,
    expect: [
      ['Latest News', 1],
      [demoLatest[2].headline, stories.filter((story) => story.headline === demoLatest[2].headline).length],
    ],
    update: {
      story: newStory,
      storyHtml: storyHtml(newStory),
      static: { append: staticHtml.replace('</ul>', `${storyHtml(newStory)}</ul>`) },
      expect: { append: [newStory.headline, 1] },
    },
  };
}
