/**
 * Checks the JSON Schema of src/data/article-schema.ts, as `npm run build:schema` writes it to
 * dist/article.schema.json, with Ajv: it is a valid draft 2020-12 schema, it accepts the seed,
 * the story fixtures and the valid documents of fixtures/valid-articles.json (which the elements
 * also read without a single problem), and it refuses each document of
 * fixtures/invalid-articles.json with an error at the expected place (which the elements report
 * too, unless the fixture says why they read it: `lenient`). schema-property.test.mjs checks the
 * same on generated documents. test/release/schema.test.mjs
 * checks that the built file is this schema.
 *
 * Run: `npm run test:node` (no build needed).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { importSources } from '../support/import-sources.mjs';

const projectRoot = resolve(import.meta.dirname, '../..');
const readJson = (path) => JSON.parse(readFileSync(join(projectRoot, path), 'utf8'));

const seed = readJson('demo/seed-article.json');
const validArticles = readJson('test/node/fixtures/valid-articles.json');
const invalidArticles = readJson('test/node/fixtures/invalid-articles.json');

/** The TypeScript sources the schema is checked against. */
const importSchemaSources = () =>
  importSources(
    "export { articleSchema } from './src/data/article-schema.ts';",
    "export { Problems, parseArticle } from './src/data/parse.ts';",
    "export { loadBlocks } from './src/shared/blocks.ts';",
    "export * as storyFixtures from './stories/support/fixtures.ts';",
  );

/** Which definition each data export of stories/support/fixtures.ts is an instance of. */
const storyFixtureDefinitions = {
  seedArticle: (value) => [['', value]],
  siti: (value) => [['#/$defs/Person', value]],
  ravi: (value) => [['#/$defs/Person', value]],
  latestStories: (value) => value.map((item) => ['#/$defs/NewsItem', item]),
  images: (value) => Object.values(value).map((image) => ['#/$defs/Image', image]),
  v11Blocks: (value) => Object.values(value).map((block) => ['#/$defs/Block', block]),
  kitchenSinkArticle: (value) => [['', value]],
};

/** Ajv's errors, one a line, for failure messages. */
const describeErrors = (errors) =>
  (errors ?? []).map((error) => `  ${error.instancePath || '(root)'} ${error.keyword}: ${error.message}`).join('\n');

describe('article JSON Schema', () => {
  let schema;
  let sources;
  /** Validates against the whole schema, or one of its definitions (`#/$defs/…`). */
  let validate;

  before(async () => {
    sources = await importSchemaSources();
    // The parser reads the v1.1 blocks once they have loaded, as a server has them.
    await sources.loadBlocks();
    // What scripts/write-schema.mjs writes: the schema as JSON.
    schema = JSON.parse(JSON.stringify(sources.articleSchema));
    // strict: an unknown keyword or a type-less constraint in the schema is an error, not ignored.
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addSchema(schema);
    validate = (document, pointer = '') => {
      const check = ajv.getSchema(`${schema.$id}${pointer}`);
      assert.ok(check, `the schema has no ${pointer}`);
      const valid = check(document);
      return { valid, errors: check.errors ?? [] };
    };
  });

  test('is a valid draft 2020-12 schema with an $id', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(schema.$id, /^https:\/\/.+\/article\.schema\.json$/);
    const ajv = new Ajv2020();
    assert.ok(ajv.validateSchema(schema), describeErrors(ajv.errors));
  });

  test('every property a host writes has a description', () => {
    const missing = [];
    const visit = (node, path) => {
      if (Array.isArray(node)) node.forEach((child, index) => visit(child, `${path}/${index}`));
      if (typeof node !== 'object' || node === null) return;
      for (const [name, property] of Object.entries(node.properties ?? {})) {
        if (typeof property.description !== 'string' || property.description === '')
          missing.push(`${path}/properties/${name}`);
      }
      // What `not` names is what no document may be, not properties a host writes.
      for (const [key, child] of Object.entries(node)) if (key !== 'not') visit(child, `${path}/${key}`);
    };
    visit(schema, '#');
    assert.deepEqual(missing, []);
  });

  test('accepts the seed article (demo/seed-article.json)', () => {
    const { valid, errors } = validate(seed);
    assert.ok(valid, describeErrors(errors));
  });

  test('accepts every data fixture of the stories (stories/support/fixtures.ts)', () => {
    const unchecked = Object.entries(sources.storyFixtures)
      .filter(([name, value]) => typeof value === 'object' && !(name in storyFixtureDefinitions))
      .map(([name]) => name);
    assert.deepEqual(unchecked, [], 'a data fixture without an entry in storyFixtureDefinitions');
    for (const [name, instances] of Object.entries(storyFixtureDefinitions)) {
      for (const [pointer, value] of instances(sources.storyFixtures[name])) {
        const { valid, errors } = validate(value, pointer);
        assert.ok(valid, `${name} is not a valid ${pointer || 'article'}:\n${describeErrors(errors)}`);
      }
    }
  });

  describe('accepts', () => {
    for (const { name, document } of validArticles) {
      test(name, () => {
        const { valid, errors } = validate(document);
        assert.ok(valid, describeErrors(errors));
        // What the schema accepts, the elements render whole: not one part is skipped.
        const problems = new sources.Problems();
        assert.ok(sources.parseArticle(document, problems));
        assert.deepEqual(problems.list, []);
      });
    }
  });

  describe('refuses', () => {
    for (const { name, document, error: expected, lenient } of invalidArticles) {
      test(`${name}, at ${expected.instancePath || '(root)'}`, () => {
        // What the schema refuses, the elements report, unless the fixture says why they read it.
        const problems = new sources.Problems();
        sources.parseArticle(document, problems);
        if (lenient === undefined) assert.notDeepEqual(problems.list, [], 'the elements read it without a problem');
        else assert.deepEqual(problems.list, [], `the elements read it (${lenient}), without a problem`);
        const { valid, errors } = validate(document);
        assert.equal(valid, false, 'the document validates');
        const found = errors.some(
          (error) =>
            error.instancePath === expected.instancePath &&
            error.keyword === expected.keyword &&
            Object.entries(expected.params ?? {}).every(([key, value]) => error.params[key] === value),
        );
        assert.ok(
          found,
          `no ${expected.keyword} error at "${expected.instancePath}"; the errors were:\n${describeErrors(errors)}`,
        );
      });
    }
  });
});
