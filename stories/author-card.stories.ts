import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PersonData } from '../src/index.js';
import { docsDescription, linkOtherStories } from './support/docs.js';
import { longWord, ravi, seedArticle, siti } from './support/fixtures.js';
import { arabicAuthor } from './support/right-to-left.js';

interface Args {
  author?: PersonData | PersonData[] | string;
  label?: string;
  level?: number;
}

/** A blank label means the element's own default, so it is left out rather than set to "". */
const labelAttribute = (label: string | undefined) => ifDefined(label?.trim() || undefined);

/** Where the card comes from slotted HTML or from the article, an `author` control would do nothing. */
const withoutAuthorControl = { controls: { exclude: ['author'] } };

const meta: Meta<Args> = {
  title: 'Elements/author-card',
  component: 'author-card',
  render: ({ author, label, level }) =>
    html`<author-card .author=${author} label=${labelAttribute(label)} level=${ifDefined(level)}></author-card>`,
  args: { author: siti, label: '', level: 2 },
  argTypes: {
    label: { control: 'text' },
  },
  parameters: {
    canvas: 'column',
    docs: {
      description: {
        component: docsDescription('author-card', {
          json: `<author-card author='{
  "name": "Siti",
  "jobTitle": "Asia economics correspondent",
  "description": "Siti is a news writer specialising in Asian economics …",
  "image": "/authors/siti.jpg",
  "url": "/authors/siti",
  "sameAs": ["https://www.linkedin.com/in/siti-example", "mailto:siti@example.com"]
}'></author-card>`,
          html: `<author-card>
  <img slot="photo" src="/authors/siti.jpg" alt="">
  <span slot="name">Siti</span>
  <span slot="role">Asia economics correspondent</span>
  <p>Siti is a news writer specialising in Asian economics …</p>
  <a slot="links" href="https://www.linkedin.com/in/siti-example">LinkedIn</a>
  <a slot="links" href="mailto:siti@example.com">Email</a>
</author-card>`,
        }),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Photo, name linked to the author page, job title, bio and profile links, from JSON. */
export const FromJson: Story = {};

/** The same card as plain HTML children in the named slots, the bio in the default slot. */
export const FromSlottedHtml: Story = {
  parameters: withoutAuthorControl,
  render: ({ label, level }) => html`<author-card label=${labelAttribute(label)} level=${ifDefined(level)}>
    <img slot="photo" src="/assets/siti.svg" alt="" width="72" height="72" />
    <span slot="name">Siti</span>
    <span slot="role">Asia economics correspondent</span>
    <p>
      Siti is a news writer specialising in Asian economics, Islamic finance, international relations and policy,
      offering in-depth analysis and perspectives on the region’s evolving dynamics.
    </p>
    <a slot="links" href="https://www.linkedin.com/in/siti-example">LinkedIn</a>
    <a slot="links" href="mailto:siti@example.com">Email</a>
  </author-card>`,
};

/** No image: the name’s initial stands in for the photo. */
export const WithoutPhoto: Story = {
  tags: ['!autodocs'],
  args: { author: { ...siti, image: undefined } },
};

/** `author` as an array: one person per row, under a single heading. */
export const SeveralAuthors: Story = {
  args: { author: [siti, ravi] },
};

/** The least a card needs: a name. */
export const NameOnly: Story = {
  tags: ['!autodocs'],
  args: { author: { name: 'Siti' } },
};

/** Arabic, right to left: the name's initial at the start of the line (the right), the built-in Arabic heading. */
export const ArabicRightToLeft: Story = {
  tags: ['!autodocs'],
  args: { author: arabicAuthor },
  parameters: { language: 'ar' },
};

/** Words longer than the card is wide, in the name, job title and bio, wrap instead of overflowing. */
export const VeryLongWords: Story = {
  tags: ['!autodocs'],
  args: {
    author: {
      ...siti,
      name: longWord,
      jobTitle: `${longWord} correspondent`,
      description: `${longWord} ${longWord} writes about https://example.com/${longWord}/${longWord}.`,
      url: `/authors/${longWord}`,
    },
  },
};

/** A replacement heading, here in Malay. */
export const CustomLabel: Story = {
  tags: ['!autodocs'],
  args: { label: 'Tentang penulis' },
};

/** A card without data of its own inside a `<news-article>` shows the article’s author. */
export const InsideArticle: Story = {
  tags: ['!autodocs'],
  parameters: withoutAuthorControl,
  render: ({ label, level }) => html`<news-article .article=${seedArticle}>
    <author-card slot="author" label=${labelAttribute(label)} level=${ifDefined(level)}></author-card>
  </news-article>`,
};

/** Invalid JSON: the element reports a `news-error` (see the Actions panel) and shows its slotted content. */
export const BadInput: Story = {
  tags: ['!autodocs', 'expected-news-error'],
  parameters: withoutAuthorControl,
  render: ({ label, level }) => html`<author-card
    author='{"name": "Siti", "jobTitle": "Unclosed'
    label=${labelAttribute(label)}
    level=${ifDefined(level)}
  >
    <span slot="name">Siti</span>
    <p>The slotted card is shown when the JSON is invalid.</p>
  </author-card>`,
};

/** `javascript:` URLs are reported and left out (the name is not a link, that profile link is gone); the rest shows. */
export const UnsafeUrl: Story = {
  tags: ['!autodocs', 'expected-news-error'],
  args: {
    author: {
      ...siti,
      url: 'javascript:alert(document.cookie)',
      sameAs: ['https://www.linkedin.com/in/siti-example', 'javascript:alert(1)', 'mailto:siti@example.com'],
    },
  },
};

linkOtherStories(meta, {
  WithoutPhoto,
  NameOnly,
  ArabicRightToLeft,
  VeryLongWords,
  CustomLabel,
  InsideArticle,
  BadInput,
  UnsafeUrl,
});
