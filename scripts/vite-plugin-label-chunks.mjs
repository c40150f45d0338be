/**
 * Vite plugin for the CDN build (vite.bundle.config.ts): each built-in language's labels become
 * `news-elements-<code>.js` beside `news-elements.js`, and `src/data/translations.ts`'s table of
 * 25 `import()` calls, each naming its chunk's hashed file, becomes one `import()` whose file name
 * is built from the language code: 0.35 kB gzip less in `news-elements.js`.
 *
 * The source keeps one literal `import('./labels/<code>.js')` per language, which every bundler
 * (ours for the npm build, an app's) follows. The chunks' names carry no hash, as the file that
 * loads them carries none either: the folder is copied or served as a whole.
 */
import { dirname, join } from 'node:path';

// Without a prototype (see translations.ts), in the source and in what replaces it.
const table =
  /^const modules = \{\n {2}__proto__: null,\n([\s\S]*?)\n\} as unknown as Record<string, \(\) => LabelModule>;$/m;
const entry = /^\s*'?([\w-]+)'?: \(\) => import\('\.\/labels\/\1\.js'\),$/;

/** @returns {import('vite').Plugin} */
export function labelChunks() {
  return {
    name: 'news-elements:label-chunks',
    // Before TypeScript is stripped: the table is matched as written.
    enforce: 'pre',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/src/data/translations.ts')) return undefined;
      const found = table.exec(code);
      if (!found) this.error('the table of label modules is not in the expected form');
      const codes = found[1].split('\n').map((line) => {
        const match = entry.exec(line);
        if (!match) this.error(`unexpected line in the table of label modules: ${line}`);
        return match[1];
      });
      for (const language of codes) {
        this.emitFile({
          type: 'chunk',
          id: join(dirname(id), 'labels', `${language}.ts`),
          fileName: `news-elements-${language}.js`,
        });
      }
      const compact =
        `const modules: Record<string, () => LabelModule> = Object.setPrototypeOf(Object.fromEntries(` +
        `${JSON.stringify(codes.join(' '))}.split(' ').map((code) => ` +
        `[code, () => import(/* @vite-ignore */ \`./news-elements-\${code}.js\`)])), null);`;
      return { code: code.replace(table, compact), map: null };
    },
  };
}
