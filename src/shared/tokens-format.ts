import {
  aliasTarget,
  cssOfLiteral,
  customPropertyOf,
  tokens,
  valueIn,
  type TokenDefinition,
  type TokenValue,
} from './tokens.js';

/**
 * The token table in the Design Tokens Community Group format (`$value`, `$type`, groups,
 * aliases such as `{news.sys.color.text}`), as Style Dictionary 4 and the Figma token plugins
 * read it: colours as hex strings, dimensions as strings with their unit. Written to
 * `dist/tokens.json` and `dist/tokens.dark.json` by scripts/write-tokens.mjs.
 *
 * Colour schemes: a token whose value differs in dark has its light value as `$value` and both
 * under `$extensions.mode` (the convention of Terrazzo and Cobalt); `dist/tokens.dark.json`
 * holds those tokens again with their dark value as `$value`, an override file for tools that
 * know no modes (Style Dictionary's `include` + `source`, a Tokens Studio set).
 */

/** The key of our own `$extensions`: a CSS default the format cannot state, a shorthand's order. */
export const extensionKey = 'news-elements';

export interface DesignToken {
  $type: string;
  $value: string | number | readonly string[];
  $description?: string;
  $extensions?: Record<string, unknown>;
}

export interface DesignTokenGroup {
  [name: string]: DesignToken | DesignTokenGroup | string | Record<string, unknown> | undefined;
}

/** Sides of a padding shorthand of 1 to 4 values, as its custom property takes them. */
const shorthandSides: Record<number, readonly string[]> = {
  1: ['all'],
  2: ['block', 'inline'],
  3: ['block-start', 'inline', 'block-end'],
  4: ['block-start', 'inline-end', 'block-end', 'inline-start'],
};

const isModeValue = (value: TokenDefinition['value']): value is { light: TokenValue; dark: TokenValue } =>
  typeof value === 'object' && !Array.isArray(value) && 'light' in value;

/** A group at the path, created as needed. */
function groupAt(root: DesignTokenGroup, segments: readonly string[]): DesignTokenGroup {
  let group = root;
  for (const segment of segments) group = (group[segment] ??= {}) as DesignTokenGroup;
  return group;
}

function ownExtensions(token: TokenDefinition): Record<string, unknown> | undefined {
  const own: Record<string, unknown> = {};
  if (token.css) own.css = token.css;
  if (token.contextDefaults) own.contextDefaults = token.contextDefaults;
  return Object.keys(own).length ? own : undefined;
}

/** One table entry as a token, or as a group of dimensions for a shorthand. */
function designTokenOf(token: TokenDefinition): DesignToken | DesignTokenGroup {
  const own = ownExtensions(token);
  const { value } = token;
  if (token.type === 'dimension' && Array.isArray(value)) {
    const sides = shorthandSides[value.length];
    if (!sides) throw new Error(`${token.path}: a shorthand takes 1 to 4 values`);
    const group: DesignTokenGroup = {
      $description: token.description,
      $extensions: { [extensionKey]: { ...own, shorthand: sides } },
    };
    sides.forEach((side, index) => {
      group[side] = { $type: 'dimension', $value: (value as readonly string[])[index]! };
    });
    return group;
  }
  const extensions: Record<string, unknown> = {};
  if (isModeValue(token.value)) extensions.mode = { light: token.value.light, dark: token.value.dark };
  if (own) extensions[extensionKey] = own;
  return {
    $type: token.type,
    $value: valueIn(token, 'light'),
    $description: token.description,
    ...(Object.keys(extensions).length ? { $extensions: extensions } : {}),
  };
}

function documentOf(entries: readonly [TokenDefinition, DesignToken | DesignTokenGroup][], description: string) {
  const root: DesignTokenGroup = { $description: description };
  for (const [token, designToken] of entries) {
    const segments = token.path.split('.');
    groupAt(root, segments.slice(0, -1))[segments.at(-1)!] = designToken;
  }
  return root;
}

/** Every token, light values in `$value`, both schemes' under `$extensions.mode`: `dist/tokens.json`. */
export function designTokens(): DesignTokenGroup {
  return documentOf(
    tokens.map((token) => [token, designTokenOf(token)]),
    'Design tokens of news-elements. Each path names a CSS custom property: news.sys.color.text is --news-sys-color-text.',
  );
}

/** The tokens whose value differs in dark, with their dark value: `dist/tokens.dark.json`. */
export function darkDesignTokens(): DesignTokenGroup {
  return documentOf(
    tokens
      .filter((token) => isModeValue(token.value))
      .map((token) => [token, { $type: token.type, $value: valueIn(token, 'dark') }]),
    'Dark colour scheme of news-elements: the tokens of tokens.json whose value differs in dark.',
  );
}

/** An alias as the CSS reads it: `{news.sys.color.text}` → `var(--news-sys-color-text)`. */
function cssOfValue(token: TokenDefinition, value: TokenValue): string {
  const target = aliasTarget(value);
  return target === undefined ? cssOfLiteral(token.type, value) : `var(${customPropertyOf(target)})`;
}

/** The default as documented in the manifest: `1.4em`, `var(--news-sys-color-accent)`, `light-dark(…)`. */
export function documentedDefaultOf(token: TokenDefinition): string {
  if (token.css) return token.css;
  if (isModeValue(token.value))
    return `light-dark(${cssOfValue(token, token.value.light)}, ${cssOfValue(token, token.value.dark)})`;
  return cssOfValue(token, token.value as TokenValue);
}

/** The description with its default, as the manifest and the Storybook page show it. */
export function describedWithDefault(token: TokenDefinition): string {
  return /\bDefault: /.test(token.description)
    ? token.description
    : `${token.description} Default: \`${documentedDefaultOf(token)}\`.`;
}
