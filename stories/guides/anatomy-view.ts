import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import manifest from '../../custom-elements.json';

interface ManifestEntry {
  name: string;
  description?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  cssParts?: ManifestEntry[];
  slots?: ManifestEntry[];
}

const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules.flatMap(
  (module) => module.declarations ?? [],
);

/** The manifest's Markdown code spans (`<h1>`) as code elements. */
const withCode = (text: string) =>
  text.split('`').map((piece, index) => (index % 2 === 1 ? html`<code>${piece}</code>` : piece));

interface Mark {
  label: string;
  kind: 'part' | 'slot';
  description: string;
  box?: { top: number; left: number; width: number; height: number };
}

/**
 * Shows an element (its light-DOM child) with its parts and slots outlined and numbered, and a
 * legend naming each with its description from `custom-elements.json`. Parts are found in the
 * element's own shadow root (the first of each; nested elements' parts are theirs to show),
 * slots by the light-DOM children assigned to them. The outlines follow the example as it
 * resizes. Stories only.
 */
export class AnatomyView extends LitElement {
  static override properties = {
    tag: { type: String },
    marks: { state: true },
  };

  /** The element whose anatomy is shown; each child of that name is measured. */
  tag = '';
  /** What is outlined and listed, measured after the example renders. */
  marks: Mark[] = [];
  private _resizeObserver = new ResizeObserver(() => this.measure());

