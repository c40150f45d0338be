import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { defineAnatomyView, type AnatomyView } from './anatomy-view.js';
import { images, latestStories, seedArticle, siti } from '../support/fixtures.js';

/** One element inside `<anatomy-view>`, which outlines and numbers its parts and slots. */
const anatomy = (tag: string, example: TemplateResult): TemplateResult => {
  defineAnatomyView();
  return html`<anatomy-view tag=${tag}>${example}</anatomy-view>`;
};

const meta: Meta = {
  title: 'Guides/Anatomy',
  tags: ['!autodocs'],
  parameters: {
    canvas: 'column',
    docs: {
      description: {
        component:
          'Each element with its shadow parts (dashed, style them with `::part(name)`) and slots (dotted, fill them with `slot="name"`) outlined and numbered. Descriptions come from `custom-elements.json`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The whole page: header parts, body, authors and aside; the nested elements’ parts are on their own pages. */
export const NewsArticle: Story = {
  name: 'news-article',
  parameters: { canvas: 'page' },
  render: () =>
    anatomy(
      'news-article',
      html`<news-article
        no-skip-link
        .article=${{
          ...seedArticle,
          articleSection: 'Economy',
          description:
            'Beijing’s top economic envoy meets Washington’s Treasury Secretary for four days of talks, with rare-earth export curbs at the top of the agenda.',
          image: { ...images.lead, caption: 'Kuala Lumpur hosts the talks in the week of the ASEAN summit.' },
          latest: latestStories.slice(0, 3),
        }}
      ></news-article>`,
    ),
};

export const ArticleSection: Story = {
  name: 'article-section',
  render: () =>
    anatomy(
      'article-section',
      html`<article-section
        heading="What’s on the Agenda"
        dateline="Kuala Lumpur"
        .blocks=${[
          'The talks will bring He Lifeng together with U.S. Treasury Secretary Scott Bessent.',
          { type: 'heading', text: 'Rare earths' },
          {
            type: 'quote',
            text: 'Both sides need a venue where neither looks like the guest.',
            cite: 'A trade economist in Kuala Lumpur',
          },
          { type: 'figure', image: { ...images.port, caption: 'Port Klang, Malaysia’s busiest port.' } },
          { type: 'divider' },
          { type: 'note', text: 'This article was updated with the ministry’s statement.' },
        ]}
      ></article-section>`,
    ),
};

/** From JSON (the parts) and from slotted HTML (the slot). */
export const BulletList: Story = {
  name: 'bullet-list',
  render: () =>
    anatomy(
      'bullet-list',
      html`<bullet-list
          .items=${[
            { term: 'Supply-chain ripple effects:', text: 'controls reach electronics and clean energy.' },
            'Markets may remain volatile in the short term.',
          ]}
        ></bullet-list>
        <bullet-list>
        <ul>
          <li><strong>Supply-chain ripple effects:</strong> controls reach electronics and clean energy.</li>
          <li><strong>Trade-policy signals:</strong> a breakthrough could ease tensions.</li>
          <li>Markets may remain volatile in the short term.</li>
        </ul>
      </bullet-list>`,
    ),
};

/** From JSON (the parts) and from slotted HTML (the slots). */
export const AuthorCard: Story = {
  name: 'author-card',
  render: () =>
    anatomy(
      'author-card',
      html`<author-card .author=${siti}></author-card>
        <author-card>
        <img slot="photo" src=${images.siti.url} alt="" />
        <span slot="name">Siti</span>
        <span slot="role">Asia economics correspondent</span>
        <p>Siti is a news writer specialising in Asian economics, Islamic finance and policy.</p>
        <a slot="links" href="https://www.linkedin.com/in/siti-example">LinkedIn</a>
        <a slot="links" href="mailto:siti@example.com">Email</a>
      </author-card>`,
    ),
};

export const LatestNews: Story = {
  name: 'latest-news',
  parameters: { canvas: 'aside' },
  render: () => anatomy('latest-news', html`<latest-news .items=${latestStories}></latest-news>`),
};

/** Shown focused, as a keyboard user meets it. */
export const SkipLink: Story = {
  name: 'skip-link',
  render: () =>
    anatomy(
      'skip-link',
      html`<skip-link target="anatomy-main">Skip to content</skip-link>
        <div id="anatomy-main" tabindex="-1"><p>The main content.</p></div>`,
    ),
  play: async ({ canvasElement }) => {
    const skipLink = canvasElement.querySelector('skip-link');
    await skipLink?.updateComplete;
    skipLink?.shadowRoot?.querySelector('a')?.focus();
    (canvasElement.querySelector('anatomy-view') as AnatomyView | null)?.measure();
  },
};
