/**
 * The sanitiser is a chunk loaded on demand. When it cannot load (a copy of the CDN file without
 * its chunks, a Content Security Policy that blocks it, a network error as when offline), every
 * `html` field keeps its text and each element says so once, naming the file to serve. When it is
 * slow, the reports that come once it is in belong to the data on screen then, never to data the
 * element showed before. Each page is a frame whose import map points the sanitiser's module
 * elsewhere (see test/support/held-modules.js); the frame has its own module map, so a failed
 * load there does not fail for the other tests.
 */
import { expect } from '@open-wc/testing';
import type { NewsErrorDetail } from '../../src/data/index.js';
import { attributeJson, frameRecord, hostFrame, until } from '../support/host-frame.js';

/** The sanitiser's module as the page asks for it. */
const sanitizerModule = new URL('/src/data/html-sanitizer.ts', location.href).href;

const importMap = (to: string) =>
  `<script type="importmap">${JSON.stringify({ imports: { [sanitizerModule]: to } })}</script>`;

/** What each take of the data has in its fields that the sanitiser removes, and reports. */
const removedIn: Record<string, string> = { a: '<form action="/a"></form>', b: '<video src="/b.mp4"></video>' };

const article = (id: string) => ({
  headline: `Leaders meet, take ${id}`,
  sections: [
    {
      heading: 'The talks',
      blocks: [
        {
          type: 'paragraph',
          html: `Talks ${id} were <em>calm</em>.${removedIn[id]}<img src=x onerror="parent.__pwned = 1">`,
        },
        { type: 'list', items: [{ html: `Tariffs ${id} <strong>first</strong>` }, 'Shipping second'] },
      ],
    },
  ],
});
const blocks = (id: string) => [
  {
    type: 'paragraph',
    html: `Exporters ${id} <em>welcome</em> it.${removedIn[id]}<script>parent.__pwned = 1</script>`,
  },
];
const items = (id: string) => [{ html: `One ${id} <em>rich</em> item${removedIn[id]}` }];

/** Each element, the data it is given and the text of each of its `html` fields. */
const elements = {
  'news-article': {
    property: 'article',
    data: article,
    texts: (id: string) => [`Talks ${id} were calm.`, `Tariffs ${id} first`],
  },
  'article-section': { property: 'blocks', data: blocks, texts: (id: string) => [`Exporters ${id} welcome it.`] },
  'bullet-list': { property: 'items', data: items, texts: (id: string) => [`One ${id} rich item`] },
};
type Tag = keyof typeof elements;
const tags = Object.keys(elements) as Tag[];

const bodyFor = (id: string) =>
  tags.map((tag) => `<${tag} ${elements[tag].property}='${attributeJson(elements[tag].data(id))}'></${tag}>`).join('');

const shadowText = (frame: HTMLIFrameElement, tag: Tag) =>
  (frame.contentDocument!.querySelector(tag)!.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

const showsTexts = (frame: HTMLIFrameElement, id: string) =>
  tags.every((tag) => elements[tag].texts(id).every((text) => shadowText(frame, tag).includes(text)));

const richCount = (frame: HTMLIFrameElement) =>
  tags.reduce(
    (count, tag) =>
      count + (frame.contentDocument!.querySelector(tag)!.shadowRoot?.querySelectorAll('em, strong').length ?? 0),
    0,
  );

const htmlReports = (newsErrors: NewsErrorDetail[]) => newsErrors.filter(({ field }) => field !== 'structured-data');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the sanitiser chunk cannot load', () => {
  const elsewhere = sanitizerModule.replace(
    location.hostname,
    location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1',
  );
  const cases = {
    'is not served (an error status, as a 404)': { head: importMap('/missing/news-elements-html-sanitizer-x.js') },
    'is blocked by the page’s Content Security Policy': {
      // The same server under another host name: another origin, which `script-src 'self'` blocks.
      head:
        `<meta http-equiv="Content-Security-Policy" content="script-src ${location.origin} 'unsafe-inline'">` +
        importMap(
          sanitizerModule.replace(location.hostname, location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'),
        ),
    },
    // Port 1 is one no browser connects to: a network error without a network, as when offline.
    'fails with a network error (as offline)': {
      head: importMap('http://127.0.0.1:1/news-elements-html-sanitizer-x.js'),
    },
  };
  for (const [name, { head }] of Object.entries(cases)) {
    const blockedByPolicy = head.includes('Content-Security-Policy');
    it(`${name}: every html field keeps its text, and each element names the file once`, async () => {
      const frame = await hostFrame(head, bodyFor('a'));
      try {
        const record = frameRecord(frame);
        await until(() => showsTexts(frame, 'a') && htmlReports(record.newsErrors).length >= 3);
        await pause(300);
        for (const tag of tags) {
          for (const text of elements[tag].texts('a')) expect(shadowText(frame, tag), tag).to.include(text);
        }
        expect(richCount(frame), 'markup the sanitiser never saw').to.equal(0);
        const reports = htmlReports(record.newsErrors);
        expect(reports.map(({ element }) => element).sort()).to.deep.equal([...tags].sort());
        for (const { reason } of reports) {
          expect(reason).to.contain('shown as plain text').and.to.contain('news-elements-html-sanitizer-*.js');
        }
        for (const tag of tags) {
          const messages = record.consoleErrors.filter((message) => message.startsWith(`<${tag}>`));
          expect(messages, tag).to.have.length(record.newsErrors.filter(({ element }) => element === tag).length);
        }
        expect(record.uncaught).to.deep.equal([]);
        // The policy, not the other host name, is what stopped it.
        expect(record.blocked).to.deep.equal(blockedByPolicy ? [elsewhere] : []);
        expect((frame.contentWindow as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('the sanitiser chunk is slow', () => {
  it('reports removals for the data on screen when it arrives, never for data replaced meanwhile', async () => {
    const key = `slow-${Math.random().toString(36).slice(2)}`;
    const held = sanitizerModule.replace('/src/', `/held/${key}/src/`);
    const frame = await hostFrame(importMap(held), bodyFor('a'));
    try {
      const record = frameRecord(frame);
      expect(await until(() => showsTexts(frame, 'a')), 'the first data’s text').to.equal(true);
      // Each element now waits for the sanitiser to report on the first data; it gets new data.
      for (const tag of tags) {
        const element = frame.contentDocument!.querySelector(tag)! as unknown as Record<string, unknown>;
        element[elements[tag].property] = elements[tag].data('b');
      }
      expect(await until(() => showsTexts(frame, 'b')), 'the second data’s text').to.equal(true);
      await fetch(`/release/${key}`);
      await until(() => richCount(frame) === 4);
      await pause(300);
      expect(richCount(frame), 'rich text once the sanitiser is in').to.equal(4);
      const reports = htmlReports(record.newsErrors);
      expect(reports.map(({ element, field }) => `${element} ${field}`).sort()).to.deep.equal([
        'article-section blocks[0].html',
        'bullet-list items[0].html',
        'news-article sections[0].blocks[0].html',
      ]);
      // Each names what the second data had removed, none what the first had.
      for (const { reason } of reports) expect(reason).to.contain('<video>').and.not.to.contain('<form>');
      expect(showsTexts(frame, 'a')).to.equal(false);
      expect(record.uncaught).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
