import { expect } from '@open-wc/testing';

/** What a frame's page records before the bundle loads: its uncaught errors and console errors. */
interface FrameRecord {
  uncaught: string[];
  consoleErrors: string[];
}

const recorder = `<script>
  window.record = { uncaught: [], consoleErrors: [] };
  addEventListener('error', (event) => record.uncaught.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => record.uncaught.push(String(event.reason)));
  const consoleError = console.error;
  console.error = (...args) => (record.consoleErrors.push(args.map(String).join(' ')), consoleError(...args));
</script>`;

/** Loads `body` in a frame whose head runs `before`, then the whole library as a page's module script. */
async function hostPage(before: string, body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>${recorder}${before}
    <script type="module" src="/src/news-elements.ts"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Waits (up to ten seconds) until `check` gives a value. */
async function until<T>(check: () => T | null | undefined | false): Promise<T | undefined> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

const recordOf = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { record: FrameRecord }).record;

describe('a host page whose customElements.define throws', () => {
  it('loads without an uncaught error, says so once, and leaves the slotted content as it is', async () => {
    const slotted = '<h1>Leaders meet</h1><p>Talks were <em>calm</em>.</p>';
    const frame = await hostPage(
      `<script>customElements.define = () => { throw new Error('custom elements are not allowed here'); };</script>`,
      `<news-article>${slotted}</news-article><bullet-list><ul><li>One</li></ul></bullet-list>`,
    );
    try {
      const record = recordOf(frame);
      await until(() => record.consoleErrors.length > 0);
      // Time for a second message, if one were coming.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(record.uncaught).to.deep.equal([]);
      expect(record.consoleErrors).to.have.length(1);
      expect(record.consoleErrors[0])
        .to.contain('news-elements')
        .and.to.contain('custom elements are not allowed here');
      const element = frame.contentDocument!.querySelector('news-article')!;
      expect(element.shadowRoot).to.equal(null);
      expect(element.innerHTML).to.equal(slotted);
      expect(frame.contentDocument!.querySelector('bullet-list')!.innerHTML).to.equal('<ul><li>One</li></ul>');
    } finally {
      frame.remove();
    }
  });
});
