import type { StorybookConfig } from '@storybook/web-components-vite';
import { buildConstants } from '../scripts/build-constants.mjs';

const config: StorybookConfig = {
  // STORIES narrows the build to some files while working on them, e.g. '../stories/bullet-list.stories.ts'.
  stories: [process.env.STORIES ?? '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The CMS bodies embed a player page; the `src` stories load real files: the feed fixtures,
  // and the seed article of the demo.
  staticDirs: [
    { from: '../stories/assets', to: '/assets' },
    { from: '../test/fixtures/cms', to: '/test/fixtures/cms' },
    { from: '../test/fixtures/feeds', to: '/feeds' },
    { from: '../demo', to: '/demo' },
  ],
  async viteFinal(viteConfig) {
    // Pre-bundled once, so the dev server never loads two copies of Lit.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive-helpers.js',
        'lit/directives/class-map.js',
        'lit/directives/if-defined.js',
        'lit/directives/style-map.js',
        'lit/static-html.js',
        '@lit/context',
      ],
    };
    viteConfig.define = { ...viteConfig.define, ...buildConstants };
    return viteConfig;
  },
};

export default config;
