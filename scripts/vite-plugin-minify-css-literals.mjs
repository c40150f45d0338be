/**
 * Vite plugin: minifies the CSS in Lit `css` tagged templates of our own source files at build
 * time, with lightningcss. Vite minifies CSS files but not CSS held in JavaScript strings, and our
 * styles are all `css` literals. Used by vite.config.ts and vite.bundle.config.ts:
 *
 *   import { minifyCssLiterals } from './scripts/vite-plugin-minify-css-literals.mjs';
 *   export default defineConfig({ plugins: [minifyCssLiterals()], … });
 *
 * Interpolations (`${otherStyles}`, `${unsafeCSS(value)}`) survive: each is swapped for a
 * placeholder that is valid CSS where it stands, the CSS is minified, and the placeholders are
 * put back. A literal lightningcss cannot parse, or whose placeholders do not come back intact,
 * is left as written and a warning names it. lightningcss may join adjacent rules that have the
 * same selector or the same declarations, and order the declarations of a rule its own way;
 * neither changes what applies.
 *
 * With `shortenPrivateProperties`, our private custom properties (`--_sys-color-text`, which a
 * host never sets: it sets the public `--news-sys-color-text`) become `--_0`, `--_1`…, numbered
 * by how often the source uses them, so every build of the same source names them alike.
 *
 * With `withoutCssTag`, each literal becomes an `unsafeCSS(`…`)` call with the same text (an
 * interpolated `CSSResult` gives its CSS as text, as in `css`): the bundle then carries no `css`
 * tag, whose run-time checks of interpolations the type checker already makes.
 *
 * A literal tagged with `css` from `src/shared/css-text.ts` (the CSS of a lazy chunk, kept free
 * of Lit) is minified the same way and becomes a plain template literal: text, no tag.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform as transformCss, Features } from 'lightningcss';
import { parseSync, Visitor } from 'vite';
import { applyEdits, importedTagNames } from './source-edits.mjs';

/** lightningcss encodes a browser version as major << 16 | minor << 8. */
const version = (major, minor = 0) => (major << 16) | (minor << 8);

/**
 * The browsers with `light-dark()`, which our styles already need: lightningcss then lowers
 * nothing we use (nesting, `:is()`, logical properties, container queries all predate it).
 * Vendor prefixes are excluded so it neither adds any nor drops the ones we wrote.
 */
const targets = {
  chrome: version(123),
  edge: version(123),
  firefox: version(120),
  safari: version(17, 5),
  ios_saf: version(17, 5),
};

const slotName = 'lit-css-slot-';
/** Between rules or declarations, an interpolation stands for whole rules (a `CSSResult`). */
const statementSlot = (index) => `@${slotName}${index};`;
/** Inside a declaration, for a value. */
const valueSlot = (index) => `var(--${slotName}${index})`;

const withoutComments = (text) => text.replace(/\/\*[\s\S]*?(\*\/|$)/g, ' ');

/**
 * The placeholder for an interpolation, from the CSS before it and the text up to the next
 * interpolation, or undefined where we do not rewrite it. An interpolation alone on its line (or
 * followed by `}` or another interpolation) after `{`, `}` or `;` stands for whole rules; one
 * in a declaration's value, for a value. Anything else (a selector or prelude) is left alone:
 * lightningcss could merge the rule that follows it with another.
 */
function slotFor(before, next, index) {
  const head = withoutComments(before).trimEnd();
  const tail = withoutComments(next);
  const last = head.at(-1);
  if (last === undefined || last === '{' || last === '}' || last === ';') {
    return /^[ \t]*(\n|\r|\}|$)/.test(tail) ? statementSlot(index) : undefined;
  }
  const sinceStatement = head.slice(Math.max(head.lastIndexOf('{'), head.lastIndexOf('}'), head.lastIndexOf(';')) + 1);
  const endsDeclaration = tail.match(/[{};]|$/)[0] !== '{';
  return sinceStatement.includes(':') && endsDeclaration ? valueSlot(index) : undefined;
}

/**
 * lightningcss keeps the values it cannot parse as written (custom properties, `var()` fallbacks)
 * and the spaces around `/` (in `font`, `calc()`): CSS needs none after a comma or around a slash.
 * Quoted strings are left as they are.
 */
const withoutSpacesAroundSeparators = (css) =>
  css
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/ ?([,/]) /g, '$1').replace(/ \//g, '/')))
    .join('');

/** A template literal's text: backslashes, backticks and `${` escaped. */
const escapeTemplate = (text) => text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);

/**
 * The minified source of one `css` literal (backticks included), or an error message.
 * `quasis` are the cooked strings between interpolations; `expressions` their source text;
 * `shortNames` the private custom properties to rename.
 */
function minifyLiteral(quasis, expressions, filename, shortNames) {
  if (quasis.some((quasi) => quasi === null)) return { error: 'it has an invalid escape sequence' };
  if (quasis.some((quasi) => quasi.includes(slotName)))
    return { error: `it contains the placeholder name ${slotName}` };
  let css = quasis[0];
  const slots = [];
  for (let index = 0; index < expressions.length; index += 1) {
    const slot = slotFor(css, quasis[index + 1], index);
    if (!slot) return { error: `interpolation ${index + 1} is not alone on its line nor in a value` };
    slots.push(slot);
    css += slot + quasis[index + 1];
  }
  let result;
  try {
    result = transformCss({
      filename,
      code: Buffer.from(css),
      minify: true,
      targets,
      exclude: Features.VendorPrefixes,
    });
  } catch (error) {
    return { error: error.message };
  }
  let minified = escapeTemplate(
    withoutSpacesAroundSeparators(result.code.toString()).replace(
      privateProperty,
      (name) => shortNames.get(name) ?? name,
    ),
  );
  for (const [index, slot] of slots.entries()) {
    const escaped = escapeTemplate(slot);
    if (minified.split(escaped).length !== 2)
      return { error: `placeholder for interpolation ${index + 1} did not survive` };
    minified = minified.replace(escaped, () => `\${${expressions[index]}}`);
  }
  const warnings = result.warnings.filter((warning) => !String(warning.value ?? '').startsWith(slotName));
  return { code: `\`${minified}\``, warnings: warnings.map((warning) => warning.message) };
}

