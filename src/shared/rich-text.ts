import { newsElementsPolicy } from '../data/trusted-types.js';
import type { ReactiveControllerHost } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { DataProblem, HtmlField } from '../data/index.js';
import { loadSanitizer, sanitizedIfReady } from '../data/sanitize.js';

/** The entities inline markup from a CMS commonly carries, for text read without a parser. */
const entities = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

/**
 * The text of an `html` field: the markup is parsed in an inert document (nothing loads or runs
 * there) and only its text is kept. It stands in for the field until the sanitiser has loaded.
 */
export function textOfHtml(markup: string): string {
  // Under Trusted Types, DOMParser takes only TrustedHTML; the document it makes is inert.
  const trusted = (newsElementsPolicy()?.createHTML(markup) ?? markup) as string;
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(trusted, 'text/html');
  } catch {
    // Trusted Types without our policy: no parser takes the markup, so its tags are cut out instead.
    return markup
      .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi, '')
      .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: keyof typeof entities) => entities[name]);
  }
  // Their text is code, or (noscript) meant only for readers without JavaScript, never prose.
  for (const element of doc.body.querySelectorAll('script, style, noscript')) element.remove();
  return doc.body.textContent ?? '';
}

/**
 * Renders `text` and `html` fields for one element. `html` is shown as sanitised inline HTML
 * once DOMPurify has loaded, which happens only when a field is present; until then, and if it
 * cannot load, the field shows its plain text, so no content is missing at any moment.
 */
export class RichTextRenderer {
  /** Fields already reported, so re-rendering the same data does not repeat a report. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly report: (problems: DataProblem[]) => void,
  ) {}

  /**
   * Sanitises the `html` fields of new data (as parsing listed them: `parsedHtmlFields`), reports
   * what was removed, and re-renders with the result.
   */
  prepare(fields: readonly HtmlField[]): void {
    if (fields.length === 0) return;
    loadSanitizer().then(
      (sanitize) => {
        const problems: DataProblem[] = [];
        for (const { field, markup } of fields) {
          const { removed } = sanitize(markup);
          const key = `${field}\n${markup}`;
          if (removed.length === 0 || this.reported.has(key)) continue;
          this.reported.add(key);
          problems.push({ field, reason: `had ${removed.join(', ')} removed` });
        }
        this.report(problems);
        this.host.requestUpdate();
      },
      // Without the sanitiser the fields keep showing their plain text; nothing is lost.
      () => undefined,
    );
  }

  /** A `text` field as text; an `html` field as sanitised HTML when ready, else as its plain text. */
  render(content: { text?: string; html?: string }): unknown {
    if (content.html === undefined) return content.text ?? '';
    const sanitized = sanitizedIfReady(content.html);
    return sanitized ? unsafeHTML(sanitized.html) : textOfHtml(content.html);
  }
}
