/**
 * Checks scripts/vite-plugin-minify-html-literals.mjs, the build step that removes the formatting
 * whitespace of Lit `html` templates: on templates whose whitespace matters (`<pre>`,
 * `<textarea>`, attribute values, spaces between inline elements and bindings) and on every
 * `html` template of src/, run through the plugin as the build runs it. Each template, before and
 * after, is parsed by Chromium with a word in each binding: the two must have the same elements
 * and attributes, and show the same text (`innerText`, which applies CSS's whitespace rules).
 *
 * Run: `npm run test:node` (no build needed).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseSync, Visitor } from 'vite';
import { launchChromium } from '../../scripts/chromium.mjs';
import { minifyHtmlLiterals, minifyHtmlTemplate } from '../../scripts/vite-plugin-minify-html-literals.mjs';

const projectRoot = resolve(import.meta.dirname, '../..');

/** The `html` templates of a module, in source order: the cooked strings of each, as Lit receives them. */
function htmlTemplates(code, id) {
  const { program, errors } = parseSync(id, code);
  assert.deepEqual(errors, [], `${id} does not parse`);
  const templates = [];
  new Visitor({
    TaggedTemplateExpression: (node) => {
      if (node.tag.type === 'Identifier' && node.tag.name === 'html')
        templates.push({ start: node.start, strings: node.quasi.quasis.map((quasi) => quasi.value.cooked) });
    },
  }).visit(program);
  return templates.sort((a, b) => a.start - b.start).map((template) => template.strings);
}

/** The plugin's output for one module, as the build runs it. */
function transform(code, id) {
  const warnings = [];
  const result = minifyHtmlLiterals().transform.call({ warn: (message) => warnings.push(message) }, code, id);
  return { code: result?.code ?? code, warnings };
}

/** A template as source, for the unit cases: `strings` joined by `${x}`. */
const template = (strings) => `html\`${strings.join('${x}')}\``;
const minified = (strings) => minifyHtmlTemplate(strings).strings;

const sourceFiles = (folder) =>
  readdirSync(join(projectRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));

/** Templates whose whitespace a careless minifier would change, with what the plugin makes of them. */
const sensitive = [
  [['<pre>  two\n    lines  </pre>'], ['<pre>  two\n    lines  </pre>']],
  [['<textarea>\n  kept  as  typed\n</textarea>'], ['<textarea>\n  kept  as  typed\n</textarea>']],
  [['<p title="a   b\n  c">x</p>'], ['<p title="a   b\n  c">x</p>']],
  [["<p data-x='  y  '>x</p>"], ["<p data-x='  y  '>x</p>"]],
  [['<b>bold</b>\n    <i>italic</i>'], ['<b>bold</b> <i>italic</i>']],
  [
    ['<span>', '</span>\n  <span>', '</span>'],
    ['<span>', '</span> <span>', '</span>'],
  ],
  [
    ['\n  <p>\n    A   paragraph,\n    ', '\n    words.\n  </p>\n'],
    ['<p>A paragraph, ', ' words.</p>'],
  ],
  [
    [' <b>', '</b> '],
    [' <b>', '</b> '],
  ],
  [
    ['<a\n  href=', '\n  rel="author"\n>', '</a>'],
    ['<a href=', ' rel="author">', '</a>'],
  ],
  [
    ['<img src=', ' alt="" />'],
    ['<img src=', ' alt="" />'],
  ],
  [['<p>a\u00a0\u00a0b</p>'], ['<p>a\u00a0\u00a0b</p>']],
  [['<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>'], ['<ul><li>one</li><li>two</li></ul>']],
  [['<!--  a comment  -->\n<p>x</p>'], ['<!--  a comment  --><p>x</p>']],
  [['<style>\n  p { margin: 0 }\n</style>\n<p>x</p>'], ['<style>\n  p { margin: 0 }\n</style><p>x</p>']],
  [['text<br>\n  more'], ['text<br>more']],
];

