import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The nearest level in h2–h6 (h1 is the article's headline); 2 when the level is not a number. */
const clampLevel = (level: number): number =>
  Number.isFinite(level) ? Math.min(6, Math.max(2, Math.round(level))) : 2;

/**
 * An `h2`–`h6` chosen at run time (the level depends on where the element sits). One plain
 * template per level: smaller than Lit's static templates, and the same DOM.
 */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; part: string; className?: string },
): TemplateResult {
  const id = ifDefined(options.id);
  const className = ifDefined(options.className);
  switch (clampLevel(level)) {
    case 2:
      return html`<h2 id=${id} part=${options.part} class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${options.part} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${options.part} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${options.part} class=${className}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${options.part} class=${className}>${content}</h6>`;
  }
}
