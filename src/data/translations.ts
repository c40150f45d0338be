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

const retiredCodes: Record<string, string> = { iw: 'he', in: 'id' };

/** The languages with built-in labels, English first. */
export const labelLanguages: readonly string[] = ['en', ...Object.keys(modules)];

/**
 * The built-in language that labels a text in `locale`: its language subtag (`pt-BR` → `pt`),
 * Chinese by script (`zh-TW`, `zh-HK` → `zh-Hant`; `zh`, `zh-CN` → `zh-Hans`), else `en`.
 */
export function labelLanguage(locale: string | undefined): string {
  if (!locale) return 'en';
  try {
    const tag = new Intl.Locale(locale);
    if (tag.language === 'zh') return tag.maximize().script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
    // Safari's Intl keeps the retired codes for Hebrew and Indonesian.
    const language = retiredCodes[tag.language] ?? tag.language;
    return language in modules ? language : 'en';
  } catch {
    return 'en';
  }
}

const loaded = new Map<string, Labels>([['en', defaultLabels]]);
const loading = new Map<string, Promise<Labels>>();

/** The labels for `locale` if they are here, without loading anything. */
export function labelsIfLoaded(locale: string | undefined): Labels | undefined {
  return loaded.get(labelLanguage(locale));
}

/**
 * Fetches the labels for `locale` (once per language) and resolves to them. A server awaits this
 * before rendering a page in that language. A load that fails rejects, and the next call tries again.
 */
export function loadLabels(locale: string | undefined): Promise<Labels> {
  const language = labelLanguage(locale);
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(language);
  if (!pending) {
    pending = modules[language]!().then(
      ({ default: labels }) => {
        loaded.set(language, labels);
        loading.delete(language);
        return labels;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
