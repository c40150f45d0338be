import { html, nothing, type TemplateResult } from 'lit';
import { profileLabel, type Labels, type Person } from '../data/index.js';
import { heading } from '../shared/heading.js';

export const authorPartNames = ['base', 'label', 'person', 'photo', 'name', 'role', 'bio', 'links'] as const;

export interface AuthorTemplateContext {
  parts: Record<(typeof authorPartNames)[number], string>;
  headingLevel: number;
  labels: Labels;
}

/** What a card shows: its heading and the people in it (or `content`, e.g. slots, instead). */
export interface AuthorCardView {
  label: string;
  /** The heading's id, unique in the shadow root it is rendered in. */
  labelId?: string;
  people: readonly Person[];
}

/**
 * An author card: the template of `<author-card>`, which `<news-article>` renders in its own
 * shadow root for the authors of its JSON (the `.author-card` class is the styles' scope).
 */
export function renderAuthor(card: AuthorCardView, context: AuthorTemplateContext, content?: unknown): TemplateResult {
  // Not a labelled <section>: several cards would be regions all named "About the author".
  return html`<div class="author-card" part=${context.parts.base}>
    ${heading(context.headingLevel, card.label, { id: card.labelId, part: context.parts.label, className: 'label' })}
    ${content ?? card.people.map((person) => renderPerson(person, context))}
  </div>`;
}

function renderPerson(person: Person, { parts, labels }: AuthorTemplateContext): TemplateResult {
  return html`<div class="person" part=${parts.person}>
    ${
      person.image
        ? html`<img class="photo" part=${parts.photo} src=${person.image.url} alt="" width="72" height="72" loading="lazy" />`
        : html`<span class="initials" part=${parts.photo} aria-hidden="true">${Array.from(person.name)[0]}</span>`
    }
    <div class="details">
      <p class="name" part=${parts.name}>
        ${person.url ? html`<a href=${person.url} rel="author">${person.name}</a>` : person.name}
      </p>
      ${person.jobTitle ? html`<p class="role" part=${parts.role}>${person.jobTitle}</p>` : nothing}
      ${person.description ? html`<p class="bio" part=${parts.bio}>${person.description}</p>` : nothing}
      ${
        person.sameAs.length > 0
          ? html`<ul class="links" part=${parts.links}>
            ${person.sameAs.map((url) => html`<li><a href=${url} rel="me noopener">${profileLabel(url, labels)}</a></li>`)}
          </ul>`
          : nothing
      }
    </div>
  </div>`;
}
