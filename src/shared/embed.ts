import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DataProblem, EmbedBlock, EmbedField, Labels } from '../data/index.js';
import type { EmbedFrame, EmbedProvider } from '../data/embed-providers.js';
import { describeError } from './news-element.js';

type FindProvider = (url: string) => EmbedProvider | undefined;

let providerTable: Promise<FindProvider> | undefined;

/** Loads the provider table (a chunk of its own, fetched only for an article with an embed); a failed load is tried again by the next caller. */
function loadProviders(): Promise<FindProvider> {
  if (!providerTable) {
    const loading = import('../data/embed-providers.js').then((module) => module.embedProvider);
    loading.catch(() => {
      if (providerTable === loading) providerTable = undefined;
    });
    providerTable = loading;
  }
  return providerTable;
}

/** `{name}` placeholders of a label replaced by their values. */
const fill = (label: string, values: { [name: string]: string }) =>
  label.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/**
 * An embed of a provider that can show it in a frame: the facade (provider, title, a button that
 * calls `open`) until `opened`, then the frame.
 */
function renderFacade(
  block: EmbedBlock,
  provider: EmbedProvider & { frame: EmbedFrame },
  labels: Labels,
  part: string,
  opened: boolean,
  open: (event: Event) => void,
): TemplateResult {
  const frame = provider.frame;
  // The svg in the frame's cell gives it its height: the ratio to its width, or the player's fixed
  // height. (A style attribute would do it too, but a page's CSP may forbid those.)
  const [width, height] = block.aspectRatio ?? (frame.height ? [] : (frame.aspectRatio ?? [16, 9]));
  const name = provider.name;
  return html`<figure class="embed" part=${part}>
      <div class="embed-frame">
        <svg
          class="embed-size"
          aria-hidden="true"
          viewBox=${ifDefined(width && `0 0 ${width} ${height}`)}
          height=${ifDefined(width ? undefined : frame.height)}
        ></svg>
        ${
          opened
            ? html`<iframe
                src=${frame.src}
                title=${block.title}
                allow=${frame.allow}
                sandbox=${ifDefined(frame.sandbox)}
                referrerpolicy="strict-origin-when-cross-origin"
                allowfullscreen
              ></iframe>`
            : html`<div class="embed-facade">
                <span class="embed-provider">${name}</span>
                <span class="embed-title">${block.title}</span>
                <button type="button" class="embed-load" @click=${open}>
                  <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5v14l11-7z" /></svg>
                  ${fill(provider.video ? labels.playVideo : labels.loadEmbed, { title: block.title, provider: name })}
                </button>
              </div>`
        }
      </div>
      <figcaption>
        ${block.caption ? html`${block.caption} ` : nothing}<a href=${block.url}
          >${fill(labels.openEmbed, { provider: name })}</a
        >
      </figcaption>
    </figure>`;
}

/**
 * Renders embed blocks for one element, privacy- and speed-first: nothing from a provider loads
 * until the reader asks for it. An embed shows as a card with a link to the original until the
 * provider table has loaded (on the server, and without JavaScript, it stays that card); then, for
 * a provider that can be shown in a frame, as a facade (provider, title, a button, a link to the
 * original) whose button creates the frame. An embed of an unknown provider, or a URL its provider
 * cannot show, stays a card, and that is reported.
 */
export class EmbedRenderer {
  /** The providers of the embeds prepared so far; an embed not in it is shown as a card. */
  private readonly providers = new Map<string, EmbedProvider | undefined>();
  /** The embeds the reader asked for: their frames are shown. */
  private readonly opened = new WeakSet<EmbedBlock>();
  /** Fields already reported, so re-rendering the same data does not repeat a report. */
  private readonly reported = new Set<string>();
  /** Counts calls of `prepare`, so that a late result for older data is recognised. */
  private preparations = 0;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly report: (problems: DataProblem[]) => void,
  ) {}

  /** Finds the providers of new data's embeds (as parsing listed them: `parsedEmbeds`) and reports those that stay links. */
  prepare(embeds: readonly EmbedField[]): void {
    const preparation = ++this.preparations;
    if (embeds.length === 0) return;
    loadProviders().then(
      (embedProvider) => {
        if (preparation !== this.preparations) return;
        const problems: DataProblem[] = [];
        for (const { field, block } of embeds) {
          const provider = embedProvider(block.url);
          this.providers.set(block.url, provider);
          const key = `${field}\n${block.url}`;
          if (provider?.frame || provider?.post || this.reported.has(key)) continue;
          this.reported.add(key);
          problems.push({
            field,
            reason: provider
              ? `is not a ${provider.name} address that can be embedded; it is shown as a link`
              : 'is not the address of a known embed provider; it is shown as a link',
          });
        }
        this.report(problems);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (preparation !== this.preparations) return;
        this.report([
          {
            field: embeds[0]!.field,
            reason:
              `is shown as a link${embeds.length > 1 ? ` (and ${embeds.length - 1} other embeds)` : ''}: ` +
              `the embed providers did not load (${describeError(error)}); ` +
              'serve news-elements.js together with the news-elements-embed-providers-*.js file beside it',
          },
        ]);
      },
    );
  }

  render(block: EmbedBlock, labels: Labels, part: string): TemplateResult {
    const provider = this.providers.get(block.url);
    if (provider?.frame) {
      return renderFacade(
        block,
        { ...provider, frame: provider.frame },
        labels,
        part,
        this.opened.has(block),
        (event) => this.open(block, event),
      );
    }
    return html`<figure class="embed" part=${part}>
      <div class="embed-card">
        ${provider ? html`<span class="embed-provider">${provider.name}</span>` : nothing}
        <a class="embed-title" href=${block.url}>${block.title}</a>
      </div>
      ${block.caption ? html`<figcaption>${block.caption}</figcaption>` : nothing}
    </figure>`;
  }

  /** The button's click: the frame replaces the facade and takes the focus, so a keyboard reader is in the player. */
  private open(block: EmbedBlock, event: Event): void {
    const figure = (event.currentTarget as Element).closest('figure');
    this.opened.add(block);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => figure?.querySelector('iframe')?.focus());
  }
}

/** An embed's card, facade and frame. */
export const embedStyles = css`
  /* The frame, the facade and the sizing svg share one grid cell. */
  .embed-frame {
    display: grid;
    background: var(--_sys-color-surface-raised);
  }
  .embed-frame > * {
    grid-area: 1 / 1;
    inline-size: 100%;
    min-inline-size: 0;
  }
  .embed-frame iframe {
    block-size: 100%;
    border: 0;
  }
  .embed-facade {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    block-size: 100%;
    box-sizing: border-box;
    justify-content: center;
    align-items: center;
    padding: 1em;
    font-family: var(--_sys-font-ui);
    text-align: center;
  }
  .embed-load {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    padding: 0.5em 1.1em;
    border: 0;
    border-radius: 2em;
    font: inherit;
    font-weight: 700;
    /* The page's own text and surface, inverted: readable in both themes. */
    color: var(--_sys-color-surface);
    background: var(--_sys-color-text);
    cursor: pointer;
  }
  .embed-load svg {
    inline-size: 1.2em;
    block-size: 1.2em;
    fill: currentColor;
  }
  .embed-load:focus-visible {
    outline-offset: 0.15em;
  }

  .embed {
    margin: 1.6em 0;
  }
  .embed-card {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    padding: 0.9em 1em;
    border: 1px solid var(--_sys-color-rule);
    font-family: var(--_sys-font-ui);
  }
  .embed-provider {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_sys-color-text-muted);
  }
  .embed-title {
    font-weight: 700;
  }
`;
