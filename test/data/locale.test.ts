import { expect } from '@open-wc/testing';
import {
  canonicalLocale,
  defaultLabels,
  formatNameList,
  slugify,
  supportedTimeZone,
  textDirection,
} from '../../src/data/index.js';

describe('canonicalLocale', () => {
  for (const [tag, canonical] of [
    ['en-GB', 'en-GB'],
    ['en-gb', 'en-GB'],
    ['EN', 'en'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['ms-MY', 'ms-MY'],
  ] as const) {
    it(`gives ${canonical} for ${tag}`, () => {
      expect(canonicalLocale(tag)).to.equal(canonical);
    });
  }

  for (const tag of ['en_GB', 'not a language', '12', '-', 'e']) {
    it(`rejects ${JSON.stringify(tag)}`, () => {
      expect(canonicalLocale(tag)).to.equal(undefined);
    });
  }

  it('returns undefined for no tag', () => {
    expect(canonicalLocale(undefined)).to.equal(undefined);
    expect(canonicalLocale(null)).to.equal(undefined);
    expect(canonicalLocale('')).to.equal(undefined);
  });
});

describe('textDirection', () => {
  for (const locale of ['ar', 'ar-MY', 'he', 'fa', 'ur', 'ur-PK']) {
    it(`is rtl for ${locale}`, () => {
      expect(textDirection(locale)).to.equal('rtl');
    });
  }

  for (const locale of ['en', 'en-GB', 'ms', 'zh-CN', 'ta']) {
    it(`is ltr for ${locale}`, () => {
      expect(textDirection(locale)).to.equal('ltr');
    });
  }

  for (const locale of ['', 'not a locale', '!!']) {
    it(`is ltr for the unreadable ${JSON.stringify(locale)}`, () => {
      expect(textDirection(locale)).to.equal('ltr');
    });
  }

  describe('in a browser without Intl.Locale text info', () => {
    const prototype = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const saved = ['getTextInfo', 'textInfo'].map(
      (key) => [key, Object.getOwnPropertyDescriptor(prototype, key)] as const,
    );

    before(() => {
      for (const [key] of saved) Object.defineProperty(prototype, key, { value: undefined, configurable: true });
    });

    after(() => {
      for (const [key, descriptor] of saved) {
        if (descriptor) Object.defineProperty(prototype, key, descriptor);
        else delete prototype[key];
      }
    });

    it('reads it from the language’s script', () => {
      expect(['ar', 'he', 'fa', 'ur', 'iw', 'ckb-IQ', 'yi', 'dv', 'syr', 'ks'].map(textDirection)).to.deep.equal(
        Array(10).fill('rtl'),
      );
      expect(['en', 'ms', 'zh-CN', 'ta', 'ar-Latn', 'pa'].map(textDirection)).to.deep.equal(Array(6).fill('ltr'));
    });
  });
});

describe('formatNameList', () => {
  it('joins names in the locale’s own words', () => {
    expect(formatNameList(['Ana', 'Ben', 'Chen'], 'en-GB')).to.equal('Ana, Ben and Chen');
    expect(formatNameList(['Ana', 'Ben', 'Chen'], 'en-US')).to.equal('Ana, Ben, and Chen');
    expect(formatNameList(['Ana', 'Ben'], 'ms')).to.equal('Ana dan Ben');
  });

  it('returns one name alone and no names as empty', () => {
    expect(formatNameList(['Siti'], 'en')).to.equal('Siti');
    expect(formatNameList([], 'en')).to.equal('');
  });

  it('falls back to commas for a locale Intl rejects', () => {
    expect(formatNameList(['Ana', 'Ben', 'Chen'], 'not a locale!')).to.equal('Ana, Ben, Chen');
  });
});

describe('slugify', () => {
  for (const [text, slug] of [
    ['What’s on the Agenda', 'what-s-on-the-agenda'],
    ['Implications for Asia-Pacific', 'implications-for-asia-pacific'],
    ['Café Économie 2025', 'cafe-economie-2025'],
    ['Ñandú, Ærø & Crème brûlée', 'nandu-ærø-creme-brulee'],
    ['  --Why   Malaysia?!--  ', 'why-malaysia'],
    ['U.S.–China: trade / tariffs', 'u-s-china-trade-tariffs'],
    ['ＦＵＬＬ　ｗｉｄｔｈ', 'full-width'],
    ['中国 经济', '中国-经济'],
    ['Ринок і ціни', 'ринок-і-ціни'],
    ['الاقتصاد الماليزي', 'الاقتصاد-الماليزي'],
    ['한국 경제', '한국-경제'],
    ['हिन्दी समाचार', 'हिन्दी-समाचार'],
    ['தமிழ் செய்திகள்', 'தமிழ்-செய்திகள்'],
    ['Economy 📈 today', 'economy-today'],
    ['!!!', ''],
    ['', ''],
  ] as const) {
    it(`turns ${JSON.stringify(text)} into ${JSON.stringify(slug)}`, () => {
      expect(slugify(text)).to.equal(slug);
    });
  }

  it('keeps Hangul as composed syllables, the way the heading is written', () => {
    expect(slugify('한국')).to.equal('한국'.normalize('NFC'));
    expect(slugify('한국')).to.have.length(2);
  });

  it('cuts a long heading to 80 characters without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(79)} b and more words`);
    expect(slug).to.equal('a'.repeat(79));
    expect(slugify('word '.repeat(40))).to.have.length(79);
    expect(slugify('x'.repeat(200))).to.have.length(80);
  });

  it('never splits a character outside the basic plane', () => {
    const slug = slugify('𠀀'.repeat(100));
    expect(Array.from(slug)).to.have.length(80);
    expect(slug).to.equal('𠀀'.repeat(80));
  });
});

