import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { latestStories, seedArticle } from '../support/fixtures.js';
import { defineThemeBuilder } from './theme-builder.js';
import { showPrintStyles } from './print-styles.js';

const article = { ...seedArticle, latest: latestStories.slice(0, 3) };
/** Two articles on one page would repeat their landmarks (the aside, the latest news): side by side, the article alone. */
const articleAlone = { ...seedArticle, latest: undefined };

const meta: Meta = {
  title: 'Guides',
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

/**
 * Pick brand colours for both themes, fonts and a corner radius; the article follows as you
 * change them. Copy the result as CSS (custom properties for `:root`) or as Design Tokens JSON
 * (`$value`/`$type`) for a token plugin. The toolbar's theme switches the preview.
 */
export const ThemeBuilder: Story = {
  name: 'Theme builder',
  render: () => {
    defineThemeBuilder();
    return html`<theme-builder></theme-builder>`;
  },
};

/** The same article in the light and the dark theme, side by side (stacked on a narrow screen). */
export const LightAndDark: Story = {
  name: 'Light and dark',
  // Each half keeps its own theme whatever the toolbar says.
  parameters: { ownTheme: true },
  render: () => html`<style>
      .side-by-side {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr));
        margin: -1rem;
      }
      .side-by-side > section {
        padding: 1rem;
        min-inline-size: 0;
      }
      .side-by-side h2 {
        margin: 0 0 0.5rem;
        font: 600 0.875rem/1.4 system-ui, sans-serif;
      }
      .side-by-side .light {
        color-scheme: light;
        background: #ffffff;
        color: #161514;
      }
      .side-by-side .dark {
        color-scheme: dark;
        background: #121316;
        color: #eceef1;
      }
    </style>
    <div class="side-by-side">
      <section class="light" aria-label="Light theme">
        <h2>theme="light"</h2>
        <news-article theme="light" no-skip-link .article=${articleAlone}></news-article>
      </section>
      <section class="dark" aria-label="Dark theme">
        <h2>theme="dark"</h2>
        <news-article theme="dark" no-skip-link .article=${articleAlone}></news-article>
      </section>
    </div>`,
};

/**
 * The article as it prints: each element's `@media print` rules applied on screen, on an A4
 * sheet. Printing is always light, whatever the theme. Use the browser's print preview for the
 * real page breaks.
 */
export const PrintPreview: Story = {
  name: 'Print preview',
  parameters: { ownTheme: true },
  render: () => html`<style>
      .print-sheet {
        box-sizing: border-box;
        inline-size: min(100%, 210mm);
        margin-inline: auto;
        padding: 15mm;
        color-scheme: light;
        background: #ffffff;
        color: #161514;
        box-shadow: 0 0.25rem 1.5rem rgb(0 0 0 / 0.3);
      }
      @media (max-width: 40rem) {
        .print-sheet {
          padding: 6mm;
        }
      }
    </style>
    <div class="print-sheet">
      <news-article theme="light" .article=${article}></news-article>
    </div>`,
  play: async ({ canvasElement }) => {
    await showPrintStyles(canvasElement);
  },
};