const privateProperty = /--_[a-z0-9-]+/g;

/**
 * Private custom properties that one element sets for another (a parent for what it nests, which
 * may come from another copy of the library): they keep their names.
 */
const sharedPrivateProperties = new Set(['--_nested-font-size']);

/**
 * Files whose uses are not counted: the typography chunk's sheet, fetched by few pages, repeats
 * its names in every script's rules, and counted it would reorder the names of the CDN file; the
 * token table (no CSS, never in a bundle) names some in its comments and defaults.
 */
const uncountedFiles = new Set([
  join('shared', 'scripts.styles.ts'),
  join('shared', 'tokens.ts'),
  join('shared', 'tokens-format.ts'),
]);

/** Short names for the private custom properties in the `.ts` files under `folder`, most used first. */
function shortPrivateNames(folder) {
  const counts = new Map();
  const files = readdirSync(folder, { recursive: true }).filter((file) => file.endsWith('.ts'));
  for (const file of files.sort()) {
    const step = uncountedFiles.has(file) ? 0 : 1;
    for (const [name] of readFileSync(join(folder, file), 'utf8').matchAll(privateProperty)) {
      if (!sharedPrivateProperties.has(name)) counts.set(name, (counts.get(name) ?? 0) + step);
    }
  }
  const names = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1));
  return new Map(names.map(([name], index) => [name, `--_${index.toString(36)}`]));
}

/** How a module imports the text tag of src/shared/css-text.ts. */
const cssTextSources = new Set(['./css-text.js', '../shared/css-text.js']);

/** The local name of the `unsafeCSS` import added for `withoutCssTag`. */
const unsafeCssName = 'unsafeCssOfLiteral';

/**
 * @param {{ include?: RegExp, shortenPrivateProperties?: boolean, withoutCssTag?: boolean }} [options]
 *   `include`: the module ids to rewrite (default: `.ts`/`.js` files under `src/`);
 *   `shortenPrivateProperties`, `withoutCssTag`: see above.
 */
export function minifyCssLiterals({
  include = /\/src\/.*\.[jt]s$/,
  shortenPrivateProperties = false,
  withoutCssTag = false,
} = {}) {
  let shortNames = new Map();
  return {
    name: 'minify-css-literals',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      if (shortenPrivateProperties) shortNames = shortPrivateNames(join(config.root, 'src'));
    },
    transform(code, id) {
      if (!include.test(id) || !code.includes('css`')) return null;
      const { program, errors } = parseSync(id, code);
      if (errors.length > 0) return null;
      const sources = ['lit', 'lit-element', '@lit/reactive-element'];
      const textTags = importedTagNames(program, 'css', [...cssTextSources]);
      const tags = textTags.size > 0 ? textTags : importedTagNames(program, 'css', sources);
      if (tags.size === 0) return null;
      const tagSource = program.body.find(
        (statement) =>
          statement.type === 'ImportDeclaration' &&
          (sources.includes(statement.source.value) || cssTextSources.has(statement.source.value)) &&
          statement.specifiers.some((specifier) => tags.has(specifier.local.name)),
      ).source.value;
      const edits = [];
      new Visitor({
        TaggedTemplateExpression: (node) => {
          if (node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) return;
          const { quasi } = node;
          const line = code.slice(0, node.start).split('\n').length;
          const result = minifyLiteral(
            quasi.quasis.map((element) => element.value.cooked ?? null),
            quasi.expressions.map((expression) => code.slice(expression.start, expression.end)),
            `${id}:${line}`,
            shortNames,
          );
          if (result.error !== undefined) {
            this.warn(`css literal at ${id}:${line} left unminified: ${result.error}`);
            return;
          }
          for (const warning of result.warnings) this.warn(`css literal at ${id}:${line}: ${warning}`);
          edits.push(
            textTags.size > 0
              ? { start: node.start, end: node.end, text: result.code }
              : withoutCssTag
                ? { start: node.start, end: node.end, text: `${unsafeCssName}(${result.code})` }
                : { start: quasi.start, end: quasi.end, text: result.code },
          );
        },
      }).visit(program);
      // A literal nested in another's interpolation is kept as written inside the outer one.
      const outermost = edits
        .sort((a, b) => a.start - b.start)
        .filter(
          (edit, index, sorted) =>
            !sorted.some(
              (other, otherIndex) => otherIndex !== index && other.start <= edit.start && edit.end <= other.end,
            ),
        );
      if (outermost.length === 0) return null;
      if (withoutCssTag && textTags.size === 0) {
        const specifier = JSON.stringify(tagSource);
        outermost.unshift({ start: 0, end: 0, text: `import { unsafeCSS as ${unsafeCssName} } from ${specifier};` });
      }
      return applyEdits(code, outermost, id);
    },
  };
}
