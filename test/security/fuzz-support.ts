/**
 * What the fuzz tests share: the arbitraries that make malformed input for every element, the
 * elements they target, and the watchers that tell whether the page noticed anything.
 */

import fc from 'fast-check';

type Kind = 'invalid-json' | 'wrong-type' | 'hostile-keys' | 'contract-shaped' | 'container' | 'deep' | 'huge';

export interface FuzzCase {
  kind: Kind;
  value: unknown;
  /** JSON text goes in through the attribute or, like any other value, through the property. */
  viaAttribute: boolean;
}

export interface FuzzTarget {
  tag: string;
  attribute: string;
  property: string;
  slottedText: string;
  slotted(): Node;
  /** Whether data already read from JSON must be reported at the top level. */
  wrongTopLevel(data: unknown): boolean;
  /** Contract-shaped data with every field optional and any field possibly of the wrong type. */
  shaped: fc.Arbitrary<unknown>;
  /** Nesting `depth` levels deep, where the element reads nested lists or arrays. */
  nested(depth: number): unknown;
  /** A huge string in a text field. */
  withText(text: string): unknown;
  /** Nested lists beyond the depth limit must be reported. */
  limitsDepth: boolean;
}

const isRecord = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAbsent = (value: unknown): boolean => value === undefined || value === null;

export const invalidJsonMarker = Symbol('invalid JSON');

/** What the element's parser gets: JSON text read as JSON, blank text as nothing. */
export function asParsed(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? undefined;
  if (value.trim() === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return invalidJsonMarker;
  }
}

const isValidJson = (text: string): boolean => asParsed(text) !== invalidJsonMarker;

// Arbitraries shared by every element.

/** Strings a CMS could plausibly send, and hostile ones. */
export const looseText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    '   ',
    'javascript:void 0',
    'https://example.com/',
    '/relative',
    '2025-10-23',
    'not-a-date',
    'x'.repeat(300),
  ),
);
const loose = fc.oneof(
  { weight: 3, arbitrary: looseText },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, 0, -1, 1.5, Number.NaN, true, false, [], {}) },
);
const optionalFields = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) =>
  fc.record(fields, { requiredKeys: [] });

const image = fc.oneof(
  loose,
  optionalFields({ url: loose, alt: loose, caption: loose, credit: loose, width: loose, height: loose }),
);
const { listItem } = fc.letrec<{ listItem: unknown }>((tie) => ({
  listItem: fc.oneof(
    { depthSize: 'small' },
    loose,
    optionalFields({
      term: loose,
      text: loose,
      html: loose,
      items: fc.oneof(loose, fc.array(tie('listItem'), { maxLength: 3 })),
    }),
  ),
}));
const listItems = fc.oneof(loose, fc.array(listItem, { maxLength: 5 }));
const block = fc.oneof(
  loose,
  optionalFields({
    type: fc.oneof(fc.constantFrom('paragraph', 'list', 'quote', 'figure', 'video', 'PARAGRAPH'), loose),
    text: loose,
    html: loose,
    items: listItems,
    ordered: loose,
    cite: loose,
    image,
  }),
);
const blocks = fc.oneof(loose, fc.array(block, { maxLength: 6 }));
const person = fc.oneof(
  loose,
  optionalFields({
    name: loose,
    description: loose,
    jobTitle: loose,
    image,
    url: loose,
    sameAs: fc.oneof(loose, fc.array(loose, { maxLength: 4 })),
  }),
);
const people = fc.oneof(person, fc.array(person, { maxLength: 3 }));
const newsItem = fc.oneof(
  loose,
  optionalFields({ headline: loose, url: loose, datePublished: loose, image, description: loose }),
);
const newsItems = fc.oneof(loose, fc.array(newsItem, { maxLength: 4 }));
const section = fc.oneof(loose, optionalFields({ heading: loose, id: loose, blocks }));
const article = optionalFields({
  '@context': loose,
  '@type': loose,
  headline: loose,
  description: loose,
  articleSection: loose,
  dateline: loose,
  datePublished: loose,
  dateModified: loose,
  inLanguage: loose,
  url: loose,
  image,
  author: people,
  sections: fc.oneof(loose, fc.array(section, { maxLength: 4 })),
  latest: newsItems,
});

