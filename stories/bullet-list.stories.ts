import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ListItemData } from '../src/index.js';
import { docsDescription, linkOtherStories } from './support/docs.js';
import { longWord } from './support/fixtures.js';
import { arabicImplications } from './support/right-to-left.js';

interface Args {
  items?: ListItemData[] | string;
  ordered?: boolean;
}

const implications: ListItemData[] = [
  {
    term: 'Supply-chain ripple effects:',
    text: 'China’s rare-earth controls impact industries reliant on critical minerals, especially electronics and clean-energy equipment.',
  },
  {
    term: 'Trade-policy signals:',
    text: 'A meaningful breakthrough could ease tensions and boost market sentiment across the region.',
  },
  {
    term: 'Regional diplomacy boost:',
    text: 'Malaysia’s role as host highlights ASEAN’s increasing geopolitical significance.',
  },
  { term: 'Investor caution:', text: 'Markets may remain volatile in the short term.' },
];

const meta: Meta<Args> = {
  title: 'Elements/bullet-list',
  component: 'bullet-list',
  render: ({ items, ordered }) => html`<bullet-list .items=${items} ?ordered=${ordered}></bullet-list>`,
  args: { items: implications, ordered: false },
  parameters: {
    canvas: 'column',
    docs: {
      description: {
        component: docsDescription('bullet-list', {
          json: `<bullet-list items='[{"term": "Supply-chain ripple effects:", "text": "China’s rare-earth controls …"}, "A plain item"]'></bullet-list>`,
          html: `<bullet-list>
  <ul>
    <li><strong>Supply-chain ripple effects:</strong> China’s rare-earth controls …</li>
    <li>A plain item</li>
  </ul>
</bullet-list>`,
        }),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Items with bold lead-in terms, from JSON. */
export const FromJson: Story = {};

/** The same list as plain HTML children. */
export const FromSlottedHtml: Story = {
  tags: ['!autodocs'],
  render: () => html`<bullet-list>
    <ul>
      <li><strong>Supply-chain ripple effects:</strong> China’s rare-earth controls impact industries reliant on critical minerals.</li>
      <li><strong>Trade-policy signals:</strong> A meaningful breakthrough could ease tensions.</li>
      <li>Markets may remain volatile in the short term.</li>
    </ul>
  </bullet-list>`,
};

/** Arabic, right to left: the bullets and lead-in terms at the start of each line, which is the right. */
export const ArabicRightToLeft: Story = {
  tags: ['!autodocs'],
  args: { items: arabicImplications },
  parameters: { language: 'ar' },
};

export const Ordered: Story = {
  args: {
    ordered: true,
    items: [
      'Announcement of outcomes after the talks.',
      'Any adjustment in export policy.',
      'Impact on commodity markets.',
    ],
  },
};

export const Nested: Story = {
  args: {
    items: [
      {
        term: 'Agenda:',
        text: 'three items',
        items: [
          'Rare-earth export curbs',
          { text: 'Technology restrictions', items: ['Chips', 'Software'] },
          'Tariffs',
        ],
      },
      'Next round of talks',
    ],
  },
};

export const NestedOrdered: Story = {
  tags: ['!autodocs'],
  args: { ...Nested.args, ordered: true },
};

export const VeryLongWords: Story = {
  tags: ['!autodocs'],
  args: {
    items: [{ term: `${longWord}:`, text: `${longWord} ${longWord}` }, `https://example.com/${longWord}/${longWord}`],
  },
};

/** Invalid JSON: the element reports a `news-error` (see the Actions panel) and shows its slotted content. */
export const BadInput: Story = {
  tags: ['!autodocs', 'expected-news-error'],
  render: () => html`<bullet-list items='[{"term": "Unclosed'>
    <ul>
      <li>The slotted list is shown when the JSON is invalid.</li>
    </ul>
  </bullet-list>`,
};

linkOtherStories(meta, { FromSlottedHtml, ArabicRightToLeft, NestedOrdered, VeryLongWords, BadInput });
