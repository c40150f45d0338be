/**
 * A page's markup can shadow its document's own members: `<img name="createElement">`,
 * `<form name="body">` or `<embed name="adoptedStyleSheets">` make `document.createElement`,
 * `document.body` or `document.adoptedStyleSheets` that element, and the element wins over the
 * browser's method. What the browser defines is on the prototypes, which markup cannot reach: the
 * library reads a document's (or shadow root's) members from there, and so does Lit in the CDN
 * build (scripts/vite-plugin-document-calls.mjs rewrites its calls to `callMember`).
 */

type Methods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
type Method<T, K extends keyof T> = T[K] extends (...args: infer A) => infer R ? (...args: A) => R : never;

/** Calls `target`'s method `key` as its prototype defines it. */
export function callMember<T extends object, K extends Methods<T>>(
  target: T,
  key: K,
  ...args: Parameters<Method<T, K>>
): ReturnType<Method<T, K>> {
  return (
    Reflect.get(Object.getPrototypeOf(target), key, target) as (...args: unknown[]) => ReturnType<Method<T, K>>
  ).apply(target, args);
}

/** `target`'s property `key` as its prototype's getter reads it. */
export const getMember = <T extends object, K extends keyof T>(target: T, key: K): T[K] =>
  Reflect.get(Object.getPrototypeOf(target), key, target) as T[K];

/** Sets `target`'s property `key` through its prototype's setter. */
export const setMember = <T extends object, K extends keyof T>(target: T, key: K, value: T[K]): boolean =>
  Reflect.set(Object.getPrototypeOf(target), key, value, target);

/** `document.createElement` through the prototype, typed by tag. */
export const createElement = <K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] =>
  // eslint-disable-next-line no-restricted-globals -- called in a browser only.
  callMember(document, 'createElement', tag) as HTMLElementTagNameMap[K];
