import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatIsoDate, type NewsItem } from '../data/index.js';
import { heading } from '../shared/heading.js';
import { relativeTimes } from '../shared/recent.js';

export interface LatestTemplateContext {
  /** Before each part name: `` in the element's root, `latest-news-` in the article's. */
  prefix: string;
  headingLevel: number;
  locale: string;
  timeZone?: string;
}

/** What the list shows: its heading, the stories, and the text for none (undefined: none shown). */
export interface LatestView {
  label: string;
  /** The heading's id, unique in the shadow root it is rendered in. */
  labelId: string;
  stories: readonly NewsItem[];
  emptyText?: string;
}

/**
 * The latest stories: the template of `<latest-news>`, which `<news-article>` renders in its own
 * shadow root for its JSON `latest`. `slot` is the element's own slot, shown after the stories;
 * `part` names the section (the element's `base`, the article's `latest-news`).
 */
// Safari drops the list role of a list styled without markers: `role="list"` gives it back.
/* eslint-disable lit-a11y/no-redundant-role */
export function renderLatest(
  view: LatestView,
  context: LatestTemplateContext,
  part: string,
  slot: unknown = nothing,
): TemplateResult {
  const { prefix } = context;
  return html`<section class="latest-news" part=${part} aria-labelledby=${view.labelId}>
    ${heading(context.headingLevel, view.label, { id: view.labelId, part: `${prefix}label`, className: 'label' })}
    ${
      view.stories.length > 0
        ? html`<ul class="list" part="${prefix}list" role="list">
          ${view.stories.map((story) => renderStory(story, context))}
        </ul>`
        : nothing
    }
    ${slot}
    ${view.emptyText !== undefined ? html`<p class="empty" part="${prefix}empty">${view.emptyText}</p>` : nothing}
  </section>`;
}
/* eslint-enable lit-a11y/no-redundant-role */

function renderStory(story: NewsItem, context: LatestTemplateContext): TemplateResult {
  const { prefix, locale, timeZone } = context;
  const date = story.datePublished && formatIsoDate(story.datePublished, { locale, timeZone, dateStyle: 'medium' });
  return html`<li class="item" part="${prefix}item">
    ${
      story.url
        ? html`<a class="headline" part="${prefix}headline" href=${story.url}>${story.headline}</a>`
        : html`<span class="headline" part="${prefix}headline">${story.headline}</span>`
    }
    ${story.description ? html`<p class="description">${story.description}</p>` : nothing}
    ${
      date
        ? // Less than a day old: how long ago (see relative-time.ts); else the date.
          (relativeTimes?.renderRelativeTime(story.datePublished!, context) ??
          html`<time
            class="time"
            part="${prefix}time"
            datetime=${story.datePublished!}
            title=${formatIsoDate(story.datePublished!, { locale, timeZone, dateStyle: 'medium', withTime: true })!}
            >${date}</time
          >`)
        : nothing
    }
    ${
      story.image
        ? html`<img
          class="thumb"
          part="${prefix}thumbnail"
          src=${story.image.url}
          alt=${story.image.alt}
          width=${ifDefined(story.image.width)}
          height=${ifDefined(story.image.height)}
          loading="lazy"
          decoding="async"
        />`
        : nothing
    }
  </li>`;
}
