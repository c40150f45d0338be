/**
 * Property test: the JSON Schema (src/data/article-schema.ts) and the parser (src/data/parse.ts,
 * with the v1.1 blocks loaded) tell one truth. Documents are generated from the schema itself,
 * each value now and then replaced by a wrong one (another type, a blank string, a near miss of a
 * pattern, a key too many or too few); Ajv validates them and the parser reads them:
 * - every document the schema accepts is read without a single problem;
 * - so every document the parser reports a problem for is one the schema refuses.
 * The same holds for the `labels` of `<news-article>` (`$defs/Labels`, `parseLabels`).
 *
 * The run is seeded (`FC_SEED=…` runs another one, `FC_RUNS=…` more or fewer documents); a
 * failure prints its seed, the shrunk document and the parser's problems.
 *
 * Run: `npm run test:node` (no build needed).
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { importSources } from '../support/import-sources.mjs';

const seed = Number(process.env.FC_SEED ?? 20251023);
/** Documents per property: enough to meet every near miss many times over, in a few seconds. */
const numRuns = Number(process.env.FC_RUNS ?? 2500);

/**
 * Strings that sit on the edges of the schema's patterns and of the parser's checks: leap days,
 * times past midnight, language tags `Intl` refuses, URLs the URL parser refuses or reads
 * otherwise than they look, embeds no provider shows, ratios of zero. Any of them may land in any
 * pattern's field (a date is a valid relative URL, for one).
 */
const nearMisses = [
  // Dates.
  '2024-02-29',
  '2025-02-29',
  '1900-02-29',
  '2000-02-29',
  '0000-02-29',
  '2025-04-31',
  '2025-10-23T24:00Z',
  '2025-10-23T10:00',
  '2025-10-23t10:00z',
  '2025-10-23T10:00:60Z',
  '2025-10-23T10:00+0800',
  '2025-10-23T10:00+24:00',
  '2025-10-23T10:00:00.123456-03:30',
  ' 2025-10-23',
  // Language tags.
  'i-klingon',
  'x-private',
  'en-GB',
  'EN-latn-gb',
  'en-gb-oed',
  'zh-min-nan',
  'zh-Hant-TW-u-ca-chinese-nu-hanidec',
  'de-CH-1901',
  'sl-rozaj-biske',
  'en-fonipa-fonipa',
  'en-fonipa-FONIPA',
  'en-u-ca',
  'en-u-ca-gregory-u-nu-latn',
  'en-a-bc-a-de',
  'en-t-de',
  'en-US-x-twain',
  'abcd',
  'root',
  'und',
  `en-${Array.from({ length: 20 }, (_, index) => `v${String(index).padStart(4, '0')}`).join('-')}`,
  // URLs.
  'javascript:alert(1)',
  '\u00a0javascript:alert(1)',
  '\u2028https://news.example/',
  ' https://news.example/',
  'https://news.example/ ',
  'https://',
  'http:',
  'https:news.example',
  'http://[',
  'http://[::1]/',
  'http://1.2.3.999/',
  'http://1.2.3.4/',
  'http://a.09/',
  'http://0x/',
  'http://999/',
  '//',
  '//a b',
  '//cdn.example/a.jpg',
  '\\\\evil.example/',
  '/\\evil.example/',
  'https://exa mple.com/',
  'https://xn--abc.example/',
  'https://xn--bcher-kva.example/',
  'https://bücher.example/',
  'https://news.example:99999/',
  'https://news.example:65535/',
  'https://news.example:/',
  'https://user:pass@news.example/',
  'https://a@b@news.example/',
  'HTTPS://NEWS.EXAMPLE/A',
  'mailto:',
  'mailto:siti@news.example',
  'mailto://[',
  'tel:+60 3 1234 5678',
  'data:text/html,x',
  'ftp://news.example/',
  '/relative/path',
  '?query',
  '#fragment',
  ':colon',
  // Embeds.
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90',
  'https://www.youtube.com/watch?list=x&v=dQw4w9WgXcQ',
  'https://youtu.be/dQw4w9WgXcQ',
  'https://youtu.be/dQw4w9WgXcQ/..',
  'https://youtu.be/short',
  'https://www.youtube.com/shorts/dQw4w9WgXcQ',
  'https://www.youtube.com/channel/x',
  'https://youtu.be:443/dQw4w9WgXcQ',
  'https://user@youtu.be/dQw4w9WgXcQ',
  'https://vimeo.com/76979871',
  'https://vimeo.com/76979871/..',
  'https://vimeo.com/channels/staff/76979871',
  'https://vimeo.com/about',
  'https://open.spotify.com/intl-de/track/4uLU6hMCjMI75M1A2tKUQC',
  'https://open.spotify.com/embed/album/abc',
  'https://open.spotify.com/user/abc',
  'https://soundcloud.com/artist/track',
  'https://soundcloud.com/artist',
  'https://datawrapper.dwcdn.net/abcde/1/',
  'https://www.datawrapper.de/_/abcde/',
  'https://datawrapper.dwcdn.net/abcdef/',
  'https://public.flourish.studio/visualisation/123/',
  'https://flo.uri.sh/story/12/embed',
  'https://public.flourish.studio/about',
  'https://x.com/news/status/1',
  'https://www.instagram.com/p/abc/',
  'https://bsky.app/profile/a',
  'https://example.com/video',
  // Aspect ratios.
  '16:9',
  '0:9',
  '16:0.0',
  '1.85 / 1',
  '16x9',
  '4:3.',
  // Blank and odd text.
  '',
  ' ',
  '\u00a0',
  '\n\t',
  '\u200b',
];

