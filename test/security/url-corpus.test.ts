/**
 * URLs from data against `checkUrl`, and against what a real `<a>` makes of them: whatever the
 * check lets through must resolve to http(s), mailto or tel, and whatever it refuses must never
 * reach an `href`.
 */
import { expect } from '@open-wc/testing';
import { checkUrl } from '../../src/data/url.js';
import { captureErrors, settled } from '../support/helpers.js';

interface AllowedUrl {
  input: string;
  /** What `checkUrl` returns: the input as the browser reads it, not resolved. */
  url: string;
  /** What a real link resolves it to, when that says more than the scheme. */
  resolves?: (link: HTMLAnchorElement) => boolean;
}

const page = () => new URL(location.href);
const onThisPage = (path: string) => (link: HTMLAnchorElement) =>
  link.origin === page().origin && link.pathname.endsWith(path);

const allowed: AllowedUrl[] = [
  { input: 'https://example.com/', url: 'https://example.com/' },
  { input: 'http://example.com/path?q=1#top', url: 'http://example.com/path?q=1#top' },
  { input: 'HTTPS://EXAMPLE.COM/', url: 'HTTPS://EXAMPLE.COM/' },
  { input: 'HtTp://example.com', url: 'HtTp://example.com' },
  { input: 'https://user:secret@example.com/', url: 'https://user:secret@example.com/' },
  { input: 'http://[::1]:8080/', url: 'http://[::1]:8080/' },
  { input: 'https://example.com/javascript:window.__xss=1', url: 'https://example.com/javascript:window.__xss=1' },
  { input: 'https://例え.jp/', url: 'https://例え.jp/', resolves: (link) => link.hostname === 'xn--r8jz45g.jp' },
  // Protocol-relative: the page's own http(s) scheme, on another host.
  { input: '//evil.example/path', url: '//evil.example/path', resolves: (link) => link.hostname === 'evil.example' },
  { input: '/\\evil.example/', url: '/\\evil.example/', resolves: (link) => link.hostname === 'evil.example' },
  { input: '/relative/path', url: '/relative/path', resolves: onThisPage('/relative/path') },
  { input: 'relative/path', url: 'relative/path', resolves: onThisPage('/relative/path') },
  { input: './here', url: './here', resolves: onThisPage('/here') },
  { input: '../up', url: '../up', resolves: onThisPage('/up') },
  { input: '?query=1', url: '?query=1', resolves: (link) => link.search === '?query=1' },
  { input: '#fragment', url: '#fragment', resolves: (link) => link.hash === '#fragment' },
  { input: 'https:evil.example', url: 'https:evil.example' },
  { input: 'mailto:someone@example.com', url: 'mailto:someone@example.com' },
  { input: 'MAILTO:someone@example.com?subject=hi', url: 'MAILTO:someone@example.com?subject=hi' },
  { input: 'tel:+60123456789', url: 'tel:+60123456789' },
  { input: 'TEL:+1-555-0100', url: 'TEL:+1-555-0100' },
  // Leading and trailing C0 controls and spaces are trimmed; tabs and newlines vanish anywhere.
  { input: '  https://example.com/  ', url: 'https://example.com/' },
  { input: '\u0000https://example.com/', url: 'https://example.com/' },
  { input: '\u001F\u0001 https://example.com/\u0000', url: 'https://example.com/' },
  { input: 'ht\ttps://exa\nmple.com/\r', url: 'https://example.com/' },
  // Entities are not decoded in a URL: these are harmless relative paths on this site.
  {
    input: 'javascript&colon;window.__xss=1',
    url: 'javascript&colon;window.__xss=1',
    resolves: onThisPage('/javascript&colon;window.__xss=1'),
  },
  {
    input: 'javascript&#58;window.__xss=1',
    url: 'javascript&#58;window.__xss=1',
    resolves: (link) =>
      link.origin === page().origin && link.pathname.endsWith('/javascript&') && link.hash === '#58;window.__xss=1',
  },
  {
    input: '&#106;avascript:window.__xss=1',
    url: '&#106;avascript:window.__xss=1',
    resolves: (link) => link.origin === page().origin && link.pathname.endsWith('/&') && link.hash.startsWith('#106;'),
  },
  {
    input: 'javascript%3Awindow.__xss=1',
    url: 'javascript%3Awindow.__xss=1',
    resolves: onThisPage('/javascript%3Awindow.__xss=1'),
  },
  // Not a scheme once a character that cannot be in one precedes the colon.
  {
    input: 'java script:window.__xss=1',
    url: 'java script:window.__xss=1',
    resolves: onThisPage('/java%20script:window.__xss=1'),
  },
  {
    input: 'java\u0000script:window.__xss=1',
    url: 'java\u0000script:window.__xss=1',
    resolves: (link) => link.origin === page().origin,
  },
  // DEL and no-break space are not trimmed by the URL parser, so no scheme is read.
  {
    input: '\u007Fjavascript:window.__xss=1',
    url: '\u007Fjavascript:window.__xss=1',
    resolves: (link) => link.origin === page().origin,
  },
  {
    input: '\u00A0javascript:window.__xss=1',
    url: '\u00A0javascript:window.__xss=1',
    resolves: (link) => link.origin === page().origin,
  },
  {
    input: '\uFEFFjavascript:window.__xss=1',
    url: '\uFEFFjavascript:window.__xss=1',
    resolves: (link) => link.origin === page().origin,
  },
];

const scriptSchemes = ['javascript:', 'JAVASCRIPT:', 'JavaScript:', 'jAvAsCrIpT:', 'vbscript:', 'VBScript:'];
const c0Controls = Array.from({ length: 0x21 }, (_, code) => String.fromCharCode(code));

