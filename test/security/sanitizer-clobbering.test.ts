import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleSection } from '../../src/index.js';
import type { BlockData } from '../../src/data/index.js';
import { loadSanitizer } from '../../src/data/sanitize.js';
import { captureErrors, settled, visibleText } from '../support/helpers.js';

/**
 * Node properties that markup can shadow: a `<form>` exposes each named control as a property,
 * so `<form><input name=nodeName></form>` gives the form a `nodeName` that is an element. The
 * sanitiser reads these when it walks the nodes and lists what it removed.
 */
const clobberedNames = [
  'nodeName',
  'tagName',
  'localName',
  'attributes',
  'parentNode',
  'childNodes',
  'firstChild',
  'nextSibling',
  'ownerDocument',
  'nodeType',
  'namespaceURI',
  'textContent',
  'getAttribute',
  'hasAttribute',
  'removeAttribute',
  'removeChild',
  'querySelectorAll',
];

async function renderSection(blocks: BlockData[]) {
  const errors = captureErrors();
  const uncaught: string[] = [];
  const onUncaught = (event: ErrorEvent | PromiseRejectionEvent) =>
    uncaught.push(String('reason' in event ? event.reason : event.message));
  window.addEventListener('error', onUncaught);
  window.addEventListener('unhandledrejection', onUncaught);
  try {
    const element = await fixture<ArticleSection>(html`<article-section .blocks=${blocks}></article-section>`);
    await loadSanitizer();
    await settled(element);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { element, events: errors.events, uncaught };
  } finally {
    errors.restore();
    window.removeEventListener('error', onUncaught);
    window.removeEventListener('unhandledrejection', onUncaught);
  }
}

const emphasisIn = (element: ArticleSection) =>
  Array.from(element.shadowRoot!.querySelectorAll('p > em'), (emphasis) => emphasis.textContent);

describe('sanitiser: markup that shadows node properties', () => {
  for (const name of clobberedNames) {
    it(`a form control named ${name} is reported on its own field; the fields around it stay rich`, async () => {
      // Unique text per case: the sanitised markup is cached by its text.
      const { element, events, uncaught } = await renderSection([
        { type: 'paragraph', html: `Before <em>${name}</em>.` },
        { type: 'paragraph', html: `Form <form><input name="${name}"></form><b>kept</b> text.` },
        { type: 'paragraph', html: `After <em>${name}</em>.` },
      ]);
      expect(uncaught).to.deep.equal([]);
      expect(emphasisIn(element)).to.deep.equal([name, name]);
      expect(visibleText(element)).to.equal(`Before ${name}. Form kept text. After ${name}.`);
      expect(element.shadowRoot!.querySelector('p > b')!.textContent).to.equal('kept');
      expect(element.shadowRoot!.querySelectorAll('form, input').length).to.equal(0);
      expect(events.map(({ field }) => field)).to.deep.equal(['blocks[1].html']);
      expect(events[0]!.reason).to.contain('<form>');
    });
  }

  it('a field the sanitiser fails on keeps its text and is reported; the other fields stay rich', async () => {
    // Any failure, not only a known one: here listing what was removed throws. The field is
    // sanitised first, synchronously, so that nothing else meets the broken method.
    const failing = `Second <marquee>moving</marquee> <strong>plain</strong> ${Date.now()}.`;
    const sanitize = await loadSanitizer();
    const toLowerCase = String.prototype.toLowerCase;
    String.prototype.toLowerCase = function (this: string) {
      if (String(this) === 'MARQUEE') throw new TypeError('listing the removed tags failed');
      return toLowerCase.call(this);
    };
    try {
      sanitize(failing);
    } finally {
      String.prototype.toLowerCase = toLowerCase;
    }
    const { element, events, uncaught } = await renderSection([
      { type: 'paragraph', html: 'First <em>rich</em>.' },
      { type: 'paragraph', html: failing },
      { type: 'paragraph', html: 'Third <em>rich</em>.' },
    ]);
    expect(uncaught).to.deep.equal([]);
    expect(emphasisIn(element)).to.deep.equal(['rich', 'rich']);
    expect(visibleText(element)).to.match(/^First rich\. Second moving plain \d+\. Third rich\.$/);
    // (Counted, not compared with null: a failed comparison would print a node of the shadow tree.)
    expect(element.shadowRoot!.querySelectorAll('strong, marquee').length).to.equal(0);
    expect(events.map(({ field }) => field)).to.deep.equal(['blocks[1].html']);
    expect(events[0]!.reason).to.contain('listing the removed tags failed');
  });
});
