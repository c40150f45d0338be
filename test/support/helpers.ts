import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { NewsErrorDetail } from '../../src/data/index.js';
import type { NewsArticle } from '../../src/index.js';
import '../../src/define/index.js';

/** Every element in the composed tree under `root` (shadow roots included) matching `selector`. */
export function deepQueryAll<E extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): E[] {
  const found: E[] = [];
  const visit = (scope: Element | ShadowRoot | Document) => {
    for (const element of scope.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element as E);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof Element && root.matches(selector)) found.push(root as E);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

export function deepQuery<E extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): E | undefined {
  return deepQueryAll<E>(root, selector)[0];
}

/**
 * The text a reader sees, walking the flat tree: shadow roots instead of light children, slots
 * replaced by what is assigned to them (or their fallback). Whitespace is collapsed.
 */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const visit = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) {
      parts.push(current.textContent ?? '');
      return;
    }
    if (!(current instanceof Element)) {
      current.childNodes.forEach(visit);
      return;
    }
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(current.tagName)) return;
    if (current instanceof HTMLElement && current.hidden) return;
    if (current instanceof HTMLSlotElement) {
      const assigned = current.assignedNodes();
      (assigned.length > 0 ? assigned : Array.from(current.childNodes)).forEach(visit);
      return;
    }
    const block = getComputedStyle(current).display !== 'inline';
    if (block) parts.push(' ');
    (current.shadowRoot ? current.shadowRoot.childNodes : current.childNodes).forEach(visit);
    if (block) parts.push(' ');
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export interface ErrorCapture {
  events: NewsErrorDetail[];
  messages: string[];
  restore(): void;
}

/** Records `news-error` events reaching the document and `console.error` messages until `restore()`. */
export function captureErrors(): ErrorCapture {
  const events: NewsErrorDetail[] = [];
  const messages: string[] = [];
  const onError = (event: Event) => events.push((event as CustomEvent<NewsErrorDetail>).detail);
  const originalError = console.error;
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  document.addEventListener('news-error', onError);
  return {
    events,
    messages,
    restore() {
      console.error = originalError;
      document.removeEventListener('news-error', onError);
    },
  };
}

/** Waits until an element and every element in its shadow tree have finished updating. */
export async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pending = deepQueryAll(root, '*')
      .map((element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter(Boolean);
    await Promise.all(pending);
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The text of an HTML string in a document with no script: what a reader sees before upgrade. */
export async function textWithoutScript(markup: string): Promise<string> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><body>${markup}</body>`;
  frame.sandbox.add('allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const text = frame.contentDocument!.body.innerText.replace(/\s+/g, ' ').trim();
  frame.remove();
  return text;
}

/** Renders a fixture and waits until it and everything inside it have finished updating. */
export async function renderSettled<E extends Element>(template: TemplateResult): Promise<E> {
  const element = await fixture<E>(template);
  await settled(element);
  return element;
}

/** The element of the host's shadow root carrying the CSS part `name`. */
export const shadowPart = <E extends HTMLElement = HTMLElement>(host: Element, name: string): E | null =>
  host.shadowRoot!.querySelector<E>(`[part~="${name}"]`);

/** Renders a fixture and waits until it has settled; returns its `<news-article>` (the fixture or the one inside). */
export async function renderArticle(template: TemplateResult): Promise<NewsArticle> {
  const rendered = await fixture<HTMLElement>(template);
  const article = rendered.localName === 'news-article' ? rendered : rendered.querySelector('news-article')!;
  await settled(rendered);
  return article as NewsArticle;
}

/** Checked as a boolean: a failing assertion on an element would have the runner serialise the whole tree. */
export const isPresent = (element: Element | null | undefined): boolean => element !== null && element !== undefined;

/** What a reader sees of an element, or nothing when there is no element. */
export const textOf = (element: Element | null | undefined): string => (element ? visibleText(element) : '');

/** Elements matching `selector` in the trees of the elements matching `host` (shadow roots included). */
export const within = (root: Element, host: string, selector: string): HTMLElement[] =>
  deepQueryAll(root, host).flatMap((element) => deepQueryAll(element, selector));

export const timeOf = (article: NewsArticle, datetime: string): HTMLTimeElement | undefined =>
  deepQuery<HTMLTimeElement>(article, `time[datetime="${datetime}"]`);

/** Renders with bad data while recording `news-error` events, console messages and uncaught errors. */
export async function renderReporting(template: TemplateResult) {
  const uncaught: unknown[] = [];
  const onUncaught = (event: ErrorEvent | PromiseRejectionEvent) =>
    uncaught.push('error' in event ? event.error : event.reason);
  window.addEventListener('error', onUncaught);
  window.addEventListener('unhandledrejection', onUncaught);
  const errors = captureErrors();
  let article: NewsArticle;
  try {
    article = await renderArticle(template);
  } finally {
    errors.restore();
    window.removeEventListener('error', onUncaught);
    window.removeEventListener('unhandledrejection', onUncaught);
  }
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
  expect(errors.messages, 'one console message per problem').to.have.length(errors.events.length);
  expect(errors.messages.every((message) => message.includes('<news-article>'))).to.equal(true);
  return { article, fields: errors.events.map((detail) => detail.field), events: errors.events };
}

/** The rendered `h2`–`h6` of a section, from its shadow root. */
export function headingOf(section: Element): HTMLHeadingElement | null {
  return section.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6');
}
