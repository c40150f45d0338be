/**
 * "No DOM globals in code that renders" is enforced by ESLint's `no-restricted-globals` in src/
 * (eslint.config.js): each global it lists is absent on a server that renders with
 * `@lit-labs/ssr`, the project's config flags it in src/ and lets a reasoned disable comment
 * through, and the server's own text of an `html` field reaches none of them.
 *
 * Run: `npm run test:node`.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { ESLint } from 'eslint';
import { browserOnlyGlobals } from '../../eslint.config.js';
import { importSources } from '../support/import-sources.mjs';

const projectRoot = resolve(import.meta.dirname, '../..');
const names = browserOnlyGlobals.map(({ name }) => name);

/** ESLint's messages for `code` as if it were a file of src/. */
async function lintSource(code) {
  const [result] = await new ESLint({ cwd: projectRoot }).lintText(code, {
    filePath: resolve(projectRoot, 'src/shared/probe.ts'),
  });
  return result.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('DOM globals in src/', () => {
  let server;
  before(async () => {
    // The renderer as a server loads it, with the elements defined: what a server has.
    server = await importSources(
      "export { render } from '@lit-labs/ssr';",
      "import './src/define/index.ts';",
      "export { textOfHtml } from './src/shared/rich-text.ts';",
    );
  });

  test('the rule lists what a server lacks, the DOM parser and observers among them', () => {
    for (const name of ['document', 'window', 'DOMParser', 'getComputedStyle', 'requestAnimationFrame', 'CSS']) {
      assert.ok(names.includes(name), `${name} is listed`);
    }
    for (const name of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver', 'matchMedia', 'localStorage']) {
      assert.ok(names.includes(name), `${name} is listed`);
    }
    // Node 21 and later have a `navigator` of their own: it describes the server, not the reader.
    const present = names.filter((name) => name !== 'navigator' && globalThis[name] !== undefined);
    assert.deepEqual(present, [], 'a listed global exists on the server: it need not be listed');
  });

  test('each listed global is an error in src/, naming the global', async () => {
    const code = names.map((name) => `export const use${name} = () => ${name};`).join('\n');
    const messages = await lintSource(code);
    assert.deepEqual(
      messages.map(({ ruleId }) => ruleId),
      names.map(() => 'no-restricted-globals'),
    );
    names.forEach((name, index) =>
      assert.ok(
        messages[index].message.includes(`'${name}'. ${name} does not exist on a server`),
        messages[index].message,
      ),
    );
  });

  test('a disable comment giving the reason lets a browser-only use through', async () => {
    const messages = await lintSource(
      '// eslint-disable-next-line no-restricted-globals -- an event handler, browser only.\n' +
        'export const onClick = () => document.title;\n',
    );
    assert.deepEqual(messages, []);
  });

  test('the text of an html field, as the server renders it, reaches no DOM global', () => {
    const touched = [];
    const traps = names.map((name) => {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get: () => touched.push(name),
      });
      return name;
    });
    try {
      assert.equal(
        server.textOfHtml('Talks on <em>rare earths</em> &amp; <a href="/tech">technology</a><script>x()</script>.'),
        'Talks on rare earths & technology.',
      );
    } finally {
      for (const name of traps) delete globalThis[name];
    }
    assert.deepEqual(touched, []);
  });
});
