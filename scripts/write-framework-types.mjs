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
const doc = (element) => `/** \`<${element.tag}>\`: ${element.summary} */`;
const eventType = (name) => `HTMLElementEventMap[${quote(name)}]`;

/**
 * A JSX-like framework's file: one attributes type per element (its base attributes, its
 * properties, the attributes spelled unlike them, one listener per event), then the augmentation
 * that names the tags.
 */
function jsxFile({ note, baseImport, base, listener, augmented, wrap }) {
  const attributeTypes = elements.map((element) => {
    const members = [
      ...element.attributes.map(({ name, boolean }) => `${quote(name)}?: ${boolean ? 'boolean' : 'string'};`),
      ...element.events.map((name) => `${quote(listener(name))}?: (event: ${eventType(name)}) => void;`),
    ];
    return [
      doc(element),
      `type ${element.className}Attributes = ${base(element.className)} &`,
      `  Partial<Pick<${element.className}, ${union(element.properties)}>> & {`,
      ...members.map((member) => `    ${member}`),
      '  };',
    ].join('\n');
  });
  const entries = elements.flatMap((element) => [
    doc(element),
    `${quote(element.tag)}: ${element.className}Attributes;`,
  ]);
  return [
    header,
    note,
    baseImport,
    classImport,
    '',
    attributeTypes.join('\n\n'),
    '',
    `declare module ${quote(augmented)} {`,
    wrap(entries),
    '}',
    '',
  ].join('\n');
}

/** Lines of an interface body, indented under `depth` levels of braces. */
const indent = (lines, depth) => lines.map((line) => `${'  '.repeat(depth)}${line}`).join('\n');

const files = {
  vue: [
    header,
    "// Vue's template type-checker reads a component's props from `$props` and its events from `$emit`.",
    "import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';",
    classImport,
    '',
    '/** A custom element as Vue sees a component: its properties as props, its events as emits. */',
    'type CustomElement<Element extends HTMLElement, Props extends keyof Element, Events extends Record<string, Event>> =',
    '  new () => Element & {',
    '    /** @deprecated For template type-checking only: not a property of the element. */',
    '    $props: HTMLAttributes & PublicProps & Partial<Pick<Element, Props>>;',
    '    /** @deprecated For template type-checking only: not a method of the element. */',
    '    $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;',
    '  };',
    '',
    "declare module 'vue' {",
    '  interface GlobalComponents {',
    elements
      .map((element) =>
        indent(
          [
            doc(element),
            `${quote(element.tag)}: CustomElement<`,
            `  ${element.className},`,
            `  ${union(element.properties)},`,
            `  { ${element.events.map((name) => `${quote(name)}: ${eventType(name)}`).join('; ')} }`,
            '>;',
          ],
          2,
        ),
      )
      .join('\n'),
    '  }',
    '}',
    '',
  ].join('\n'),
  svelte: jsxFile({
    note: '// Svelte 5 sets a property when the element has it, an attribute otherwise; `on<event>` listens to an event.',
    baseImport: "import type { HTMLAttributes } from 'svelte/elements';",
    base: (className) => `HTMLAttributes<${className}>`,
    listener: (name) => `on${name}`,
    augmented: 'svelte/elements',
    wrap: (entries) => indent(['interface SvelteHTMLElements {', ...entries.map((entry) => `  ${entry}`), '}'], 1),
  }),
  preact: jsxFile({
    note: '// Preact sets a property when the element has it, an attribute otherwise; `on<event>` listens to an event.',
    baseImport: "import type { HTMLAttributes } from 'preact';",
    base: (className) => `HTMLAttributes<${className}>`,
    listener: (name) => `on${name}`,
    augmented: 'preact',
    wrap: (entries) =>
      indent(
        ['namespace JSX {', '  interface IntrinsicElements {', ...entries.map((entry) => `    ${entry}`), '  }', '}'],
        1,
      ),
  }),
  solid: jsxFile({
    note: '// Solid sets properties on custom elements; `on:<event>` listens to an event.',
    baseImport: "import type { JSX } from 'solid-js';",
    base: (className) => `JSX.HTMLAttributes<${className}>`,
    listener: (name) => `on:${name}`,
    augmented: 'solid-js',
    wrap: (entries) =>
      indent(
        ['namespace JSX {', '  interface IntrinsicElements {', ...entries.map((entry) => `    ${entry}`), '  }', '}'],
        1,
      ),
  }),
};

mkdirSync(outputFolder, { recursive: true });
for (const [framework, text] of Object.entries(files)) {
  const target = join(outputFolder, `${framework}.d.ts`);
  writeFileSync(target, text);
}
console.log(`wrote ${relative(projectRoot, outputFolder)}/{${Object.keys(files).join(',')}}.d.ts`);
