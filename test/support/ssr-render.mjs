/**
 * Server rendering of the cases of ssr-cases.mjs with `@lit-labs/ssr`, from the TypeScript
 * sources (no dist/ needed), recording what each case reports while it renders: its `news-error`
 * events and every console error or warning.
 */
import { format } from 'node:util';
import { bundleSources, importBundle } from './import-sources.mjs';

/** Storybook modules the stories import that run in Storybook only: play functions, docs links. */
export const storyStubs = {
  'storybook/test': "export const expect = () => { throw new Error('play functions run in Storybook only'); };",
  // The docs pages' links to other stories (stories/support/docs.ts); the real module imports
  // Storybook's test runtime.
  'storybook/internal/csf':
    'export const storyNameFromExport = (name) => name; export const toId = (...parts) => parts.join("--");',
};

/**
 * The renderer, the defined elements and the cases, from one bundle: one copy of Lit. The v1.1
 * blocks, the typography of scripts without italic and the labels of every built-in language are
 * loaded first, as a server does (`loadBlocks`, `loadScriptTypography`, `loadLabels`), so they
 * render as in the browser.
 */
export async function importServerRendering() {
  const code = await bundleSources(
    [
      "export { render } from '@lit-labs/ssr';",
      "export { collectResult } from '@lit-labs/ssr/lib/render-result.js';",
      "import './src/define/index.ts';",
      "export { loadBlocks, loadLabels, loadScriptTypography } from './src/index.ts';",
      "export { labelLanguages } from './src/data/index.ts';",
      "export { elements } from './src/elements.ts';",
      "export { bodyContentLightCss } from './src/shared/body-content.styles.ts';",
      "export { scriptsLightCss } from './src/shared/scripts.styles.ts';",
      "export { elementTags, ssrCases, storyModules } from './test/support/ssr-cases.mjs';",
    ],
    { stubs: storyStubs },
  );
  const rendering = await importBundle(code);
  await Promise.all([
    rendering.loadBlocks(),
    rendering.loadScriptTypography(),
    ...rendering.labelLanguages().map((language) => rendering.loadLabels(language)),
  ]);
  return rendering;
}

/**
 * Renders one case to HTML. `reported` holds the `news-error` details that reached the
 * renderer's root (every element's event bubbles and is composed), `logged` the console's
 * errors and warnings, as text.
 */
export async function renderCase({ render, collectResult }, testCase) {
  const reported = [];
  const logged = [];
  const onNewsError = (event) => reported.push(event.detail);
  const { error, warn } = console;
  console.error = (...args) => logged.push(`error: ${format(...args)}`);
  console.warn = (...args) => logged.push(`warning: ${format(...args)}`);
  globalThis.litServerRoot.addEventListener('news-error', onNewsError);
  try {
    const html = await collectResult(render(testCase.template()));
    return { html, reported, logged };
  } finally {
    globalThis.litServerRoot.removeEventListener('news-error', onNewsError);
    Object.assign(console, { error, warn });
  }
}
