/**
 * Server rendering with `@lit-labs/ssr`, from the TypeScript sources, of every story of every
 * element and every valid article (as the attribute and as the property): see
 * test/support/ssr-cases.mjs. Each case comes out as declarative shadow DOM showing its
 * headline, headings and text, with no `undefined` or `[object Object]`; it reports exactly the
 * bad input it was written to have (one `news-error` and one console error each) and logs
 * nothing else. ssr-hydration.test.mjs hydrates the same HTML in Chromium.
 *
 * Run: `npm run test:node` (no build needed).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { importServerRendering, renderCase } from '../support/ssr-render.mjs';

const projectRoot = resolve(import.meta.dirname, '../..');
const ssr = await importServerRendering();
const cases = ssr.ssrCases();

const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The HTML as a reader's text shows in it: no comments (Lit's markers), no styles, the server's escapes undone. */
const readable = (html) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity]);

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` is the whole text of an element (whitespace around it aside), `tag` matching that element's name. */
const wholeTextOf = (tag, text) => new RegExp(`<(${tag})(\\s[^>]*)?>\\s*${escapeRegExp(text)}\\s*</\\1>`);

/** `text` is in one run of text between two tags. */
const inTextRun = (text) => new RegExp(`>[^<]*${escapeRegExp(text)}[^<]*<`);

const ourElement = new RegExp(`<(${ssr.elementTags.join('|')})(\\s[^>]*)?>`, 'g');
const declarativeShadowRoot = '<template shadowroot="open" shadowrootmode="open">';

test('the cases cover the stories of every element', () => {
  const components = ssr.storyModules.map((module) => module.default.component);
  assert.deepEqual([...components].sort(), [...ssr.elementTags].sort());
  const storyFiles = readdirSync(join(projectRoot, 'stories')).filter((file) => file.endsWith('.stories.ts'));
  const elementStoryFiles = storyFiles.filter((file) =>
    /\bcomponent: '/.test(readFileSync(join(projectRoot, 'stories', file), 'utf8')),
  );
  assert.equal(elementStoryFiles.length, ssr.storyModules.length, `story files of elements: ${elementStoryFiles}`);
  assert.ok(cases.filter((testCase) => testCase.id.startsWith('story ')).length >= 50, 'every story is a case');
});

describe('server rendering', () => {
  for (const testCase of cases) {
    test(testCase.id, async () => {
      const { html, reported, logged } = await renderCase(ssr, testCase);

      assert.ok(
        new RegExp(`<${testCase.tag}(\\s[^>]*)?>${declarativeShadowRoot}`).test(html),
        `<${testCase.tag}> comes with its declarative shadow root`,
      );
      for (const match of html.matchAll(ourElement)) {
        const end = match.index + match[0].length;
        assert.equal(
          html.slice(end, end + declarativeShadowRoot.length),
          declarativeShadowRoot,
          `${match[0]} has its shadow root`,
        );
      }

      const text = readable(html);
      const { headline, headings, texts, absent = [] } = testCase.shows;
      if (headline !== undefined)
        assert.ok(wholeTextOf('h1', headline).test(text), `the headline "${headline}" is an <h1>`);
      for (const heading of headings) {
        assert.ok(wholeTextOf('h[1-6]', heading).test(text), `the heading "${heading}" is a heading`);
      }
      for (const line of texts) assert.ok(inTextRun(line).test(text), `"${line}" shows`);
      for (const line of absent) assert.ok(!inTextRun(line).test(text), `"${line}" does not show`);

      assert.ok(testCase.reports, 'a bad-input story lists the fields it reports in test/support/ssr-cases.mjs');
      assert.deepEqual(
        reported.map((detail) => detail.field),
        testCase.reports,
        'the news-error events name the bad fields',
      );
      assert.equal(logged.length, reported.length, `one console error per report, nothing else:\n${logged.join('\n')}`);
      reported.forEach((detail, index) =>
        assert.ok(
          logged[index].startsWith(`error: <${detail.element}>: ${detail.field} `),
          `"${logged[index]}" names <${detail.element}> and ${detail.field}`,
        ),
      );

      const leftover = html.match(/\bundefined\b|\[object Object\]|\bNaN\b|Invalid Date/);
      assert.equal(
        leftover,
        null,
        `"${leftover?.[0]}" in the HTML: ${html.slice(leftover?.index - 80, leftover?.index + 40)}`,
      );
    });
  }
});
