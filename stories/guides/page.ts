import { html, type TemplateResult } from 'lit';
import manifest from '../../custom-elements.json';
import { elements } from '../../src/elements.js';

/**
 * The prose pages of the Storybook (introduction, guidance): light-DOM markup in the story
 * canvas, whose colours follow the theme. Styles are scoped to `.guide`.
 */
export const guideStyles = html`<style>
  .guide {
    max-inline-size: 46rem;
    margin-inline: auto;
    font: 1rem/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  .guide h1 {
    font-size: 2rem;
    line-height: 1.2;
    margin: 0.5rem 0 1rem;
  }
  .guide h2 {
    font-size: 1.35rem;
    margin: 2rem 0 0.5rem;
  }
  .guide h3 {
    font-size: 1.05rem;
    margin: 1.25rem 0 0.25rem;
  }
  .guide a {
    color: inherit;
    text-underline-offset: 0.15em;
  }
  .guide code,
  .guide pre {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  .guide pre {
    overflow-x: auto;
    padding: 0.75rem 1rem;
    border-radius: 0.375rem;
    background: light-dark(#f3f1ed, #1d1f24);
  }
  .guide dl {
    display: grid;
    grid-template-columns: minmax(9rem, auto) 1fr;
    gap: 0.5rem 1rem;
  }
  .guide dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    .guide dl {
      grid-template-columns: 1fr;
      gap: 0 1rem;
    }
    .guide dd {
      margin-block-end: 0.5rem;
    }
  }
</style>`;

/**
 * A link to another page of this Storybook that opens in the whole window. The story's frame
 * (iframe.html) sits beside the manager's index.html, so `./?path=…` is the manager's URL.
 */
export const storybookLink = (path: string, text: string | TemplateResult): TemplateResult =>
  html`<a href="./?path=${path}" target="_top">${text}</a>`;

interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
}

/** The six elements with the one-line summary of their class's JSDoc. */
export const elementSummaries = elements.map((element) => {
  const declaration = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === element.tagName);
  return { tag: element.tagName, summary: declaration?.summary ?? '' };
});
