import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BlockData, SectionData } from '../src/index.js';
import { docsDescription, linkOtherStories } from './support/docs.js';
import { images, longWord, seedArticle, v11Blocks } from './support/fixtures.js';
import { hebrewAgenda } from './support/right-to-left.js';

interface Args {
  heading?: string;
  blocks?: BlockData[] | string;
  level?: number;
  dateline?: string;
  date?: string;
}

/** A section of the seed article by its heading; the opening when `heading` is undefined. */
function seedSection(heading?: string): SectionData {
  const section = seedArticle.sections?.find((candidate) => candidate.heading === heading);
  if (!section) throw new Error(`The seed article has no section headed "${heading ?? '(opening)'}".`);
  return section;
}

const opening = seedSection();
const agenda = seedSection('What’s on the Agenda');
const whyMalaysia = seedSection('Why Malaysia');
const implications = seedSection('Implications for Asia-Pacific');

const quoteBlock: BlockData = {
  type: 'quote',
  text: 'Both sides have an interest in keeping the channel open, whatever the headlines say.',
  cite: 'A senior ASEAN trade official',
};

const portFigure: BlockData = {
  type: 'figure',
  image: {
    ...images.port,
    caption: 'Port Klang handles much of the trade that passes between China and the United States.',
    credit: 'Illustration: news-elements',
  },
};

const renderSection = ({ heading, blocks, level, dateline, date }: Args) => html`<article-section
  heading=${ifDefined(heading)}
  .blocks=${blocks}
  level=${ifDefined(level)}
  dateline=${ifDefined(dateline)}
  date=${ifDefined(date)}
></article-section>`;

