import { expect } from '@open-wc/testing';
import { checkUrl, profileLabel } from '../../src/data/index.js';

describe('checkUrl', () => {
  for (const url of [
    'http://news.example/a',
    'https://news.example/economy/trade-talks?page=2#agenda',
    'HTTPS://NEWS.EXAMPLE/',
    'mailto:siti@news.example',
    'tel:+60312345678',
    '/a',
    'a/b',
    '../up',
    '#x',
    '?q',
    '//cdn.example/image.jpg',
    'images/kl skyline.jpg',
  ]) {
    it(`allows ${url}, returned unchanged`, () => {
      expect(checkUrl(url)).to.deep.equal({ ok: true, url });
    });
  }

  it('returns the URL trimmed, and a relative URL stays relative', () => {
    expect(checkUrl('  /economy/ringgit \n')).to.deep.equal({ ok: true, url: '/economy/ringgit' });
    expect(checkUrl('\u0000\u0001https://news.example/\u001f')).to.deep.equal({
      ok: true,
      url: 'https://news.example/',
    });
  });

  it('removes tabs and newlines inside the URL as the browser does', () => {
    expect(checkUrl('https://news.\nexample/a\tb')).to.deep.equal({ ok: true, url: 'https://news.example/ab' });
  });

  for (const [url, scheme] of [
    ['javascript:alert(1)', 'javascript:'],
    ['JaVaScRiPt:alert(1)', 'javascript:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['   javascript:alert(1)', 'javascript:'],
    ['\u0001javascript:alert(1)', 'javascript:'],
    ['\u0000 \u001fjavascript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['java\r\nscript:alert(1)', 'javascript:'],
    ['file:///etc/passwd', 'file:'],
    ['ftp://files.example/a', 'ftp:'],
    ['blob:https://news.example/1234', 'blob:'],
  ] as const) {
    it(`rejects ${JSON.stringify(url)} for its scheme`, () => {
      expect(checkUrl(url)).to.deep.equal({ ok: false, reason: `uses the disallowed scheme "${scheme}"` });
    });
  }

  it('treats javascript&#58; as a harmless relative path, since href is never HTML-decoded again', () => {
    const result = checkUrl('javascript&#58;alert(1)');
    expect(result).to.deep.equal({ ok: true, url: 'javascript&#58;alert(1)' });
    const link = document.createElement('a');
    link.setAttribute('href', 'javascript&#58;alert(1)');
    expect(link.protocol).to.equal(location.protocol);
    expect(link.origin).to.equal(location.origin);
    expect(link.hash).to.equal('#58;alert(1)');
  });

  for (const url of ['', '   ', '\t\n', '\u0000\u0010']) {
    it(`rejects the empty value ${JSON.stringify(url)}`, () => {
      expect(checkUrl(url)).to.deep.equal({ ok: false, reason: 'is empty' });
    });
  }

  for (const url of ['http://', 'https://', 'http://[::1', 'https://user@/']) {
    it(`rejects the unparsable ${JSON.stringify(url)}`, () => {
      expect(checkUrl(url)).to.deep.equal({ ok: false, reason: 'is not a valid URL' });
    });
  }
});

describe('profileLabel', () => {
  for (const [url, label] of [
    ['https://x.com/siti', 'X (Twitter)'],
    ['https://www.x.com/siti', 'X (Twitter)'],
    ['https://twitter.com/siti', 'X (Twitter)'],
    ['https://mobile.twitter.com/siti', 'X (Twitter)'],
    ['https://linkedin.com/in/siti', 'LinkedIn'],
    ['https://www.linkedin.com/in/siti', 'LinkedIn'],
    ['https://my.linkedin.com/in/siti', 'LinkedIn'],
    ['https://m.facebook.com/siti', 'Facebook'],
    ['https://github.com/siti', 'GitHub'],
    ['https://www.youtube.com/@siti', 'YouTube'],
    ['https://bsky.app/profile/siti', 'Bluesky'],
    ['https://siti.substack.com/', 'Substack'],
    ['mailto:siti@news.example', 'Email'],
    ['MAILTO:siti@news.example', 'Email'],
    ['tel:+60312345678', 'Phone'],
  ] as const) {
    it(`names ${url} "${label}"`, () => {
      expect(profileLabel(url)).to.equal(label);
    });
  }

  it('names an unknown site by its bare host name', () => {
    expect(profileLabel('https://www.siti-writes.example/about')).to.equal('siti-writes.example');
    expect(profileLabel('https://blog.news.example/siti')).to.equal('blog.news.example');
  });

  it('does not mistake a look-alike host for a known network', () => {
    expect(profileLabel('https://notx.com/siti')).to.equal('notx.com');
    expect(profileLabel('https://x.com.evil.example/siti')).to.equal('x.com.evil.example');
    expect(profileLabel('https://linkedin.company.example/')).to.equal('linkedin.company.example');
  });

  it('shows a relative link as written, since its host is the page’s own', () => {
    expect(profileLabel('/authors/siti')).to.equal('/authors/siti');
    expect(profileLabel('#bio')).to.equal('#bio');
  });

  it('shows a link it cannot parse as written', () => {
    expect(profileLabel('http://')).to.equal('http://');
  });
});

describe('profileLabel with replaced labels', () => {
  it('names mailto and tel links in the labels given', () => {
    const malay = { email: 'E-mel', phone: 'Telefon' };
    expect(profileLabel('mailto:siti@news.example', malay)).to.equal('E-mel');
    expect(profileLabel('tel:+60312345678', malay)).to.equal('Telefon');
    expect(profileLabel('https://x.com/siti', malay)).to.equal('X (Twitter)');
  });
});
