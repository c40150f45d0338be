import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Slotted boxes that scroll sideways rather than widen the page (see bodyContentLightCss). */
const scrollers = ':scope > :not([slot]) :is(table, pre), :scope > :is(table, pre)';

/**
 * A slotted table or code block wider than the column scrolls in its own box; a reader on a
 * keyboard can scroll it only once it takes focus. While it overflows it gets `tabindex="0"`,
 * which is taken away again when it fits (a `tabindex` the page wrote itself is left alone).
 * Nothing is moved or wrapped: the page's markup stays as it was.
 */
export class ScrollFocusController implements ReactiveController {
  private observer?: ResizeObserver;
  /** The boxes this controller made focusable. */
  private readonly madeFocusable = new WeakSet<Element>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // The host's size changes when its column does and when content is slotted: the two things
    // that make a box overflow.
    // eslint-disable-next-line no-restricted-globals -- in a browser only: made when a connected element loads its chunk.
    this.observer ??= new ResizeObserver(() => this.update());
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private update(): void {
    for (const box of this.host.querySelectorAll(scrollers)) {
      const overflows = box.scrollWidth > box.clientWidth + 1;
      if (overflows && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
        this.madeFocusable.add(box);
      } else if (!overflows && this.madeFocusable.has(box)) {
        box.removeAttribute('tabindex');
        this.madeFocusable.delete(box);
      }
    }
  }
}
