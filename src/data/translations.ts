import { defaultLabels } from './locale.js';
import type { Labels } from './types.js';

type LabelModule = Promise<{ default: Labels }>;

/**
 * One module per language, each its own chunk, so that a page fetches only its reader's
 * language; English is built in. To add a language, add `labels/<tag>.ts` and a line here.
 */
const modules: Record<string, () => LabelModule> = {
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
};

/** The languages with built-in labels, English first (a function: the CDN file, which never asks, leaves it out). */
export const labelLanguages = (): string[] => ['en', ...Object.keys(modules)];

/**
 * The built-in language that labels a text in `locale`: its language subtag (`pt-BR` → `pt`),
 * Chinese by script (`zh-TW`, `zh-HK`, `zh-MO` → `zh-Hant`; `zh`, `zh-CN` → `zh-Hans`), else `en`.
 */
export function labelLanguage(locale = 'en'): string {
  const language = locale.split('-')[0]!.toLowerCase();
  if (language === 'zh') return /^zh-(hant|tw|hk|mo)/i.test(locale) ? 'zh-Hant' : 'zh-Hans';
  // Safari's Intl keeps the retired codes for Hebrew and Indonesian.
  const code = ({ iw: 'he', in: 'id' } as Record<string, string>)[language] ?? language;
  return code in modules ? code : 'en';
}

/** Each language's labels once they are here; a promise of them while they load. */
const cache = new Map<string, Labels | Promise<Labels>>([['en', defaultLabels]]);

/**
 * The built-in labels of `locale`'s language, or a promise of them while they load: each
 * language is fetched once. Should it fail to load, the promise rejects, and English stands in.
 */
export function builtInLabels(locale: string | undefined): Labels | Promise<Labels> {
  const language = labelLanguage(locale);
  let labels = cache.get(language);
  if (!labels) {
    labels = modules[language]!().then(
      (module) => {
        cache.set(language, module.default);
        return module.default;
      },
      (error: unknown) => {
        cache.set(language, defaultLabels);
        throw error;
      },
    );
    cache.set(language, labels);
  }
  return labels;
}

/** The built-in labels of `locale`'s language if they are here (nothing is fetched); else English. */
export function loadedLabels(locale: string | undefined): Labels {
  const labels = cache.get(labelLanguage(locale));
  return !labels || labels instanceof Promise ? defaultLabels : labels;
}

/**
 * Fetches the built-in labels of `locale`'s language (once) and resolves to them. A server
 * awaits this before rendering a page in that language: it cannot wait while it renders.
 */
export async function loadLabels(locale: string | undefined): Promise<Labels> {
  return builtInLabels(locale);
}
