/**
 * Vite plugin: removes the formatting whitespace of Lit `html` tagged templates of our own source
 * files at build time. Used by vite.config.ts and vite.bundle.config.ts:
 *
 *   import { minifyHtmlLiterals } from './scripts/vite-plugin-minify-html-literals.mjs';
 *   export default defineConfig({ plugins: [minifyHtmlLiterals()], … });
 *
 * Only whitespace that cannot change what a reader sees goes, as CSS's `white-space: normal`
 * collapses it anyway:
 * - a run of whitespace in text becomes one space;
 * - whitespace at the start or end of a text is removed where it meets the start or end tag of a
 *   block-level element (`<div>`, `<p>`, `<li>`, `<br>`…), where a line begins or ends; next to
 *   inline elements, custom elements, bindings and template edges it stays, as one space;
 * - inside a tag, whitespace between attributes becomes one space, and goes before `>`.
 * The content of `<pre>`, `<textarea>`, `<script>` and `<style>`, attribute values, comments and
 * every binding (`${…}`) are kept as written; `html` templates inside bindings are minified too.
 * A template whose bindings would not come back in place, or that holds a backslash escape, is
 * left as written and a warning names it.
 *
 * `minifyHtmlTemplate` is the rewrite of one template's strings, exported for the tests.
 */
import { parseSync, Visitor } from 'vite';
import { applyEdits, importedTagNames } from './source-edits.mjs';

/** HTML's whitespace; not `\s`, which also takes the no-break space, a visible character here. */
const isWhitespace = (char) => char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';
const leadingWhitespace = /^[ \t\n\r\f]+/;
const trailingWhitespace = /[ \t\n\r\f]+$/;
const whitespaceRun = /[ \t\n\r\f]+/g;

/** Elements whose start and end tags begin or end a line in default CSS: whitespace next to them never shows. */
const blockElements = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody ' +
    'td tfoot th thead tr ul'
  ).split(' '),
);
/** Elements whose content is kept as written. */
const verbatimElements = new Set(['pre', 'textarea', 'script', 'style']);

/** Stands for a binding while the template is one string; a private-use character no template of ours holds. */
const bindingMark = (index) => `\uE000${index}\uE000`;
const bindingMarks = /\uE000(\d+)\uE000/g;

/** A tag with its whitespace outside quoted values collapsed, and none before `>`. */
function minifyTag(tag) {
  let output = '';
  let quote;
  for (let index = 0; index < tag.length; index += 1) {
    const char = tag[index];
    if (quote !== undefined) {
      output += char;
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
      output += char;
    } else if (isWhitespace(char)) {
      while (index + 1 < tag.length && isWhitespace(tag[index + 1])) index += 1;
      // Before `/>` the space stays: `value/>` would make the slash part of an unquoted value.
      if (tag[index + 1] !== '>') output += ' ';
    } else {
      output += char;
    }
  }
  return output;
}

