import { html, nothing, type TemplateResult } from 'lit';
import { profileLabel, type Labels, type Person } from '../data/index.js';
import { heading } from '../shared/heading.js';

export interface AuthorTemplateContext {
  /** Before each part name: `` in the element's root, `author-card-` in the article's. */
  prefix: string;
  headingLevel: number;
  labels: Labels;
}

/** What a card shows: its heading and the people in it (or `content`, e.g. slots, instead). */
export interface AuthorCardView {
  /** Default (also for a blank value): "About the author", "About the authors" for several. */
  label?: string;
  /** The heading's id, unique in the shadow root it is rendered in. */
  labelId?: string;
  people: readonly Person[];
}

/**
 * An author card's content: the template of `<author-card>`, which `<news-article>` renders in
 * its own shadow root for the authors of its JSON. Each puts it in a `<div class="author-card">`
 * (the styles' scope; not a labelled <section>: several cards would be regions all named "About
 * the author").
 */
export function renderAuthor(card: AuthorCardView, context: AuthorTemplateContext, content?: unknown): TemplateResult {
  const { labels } = context;
  const label = card.label || (card.people.length > 1 ? labels.aboutAuthors : labels.aboutTheAuthor);
  return html`${heading(context.headingLevel, label, {
    id: card.labelId,
    part: `${context.prefix}label`,
    className: 'label',
  })}${content ?? card.people.map((person) => renderPerson(person, context))}`;
}

function renderPerson(person: Person, { prefix, labels }: AuthorTemplateContext): TemplateResult {
  return html`<div class="person" part="${prefix}person">
    ${
      person.image
        ? html`<img class="photo" part="${prefix}photo" src=${person.image.url} alt="" width="72" height="72" loading="lazy" />`
        : html`<span class="initials" part="${prefix}photo" aria-hidden="true">${Array.from(person.name)[0]}</span>`
    }
    <div class="details">
      <p class="name" part="${prefix}name">
        ${person.url ? html`<a href=${person.url} rel="author">${person.name}</a>` : person.name}
      </p>
      ${person.jobTitle ? html`<p class="role" part="${prefix}role">${person.jobTitle}</p>` : nothing}
      ${person.description ? html`<p class="bio" part="${prefix}bio">${person.description}</p>` : nothing}
      ${
        person.sameAs.length > 0
          ? html`<ul class="links" part="${prefix}links">
            ${person.sameAs.map((url) => html`<li><a href=${url} rel="me noopener">${profileLabel(url, labels)}</a></li>`)}
          </ul>`
          : nothing
      }
    </div>
  </div>`;
}