  static override styles = css`
    :host {
      display: block;
      --_mark-part: light-dark(#a0005c, #ff8fcb);
      --_mark-slot: light-dark(#005a8c, #7fd0ff);
      --_on-mark: light-dark(#ffffff, #111111);
    }
    .stage {
      position: relative;
      display: grid;
      gap: 1.5rem;
      padding-block-start: 0.75rem;
    }
    .box {
      position: absolute;
      box-sizing: border-box;
      border: 2px dashed var(--_mark-part);
      pointer-events: none;
    }
    .box.slot {
      border-style: dotted;
      border-color: var(--_mark-slot);
    }
    .badge {
      position: absolute;
      inset-block-start: -0.7rem;
      inset-inline-start: -2px;
      min-inline-size: 1.4rem;
      padding: 0 0.3rem;
      border-radius: 0.7rem;
      background: var(--_mark-part);
      color: var(--_on-mark);
      font: 700 0.75rem/1.4rem system-ui, sans-serif;
      text-align: center;
    }
    .slot .badge {
      background: var(--_mark-slot);
    }
    ol {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 0.5rem 1.5rem;
      margin: 1.5rem 0 0;
      padding: 0;
      list-style: none;
      font: 0.875rem/1.45 system-ui, sans-serif;
    }
    li {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.5rem;
      align-items: start;
    }
    li .badge {
      position: static;
    }
    li > span > code:first-child {
      font-weight: 600;
    }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    this._resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizeObserver.disconnect();
  }

  protected override firstUpdated(_changed: PropertyValues): void {
    // Wait for the example to render (and its nested elements, images and fonts) before measuring.
    const example = this.querySelector(this.tag) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    void (example?.updateComplete ?? Promise.resolve())
      .then(() => document.fonts.ready)
      .then(() => new Promise((resolve) => setTimeout(resolve, 300)))
      .then(() => this.measure());
    this.addEventListener('load', () => this.measure(), true);
  }

  /** Outlines the parts and slots again, e.g. after the example changes state. */
  measure(): void {
    // Examples from JSON show the parts; examples from slotted HTML show the slots.
    const examples = [...this.querySelectorAll(`:scope > ${this.tag}`)];
    const stage = this.renderRoot.querySelector('.stage');
    if (examples.length === 0 || !stage) return;
    const origin = stage.getBoundingClientRect();
    // A part on a <slot> or a `display: contents` wrapper has no box of its own: outline what it holds.
    const rectsOf = (element: Element): DOMRect[] => {
      const rect = element.getBoundingClientRect();
      if (rect.width > 0 || rect.height > 0) return [rect];
      const inside = element instanceof HTMLSlotElement ? element.assignedElements() : [...element.children];
      return inside.flatMap(rectsOf);
    };
    const boxOf = (element: Element | null | undefined) => {
      const rects = element ? rectsOf(element) : [];
      if (rects.length === 0) return undefined;
      const top = Math.min(...rects.map((rect) => rect.top));
      const left = Math.min(...rects.map((rect) => rect.left));
      const width = Math.max(...rects.map((rect) => rect.right)) - left;
      const height = Math.max(...rects.map((rect) => rect.bottom)) - top;
      return { top: top - origin.top, left: left - origin.left, width, height };
    };
    const declaration = declarations.find((candidate) => candidate.tagName === this.tag);
    const ownParts = (declaration?.cssParts ?? []).filter(
      (part) => !part.name.includes('-') || part.name === 'skip-link',
    );
    const parts: Mark[] = ownParts.map((part) => ({
      label: `::part(${part.name})`,
      kind: 'part',
      description: part.description ?? '',
      box: examples.map((example) => boxOf(example.shadowRoot?.querySelector(`[part~="${part.name}"]`))).find(Boolean),
    }));
    const slots: Mark[] = (declaration?.slots ?? []).map((slot) => ({
      label: slot.name ? `slot="${slot.name}"` : 'default slot',
      kind: 'slot',
      description: slot.description ?? '',
      box: examples
        .map((example) =>
          boxOf(
            slot.name
              ? example.querySelector(`:scope > [slot="${slot.name}"]`)
              : [...example.children].find((child) => !child.hasAttribute('slot')),
          ),
        )
        .find(Boolean),
    }));
    this.marks = [...parts, ...slots];
  }

  protected override render(): TemplateResult {
    const shown = this.marks.filter((mark) => mark.box);
    const notShown = this.marks.filter((mark) => !mark.box);
    const number = (mark: Mark) => shown.indexOf(mark) + 1;
    // Boxes often share a corner (a header and its headline): move a badge right until it is clear.
    const badgeOffsets: number[] = [];
    const placed: { top: number; left: number }[] = [];
    for (const mark of shown) {
      let offset = 0;
      while (
        placed.some(
          (other) => Math.abs(other.top - mark.box!.top) < 20 && Math.abs(other.left - (mark.box!.left + offset)) < 28,
        )
      ) {
        offset += 28;
      }
      placed.push({ top: mark.box!.top, left: mark.box!.left + offset });
      badgeOffsets.push(offset);
    }
    return html`<div class="stage">
        <slot></slot>
        ${shown.map(
          (mark) =>
            html`<div
              class="box ${mark.kind}"
              aria-hidden="true"
              style="top:${mark.box!.top}px;left:${mark.box!.left}px;width:${mark.box!.width}px;height:${
                mark.box!.height
              }px"
            >
              <span class="badge" style="margin-inline-start:${badgeOffsets[shown.indexOf(mark)]}px"
                >${number(mark)}</span
              >
            </div>`,
        )}
      </div>
      <ol aria-label="Parts and slots of ${this.tag}">
        ${shown.map(
          (mark) =>
            html`<li>
              <span class="badge" style="background: var(--_mark-${mark.kind})">${number(mark)}</span>
              <span><code>${mark.label}</code> ${withCode(mark.description)}</span>
            </li>`,
        )}
        ${notShown.map(
          (mark) =>
            html`<li>
              <span class="badge" style="background: var(--_mark-${mark.kind})">–</span>
              <span><code>${mark.label}</code> ${withCode(mark.description)} (not shown here)</span>
            </li>`,
        )}
      </ol>`;
  }
}

/** Defines `<anatomy-view>` once. */
export function defineAnatomyView(): void {
  if (!customElements.get('anatomy-view')) customElements.define('anatomy-view', AnatomyView);
}
