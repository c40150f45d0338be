/**
 * Replaces ranges of a module's source and writes the source map that goes with it: used by the
 * build plugins that rewrite template literals (scripts/vite-plugin-minify-*-literals.mjs).
 */

/** Base64 VLQ, the number encoding of source maps. */
function vlq(value) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let text = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    text += digits[digit];
  } while (rest > 0);
  return text;
}

/**
 * Applies `edits` (sorted, not overlapping) and returns the code with a source map: unchanged code
 * maps line by line to where it was, each replaced literal to its start.
 */
export function applyEdits(code, edits, id) {
  const lineStarts = [0];
  for (let index = 0; index < code.length; index += 1) if (code[index] === '\n') lineStarts.push(index + 1);
  const position = (offset) => {
    let line = lineStarts.findLastIndex((start) => start <= offset);
    return [line, offset - lineStarts[line]];
  };
  const lines = [[]];
  let output = '';
  const mark = (offset) => lines.at(-1).push([output.length - output.lastIndexOf('\n') - 1, ...position(offset)]);
  const copy = (from, to) => {
    if (from === to) return;
    mark(from);
    for (let index = from; index < to; index += 1) {
      output += code[index];
      if (code[index] === '\n') {
        lines.push([]);
        if (index + 1 < to) mark(index + 1);
      }
    }
  };
  let cursor = 0;
  for (const edit of edits) {
    copy(cursor, edit.start);
    mark(edit.start);
    for (const char of edit.text) {
      output += char;
      if (char === '\n') lines.push([]);
    }
    cursor = edit.end;
  }
  copy(cursor, code.length);
  let previous = [0, 0, 0];
  const mappings = lines
    .map((segments) => {
      let column = 0;
      return segments
        .map(([generated, line, original]) => {
          const segment = vlq(generated - column) + 'A' + vlq(line - previous[1]) + vlq(original - previous[2]);
          column = generated;
          previous = [0, line, original];
          return segment;
        })
        .join(',');
    })
    .join(';');
  return { code: output, map: { version: 3, sources: [id], sourcesContent: [code], names: [], mappings } };
}

/**
 * The local names a tag function (`html`, `css`) is imported under from any of `sources`, e.g.
 * `import { html as h } from 'lit'` gives `h`: the templates a build plugin may rewrite.
 */
export function importedTagNames(program, tag, sources) {
  const names = new Set();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || !sources.includes(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier' && (specifier.imported.name ?? specifier.imported.value) === tag)
        names.add(specifier.local.name);
    }
  }
  return names;
}
