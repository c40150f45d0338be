/**
 * The axe rule tags every story must pass, in the a11y panel (.storybook/preview.ts) and in the
 * CI check (scripts/check-stories.mjs) alike. Plain JavaScript, so that Node reads it as it is.
 */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