/** A pattern without its lookaheads and lookbehinds, which fast-check cannot generate from: a wider language. */
function withoutLookarounds(pattern) {
  let result = '';
  for (let index = 0; index < pattern.length; index++) {
    if (pattern[index] === '\\') {
      result += pattern.slice(index, index + 2);
      index++;
    } else if (/^\(\?<?[=!]/.test(pattern.slice(index, index + 4))) {
      // Skip to the matching parenthesis, minding escapes and character classes.
      let depth = 0;
      let inClass = false;
      for (; index < pattern.length; index++) {
        const char = pattern[index];
        if (char === '\\') index++;
        else if (inClass) inClass = char !== ']';
        else if (char === '[') inClass = true;
        else if (char === '(') depth++;
        else if (char === ')' && --depth === 0) break;
      }
    } else result += pattern[index];
  }
  return result;
}

/** Any JSON value of a wrong kind, or a blank string. */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.constantFrom(0, 42, -1, 1.5, 2025),
  fc.boolean(),
  fc.constantFrom('', '  ', '\u3000'),
  fc.string({ maxLength: 8 }),
  fc.constant([]),
  fc.constant({}),
  fc.constantFrom(['a'], { text: 'a' }),
);

/** Keys a host may add: JSON-LD ones, a misspelt one, and keys an object's prototype has. */
const extraKey = fc.constantFrom('@type', 'keywords', 'heding', 'trem', 'toString', 'constructor');

/**
 * An arbitrary of the values `schema` describes (`root` resolves `$ref`s), each of which is
 * replaced by a wrong one one time in `mutation`. `depth` bounds the recursion of list items.
 */
function fromSchema(root, schema, { depth = 0, mutation = 40 } = {}) {
  const recurse = (child, deeper = 0) => fromSchema(root, child, { depth: depth + deeper, mutation });
  const good = ((node) => {
    if (node.$ref) {
      const name = node.$ref.replace('#/$defs/', '');
      return recurse(root.$defs[name], name === 'ListItem' ? 1 : 0);
    }
    if ('const' in node) return fc.constant(node.const);
    if (node.enum) return fc.constantFrom(...node.enum);
    if (node.anyOf) {
      // Keys beside anyOf (a note's properties beside its `required` alternatives) go with each.
      const { anyOf, ...beside } = node;
      return fc.oneof(
        ...anyOf.map((alternative) =>
          recurse({
            ...beside,
            ...alternative,
            required: [...(beside.required ?? []), ...(alternative.required ?? [])],
          }),
        ),
      );
    }
    switch (node.type) {
      case 'string':
        return node.pattern
          ? fc.oneof(
              {
                weight: 8,
                arbitrary: fc
                  .stringMatching(new RegExp(withoutLookarounds(node.pattern)), { size: 'xsmall' })
                  .filter((text) => text.length <= (node.maxLength ?? Infinity)),
              },
              { weight: 1, arbitrary: fc.constantFrom(...nearMisses) },
            )
          : fc.oneof(
              { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
              { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u00a0', '\n') },
            );
      case 'integer':
        return fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 4000 }) }, fc.constantFrom(0, -1));
      case 'number':
        return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
      case 'boolean':
        return fc.boolean();
      case 'array': {
        // List items nest: deeper lists are shorter, and stop at 12 levels.
        if (depth > 12) return fc.constant([]);
        return fc.array(recurse(node.items ?? {}), { maxLength: depth > 2 ? 1 : 3 });
      }
      case 'object': {
        const properties = node.properties ?? {};
        const required = new Set(node.required ?? []);
        const keys = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, recurse(value)]));
        return fc
          .tuple(
            fc.record(keys, { requiredKeys: [...required] }),
            fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, fc.tuple(extraKey, wrongValue)),
          )
          .map(([record, extra]) => {
            if (extra) record[extra[0]] = extra[1];
            return record;
          });
      }
      default:
        // `@context` and `@type`: anything.
        return fc.oneof(fc.string({ maxLength: 12 }), fc.constant('NewsArticle'));
    }
  })(schema);
  return fc.oneof({ weight: mutation, arbitrary: good }, { weight: 1, arbitrary: wrongValue });
}

