/**
 * The texts an element shows while it loads a `src` ("Loading…", the failure line and its retry
 * button, "3 new stories"), in each built-in language: chosen as the other labels are (the
 * element's `locale`, the page's `lang`, the enclosing `<news-article>`'s language), with the
 * plural forms of each language, and replaced by a page's `labels`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LatestNews, NewsArticle } from '../../src/index.js';
import { labelLanguages, loadLabels, type Labels } from '../../src/data/index.js';
import { pluralText } from '../../src/shared/source-loader.js';
import { englishSourceWords } from '../support/english-labels.js';
import { installFakeClock, realDelay, until, type FakeClock } from '../support/fake-clock.js';
import { feedServerLog, loadedFromSrc } from '../support/feed-fixtures.js';
import { captureErrors, shadowPart, visibleText, type ErrorCapture } from '../support/helpers.js';

/** The script each language is written in: its texts are in it, not in English. */
const scripts: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  bn: /\p{Script=Bengali}/u,
  fa: /\p{Script=Arabic}/u,
  he: /\p{Script=Hebrew}/u,
  hi: /\p{Script=Devanagari}/u,
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  ko: /\p{Script=Hangul}/u,
  ru: /\p{Script=Cyrillic}/u,
  th: /\p{Script=Thai}/u,
  uk: /\p{Script=Cyrillic}/u,
  ur: /\p{Script=Arabic}/u,
  'zh-Hans': /\p{Script=Han}/u,
  'zh-Hant': /\p{Script=Han}/u,
};
const latin = /^[\p{Script=Latin}\p{N}\p{P}\s]+$/u;

/** One count for each plural category a refresh can bring (1 to 120 new stories) in `language`. */
function countsByCategory(language: string): number[] {
  const rules = new Intl.PluralRules(language);
  const counts = new Map<string, number>();
  for (let count = 1; count <= 120; count += 1) {
    const category = rules.select(count);
    if (!counts.has(category)) counts.set(category, count);
  }
  return [...counts.values()];
}

/** Texts in `language` and none in English. */
function expectIn(language: string, texts: string[]): void {
  for (const text of texts) {
    expect(text, `${language}: "${text}"`).to.match(scripts[language] ?? latin);
    for (const english of englishSourceWords) expect(text, `${language}: "${text}"`).to.not.include(english);
  }
}

const statusOf = (element: Element) => shadowPart(element, 'status')?.textContent ?? '';
const errorTextOf = (element: Element) => visibleText(shadowPart(element, 'error') ?? element);

/** Waits for `element`'s live region to say `text`. */
const announced = (element: Element, text: string) =>
  until(() => statusOf(element) === text, `"${text}" (the live region says "${statusOf(element)}")`, 15_000);

async function requests(key: string, count: number) {
  for (let round = 0; round < 500; round += 1) {
    if ((await feedServerLog(key)).length >= count) return;
    await realDelay(20);
  }
  throw new Error(`Timed out waiting for request ${count} of ${key}`);
}

let errors: ErrorCapture;
beforeEach(() => {
  errors = captureErrors();
});
afterEach(() => errors.restore());

