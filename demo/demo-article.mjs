/**
 * The article demo/index.html embeds as JSON, read from its `article` attribute: the one source
 * of the article for the server-rendered demo, the host test pages and the benchmark.
 */
import { readFileSync } from 'node:fs';

export function readDemoArticle() {
  const page = readFileSync(new URL('./index.html', import.meta.url), 'utf8');
  const json = page.match(/<news-article[^>]*\sarticle='([^']*)'/)?.[1];
  if (json === undefined) throw new Error("demo/index.html has no <news-article article='…'>");
  return JSON.parse(json.replaceAll('&#39;', "'").replaceAll('&amp;', '&'));
}
