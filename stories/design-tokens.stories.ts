import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineDesignTokenTable } from './design-tokens/design-token-table.js';

const meta: Meta = {
  title: 'Design tokens',
  render: () => {
    defineDesignTokenTable();
    return html`<design-token-table></design-token-table>`;
  },
  // An axe pass over this page takes seconds (contrast of every cell): run it from the a11y panel
  // on demand, so the addon's automatic run cannot overlap the story check's own axe run.
  globals: { a11y: { manual: true } },
  parameters: {
    docs: {
      description: {
        component: `Every CSS custom property of the six elements, in three tiers:

- **reference** (\`--news-ref-*\`): the raw palette and type families;
- **system** (\`--news-sys-*\`): roles built from the reference tier (text, surface, accent…), read by every element;
- **component** (\`--news-article-*\`, \`--article-section-*\`, \`--bullet-list-*\`, \`--author-card-*\`, \`--latest-news-*\`, \`--skip-link-*\`): one element each.

Set any of them on an element or an ancestor. The page is made from the token table, \`src/shared/tokens.ts\`, which also makes the manifest's descriptions and \`news-elements/tokens.json\` (the Design Tokens format, for Figma token plugins and Style Dictionary); default values are computed on a live instance of each element, and swatches follow the toolbar's theme.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The whole set, with each default value and a swatch or sample. */
export const All: Story = {};
