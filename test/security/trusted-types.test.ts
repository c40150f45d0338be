/**
 * Host pages that enforce Trusted Types (`require-trusted-types-for 'script'`) with a list of the
 * policies they allow. Lit needs `lit-html`; the `html` fields need `news-elements` (or DOMPurify's
 * own `dompurify`) to parse markup. A page that allows Lit only still shows every word of every
 * field, as text, and each element says once which policy the page must allow. All three engines
 * enforce Trusted Types; the first test checks that the frame does, so that none of this can pass
 * in a page that ignores the policy.
 */
import { expect } from '@open-wc/testing';
import type { NewsErrorDetail } from '../../src/data/index.js';
import { attributeJson, frameRecord, hostFrame, until } from '../support/host-frame.js';

const article = {
  headline: 'Leaders meet in Kuala Lumpur',
  datePublished: '2025-10-23T09:00:00+08:00',
  sections: [
    {
      heading: 'The talks',
      blocks: [
        { type: 'paragraph', html: 'Talks were <em>calm</em> and long.' },
        { type: 'list', items: [{ html: 'Tariffs <strong>first</strong>' }, 'Shipping second'] },
      ],
    },
    { heading: 'The venue', blocks: [{ type: 'paragraph', html: 'A <a href="/venue">neutral venue</a> was chosen.' }] },
  ],
};
const blocks = [
  { type: 'paragraph', html: 'Exporters <em>welcome</em> the change.' },
  { type: 'paragraph', html: 'Ports <b>digitise</b> customs forms.' },
];
const items = [{ html: 'One <em>rich</em> item' }, { html: 'Another <code>rich</code> item' }];

/** Each element and the text of each of its `html` fields, as a reader sees it. */
const fieldTexts: Record<string, string[]> = {
  'news-article': ['Talks were calm and long.', 'Tariffs first', 'A neutral venue was chosen.'],
  'article-section': ['Exporters welcome the change.', 'Ports digitise customs forms.'],
  'bullet-list': ['One rich item', 'Another rich item'],
};

const body = `<news-article article='${attributeJson(article)}'></news-article>
  <article-section heading="Ports" blocks='${attributeJson(blocks)}'></article-section>
  <bullet-list items='${attributeJson(items)}'></bullet-list>`;

const csp = (policies: string) =>
  `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${policies}">`;

/** The page's elements' shadow text, with whitespace collapsed. */
const shadowText = (frame: HTMLIFrameElement, tag: string) =>
  (frame.contentDocument!.querySelector(tag)!.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

const hasAllFieldTexts = (frame: HTMLIFrameElement) =>
  Object.entries(fieldTexts).every(([tag, texts]) => texts.every((text) => shadowText(frame, tag).includes(text)));

/** Elements in the frame's shadow trees, by selector. */
const richElements = (frame: HTMLIFrameElement) =>
  Object.keys(fieldTexts).flatMap((tag) =>
    Array.from(
      frame
        .contentDocument!.querySelector(tag)!
        .shadowRoot?.querySelectorAll('em, strong, b, code, a[href="/venue"]') ?? [],
      (element) => `${tag} ${element.localName}`,
    ),
  );

/** Reports about the `html` fields (not the JSON-LD, which has its own). */
const htmlReports = (newsErrors: NewsErrorDetail[]) => newsErrors.filter(({ field }) => field !== 'structured-data');

describe('Trusted Types: a page that allows Lit’s policy only', () => {
  it('enforces them: a plain string cannot become markup in the frame', async () => {
    const frame = await hostFrame(csp('lit-html'), '');
    try {
      expect(() => {
        frame.contentDocument!.createElement('div').innerHTML = '<b>plain string</b>';
      }).to.throw();
    } finally {
      frame.remove();
    }
  });

  it('keeps every html field’s text, and each element names the policy to allow once', async () => {
    const frame = await hostFrame(csp('lit-html'), body);
    try {
      const record = frameRecord(frame);
      await until(() => hasAllFieldTexts(frame) && htmlReports(record.newsErrors).length >= 3);
      // Time for a second report, if one were coming.
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const [tag, texts] of Object.entries(fieldTexts)) {
        for (const text of texts) expect(shadowText(frame, tag), tag).to.include(text);
      }
      expect(richElements(frame), 'markup the sanitiser never saw').to.deep.equal([]);
      const reports = htmlReports(record.newsErrors);
      expect(reports.map(({ element }) => element).sort()).to.deep.equal([
        'article-section',
        'bullet-list',
        'news-article',
      ]);
      for (const { reason } of reports) {
        expect(reason).to.contain('shown as plain text').and.to.contain('news-elements');
      }
      // One console message per report, each naming its element.
      for (const tag of Object.keys(fieldTexts)) {
        const messages = record.consoleErrors.filter((message) => message.startsWith(`<${tag}>`));
        const events = record.newsErrors.filter(({ element }) => element === tag);
        expect(messages, tag).to.have.length(events.length);
        expect(messages.filter((message) => message.includes('news-elements')).length, tag).to.be.at.least(1);
      }
      expect(record.uncaught).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('Trusted Types: a page that allows our policy', () => {
  for (const policies of ['lit-html news-elements', 'lit-html dompurify']) {
    it(`renders every html field rich with \`trusted-types ${policies}\`, reporting nothing about them`, async () => {
      const frame = await hostFrame(csp(policies), body);
      try {
        const record = frameRecord(frame);
        await until(() => richElements(frame).length === 7);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(richElements(frame)).to.have.length(7);
        expect(hasAllFieldTexts(frame)).to.equal(true);
        expect(htmlReports(record.newsErrors)).to.deep.equal([]);
        expect(record.uncaught).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

describe("Trusted Types: a page that allows no policy (`trusted-types 'none'`)", () => {
  it('stops Lit from loading, with its error naming the lit-html policy, and leaves slotted HTML as the page’s own', async () => {
    const slotted = '<h1>Leaders meet</h1><p>Talks were <em>calm</em>.</p>';
    const frame = await hostFrame(csp("'none'"), `<news-article>${slotted}</news-article>${body}`);
    try {
      const record = frameRecord(frame);
      await until(() => record.uncaught.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(record.uncaught).to.have.length(1);
      expect(record.uncaught[0]).to.match(/lit-html/);
      const doc = frame.contentDocument!;
      expect(frame.contentWindow!.customElements.get('news-article')).to.equal(undefined);
      const slottedArticle = doc.querySelector('news-article')!;
      expect(slottedArticle.shadowRoot).to.equal(null);
      expect(slottedArticle.innerHTML).to.equal(slotted);
      expect((slottedArticle as HTMLElement).innerText).to.contain('Talks were calm.');
      expect(record.newsErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
