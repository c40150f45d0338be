import type { TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';

const headingTags: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** The nearest level in h2–h6 (h1 is the article's headline); 2 when the level is not a number. */
const clampLevel = (level: number): number =>
  Number.isFinite(level) ? Math.min(6, Math.max(2, Math.round(level))) : 2;

/** An `h2`–`h6` chosen at run time (the level depends on where the element sits). */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; part: string; className?: string },
): TemplateResult {
  const tag = headingTags[clampLevel(level)]!;
  return html`<${tag} id=${ifDefined(options.id)} part=${options.part} class=${ifDefined(options.className)}
    >${content}</${tag}
  >`;
}
