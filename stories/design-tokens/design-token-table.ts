import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { seedArticle } from '../support/fixtures.js';
import { elementTags, tokenGroups, type TokenDoc, type TokenGroup } from './token-docs.js';

type SampleKind = 'colour' | 'font-family' | 'font-size' | 'line-height' | 'radius' | 'padding' | 'length';

function sampleKindOf(name: string, value: string): SampleKind | undefined {
  if (name.endsWith('-font-size')) return 'font-size';
  if (/-font(-|$)/.test(name)) return 'font-family';
  if (name.endsWith('-line-height')) return 'line-height';
  if (name.endsWith('-radius')) return 'radius';
  if (name.endsWith('-padding')) return 'padding';
  if (CSS.supports('color', value)) return 'colour';
  if (CSS.supports('width', value)) return 'length';
  return undefined;
}

/** Text with `code spans`, as the token table's descriptions have them. */
function withCodeSpans(text: string): (string | TemplateResult)[] {
  return text.split('`').map((part, index) => (index % 2 === 1 ? html`<code>${part}</code>` : part));
}

const tierHeadings: Record<TokenGroup['tier'], string> = {
  reference: 'Reference tier: the raw palette and type families',
  system: 'System tier: roles built from the reference tier, read by all six elements',
  component: 'Component tier',
};

function groupHeading(group: TokenGroup): TemplateResult {
  const heading =
    group.tier === 'component'
      ? html`Component tier: <code>&lt;${group.readFrom}&gt;</code>`
      : tierHeadings[group.tier];
  return html`${heading}, <code>${group.pattern}</code> (${group.tokens.length})`;
}

/**
 * Every CSS custom property of the news elements, grouped by tier, with its description from
 * the token table (src/shared/tokens.ts) and its default as computed on a live instance of the element.
 */
export class DesignTokenTable extends LitElement {
  static override styles = css`
    :host {
      --muted-text: light-dark(#5f5b55, #b9bcc3);
      --rule: light-dark(#ddd8cf, #3a3d44);
      --sample-fill: light-dark(#5f5b55, #b9bcc3);
      display: block;
      font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif;
      font-size: 1rem;
      line-height: 1.5;
      color: inherit;
    }
    p {
      margin: 0 0 0.75rem;
      max-width: 48rem;
    }
    .count {
      font-weight: 600;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
      margin-block-start: 1.5rem;
    }
    caption {
      text-align: start;
      font-size: 1.25rem;
      font-weight: 700;
      padding-block-end: 0.5rem;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.5rem 0.75rem;
      border-block-end: 1px solid var(--rule);
      overflow-wrap: anywhere;
    }
    thead th {
      border-block-end: 2px solid currentColor;
    }
    th[scope='rowgroup'] {
      padding-block-start: 1.75rem;
      font-size: 1.0625rem;
      border-block-end: 2px solid currentColor;
    }
    th[scope='row'] {
      font-weight: 400;
    }
    .column-name {
      width: 24%;
    }
    .column-description {
      width: 32%;
    }
    .column-value {
      width: 28%;
    }
    code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
      font-size: 0.875em;
    }
    th[scope='row'] code {
      font-weight: 600;
    }
    .note {
      display: block;
      margin-block-start: 0.25rem;
      font-size: 0.875rem;
      color: var(--muted-text);
    }
    /* Samples are drawn at the cell's font size, the size the elements use by default. */
    .sample {
      overflow: hidden;
    }
    .swatch {
      display: block;
      block-size: 2rem;
      border: 1px solid var(--sample-fill);
      border-radius: 0.25rem;
      background: var(--sample-value);
    }
    .bar-track {
      display: block;
      overflow: hidden;
      /* A length wider than the cell fades out at its edge rather than looking as short as the cell. */
      mask-image: linear-gradient(to right, #000 calc(100% - 1.5rem), transparent);
    }
    :host(:dir(rtl)) .bar-track {
      mask-image: linear-gradient(to left, #000 calc(100% - 1.5rem), transparent);
    }
    .bar {
      display: block;
      inline-size: var(--sample-value);
      block-size: 0.75rem;
      margin-block: 0.375rem;
      background: var(--sample-fill);
    }
    .radius {
      display: block;
      inline-size: 3rem;
      block-size: 2rem;
      border: 2px solid var(--sample-fill);
      border-radius: var(--sample-value);
    }
    .padding {
      display: block;
      inline-size: fit-content;
      max-inline-size: 100%;
      padding: var(--sample-value);
      border: 1px dashed var(--sample-fill);
    }
    .padding::before {
      content: '';
      display: block;
      inline-size: 2rem;
      block-size: 1rem;
      background: var(--sample-fill);
    }
    .text-sample {
      display: block;
      font-size: 1.125rem;
      line-height: 1.3;
    }
    .font-family {
      font-family: var(--sample-value);
    }
    .font-size {
      font-size: var(--sample-value);
    }
    .line-height {
      font-size: 0.875rem;
      line-height: var(--sample-value);
    }
  `;

