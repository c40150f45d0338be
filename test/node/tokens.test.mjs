/**
 * The token table (src/shared/tokens.ts) against the styles, the manifest and the format:
 * - every public custom property the styles read is a token of the table, every token is read,
 *   and each default written in the CSS is the table's;
 * - custom-elements.json documents each token with the table's description and default;
 * - the Design Tokens documents made from it (dist/tokens.json, dist/tokens.dark.json) are well
 *   formed: every token has a `$value` of its `$type`, a type of the format, and every alias
 *   names a token of the same type.
 * test/tokens.test.ts checks the defaults as a browser computes them, light and dark;
 * test/release/tokens.test.mjs that the built files are these documents.
 *
 * Run: `npm run test:node` (after `npm run build:manifest`, which `npm test` runs first).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { importSources } from '../support/import-sources.mjs';

const projectRoot = resolve(import.meta.dirname, '../..');

/** The table and its format, which name custom properties in their comments. */
const tableFiles = new Set(['src/shared/tokens.ts', 'src/shared/tokens-format.ts']);

/**
 * Every TypeScript source under src but the table's: styles are `css` literals, and one lazy
 * chunk keeps its CSS as a string.
 */
function sourceFiles(directory = join(projectRoot, 'src')) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !tableFiles.has(relative(projectRoot, path)) ? [path] : [];
  });
}

/** The text from an opening parenthesis at `start` to its closing one, exclusive. */
function parenthesised(text, start) {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return text.slice(start + 1, index);
  }
  throw new Error(`unbalanced parentheses at ${start}`);
}

/** Splits at the first comma outside parentheses: `var(--a, b(c, d))` → `--a`, `b(c, d)`. */
function splitFirstArgument(text) {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')') depth--;
    else if (text[index] === ',' && depth === 0) return [text.slice(0, index), text.slice(index + 1)];
  }
  return [text, undefined];
}

const normalised = (css) =>
  css.replace(/\s+/g, ' ').replace(/\(\s/g, '(').replace(/\s\)/g, ')').replace(/,\s*$/, '').trim();

/**
 * Each `var(--public-name, fallback)` of the sources: the property, its fallback, the private
 * property it is read into (`--_x: var(--news-x, …)`) if any, and where.
 */
function publicReads() {
  const reads = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/var\(\s*--(?!_)[a-z]/g)) {
      const [name, fallback] = splitFirstArgument(parenthesised(text, match.index + 'var'.length));
      const twin = /(--_[a-z0-9-]+)\s*:\s*$/.exec(text.slice(Math.max(0, match.index - 80), match.index))?.[1];
      reads.push({
        name: name.trim(),
        fallback: fallback === undefined ? undefined : normalised(fallback),
        twin,
        file: relative(projectRoot, file),
      });
    }
  }
  return reads;
}

/**
 * The styles for scripts without italic give each script its own font stack and leading
 * (`var(--news-sys-font-body, var(--_script-serif), var(--_ref-font-serif))`): there, a fallback
 * opens with the script's value.
 */
const scriptOverrides = 'src/shared/scripts.styles.ts';

let table;
let reads;

before(async () => {
  table = await importSources(
    "export * from './src/shared/tokens.ts';",
    "export * from './src/shared/tokens-format.ts';",
  );
  reads = publicReads();
});

