import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { notContent } from './light-styles.js';

/**
 * Whether the host's light DOM gives a slot content, as Shoelace's `HasSlotController` tells it:
 * read from the host's children when asked, and the host renders again when a slot's content
 * changes. A server has no children to read: there nothing is slotted. A server-rendered element
 * (its shadow root came with the page) answers as the server did until it has hydrated, so that
 * hydration finds the server's template, and then renders again with the true answer: unless the
 * host has no light-DOM content and its template did not ask `seesSlots`, for then the answers
 * are the server's and that render would change nothing.
 */
export class SlotController implements ReactiveController {
  /** Until the first update of a server-rendered element. */
  private _hydrating: boolean;
  private readonly _host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this._host = host;
    host.addController(this);
    this._hydrating = !isServer && host.shadowRoot !== null;
  }

  /** Set when the host's template asked `seesSlots` while hydrating: the answer changes after it. */
  private _askedWhileHydrating = false;

  /** False where slotted content cannot be seen (on a server, and while hydrating what it rendered). */
  get seesSlots(): boolean {
    this._askedWhileHydrating ||= this._hydrating;
    return this._sees();
  }

  private _sees(): boolean {
    return !isServer && !this._hydrating;
  }

  /** The light-DOM content the last render saw (see `contentKey`). */
  private _renderedContent?: string;

  hostUpdate(): void {
    this._renderedContent = contentKey(this._host);
  }

  hostUpdated(): void {
    if (!this._hydrating) return;
    this._hydrating = false;
    if (this._askedWhileHydrating || Array.from(this._host.childNodes).some(isMeaningful)) this._host.requestUpdate();
  }

  hostConnected(): void {
    this._host.shadowRoot?.addEventListener('slotchange', this._onSlotChange);
  }

  hostDisconnected(): void {
    this._host.shadowRoot?.removeEventListener('slotchange', this._onSlotChange);
  }

  /** True when the host gives the slot content: non-blank text or an element (`name` empty: the default slot). */
  has(name = ''): boolean {
    if (name !== '') return this.hasChild(`[slot="${name}"]`);
    return this._sees() && hasOwnContent(this._host);
  }

  /** True when a child element of the host matches `selector`, e.g. `[slot]` or `li`. */
  hasChild(selector: string): boolean {
    return this._sees() && this._host.querySelector(`:scope > ${selector}`) !== null;
  }

  // A slot change that leaves the content as the last render saw it (the JSON-LD `<script>`
  // `<news-article>` adds to its light DOM, say) would render the same again.
  private readonly _onSlotChange = (): void => {
    if (contentKey(this._host) !== this._renderedContent) this._host.requestUpdate();
  };
}

const isMeaningful = (node: Node): boolean =>
  (node.nodeType === Node.ELEMENT_NODE && !notContent.has((node as Element).localName)) ||
  (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');

/** What a template can ask of the host's light DOM: each content child's tag and slot. */
function contentKey(host: HTMLElement): string {
  let key = '';
  for (const node of host.childNodes) {
    if (isMeaningful(node)) key += node instanceof Element ? `<${node.localName} ${node.getAttribute('slot')}>` : '#';
  }
  return key;
}

/** Light-DOM content meant for the default slot (named-slot children don't count). */
export function hasOwnContent(host: HTMLElement): boolean {
  return Array.from(host.childNodes).some(
    // `slot=""` is the default slot too.
    (node) => isMeaningful(node) && !(node instanceof Element && node.getAttribute('slot')),
  );
}
