/**
 * Defines all six elements. `<news-article>`'s entry, imported first, registers all six in one
 * call (its template uses the other five), so a second copy on the page gives one warning; the
 * other entries then find their tags defined by the same classes and do nothing, but bring their
 * HTMLElementTagNameMap entries.
 */
import './news-article.js';
import './article-section.js';
import './author-card.js';
import './bullet-list.js';
import './latest-news.js';
import './skip-link.js';
