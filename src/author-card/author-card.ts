import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { type Person, type PersonData } from '../data/index.js';
import { NewsContextController } from '../shared/context.js';
import { styleSlottedBody } from '../shared/body-content-loader.js';
import { afterScriptChunks } from '../shared/script-chunks.js';
import { parsePeople } from '../shared/parsers.js';
import { NewsElement, type ReportProblems } from '../shared/news-element.js';
import { SlotController } from '../shared/slot-controller.js';
import { baseStyles, labelHeadingStyles } from '../shared/tokens.styles.js';
import { authorCardStyles } from './author-card.styles.js';
import { renderAuthor } from './author-template.js';

/**
 * The author of an article: name, role, photo, bio and profile links. Without data or slotted
 * content of its own, inside a `<news-article>` it shows the article's authors.
 *
 * Its CSS custom properties (`--author-card-*`, and the system and reference tokens `--news-sys-*` and
 * `--news-ref-*` that all six elements share) are defined, with their defaults, in
 * src/shared/tokens.ts.
 *
 * @summary The author: name, role, photo, bio, links.
 *
 * @slot - The bio, as plain HTML.
 * @slot photo - The author's photo (an `<img>`).
 * @slot name - The author's name.
 * @slot role - The author's job title.
 * @slot links - Profile links.
 *
 * @csspart base - The card.
 * @csspart label - The "About the author" heading.
 * @csspart person - One author's photo and details.
 * @csspart photo - The photo (or the initial shown when there is none).
 * @csspart name - The name.
 * @csspart role - The job title.
 * @csspart bio - The bio.
 * @csspart links - The list of profile links.
 *
 * @event news-error - Bad `author` data, or labels that did not load; `detail` is `{ element, field, reason }`.
 */
export class AuthorCard extends NewsElement {
  /** The tag the class is registered under. */
  static readonly tagName = 'author-card';
  static override styles = [baseStyles, labelHeadingStyles, authorCardStyles];
  static override lightStyles = styleSlottedBody;
  /** @internal */
  static override dataInputs = ['author'];
  static override properties: PropertyDeclarations = {
    author: {},
    label: {},
    level: { type: Number },
    model: { state: true },
  };

  /** A Person (`{ name, description, jobTitle, image, url, sameAs }`), an array of them, or JSON text. */
  author?: PersonData | PersonData[] | string;

  /**
   * The heading. Default (also for a blank value): "About the author", or "About the authors" for
   * several people, in the article's or page's language (or the article's `labels`).
   */
  label?: string;

  /** Heading level, 2–6. Default: the enclosing article's level, else 2. */
  level?: number;

  private model: Person[] = [];

  private readonly _context = new NewsContextController(this);
  private readonly _slots = new SlotController(this);

  /** Waits for the typography of its script and, with slotted content, its styles (see `afterScriptChunks`). @internal */
  protected override _afterChunks(update: () => unknown): unknown {
    return afterScriptChunks(this, update);
  }

  /** @internal */
  protected override _toAwait(report: ReportProblems): Promise<unknown> | undefined {
    return this._context.labelsReady(report);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('author')) this.model = this.parseInput(this.author, 'author', parsePeople, []);
  }

  protected renderContent(): TemplateResult {
    // The default slot alone does not decide: a card may be only a slotted photo and name.
    const hasSlottedContent = this._slots.has() || this._slots.hasChild('[slot]');
    // Slotted content wins (it is never hidden), then own data, then the enclosing article's authors.
    const people: Person[] = hasSlottedContent
      ? []
      : this.model.length > 0
        ? this.model
        : (this._context.value?.article?.author ?? []);
    // Where slotted content cannot be seen (a server), a card with no one to show renders its
    // slots for the content the browser will find there: hydration finds that template.
    if (people.length === 0 && !hasSlottedContent && this._slots.seesSlots) return html`<slot></slot>`;
    return html`<div class="author-card" part="base">
      ${renderAuthor(
        { label: this.label?.trim(), labelId: 'label', people },
        { prefix: '', headingLevel: this._context.headingLevel(this.level), labels: this._context.labels },
        people.length > 0 ? undefined : slots,
      )}
    </div>`;
  }
}

const slots = html`<div class="person" part="person">
  <slot name="photo"></slot>
  <div class="details">
    <slot name="name"></slot>
    <slot name="role"></slot>
    <slot></slot>
    <slot name="links"></slot>
  </div>
</div>`;

declare global {
  interface HTMLElementTagNameMap {
    [AuthorCard.tagName]: AuthorCard;
  }
}