/** `source` as tokens: text, tags (with their element's name) and parts kept as written. */
function tokenize(source) {
  const tokens = [];
  const lowerSource = source.toLowerCase();
  let index = 0;
  let textStart = 0;
  const endText = (end) => {
    if (end > textStart) tokens.push({ type: 'text', value: source.slice(textStart, end) });
  };
  while (index < source.length) {
    if (source[index] !== '<') {
      index += 1;
      continue;
    }
    if (source.startsWith('<!--', index)) {
      endText(index);
      const close = source.indexOf('-->', index + 4);
      const end = close < 0 ? source.length : close + 3;
      tokens.push({ type: 'verbatim', value: source.slice(index, end) });
      index = textStart = end;
      continue;
    }
    const start = /^<(\/?)([a-zA-Z][^ \t\n\r\f/>\uE000]*)/.exec(source.slice(index, index + 64));
    if (!start) {
      index += 1;
      continue;
    }
    endText(index);
    let end = index + start[0].length;
    for (let quote; end < source.length; end += 1) {
      const char = source[end];
      if (quote !== undefined) {
        if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>') break;
    }
    end = Math.min(end + 1, source.length);
    const name = start[2].toLowerCase();
    const closing = start[1] === '/';
    tokens.push({ type: 'tag', value: minifyTag(source.slice(index, end)), name, closing });
    index = textStart = end;
    if (!closing && verbatimElements.has(name)) {
      const close = lowerSource.indexOf(`</${name}`, index);
      const contentEnd = close < 0 ? source.length : close;
      if (contentEnd > index) tokens.push({ type: 'verbatim', value: source.slice(index, contentEnd) });
      index = textStart = contentEnd;
    }
  }
  endText(source.length);
  return tokens;
}

/** One template's source (bindings as marks) without its formatting whitespace. */
function minifyHtml(source) {
  const tokens = tokenize(source);
  const endsLine = (token) => token?.type === 'tag' && blockElements.has(token.name);
  return tokens
    .map((token, index) => {
      if (token.type !== 'text') return token.value;
      const atLineStart = endsLine(tokens[index - 1]);
      const atLineEnd = endsLine(tokens[index + 1]);
      return token.value
        .replace(leadingWhitespace, atLineStart ? '' : ' ')
        .replace(trailingWhitespace, atLineEnd ? '' : ' ')
        .replace(whitespaceRun, ' ');
    })
    .join('');
}

/**
 * The raw strings of one `html` template (the text between its bindings, as written in the
 * source) without formatting whitespace: `{ strings }`, the same number of them, or `{ error }`.
 */
export function minifyHtmlTemplate(rawStrings) {
  if (rawStrings.some((text) => text.includes('\\'))) return { error: 'it has a backslash escape' };
  if (rawStrings.some((text) => text.includes('\uE000'))) return { error: 'it contains U+E000' };
  const source = rawStrings.map((text, index) => (index === 0 ? text : bindingMark(index - 1) + text)).join('');
  const minified = minifyHtml(source);
  const order = Array.from(minified.matchAll(bindingMarks), (match) => Number(match[1]));
  const strings = minified.split(bindingMarks).filter((_, index) => index % 2 === 0);
  if (order.length !== rawStrings.length - 1 || order.some((binding, index) => binding !== index))
    return { error: 'its bindings did not come back in place' };
  return { strings };
}

/** @param {{ include?: RegExp }} [options] `include`: the module ids to rewrite (default: `.ts`/`.js` files under `src/`). */
export function minifyHtmlLiterals({ include = /\/src\/.*\.[jt]s$/ } = {}) {
  return {
    name: 'minify-html-literals',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!include.test(id) || !code.includes('html`')) return null;
      const { program, errors } = parseSync(id, code);
      if (errors.length > 0) return null;
      const tags = importedTagNames(program, 'html', ['lit', 'lit-html']);
      if (tags.size === 0) return null;
      const templates = [];
      new Visitor({
        TaggedTemplateExpression: (node) => {
          if (node.tag.type === 'Identifier' && tags.has(node.tag.name)) templates.push(node.quasi);
        },
      }).visit(program);

      /** The source from `start` to `end` with the templates inside it rewritten. */
      const rewrite = (start, end) => {
        let text = '';
        let cursor = start;
        for (const template of templates) {
          if (template.start < cursor || template.end > end) continue;
          text += code.slice(cursor, template.start) + rewriteTemplate(template);
          cursor = template.end;
        }
        return text + code.slice(cursor, end);
      };
      const rewriteTemplate = (template) => {
        const expressions = template.expressions.map((expression) => rewrite(expression.start, expression.end));
        const result = minifyHtmlTemplate(template.quasis.map((quasi) => quasi.value.raw));
        if (result.error !== undefined) {
          const line = code.slice(0, template.start).split('\n').length;
          this.warn(`html literal at ${id}:${line} left as written: ${result.error}`);
          return `\`${template.quasis.map((quasi, index) => (index === 0 ? '' : `\${${expressions[index - 1]}}`) + quasi.value.raw).join('')}\``;
        }
        return `\`${result.strings.map((text, index) => (index === 0 ? '' : `\${${expressions[index - 1]}}`) + text).join('')}\``;
      };

      templates.sort((a, b) => a.start - b.start);
      // The outermost templates, each rewritten with those nested in its bindings.
      const edits = [];
      for (const template of templates) {
        if (edits.length > 0 && template.start < edits.at(-1).end) continue;
        edits.push({ start: template.start, end: template.end, text: rewriteTemplate(template) });
      }
      if (edits.every((edit) => edit.text === code.slice(edit.start, edit.end))) return null;
      return applyEdits(code, edits, id);
    },
  };
}
