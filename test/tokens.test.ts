/**
 * The Design Tokens document (`dist/tokens.json`, made from src/shared/tokens.ts) states the
 * defaults the browser computes, in light and in dark. Each token is compared where the
 * elements keep it: the value of its private property (`--_sys-color-text`) applied to a probe
 * beside a probe given the document's value, resolved through its aliases; a token read where it
 * applies (the body's measure, the skip link's stacking order) on the element it sizes. A
 * reference colour is checked through the system colours made from it. test/node/tokens.test.mjs
 * checks the CSS text against the table and the document's format.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { designTokens, extensionKey, type DesignToken, type DesignTokenGroup } from '../src/shared/tokens-format.js';
import { customPropertyOf, privatePropertyOf, tierOf, tokens, type TokenDefinition } from '../src/shared/tokens.js';
import { demoArticle } from './support/fixtures.js';
import { settled } from './support/helpers.js';

type Scheme = 'light' | 'dark';

const document_ = designTokens();
const nodeAt = (path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as DesignTokenGroup | undefined)?.[key], document_) as
    DesignToken | DesignTokenGroup | undefined;

const aliasPattern = /^\{([^{}]+)\}$/;

/** The document's value of a token in a scheme as CSS, following aliases; records the paths it passes. */
function documentCss(path: string, scheme: Scheme, passed: Set<string>): string {
  passed.add(path);
  const node = nodeAt(path)!;
  const own = (node.$extensions as Record<string, Record<string, unknown>> | undefined)?.[extensionKey];
  if (typeof own?.css === 'string') return own.css;
  if (Array.isArray(own?.shorthand))
    return own.shorthand.map((side: string) => documentCss(`${path}.${side}`, scheme, passed)).join(' ');
  const token = node as DesignToken;
  const modes = token.$extensions?.mode as Record<Scheme, string> | undefined;
  const value = modes?.[scheme] ?? token.$value;
  const target = typeof value === 'string' ? aliasPattern.exec(value)?.[1] : undefined;
  if (target) return documentCss(target, scheme, passed);
  if (Array.isArray(value)) return value.map((family) => (/\s/.test(family) ? `'${family}'` : family)).join(', ');
  return String(value);
}

/** The CSS property a probe shows a token of the type on. */
function probedProperty(token: TokenDefinition): string[] {
  if (token.type === 'color') return ['color'];
  if (token.type === 'fontFamily') return ['font-family'];
  if (token.type === 'number') return ['line-height'];
  if (Array.isArray(token.value)) return ['padding-top', 'padding-right', 'padding-bottom', 'padding-left'];
  return ['width'];
}

/** Computed values of the properties on a probe added to `parent` with the given declarations. */
function probe(parent: Element | ShadowRoot, properties: string[], value: string): string[] {
  const element = document.createElement('div');
  for (const property of properties)
    element.style.setProperty(property.replace(/-(top|right|bottom|left)$/, ''), value);
  parent.append(element);
  const style = getComputedStyle(element);
  const computed = properties.map((property) => style.getPropertyValue(property));
  element.remove();
  return computed;
}

/** Probes beside a real element of the given class: same parent, same rules, one declaration more. */
function besideClone(original: HTMLElement, property: string, value: string): string {
  const clone = original.cloneNode(false) as HTMLElement;
  clone.style.setProperty(property, value);
  original.after(clone);
  const computed = getComputedStyle(clone).getPropertyValue(property);
  clone.remove();
  return computed;
}

interface Rendered {
  article: HTMLElement;
  skipLink: HTMLElement;
}

async function render(scheme: Scheme): Promise<Rendered> {
  const area = await fixture<HTMLElement>(html`<div style="width: 75em">
    <news-article theme=${scheme} .article=${await demoArticle()}></news-article>
    <skip-link theme=${scheme}></skip-link>
  </div>`);
  const [article, skipLink] = [area.querySelector('news-article')!, area.querySelector('skip-link')!];
  await Promise.all([settled(article), settled(skipLink)]);
  return { article, skipLink };
}

