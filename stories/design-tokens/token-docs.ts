import { elements, type ElementTag } from '../../src/elements.js';
import { documentedDefaultOf } from '../../src/shared/tokens-format.js';
import {
  customPropertyOf,
  ownerOf,
  privatePropertyOf,
  resolvedCss,
  tierOf,
  tokens,
  type TokenDefinition,
} from '../../src/shared/tokens.js';

export const elementTags: readonly ElementTag[] = elements.map((element) => element.tagName);

export interface TokenDoc {
  /** The public custom property a host sets, e.g. `--news-sys-color-text`. */
  name: string;
  /** Where the element keeps the value in use, e.g. `--_sys-color-text`. */
  privateName: string;
  description: string;
  /** The default as the CSS states it, e.g. `1.4em` or `var(--news-sys-color-accent)`. */
  documentedDefault: string;
  /** The default as a CSS value, aliases followed, e.g. `light-dark(#a3231a, #ff9d8f)`. */
  documentedValue?: string;
}

export interface TokenGroup {
  tier: 'reference' | 'system' | 'component';
  /** The name pattern of the group's properties, e.g. `--news-ref-*`. */
  pattern: string;
  /** The element whose instance the computed defaults are read from. */
  readFrom: ElementTag;
  tokens: TokenDoc[];
}

const inBothSchemes = (light: string, dark: string) => (light === dark ? light : `light-dark(${light}, ${dark})`);

function tokenDoc(token: TokenDefinition): TokenDoc {
  return {
    name: customPropertyOf(token.path),
    privateName: privatePropertyOf(token.path),
    description: token.description,
    documentedDefault: documentedDefaultOf(token),
    documentedValue: inBothSchemes(resolvedCss(token, 'light'), resolvedCss(token, 'dark')),
  };
}

/** Every token of the table (src/shared/tokens.ts), by tier, then each element's own. */
export const tokenGroups: readonly TokenGroup[] = [
  {
    tier: 'reference',
    pattern: '--news-ref-*',
    readFrom: 'news-article',
    tokens: tokens.filter((token) => tierOf(token) === 'reference').map(tokenDoc),
  },
  {
    tier: 'system',
    pattern: '--news-sys-*',
    readFrom: 'news-article',
    tokens: tokens.filter((token) => tierOf(token) === 'system').map(tokenDoc),
  },
  ...elementTags.map((tag): TokenGroup => ({
    tier: 'component',
    pattern: `--${tag}-*`,
    readFrom: tag,
    tokens: tokens.filter((token) => ownerOf(token) === tag).map(tokenDoc),
  })),
];
