import { defaultLabels, localeScript } from './locale.js';
import type { DataProblem, Labels } from './types.js';

type LabelModule = Promise<{ default: Labels }>;

/**
 * One module per language, each its own chunk, so that a page fetches only its reader's
 * language; English is built in. To add a language, add `labels/<tag>.ts` and a line here.
 * Without a prototype, so that no language is one a page added to `Object.prototype` (the CDN
 * build's `labelChunks` plugin matches the table as written).
 */
const modules = {
  __proto__: null,
  ar: () => import('./labels/ar.js'),
  bn: () => import('./labels/bn.js'),
  de: () => import('./labels/de.js'),
  es: () => import('./labels/es.js'),
  fa: () => import('./labels/fa.js'),
  fr: () => import('./labels/fr.js'),
  he: () => import('./labels/he.js'),
  hi: () => import('./labels/hi.js'),
  id: () => import('./labels/id.js'),
  it: () => import('./labels/it.js'),
  ja: () => import('./labels/ja.js'),
  ko: () => import('./labels/ko.js'),
  ms: () => import('./labels/ms.js'),
  nl: () => import('./labels/nl.js'),
  pl: () => import('./labels/pl.js'),
  pt: () => import('./labels/pt.js'),
  ru: () => import('./labels/ru.js'),
  sw: () => import('./labels/sw.js'),
  th: () => import('./labels/th.js'),
  tr: () => import('./labels/tr.js'),
  uk: () => import('./labels/uk.js'),
  ur: () => import('./labels/ur.js'),
  vi: () => import('./labels/vi.js'),
  'zh-Hans': () => import('./labels/zh-Hans.js'),
  'zh-Hant': () => import('./labels/zh-Hant.js'),
} as unknown as Record<string, () => LabelModule>;

/** The languages with built-in labels, English first (a function: the CDN file, which never asks, leaves it out). */
export const labelLanguages = (): string[] => ['en', ...Object.keys(modules)];

/**
 * The built-in language that labels a text in `locale`: its language subtag (`pt-BR` → `pt`),
 * Chinese by script (`zh-TW`, `zh-HK`, `zh-MO` → `zh-Hant`; `zh`, `zh-CN` → `zh-Hans`), else `en`.
 */
export function labelLanguage(locale = 'en'): string {
  const language = locale.split('-')[0]!.toLowerCase();
  // Safari's Intl keeps the retired codes for Hebrew and Indonesian.
  const code =
    language === 'zh'
      ? `zh-${localeScript(locale)}`
      : (({ iw: 'he', in: 'id' } as Record<string, string | undefined>)[language] ?? language);
  return code in modules ? code : 'en';
}

/** Each language's labels once they are here (English is built in); should one fail to load, English. */
// Without a prototype either, as `modules`.
const loaded = { __proto__: null, en: defaultLabels } as unknown as Record<string, Labels>;
const loading = { __proto__: null } as unknown as Record<string, Promise<Labels>>;

/** The built-in labels of `locale`'s language if they are here (nothing is fetched); else English. */
export const loadedLabels = (locale: string | undefined): Labels => loaded[labelLanguage(locale)] ?? defaultLabels;

/**
 * Fetches the built-in labels of `locale`'s language (once) and resolves to them; rejects should
 * they fail to load, and English stands in. A server awaits this before rendering a page in that
 * language: it cannot wait while it renders.
 */
export function loadLabels(locale: string | undefined): Promise<Labels> {
  const language = labelLanguage(locale);
  return (loading[language] ??=
    modules[language]?.().then(
      (module) => (loaded[language] = module.default),
      (error: unknown) => {
        loaded[language] = defaultLabels;
        throw error;
      },
    ) ?? Promise.resolve(defaultLabels));
}

/**
 * While the built-in labels of `locale`'s language load, a promise to wait for before rendering,
 * so that no English shows before them; should they fail, it reports once for each element that
 * waited (English stays). Undefined when they are here. @internal
 */
export const labelsLoading = (
  locale: string | undefined,
  report: (problems: readonly DataProblem[]) => void,
): Promise<unknown> | undefined =>
  loaded[labelLanguage(locale)]
    ? undefined
    : loadLabels(locale).catch(() =>
        report([{ field: 'labels', reason: `show English: news-elements-${labelLanguage(locale)}.js did not load` }]),
      );
