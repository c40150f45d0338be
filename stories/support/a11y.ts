/** The axe rule tags every story must pass, in the a11y panel and in the CI check alike. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