const rejected: string[] = [
  ...scriptSchemes.map((scheme) => `${scheme}window.__xss=1`),
  'javascript://%0Awindow.__xss=1',
  'javascript:void(0)',
  'java\tscript:window.__xss=1',
  'java\nscript:window.__xss=1',
  'java\rscript:window.__xss=1',
  'j\ta\nv\ra\tscript:window.__xss=1',
  'javascript\t:window.__xss=1',
  'vb\nscript:window.__xss=1',
  // Every C0 control (and space) in front of the scheme is trimmed by the parser.
  ...c0Controls.map((control) => `${control}javascript:window.__xss=1`),
  '\u0000\u0001\u0002 \t\n javascript:window.__xss=1',
  'javascript:window.__xss=1\u0000',
  'data:text/html,<script>parent.__xss=1</script>',
  'DATA:TEXT/HTML;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==',
  ' data:text/html,<script>parent.__xss=1</script>',
  'da\tta:text/html,x',
  'data:image/svg+xml,<svg onload="parent.__xss=1"/>',
  'data:image/png;base64,iVBORw0KGgo=',
  'data:,plain',
  'file:///etc/passwd',
  'FILE://C:/Windows/win.ini',
  'blob:https://example.com/4f1c2d3e-0000-4000-8000-000000000000',
  'about:blank',
  'about:srcdoc',
  'ftp://example.com/file.txt',
  'FTP://example.com/',
  'ws://example.com/socket',
  'wss://example.com/socket',
  'chrome://settings',
  'view-source:https://example.com/',
  'intent://scan/#Intent;scheme=zxing;end',
  'sms:+60123456789',
  'geo:3.139,101.6869',
  'livescript:window.__xss=1',
  'filesystem:https://example.com/temporary/x',
  'https://exa%mple.com/',
  'http://',
  'https://[not-an-ip]/',
  'http://example.com:99999/',
  '',
  '   ',
  '\u0000\u001F',
];

const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function linkTo(href: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.setAttribute('href', href);
  return link;
}

/** Cards for every URL at once, as author `url` and as a `sameAs` profile. */
async function renderCards(urls: string[]): Promise<HTMLElement[]> {
  const container = document.createElement('div');
  const cards = urls.map((url) => {
    const card = document.createElement('author-card');
    card.setAttribute('author', JSON.stringify({ name: 'Card Author', url, sameAs: [url] }));
    return card;
  });
  container.append(...cards);
  document.body.append(container);
  await settled(container);
  return cards;
}

describe('URL corpus', () => {
  it(`has at least 60 URLs (${allowed.length} allowed, ${rejected.length} rejected)`, () => {
    expect(allowed.length + rejected.length).to.be.at.least(60);
  });

  for (const { input, url, resolves } of allowed) {
    it(`allows ${JSON.stringify(input)}`, () => {
      const result = checkUrl(input);
      expect(result).to.deep.equal({ ok: true, url });
      const link = linkTo(url);
      expect(allowedSchemes.has(link.protocol), `a link to it is ${link.protocol}`).to.equal(true);
      if (resolves) expect(resolves(link), `resolves to ${link.href}`).to.equal(true);
    });
  }

  for (const input of rejected) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      const result = checkUrl(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.be.a('string').and.not.be.empty;
    });
  }

  it('whatever a browser link would not open as http(s), mailto or tel is rejected', () => {
    for (const input of [...allowed.map((entry) => entry.input), ...rejected]) {
      const link = linkTo(input);
      if (input.trim() !== '' && !allowedSchemes.has(link.protocol)) {
        expect(checkUrl(input).ok, `${JSON.stringify(input)} opens as ${link.protocol}`).to.equal(false);
      }
    }
  });

  it('<author-card> links none of the rejected URLs and reports each', async () => {
    const errors = captureErrors();
    let cards: HTMLElement[] = [];
    try {
      cards = await renderCards(rejected);
      cards.forEach((card, index) => {
        const input = JSON.stringify(rejected[index]);
        const links = card.shadowRoot!.querySelectorAll('a');
        expect(links.length, `links for ${input}`).to.equal(0);
        expect(card.shadowRoot!.querySelectorAll('[href]').length, `href for ${input}`).to.equal(0);
        expect(card.shadowRoot!.textContent, `the name still shows for ${input}`).to.include('Card Author');
      });
      // eslint-disable-next-line no-control-regex -- C0 controls are what the URL parser trims.
      const blank = rejected.filter((input) => input.trim() === '' || /^[\u0000-\u0020]*$/.test(input)).length;
      // A blank URL is treated like an absent one: only the rest are worth a report.
      const reported = errors.events.filter(
        (detail) => detail.element === 'author-card' && detail.field === 'author.url',
      );
      expect(reported.length).to.be.at.least(rejected.length - blank * 2);
    } finally {
      cards[0]?.parentElement?.remove();
      errors.restore();
    }
  });

  it('<author-card> links each allowed URL as checked after trimming it like every text field', async () => {
    const errors = captureErrors();
    let cards: HTMLElement[] = [];
    try {
      cards = await renderCards(allowed.map((entry) => entry.input));
      cards.forEach((card, index) => {
        const { input } = allowed[index]!;
        // Data strings are trimmed (no-break space and BOM too) before the check, which can only make it stricter.
        const checked = checkUrl(input.trim());
        const authorLink = card.shadowRoot!.querySelector('a[rel="author"]');
        expect(authorLink?.getAttribute('href'), `author link for ${JSON.stringify(input)}`).to.equal(
          checked.ok ? checked.url : undefined,
        );
      });
    } finally {
      cards[0]?.parentElement?.remove();
      errors.restore();
    }
  });
});
