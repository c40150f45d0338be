import type { ElementTag } from '../elements.js';

/**
 * The design tokens of the six elements: the one place their names, types, default values and
 * descriptions are written. The styles keep their CSS as written (nothing reads this table in
 * the browser); test/node/tokens.test.mjs fails when the styles read a token missing here, when
 * a token here is read nowhere, or when a default in the CSS differs from the one here. From the
 * table are made the manifest's `cssProperties` (custom-elements-manifest.config.mjs), the
 * Storybook page of tokens, and `dist/tokens.json` with `dist/tokens.dark.json`
 * (scripts/write-tokens.mjs, in the Design Tokens Community Group format).
 *
 * A token's path names its custom property: `news.sys.color.text` is `--news-sys-color-text`.
 * Three tiers, as the styles read them:
 * - reference (`news.ref.*`): the raw palette and type families;
 * - system (`news.sys.*`): roles built from the reference tier, read by every element;
 * - component (`news-article.*`, `bullet-list.*`…): one element's own, read by it and by a
 *   `<news-article>` that renders it from JSON.
 */

/** A type of the Design Tokens format. */
export type TokenType = 'color' | 'dimension' | 'fontFamily' | 'number';

/**
 * A default: a literal (`#161514`, `1.4em`, `1.6`, a list of font families, the sides of a
 * padding shorthand) or an alias `{news.sys.color.text}` to another token's value.
 */
export type TokenValue = string | number | readonly string[];

export interface TokenDefinition {
  /** Dot-separated path; its segments joined by `-` give the custom property's name. */
  path: string;
  type: TokenType;
  /** The default, or one for each colour scheme (`light-dark()` in the CSS). */
  value: TokenValue | { light: TokenValue; dark: TokenValue };
  /** The CSS default, where the format cannot state it (a keyword, a size that grows with the container). */
  css?: string;
  /** Other defaults the CSS gives in a context the description names (a narrow container). */
  contextDefaults?: readonly string[];
  description: string;
  /** The elements whose styles read it, each listing it in the manifest. */
  readBy: readonly ElementTag[];
}

const allElements: readonly ElementTag[] = [
  'news-article',
  'article-section',
  'bullet-list',
  'author-card',
  'latest-news',
  'skip-link',
];

/** The reference palette: each colour is read in the system colours made from it. */
const referenceColours: [name: string, hex: string, description: string][] = [
  ['neutral.10', '#161514', 'Near-black ink.'],
  ['neutral.45', '#5f5b55', 'Grey ink, 6.7:1 on white.'],
  ['neutral.88', '#ddd8cf', 'Light rule.'],
  ['neutral.96', '#f6f3ee', 'Paper tint.'],
  ['neutral.100', '#ffffff', 'White.'],
  ['night.10', '#121316', 'Dark background.'],
  ['night.18', '#1d1f24', 'Raised dark surface.'],
  ['night.30', '#3a3d44', 'Dark rule.'],
  ['night.75', '#b9bcc3', 'Grey ink on dark.'],
  ['night.94', '#eceef1', 'Light ink on dark.'],
  ['accent.40', '#a3231a', 'Accent on light.'],
  ['accent.80', '#ff9d8f', 'Accent on dark.'],
  ['focus.50', '#1a5fd0', 'Focus ring on light.'],
  ['focus.80', '#8fb8ff', 'Focus ring on dark.'],
];

/** A system colour from a reference colour in each scheme. */
const schemeColour = (light: string, dark: string) => ({
  light: `{news.ref.color.${light}}`,
  dark: `{news.ref.color.${dark}}`,
});

/** Component tokens of `<tag>`, read by it and by `<news-article>`, which renders it from JSON. */
const renderedInArticle = (tag: ElementTag): readonly ElementTag[] => [tag, 'news-article'];

