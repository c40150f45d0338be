/**
 * Compile-time check that the JSON Schema (src/data/article-schema.ts) and the `…Data` types
 * (src/data/types.ts) describe the same documents: `npm run typecheck` fails when one of them
 * gains, loses or retypes a field the other does not.
 *
 * What the types cannot say (patterns, minimum, minItems, minProperties) is checked by
 * test/node/schema.test.mjs against real documents instead.
 */
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { articleSchema } from '../../src/data/article-schema.js';
import type {
  ArticleData,
  BlockData,
  CellData,
  ImageData,
  Labels,
  ListItemData,
  NewsItemData,
  PersonData,
  SectionData,
} from '../../src/data/types.js';

/** The type each of the schema's `$defs` stands for. */
interface DefTypes {
  Image: ImageData;
  Person: PersonData;
  Section: SectionData;
  Block: BlockData;
  ParagraphBlock: Extract<BlockData, { type: 'paragraph' }>;
  ListBlock: Extract<BlockData, { type: 'list' }>;
  QuoteBlock: Extract<BlockData, { type: 'quote' }>;
  FigureBlock: Extract<BlockData, { type: 'figure' }>;
  HeadingBlock: Extract<BlockData, { type: 'heading' }>;
  TableBlock: Extract<BlockData, { type: 'table' }>;
  Cell: CellData;
  EmbedBlock: Extract<BlockData, { type: 'embed' }>;
  DividerBlock: Extract<BlockData, { type: 'divider' }>;
  NoteBlock: Extract<BlockData, { type: 'note' }>;
  ListItem: ListItemData;
  NewsItem: NewsItemData;
  Labels: Partial<Labels>;
}
type Defs = (typeof articleSchema)['$defs'];

/**
 * `FromSchema` cannot follow recursive schemas (list items nest), and following every reference
 * from the top exceeds the compiler's depth limit. So each reference is replaced by a marker that
 * reads as the type it stands for, and every definition is checked on its own: if each one
 * matches its type when its references do, the whole schema matches at any depth.
 */
type Marker<Name extends keyof DefTypes> = { readonly $comment: Name };
type RefsAsMarkers<Schema> = Schema extends { readonly $ref: `#/$defs/${infer Name extends keyof DefTypes}` }
  ? Marker<Name>
  : Schema extends object
    ? { readonly [Key in keyof Schema]: RefsAsMarkers<Schema[Key]> }
    : Schema;
type Read<Name extends keyof DefTypes> = { pattern: Marker<Name>; output: DefTypes[Name] };
type Options = {
  deserialize: [
    Read<'Image'>,
    Read<'Person'>,
    Read<'Section'>,
    Read<'Block'>,
    Read<'ParagraphBlock'>,
    Read<'ListBlock'>,
    Read<'QuoteBlock'>,
    Read<'FigureBlock'>,
    Read<'HeadingBlock'>,
    Read<'TableBlock'>,
    Read<'Cell'>,
    Read<'EmbedBlock'>,
    Read<'DividerBlock'>,
    Read<'NoteBlock'>,
    Read<'ListItem'>,
    Read<'NewsItem'>,
    Read<'Labels'>,
  ];
};
type TypeOf<Schema> =
  RefsAsMarkers<Schema> extends infer Cut extends JSONSchema ? KnownKeys<FromSchema<Cut, Options>> : never;

/** Drops the `[key: string]: unknown` of objects that accept unknown keys; named keys stay. */
type KnownKeys<T> = T extends object
  ? T extends readonly unknown[]
    ? T
    : { [Key in keyof T as string extends Key ? never : Key]: T[Key] }
  : T;

/**
 * `true` only when A and B are the same type (mutual assignability would miss an optional key
 * that one side has and the other lacks); otherwise both types, for the compiler's message.
 */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : { fromSchema: A; fromTypes: B };
const same = <A, B>(verdict: Same<A, B>) => verdict;

export const schemaMatchesTypes = [
  // A definition added to the schema needs its type here, and the other way round.
  same<keyof Defs, keyof DefTypes>(true),
  // The schema names the JSON-LD keys for editors; the type leaves them to `unknown` keys.
  same<Omit<TypeOf<typeof articleSchema>, '@context' | '@type'>, ArticleData>(true),
  same<TypeOf<Defs['Image']>, ImageData>(true),
  same<TypeOf<Defs['Person']>, PersonData>(true),
  same<TypeOf<Defs['Section']>, SectionData>(true),
  same<TypeOf<Defs['Block']>, BlockData>(true),
  same<TypeOf<Defs['ParagraphBlock']>, DefTypes['ParagraphBlock']>(true),
  same<TypeOf<Defs['ListBlock']>, DefTypes['ListBlock']>(true),
  same<TypeOf<Defs['QuoteBlock']>, DefTypes['QuoteBlock']>(true),
  same<TypeOf<Defs['FigureBlock']>, DefTypes['FigureBlock']>(true),
  same<TypeOf<Defs['HeadingBlock']>, DefTypes['HeadingBlock']>(true),
  same<TypeOf<Defs['TableBlock']>, DefTypes['TableBlock']>(true),
  same<TypeOf<Defs['Cell']>, CellData>(true),
  same<TypeOf<Defs['EmbedBlock']>, DefTypes['EmbedBlock']>(true),
  same<TypeOf<Defs['DividerBlock']>, DefTypes['DividerBlock']>(true),
  same<TypeOf<Defs['NoteBlock']>, DefTypes['NoteBlock']>(true),
  same<TypeOf<Defs['ListItem']>, ListItemData>(true),
  same<TypeOf<Defs['NewsItem']>, NewsItemData>(true),
  same<TypeOf<Defs['Labels']>, Partial<Labels>>(true),
];
