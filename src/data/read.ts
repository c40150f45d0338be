/**
 * What every element needs of the data module before any parser runs: the problems list, and
 * reading JSON and own keys. The parsers themselves are in `parse.ts`, which the CDN file loads on
 * demand (see `shared/parsers.ts`).
 */
import type { DataProblem } from './types.js';

/**
 * Parsing is lenient in and strict out: each function returns what it could read and records a
 * problem for every part it had to skip, so one bad field never costs the rest of the article.
 */
export class Problems {
  readonly list: DataProblem[] = [];
  add(field: string, reason: string): void {
    this.list.push({ field, reason });
  }
}

export type Record = { [key: string]: unknown };

export const isRecord = (value: unknown): value is Record =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Own properties only: a key like `__proto__` or `toString` never reads through the prototype. */
export function field(record: Record, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A key of any value, own only: undefined for a primitive, and for a key it would only inherit. */
export const ownField = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record)[key] : undefined;

/**
 * Accepts a value that is either the data itself or JSON text of it (an attribute). Returns
 * `undefined` for absent input or unparsable JSON, recording the latter.
 */
export function readJson(input: unknown, name: string, problems: Problems): unknown {
  if (typeof input !== 'string') return input ?? undefined;
  if (input.trim() === '') return undefined;
  try {
    return JSON.parse(input);
  } catch (error) {
    problems.add(name, `is not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}
