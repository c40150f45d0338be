/**
 * Writes the template types that let Vue, Svelte, Preact and Solid type-check the six tags:
 * dist/frameworks/{vue,svelte,preact,solid}.d.ts, exported as `news-elements/vue`, `/svelte`,
 * `/preact` and `/solid` (types only: each augments its framework's list of known elements).
 *
 * Run: `npm run build:frameworks` (part of `npm run build`, after the declarations).
 *
 * Which tags, properties, attributes and events each element has comes from custom-elements.json;
 * what a property accepts is never written here: each is typed as the element class declares it
 * (`NewsArticle['article']`), and each event as `HTMLElementEventMap` declares it, so the types
 * cannot drift from the classes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');
const manifestPath = join(projectRoot, 'custom-elements.json');
const outputFolder = join(projectRoot, 'dist/frameworks');
const header = '// Written by scripts/write-framework-types.mjs from custom-elements.json at build time.';

/** What a framework's types need to know of one element, read from its manifest entry. */
function describe(declaration) {
  const fields = (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      !member.readonly &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('_'),
  );
  const booleanFields = new Set(fields.filter((field) => field.type?.text === 'boolean').map((field) => field.name));
  return {
    tag: declaration.tagName,
    className: declaration.name,
    summary: declaration.summary ?? '',
    properties: fields.map((field) => field.name),
    // Attributes spelled unlike their property (`time-zone` for `timeZone`), as HTML gives them: text or presence.
    attributes: (declaration.attributes ?? [])
      .filter((attribute) => attribute.fieldName && attribute.name !== attribute.fieldName)
      .map((attribute) => ({ name: attribute.name, boolean: booleanFields.has(attribute.fieldName) })),
    events: (declaration.events ?? []).map((event) => event.name).filter(Boolean),
  };
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map(describe)
  .sort((a, b) => a.tag.localeCompare(b.tag));
if (elements.length === 0) throw new Error(`${relative(projectRoot, manifestPath)} lists no custom element`);

const quote = (text) => `'${text}'`;
const union = (names) => (names.length ? names.map(quote).join(' | ') : 'never');
const classImport = `import type { ${elements.map((element) => element.className).join(', ')} } from '../index.js';`;
const doc = (element, indent) => `${indent}/** \`<${element.tag}>\`: ${element.summary} */\n`;

/** The attributes spelled unlike their property, as one object type's members. */
function attributeMembers(element) {
  return element.attributes.map(({ name, boolean }) => `${quote(name)}?: ${boolean ? 'boolean' : 'string'}`);
}

/** An object type literal of members, or `{}` for none. */
const objectType = (members) => (members.length ? `{ ${members.join('; ')} }` : '{}');

/** The events an element fires, keyed by name, as the page's `HTMLElementEventMap` types them. */
const eventMap = (element) =>
  objectType(element.events.map((name) => `${quote(name)}: HTMLElementEventMap[${quote(name)}]`));

/** Element properties and the attributes spelled unlike them, plus one listener per event. */
function jsxAttributes(element, base, listenerName) {
  const listeners = element.events.map(
    (name) => `${quote(listenerName(name))}?: (event: HTMLElementEventMap[${quote(name)}]) => void`,
  );
  return [
    base,
    `Partial<Pick<${element.className}, ${union(element.properties)}>>`,
    objectType([...attributeMembers(element), ...listeners]),
  ].join(' &\n      ');
}

const files = {
  vue: `${header}
// Vue reads a template's prop types from \`$props\` and its event types from \`$emit\`.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${classImport}

/** A custom element as Vue's template type-checker sees a component. */
type CustomElement<Element extends HTMLElement, Props extends keyof Element, Events extends Record<string, Event>> = new () => Element & {
  /** @deprecated For template type-checking only: not a property of the element. */
  $props: HTMLAttributes & PublicProps & Partial<Pick<Element, Props>>;
  /** @deprecated For template type-checking only: not a method of the element. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map(
    (element) =>
      `${doc(element, '    ')}    ${quote(element.tag)}: CustomElement<${element.className}, ${union(element.properties)}, ${eventMap(element)}>;`,
  )
  .join('\n')}
  }
}
`,
  svelte: `${header}
// Svelte 5 sets a property when the element has it; \`on<event>\` listens to an event.
import type { HTMLAttributes } from 'svelte/elements';
${classImport}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements
  .map(
    (element) =>
      `${doc(element, '    ')}    ${quote(element.tag)}: ${jsxAttributes(element, `HTMLAttributes<${element.className}>`, (name) => `on${name}`)};`,
  )
  .join('\n')}
  }
}
`,
  preact: `${header}
// Preact sets a property when the element has it; \`on<event>\` listens to an event.
import type { JSX } from 'preact';
${classImport}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(
    (element) =>
      `${doc(element, '      ')}      ${quote(element.tag)}: ${jsxAttributes(element, `JSX.HTMLAttributes<${element.className}>`, (name) => `on${name}`)};`,
  )
  .join('\n')}
    }
  }
}
`,
  solid: `${header}
// Solid sets properties on custom elements; \`on:<event>\` listens to an event.
import type { JSX } from 'solid-js';
${classImport}

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(
    (element) =>
      `${doc(element, '      ')}      ${quote(element.tag)}: ${jsxAttributes(element, `JSX.HTMLAttributes<${element.className}>`, (name) => `on:${name}`)};`,
  )
  .join('\n')}
    }
  }
}
`,
};

mkdirSync(outputFolder, { recursive: true });
for (const [framework, text] of Object.entries(files)) {
  const target = join(outputFolder, `${framework}.d.ts`);
  writeFileSync(target, text);
}
console.log(`wrote ${relative(projectRoot, outputFolder)}/{${Object.keys(files).join(',')}}.d.ts`);
