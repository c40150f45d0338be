import type { DataProblem } from '../data/index.js';
import { callMember } from '../shared/host-document.js';
import { isSkipTarget } from '../shared/skip-target.js';

/* eslint-disable no-restricted-globals -- the skip chunk loads on a link's focus, pointer or activation: in a browser only */

/**
 * The element focus moves to: the element named `targetId` (in the link's own tree, or else the
 * document), the enclosing article, or the page's first article.
 */
function findTarget(link: HTMLElement, targetId: string | undefined): HTMLElement | null {
  if (targetId) {
    const root = link.getRootNode() as Document | ShadowRoot;
    return callMember(root, 'getElementById', targetId) ?? callMember(document, 'getElementById', targetId);
  }
  for (let root = link.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (isSkipTarget(root.host)) return root.host.skipTarget;
  }
  const article = link.closest('news-article') ?? callMember(document, 'querySelector', 'news-article');
  return isSkipTarget(article) ? article.skipTarget : null;
}

/**
 * The skip chunk: what a `<skip-link>` does on activation, loaded on its first focus or pointer
 * (a keyboard reader focuses it before pressing Enter). Moves focus to the target, also inside a
 * shadow root, and scrolls it into view; reports when there is none.
 */
export function skip(link: HTMLElement, targetId: string | undefined, report: (problems: DataProblem[]) => void): void {
  const target = findTarget(link, targetId);
  if (!target) {
    report([
      {
        field: 'target',
        reason: targetId
          ? `names no element ("${targetId}" not found)`
          : 'is not set and there is no <news-article> to skip to',
      },
    ]);
    return;
  }
  // A non-interactive element takes programmatic focus only with a tabindex.
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  // Options without a prototype: a key a page added to Object.prototype (`inline`, `focusVisible`) is not ours.
  target.focus({ __proto__: null, preventScroll: true } as FocusOptions);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({
    __proto__: null,
    block: 'start',
    behavior: reduceMotion ? 'auto' : 'smooth',
  } as ScrollIntoViewOptions);
}