/**
 * Lists nested 1 to 11 levels deep, the parser's limit (8) among them: random generation seldom
 * nests that far on its own.
 */
const deepList = fc.integer({ min: 1, max: 11 }).map((levels) => {
  let items = ['Deepest'];
  for (let level = 1; level < levels; level++) items = [{ text: `Level ${levels - level}`, items }];
  return { headline: 'H', sections: [{ blocks: [{ type: 'list', items }] }] };
});

describe('the JSON Schema and the parser', () => {
  let sources;
  let schema;
  let ajv;

  before(async () => {
    sources = await importSources(
      "export { articleSchema } from './src/data/article-schema.ts';",
      "export { Problems, labelKeys, parseArticle, parseLabels } from './src/data/parse.ts';",
      "export { loadBlocks } from './src/shared/blocks.ts';",
    );
    // The v1.1 blocks read as they do once their file has loaded, as on a server.
    await sources.loadBlocks();
    schema = JSON.parse(JSON.stringify(sources.articleSchema));
    ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addSchema(schema);
  });

  /**
   * Checks that each generated value the definition at `pointer` accepts is read by `parse`
   * without a problem; counts the verdicts so a generator that only ever makes valid (or
   * invalid) values fails too.
   */
  function checkOneTruth(arbitrary, pointer, parse) {
    const validate = ajv.getSchema(`${schema.$id}${pointer}`);
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(arbitrary, (document) => {
        const valid = validate(document);
        const problems = new sources.Problems();
        parse(document, problems);
        verdicts[valid ? 'valid' : 'invalid']++;
        if (valid && problems.list.length > 0) {
          throw new Error(
            `the schema accepts it, but the parser reports:\n${problems.list.map(({ field, reason }) => `  ${field}: ${reason}`).join('\n')}`,
          );
        }
        // The other way round is allowed: the schema is the stricter side (a misspelt key, a
        // time without an offset, an author as a bare string are read, but refused).
      }),
      { seed, numRuns, includeErrorInReport: true },
    );
    const total = verdicts.valid + verdicts.invalid;
    assert.ok(
      verdicts.valid > total / 10 && verdicts.invalid > total / 10,
      `the generator should make both valid and invalid documents: ${JSON.stringify(verdicts)}`,
    );
  }

  test('every article the schema accepts is read without a problem', () => {
    const article = fromSchema(schema, schema, { mutation: 150 });
    checkOneTruth(
      fc.oneof({ weight: 9, arbitrary: article }, { weight: 1, arbitrary: deepList }),
      '',
      (document, problems) => sources.parseArticle(document, problems),
    );
  });

  test('every section the schema accepts is read without a problem (its blocks most of all)', () => {
    const section = fromSchema(schema, schema.$defs.Section, { mutation: 80 });
    checkOneTruth(section, '#/$defs/Section', (value, problems) =>
      sources.parseArticle({ headline: 'H', sections: [value] }, problems),
    );
  });

  test('every labels object the schema accepts is read without a problem', () => {
    const labels = fromSchema(schema, schema.$defs.Labels, { mutation: 30 });
    checkOneTruth(labels, '#/$defs/Labels', (document, problems) => sources.parseLabels(document, problems));
  });

  test('the schema names every label the elements read, and no other', () => {
    // parseLabels reads `labelKeys` (the v1.1 blocks' among them, once loaded); the loader of
    // `src` reads its four texts from the same object.
    const read = [...sources.labelKeys, 'loading', 'loadFailed', 'retry', 'newStories'];
    assert.deepEqual(Object.keys(schema.$defs.Labels.properties).sort(), read.sort());
  });

  test('a wrong type is refused by the schema and reported by the parser', () => {
    for (const [document, pointer, parse] of [
      [{ headline: 42 }, '', sources.parseArticle],
      [{ by: 5 }, '#/$defs/Labels', sources.parseLabels],
      [{ headline: 'H', datePublished: '2025-02-29' }, '', sources.parseArticle],
      [{ headline: 'H', inLanguage: 'i-klingon' }, '', sources.parseArticle],
      [{ headline: 'H', inLanguage: 'x-private' }, '', sources.parseArticle],
    ]) {
      const validate = ajv.getSchema(`${schema.$id}${pointer}`);
      const problems = new sources.Problems();
      parse(document, problems);
      assert.equal(validate(document), false, `the schema accepts ${JSON.stringify(document)}`);
      assert.notDeepEqual(problems.list, [], `the parser reads ${JSON.stringify(document)} without a problem`);
    }
  });
});
