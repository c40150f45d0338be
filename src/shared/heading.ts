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

/** An `h2`–`h6` chosen at run time (the level depends on where the element sits). */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; part: string; className?: string },
): TemplateResult {
  const tag = headingTags[level] ?? headingTags[2];
  return html`<${tag} id=${ifDefined(options.id)} part=${options.part} class=${ifDefined(options.className)}
    >${content}</${tag}
  >`;
}
