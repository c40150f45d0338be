/**
 * `custom-elements.json` from the classes' JSDoc: the one description of every attribute,
 * property, slot, part and event, read by Storybook, editors and docs. The CSS custom
 * properties come from the token table (src/shared/tokens.ts), where they are defined once.
 */
import { build } from 'esbuild';

/** The token table, bundled in memory: Node cannot import TypeScript. */
async function importTokenTable() {
  const bundled = await build({
    stdin: {
      contents: "export * from './src/shared/tokens.ts'; export * from './src/shared/tokens-format.ts';",
      resolveDir: import.meta.dirname,
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const code = bundled.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const { tokens, tierOf, ownerOf, customPropertyOf, describedWithDefault, documentedDefaultOf } =
  await importTokenTable();

/** Order in an element's list: its own tokens, those of the elements it renders, then system and reference. */
const listingOrder = (tag, token) =>
  ownerOf(token) === tag ? 0 : { component: 1, system: 2, reference: 3 }[tierOf(token)];

/** The tokens an element's styles read, each with its description and default from the table. */
function cssPropertiesOf(tag) {
  return tokens
    .filter((token) => token.readBy.includes(tag))
    .map((token, index) => ({ token, index }))
    .sort((a, b) => listingOrder(tag, a.token) - listingOrder(tag, b.token) || a.index - b.index)
    .map(({ token }) => {
      const property = { name: customPropertyOf(token.path), description: describedWithDefault(token) };
      // A default computed from our private properties (a size that grows) is stated in words only.
      const fallback = documentedDefaultOf(token);
      return fallback.includes('--_') ? property : { ...property, default: fallback };
    });
}

/** The tag a class names in its `static tagName` field (the analyzer keeps the initialiser as written). */
function tagOf(declaration) {
  const field = (declaration.members ?? []).find((member) => member.static && member.name === 'tagName');
  return /^(['"])([a-z][a-z0-9]*-[a-z0-9-]*)\1$/.exec(field?.default ?? '')?.[2];
}

/**
 * Each class names its tag in `static tagName` and registration lives apart (`src/define/`), so
 * the analyzer cannot pair tags and classes itself; and each element lists the tokens of the
 * table that its styles read.
 */
function newsElementsPlugin() {
  return {
    name: 'news-elements',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order the file system returns them: sorted, the
      // manifest is the same file (and the same size) on every machine.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      for (const declaration of declarations) {
        // Public is the schema's default: a property declared in `static properties` need not say so.
        for (const member of declaration.members ?? []) if (member.privacy === 'public') delete member.privacy;
        // Internal state (`{ state: true }` in `static properties`) has no attribute.
        const internal = new Set(
          (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
        );
        for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
        if (declaration.attributes)
          declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
        const tag = declaration.kind === 'class' ? tagOf(declaration) : undefined;
        if (!tag) continue;
        declaration.tagName = tag;
        declaration.customElement = true;
        // The rules for slotted descendants are an implementation detail, not an API.
        declaration.members = (declaration.members ?? []).filter((member) => member.name !== 'lightStyles');
        declaration.cssProperties = cssPropertiesOf(tag);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The React wrappers are not custom elements: they are described by their types. The lazy
  // chunks (the slotted body's loader, sheet and scroll-focus controller; the v1.1 blocks and
  // their loader; the relative times and their loader; the JSON-LD writer and its loader; the loader
  // of `src`; the typography of scripts without italic and its server loader; the parsers' loader) and
  // the one wait for them are internal, as the sanitiser's in src/data is.
  exclude: [
    'src/**/*.styles.ts',
    'src/data/**',
    'src/react/**',
    'src/article-section/blocks.ts',
    'src/shared/blocks.ts',
    'src/shared/chunks.ts',
    'src/shared/body-content*.ts',
    'src/shared/parsers*.ts',
    'src/shared/css-text.ts',
    'src/shared/recent.ts',
    'src/shared/relative-time.ts',
    'src/shared/scroll-focus-controller.ts',
    'src/shared/source*.ts',
    'src/shared/script*.ts',
    'src/shared/structured-data-loader.ts',
    // The token table: the custom properties it defines are listed on the elements that read them.
    'src/shared/tokens.ts',
    'src/shared/tokens-format.ts',
    'src/news-article/structured-data.ts',
    // The CDN file's entry: what it exports, `news-elements` (src/index.ts) exports too.
    'src/news-elements.ts',
    // Lit's hydrate support, a file of its own: it declares nothing.
    'src/hydrate-support.ts',
    'src/skip-link/skip.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [newsElementsPlugin()],
};
