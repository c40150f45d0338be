import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementSummaries, guideStyles, storybookLink } from './guides/page.js';

const meta: Meta = {
  title: 'Introduction',
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

/** What news-elements is, its six elements, how to put them on a page, and where the design tokens are. */
export const Introduction: Story = {
  render: () => html`${guideStyles}
    <article class="guide">
      <h1>news-elements</h1>
      <p>
        Six custom elements that render a complete, accessible news-article page from JSON, from plain HTML or from a
        URL. They work on any page, with any framework or none: headline, standfirst, byline and dates, lead image,
        sections, lists, quotes, author cards, the latest news and a skip link, in light and dark, left-to-right and
        right-to-left, readable before and without JavaScript.
      </p>

      <h2>The elements</h2>
      <dl>
        ${elementSummaries.map(
          ({ tag, summary }) =>
            html`<dt>${storybookLink(`/docs/elements-${tag}--docs`, html`<code>&lt;${tag}&gt;</code>`)}</dt>
              <dd>${summary}</dd>`,
        )}
      </dl>
      <p>
        ${storybookLink('/story/guides-anatomy--news-article', 'Anatomy')} shows each element with its parts and slots
        labelled; ${storybookLink('/story/guides-content-guidance--content-guidance', 'Content guidance')} says what
        to write in each.
      </p>

      <h2>Put it on a page</h2>
      <h3>One script tag</h3>
      <p>
        Copy the <code>dist/cdn/</code> folder of the package to your site (the file and the chunks beside it) and load
        it:
      </p>
      <pre><code>&lt;script type="module" src="/news-elements/news-elements.js"&gt;&lt;/script&gt;

&lt;news-article src="/api/articles/china-us-trade-talks.json"&gt;&lt;/news-article&gt;</code></pre>
      <h3>npm</h3>
      <pre><code>npm install news-elements</code></pre>
      <pre><code>import 'news-elements/define';               // all six tags
import 'news-elements/define/latest-news';   // or only one</code></pre>
      <p>
        The same article can be written as plain HTML inside <code>&lt;news-article&gt;</code>, with
        <code>slot="headline"</code>, <code>slot="standfirst"</code>…: each element’s docs page shows both forms.
      </p>

      <h2>Design tokens and themes</h2>
      <p>
        Every colour, font, size and radius is a CSS custom property in three tiers: reference
        (<code>--news-ref-*</code>), system (<code>--news-sys-*</code>, read by every element) and component
        (<code>--news-article-*</code>, <code>--bullet-list-*</code>…). Set them on the element or any ancestor.
      </p>
      <ul>
        <li>${storybookLink('/story/design-tokens--all', 'Design tokens')}: every token with its default.</li>
        <li>
          ${storybookLink('/story/guides--theme-builder', 'Theme builder')}: pick brand colours, fonts
          and radius, see the article change, copy the CSS or the tokens as JSON.
        </li>
        <li>
          In any element story, the Controls panel edits that element’s own tokens; the shared ones are under
          <em>Shared tokens</em>. The toolbar sets the theme (light, dark, auto), locale and time zone of every story.
        </li>
      </ul>
    </article>`,
};
