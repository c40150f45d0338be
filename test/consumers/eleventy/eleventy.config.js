/**
 * An Eleventy site that renders `<news-article>` at build time with
 * `@lit-labs/eleventy-plugin-lit`: every page's custom elements become declarative shadow DOM,
 * which the client hydrates in place.
 */
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import litPlugin from '@lit-labs/eleventy-plugin-lit';
import { jsonAttribute } from 'news-elements';

/** A package file's path relative to the site, as the plugin and passthrough copy take them. */
const packagePath = (specifier) => relative(process.cwd(), fileURLToPath(import.meta.resolve(specifier)));

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: [packagePath('news-elements/define')] });
  // The article's JSON in a single-quoted attribute, written so that the element reads exactly the data.
  eleventyConfig.addFilter('jsonAttribute', jsonAttribute);
  // For the browser: the package's CDN folder, with the self-contained bundle, the files it loads
  // on demand and the hydrate support, which imports nothing either (no import map needed).
  eleventyConfig.addPassthroughCopy({ [dirname(packagePath('news-elements/bundle'))]: 'news-elements' });
}

export const config = { dir: { input: 'src', output: '_site' } };