describe('the styles and the token table', () => {
  test('every public custom property the styles read is a token of the table', () => {
    const defined = new Set(table.tokens.map((token) => table.customPropertyOf(token.path)));
    const undefinedReads = reads.filter((read) => !defined.has(read.name));
    assert.deepEqual(
      undefinedReads.map((read) => `${read.name} in ${read.file}`),
      [],
      'add them to src/shared/tokens.ts',
    );
  });

  test('every token of the table is read by the styles', () => {
    const read = new Set(reads.map((entry) => entry.name));
    const unused = table.tokens.map((token) => table.customPropertyOf(token.path)).filter((name) => !read.has(name));
    assert.deepEqual(unused, [], 'remove them from src/shared/tokens.ts, or read them');
  });

  test('each token the styles keep in a private property is kept in the one named after it', () => {
    for (const read of reads.filter((entry) => entry.twin)) {
      const token = table.tokens.find((entry) => table.customPropertyOf(entry.path) === read.name);
      if (token) assert.equal(read.twin, table.privatePropertyOf(token.path), `${read.name} in ${read.file}`);
    }
  });

  test('every default in the CSS is the table’s', () => {
    const twins = new Set(reads.map((read) => read.twin).filter(Boolean));
    /** The fallback the CSS should give: an alias reads the private property of its target, or the target itself. */
    const cssDefault = (token) => {
      if (token.css) return token.css;
      const css = (value) => {
        const target = table.aliasTarget(value);
        if (target === undefined) return table.cssOfLiteral(token.type, value);
        const aliased = table.tokenAt(target);
        const twin = table.privatePropertyOf(target);
        return twins.has(twin) ? `var(${twin})` : `var(${table.customPropertyOf(target)}, ${cssDefault(aliased)})`;
      };
      const light = css(table.valueIn(token, 'light'));
      const dark = css(table.valueIn(token, 'dark'));
      return light === dark ? light : `light-dark(${light}, ${dark})`;
    };
    const mismatches = [];
    for (const read of reads) {
      const token = table.tokens.find((entry) => table.customPropertyOf(entry.path) === read.name);
      if (!token) continue;
      const expected = [cssDefault(token), ...(token.contextDefaults ?? [])];
      const matches =
        expected.includes(read.fallback) ||
        (read.file === scriptOverrides && read.fallback?.startsWith('var(--_script-'));
      if (!matches)
        mismatches.push(`${read.name} in ${read.file}: CSS ${read.fallback}, table ${expected.join(' or ')}`);
    }
    assert.deepEqual(mismatches, []);
  });
});

describe('custom-elements.json and the token table', () => {
  test('documents each token on the elements that read it, with the table’s description and default', () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'custom-elements.json'), 'utf8'));
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
    for (const declaration of declarations) {
      const expected = table.tokens
        .filter((token) => token.readBy.includes(declaration.tagName))
        .map((token) => table.customPropertyOf(token.path));
      const documented = declaration.cssProperties ?? [];
      assert.deepEqual(
        documented.map((property) => property.name).sort(),
        expected.sort(),
        `<${declaration.tagName}>: run \`npm run analyze\``,
      );
      for (const property of documented) {
        const token = table.tokens.find((entry) => table.customPropertyOf(entry.path) === property.name);
        assert.equal(property.description, table.describedWithDefault(token), property.name);
        const fallback = table.documentedDefaultOf(token);
        assert.equal(property.default, fallback.includes('--_') ? undefined : fallback, property.name);
      }
    }
  });
});

/** The types of the Design Tokens format (2025.10): the basic ones and the composites. */
const formatTypes = new Set([
  'color',
  'dimension',
  'fontFamily',
  'fontWeight',
  'duration',
  'cubicBezier',
  'number',
  'strokeStyle',
  'border',
  'transition',
  'shadow',
  'gradient',
  'typography',
]);
const tokenKeys = new Set(['$value', '$type', '$description', '$extensions', '$deprecated']);
const groupKeys = new Set(['$type', '$description', '$extensions', '$deprecated']);
const aliasPattern = /^\{([^{}]+)\}$/;

/** A literal of the given type, as the format's tools read it (strings for colours and dimensions). */
const literalChecks = {
  color: (value) => typeof value === 'string' && /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value),
  dimension: (value) => typeof value === 'string' && /^-?(?:\d+|\d*\.\d+)(?:px|rem|em)$/.test(value),
  fontFamily: (value) =>
    (typeof value === 'string' && value.length > 0) ||
    (Array.isArray(value) && value.length > 0 && value.every((family) => typeof family === 'string' && family)),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
};

/**
 * The problems of a Design Tokens document, as `path: problem` lines; `others` are documents
 * its aliases may name (the light document, for the dark one).
 */
