import { expect } from '@open-wc/testing';
import { embedProvider } from '../../src/data/embed-providers.js';

const frameOf = (url: string) => embedProvider(url)?.frame;

describe('embed providers', () => {
  it('plays YouTube videos from the no-cookie host, from every form of link, with the start time', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
      'https://youtu.be/aqz-KE-bpKQ',
      'https://m.youtube.com/watch?v=aqz-KE-bpKQ&feature=share',
      'https://www.youtube.com/shorts/aqz-KE-bpKQ',
      'https://www.youtube.com/embed/aqz-KE-bpKQ',
    ]) {
      expect(frameOf(url)?.src, url).to.equal('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
    }
    expect(frameOf('https://youtu.be/aqz-KE-bpKQ?t=1m30s')?.src).to.equal(
      'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&start=90',
    );
    expect(embedProvider('https://youtu.be/aqz-KE-bpKQ')).to.include({ name: 'YouTube', video: true });
  });

  it('plays Vimeo videos with dnt=1, keeping an unlisted video’s hash', () => {
    expect(frameOf('https://vimeo.com/76979871')?.src).to.equal(
      'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
    );
    expect(frameOf('https://vimeo.com/76979871/abc123')?.src).to.equal(
      'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=abc123',
    );
  });

  it('shows Spotify, SoundCloud, Datawrapper and Flourish in their players', () => {
    expect(frameOf('https://open.spotify.com/intl-de/track/4uLU6hMCjMI75M1A2tKUQC?si=x')).to.include({
      src: 'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC',
      height: 152,
    });
    expect(frameOf('https://soundcloud.com/artist/a-track?in=x')?.src).to.equal(
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Fa-track&auto_play=true&visual=false',
    );
    expect(frameOf('https://datawrapper.dwcdn.net/a1B2c/3/')?.src).to.equal('https://datawrapper.dwcdn.net/a1B2c/3/');
    expect(frameOf('https://www.datawrapper.de/_/a1B2c/')?.src).to.equal('https://datawrapper.dwcdn.net/a1B2c/');
    expect(frameOf('https://public.flourish.studio/visualisation/1234567/')?.src).to.equal(
      'https://flo.uri.sh/visualisation/1234567/embed',
    );
  });

  it('gives every frame an allow list, and a sandbox', () => {
    for (const url of ['https://youtu.be/aqz-KE-bpKQ', 'https://vimeo.com/1', 'https://flo.uri.sh/story/12/']) {
      const frame = frameOf(url)!;
      expect(frame.allow, url).to.be.a('string').and.not.equal('');
      expect(frame.sandbox, url).to.contain('allow-scripts');
      expect(frame.sandbox, url).not.to.contain('allow-top-navigation');
    }
  });

  it('shows social posts as link cards: a known provider without a frame', () => {
    for (const [url, name] of [
      ['https://x.com/someone/status/1', 'X'],
      ['https://twitter.com/someone/status/1', 'X'],
      ['https://www.instagram.com/p/abc/', 'Instagram'],
      ['https://www.tiktok.com/@someone/video/1', 'TikTok'],
      ['https://bsky.app/profile/someone/post/1', 'Bluesky'],
    ]) {
      expect(embedProvider(url!), url).to.deep.equal({ name, video: false, post: true });
    }
  });

  it('knows no other host, and no look-alike', () => {
    for (const url of [
      'https://example.com/watch?v=aqz-KE-bpKQ',
      'https://youtube.com.evil.example/watch?v=aqz-KE-bpKQ',
      'https://evil-youtube.com/watch?v=aqz-KE-bpKQ',
      'https://user:pass@www.youtube.com/watch?v=aqz-KE-bpKQ',
      'https://www.youtube.com:8443/watch?v=aqz-KE-bpKQ',
      'ftp://youtube.com/watch?v=aqz-KE-bpKQ',
      '/videos/1',
    ]) {
      expect(embedProvider(url), url).to.equal(undefined);
    }
  });

  it('gives no frame for a provider’s URL that names nothing it can show', () => {
    expect(embedProvider('https://www.youtube.com/@channel')).to.deep.equal({ name: 'YouTube', video: true });
    expect(embedProvider('https://www.youtube.com/watch?v=short')).to.deep.equal({ name: 'YouTube', video: true });
    expect(embedProvider('https://vimeo.com/about')).to.deep.equal({ name: 'Vimeo', video: true });
    expect(embedProvider('https://open.spotify.com/user/x')).to.deep.equal({ name: 'Spotify', video: false });
  });
});