describe('the html template minifier', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.setContent('<!doctype html><body></body>');
  });
  after(() => browser?.close());

  /**
   * Both forms of each template, parsed in Chromium with `⟦n⟧` for binding n: the elements and
   * attributes of each, and the text it shows. Returns the templates that differ.
   */
  async function renderedDifferences(pairs) {
    return page.evaluate((list) => {
      const rendered = (strings) => {
        const container = document.createElement('div');
        container.innerHTML = strings.map((text, index) => (index === 0 ? text : `⟦${index - 1}⟧${text}`)).join('');
        document.body.replaceChildren(container);
        const shape = Array.from(container.querySelectorAll('*'), (element) =>
          [
            element.localName,
            ...Array.from(element.attributes, (attribute) => `${attribute.name}=${attribute.value}`),
          ].join(' '),
        );
        return { shape, text: container.innerText };
      };
      return list.flatMap(({ label, original, minified }) => {
        const [a, b] = [rendered(original), rendered(minified)];
        return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ label, original: a, minified: b }];
      });
    }, pairs);
  }

  test('keeps whitespace that shows and removes the rest, in templates written to test it', async () => {
    for (const [strings, expected] of sensitive) {
      assert.deepEqual(minified(strings), expected, `for ${JSON.stringify(strings)}`);
    }
    const differences = await renderedDifferences(
      sensitive.map(([strings, expected], index) => ({
        label: `case ${index + 1}`,
        original: strings,
        minified: expected,
      })),
    );
    assert.deepEqual(differences, []);
  });

  test('keeps every binding in place, and leaves alone what it cannot read', () => {
    assert.deepEqual(minified(['<p class=', '>\n  ', ' ', '\n</p>']), ['<p class=', '>', ' ', '</p>']);
    assert.match(minifyHtmlTemplate(['<p>a\\nb</p>']).error, /backslash/);
    assert.match(minifyHtmlTemplate(['<p>\uE000</p>']).error, /U\+E000/);
    const { code } = transform(
      `import { html } from 'lit';\nexport const t = ${template(['<p>\n  ', '\n</p>'])};\n`,
      '/src/t.ts',
    );
    assert.equal(code, "import { html } from 'lit';\nexport const t = html`<p>${x}</p>`;\n");
  });

  test('rewrites templates nested in bindings, and only those of `html` from Lit', () => {
    const code = [
      "import { html as h } from 'lit';",
      "import { html } from 'somewhere-else';",
      'export const a = h`<ul>\n  ${items.map((item) => h`<li>\n  ${item}\n</li>`)}\n</ul>`;',
      'export const b = html`<p>\n  untouched\n</p>`;',
      '',
    ].join('\n');
    assert.equal(
      transform(code, '/src/t.ts').code,
      code
        .replace('h`<ul>\n  ${items', 'h`<ul>${items')
        .replace('h`<li>\n  ${item}\n</li>`', 'h`<li>${item}</li>`')
        .replace(')}\n</ul>`', ')}</ul>`'),
    );
  });

  test('every html template of src/ shows the same elements and text after the build', async () => {
    const pairs = [];
    let before = 0;
    let after = 0;
    for (const file of sourceFiles('src')) {
      const code = readFileSync(file, 'utf8');
      if (!code.includes('html`')) continue;
      const output = transform(code, file);
      assert.deepEqual(output.warnings, [], `${file}: templates left as written`);
      const [original, minifiedTemplates] = [htmlTemplates(code, file), htmlTemplates(output.code, file)];
      assert.equal(minifiedTemplates.length, original.length, `${file}: templates lost`);
      for (const [index, strings] of original.entries()) {
        assert.equal(minifiedTemplates[index].length, strings.length, `${file}, template ${index + 1}: bindings lost`);
        pairs.push({ label: `${file}, template ${index + 1}`, original: strings, minified: minifiedTemplates[index] });
      }
      before += code.length;
      after += output.code.length;
    }
    assert.ok(pairs.length >= 20, `only ${pairs.length} templates found in src/`);
    assert.ok(after < before, 'the build removed no whitespace from src/');
    assert.deepEqual(await renderedDifferences(pairs), []);
  });
});
