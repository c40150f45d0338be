import { defaultLabels } from './locale.js';
import type { Labels } from './types.js';

/** Schemes that may ever be placed in `href` or `src`; relative URLs resolve to the page's own. */
const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The URL parser removes these anywhere in the input, so they must not hide a scheme from us. */
const tabOrNewline = /[\t\n\r]/g;
/** The URL parser trims C0 controls and spaces from both ends. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it matches.
const edgeControls = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/** A base no real page has: a relative URL parses against it and keeps its `https:`. */
const probeBase = 'https://relative.invalid/';

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Checks a URL from data before it goes into `href` or `src`: only http(s), mailto, tel and
 * relative URLs pass. The returned URL is the input as the browser would read it (trimmed),
 * not resolved, so relative links stay relative.
 */
export function checkUrl(value: string): UrlCheck {
  const cleaned = value.replace(edgeControls, '').replace(tabOrNewline, '');
  if (cleaned === '') return { ok: false, reason: 'is empty' };
  let parsed: URL;
  try {
    parsed = new URL(cleaned, probeBase);
  } catch {
    return { ok: false, reason: `is not a valid URL` };
  }
  if (!allowedProtocols.has(parsed.protocol)) {
    return { ok: false, reason: `uses the disallowed scheme "${parsed.protocol}"` };
  }
  return { ok: true, url: cleaned };
}

const knownProfiles: Record<string, string> = {
  'bsky.app': 'Bluesky',
  'facebook.com': 'Facebook',
  'github.com': 'GitHub',
  'instagram.com': 'Instagram',
  'linkedin.com': 'LinkedIn',
  'mastodon.social': 'Mastodon',
  'medium.com': 'Medium',
  'substack.com': 'Substack',
  'threads.net': 'Threads',
  'tiktok.com': 'TikTok',
  'twitter.com': 'X (Twitter)',
  'x.com': 'X (Twitter)',
  'youtube.com': 'YouTube',
};

/** A recognisable name for a profile link: the network's name, "Email", "Phone", or the bare host name. */
export function profileLabel(url: string, names: Pick<Labels, 'email' | 'phone'> = defaultLabels): string {
  try {
    const parsed = new URL(url, probeBase);
    if (parsed.protocol === 'mailto:') return names.email;
    if (parsed.protocol === 'tel:') return names.phone;
    // A relative link is on the page's own site, whose name the probe base cannot know.
    if (parsed.origin === new URL(probeBase).origin) return url;
    const host = parsed.hostname.replace(/^(www|m)\./, '');
    const network = Object.keys(knownProfiles).find((domain) => host === domain || host.endsWith(`.${domain}`));
    return network ? knownProfiles[network]! : host;
  } catch {
    return url;
  }
}
