import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { guideStyles } from './page.js';

interface Advice {
  topic: string;
  why: string;
  do: { text: TemplateResult | string; note: string };
  dont: { text: TemplateResult | string; note: string };
}

const advice: Advice[] = [
  {
    topic: 'Headlines',
    why: 'The headline is the page’s only h1, its title in search results and what a screen reader announces first.',
    do: {
      text: 'China and U.S. Set for Trade Talks in Malaysia Amid Rare-Earth Dispute',
      note: 'Who, what and where, in under 90 characters; a verb; the place named.',
    },
    dont: {
      text: 'You Won’t Believe What Happens Next in Kuala Lumpur!!!',
      note: 'Withholds the news, shouts, and tells a reader scanning headings nothing.',
    },
  },
  {
    topic: 'Standfirsts',
    why: 'The standfirst sits under the headline and often becomes the summary in a link preview.',
    do: {
      text: 'Beijing’s top economic envoy meets Washington’s Treasury Secretary for four days of talks, with rare-earth export curbs at the top of the agenda.',
      note: 'One or two sentences that add to the headline: who, for how long, what is at stake.',
    },
    dont: {
      text: 'China and U.S. set for trade talks in Malaysia amid rare-earth dispute.',
      note: 'Repeats the headline word for word: the reader learns nothing more.',
    },
  },
  {
    topic: 'Captions',
    why: 'A caption is read with the picture; the alt text stands in for it. They do different jobs.',
    do: {
      text: 'Port Klang, Malaysia’s busiest port, handles much of the region’s electronics trade.',
      note: 'Says what the picture adds to the story; the credit goes in its own field.',
    },
    dont: {
      text: 'Image of containers. Photo: Getty Images',
      note: 'Describes the obvious, repeats the alt text, and mixes the credit into the caption.',
    },
  },
  {
    topic: 'Bullets with lead-ins',
    why: 'A bold lead-in lets a reader scan the list; each is read aloud before its item.',
    do: {
      text: html`<bullet-list
        .items=${[
          { term: 'Supply chains:', text: 'controls reach electronics and clean-energy makers.' },
          { term: 'Markets:', text: 'traders expect volatility until the talks end.' },
        ]}
      ></bullet-list>`,
      note: 'Short lead-ins of the same shape, each ending with a colon, each item one idea.',
    },
    dont: {
      text: html`<bullet-list
        .items=${[
          {
            term: 'The thing that everyone in the supply chain is worried about this week:',
            text: 'controls.',
          },
          { term: 'Markets', text: 'Volatile' },
        ]}
      ></bullet-list>`,
      note: 'A lead-in longer than its item, and lead-ins that do not match in form or punctuation.',
    },
  },
];

const example = (kind: 'do' | 'dont', { text, note }: Advice['do']) =>
  html`<figure class="advice advice-${kind}">
    <figcaption><strong>${kind === 'do' ? '✓ Do' : '✗ Don’t'}</strong></figcaption>
    <div class="advice-example">${text}</div>
    <p>${note}</p>
  </figure>`;

const meta: Meta = {
  title: 'Guides/Content guidance',
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

/** What to write in the headline, standfirst, captions and lists, with an example to follow and one to avoid. */
export const ContentGuidance: Story = {
  name: 'Content guidance',
  render: () => html`${guideStyles}
    <style>
      .advice-pair {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: 1rem;
      }
      .advice {
        margin: 0;
        padding: 0.75rem 1rem;
        border-inline-start: 4px solid;
        border-radius: 0.25rem;
        background: light-dark(#f6f3ee, #1d1f24);
      }
      .advice-do {
        border-color: light-dark(#1f7a3a, #6fd08c);
      }
      .advice-dont {
        border-color: light-dark(#b3261e, #ff8a80);
      }
      .advice-example {
        margin-block: 0.5rem;
        font-family: Charter, Cambria, Georgia, serif;
        font-size: 1.1rem;
      }
      .advice p {
        margin: 0;
        font-size: 0.9rem;
      }
    </style>
    <article class="guide">
      <h1>Content guidance</h1>
      <p>
        The elements make any text accessible and readable; what the text says is up to the newsroom. Four places
        where a little care goes a long way:
      </p>
      ${advice.map(
        (item) =>
          html`<section>
            <h2>${item.topic}</h2>
            <p>${item.why}</p>
            <div class="advice-pair">${example('do', item.do)} ${example('dont', item.dont)}</div>
          </section>`,
      )}
    </article>`,
};
