import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import { useEffect } from 'storybook/preview-api';
import manifest from '../custom-elements.json';
import '../src/define/index.js';
import { textDirection } from '../src/data/locale.js';
import { elements } from '../src/elements.js';
import { axeTags } from '../stories/support/a11y.js';

interface ManifestEntry {
  name: string;
  fieldName?: string;
  privacy?: string;
  static?: boolean;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestEntry[];
  members?: ManifestEntry[];
  cssParts?: ManifestEntry[];
}

/**
 * Storybook keys its argTypes by name, so a part named like a slot or attribute (`label`,
 * `photo`) would replace it in the docs table, and an attribute with a differently named
 * property (`empty-label`, `emptyLabel`) would show twice. For Storybook only: parts are named
 * `::part(…)`, such attributes are left to their property's row, and non-public members are
 * left out.
 */
function forStorybook(source: unknown): unknown {
  const copy = structuredClone(source) as { modules: { declarations?: ManifestDeclaration[] }[] };
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    declaration.cssParts = declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` }));
    declaration.attributes = declaration.attributes?.filter(
      (attribute) => !attribute.fieldName || attribute.fieldName === attribute.name,
    );
    declaration.members = declaration.members?.filter((member) => !member.privacy && !member.static);
  }
  return copy;
}

setCustomElementsManifest(forStorybook(manifest));

// Every `news-error` reaches the Actions panel with its detail ({ element, field, reason }).
// Listening on the document from the start catches the errors of the first render too.
const logNewsError = action('news-error');
document.addEventListener('news-error', (event) => logNewsError((event as CustomEvent).detail));

const ourTags = elements.map((element) => element.tagName);

/**
 * Applies the toolbar's theme, direction, locale and time zone to every element of the story.
 * The story sits in a <main> landmark whose colour scheme and background follow the theme. A
 * locale chosen in the toolbar gives the labels and the dates together (every element with a
 * `locale` takes it; the others, the skip link's label, the page's `lang`), and the page's
 * direction is that language's unless the Direction toolbar forces one.
 */
const withToolbarGlobals: Decorator = (story, context) => {
  const { theme, dir, locale, timeZone } = context.globals as Record<string, string | undefined>;
  useEffect(() => {
    const root = document.querySelector('#storybook-root');
    for (const element of root?.querySelectorAll(ourTags.join(',')) ?? []) {
      const set = (name: string, value: string | undefined) =>
        value ? element.setAttribute(name, value) : element.removeAttribute(name);
      set('theme', theme);
      // Only the elements that show dates take a locale and a time zone.
      if (!('locale' in element)) continue;
      if (locale) element.setAttribute('locale', locale);
      if (timeZone) element.setAttribute('time-zone', timeZone);
    }
  });
  const lang = locale || 'en-GB';
  return html`<main class="story-canvas" data-theme=${theme ?? 'light'} dir=${dir || textDirection(lang)} lang=${lang}>
    ${story()}
  </main>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withToolbarGlobals],
  parameters: {
    controls: { expanded: true },
    a11y: {
      test: 'error',
      context: '#storybook-root',
      options: { runOnly: { type: 'tag', values: axeTags } },
    },
    docs: { source: { type: 'dynamic' } },
  },
  initialGlobals: { theme: 'light', dir: '', locale: '', timeZone: '' },
  globalTypes: {
    theme: {
      description: 'Colour scheme of the elements',
      toolbar: { title: 'Theme', icon: 'contrast', dynamicTitle: true, items: ['light', 'dark', 'auto'] },
    },
    dir: {
      description: 'Writing direction of the page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: '', title: 'The language’s' },
          { value: 'ltr', title: 'ltr' },
          { value: 'rtl', title: 'rtl' },
        ],
      },
    },
    locale: {
      description: 'Language of the labels, dates and lists',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: '', title: 'The story’s own' },
          { value: 'en-GB', title: 'en-GB' },
          { value: 'en-US', title: 'en-US' },
          { value: 'ms-MY', title: 'ms-MY' },
          { value: 'de-DE', title: 'de-DE' },
          { value: 'hi-IN', title: 'hi-IN' },
          { value: 'ja-JP', title: 'ja-JP' },
          { value: 'zh-CN', title: 'zh-CN' },
          { value: 'zh-TW', title: 'zh-TW' },
          { value: 'ar', title: 'ar' },
          { value: 'he', title: 'he' },
        ],
      },
    },
    timeZone: {
      description: 'Time zone for times',
      toolbar: {
        title: 'Time zone',
        icon: 'time',
        dynamicTitle: true,
        items: [
          { value: '', title: 'The reader’s' },
          { value: 'UTC', title: 'UTC' },
          { value: 'Asia/Kuala_Lumpur', title: 'Asia/Kuala_Lumpur' },
          { value: 'Asia/Shanghai', title: 'Asia/Shanghai' },
          { value: 'Europe/London', title: 'Europe/London' },
          { value: 'America/New_York', title: 'America/New_York' },
        ],
      },
    },
  },
};

export default preview;