  /** Computed default of each public property, by name; empty where the element has no private twin. */
  @state() private computedDefaults = new Map<string, string>();

  protected override render(): TemplateResult {
    const tokenCount = (tier: TokenGroup['tier']) =>
      tokenGroups.filter((group) => group.tier === tier).reduce((count, group) => count + group.tokens.length, 0);
    const total = tokenGroups.reduce((count, group) => count + group.tokens.length, 0);
    return html`
      <p class="count">
        ${total} custom properties: ${tokenCount('reference')} reference, ${tokenCount('system')} system and
        ${tokenCount('component')} component (${elementTags.length} elements).
      </p>
      <p>
        Default values are those of the token table, <code>src/shared/tokens.ts</code>, with aliases followed, or
        computed on an instance of each element in this page where it keeps one. Colours pair a light and a dark value
        with <code>light-dark()</code>; their swatches follow the toolbar’s theme. The same table is shipped as
        <code>news-elements/tokens.json</code>.
      </p>
      <table>
        <caption>
          CSS custom properties of the news elements, by tier
        </caption>
        <colgroup>
          <col class="column-name" />
          <col class="column-description" />
          <col class="column-value" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Custom property</th>
            <th scope="col">Description</th>
            <th scope="col">Default value</th>
            <th scope="col">Sample</th>
          </tr>
        </thead>
        ${tokenGroups.map(
          (group) => html`<tbody>
            <tr>
              <th scope="rowgroup" colspan="4">${groupHeading(group)}</th>
            </tr>
            ${group.tokens.map((token) => this.renderRow(token))}
          </tbody>`,
        )}
      </table>
      <div class="instances" hidden>
        <news-article .article=${seedArticle}></news-article>
        <article-section></article-section>
        <bullet-list></bullet-list>
        <author-card></author-card>
        <latest-news></latest-news>
        <skip-link></skip-link>
      </div>
    `;
  }

  private renderRow(token: TokenDoc): TemplateResult {
    const computed = this.computedDefaults.get(token.name) ?? '';
    const sampleValue = computed || token.documentedValue || '';
    return html`<tr>
      <th scope="row"><code>${token.name}</code></th>
      <td>${withCodeSpans(token.description)}</td>
      <td>${computed ? html`<code>${computed}</code>` : this.renderDocumentedDefault(token)}</td>
      <td class="sample">${sampleValue ? this.renderSample(sampleKindOf(token.name, sampleValue), sampleValue) : nothing}</td>
    </tr>`;
  }

  /**
   * Where no computed value can be read (a property read where it applies, or a build whose
   * private properties are renamed): the table's default.
   */
  private renderDocumentedDefault(token: TokenDoc): TemplateResult {
    const value = token.documentedValue
      ? html`<code>${token.documentedValue}</code>`
      : withCodeSpans(token.documentedDefault);
    return html`${value}`;
  }

  private renderSample(kind: SampleKind | undefined, value: string): TemplateResult | typeof nothing {
    const style = `--sample-value: ${value}`;
    switch (kind) {
      case 'colour':
        return html`<span class="swatch" style=${style} aria-hidden="true"></span>`;
      case 'length':
        return html`<span class="bar-track" aria-hidden="true"><span class="bar" style=${style}></span></span>`;
      case 'radius':
        return html`<span class="radius" style=${style} aria-hidden="true"></span>`;
      case 'padding':
        return html`<span class="padding" style=${style} aria-hidden="true"></span>`;
      case 'font-family':
        return html`<span class="text-sample font-family" style=${style} aria-hidden="true">Trade talks in Kuala Lumpur</span>`;
      case 'font-size':
        return html`<span class="text-sample font-size" style=${style} aria-hidden="true">Aa Kuala Lumpur</span>`;
      case 'line-height':
        return html`<span class="text-sample line-height" style=${style} aria-hidden="true"
          >Leaders gather for the summit with trade on the agenda</span
        >`;
      default:
        return nothing;
    }
  }

  protected override async firstUpdated(): Promise<void> {
    await Promise.all(elementTags.map((tag) => customElements.whenDefined(tag)));
    const computedDefaults = new Map<string, string>();
    for (const group of tokenGroups) {
      const instance = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(
        group.readFrom,
      );
      if (!instance) continue;
      await instance.updateComplete;
      const style = getComputedStyle(instance);
      for (const token of group.tokens)
        computedDefaults.set(token.name, style.getPropertyValue(token.privateName).trim());
    }
    this.computedDefaults = computedDefaults;
  }
}

/**
 * Registers `<design-token-table>`. A call rather than an import-time side effect: the package's
 * `sideEffects` list lets the bundler drop modules imported only for their side effects.
 */
export function defineDesignTokenTable(): void {
  if (!customElements.get('design-token-table')) customElements.define('design-token-table', DesignTokenTable);
}

declare global {
  interface HTMLElementTagNameMap {
    'design-token-table': DesignTokenTable;
  }
}
