/**
 * The pages of the cold-load suite: one article (the seed, bench/fixtures.mjs) as five complete
 * documents, each loaded into a fresh browser context by scripts/bench.mjs:
 *
 *   static    the static HTML inline, styled by bench/baseline.css — no script;
 *   react     the JSON inline, rendered on load by React 19 (bench/react/cold.jsx);
 *   json      `<news-article article='…'>` and the bundle's entry (bench/cold/render-client.js);
 *   ssr       the element server-rendered to declarative shadow DOM (bench/cold/render-ssr.mjs) — no script;
 *   hydrated  the same server HTML and a client that hydrates it (bench/cold/hydrate-client.js).
 *
 * The two clients of our elements are the same build but for Lit's hydration support, and mark
 * when they start and when every element has rendered or hydrated; the pages with a script
 * record the long tasks from the start.
 *
 * Paths are from the project root, which the benchmark serves.
 */
import { pageLocale, timeZone } from '../fixtures.mjs';

export const coldVariants = ['static', 'react', 'json', 'ssr', 'hydrated'];

export const coldVariantNames = {
  static: 'static HTML (no script)',
  react: 'React 19, client-rendered',
  json: 'elements from JSON',
  ssr: 'SSR, declarative shadow DOM (no script)',
  hydrated: 'SSR + hydration',
};

/** What a server must state that a browser would know: the reader's locale and time zone. */
export const coldPageSettings = { locale: pageLocale, timeZone };

/** Where the built scripts are served, from the project root. */
export const coldScripts = {
  render: '/.tmp/bench/clients/render/render-client.js',
  react: '/.tmp/bench/react/cold.js',
  hydrate: '/.tmp/bench/clients/hydrate/hydrate-client.js',
};

/** Collects the page's long tasks from the first thing it runs (classic, so before any module). */
const longTaskRecorder =
  '<script>window.longTasks = []; new PerformanceObserver((list) => window.longTasks.push(...list.getEntries()))' +
  ".observe({ type: 'longtask' });</script>";

const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll("'", '&#39;');

/** JSON that cannot close its `<script>` element. */
const scriptJson = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');

function page({ title, styles = [], script, body, after = '' }) {
  return [
    '<!doctype html>',
    `<html lang="${pageLocale}">`,
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${title}</title>`,
    ...['/bench/page.css', ...styles].map((href) => `<link rel="stylesheet" href="${href}" />`),
    ...(script ? [longTaskRecorder, `<script type="module" src="${script}"></script>`] : []),
    '</head>',
    `<body><main id="stage">${body}</main>${after}</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** The client-rendered element: the same attributes bench/cold/render-ssr.mjs renders on the server. */
export function jsonArticleMarkup(article) {
  const { locale, timeZone: zone } = coldPageSettings;
  return (
    `<news-article no-skip-link no-structured-data locale="${locale}" time-zone="${zone}" ` +
    `article='${escapeAttribute(JSON.stringify(article))}'></news-article>`
  );
}

/** The five documents of `fixture` (an article fixture of bench/fixtures.mjs); `ssrHtml` is the server's `<news-article>`. */
export function coldPages(fixture, ssrHtml) {
  const baseline = '/bench/baseline.css';
  return {
    static: page({ title: 'cold: static', styles: [baseline], body: fixture.static }),
    react: page({
      title: 'cold: React',
      styles: [baseline],
      script: coldScripts.react,
      body: '',
      after: `<script type="application/json" id="article-data">${scriptJson(fixture.json)}</script>`,
    }),
    json: page({ title: 'cold: JSON', script: coldScripts.render, body: jsonArticleMarkup(fixture.json) }),
    ssr: page({ title: 'cold: SSR', body: ssrHtml }),
    hydrated: page({ title: 'cold: SSR + hydration', script: coldScripts.hydrate, body: ssrHtml }),
  };
}

/**
 * Runs in a cold page (passed to `page.evaluate`, so it is self-contained): waits for the load
 * event and for every element of ours to finish rendering or hydrating, lets two frames paint,
 * then reads the paint timings. Times are from navigation start, in ms. `problems` lists what the
 * page fails to show: each `[text, count]` of `expectations` must occur exactly `count` times in
 * the light and shadow trees, and where `defined` is true `<news-article>` must have rendered.
 */
export async function measureColdLoad({ expectations, defined }) {
  const ourTags = 'news-article, article-section, bullet-list, author-card, latest-news, skip-link';
  const pending = (root, list = []) => {
    for (const element of root.querySelectorAll(ourTags)) {
      if ('updateComplete' in element && (element.isUpdatePending || !element.hasUpdated)) list.push(element);
      if (element.shadowRoot) pending(element.shadowRoot, list);
    }
    return list;
  };
  const deepText = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.localName === 'script' || node.localName === 'style' || node.localName === 'template') return '';
    let text = node.shadowRoot ? deepText(node.shadowRoot) : '';
    for (const child of node.childNodes) text += ` ${deepText(child)}`;
    return text;
  };

  if (document.readyState !== 'complete')
    await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  for (let left = pending(document); left.length > 0; left = pending(document)) {
    await Promise.all(left.map((element) => element.updateComplete));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 50));

  const largest = await new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries().at(-1));
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(undefined);
    }, 2000);
  });
  const [navigation] = performance.getEntriesByType('navigation');
  const firstPaint = performance.getEntriesByName('first-contentful-paint')[0];

  const text = deepText(document.getElementById('stage')).replace(/\s+/g, ' ');
  const problems = expectations
    .map(([part, count]) => [part, count, text.split(part).length - 1])
    .filter(([, count, found]) => count !== found)
    .map(([part, count, found]) => `"${part}" shown ${found} times, expected ${count}`);
  if (largest === undefined) problems.push('no largest-contentful-paint entry');
  if (defined && document.querySelector('news-article')?.hasUpdated !== true)
    problems.push('<news-article> did not render');
  // What the client of our elements cost: from its start to every element rendered or hydrated,
  // and the long tasks in that time (each one's length, and its part beyond 50 ms: blocking time).
  const mark = (name) => performance.getEntriesByName(`news-elements:${name}`)[0]?.startTime ?? NaN;
  const clientStart = mark('client-start');
  const clientSettled = mark('client-settled');
  if (defined && !(clientSettled >= clientStart)) problems.push('the client did not mark its start and end');
  const during = (window.longTasks ?? []).filter(
    (task) => task.startTime + task.duration > clientStart && task.startTime < clientSettled,
  );
  return {
    clientStart,
    client: clientSettled - clientStart,
    longTasks: during.length,
    longTaskTime: during.reduce((sum, task) => sum + task.duration, 0),
    blockingTime: during.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    lcp: largest?.startTime ?? NaN,
    lcpElement: largest?.element?.localName ?? null,
    fcp: firstPaint?.startTime ?? NaN,
    domContentLoaded: navigation.domContentLoadedEventEnd,
    problems,
  };
}
