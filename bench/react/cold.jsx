/**
 * The React baseline of the cold-load suite: a page that arrives with the article JSON in a
 * `<script type="application/json" id="article-data">` and an empty `<main id="stage">`, and
 * renders it on load, as a client-rendered React app does. Built into .tmp/bench/react/ by
 * scripts/bench.mjs (production mode).
 */
import { createRoot } from 'react-dom/client';
import { NewsArticle } from './components.jsx';

const article = JSON.parse(document.getElementById('article-data').textContent);
createRoot(document.getElementById('stage')).render(<NewsArticle article={article} />);
