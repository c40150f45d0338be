/**
 * A host page of our own making in a frame: its own head (a Content Security Policy in a `<meta>`,
 * an import map, scripts that run before ours), the library loaded from the sources as a page's
 * module script, and a record of what the page saw: `news-error` events, console errors,
 * uncaught errors and what its Content Security Policy blocked. A frame has its own module map, so a chunk that fails to load there does not
 * fail for the rest of the test file.
 */
import type { NewsErrorDetail } from '../../src/data/index.js';

export interface FrameRecord {
  newsErrors: NewsErrorDetail[];
  consoleErrors: string[];
  uncaught: string[];
  /** The URLs the page's Content Security Policy blocked. */
  blocked: string[];
}

const recorder = `<script>
  window.record = { newsErrors: [], consoleErrors: [], uncaught: [], blocked: [] };
  document.addEventListener('securitypolicyviolation', (event) => record.blocked.push(event.blockedURI));
  addEventListener('error', (event) => record.uncaught.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => record.uncaught.push(String(event.reason)));
  document.addEventListener('news-error', (event) => record.newsErrors.push(event.detail));
  const consoleError = console.error;
  console.error = (...args) => (record.consoleErrors.push(args.map(String).join(' ')), consoleError(...args));
</script>`;

/** Markup for a frame's page: `head` first (a CSP `<meta>` must come before any script), then the recorder and the library. */
export async function hostFrame(
  head: string,
  body: string,
  library = '/src/define/index.ts',
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}${recorder}
    <script type="module" src="${library}" onload="record.ran = true" onerror="record.ran = true"></script>
    </head><body>${body}</body></html>`;
  document.body.append(frame);
  // Until the library has run, not until the page has loaded: Firefox holds a page's load event
  // while a module it imports is still on its way. The first frame of a file may take a while to
  // fetch the library's modules.
  await until(() => (frame.contentWindow as unknown as { record?: { ran?: boolean } }).record?.ran, 25_000);
  return frame;
}

export const frameRecord = (frame: HTMLIFrameElement): FrameRecord =>
  (frame.contentWindow as unknown as { record: FrameRecord }).record;

/** Waits (up to `timeout` ms) until `check` gives a value, and gives it (undefined when it never did). */
export async function until<T>(check: () => T | null | undefined | false, timeout = 10_000): Promise<T | undefined> {
  for (const start = Date.now(); Date.now() - start < timeout;) {
    const value = check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check() || undefined;
}

/** A value as an HTML attribute's text, between single quotes. */
export const attributeJson = (value: unknown): string =>
  JSON.stringify(value).replaceAll('&', '&amp;').replaceAll("'", '&#39;');
