import type { Article, DataProblem } from '../data/index.js';
import { jsonLdText, structuredData } from '../data/structured-data.js';
import { newsElementsPolicy } from '../data/trusted-types.js';
import { createElement, getMember } from '../shared/host-document.js';

export { jsonLdText, structuredData };

/**
 * The structured-data chunk: `<news-article>`'s JSON-LD, built after its first render (see
 * `loadStructuredData`). Writes the article's schema.org `NewsArticle` into `script` (made when
 * there is none) in the host's light DOM, and returns the script, or nothing when the article has
 * no headline or the page's Trusted Types forbid writing it (then removed, and reported).
 */
export function writeStructuredData(
  host: HTMLElement,
  article: Article,
  script: HTMLScriptElement | undefined,
  report: (problems: DataProblem[]) => void,
): HTMLScriptElement | undefined {
  /* eslint-disable no-restricted-globals -- the chunk loads after a render, in a browser only */
  const data = structuredData(article, getMember(document, 'baseURI'));
  if (data) {
    script ??= Object.assign(createElement('script'), { type: 'application/ld+json' });
    /* eslint-enable no-restricted-globals */
    const json = jsonLdText(data);
    try {
      // Under Trusted Types, script text must come from a policy: ours lets JSON through.
      script.text = (newsElementsPolicy()?.createScript(json) ?? json) as string;
      if (script.parentNode !== host) host.append(script);
      return script;
    } catch {
      // The page enforces Trusted Types but forbids our policy's name.
      report([
        { field: 'structured-data', reason: 'could not be written: Trusted Types forbid the news-elements policy' },
      ]);
    }
  }
  script?.remove();
  return undefined;
}
