/**
 * The Controls panel opens every category; the tokens every element shares (31 of them) would
 * bury each element's own few. Storybook has no setting for a category that starts closed, so
 * the panel's own toggle is pressed once for each "Shared tokens" heading it draws; a heading a
 * reader has opened again stays open while the panel keeps it.
 */
const sharedTokensToggle = 'Hide Shared tokens items';
const closedOnce = new WeakSet<Element>();

function closeSharedTokens(): void {
  for (const toggle of document.querySelectorAll('button')) {
    // Each heading row has two such buttons; the focusable one stands for the row.
    if (closedOnce.has(toggle) || toggle.tabIndex !== 0 || toggle.textContent !== sharedTokensToggle) continue;
    closedOnce.add(toggle);
    toggle.click();
  }
}

new MutationObserver(closeSharedTokens).observe(document.body, { childList: true, subtree: true });
