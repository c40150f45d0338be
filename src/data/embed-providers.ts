/**
 * The embed providers we know: which URLs belong to each, and the frame each is shown in once
 * the reader asks for it. Loaded only when an article has an embed (a chunk of its own), so a
 * page without one never pays for this table.
 *
 * Each provider reads the original's URL with the `URL` API, never by pattern over the whole
 * string, and builds its frame's URL from the parts it checked (ids of the expected shape only):
 * nothing the host wrote is passed through to a frame unchecked, except SoundCloud's own page
 * URL, which its player takes as a parameter.
 */

/** What an embed shows once the reader asks for it. */
export interface EmbedFrame {
  /** The frame's `src`: the provider's player, on its no-cookie host where it has one. */
  src: string;
  /** The frame's `allow` (permissions policy). */
  allow: string;
  /** The frame's `sandbox`, for the providers known to work inside one. */
  sandbox?: string;
  /** Width and height of the frame when the block gives none, e.g. `[16, 9]`. */
  aspectRatio?: [number, number];
  /** A fixed height in CSS pixels instead (audio players). */
  height?: number;
}

export interface EmbedProvider {
  /** The provider's name, shown on the facade ("YouTube"). */
  name: string;
  /** Whether the button plays a video ("Play video: …") or loads other content. */
  video: boolean;
  /** The frame; absent when the URL names nothing the provider can show in one. */
  frame?: EmbedFrame;
  /** A social post: shown as a card with a link by design (its embed needs the provider's script). */
  post?: true;
}

/** Enough for the players' own controls, fullscreen and "open on …" links, nothing more. */
const playerSandbox = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';
const videoAllow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';

/** The host without a leading `www.` or `m.`, lower case (the URL API lower-cases it). */
const bareHost = (url: URL) => url.hostname.replace(/^(?:www\.|m\.)/, '');

/** The path's non-empty segments. */
const segments = (url: URL) => url.pathname.split('/').filter(Boolean);

/** Seconds from YouTube's `t`/`start` (`90`, `90s`, `1m30s`), or undefined. */
function youtubeStart(url: URL): number | undefined {
  const value = url.searchParams.get('t') ?? url.searchParams.get('start');
  const match = value && /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value);
  if (!match) return undefined;
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

function youtube(url: URL): EmbedProvider | undefined {
  const host = bareHost(url);
  const path = segments(url);
  let id: string | null | undefined;
  if (host === 'youtu.be') id = path[0];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id =
      path[0] === 'watch'
        ? url.searchParams.get('v')
        : ['embed', 'shorts', 'live', 'v'].includes(path[0]!)
          ? path[1]
          : undefined;
  } else return undefined;
  if (!id || !/^[\w-]{11}$/.test(id)) return { name: 'YouTube', video: true };
  const start = youtubeStart(url);
  return {
    name: 'YouTube',
    video: true,
    frame: {
      src: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ''}`,
      allow: videoAllow,
      sandbox: playerSandbox,
      aspectRatio: [16, 9],
    },
  };
}

function vimeo(url: URL): EmbedProvider | undefined {
  const host = bareHost(url);
  if (host !== 'vimeo.com' && host !== 'player.vimeo.com') return undefined;
  const path = segments(url);
  const index = path.findIndex((segment) => /^\d+$/.test(segment));
  if (index < 0) return { name: 'Vimeo', video: true };
  // An unlisted video's link carries its hash after the id (vimeo.com/123/abc) or as `h`.
  const hash = url.searchParams.get('h') ?? path[index + 1];
  const hashParameter = hash && /^[\da-f]+$/i.test(hash) ? `&h=${hash}` : '';
  return {
    name: 'Vimeo',
    video: true,
    frame: {
      src: `https://player.vimeo.com/video/${path[index]}?dnt=1&autoplay=1${hashParameter}`,
      allow: videoAllow,
      sandbox: playerSandbox,
      aspectRatio: [16, 9],
    },
  };
}

