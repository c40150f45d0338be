import type { Plugin } from 'vite';

/** Shortens the CDN entry's private members (`_name`); fails the build when a lazy chunk names one of them. */
export function shortenPrivateMembers(): Plugin;
