/**
 * A feed server for the `src` tests, in the test runner's dev server: `/feed-server/<name>` answers
 * with test/fixtures/feeds/<name> or a made-up body, shaped by the query:
 *
 * - `status` (e.g. 404), `delay` (milliseconds before answering), `type` (the Content-Type;
 *   by default from the file's extension), `etag` (sent as `ETag`; a request that offers it
 *   with `If-None-Match` gets a 304),
 * - `log=<key>`: the request's `If-None-Match` and the status answered are kept, and
 *   `/feed-server-log/<key>` answers them as JSON,
 * - `sequence=a.json,b.json` (with `log`): each request of that key is answered with the next
 *   file, the last one again once they run out.
 *
 * Made-up bodies: `huge` (10 MB, streamed; `declare=1` sends its Content-Length), `many`
 * (a JSON Feed of 10,000 stories), `zero` (a JSON Feed without stories), `untitled` (a story
 * without a title), `bad-dates` (dates in no format), `more.json` (`json-feed.json` with three
 * stories added at the top), `stories-<n>` (a JSON Feed of stories 1 to n, so that a sequence of
 * them brings a chosen number of new stories each time), `redirect-javascript` (a redirect to a
 * `javascript:` URL).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';

const types = { json: 'application/json', xml: 'application/xml', html: 'text/html; charset=utf-8' };

const jsonFeed = (items) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Test feed', items });

const story = (index) => ({
  id: `https://news.example/story/${index}`,
  url: `https://news.example/story/${index}`,
  title: `Story number ${index}`,
  date_published: '2026-11-30T08:00:00Z',
});

function madeUp(name, rootDir) {
  const count = /^stories-(\d+)$/.exec(name);
  if (count)
    return {
      body: jsonFeed(Array.from({ length: Number(count[1]) }, (_, index) => story(index + 1))),
      type: types.json,
    };
  switch (name) {
    case 'many':
      return { body: jsonFeed(Array.from({ length: 10_000 }, (_, index) => story(index + 1))), type: types.json };
    case 'zero':
      return { body: jsonFeed([]), type: types.json };
    case 'untitled':
      return { body: jsonFeed([story(1), { id: 'x', url: 'https://news.example/untitled' }]), type: types.json };
    case 'bad-dates':
      return {
        body: jsonFeed([
          { ...story(1), date_published: 'yesterday at noon' },
          { ...story(2), date_published: '31/12/2026' },
        ]),
        type: types.json,
      };
    case 'more.json': {
      const feed = JSON.parse(readFileSync(join(rootDir, 'test/fixtures/feeds/json-feed.json'), 'utf8'));
      const added = [1, 2, 3].map((index) => ({ ...story(index), title: `Breaking story ${index}` }));
      return { body: JSON.stringify({ ...feed, items: [...added, ...feed.items] }), type: types.json };
    }
    default:
      return undefined;
  }
}

/** 10 MB of a JSON array, in 64 KB pieces, as a server that streams a runaway response would. */
function hugeBody() {
  const piece = `[${'"0123456789abcdef",'.repeat(64 * 52)}`.slice(0, 65536);
  let sent = 0;
  return Readable.from(
    (function* pieces() {
      while (sent < 10 * 1024 * 1024) {
        sent += piece.length;
        yield piece;
      }
    })(),
  );
}

export function feedServer(rootDir) {
  const logs = new Map();
  return async (context, next) => {
    const logMatch = /^\/feed-server-log\/([\w-]+)$/.exec(context.path);
    if (logMatch) {
      context.type = types.json;
      context.body = JSON.stringify(logs.get(logMatch[1]) ?? []);
      return undefined;
    }
    const match = /^\/feed-server\/([\w.-]+)$/.exec(context.path);
    if (!match) return next();
    const query = context.query;
    const key = query.log;
    const log = key ? (logs.get(key) ?? []) : [];
    if (key) logs.set(key, log);
    const entry = { ifNoneMatch: context.get('If-None-Match') || undefined, status: 200 };
    log.push(entry);
    if (query.delay) await new Promise((resolve) => setTimeout(resolve, Number(query.delay)));
    context.set('Cache-Control', 'no-cache');

    let name = match[1];
    if (query.sequence) {
      const files = String(query.sequence).split(',');
      name = files[Math.min(log.length - 1, files.length - 1)];
    }
    if (name === 'redirect-javascript') {
      entry.status = 302;
      context.status = 302;
      context.set('Location', 'javascript:alert(document.domain)');
      return undefined;
    }
    if (query.etag) {
      context.set('ETag', `"${query.etag}"`);
      if (entry.ifNoneMatch === `"${query.etag}"`) {
        entry.status = 304;
        context.status = 304;
        return undefined;
      }
    }
    const status = Number(query.status ?? 200);
    entry.status = status;
    if (name === 'huge') {
      context.status = status;
      context.type = types.json;
      if (query.declare) context.length = 10 * 1024 * 1024;
      context.body = hugeBody();
      return undefined;
    }
    const generated = madeUp(name, rootDir);
    let body = generated?.body;
    if (body === undefined) {
      try {
        const file = name === 'seed-article.json' ? 'demo/seed-article.json' : `test/fixtures/feeds/${name}`;
        body = readFileSync(join(rootDir, file), 'utf8');
      } catch {
        entry.status = 404;
        context.status = 404;
        context.body = 'Not found';
        return undefined;
      }
    }
    context.status = status;
    context.type = query.type ?? generated?.type ?? types[name.split('.').pop()] ?? 'text/plain';
    context.body = body;
    return undefined;
  };
}