describe('the texts of src in each built-in language', () => {
  let clock: FakeClock | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  for (const language of labelLanguages().filter((tag) => tag !== 'en')) {
    it(`shows loading, the failure and its retry, and new stories in ${language}`, async () => {
      const labels = await loadLabels(language);
      const counts = countsByCategory(language);
      // Stories 1 to n, then as many more as each count: every refresh brings the next count.
      const totals = counts.reduce((sums, count) => [...sums, sums.at(-1)! + count], [1]);
      const key = `source-${language}-${Math.random().toString(36).slice(2)}`;
      clock = installFakeClock();
      const page = await fixture<HTMLElement>(html`<div lang=${language}>
        <!-- Its timeout on the clock that the refreshes below move. -->
        <latest-news class="slow" timeout="3600" src="/feed-server/json-feed.json?delay=4000"></latest-news>
        <latest-news class="failing" src="/feed-server/json-feed.json?status=500"></latest-news>
        <latest-news
          class="live"
          refresh="15"
          src="/feed-server/stories-1?log=${key}&sequence=${totals.map((total) => `stories-${total}`).join(',')}"
        ></latest-news>
      </div>`);
      const [slow, failing, live] = ['slow', 'failing', 'live'].map((name) =>
        page.querySelector<LatestNews>(`.${name}`)!,
      );

      await announced(slow!, labels.loading!);
      expect(slow!.getAttribute('aria-busy')).to.equal('true');

      await loadedFromSrc(failing!);
      const retry = shadowPart<HTMLButtonElement>(failing!, 'retry')!;
      expect(retry.localName).to.equal('button');
      expect(visibleText(retry)).to.equal(labels.retry);
      expect(errorTextOf(failing!)).to.equal(`${labels.loadFailed} ${labels.retry}`);
      expect(statusOf(failing!)).to.equal(labels.loadFailed);

      await loadedFromSrc(live!);
      const shown: string[] = [];
      for (const [index, count] of counts.entries()) {
        clock.tick(15_000);
        await requests(key, index + 2);
        const text = pluralText(labels.newStories!, count, language);
        await announced(live!, text);
        shown.push(text);
      }
      // Each category in words of its own where the language has them (Arabic: "two", "few", "many").
      expect(new Set(shown).size).to.equal(counts.length);
      expectIn(language, [labels.loading!, labels.loadFailed!, labels.retry!, ...shown]);
      expect(errors.events.map((event) => `${event.field} ${event.reason}`)).to.deep.equal([
        'src answered 500 Internal Server Error',
      ]);
    });
  }

  it('writes a form for every plural category of every language', async () => {
    for (const language of labelLanguages().filter((tag) => tag !== 'en')) {
      const { newStories } = await loadLabels(language);
      for (const category of new Intl.PluralRules(language).resolvedOptions().pluralCategories) {
        // A count of that category, up to a million (French "1 000 000 de nouveaux articles").
        const count = [...Array.from({ length: 200 }, (_, index) => index), 1e6].find(
          (number) => new Intl.PluralRules(language).select(number) === category,
        );
        expect(newStories, `${language} ${category}`).to.match(new RegExp(`(^|[\\s}])${category}\\s*\\{[^{}]+\\}`));
        if (count !== undefined && count > 0) expectIn(language, [pluralText(newStories!, count, language)]);
      }
    }
  });

  it('counts new stories as a newsroom writes them', async () => {
    const number = (count: number, language: string) => new Intl.NumberFormat(language).format(count);
    const expected: [string, number, string][] = [
      ['ar', 1, 'خبر جديد واحد'],
      ['ar', 2, 'خبران جديدان'],
      ['ar', 3, `${number(3, 'ar')} أخبار جديدة`],
      ['ar', 11, `${number(11, 'ar')} خبرًا جديدًا`],
      ['ar', 100, `${number(100, 'ar')} خبر جديد`],
      ['he', 1, 'ידיעה חדשה אחת'],
      ['he', 2, 'שתי ידיעות חדשות'],
      ['he', 3, '3 ידיעות חדשות'],
      ['ru', 1, '1 новая публикация'],
      ['ru', 2, '2 новые публикации'],
      ['ru', 5, '5 новых публикаций'],
      ['ru', 21, '21 новая публикация'],
      ['uk', 3, '3 нові публікації'],
      ['uk', 11, '11 нових публікацій'],
      ['pl', 1, '1 nowa wiadomość'],
      ['pl', 3, '3 nowe wiadomości'],
      ['pl', 5, '5 nowych wiadomości'],
      ['pl', 22, '22 nowe wiadomości'],
      ['de', 1, '1 neue Meldung'],
      ['de', 3, '3 neue Meldungen'],
      ['fr', 1, '1 nouvel article'],
      ['fr', 3, '3 nouveaux articles'],
      ['fr', 1e6, `${number(1e6, 'fr')} de nouveaux articles`],
      ['ja', 3, '3件の新着記事'],
      ['tr', 3, '3 yeni haber'],
    ];
    for (const [language, count, text] of expected) {
      const { newStories } = await loadLabels(language);
      expect(pluralText(newStories!, count, language), `${language} ${count}`).to.equal(text);
    }
  });
});

