/**
 * Lit calls the document's methods by name (`document.createElement('template')`,
 * `createTreeWalker`, `importNode`, `createTextNode`, `createComment`; its hydrate support,
 * `createTreeWalker`), and a host page's markup can shadow them: one `<img name="createElement">`
 * and every Lit element on the page throws. This rewrites each such call in Lit's modules into a
 * call of `callMember` (src/shared/host-document.ts), which takes the method from the document's
 * prototype, where markup cannot reach; one shared function, so each call site costs a few bytes.
 * The CDN build applies it as a Vite plugin (to the elements' file and the hydrate support's), the
 * browser tests as a dev-server plugin (web-test-runner.config.js).
 *
 * It fails, rather than leaving a call as it was, where Lit reads a document member it cannot
 * rewrite, or where lit-html or the hydrate support no longer has the calls it rewrites (a new
 * Lit, written differently).
 */
import { fileURLToPath } from 'node:url';

/**
 * Lit's own modules: lit-html (with its directives), lit-element, @lit/reactive-element, and the
 * hydrate support of @lit-labs/ssr-client (its `document.createTreeWalker`).
 */
export const litModule =
  /[\\/]node_modules[\\/](?:lit-html|lit-element|@lit[\\/]reactive-element|@lit-labs[\\/]ssr-client)[\\/].*\.js$/;

const helperPath = fileURLToPath(new URL('../src/shared/host-document.ts', import.meta.url));
const notAfterDot = '(?<![\\w$.])';

/** Lit's names for the document: `document`, `l=document` (minified) and `const d = … : document;` (development). */
function documentNames(code) {
  const names = new Set(['document']);
  for (const match of code.matchAll(new RegExp(`${notAfterDot}([\\w$]+)\\s*=\\s*document\\b(?!\\s*[.\\[])`, 'g')))
    names.add(match[1]);
  for (const match of code.matchAll(/:\s*document\s*;/g)) {
    const declarations = [...code.slice(0, match.index).matchAll(/\bconst\s+([\w$]+)\s*=/g)];
    if (declarations.length > 0) names.add(declarations.at(-1)[1]);
  }
  return [...names];
}

/**
 * Rewrites `name.method(` and `(scope ?? name).method(` into `callMember(target, "method",`, where
 * `name` is the document, and imports `callMember` from `helperSpecifier`. Returns the code
 * unchanged when the module has no such call; throws where it reads another document member.
 */
export function rewriteDocumentCalls(code, id, helperSpecifier = helperPath) {
  const names = documentNames(code).map((name) => name.replace(/\$/g, '\\$'));
  const name = `(?:${names.join('|')})`;
  const helper = '__newsElementsCallMember';
  let count = 0;
  const rewritten = code.replace(
    new RegExp(`(?:${notAfterDot}(${name})|\\(([^()]*\\?\\?\\s*${name})\\))\\s*\\.\\s*([\\w$]+)\\s*\\(`, 'g'),
    (_, bare, scoped, method) => {
      count += 1;
      return `${helper}(${bare ?? scoped},${JSON.stringify(method)},`;
    },
  );
  // Any other use of a member of the document would be shadowed just the same.
  const withoutComments = rewritten.replace(/\/\*[^]*?\*\/|(?<![:'"`])\/\/.*$/gm, '');
  const left = withoutComments.match(new RegExp(`${notAfterDot}${name}\\s*(?:\\?\\.|\\.|\\[)\\s*[\\w$]*`));
  if (left) throw new Error(`${id}: Lit reads ${left[0]}, which a host page's markup can shadow; rewrite it too.`);
  if (/[\\/]lit-html[\\/](?:development[\\/])?lit-html\.js$/.test(id) && count < 5)
    throw new Error(
      `${id}: found ${count} of lit-html's document calls, not 5 or more: has Lit changed how it calls them?`,
    );
  if (/[\\/]ssr-client[\\/](?:development[\\/])?lib[\\/]hydrate-lit-html\.js$/.test(id) && count < 1)
    throw new Error(`${id}: found no document call (createTreeWalker): has the hydrate support changed?`);
  if (count === 0) return code;
  return `import { callMember as ${helper} } from ${JSON.stringify(helperSpecifier)};\n${rewritten}`;
}

/** DOMPurify's ES module. */
export const domPurifyModule = /[\\/]node_modules[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/;

/**
 * DOMPurify makes a default instance as it loads, from the page's `window.document`, and calls its
 * `createElement`: one `<img name="createElement">` and the sanitiser's chunk fails to load. The
 * library uses instances of its own only (src/data/html-sanitizer.ts), so the default one is made
 * from no window: DOMPurify's "not supported" instance, which reads nothing and still makes others.
 */
export function rewriteDomPurifyDefault(code, id) {
  const rewritten = code.replace(/(=\s*createDOMPurify\(\s*)\)/, '$1null)');
  if (rewritten === code)
    throw new Error(
      `${id}: found no default instance (\`= createDOMPurify()\`): has DOMPurify changed how it makes it?`,
    );
  return rewritten;
}

/** Lit's document calls, and DOMPurify's default instance, rewritten as above for `id`'s module. */
export function rewriteHostDocumentReads(code, id, helperSpecifier) {
  if (litModule.test(id)) return rewriteDocumentCalls(code, id, helperSpecifier);
  if (domPurifyModule.test(id)) return rewriteDomPurifyDefault(code, id);
  return code;
}

/** The Vite plugin: rewrites Lit's document calls and DOMPurify's default instance in the build. */
export function documentCalls() {
  return {
    name: 'news-elements:document-calls',
    transform(code, id) {
      const rewritten = rewriteHostDocumentReads(code, id);
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}