/** Where an element keeps a token: the root its host declares them on, or the wrapper of an element rendered from JSON. */
function scopeOf(token: TokenDefinition, { article, skipLink }: Rendered): Element | ShadowRoot {
  if (token.path.startsWith('skip-link.')) return skipLink.shadowRoot!;
  const owner = tierOf(token) === 'component' ? token.path.split('.')[0] : 'news-article';
  return owner === 'news-article' ? article.shadowRoot! : article.shadowRoot!.querySelector(`.${owner}`)!;
}

/**
 * Tokens the styles read where they apply, without a private property: the computed value
 * there, and the same element's with the document's value.
 */
const readWhereTheyApply: Record<string, (rendered: Rendered, value: string) => [string, string]> = {
  'news.sys.font.size': ({ article }, value) => [
    getComputedStyle(article).fontSize,
    probe(article.parentElement!, ['font-size'], value)[0]!,
  ],
  'news-article.text-measure': ({ article }, value) => {
    const body = article.shadowRoot!.querySelector<HTMLElement>('.body')!;
    return [getComputedStyle(body).maxWidth, besideClone(body, 'max-width', value)];
  },
  'article-section.font-size': ({ article }, value) => {
    const body = article.shadowRoot!.querySelector<HTMLElement>('.body')!;
    return [getComputedStyle(body).fontSize, besideClone(body, 'font-size', value)];
  },
  'article-section.heading-size': ({ article }, value) => {
    const heading = article.shadowRoot!.querySelector<HTMLElement>('h2.heading')!;
    return [getComputedStyle(heading).fontSize, besideClone(heading, 'font-size', value)];
  },
  'skip-link.z-index': ({ skipLink }, value) => [getComputedStyle(skipLink).zIndex, value],
};

/** Read only while `src` loads, by the loader's own sheet: its CSS text is checked in Node. */
const checkedInSourceOnly = new Set(['news.loading.min-height']);

for (const scheme of ['light', 'dark'] as const) {
  describe(`tokens.json and the CSS defaults, ${scheme}`, () => {
    it('gives every token the value the browser computes for it', async () => {
      const rendered = await render(scheme);
      const passed = new Set<string>();
      const mismatches: string[] = [];
      const unchecked: string[] = [];
      for (const token of tokens) {
        if (checkedInSourceOnly.has(token.path)) continue;
        if (tierOf(token) === 'reference' && token.type === 'color') continue;
        const expected = documentCss(token.path, scheme, passed);
        const name = customPropertyOf(token.path);
        const scope = scopeOf(token, rendered);
        const twin = privatePropertyOf(token.path);
        const host = scope instanceof ShadowRoot ? scope.host : scope;
        let actual: string[];
        let wanted: string[];
        if (getComputedStyle(host).getPropertyValue(twin).trim()) {
          const properties = probedProperty(token);
          actual = probe(scope, properties, `var(${twin})`);
          wanted = probe(scope, properties, expected);
        } else if (readWhereTheyApply[token.path]) {
          [actual, wanted] = readWhereTheyApply[token.path]!(rendered, expected).map((value) => [value]) as [
            string[],
            string[],
          ];
        } else {
          unchecked.push(name);
          continue;
        }
        if (wanted.some((value) => !value)) mismatches.push(`${name}: ${expected} is not a value of its property`);
        else if (actual.join(' ') !== wanted.join(' '))
          mismatches.push(`${name}: computed ${actual.join(' ')}, tokens.json ${expected} (${wanted.join(' ')})`);
      }
      expect(unchecked, 'tokens with no private property and no place to read them').to.deep.equal([]);
      expect(mismatches).to.deep.equal([]);
    });
  });
}

describe('tokens.json and the CSS defaults, both schemes', () => {
  it('checks every reference colour through a system colour made from it, in one scheme or the other', () => {
    const passed = new Set<string>();
    for (const scheme of ['light', 'dark'] as const)
      for (const token of tokens) documentCss(token.path, scheme, passed);
    const referenceColours = tokens.filter((token) => tierOf(token) === 'reference' && token.type === 'color');
    expect(referenceColours.filter((token) => !passed.has(token.path)).map((token) => token.path)).to.deep.equal([]);
  });
});
