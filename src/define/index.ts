/**
 * Defines all six elements: `<news-article>`'s entry registers all six in one call (its template
 * uses the other five), so a second copy on the page gives one warning, not six.
 */
import './news-article.js';
