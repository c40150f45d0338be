import { newsElementsPolicy } from '../data/trusted-types.js';
import { isServer, type ReactiveControllerHost } from 'lit';
import type { DataProblem, HtmlField } from '../data/index.js';
import { textOfMarkupWithoutParsing } from '../data/markup-text.js';
import { loadSanitizer, sanitizedIfReady, type SanitizedHtml } from '../data/sanitize.js';
import { describeError } from './news-element.js';

/**
 * The text of an `html` field: the markup is parsed in an inert document (nothing loads or runs
 * there) and only its text is kept. It stands in for the field until the sanitiser has loaded.
 */
export function textOfHtml(markup: string): string {
  // A server has no parser; what it writes is all a reader without JavaScript gets.
  if (isServer) return textOfMarkupWithoutParsing(markup);
  // Under Trusted Types, DOMParser takes only TrustedHTML; the document it makes is inert.
  const trusted = (newsElementsPolicy()?.createHTML(markup) ?? markup) as string;
  let doc: Document;
  try {
    // eslint-disable-next-line no-restricted-globals -- in a browser only: a server returned above.
    doc = new DOMParser().parseFromString(trusted, 'text/html');
  } catch {
    // Trusted Types without our policy: no parser takes the markup.
    return textOfMarkupWithoutParsing(markup);
  }
  // Their text is code, or (noscript) meant only for readers without JavaScript, never prose.
  for (const element of doc.body.querySelectorAll('script, style, noscript')) element.remove();
  return doc.body.textContent ?? '';
}

type Shown = { from: SanitizedHtml; nodes: Node[] };

/**
 * Renders `text` and `html` fields for one element. `html` is shown as sanitised inline HTML
 * once DOMPurify has loaded, which happens only when a field is present; until then, and if it
 * cannot load, the field shows its plain text, so no content is missing at any moment.
 */
export class RichTextRenderer {
  /** Fields already reported, so re-rendering the same data does not repeat a report. */
  private _reported = new Set<string>();
  /** Counts calls of `prepare`, so that a late result for older data is recognised. */
  private _preparations = 0;
  // The sanitised results for the data on screen, by markup: the element keeps what it shows,
  // however much that is; the shared cache (see `html-sanitizer.ts`) is bounded.
  private _sanitized = new Map<string, SanitizedHtml>();
  // The copy of the sanitised nodes shown for each field, by the object holding it: one per
  // place, kept while the sanitised result is the same, so a render that changes nothing keeps it.
  private readonly _shown = new WeakMap<object, Shown>();

  constructor(
    private readonly _host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly _report: (problems: DataProblem[]) => void,
  ) {}

  /**
   * Sanitises the `html` fields of new data (as parsing listed them: `parsedHtmlFields`), reports
   * what was removed, and re-renders with the result. When the sanitiser cannot load (a copy of
   * the CDN file without its chunk, a blocked request, offline) or parse (Trusted Types), the
   * fields keep their plain text and that is reported once for this data. Reports that arrive
   * after newer data replaced these fields are dropped: they belong to data no longer on screen.
   */
  prepare(fields: readonly HtmlField[]): void {
    const preparation = ++this._preparations;
    const results = (this._sanitized = new Map());
    if (fields.length === 0) return;
    loadSanitizer().then(
      (sanitize) => {
        if (preparation !== this._preparations) return;
        const problems: DataProblem[] = [];
        const reported = new Set<string>();
        for (const { field, markup } of fields) {
          const sanitized = sanitize(markup);
          results.set(markup, sanitized);
          const key = `${field}\n${markup}`;
          if (sanitized.removed.length === 0) continue;
          reported.add(key);
          if (!this._reported.has(key)) problems.push({ field, reason: `had ${sanitized.removed.join(', ')} removed` });
        }
        this._reported = reported;
        this._report(problems);
        this._host.requestUpdate();
      },
      (error: unknown) => {
        if (preparation !== this._preparations) return;
        const others = fields[1] ? ` (and ${fields.length - 1} more)` : '';
        this._report([{ field: fields[0].field, reason: `is shown as plain text${others}: ${describeError(error)}` }]);
      },
    );
  }

  /** A `text` field as text; an `html` field as sanitised HTML when ready, else as its plain text. */
  render(content: { text?: string; html?: string }): unknown {
    if (content.html === undefined) return content.text ?? '';
    const sanitized = this._sanitized.get(content.html) ?? sanitizedIfReady(content.html);
    if (!sanitized) return textOfHtml(content.html);
    let shown = this._shown.get(content);
    if (shown?.from !== sanitized) {
      shown = { from: sanitized, nodes: Array.from(sanitized.fragment.cloneNode(true).childNodes) };
      this._shown.set(content, shown);
    }
    return shown.nodes;
  }
}