export const tokens: readonly TokenDefinition[] = [
  ...referenceColours.map(([name, hex, description]): TokenDefinition => ({
    path: `news.ref.color.${name}`,
    type: 'color',
    value: hex,
    description,
    readBy: allElements,
  })),
  {
    path: 'news.ref.font.serif',
    type: 'fontFamily',
    value: ['Charter', 'Bitstream Charter', 'Sitka Text', 'Cambria', 'Georgia', 'Liberation Serif', 'serif'],
    description: 'Serif family.',
    readBy: allElements,
  },
  {
    path: 'news.ref.font.sans',
    type: 'fontFamily',
    value: [
      'system-ui',
      '-apple-system',
      'Segoe UI',
      'Roboto',
      'Helvetica Neue',
      'Liberation Sans',
      'Arial',
      'sans-serif',
    ],
    description: 'Sans-serif family.',
    readBy: allElements,
  },

  {
    path: 'news.sys.color.text',
    type: 'color',
    value: schemeColour('neutral.10', 'night.94'),
    description: 'Body text.',
    readBy: allElements,
  },
  {
    path: 'news.sys.color.text-muted',
    type: 'color',
    value: schemeColour('neutral.45', 'night.75'),
    description: 'Secondary text: standfirst, byline, captions, times.',
    readBy: allElements,
  },
  {
    path: 'news.sys.color.surface',
    type: 'color',
    value: schemeColour('neutral.100', 'night.10'),
    description: 'Page background.',
    readBy: allElements,
  },
  {
    path: 'news.sys.color.surface-raised',
    type: 'color',
    value: schemeColour('neutral.96', 'night.18'),
    description: 'Cards and image placeholders.',
    readBy: allElements,
  },
  {
    path: 'news.sys.color.rule',
    type: 'color',
    value: schemeColour('neutral.88', 'night.30'),
    description: 'Thin dividers.',
    readBy: allElements,
  },
  {
    path: 'news.sys.color.rule-strong',
    type: 'color',
    value: schemeColour('neutral.10', 'night.94'),
    description: 'The rule above small headings.',
    readBy: allElements,
  },
  {
    path: 'news.sys.color.accent',
    type: 'color',
    value: schemeColour('accent.40', 'accent.80'),
    description: 'Kicker, bullets, hovered links.',
    readBy: allElements,
  },
  {
    path: 'news.sys.color.link',
    type: 'color',
    value: '{news.sys.color.text}',
    description: 'Links.',
    readBy: allElements,
  },
  {
    path: 'news.sys.color.focus',
    type: 'color',
    value: schemeColour('focus.50', 'focus.80'),
    description: 'Focus ring.',
    readBy: allElements,
  },
  {
    path: 'news.sys.font.body',
    type: 'fontFamily',
    value: '{news.ref.font.serif}',
    description: 'Body text font.',
    readBy: allElements,
  },
  {
    path: 'news.sys.font.display',
    type: 'fontFamily',
    value: '{news.ref.font.serif}',
    description: 'Headline and heading font.',
    readBy: allElements,
  },
  {
    path: 'news.sys.font.ui',
    type: 'fontFamily',
    value: '{news.ref.font.sans}',
    description: 'Labels, byline, times.',
    readBy: allElements,
  },
  {
    path: 'news.sys.font.size',
    type: 'dimension',
    value: '16px',
    css: 'medium',
    description:
      'Base size. Default: `medium`, the reader’s default size (16px unless the reader changed it), never the page’s root size.',
    readBy: allElements,
  },
  {
    path: 'news.sys.line-height',
    type: 'number',
    value: 1.6,
    description: 'Body line height.',
    readBy: allElements,
  },
  {
    path: 'news.sys.radius',
    type: 'dimension',
    value: '0.25em',
    description: 'Corner radius.',
    readBy: allElements,
  },
  {
    path: 'news.loading.min-height',
    type: 'dimension',
    value: '12em',
    description: 'Height of the placeholder kept while `src` loads.',
    readBy: ['news-article', 'latest-news'],
  },

  {
    path: 'news-article.max-width',
    type: 'dimension',
    value: '75em',
    description: 'Widest the page grows.',
    readBy: ['news-article'],
  },
  {
    path: 'news-article.padding',
    type: 'dimension',
    value: ['1.5em', '1.25em', '3em'],
    contextDefaults: ['1em 1em 2em'],
    description:
      'Space around the page (block-start, inline, block-end). Default: `1.5em 1.25em 3em`, `1em 1em 2em` in a container narrower than 30em.',
    readBy: ['news-article'],
  },
  {
    path: 'news-article.measure',
    type: 'dimension',
    value: '42em',
    description: 'Widest the article column grows.',
    readBy: ['news-article'],
  },
  {
    path: 'news-article.text-measure',
    type: 'dimension',
    value: '29em',
    description: 'Widest the body text grows: 60–75 characters a line.',
    readBy: ['news-article'],
  },
  {
    path: 'news-article.aside-width',
    type: 'dimension',
    value: '20em',
    description: 'Width of the aside beside the article in a wide container.',
    readBy: ['news-article'],
  },
  {
    path: 'news-article.background',
    type: 'color',
    value: '{news.sys.color.surface}',
    description: 'Page background.',
    readBy: ['news-article'],
  },
  {
    path: 'news-article.headline-font',
    type: 'fontFamily',
    value: '{news.sys.font.display}',
    description: 'Font of the headline.',
    readBy: ['news-article'],
  },
  {
    path: 'news-article.headline-size',
    type: 'dimension',
    value: '1.75em',
    css: 'calc(1.75em + var(--_type-growth))',
    description: 'Size of the headline. Default: grows with the container, `1.75em`–`3.25em`.',
    readBy: ['news-article'],
  },
  {
    path: 'news-article.kicker-color',
    type: 'color',
    value: '{news.sys.color.accent}',
    description: 'Colour of the kicker.',
    readBy: ['news-article'],
  },
  {
    path: 'news-article.header-color',
    type: 'color',
    value: '{news.sys.color.text}',
    description: 'Text of the header: the headline and the byline’s names.',
    readBy: ['news-article'],
  },
  {
    path: 'news-article.header-muted-color',
    type: 'color',
    value: '{news.sys.color.text-muted}',
    description: 'Standfirst, byline and dates, and the lead image’s caption and credit.',
    readBy: ['news-article'],
  },

  {
    path: 'article-section.font-size',
    type: 'dimension',
    value: '1.125em',
    description:
      'Body text size, relative to the element’s font size. Default: `1.125em`, `1em` in a `<news-article>`.',
    readBy: renderedInArticle('article-section'),
  },
  {
    path: 'article-section.heading-font',
    type: 'fontFamily',
    value: '{news.sys.font.display}',
    description: 'Font of the headings.',
    readBy: renderedInArticle('article-section'),
  },
  {
    path: 'article-section.heading-size',
    type: 'dimension',
    value: '1.1875em',
    css: 'var(--_type-h2)',
    description: 'Size of an `h2` heading. Default: `1.1875em`–`1.5em`, growing with the container.',
    readBy: renderedInArticle('article-section'),
  },
  {
    path: 'article-section.block-gap',
    type: 'dimension',
    value: '1.1em',
    description: 'Space between blocks.',
    readBy: renderedInArticle('article-section'),
  },

  {
    path: 'bullet-list.marker-color',
    type: 'color',
    value: '{news.sys.color.accent}',
    description: 'Colour of bullets and numbers.',
    readBy: renderedInArticle('bullet-list'),
  },
  {
    path: 'bullet-list.term-color',
    type: 'color',
    value: '{news.sys.color.text}',
    description: 'Colour of the lead-in terms.',
    readBy: renderedInArticle('bullet-list'),
  },
  {
    path: 'bullet-list.indent',
    type: 'dimension',
    value: '1.4em',
    description: 'Indent of each list level.',
    readBy: renderedInArticle('bullet-list'),
  },
  {
    path: 'bullet-list.item-gap',
    type: 'dimension',
    value: '0.6em',
    description: 'Space between items.',
    readBy: renderedInArticle('bullet-list'),
  },

  {
    path: 'author-card.background',
    type: 'color',
    value: '{news.sys.color.surface-raised}',
    description: 'Card background.',
    readBy: renderedInArticle('author-card'),
  },
  {
    path: 'author-card.border-color',
    type: 'color',
    value: '{news.sys.color.rule}',
    description: 'Card border.',
    readBy: renderedInArticle('author-card'),
  },
  {
    path: 'author-card.photo-size',
    type: 'dimension',
    value: '4.5em',
    description: 'Diameter of the photo.',
    readBy: renderedInArticle('author-card'),
  },
  {
    path: 'author-card.radius',
    type: 'dimension',
    value: '{news.sys.radius}',
    description: 'Corner radius of the card.',
    readBy: renderedInArticle('author-card'),
  },

  {
    path: 'latest-news.headline-font',
    type: 'fontFamily',
    value: '{news.sys.font.display}',
    description: 'Font of the headlines.',
    readBy: renderedInArticle('latest-news'),
  },
  {
    path: 'latest-news.time-color',
    type: 'color',
    value: '{news.sys.color.text-muted}',
    description: 'Colour of times and descriptions.',
    readBy: renderedInArticle('latest-news'),
  },
  {
    path: 'latest-news.divider-color',
    type: 'color',
    value: '{news.sys.color.rule}',
    description: 'Line between stories.',
    readBy: renderedInArticle('latest-news'),
  },

  {
    path: 'skip-link.background',
    type: 'color',
    value: '{news.sys.color.text}',
    description: 'Background of the visible link.',
    readBy: ['skip-link'],
  },
  {
    path: 'skip-link.color',
    type: 'color',
    value: '{news.sys.color.surface}',
    description: 'Text colour of the visible link.',
    readBy: ['skip-link'],
  },
  {
    path: 'skip-link.radius',
    type: 'dimension',
    value: '{news.sys.radius}',
    description: 'Corner radius.',
    readBy: ['skip-link'],
  },
  {
    path: 'skip-link.z-index',
    type: 'number',
    value: 1000,
    description: 'Stacking order above the page.',
    readBy: ['skip-link'],
  },
];