function formatProblems(document, others = []) {
  const problems = [];
  /** The tokens of a group, by path, with their type (their own or their group's). */
  const tokensOf = (root, report) => {
    const found = new Map();
    const walk = (node, path, inheritedType) => {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) {
        report(`${path.join('.')}: a group or token must be an object`);
        return;
      }
      const isToken = '$value' in node;
      for (const key of Object.keys(node)) {
        if (key.startsWith('$') && !(isToken ? tokenKeys : groupKeys).has(key))
          report(`${[...path, key].join('.')}: not a property of a ${isToken ? 'token' : 'group'}`);
        if (!key.startsWith('$') && /[{}.]/.test(key)) report(`${[...path, key].join('.')}: a name has no {, } or .`);
        if (isToken && !key.startsWith('$')) report(`${[...path, key].join('.')}: a token has no children`);
      }
      const type = node.$type ?? inheritedType;
      if (isToken) {
        if (!formatTypes.has(type)) report(`${path.join('.')}: $type ${type} is not a type of the format`);
        found.set(path.join('.'), { ...node, $type: type });
        return;
      }
      for (const [key, child] of Object.entries(node)) if (!key.startsWith('$')) walk(child, [...path, key], type);
    };
    walk(root, [], undefined);
    return found;
  };
  const own = tokensOf(document, (problem) => problems.push(problem));
  const tokensByPath = new Map([...others.flatMap((other) => [...tokensOf(other, () => {})]), ...own]);

  /** Follows aliases to a literal of the type; a problem when one names nothing, another type, or loops. */
  const resolve = (value, type, where, seen = new Set()) => {
    const target = typeof value === 'string' ? aliasPattern.exec(value)?.[1] : undefined;
    if (target === undefined) {
      if (!literalChecks[type]?.(value)) problems.push(`${where}: ${JSON.stringify(value)} is not a ${type}`);
      return;
    }
    const aliased = tokensByPath.get(target);
    if (!aliased) return problems.push(`${where}: ${value} names no token`);
    if (aliased.$type !== type) return problems.push(`${where}: ${value} is a ${aliased.$type}, not a ${type}`);
    if (seen.has(target)) return problems.push(`${where}: ${value} refers to itself`);
    resolve(aliased.$value, type, where, new Set([...seen, target]));
  };
  for (const [path, token] of own) {
    resolve(token.$value, token.$type, path);
    const modes = token.$extensions?.mode;
    if (modes) for (const [mode, value] of Object.entries(modes)) resolve(value, token.$type, `${path} (${mode})`);
  }
  return problems;
}

describe('the Design Tokens documents', () => {
  test('tokens.json is well formed: typed values, aliases that resolve, light and dark', () => {
    assert.deepEqual(formatProblems(table.designTokens()), []);
  });

  test('tokens.dark.json is well formed, overriding tokens of tokens.json of the same type', () => {
    const light = table.designTokens();
    const dark = table.darkDesignTokens();
    assert.deepEqual(formatProblems(dark, [light]), []);
    const tokenAt = (document, path) => path.split('.').reduce((node, key) => node?.[key], document);
    const darkTokens = table.tokens.filter((token) => table.valueIn(token, 'light') !== table.valueIn(token, 'dark'));
    assert.ok(darkTokens.length > 0);
    for (const token of darkTokens) {
      assert.equal(tokenAt(dark, token.path).$type, tokenAt(light, token.path).$type, token.path);
      assert.equal(tokenAt(dark, token.path).$value, tokenAt(light, token.path).$extensions.mode.dark, token.path);
    }
  });

  test('the check finds a token without a type, an alias to nothing and a value not of its type', () => {
    const problems = formatProblems({
      a: { $value: '#fff' },
      b: { $type: 'color', $value: '{a.missing}' },
      c: { $type: 'dimension', $value: '1.5em 2em' },
      d: { $type: 'number', $value: '{e}' },
      e: { $type: 'color', $value: '#000' },
      f: { $type: 'colour', $value: '#000' },
      g: { $type: 'color', $value: '{g}' },
    });
    assert.deepEqual(problems, [
      'a: $type undefined is not a type of the format',
      'f: $type colour is not a type of the format',
      'a: "#fff" is not a undefined',
      'b: {a.missing} names no token',
      'c: "1.5em 2em" is not a dimension',
      'd: {e} is a color, not a number',
      'f: "#000" is not a colour',
      'g: {g} refers to itself',
    ]);
  });
});
