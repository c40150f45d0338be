import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { docsDescription, linkOtherStories } from './support/docs.js';
import { seedArticle } from './support/fixtures.js';

interface Args {
  target?: string;
}

const mainContentId = 'story-main-content';

/**
 * A small host page for the link to skip over: a masthead and navigation, then the main content.
 * The focused link overlays the masthead; were it to cover a navigation link, that link would
 * fail the target-size rule. Links inherit the canvas colour to keep their contrast in both themes.
 */
const hostPageOf = (texts: {
  masthead: string;
  navigation: string;
  sections: [id: string, name: string][];
  headline: string;
  body: string;
}) => html`<style>
    .skip-link-story-masthead {
      margin: 0;
      padding: 1.25rem 0;
      min-height: 2.5rem;
      font: 700 1.5rem / 2.5rem Georgia, serif;
      text-align: center;
    }
    .skip-link-story-nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      margin: 0 0 1.5rem;
      padding: 0.75rem 0;
      list-style: none;
      border-block-end: 1px solid currentColor;
      font-family: system-ui, sans-serif;
    }
    .skip-link-story-nav a {
      color: inherit;
    }
    #story-main-content:focus {
      outline: 3px solid currentColor;
      outline-offset: 4px;
    }
  </style>
  <p class="skip-link-story-masthead">${texts.masthead}</p>
  <nav class="skip-link-story-nav" aria-label=${texts.navigation}>
    <ul>
      ${texts.sections.map(([id, name]) => html`<li><a href="#${id}">${name}</a></li>`)}
    </ul>
  </nav>
  <div id=${mainContentId} tabindex="-1">
    <h2>${texts.headline}</h2>
    <p>${texts.body}</p>
  </div>`;

const hostPage = hostPageOf({
  masthead: 'The Straits Ledger',
  navigation: 'Sections',
  sections: [
    ['world', 'World'],
    ['asia', 'Asia'],
    ['markets', 'Markets'],
    ['opinion', 'Opinion'],
  ],
  headline: 'China and U.S. Set for Trade Talks in Malaysia',
  body: 'The main content. The skip link moves keyboard focus here, past the navigation.',
});

const arabicHostPage = hostPageOf({
  masthead: 'صحيفة المضائق',
  navigation: 'الأقسام',
  sections: [
    ['world', 'العالم'],
    ['asia', 'آسيا'],
    ['markets', 'الأسواق'],
    ['opinion', 'رأي'],
  ],
  headline: 'الصين والولايات المتحدة تستعدان لمحادثات تجارية في ماليزيا',
  body: 'المحتوى الرئيسي. ينقل رابط التخطي تركيز لوحة المفاتيح إلى هنا، متجاوزًا قائمة التنقل.',
});

/** Makes the hidden link visible the way a keyboard user sees it: focused. */
async function focusSkipLink(root: ParentNode): Promise<void> {
  await customElements.whenDefined('skip-link');
  const skipLink = root.querySelector('skip-link');
  await skipLink?.updateComplete;
  skipLink?.shadowRoot?.querySelector('a')?.focus();
}

const meta: Meta<Args> = {
  title: 'Elements/skip-link',
  component: 'skip-link',
  render: ({ target }) => html`<skip-link target=${ifDefined(target)}></skip-link>${hostPage}`,
  args: { target: mainContentId },
  // The manifest types it as `string | undefined`, for which Storybook would offer a JSON editor.
  argTypes: { target: { control: 'text' } },
  parameters: {
    canvas: 'page',
    docs: {
      description: {
        component: docsDescription('skip-link', {
          json: `<!-- skip-link has no JSON input: its target is an attribute, its label the text. -->
<skip-link target="main-content"></skip-link>
<nav>…</nav>
<div id="main-content" tabindex="-1">…</div>`,
          html: `<skip-link target="main-content">Langkau ke kandungan</skip-link>
<nav>…</nav>
<div id="main-content" tabindex="-1">…</div>`,
        }),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Hidden until focused: click in the canvas and press Tab to see it, then Enter to move focus to the main content. */
export const Default: Story = { tags: ['!autodocs'] };

/** The link as it shows when keyboard focus reaches it (focused by the story’s play function). */
export const Focused: Story = {
  play: ({ canvasElement }) => focusSkipLink(canvasElement),
};

/**
 * An Arabic page: the built-in Arabic label, the link at the start of the line (the right);
 * shown focused.
 */
export const ArabicRightToLeft: Story = {
  tags: ['!autodocs'],
  parameters: { language: 'ar' },
  render: ({ target }) => html`<skip-link target=${ifDefined(target)}></skip-link>${arabicHostPage}`,
  play: ({ canvasElement }) => focusSkipLink(canvasElement),
};

/** A label of the host’s own as slotted text, in Malay; shown focused. */
export const CustomLabel: Story = {
  render: ({ target }) =>
    html`<skip-link target=${ifDefined(target)} lang="ms">Langkau ke kandungan</skip-link>${hostPage}`,
  play: ({ canvasElement }) => focusSkipLink(canvasElement),
};

/** The built-in skip link of a `<news-article>`, shown focused; Enter moves focus to the article, inside its shadow root. */
export const InsideArticle: Story = {
  tags: ['!autodocs'],
  render: () => html`<news-article .article=${seedArticle}></news-article>`,
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('news-article');
    await article?.updateComplete;
    if (article?.shadowRoot) await focusSkipLink(article.shadowRoot);
  },
};

/**
 * `target` names no element. Nothing is logged until it is used: press Tab, then Enter, and the
 * link reports a `news-error` (see the Actions panel) instead of moving focus.
 */
export const MissingTarget: Story = {
  tags: ['!autodocs'],
  args: { target: 'no-such-element' },
};

linkOtherStories(meta, { Default, ArabicRightToLeft, InsideArticle, MissingTarget });