/** `news.sys.color.text` → `--news-sys-color-text`. */
export const customPropertyOf = (path: string): string => `--${path.split('.').join('-')}`;

/**
 * The private property an element keeps a token's value in: `--news-sys-color-text` →
 * `--_sys-color-text`, `--bullet-list-indent` → `--_bullet-list-indent`. Not every token has one:
 * a reference colour is read in the system colours, and some tokens are read where they apply.
 */
export const privatePropertyOf = (path: string): string =>
  `--_${customPropertyOf(path)
    .slice(2)
    .replace(/^news-/, '')}`;

const aliasPattern = /^\{([^{}]+)\}$/;

/** The path an alias names (`{news.sys.color.text}` → `news.sys.color.text`), else undefined. */
export const aliasTarget = (value: TokenValue): string | undefined =>
  typeof value === 'string' ? aliasPattern.exec(value)?.[1] : undefined;

const byPath = new Map(tokens.map((token) => [token.path, token]));

export const tokenAt = (path: string): TokenDefinition | undefined => byPath.get(path);

/** A value of one colour scheme: the same in both unless the token gives one for each. */
export function valueIn(token: TokenDefinition, scheme: 'light' | 'dark'): TokenValue {
  const { value } = token;
  return typeof value === 'object' && !Array.isArray(value) && 'light' in value ? value[scheme] : (value as TokenValue);
}