/** Text that is not JSON: random text, and JSON cut short or broken by one character. */
const invalidJson = fc
  .oneof(
    fc.string({ minLength: 1 }),
    fc.json().map((text) => text.slice(0, Math.max(1, text.length - 1))),
    fc.json().map((text) => `${text},`),
    fc.json().map((text) => text.replace(/"/, "'")),
    fc.constantFrom('{not json', '[1,2', '{"headline": }', 'undefined', 'NaN', "{'a':1}", '{"a":1}}', '\u0000'),
  )
  .filter((text) => text.trim() !== '' && !isValidJson(text));

/**
 * JSON text whose objects use keys that reach prototypes when merged carelessly. Parsing the
 * text (not building objects) makes `__proto__` an own key, as a CMS response would.
 */
const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'polluted',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'headline',
  'name',
  'type',
  'text',
  'items',
  'blocks',
  'sections',
  'author',
  'url',
  'image',
  'latest',
);
const { hostileJson } = fc.letrec<{ hostileJson: string; hostileObject: string; hostileArray: string }>((tie) => ({
  hostileJson: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(looseText, fc.integer(), fc.boolean(), fc.constant(null)).map((value) => JSON.stringify(value)),
    tie('hostileObject'),
    tie('hostileArray'),
  ),
  hostileObject: fc
    .array(fc.tuple(hostileKey, tie('hostileJson')), { maxLength: 5 })
    .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`),
  hostileArray: fc.array(tie('hostileJson'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
}));

const withKind = (kind: Kind, value: fc.Arbitrary<unknown>): fc.Arbitrary<FuzzCase> =>
  fc.record({ kind: fc.constant(kind), value, viaAttribute: fc.boolean() });

export function casesFor(target: FuzzTarget): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    withKind('invalid-json', invalidJson),
    withKind(
      'wrong-type',
      fc.oneof(
        fc.anything(),
        fc.jsonValue().map((value) => JSON.stringify(value)),
      ),
    ),
    withKind('hostile-keys', hostileJson),
    withKind(
      'contract-shaped',
      fc.oneof(
        target.shaped,
        target.shaped.map((value) => JSON.stringify(value)),
      ),
    ),
    withKind(
      'container',
      fc.oneof(fc.array(target.shaped, { maxLength: 3 }), fc.dictionary(fc.string(), target.shaped, { maxKeys: 3 })),
    ),
    withKind(
      'deep',
      fc.integer({ min: 9, max: 60 }).map((depth) => JSON.stringify(target.nested(depth))),
    ),
  );
}

/** Strings up to 100,000 characters, made by repetition so generating them stays fast. */
const hugeText = fc
  .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.integer({ min: 10_000, max: 100_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

export function hugeCases(target: FuzzTarget): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    withKind('huge', hugeText),
    withKind(
      'huge',
      hugeText.map((text) => JSON.stringify(target.withText(text))),
    ),
  );
}

const nestedItems = (depth: number): unknown[] =>
  depth === 0 ? ['innermost'] : [{ term: `level ${depth}`, items: nestedItems(depth - 1) }];
const nestedArrays = (depth: number): unknown =>
  depth === 0 ? { headline: 'innermost', name: 'innermost' } : [nestedArrays(depth - 1)];

const slottedElement = (tag: string, text: string, children: Node[] = []) => {
  const element = document.createElement(tag);
  element.append(text, ...children);
  return element;
};

const arrayInput = (data: unknown) => !isAbsent(data) && !Array.isArray(data);

export const targets: FuzzTarget[] = [
  {
    tag: 'news-article',
    attribute: 'article',
    property: 'article',
    slottedText: 'Slotted article body',
    slotted: () => slottedElement('p', 'Slotted article body'),
    wrongTopLevel: (data) => data !== undefined && !isRecord(data),
    shaped: article,
    nested: (depth) => ({
      headline: 'Nested',
      author: nestedArrays(depth),
      sections: [{ blocks: [{ type: 'list', items: nestedItems(depth) }] }],
    }),
    withText: (text) => ({ headline: text, description: text, sections: [{ heading: text, blocks: [text] }] }),
    limitsDepth: true,
  },
  {
    tag: 'article-section',
    attribute: 'blocks',
    property: 'blocks',
    slottedText: 'Slotted section paragraph',
    slotted: () => slottedElement('p', 'Slotted section paragraph'),
    wrongTopLevel: arrayInput,
    shaped: blocks,
    nested: (depth) => [{ type: 'list', items: nestedItems(depth) }],
    withText: (text) => [text, { type: 'quote', text, cite: text }],
    limitsDepth: true,
  },
  {
    tag: 'bullet-list',
    attribute: 'items',
    property: 'items',
    slottedText: 'Slotted list item',
    slotted: () => slottedElement('li', 'Slotted list item'),
    wrongTopLevel: arrayInput,
    shaped: listItems,
    nested: nestedItems,
    withText: (text) => [text, { term: text, text }],
    limitsDepth: true,
  },
  {
    tag: 'author-card',
    attribute: 'author',
    property: 'author',
    slottedText: 'Slotted author bio',
    slotted: () => slottedElement('p', 'Slotted author bio'),
    // One person may stand alone, and a bare string is a name.
    wrongTopLevel: (data) => !isAbsent(data) && !Array.isArray(data) && !isRecord(data) && typeof data !== 'string',
    shaped: people,
    nested: nestedArrays,
    withText: (text) => ({ name: text, description: text, jobTitle: text }),
    limitsDepth: false,
  },
  {
    tag: 'latest-news',
    attribute: 'items',
    property: 'items',
    slottedText: 'Slotted story',
    slotted: () => {
      const link = slottedElement('a', 'Slotted story');
      link.setAttribute('href', '/slotted-story');
      return slottedElement('ul', '', [slottedElement('li', '', [link])]);
    },
    wrongTopLevel: arrayInput,
    shaped: newsItems,
    nested: (depth) => [nestedArrays(depth)],
    withText: (text) => [{ headline: text, description: text }],
    limitsDepth: false,
  },
];

/** Own keys of the built-in prototypes that data could pollute. */
export const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((prototype) =>
    Reflect.ownKeys(prototype).map(String).sort().join(','),
  );

/** Collects what reaches the page as an uncaught error or an unhandled rejection. */
export function watchUncaught(): { problems: string[]; stop(): void } {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Runs of each generated property. */
export const generatedRuns = 1000;
