import { expect, html } from '@open-wc/testing';
import * as library from '../src/index.js';
import { NewsElement } from '../src/shared/news-element.js';
import { defineElements, defineWithDependencies, type ElementClass } from '../src/shared/define.js';
import { version } from '../src/version.js';
import { seedArticle } from './support/fixtures.js';
import { deepQueryAll, renderSettled } from './support/helpers.js';

const allTags = library.elements.map((element) => element.tagName).sort();

/** An element's tag with those of the elements its template renders, recursively: what its entry defines. */
function tagsWithDependencies(element: ElementClass): string[] {
  const tags = new Set<string>();
  const add = (each: ElementClass) => {
    tags.add(each.tagName);
    each.dependencies?.forEach(add);
  };
  add(element);
  return [...tags].sort();
}

/** An element class as a given release of the library would declare it. */
function release(releaseVersion?: string): CustomElementConstructor & { version?: string } {
  return class extends HTMLElement {
    static version = releaseVersion;
  };
}

/** Records `console.warn` calls until `restore()`. */
function captureWarnings(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** Runs `action` with `console.warn` recorded, and returns what was warned. */
function warningsOf(action: () => void): string[] {
  const warnings = captureWarnings();
  try {
    action();
  } finally {
    warnings.restore();
  }
  return warnings.messages;
}

let tagCount = 0;
/** A tag name no other test uses, so the page-wide registry and warning memory start clean for it. */
const freshTag = (name: string) => `define-test-${name}-${(tagCount += 1)}`;

describe('defineElements', () => {
  it('defines a tag that is not yet defined, silently', async () => {
    const tag = freshTag('new');
    const Element = release('1.0.0');
    const warnings = warningsOf(() => defineElements({ [tag]: Element }));
    expect(customElements.get(tag)).to.equal(Element);
    expect(document.createElement(tag)).to.be.instanceOf(Element);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first definition of a tag defined by another class, with one warning naming the tag and both versions', () => {
    const tag = freshTag('conflict');
    const First = release('1.0.0');
    const Second = release('2.0.0');
    defineElements({ [tag]: First });
    const warnings = warningsOf(() => expect(() => defineElements({ [tag]: Second })).to.not.throw());
    expect(customElements.get(tag)).to.equal(First);
    expect(document.createElement(tag)).to.be.instanceOf(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`<${tag}>`).and.include('1.0.0').and.include('2.0.0');
    // The kept version is named as the one defined, the other as the one ignored.
    expect(warnings[0]!.indexOf('1.0.0')).to.be.lessThan(warnings[0]!.indexOf('2.0.0'));
  });

  it('does not warn again about the same conflict', () => {
    const tag = freshTag('repeat');
    const First = release('1.0.0');
    const Second = release('2.0.0');
    defineElements({ [tag]: First });
    expect(warningsOf(() => defineElements({ [tag]: Second }))).to.have.length(1);
    expect(warningsOf(() => defineElements({ [tag]: Second }))).to.deep.equal([]);
    expect(warningsOf(() => defineElements({ [tag]: release('2.0.0') }))).to.deep.equal([]);
  });

  it('warns about a conflict with a different version of the same tag', () => {
    const tag = freshTag('versions');
    defineElements({ [tag]: release('1.0.0') });
    expect(warningsOf(() => defineElements({ [tag]: release('2.0.0') }))).to.have.length(1);
    const warnings = warningsOf(() => defineElements({ [tag]: release('3.0.0') }));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('3.0.0');
  });

  it('is silent when the same class is defined again', () => {
    const tag = freshTag('same');
    const Element = release('1.0.0');
    defineElements({ [tag]: Element });
    const warnings = warningsOf(() => expect(() => defineElements({ [tag]: Element })).to.not.throw());
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('gives one warning naming every conflicting tag of a batch, and still defines the new ones', () => {
    const [first, second, third, fresh] = [freshTag('batch'), freshTag('batch'), freshTag('batch'), freshTag('batch')];
    defineElements({ [first]: release('1.0.0'), [second]: release('1.0.0'), [third]: release('1.0.0') });
    const Fresh = release('2.0.0');
    const warnings = warningsOf(() =>
      defineElements({
        [first]: release('2.0.0'),
        [second]: release('2.0.0'),
        [fresh]: Fresh,
        [third]: release('2.0.0'),
      }),
    );
    expect(warnings).to.have.length(1);
    for (const tag of [first, second, third]) expect(warnings[0]).to.include(`<${tag}>`);
    expect(warnings[0]).to.not.include(`<${fresh}>`);
    expect(customElements.get(fresh)).to.equal(Fresh);
  });

  it('names the right versions when the tags of one batch conflict with different releases', () => {
    const [older, newer, known] = [freshTag('older'), freshTag('newer'), freshTag('known')];
    defineElements({ [older]: release('1.0.0'), [newer]: release('2.0.0'), [known]: release('2.5.0') });
    // This conflict is already reported, so the next batch must not reuse its versions.
    warningsOf(() => defineElements({ [known]: release('3.0.0') }));

    const warnings = warningsOf(() =>
      defineElements({ [older]: release('3.0.0'), [newer]: release('3.0.0'), [known]: release('3.0.0') }),
    );
    expect(warnings).to.have.length(1);
    const [message] = warnings as [string];
    expect(message).to.include('1.0.0').and.include('2.0.0').and.include('3.0.0');
    expect(message).to.not.include('2.5.0');
    expect(message).to.not.include(`<${known}>`);
    // Each tag is named next to the release that defined it.
    expect(message.indexOf(`<${older}>`)).to.be.lessThan(message.indexOf('1.0.0'));
    expect(message.indexOf(`<${newer}>`)).to.be.lessThan(message.indexOf('2.0.0'));
    expect(message.indexOf('1.0.0')).to.be.lessThan(message.indexOf(`<${newer}>`));
  });

  it('names a release without a version as unknown', () => {
    const tag = freshTag('unversioned');
    defineElements({ [tag]: release() });
    const warnings = warningsOf(() => defineElements({ [tag]: release('2.0.0') }));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('unknown').and.include('2.0.0');
  });
});

describe('defineWithDependencies', () => {
  /** An element class naming its tag and dependencies, as a given release would declare it. */
  function element(tagName: string, elementVersion: string, dependencies: ElementClass[] = []): ElementClass {
    return class extends HTMLElement {
      static tagName = tagName;
      static version = elementVersion;
      static dependencies = dependencies;
    };
  }

  it('defines the class under its own tag, with its dependencies and theirs, silently', () => {
    const [outer, middle, inner] = [freshTag('outer'), freshTag('middle'), freshTag('inner')];
    const Inner = element(inner, '1.0.0');
    const Middle = element(middle, '1.0.0', [Inner]);
    const Outer = element(outer, '1.0.0', [Middle, Inner]);
    const warnings = warningsOf(() => defineWithDependencies(Outer));
    expect([outer, middle, inner].map((tag) => customElements.get(tag))).to.deep.equal([Outer, Middle, Inner]);
    expect(warnings).to.deep.equal([]);
  });

  it('defines a shared dependency once, and is silent when called again', () => {
    const [first, second, shared] = [freshTag('first'), freshTag('second'), freshTag('shared')];
    const Shared = element(shared, '1.0.0');
    const First = element(first, '1.0.0', [Shared]);
    const Second = element(second, '1.0.0', [Shared]);
    const warnings = warningsOf(() => {
      expect(() => defineWithDependencies(First, Second)).to.not.throw();
      expect(() => defineWithDependencies(Second)).to.not.throw();
    });
    expect(customElements.get(shared)).to.equal(Shared);
    expect(customElements.get(second)).to.equal(Second);
    expect(warnings).to.deep.equal([]);
  });

  it('gives one warning for another release of a class and its dependencies, keeping the first definitions', () => {
    const [outer, inner] = [freshTag('outer'), freshTag('inner')];
    const Inner = element(inner, '1.0.0');
    const Outer = element(outer, '1.0.0', [Inner]);
    defineWithDependencies(Outer);
    const warnings = warningsOf(() =>
      expect(() => defineWithDependencies(element(outer, '2.0.0', [element(inner, '2.0.0')]))).to.not.throw(),
    );
    expect(customElements.get(outer)).to.equal(Outer);
    expect(customElements.get(inner)).to.equal(Inner);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`<${outer}>`).and.include(`<${inner}>`).and.include('1.0.0').and.include('2.0.0');
  });
});

describe('library entry points', () => {
  it('lists every element class the index exports, each once, and registers each under its tag', () => {
    const exportedClasses = Object.values(library).filter(
      (value) => typeof value === 'function' && value.prototype instanceof NewsElement,
    );
    expect(exportedClasses).to.have.length(6);
    expect(library.elements).to.have.members(exportedClasses);
    expect(allTags).to.have.length(new Set(allTags).size);
    for (const element of library.elements) expect(customElements.get(element.tagName)).to.equal(element);
  });

  it('lists as dependencies of each element exactly the elements its template renders', async () => {
    const latest = [{ headline: 'Other', url: '/other', datePublished: '2025-10-22' }];
    const page = await renderSettled<HTMLElement>(
      html`<div>
        <news-article .article=${{ ...(await seedArticle()), latest }}></news-article>
        <article-section .blocks=${[{ type: 'list', items: ['One'] }]}></article-section>
        <author-card .author=${{ name: 'Ana' }}></author-card>
        <latest-news .items=${latest}></latest-news>
      </div>`,
    );
    // What the instances of each element render, together: one section may have no list, another one.
    const renderedBy = new Map<ElementClass, Set<string>>();
    for (const host of deepQueryAll(page, allTags.join(','))) {
      const rendered = renderedBy.get(host.constructor as ElementClass) ?? new Set<string>();
      for (const element of host.shadowRoot!.querySelectorAll(allTags.join(','))) rendered.add(element.localName);
      renderedBy.set(host.constructor as ElementClass, rendered);
    }
    // The seed with a latest story, beside each element alone, renders every element, so no
    // dependency list goes unchecked.
    expect([...renderedBy.keys()]).to.have.members([...library.elements]);
    for (const [element, rendered] of renderedBy) {
      const declared = (element.dependencies ?? []).map((dependency) => dependency.tagName);
      // The article renders the templates of these from JSON, and registers them for slotted HTML.
      const templatesRendered =
        element === library.NewsArticle ? ['article-section', 'author-card', 'latest-news'] : [];
      expect([...rendered, ...templatesRendered], `elements rendered by <${element.tagName}>`).to.have.members(
        declared,
      );
    }
  });

  it('carries the version of package.json, which a conflict warning names', async () => {
    const packageJson = (await (await fetch('/package.json')).json()) as { version: string };
    expect(version).to.equal(packageJson.version);
    expect(library.version).to.equal(packageJson.version);
    expect(NewsElement.version).to.equal(packageJson.version);
    expect((library.SkipLink as unknown as { version: string }).version).to.equal(packageJson.version);
  });

  /** Loads modules into a page of their own, and returns which of our tags are then defined and what was warned. */
  async function loadInCleanPage(modules: string[]): Promise<{ defined: string[]; warnings: string[] }> {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = '<!doctype html><body></body>';
    document.body.append(frame);
    try {
      await loaded;
      const frameWindow = frame.contentWindow as Window & typeof globalThis;
      const warnings: string[] = [];
      frameWindow.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      for (const module of modules) {
        const script = frameWindow.document.createElement('script');
        script.type = 'module';
        script.src = module;
        await new Promise<void>((resolve, reject) => {
          script.addEventListener('load', () => resolve(), { once: true });
          script.addEventListener('error', () => reject(new Error(`${module} did not load`)), { once: true });
          frameWindow.document.body.append(script);
        });
      }
      return {
        defined: allTags.filter((tag) => frameWindow.customElements.get(tag) !== undefined),
        warnings: warnings.filter((message) => message.startsWith('news-elements')),
      };
    } finally {
      frame.remove();
    }
  }

  it('the package index defines no tag', async () => {
    const { defined } = await loadInCleanPage(['/src/index.ts']);
    expect(defined).to.deep.equal([]);
  });

  it('a clean page can tell that a loaded module defines tags', async () => {
    // Guards the check above: the same loader does see definitions.
    const { defined } = await loadInCleanPage(['/src/index.ts', '/src/define/bullet-list.ts']);
    expect(defined).to.deep.equal(['bullet-list']);
  });

  const expectedByEntry: Record<string, string[]> = {
    ...Object.fromEntries(library.elements.map((element) => [element.tagName, tagsWithDependencies(element)])),
    index: allTags,
  };
  for (const [entry, expected] of Object.entries(expectedByEntry)) {
    it(`define/${entry} registers ${expected.length === allTags.length ? 'all six tags' : expected.join(' and ')}`, async () => {
      const { defined, warnings } = await loadInCleanPage([`/src/define/${entry}.ts`]);
      expect(defined).to.deep.equal(expected);
      expect(warnings).to.deep.equal([]);
    });
  }

  it('the bundle defines all six tags, and loading every entry besides is silent', async () => {
    const entries = Object.keys(expectedByEntry).map((entry) => `/src/define/${entry}.ts`);
    const { defined, warnings } = await loadInCleanPage(['/src/news-elements.ts', ...entries, '/src/index.ts']);
    expect(defined).to.deep.equal(allTags);
    expect(warnings).to.deep.equal([]);
  });
});
