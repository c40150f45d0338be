/**
 * README's security model states the limits on sizes a host can rely on; the parser's constants
 * (src/data/parse.ts) are what the elements apply, and the schema takes them from there too. This
 * reads README's table and the `max-items` default from its prose and compares each figure.
 *
 * Run: `npm run test:node`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, test } from 'node:test';
import { importSources } from '../support/import-sources.mjs';

const projectRoot = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

/** The limits table's rows: the limit's words → its first figure ("10,000", "20 levels" → 20). */
function limitsTable() {
  const header = readme.indexOf('| Limit | Value | Past it |');
  assert.ok(header >= 0, "README's security model has its limits table");
  const lines = readme.slice(header).split('\n').slice(2);
  const rows = lines.slice(
    0,
    lines.findIndex((line) => !line.trimStart().startsWith('|')),
  );
  const table = new Map();
  for (const row of rows) {
    const [limit, value] = row
      .split('|')
      .slice(1)
      .map((cell) => cell.trim());
    table.set(limit, Number(value.replace(/,/g, '').match(/^\d+/)?.[0]));
  }
  return table;
}

let limits;
before(async () => {
  limits = await importSources(
    "export { maxBlocks, maxHtmlLength, maxListDepth, maxListItems, maxMarkupDepth, maxNewsItems, maxPeople, maxProfileLinks, maxStoriesGiven, maxTableColumns, maxTableRows } from './src/data/parse.ts';",
  );
});

test("README's limits table states the parser's limits", () => {
  const table = limitsTable();
  const expected = {
    'Characters of one `html` field': limits.maxHtmlLength,
    'Nesting of elements in one `html` field': limits.maxMarkupDepth,
    'Nesting of lists': limits.maxListDepth,
    'Items of one list, nested ones included': limits.maxListItems,
    "Sections and blocks of one element's input, counted together": limits.maxBlocks,
    "Stories given to `<latest-news>` or in an article's `latest`": limits.maxStoriesGiven,
    'Authors of one article or author card': limits.maxPeople,
    'Profile links (`sameAs`) of one person': limits.maxProfileLinks,
    'Body rows of one table': limits.maxTableRows,
    'Cells of one table row or of its head': limits.maxTableColumns,
  };
  assert.deepEqual(Object.fromEntries(table), expected);
});

test("README's limits table gives max-items's default as the element has it", () => {
  const row = readme.split('\n').find((line) => line.includes('`max-items` ('));
  assert.ok(row, 'the stories row names max-items and its default');
  assert.equal(Number(row.match(/`max-items` \((\d+) by default\)/)?.[1]), limits.maxNewsItems);
});
