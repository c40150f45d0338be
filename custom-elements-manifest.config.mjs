/**
 * `custom-elements.json` from the classes' JSDoc: the one description of every attribute,
 * property, slot, part, event and CSS custom property, read by Storybook, editors and docs.
 */

/** The tag a class names in its `static tagName` field (the analyzer keeps the initialiser as written). */
function tagOf(declaration) {
  const field = (declaration.members ?? []).find((member) => member.static && member.name === 'tagName');
  return /^(['"])([a-z][a-z0-9]*-[a-z0-9-]*)\1$/.exec(field?.default ?? '')?.[2];
}

/**
 * Each class names its tag in `static tagName` and registration lives apart (`src/define/`), so
 * the analyzer cannot pair tags and classes itself; and the system and reference tokens,
 * documented once on `<news-article>`, are read by every element, so each element lists them.
 */
function newsElementsPlugin() {
  return {
    name: 'news-elements',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order the file system returns them: sorted, the
      // manifest is the same file (and the same size) on every machine.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const article = declarations.find((declaration) => declaration.name === 'NewsArticle');
      const sharedTokens = (article?.cssProperties ?? []).filter((property) =>
        /^--news-(sys|ref)-/.test(property.name),
      );
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
        const own = new Set((declaration.cssProperties ?? []).map((property) => property.name));
        declaration.cssProperties = [
          ...(declaration.cssProperties ?? []),
          ...sharedTokens.filter((property) => !own.has(property.name)),
        ];
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
    'src/news-article/structured-data.ts',
    // The CDN file's entry: what it exports, `news-elements` (src/index.ts) exports too.
    'src/news-elements.ts',
    'src/skip-link/skip.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [newsElementsPlugin()],
};
