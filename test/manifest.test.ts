/**
 * custom-elements.json (generated from the classes' JSDoc by `npm run analyze`) is what
 * Storybook, editors and docs read: every public attribute, property, slot, part, event and CSS
 * custom property of the six elements must be in it, with a description. Checked against the
 * elements themselves, so an undocumented addition fails here.
 */
import { expect } from '@open-wc/testing';
import { html, type CSSResult, type LitElement } from 'lit';
import { elements } from '../src/elements.js';
import { seedArticle } from './support/fixtures.js';
import { deepQueryAll, renderSettled } from './support/helpers.js';

interface Documented {
  name: string;
  description?: string;
  static?: boolean;
  privacy?: string;
  kind?: string;
}

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: Documented[];
  members?: Documented[];
  slots?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  events?: Documented[];
}

const tags = elements.map((element) => element.tagName);
let declarations: Declaration[] = [];

before(async () => {
  const manifest = await (await fetch('/custom-elements.json')).json();
  declarations = manifest.modules.flatMap((module: { declarations?: Declaration[] }) => module.declarations ?? []);
});

const declarationOf = (tag: string) => declarations.find((declaration) => declaration.tagName === tag)!;
const names = (entries: Documented[] | undefined) => (entries ?? []).map((entry) => entry.name);

/** Public custom properties an element's styles read: `--news-…` and `--<tag>-…`, never our private `--_…`. */
function publicCustomProperties(element: typeof LitElement & { lightStyles?: CSSResult }): string[] {
  const sheets = [element.elementStyles ?? [], element.lightStyles ? [element.lightStyles] : []].flat();
  const text = sheets.map((sheet) => (sheet as CSSResult).cssText).join('\n');
  return [...new Set(Array.from(text.matchAll(/var\(\s*(--[a-z][a-z0-9-]*)/g), (match) => match[1]!))];
}

describe('custom-elements.json', () => {
  it('declares every element class, and only those, as a custom element with the tag it names', () => {
    const declared = declarations.filter((declaration) => declaration.tagName);
    expect(declared.map(({ name, tagName, customElement }) => ({ name, tagName, customElement }))).to.have.deep.members(
      elements.map(({ name, tagName }) => ({ name, tagName, customElement: true })),
    );
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      it('is declared with its tag name and a description', () => {
        const declaration = declarationOf(tag);
        expect(declaration, `a declaration for ${tag}`).to.exist;
        expect(declaration.description).to.be.a('string').and.have.length.above(40);
      });

      it('describes every attribute, public property, slot, part, event and custom property', () => {
        const declaration = declarationOf(tag);
        const publicMembers = (declaration.members ?? []).filter(
          (member) => !member.privacy && !member.static && member.kind === 'field',
        );
        const entries: [string, Documented[] | undefined][] = [
          ['attribute', declaration.attributes],
          ['property', publicMembers],
          ['slot', declaration.slots],
          ['part', declaration.cssParts],
          ['event', declaration.events],
          ['custom property', declaration.cssProperties],
        ];
        for (const [kind, list] of entries) {
          for (const entry of list ?? []) {
            expect(entry.description?.trim(), `${tag} ${kind} ${entry.name || '(default)'}`).to.not.be.empty;
          }
        }
        expect(names(declaration.events)).to.include('news-error');
      });

      it('lists every attribute the element observes', () => {
        const element = customElements.get(tag) as unknown as typeof LitElement;
        expect(names(declarationOf(tag).attributes)).to.include.members(element.observedAttributes);
      });

      it('lists every public custom property its styles read', () => {
        const element = customElements.get(tag) as unknown as typeof LitElement;
        const used = publicCustomProperties(element);
        expect(used.length).to.be.above(0);
        expect(names(declarationOf(tag).cssProperties)).to.include.members(used);
      });
    });
  }

  it('lists every part the elements render, with the seed article composed from JSON', async () => {
    const seed = await seedArticle();
    const article = await renderSettled<HTMLElement>(
      html`<news-article .article=${{
        ...seed,
        articleSection: 'Economy',
        description: 'A standfirst.',
        dateModified: '2025-10-24T09:30:00+08:00',
        image: { url: '/stories/assets/kuala-lumpur.svg', caption: 'A caption', credit: 'Credit' },
        author: { ...seed.author, jobTitle: 'Writer', sameAs: ['https://x.com/siti'] },
        sections: [
          ...seed.sections,
          {
            heading: 'More',
            blocks: [
              { type: 'quote', text: 'Q', cite: 'C' },
              { type: 'figure', image: '/stories/assets/kuala-lumpur.svg' },
            ],
          },
        ],
        latest: [
          { headline: 'Other', url: '/other', datePublished: '2025-10-22', image: '/stories/assets/kuala-lumpur.svg' },
        ],
      }}></news-article>
      <latest-news></latest-news>`,
    );
    const hosts = [article, ...deepQueryAll(article, tags.join(',')), ...deepQueryAll(document.body, 'latest-news')];
    for (const host of hosts) {
      const rendered = Array.from(host.shadowRoot!.querySelectorAll('[part]'), (element) =>
        element.getAttribute('part')!.split(/\s+/),
      ).flat();
      expect(names(declarationOf(host.localName).cssParts), `parts of <${host.localName}>`).to.include.members([
        ...new Set(rendered),
      ]);
    }
  });
});
