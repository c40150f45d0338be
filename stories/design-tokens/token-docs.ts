import manifest from '../../custom-elements.json';
import { elements, type ElementTag } from '../../src/elements.js';

interface ManifestCssProperty {
  name: string;
  description?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: ManifestCssProperty[];
}

export const elementTags: readonly ElementTag[] = elements.map((element) => element.tagName);

export interface TokenDoc {
  /** The public custom property a host sets, e.g. `--news-sys-color-text`. */
  name: string;
  /** Where the element keeps the value in use, e.g. `--_sys-color-text`. */
  privateName: string;
  description: string;
  /** The description's "Default: …" text, e.g. "`1.4em`" or "the accent colour". */
  documentedDefault: string;
  /** The documented default when it is a CSS value (its leading code span), e.g. `1.4em`. */
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

const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules.flatMap(
  (module) => module.declarations ?? [],
);

function cssPropertiesOf(tag: ElementTag): ManifestCssProperty[] {
  return declarations.find((declaration) => declaration.tagName === tag)?.cssProperties ?? [];
}

/**
 * The analyzer appends the JSDoc paragraph after a `@cssprop` line (a tier's heading, the "Also
 * reads…" note) to that property's description; each of ours ends with its "Default: …" sentence.
 */
const throughDefaultSentence = /^(.*?Default: .*?\.)(?=\s|$)/s;
const defaultSentence = /Default: (.*?)\.(?=\s|$)/s;
const leadingCodeSpan = /^`([^`]+)`/;

/** `--news-sys-color-text` → `--_sys-color-text`, `--bullet-list-indent` → `--_bullet-list-indent`. */
export function privateNameOf(name: string): string {
  return `--_${name.slice(2).replace(/^news-/, '')}`;
}

function tokenDoc(property: ManifestCssProperty): TokenDoc {
  const fullDescription = property.description ?? '';
  const description = throughDefaultSentence.exec(fullDescription)?.[1] ?? fullDescription;
  const documentedDefault = defaultSentence.exec(description)?.[1] ?? '';
  return {
    name: property.name,
    privateName: privateNameOf(property.name),
    description,
    documentedDefault,
    documentedValue: leadingCodeSpan.exec(documentedDefault)?.[1],
  };
}

const isShared = (name: string) => /^--news-(ref|sys)-/.test(name);

/**
 * Every CSS custom property of the six elements, once each: the reference and system tiers (which
 * the manifest lists on every element), then each element's own properties.
 */
function groupTokens(): TokenGroup[] {
  const seen = new Set<string>();
  const firstListings = elementTags.flatMap((tag) =>
    cssPropertiesOf(tag)
      .filter((property) => !seen.has(property.name) && seen.add(property.name))
      .map((property) => ({ tag, token: tokenDoc(property) })),
  );
  const tokensWhere = (keep: (listing: (typeof firstListings)[number]) => boolean) =>
    firstListings.filter(keep).map((listing) => listing.token);
  return [
    {
      tier: 'reference',
      pattern: '--news-ref-*',
      readFrom: 'news-article',
      tokens: tokensWhere(({ token }) => token.name.startsWith('--news-ref-')),
    },
    {
      tier: 'system',
      pattern: '--news-sys-*',
      readFrom: 'news-article',
      tokens: tokensWhere(({ token }) => token.name.startsWith('--news-sys-')),
    },
    ...elementTags.map((tag): TokenGroup => ({
      tier: 'component',
      pattern: `--${tag}-*`,
      readFrom: tag,
      tokens: tokensWhere((listing) => listing.tag === tag && !isShared(listing.token.name)),
    })),
  ];
}

export const tokenGroups: readonly TokenGroup[] = groupTokens();
