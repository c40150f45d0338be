import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import ghostBody from '../test/fixtures/cms/ghost.html?raw';
import markdownBody from '../test/fixtures/cms/markdown.html?raw';
import wordpressBody from '../test/fixtures/cms/wordpress.html?raw';

/*
 * Article bodies as CMSs write them, the ones the browser tests load (test/fixtures/cms/; the
 * files are ours: rendering them as HTML is safe). The lead figure is `slot="image"`; everything
 * else is the body, as a page would paste it.
 */

const meta: Meta = {
  title: 'Content/CMS bodies',
  parameters: {
    docs: {
      description: {
        component:
          'Body HTML as WordPress (core blocks), Ghost (Koenig cards) and Markdown write it, slotted into `<news-article>` without their own stylesheets: it reads like the article made from JSON. Images keep their proportions, embedded players fill the column at 16:9, wide tables and code scroll in their own box, and the host can still restyle any of it with a plain rule.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const page = (headline: string, body: TemplateResult): TemplateResult =>
  html`<news-article lang="en" no-skip-link><h1 slot="headline">${headline}</h1>${body}</news-article>`;

/** The lead figure of a fixture (its one `slot` attribute) and the rest, its body. */
function split(markup: string): { lead: string; body: string } {
  const start = markup.indexOf('<figure slot="image"');
  const end = markup.indexOf('</figure>', start) + '</figure>'.length;
  return { lead: markup.slice(start, end), body: markup.slice(end) };
}

/** A WordPress post body (Gutenberg core blocks), straight in the article. */
export const WordPress: Story = {
  render: () =>
    page('Port operators race to digitise customs paperwork before the deadline', html`${unsafeHTML(wordpressBody)}`),
};

/** A Ghost post body (Koenig cards), in an `<article-section>`. */
export const Ghost: Story = {
  render: () => {
    const { lead, body } = split(ghostBody);
    return page(
      'Second crop for valley farmers as the reservoir rises',
      html`${unsafeHTML(lead)}<article-section>${unsafeHTML(body)}</article-section>`,
    );
  },
};

/** A body written in Markdown and rendered to plain HTML, straight in the article. */
export const Markdown: Story = {
  render: () => page('Postal votes counted by hand took eleven hours longer', html`${unsafeHTML(markdownBody)}`),
};