const meta: Meta<Args> = {
  title: 'Elements/article-section',
  component: 'article-section',
  render: renderSection,
  args: { heading: agenda.heading, blocks: agenda.blocks },
  // The manifest types these as `… | undefined`, for which Storybook would offer a JSON editor.
  argTypes: {
    heading: { control: 'text' },
    level: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    dateline: { control: 'text' },
    date: { control: 'text' },
  },
  parameters: {
    canvas: 'column',
    docs: {
      description: {
        component: docsDescription('article-section', {
          json: `<article-section heading="What’s on the Agenda" blocks='["The talks will bring …", {"type": "quote", "text": "…", "cite": "…"}]'></article-section>`,
          html: `<article-section>
  <h2>Implications for Asia-Pacific</h2>
  <p>For Asian economies and investors, …</p>
  <bullet-list>
    <ul><li><strong>Supply-chain ripple effects:</strong> China’s rare-earth controls …</li></ul>
  </bullet-list>
</article-section>`,
        }),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A section of the seed article, heading and paragraphs, from JSON. */
export const FromJson: Story = {};

/** The same kind of section as plain HTML children: a heading, paragraphs and a `<bullet-list>`. */
export const FromSlottedHtml: Story = {
  render: () => html`<article-section>
    <h2>Implications for Asia-Pacific</h2>
    <p>For Asian economies and investors, the discussions have several noteworthy implications:</p>
    <bullet-list>
      <ul>
        <li><strong>Supply-chain ripple effects:</strong> China’s rare-earth controls impact industries reliant on critical minerals.</li>
        <li><strong>Trade-policy signals:</strong> A meaningful breakthrough could ease tensions and boost market sentiment.</li>
      </ul>
    </bullet-list>
    <p>Markets may remain volatile in the short term.</p>
  </article-section>`,
};

/** The article's opening: no heading, the dateline and date leading the first paragraph. */
export const OpeningWithDateline: Story = {
  tags: ['!autodocs'],
  args: { heading: undefined, blocks: opening.blocks, dateline: 'Kuala Lumpur', date: '2025-10-23' },
};

/** A paragraph and a list whose items open with bold terms. */
export const WithList: Story = {
  tags: ['!autodocs'],
  args: { heading: implications.heading, blocks: implications.blocks },
};

/** A quote with its source, and a figure with caption and credit. */
export const QuoteAndFigure: Story = {
  tags: ['!autodocs'],
  args: { heading: whyMalaysia.heading, blocks: [...whyMalaysia.blocks, quoteBlock, portFigure] },
};

/** Every block type: paragraphs (a string, `text`, `html`), unordered, ordered and nested lists, a quote and a figure. */
export const AllBlockTypes: Story = {
  args: {
    heading: 'Every block type',
    blocks: [
      'A bare string is a paragraph of text.',
      { type: 'paragraph', text: 'A paragraph object with text: <b>tags</b> stay visible as text.' },
      {
        type: 'paragraph',
        html: 'A paragraph from an <code>html</code> field, with <em>inline</em> markup and <a href="/asia/asean-summit-opens">a link</a>.',
      },
      {
        type: 'list',
        items: implications.blocks.flatMap((block) =>
          typeof block !== 'string' && block.type === 'list' ? block.items : [],
        ),
      },
      {
        type: 'list',
        ordered: true,
        items: ['Announcement of outcomes.', 'Any adjustment in export policy.', 'Impact on commodity markets.'],
      },
      {
        type: 'list',
        items: [
          {
            term: 'Agenda:',
            text: 'three items',
            items: ['Rare-earth export curbs', { text: 'Technology restrictions', items: ['Chips', 'Software'] }],
          },
          'Tariffs',
        ],
      },
      quoteBlock,
      portFigure,
    ],
  },
};

/** Subheadings (v1.1): an `h3` and an `h4` under the section's `h2`, each with a linkable id. */
export const Subheadings: Story = {
  tags: ['!autodocs'],
  args: {
    heading: 'The numbers',
    blocks: [
      'China mines most of the world’s rare earths.',
      v11Blocks.heading,
      'And refines nearly all of them.',
      v11Blocks.subheading,
      'Refining is the bottleneck.',
    ],
  },
};

/** A table (v1.1): caption, column and row headers, numbers right-aligned; it scrolls inside its focusable container when wider than the column. */
export const Table: Story = {
  tags: ['!autodocs'],
  args: { heading: 'The numbers', blocks: ['Output and refining, by country.', v11Blocks.table] },
};

/** A table wider than any phone: it scrolls in its container (by keyboard too), the page never does. */
export const WideTable: Story = {
  tags: ['!autodocs'],
  args: {
    heading: 'Monthly exports',
    blocks: [
      'Exports by month, in tonnes.',
      {
        type: 'table',
        caption: 'Rare-earth exports by month, 2025 (tonnes)',
        head: ['Country', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct'],
        rows: [
          ['China', '5,210', '4,980', '5,430', '3,120', '2,870', '4,410', '5,020', '5,110', '4,760', '3,940'],
          ['Malaysia', '410', '395', '430', '402', '388', '415', '420', '433', '419', '401'],
        ],
        rowHeaders: true,
      },
    ],
  },
};

/** Embeds (v1.1): a video and a chart as facades (nothing loads from the provider until a click), a social post as a card with a link. */
export const Embeds: Story = {
  tags: ['!autodocs'],
  args: {
    heading: 'Watch and explore',
    blocks: ['The talks in pictures and numbers.', v11Blocks.video, v11Blocks.chart, v11Blocks.post],
  },
};

/** A divider (v1.1) and notes with their kind as a visible label. */
export const DividerAndNotes: Story = {
  tags: ['!autodocs'],
  args: {
    heading: 'Corrections and notes',
    blocks: [
      'The talks start on Saturday.',
      v11Blocks.correction,
      v11Blocks.divider,
      v11Blocks.editorsNote,
      { type: 'note', kind: 'update', text: 'The venue has moved to the convention centre.' },
    ],
  },
};

/** The v1.1 blocks as slotted HTML: a subheading, a table in its scroll container, a divider, a note and an embed as a link. */
export const SlottedV11Blocks: Story = {
  tags: ['!autodocs'],
  render: () => html`<article-section>
    <h2>The numbers</h2>
    <p>China mines most of the world’s rare earths.</p>
    <h3 id="rare-earths-in-numbers">Rare earths in numbers</h3>
    <div class="table" role="region" tabindex="0" aria-labelledby="output-caption">
      <table>
        <caption id="output-caption">Rare-earth output, 2024 (thousand tonnes)</caption>
        <thead><tr><th scope="col">Country</th><th scope="col">Mined</th></tr></thead>
        <tbody>
          <tr><th scope="row">China</th><td>270</td></tr>
          <tr><th scope="row">Myanmar</th><td>31</td></tr>
        </tbody>
      </table>
    </div>
    <hr />
    <div class="note" role="note">
      <p class="note-label">Correction</p>
      <p>An earlier version of this article gave the wrong date for the talks.</p>
    </div>
    <figure class="embed">
      <a href="https://www.youtube.com/watch?v=aqz-KE-bpKQ">The talks in 90 seconds</a>
      <figcaption>What each side wants from the Kuala Lumpur round.</figcaption>
    </figure>
  </article-section>`,
};

/** `level="3"`: the heading is an `h3`, for a section that sits under another section’s heading. */
/** Hebrew, right to left: heading, paragraphs, a numbered list and a quote. */
export const HebrewRightToLeft: Story = {
  tags: ['!autodocs'],
  args: { heading: hebrewAgenda.heading, blocks: hebrewAgenda.blocks },
  parameters: { language: 'he' },
};

export const HeadingLevel3: Story = {
  tags: ['!autodocs'],
  args: { level: 3 },
};

/** Words longer than the column, in the heading, paragraphs, a list and a quote, wrap instead of overflowing. */
export const VeryLongWords: Story = {
  tags: ['!autodocs'],
  args: {
    heading: `${longWord} ${longWord}`,
    blocks: [
      `${longWord} ${longWord} https://example.com/${longWord}/${longWord}`,
      { type: 'list', items: [{ term: `${longWord}:`, text: longWord }] },
      { type: 'quote', text: `${longWord} ${longWord}`, cite: longWord },
    ],
    dateline: longWord,
    date: '2025-10-23',
  },
};

/** No heading, a quote without source, a figure without caption or size, a list without terms. */
export const MissingOptionalFields: Story = {
  tags: ['!autodocs'],
  args: {
    heading: undefined,
    blocks: [
      'A section without a heading is shown as the article’s opening.',
      { type: 'quote', text: 'A quote without a named source.' },
      { type: 'figure', image: { url: images.port.url, alt: images.port.alt } },
      { type: 'list', items: ['A plain item', 'Another plain item'] },
    ],
  },
};

/** Invalid JSON: the element reports a `news-error` (see the Actions panel) and shows its slotted content. */
export const BadInput: Story = {
  tags: ['!autodocs', 'expected-news-error'],
  render: () => html`<article-section blocks='["The talks will bring …", {"type": "quote", "text": "Unclosed'>
    <h2>What’s on the Agenda</h2>
    <p>The slotted section is shown when the JSON is invalid.</p>
  </article-section>`,
};

/** One block of an unknown type is reported and left out; the blocks around it still render. */
export const UnknownBlockType: Story = {
  tags: ['!autodocs', 'expected-news-error'],
  args: {
    heading: whyMalaysia.heading,
    blocks: [
      'The paragraph before the unknown block.',
      // CMS data can hold block types the contract does not know.
      { type: 'video', url: '/video/kl-talks.mp4' } as unknown as BlockData,
      'The paragraph after it.',
      quoteBlock,
    ],
  },
};

linkOtherStories(meta, {
  OpeningWithDateline,
  WithList,
  QuoteAndFigure,
  Subheadings,
  Table,
  WideTable,
  Embeds,
  DividerAndNotes,
  SlottedV11Blocks,
  HebrewRightToLeft,
  HeadingLevel3,
  VeryLongWords,
  MissingOptionalFields,
  BadInput,
  UnknownBlockType,
});
