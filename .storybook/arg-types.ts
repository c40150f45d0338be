import type { ArgTypes, InputType } from 'storybook/internal/types';
import { documentedDefaultOf } from '../src/shared/tokens-format.js';
import { customPropertyOf, ownerOf, tierOf, tokens, type TokenDefinition } from '../src/shared/tokens.js';

/**
 * Controls for the Controls panel and the docs tables, built from `custom-elements.json`.
 * Storybook's own reading of the manifest types every attribute and token by its TypeScript
 * text (`Theme | undefined`), which no control understands, so each shows "Set object". Here a
 * union of string literals becomes a select, a boolean a switch, a number a number field, a
 * colour token a colour picker and any other token a text field; the element's own tokens come
 * first and the tokens every element shares follow under their own heading. A token's type,
 * tier, owner and default come from the tokens table (src/shared/tokens.ts), as the manifest's do.
 */

interface ManifestEntry {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  attribute?: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestEntry[];
  members?: ManifestEntry[];
  events?: ManifestEntry[];
  slots?: ManifestEntry[];
  cssProperties?: ManifestEntry[];
  cssParts?: ManifestEntry[];
}
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** The locales the stories have content or labels for; the first is the one the story sets itself. */
export const locales = ['en-GB', 'en-US', 'ms-MY', 'de-DE', 'hi-IN', 'ja-JP', 'zh-CN', 'zh-TW', 'ar', 'he'];

/**
 * Time zones, keyed by a name Storybook keeps in a URL (it drops any value with a `/`, so
 * `Asia/Kuala_Lumpur` would not survive a shared link).
 */
export const timeZones: Record<string, string> = {
  UTC: 'UTC',
  'Asia-Kuala_Lumpur': 'Asia/Kuala_Lumpur',
  'Asia-Shanghai': 'Asia/Shanghai',
  'Europe-London': 'Europe/London',
  'America-New_York': 'America/New_York',
};

/** Heading levels an element may take (`level`). */
const headingLevels = [2, 3, 4, 5, 6];

export const sharedTokensCategory = 'Shared tokens';
export const ownTokensCategory = 'Tokens';
const nestedTokensCategory = 'Tokens of nested elements';

const tokensByProperty = new Map(tokens.map((token) => [customPropertyOf(token.path), token]));

/** `'a' | 'b' | undefined` → `['a', 'b']`; anything that is not a union of string literals → undefined. */
function stringLiterals(typeText: string): string[] | undefined {
  const members = typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined');
  if (members.length === 0 || !members.every((member) => /^'[^']*'$/.test(member))) return undefined;
  return members.map((member) => member.slice(1, -1));
}

const withoutUndefined = (typeText: string) =>
  typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined')
    .join(' | ');

/** The control for an attribute or property, from its name and type. */
function controlFor(name: string, typeText: string): Partial<InputType> {
  const type = withoutUndefined(typeText);
  if (type === 'Theme')
    return { control: { type: 'select' }, options: ['light', 'dark', 'auto'], type: { name: 'string' } };
  if (name === 'locale') return { control: { type: 'select' }, options: locales, type: { name: 'string' } };
  if (name === 'timeZone') {
    return {
      control: { type: 'select', labels: timeZones },
      options: Object.keys(timeZones),
      mapping: timeZones,
      type: { name: 'string' },
    };
  }
  if (name === 'level') return { control: { type: 'select' }, options: headingLevels, type: { name: 'number' } };
  const literals = stringLiterals(type);
  if (literals) return { control: { type: 'select' }, options: literals, type: { name: 'string' } };
  if (type === 'boolean') return { control: { type: 'boolean' }, type: { name: 'boolean' } };
  if (type === 'number') return { control: { type: 'number' }, type: { name: 'number' } };
  if (type === 'string') return { control: { type: 'text' }, type: { name: 'string' } };
  // Data: an object (or its JSON text), edited as JSON.
  return { control: { type: 'object' }, type: { name: 'object', value: {} } };
}

/**
 * An element's own tokens are those named after it, and those named after no element that it
 * reads (`--news-loading-min-height`); a `<news-article>` also lists the tokens of the elements
 * it renders.
 */
function tokenCategory(tag: string, token: TokenDefinition): string {
  if (tierOf(token) !== 'component') return sharedTokensCategory;
  const namedAfterOwner = token.path.startsWith(`${ownerOf(token)}.`);
  return ownerOf(token) === tag || (!namedAfterOwner && (token.readBy as readonly string[]).includes(tag))
    ? ownTokensCategory
    : nestedTokensCategory;
}

function tokenArgType(tag: string, property: ManifestEntry): InputType {
  const token = tokensByProperty.get(property.name);
  const colour = token?.type === 'color';
  return {
    name: property.name,
    description: property.description ?? '',
    control: colour ? { type: 'color' } : { type: 'text' },
    type: { name: 'string' },
    table: {
      category: token ? tokenCategory(tag, token) : ownTokensCategory,
      type: { summary: colour ? 'colour' : 'CSS value' },
      ...(token ? { defaultValue: { summary: documentedDefaultOf(token) } } : {}),
    },
  };
}

const categoryOrder = [
  'properties',
  ownTokensCategory,
  nestedTokensCategory,
  sharedTokensCategory,
  'slots',
  'css shadow parts',
  'events',
];

/** Every public property (an attribute's property stands for it), slot, part, token and event of `tag`. */
export function argTypesFor(manifest: Manifest, tag: string): ArgTypes {
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tag);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  const members = (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && !member.privacy && !member.static,
  );
  for (const member of members) {
    const typeText = member.type?.text ?? 'string';
    argTypes[member.name] = {
      name: member.name,
      description:
        member.attribute && member.attribute !== member.name
          ? `${member.description ?? ''} (attribute \`${member.attribute}\`)`
          : member.description,
      ...controlFor(member.name, typeText),
      table: {
        category: 'properties',
        type: { summary: withoutUndefined(typeText) },
        ...(member.default ? { defaultValue: { summary: member.default } } : {}),
      },
    };
  }
  for (const property of declaration.cssProperties ?? []) argTypes[property.name] = tokenArgType(tag, property);
  for (const slot of declaration.slots ?? []) {
    const name = slot.name ? `slot="${slot.name}"` : 'default slot';
    argTypes[name] = { name, description: slot.description, control: false, table: { category: 'slots' } };
  }
  for (const part of declaration.cssParts ?? []) {
    const name = `::part(${part.name})`;
    argTypes[name] = { name, description: part.description, control: false, table: { category: 'css shadow parts' } };
  }
  for (const event of declaration.events ?? []) {
    argTypes[event.name] = {
      name: event.name,
      description: event.description,
      control: false,
      table: { category: 'events', type: { summary: event.type?.text ?? 'Event' } },
    };
  }
  const rank = (argType: InputType) => categoryOrder.indexOf(String(argType.table?.category));
  return Object.fromEntries(Object.entries(argTypes).sort(([, a], [, b]) => rank(a) - rank(b)));
}

/** The property names of `tag` whose value the story canvas applies as an attribute, with that attribute. */
export function reflectedAttributes(manifest: Manifest, tag: string): Map<string, string> {
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tag);
  const attributes = new Map<string, string>();
  for (const member of declaration?.members ?? []) {
    const type = withoutUndefined(member.type?.text ?? '');
    const simple =
      type === 'Theme' || type === 'boolean' || type === 'number' || type === 'string' || stringLiterals(type);
    if (member.attribute && simple && !member.privacy && !member.static) attributes.set(member.name, member.attribute);
  }
  return attributes;
}