/** A literal as CSS: font families quoted where they hold a space, the sides of a shorthand spaced. */
export function cssOfLiteral(type: TokenType, value: TokenValue): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return type === 'fontFamily'
    ? value.map((family) => (/\s/.test(family) ? `'${family}'` : family)).join(', ')
    : value.join(' ');
}

/** The default in one colour scheme as a CSS value, aliases followed to their literal. */
export function resolvedCss(token: TokenDefinition, scheme: 'light' | 'dark'): string {
  if (token.css) return token.css;
  const value = valueIn(token, scheme);
  const target = aliasTarget(value);
  if (target === undefined) return cssOfLiteral(token.type, value);
  const aliased = tokenAt(target);
  if (!aliased) throw new Error(`${token.path}: ${String(value)} names no token`);
  return resolvedCss(aliased, scheme);
}

/** The element a component token belongs to (the first that reads it), or undefined for a shared one. */
export const ownerOf = (token: TokenDefinition): ElementTag | undefined =>
  tierOf(token) === 'component' ? token.readBy[0] : undefined;

export type Tier = 'reference' | 'system' | 'component';

export function tierOf(token: TokenDefinition): Tier {
  if (token.path.startsWith('news.ref.')) return 'reference';
  if (token.path.startsWith('news.sys.')) return 'system';
  return 'component';
}
