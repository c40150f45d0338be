/**
 * Behaviour every data-driven element shares, run once per element: both input modes, bad
 * input, and axe on each state. An element's test file calls these with its own spec.
 */
import { expect, fixture } from '@open-wc/testing';
import { jsonAttribute } from '../../src/index.js';
import { captureErrors, settled, textWithoutScript, visibleText } from './helpers.js';

export interface ElementSpec {
  tag: string;
  /** The attribute (and property of the same name, camel-cased) that takes JSON. */
  attribute: string;
  property: string;
  /** Valid data, and texts its rendering must show. */
  data: unknown;
  dataTexts: string[];
  /** Other valid data for the re-render check, and a text only it shows. */
  changedData: unknown;
  changedText: string;
  /** Light-DOM children for slotted mode, and texts they must show once upgraded. */
  slotted: string;
  slottedTexts: string[];
  /** Values of the attribute that are wrong, and the field each must be reported under. */
  invalid: { name: string; value: string; field: string }[];
}

async function render(spec: ElementSpec, attributeValue: string | undefined, inner = ''): Promise<HTMLElement> {
  const attribute = attributeValue === undefined ? '' : ` ${spec.attribute}='${attributeValue}'`;
  const element = await fixture<HTMLElement>(`<${spec.tag}${attribute}>${inner}</${spec.tag}>`);
  await settled(element);
  return element;
}

function expectTexts(element: HTMLElement, texts: string[]): void {
  const text = visibleText(element);
  for (const expected of texts) expect(text).to.include(expected);
}

export function runInputModeSuite(spec: ElementSpec): void {
  describe(`<${spec.tag}> input modes`, () => {
    it(`renders JSON from the ${spec.attribute} attribute`, async () => {
      const element = await render(spec, jsonAttribute(spec.data));
      expectTexts(element, spec.dataTexts);
      await expect(element).to.be.accessible();
    });

    it(`renders the same data set as the ${spec.property} property`, async () => {
      const element = await fixture<HTMLElement>(`<${spec.tag}></${spec.tag}>`);
      (element as unknown as Record<string, unknown>)[spec.property] = spec.data;
      await settled(element);
      expectTexts(element, spec.dataTexts);
    });

    it('renders slotted HTML, keeping every child in the light DOM and on screen', async () => {
      const element = await render(spec, undefined, spec.slotted);
      expectTexts(element, spec.slottedTexts);
      for (const child of element.children) {
        expect(child.assignedSlot, `<${child.localName}> is slotted`).to.not.equal(null);
        expect(child.getClientRects().length, `<${child.localName}> is laid out`).to.be.greaterThan(0);
      }
      await expect(element).to.be.accessible();
    });

    it('shows slotted content before upgrade and without JavaScript', async () => {
      const text = await textWithoutScript(`<${spec.tag}>${spec.slotted}</${spec.tag}>`);
      for (const expected of spec.slottedTexts) expect(text).to.include(expected);
    });

    it('re-renders when the attribute changes after the first render', async () => {
      const element = await render(spec, jsonAttribute(spec.data));
      element.setAttribute(spec.attribute, JSON.stringify(spec.changedData));
      await settled(element);
      expect(visibleText(element)).to.include(spec.changedText);
    });

    it('re-renders when the property changes after the first render', async () => {
      const element = await render(spec, jsonAttribute(spec.data));
      (element as unknown as Record<string, unknown>)[spec.property] = spec.changedData;
      await settled(element);
      expect(visibleText(element)).to.include(spec.changedText);
    });
  });
}

export function runBadInputSuite(spec: ElementSpec): void {
  describe(`<${spec.tag}> bad input`, () => {
    for (const bad of spec.invalid) {
      it(`reports ${bad.name} as a news-error and one console message, and keeps the slotted content`, async () => {
        const errors = captureErrors();
        let element: HTMLElement;
        try {
          element = await render(spec, bad.value.replaceAll("'", '&#39;'), spec.slotted);
        } finally {
          errors.restore();
        }
        const reported = errors.events.find((detail) => detail.field === bad.field);
        expect(reported, `a news-error for ${bad.field}`).to.exist;
        expect(reported!.element).to.equal(spec.tag);
        expect(reported!.reason).to.be.a('string').and.not.be.empty;
        expect(errors.messages).to.have.length(errors.events.length);
        expect(errors.messages.every((message) => message.includes(`<${spec.tag}>`))).to.equal(true);
        expectTexts(element, spec.slottedTexts);
        await expect(element).to.be.accessible();
      });
    }

    it('the news-error event bubbles out of shadow roots', async () => {
      const element = await fixture<HTMLElement>(`<div><${spec.tag}></${spec.tag}></div>`);
      const seen: Event[] = [];
      element.addEventListener('news-error', (event) => seen.push(event));
      const errors = captureErrors();
      try {
        element.firstElementChild!.setAttribute(spec.attribute, '{not json');
        await settled(element);
      } finally {
        errors.restore();
      }
      expect(seen).to.have.length(1);
      expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
    });
  });
}
