import { css, html, LitElement, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { latestStories, seedArticle } from '../support/fixtures.js';

interface TokenField {
  token: string;
  label: string;
  kind: 'color' | 'font' | 'radius';
  value: string;
}

const fonts: Record<string, string> = {
  'Serif (default)': "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Liberation Serif', serif",
  'Sans-serif': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif",
  Georgia: 'Georgia, serif',
  'Times / Liberation Serif': "'Times New Roman', 'Liberation Serif', serif",
  Monospace: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace",
};

/** The tokens a brand usually changes, with the library's defaults. */
const initialFields = (): TokenField[] => [
  { token: '--news-ref-color-accent-40', label: 'Accent, light theme', kind: 'color', value: '#a3231a' },
  { token: '--news-ref-color-accent-80', label: 'Accent, dark theme', kind: 'color', value: '#ff9d8f' },
  { token: '--news-ref-color-neutral-10', label: 'Ink, light theme', kind: 'color', value: '#161514' },
  { token: '--news-ref-color-neutral-100', label: 'Paper, light theme', kind: 'color', value: '#ffffff' },
  { token: '--news-ref-color-night-94', label: 'Ink, dark theme', kind: 'color', value: '#eceef1' },
  { token: '--news-ref-color-night-10', label: 'Paper, dark theme', kind: 'color', value: '#121316' },
  { token: '--news-sys-font-display', label: 'Headline font', kind: 'font', value: fonts['Serif (default)']! },
  { token: '--news-sys-font-body', label: 'Body font', kind: 'font', value: fonts['Serif (default)']! },
  { token: '--news-sys-font-ui', label: 'Label font', kind: 'font', value: fonts['Sans-serif']! },
  { token: '--news-sys-radius', label: 'Corner radius', kind: 'radius', value: '0.25em' },
];

const typeOf = { color: 'color', font: 'fontFamily', radius: 'dimension' } as const;

/** `--news-ref-color-accent-40` → `{ news: { ref: { color: { "accent-40": … } } } }`, a Design Tokens group per name segment. */
function tokensJson(fields: TokenField[]): string {
  const root: Record<string, unknown> = {};
  for (const field of fields) {
    const [namespace, tier, group, ...rest] = field.token.slice(2).split('-');
    const path = [namespace!, tier!, group!, rest.join('-')].filter(Boolean);
    let node = root;
    for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = { $type: typeOf[field.kind], $value: field.value };
  }
  return JSON.stringify(root, null, 2);
}

const cssText = (fields: TokenField[]) =>
  `/* news-elements theme: set on :root or any ancestor of the elements. */\n:root {\n${fields
    .map((field) => `  ${field.token}: ${field.value};`)
    .join('\n')}\n}\n`;

/**
 * A form of the tokens a brand changes (colours for both themes, three fonts, radius) beside a
 * live article, with the result as CSS and as Design Tokens JSON to copy. Stories only.
 */
export class ThemeBuilder extends LitElement {
  static override properties = {
    fields: { state: true },
    copied: { state: true },
  };

  /** The tokens, as the form has them. */
  fields = initialFields();
  /** What was last copied, announced to screen readers. */
  copied = '';

  static override styles = css`
    :host {
      display: grid;
      grid-template-columns: minmax(15rem, 18rem) minmax(0, 1fr);
      gap: 1.5rem;
      font: 0.9rem/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    }
    @media (max-width: 52rem) {
      :host {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    form {
      display: grid;
      gap: 0.6rem;
      align-content: start;
    }
    fieldset {
      display: grid;
      gap: 0.6rem;
      margin: 0;
      padding: 0.5rem 0.75rem 0.75rem;
      border: 1px solid light-dark(#8a8580, #6b6f78);
      border-radius: 0.375rem;
    }
    legend {
      font-weight: 700;
    }
    label {
      display: grid;
      grid-template-columns: 1fr auto;
      align-items: center;
      gap: 0.5rem;
    }
    label.wide {
      grid-template-columns: 1fr;
      gap: 0.2rem;
    }
    input[type='color'] {
      inline-size: 2.75rem;
      block-size: 1.75rem;
      padding: 0;
    }
    select,
    input[type='range'] {
      inline-size: 100%;
    }
    .output {
      display: grid;
      gap: 0.5rem;
    }
    textarea {
      inline-size: 100%;
      box-sizing: border-box;
      min-block-size: 9rem;
      font: 0.75rem/1.4 ui-monospace, Menlo, Consolas, monospace;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    button {
      font: inherit;
      padding: 0.35rem 0.75rem;
    }
    .preview {
      min-inline-size: 0;
      container-type: inline-size;
    }
  `;

  private _set(token: string, value: string): void {
    this.fields = this.fields.map((field) => (field.token === token ? { ...field, value } : field));
  }

  private async _copy(what: 'CSS' | 'JSON'): Promise<void> {
    const text = what === 'CSS' ? cssText(this.fields) : tokensJson(this.fields);
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `${what} copied.`;
    } catch {
      // No clipboard (an insecure context or a refused permission): the text is selected to copy by hand.
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#output-${what.toLowerCase()}`);
      area?.select();
      this.copied = `${what} selected: press Ctrl+C or ⌘C to copy.`;
    }
  }

  private _field(field: TokenField): TemplateResult {
    const id = `field${field.token}`;
    if (field.kind === 'color') {
      return html`<label for=${id}
        >${field.label}
        <input
          id=${id}
          type="color"
          .value=${field.value}
          @input=${(event: Event) => this._set(field.token, (event.target as HTMLInputElement).value)}
      /></label>`;
    }
    if (field.kind === 'font') {
      return html`<label class="wide" for=${id}
        >${field.label}
        <select
          id=${id}
          @change=${(event: Event) => this._set(field.token, (event.target as HTMLSelectElement).value)}
        >
          ${Object.entries(fonts).map(
            ([name, stack]) => html`<option value=${stack} ?selected=${stack === field.value}>${name}</option>`,
          )}
        </select></label
      >`;
    }
    return html`<label class="wide" for=${id}
      >${field.label}: ${field.value}
      <input
        id=${id}
        type="range"
        min="0"
        max="1.5"
        step="0.125"
        .value=${String(parseFloat(field.value))}
        @input=${(event: Event) => this._set(field.token, `${(event.target as HTMLInputElement).value}em`)}
    /></label>`;
  }

  protected override render(): TemplateResult {
    const tokens = Object.fromEntries(this.fields.map((field) => [field.token, field.value]));
    const group = (legend: string, kinds: TokenField['kind'][]) =>
      html`<fieldset>
        <legend>${legend}</legend>
        ${this.fields.filter((field) => kinds.includes(field.kind)).map((field) => this._field(field))}
      </fieldset>`;
    return html`<form @submit=${(event: Event) => event.preventDefault()}>
        ${group('Brand colours', ['color'])} ${group('Type and shape', ['font', 'radius'])}
        <div class="output">
          <label class="wide" for="output-css">CSS <textarea id="output-css" readonly .value=${cssText(this.fields)}></textarea></label>
          <label class="wide" for="output-json"
            >Tokens (Design Tokens JSON)
            <textarea id="output-json" readonly .value=${tokensJson(this.fields)}></textarea>
          </label>
          <div class="buttons">
            <button type="button" @click=${() => this._copy('CSS')}>Copy CSS</button>
            <button type="button" @click=${() => this._copy('JSON')}>Copy JSON</button>
            <button type="button" @click=${() => (this.fields = initialFields())}>Reset</button>
          </div>
          <p role="status">${this.copied}</p>
        </div>
      </form>
      <div class="preview" style=${styleMap(tokens)}>
        <news-article no-skip-link .article=${{ ...seedArticle, latest: latestStories }}></news-article>
      </div>`;
  }
}

/** Defines `<theme-builder>` once. */
export function defineThemeBuilder(): void {
  if (!customElements.get('theme-builder')) customElements.define('theme-builder', ThemeBuilder);
}
