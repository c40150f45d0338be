import { minify } from 'terser';

/** Our private members: `_name`, never Lit's `_$…` or `__…` names. */
const privateMember = /^_[^_$]/;

/**
 * Shortens the private members (`_name`) of the CDN file's entry, each to one short name
 * throughout the file (−0.16 kB gzip). Only the entry is renamed, since a lazy chunk is
 * minified on its own and would rename the same member differently; so that no chunk reads a
 * member by a name the entry no longer has, the build fails when a lazy chunk names one of the
 * renamed members.
 *
 * Reactive properties must never be named `_name`: Lit reads them by name.
 */
export function shortenPrivateMembers() {
  let renamed = [];
  return {
    name: 'news-elements:shorten-private-members',
    async renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      const nameCache = {};
      const result = await minify(code, {
        module: true,
        ecma: 2020,
        compress: false,
        mangle: { properties: { regex: privateMember, keep_quoted: true } },
        format: { comments: false },
        nameCache,
        sourceMap: true,
      });
      renamed = Object.keys(nameCache.props?.props ?? {}).map((key) => key.replace(/^\$/, ''));
      return { code: result.code, map: result.map };
    },
    generateBundle(_, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || output.isEntry) continue;
        const used = renamed.filter((name) => new RegExp(`\\b${name}\\b`).test(output.code));
        if (used.length)
          this.error(
            `${output.fileName} names ${used.join(', ')}: private members of the entry, which the CDN build renames there only. Read them through a function the entry passes in, or give them names without a leading underscore.`,
          );
      }
    },
  };
}
