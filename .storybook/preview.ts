import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import type { ArgsEnhancer } from 'storybook/internal/types';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { action } from 'storybook/actions';
import { useEffect } from 'storybook/preview-api';
import manifest from '../custom-elements.json';
import '../src/define/index.js';
import { textDirection } from '../src/data/locale.js';
import { elements } from '../src/elements.js';
import { axeTags } from '../stories/support/a11y.js';
import { argTypesFor, locales, reflectedAttributes, timeZones, type Manifest } from './arg-types.js';

/**
 * Storybook keys its argTypes by name, so a part named like a slot or attribute (`label`,
 * `photo`) would replace it in the docs table, and an attribute with a differently named
 * property (`empty-label`, `emptyLabel`) would show twice. For Storybook only: parts are named
 * `::part(…)`, such attributes are left to their property's row, and non-public members are
 * left out.
 */
function forStorybook(source: unknown): unknown {
  const copy = structuredClone(source) as Manifest;
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
const storybookManifest = forStorybook(manifest) as Manifest;

/** The widths an element lives at on a news page; a story names one in `parameters.canvas`. */
export type CanvasWidth = 'column' | 'aside' | 'page';

/**
 * Applies the story's canvas: the toolbar's theme, locale and time zone on every
 * element of the story; then the story's own args for the element it documents: its simple
 * properties (`theme`, `locale`, `ordered`, `level`…) as attributes and its tokens as custom
 * properties on the canvas, from where they inherit into every element. A `theme` arg wins over
 * the toolbar's, and the canvas follows it. The story sits in a <main> landmark whose colour
 * scheme and background follow the theme, as wide as the place the element lives at. A locale
 * chosen in the toolbar gives the labels and the dates together (every element with a `locale`
 * takes it; the others, the skip link's label, the page's `lang`), and the page's direction is
 * that of the story's own language (`parameters.language`): text is never mirrored, and each
 * element has a story written in Arabic or Hebrew to show it right to left.
 */
const withStoryCanvas: Decorator = (story, context) => {
  const globals = context.globals as Record<string, string | undefined>;
  const args = context.args as Record<string, unknown>;
  const tag = typeof context.component === 'string' ? context.component : undefined;
  const reflected = tag ? reflectedAttributes(storybookManifest, tag) : new Map<string, string>();
  const theme = typeof args.theme === 'string' && args.theme ? args.theme : globals.theme;
  const { locale } = globals;
  // The language of the story's text: the canvas takes its direction, so only a story written in
  // a right-to-left language is shown right to left.
  const language = (context.parameters.language as string | undefined) ?? 'en-GB';
  const timeZone = globals.timeZone ? (timeZones[globals.timeZone] ?? globals.timeZone) : undefined;
  const tokens = Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
  const canvas = (context.parameters.canvas as CanvasWidth | undefined) ?? 'page';
  useEffect(() => {
    // A docs page may show the story twice (its first story also heads the page).
    const canvases = [...document.querySelectorAll(`main.story-canvas[data-story="${context.id}"]`)];
    const within = (selector: string) => canvases.flatMap((canvas) => [...canvas.querySelectorAll(selector)]);
    for (const element of within(ourTags.join(','))) {
      const set = (name: string, value: string | undefined) =>
        value ? element.setAttribute(name, value) : element.removeAttribute(name);
      // A story that shows themes side by side (`parameters.ownTheme`) keeps its elements' own.
      if (!context.parameters.ownTheme) set('theme', theme);
      // Only the elements that show dates take a locale and a time zone.
      if (!('locale' in element)) continue;
      if (locale) element.setAttribute('locale', locale);
      if (timeZone) element.setAttribute('time-zone', timeZone);
    }
    if (!tag) return;
    for (const element of within(tag)) {
      for (const [property, attribute] of reflected) {
        if (property === 'theme' || !(property in args)) continue;
        const value = args[property];
        if (value === undefined || value === null || value === '') {
          if (appliedByCanvas.get(element)?.has(attribute)) element.removeAttribute(attribute);
          continue;
        }
        if (value === false) element.removeAttribute(attribute);
        else element.setAttribute(attribute, value === true ? '' : String(value));
        appliedByCanvas.set(element, (appliedByCanvas.get(element) ?? new Set()).add(attribute));
      }
    }
  });
  const lang = locale || language;
  return html`<main
    class="story-canvas"
    data-story=${context.id}
    data-theme=${theme ?? 'light'}
    data-canvas=${canvas}
    dir=${textDirection(language)}
    lang=${lang}
    style=${styleMap(tokens)}
  >
    <div class="story-width">${story()}</div>
  </main>`;
};

/** The attributes the canvas has set on each element from args, so a cleared arg removes only those. */
const appliedByCanvas = new WeakMap<Element, Set<string>>();

/** Newsroom screen widths: the small phones still common, a large phone, tablet, laptop, desktop. */
const viewportOptions = Object.fromEntries(
  (
    [
      [320, 640, 'mobile', 'Small phone'],
      [375, 740, 'mobile', 'Phone'],
      [768, 1024, 'tablet', 'Tablet'],
      [1024, 768, 'desktop', 'Laptop'],
      [1440, 900, 'desktop', 'Desktop'],
    ] as const
  ).map(([width, height, type, name]) => [
    `w${width}`,
    { name: `${name} · ${width} px`, styles: { width: `${width}px`, height: `${height}px` }, type },
  ]),
);

/**
 * A text control without a value shows a "Set string" button instead of a field; tokens start as
 * empty text (the canvas leaves an empty token unset) so their fields are there to type in.
 */
const emptyTokenFields: ArgsEnhancer = ({ argTypes, initialArgs }) =>
  Object.fromEntries(
    Object.entries(argTypes)
      .filter(([name]) => name.startsWith('--') && initialArgs[name] === undefined)
      .filter(([, argType]) => (argType.control as { type?: string } | undefined)?.type === 'text')
      .map(([name]) => [name, '']),
  );

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withStoryCanvas],
  argsEnhancers: [emptyTokenFields],
  parameters: {
    controls: { expanded: true, sort: 'none' },
    a11y: {
      test: 'error',
      context: '#storybook-root',
      options: { runOnly: { type: 'tag', values: axeTags } },
    },
    docs: {
      source: { type: 'dynamic' },
      extractArgTypes: (tag: string) => argTypesFor(storybookManifest, tag),
    },
    viewport: { options: viewportOptions },
    options: {
      storySort: { order: ['Introduction', 'Guides', 'Elements', 'Design tokens', '*'] },
    },
  },
  initialGlobals: { theme: 'light', locale: '', timeZone: '' },
  globalTypes: {
    theme: {
      description: 'Colour scheme of the elements',
      toolbar: { title: 'Theme', icon: 'contrast', dynamicTitle: true, items: ['light', 'dark', 'auto'] },
    },
    locale: {
      description: 'Language of the labels, dates and lists',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [{ value: '', title: 'The story’s own' }, ...locales.map((value) => ({ value, title: value }))],
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
          ...Object.entries(timeZones).map(([value, title]) => ({ value, title })),
        ],
      },
    },
  },
};

export default preview;