describe('the language of the texts of src', () => {
  it('follows the element’s own locale over the page’s lang', async () => {
    const ru = await loadLabels('ru');
    const page = await fixture<HTMLElement>(html`<div lang="en">
      <latest-news locale="ru" src="/feed-server/json-feed.json?status=503"></latest-news>
    </div>`);
    const list = page.querySelector<LatestNews>('latest-news')!;
    await loadedFromSrc(list);
    expect(errorTextOf(list)).to.equal(`${ru.loadFailed} ${ru.retry}`);
  });

  it('follows the article a latest news is slotted into, and the article’s own page', async () => {
    const he = await loadLabels('he');
    const de = await loadLabels('de');
    const page = await fixture<HTMLElement>(html`<div lang="de">
      <news-article
        .article=${{ headline: 'כותרת', inLanguage: 'he', datePublished: '2025-10-23', sections: [] }}
      >
        <latest-news slot="aside" src="/feed-server/json-feed.json?status=500"></latest-news>
      </news-article>
      <news-article class="loading" src="/feed-server/seed-article.json?delay=4000"></news-article>
    </div>`);
    const list = page.querySelector<LatestNews>('latest-news')!;
    await loadedFromSrc(list);
    expect(errorTextOf(list)).to.equal(`${he.loadFailed} ${he.retry}`);
    const article = page.querySelector<NewsArticle>('news-article.loading')!;
    await announced(article, de.loading!);
  });

  it('lets the article’s labels replace them, the language’s own standing for the rest', async () => {
    const es = await loadLabels('es');
    const own: Partial<Labels> = { loading: 'Un momento…', retry: 'Volver a intentarlo' };
    const page = await fixture<HTMLElement>(html`<div lang="es">
      <news-article class="slow" .labels=${own} src="/feed-server/seed-article.json?delay=4000"></news-article>
      <news-article class="failing" labels=${JSON.stringify(own)} src="/feed-server/seed-article.json?status=500">
      </news-article>
    </div>`);
    const slow = page.querySelector<NewsArticle>('.slow')!;
    await announced(slow, 'Un momento…');
    const failing = page.querySelector<NewsArticle>('.failing')!;
    await loadedFromSrc(failing);
    expect(errorTextOf(failing)).to.equal(`${es.loadFailed} Volver a intentarlo`);
    expectIn('es', [es.loadFailed!]);
  });

  it('lets the article’s labels count the new stories of a latest news inside it', async () => {
    const ar = await loadLabels('ar');
    const key = `source-labels-${Math.random().toString(36).slice(2)}`;
    const clock = installFakeClock();
    try {
      const article = await fixture<NewsArticle>(html`<news-article
        .labels=${{ newStories: 'other {أخبار جديدة: #}' }}
        .article=${{ headline: 'عنوان', inLanguage: 'ar', datePublished: '2025-10-23' }}
      >
        <latest-news slot="aside" refresh="15" src="/feed-server/stories-1?log=${key}&sequence=stories-1,stories-3">
        </latest-news>
      </news-article>`);
      const list = article.querySelector<LatestNews>('latest-news')!;
      await loadedFromSrc(list);
      clock.tick(15_000);
      await requests(key, 2);
      await announced(list, `أخبار جديدة: ${new Intl.NumberFormat('ar').format(2)}`);
      expect(pluralText(ar.newStories!, 2, 'ar')).to.equal('خبران جديدان');
    } finally {
      clock.restore();
    }
  });

  it('keeps English for an English page, and for a language without built-in labels', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <latest-news lang="en-GB" src="/feed-server/json-feed.json?status=500"></latest-news>
      <latest-news lang="kl" src="/feed-server/json-feed.json?status=500"></latest-news>
    </div>`);
    for (const list of page.querySelectorAll<LatestNews>('latest-news')) {
      await loadedFromSrc(list);
      expect(errorTextOf(list)).to.equal('This content could not be loaded. Try again');
    }
  });
});
