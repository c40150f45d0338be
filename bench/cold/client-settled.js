/**
 * The last module the cold pages' clients evaluate: by then the elements are defined and the
 * page's elements upgraded. Marks when every element of ours (through shadow roots) has
 * finished its first render or hydration and has no update pending, a second render included.
 */
const ourTags = 'news-article, article-section, bullet-list, author-card, latest-news, skip-link';

function pending(root, list = []) {
  for (const element of root.querySelectorAll(ourTags)) {
    if ('updateComplete' in element && (element.isUpdatePending || !element.hasUpdated)) list.push(element);
    if (element.shadowRoot) pending(element.shadowRoot, list);
  }
  return list;
}

export const clientSettled = (async () => {
  for (;;) {
    const left = pending(document);
    if (left.length === 0) {
      // A slot change or context update comes in a microtask: look once more after it.
      await null;
      if (pending(document).length === 0) break;
      continue;
    }
    await Promise.all(left.map((element) => element.updateComplete));
  }
  performance.mark('news-elements:client-settled');
})();