describe('defaultLabels', () => {
  it('has an English text for every label', () => {
    expect(defaultLabels).to.deep.equal({
      skipToContent: 'Skip to content',
      latestNews: 'Latest News',
      noLatestNews: 'No recent stories.',
      aboutTheAuthor: 'About the author',
      aboutAuthors: 'About the authors',
      by: 'By',
      published: 'Published',
      updated: 'Updated',
      datelineSeparator: ',',
      email: 'Email',
      phone: 'Phone',
    });
  });
});

describe('Intl objects, made once per locale or zone', () => {
  /** Counts the calls of `Intl[name]` (a constructor or a function) while `run` runs. */
  function callsOf(name: 'ListFormat' | 'DateTimeFormat' | 'getCanonicalLocales', run: () => void): number {
    const intl = Intl as unknown as Record<string, unknown>;
    const original = intl[name] as (...args: unknown[]) => unknown;
    let calls = 0;
    intl[name] = new Proxy(original, {
      construct(target, args) {
        calls += 1;
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args) {
        calls += 1;
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    try {
      run();
    } finally {
      intl[name] = original;
    }
    return calls;
  }

  it('joins names with one list format per locale', () => {
    const results: string[] = [];
    const calls = callsOf('ListFormat', () => {
      for (const names of [
        ['Ana', 'Ben'],
        ['Ana', 'Ben', 'Chen'],
        ['Ana', 'Ben'],
      ]) {
        results.push(formatNameList(names, 'pt-BR'));
      }
      results.push(formatNameList(['Ana', 'Ben'], 'de'));
    });
    expect(results).to.deep.equal(['Ana e Ben', 'Ana, Ben e Chen', 'Ana e Ben', 'Ana und Ben']);
    expect(calls).to.equal(2);
  });

  it('checks each time zone once', () => {
    const results: (string | undefined)[] = [];
    const calls = callsOf('DateTimeFormat', () => {
      for (let round = 0; round < 3; round += 1) {
        results.push(supportedTimeZone('Pacific/Chatham'), supportedTimeZone('Mars/Olympus_Mons'));
      }
    });
    expect(results).to.deep.equal(Array(3).fill(['Pacific/Chatham', undefined]).flat());
    expect(calls).to.equal(2);
  });

  it('canonicalises each tag once', () => {
    const results: (string | undefined)[] = [];
    const calls = callsOf('getCanonicalLocales', () => {
      for (let round = 0; round < 3; round += 1) results.push(canonicalLocale('sv-se'), canonicalLocale('sv_SE'));
    });
    expect(results).to.deep.equal(Array(3).fill(['sv-SE', undefined]).flat());
    expect(calls).to.equal(2);
  });
});