function spotify(url: URL): EmbedProvider | undefined {
  if (url.hostname !== 'open.spotify.com') return undefined;
  // Localised links start with a locale: open.spotify.com/intl-de/track/…
  const path = segments(url).filter((segment) => !segment.startsWith('intl-'));
  if (path[0] === 'embed') path.shift();
  const [kind, id] = path;
  const known = ['track', 'album', 'playlist', 'episode', 'show', 'artist'].includes(kind!);
  if (!known || !id || !/^[A-Za-z0-9]+$/.test(id)) return { name: 'Spotify', video: false };
  return {
    name: 'Spotify',
    video: false,
    frame: {
      src: `https://open.spotify.com/embed/${kind}/${id}`,
      allow: 'autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture',
      sandbox: playerSandbox,
      height: kind === 'track' || kind === 'episode' ? 152 : 352,
    },
  };
}

function soundcloud(url: URL): EmbedProvider | undefined {
  const host = bareHost(url);
  if (host !== 'soundcloud.com') return undefined;
  // An artist and a track or set: soundcloud.com/artist/track.
  if (segments(url).length < 2) return { name: 'SoundCloud', video: false };
  const original = `https://soundcloud.com${url.pathname}`;
  return {
    name: 'SoundCloud',
    video: false,
    frame: {
      src: `https://w.soundcloud.com/player/?url=${encodeURIComponent(original)}&auto_play=true&visual=false`,
      allow: 'autoplay',
      sandbox: playerSandbox,
      height: 166,
    },
  };
}

function datawrapper(url: URL): EmbedProvider | undefined {
  const host = url.hostname;
  if (host !== 'datawrapper.dwcdn.net' && bareHost(url) !== 'datawrapper.de') return undefined;
  const path = segments(url);
  // datawrapper.dwcdn.net/<id>/<version>/ or www.datawrapper.de/_/<id>/
  const [id, version] = host === 'datawrapper.dwcdn.net' ? path : path[0] === '_' ? path.slice(1) : [];
  if (!id || !/^[A-Za-z0-9]{5}$/.test(id)) return { name: 'Datawrapper', video: false };
  const versionPath = version && /^\d+$/.test(version) ? `${version}/` : '';
  return {
    name: 'Datawrapper',
    video: false,
    frame: {
      src: `https://datawrapper.dwcdn.net/${id}/${versionPath}`,
      allow: 'fullscreen',
      sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
      aspectRatio: [4, 3],
    },
  };
}

function flourish(url: URL): EmbedProvider | undefined {
  const host = url.hostname;
  if (host !== 'public.flourish.studio' && host !== 'flo.uri.sh') return undefined;
  const [kind, id] = segments(url);
  if ((kind !== 'visualisation' && kind !== 'story') || !id || !/^\d+$/.test(id)) {
    return { name: 'Flourish', video: false };
  }
  return {
    name: 'Flourish',
    video: false,
    frame: {
      src: `https://flo.uri.sh/${kind}/${id}/embed`,
      allow: 'fullscreen',
      sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
      aspectRatio: [4, 3],
    },
  };
}

/**
 * Social posts: their embeds need the provider's script on our page, which we never load; they
 * are shown as a card with a link to the post.
 */
const linkCards: [hosts: string[], name: string][] = [
  [['x.com', 'twitter.com'], 'X'],
  [['instagram.com'], 'Instagram'],
  [['tiktok.com'], 'TikTok'],
  [['bsky.app'], 'Bluesky'],
  [['threads.net', 'threads.com'], 'Threads'],
  [['facebook.com'], 'Facebook'],
];

const providers = [youtube, vimeo, spotify, soundcloud, datawrapper, flourish];

/**
 * The provider of an embed's URL (which parsing has checked is http(s) or relative), with its
 * frame when the URL names something it can show. Undefined for a URL of no known provider.
 * Only `https:` (or `http:`) URLs of the provider's own hosts count.
 */
export function embedProvider(address: string): EmbedProvider | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.port) return undefined;
  for (const provider of providers) {
    const found = provider(url);
    if (found) return found;
  }
  const host = bareHost(url);
  const card = linkCards.find(([hosts]) => hosts.includes(host));
  return card && { name: card[1], video: false, post: true };
}
