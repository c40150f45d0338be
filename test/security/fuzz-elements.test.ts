/**
 * Property-based fuzzing of every element's inputs with malformed data: invalid JSON, wrong
 * types, hostile keys, missing fields, arrays for objects, deep nesting and huge strings. The
 * page must never see an exception, bad input must be reported, the element must still render
 * (its slotted content included), and nothing may reach `Object.prototype`.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { NewsErrorDetail } from '../../src/data/index.js';
import { captureErrors, deepQueryAll, settled, visibleText, type ErrorCapture } from '../support/helpers.js';
import {
  asParsed,
  casesFor,
  generatedRuns,
  hugeCases,
  invalidJsonMarker,
  prototypeKeys,
  safeStringify,
  targets,
  watchUncaught,
  type FuzzCase,
  type FuzzTarget,
} from './fuzz-support.js';

/** Waits for the element and the elements its template made (three levels deep at most). */
async function updated(element: HTMLElement): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(
      deepQueryAll(element, '*').map(
        (inner) => (inner as Partial<{ updateComplete: Promise<unknown> }>).updateComplete,
      ),
    );
  }
}

const describeCase = (fuzzCase: FuzzCase) => {
  const shown = typeof fuzzCase.value === 'string' ? fuzzCase.value : safeStringify(fuzzCase.value);
  return `${fuzzCase.kind} ${fuzzCase.viaAttribute ? 'attribute' : 'property'} ${shown.slice(0, 200)}`;
};

interface Harness {
  element: HTMLElement;
  slottedNode: Node;
  errors: ErrorCapture;
  uncaught: ReturnType<typeof watchUncaught>;
}

async function mount(target: FuzzTarget): Promise<Harness> {
  const errors = captureErrors();
  const uncaught = watchUncaught();
  const element = document.createElement(target.tag);
  const slottedNode = target.slotted();
  element.append(slottedNode);
  document.body.append(element);
  await settled(element);
  return { element, slottedNode, errors, uncaught };
}

function unmount(harness: Harness): void {
  harness.element.remove();
  harness.uncaught.stop();
  harness.errors.restore();
}

/** Renders one case on the reused element and checks everything the page relies on. */
async function checkCase(
  target: FuzzTarget,
  harness: Harness,
  fuzzCase: FuzzCase,
  prototypesBefore: string[],
): Promise<void> {
  const { element, slottedNode, errors, uncaught } = harness;
  const properties = element as unknown as Record<string, unknown>;
  // Back to no data first, so that a value equal to the last one still updates.
  element.removeAttribute(target.attribute);
  properties[target.property] = undefined;
  await updated(element);
  errors.events.length = 0;

  const viaAttribute = fuzzCase.viaAttribute && typeof fuzzCase.value === 'string';
  if (viaAttribute) element.setAttribute(target.attribute, fuzzCase.value as string);
  else properties[target.property] = fuzzCase.value;
  try {
    await updated(element);
  } catch (error) {
    throw new Error(`the update threw (${String(error)}) for ${describeCase(fuzzCase)}`, { cause: error });
  }

  const context = describeCase(fuzzCase);
  expect(uncaught.problems, context).to.deep.equal([]);
  const data = asParsed(fuzzCase.value);
  const reportedAtTop = (detail: NewsErrorDetail) => detail.element === target.tag && detail.field === target.attribute;
  const mustReport = data === invalidJsonMarker || target.wrongTopLevel(data);
  if (mustReport)
    expect(errors.events.some(reportedAtTop), `a news-error for ${target.attribute}: ${context}`).to.equal(true);
  if (fuzzCase.kind === 'deep' && target.limitsDepth) {
    expect(
      errors.events.some((detail) => detail.reason.includes('deeper')),
      `the depth limit is reported: ${context}`,
    ).to.equal(true);
  }
  expect(element.shadowRoot!.childElementCount, `something rendered: ${context}`).to.be.greaterThan(0);
  expect(slottedNode.parentNode, `slotted content stays: ${context}`).to.equal(element);
  expect(slottedNode.textContent).to.include(target.slottedText);
  if (mustReport) expect(visibleText(element), `slotted content shows: ${context}`).to.include(target.slottedText);
  expect(prototypeKeys(), `prototypes unchanged: ${context}`).to.deep.equal(prototypesBefore);
  expect(({} as Record<string, unknown>).polluted, context).to.equal(undefined);
}

const hugeRuns = 15;

describe('fuzzing with malformed input', function () {
  this.timeout(60_000);

  for (const target of targets) {
    it(`<${target.tag}> survives ${generatedRuns} malformed ${target.attribute} values`, async () => {
      const harness = await mount(target);
      const prototypesBefore = prototypeKeys();
      try {
        let runs = 0;
        await fc.assert(
          fc.asyncProperty(casesFor(target), (fuzzCase) => {
            runs += 1;
            return checkCase(target, harness, fuzzCase, prototypesBefore);
          }),
          { numRuns: generatedRuns },
        );
        console.log(`fuzz: <${target.tag}> ${runs} malformed ${target.attribute} values`);
        expect(runs).to.be.at.least(generatedRuns);
        // Unhandled rejections are reported on a later turn of the event loop than the update that caused them.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(harness.uncaught.problems).to.deep.equal([]);
      } finally {
        unmount(harness);
      }
    });

    it(`<${target.tag}> survives huge strings in ${target.attribute}`, async () => {
      const harness = await mount(target);
      const prototypesBefore = prototypeKeys();
      try {
        await fc.assert(
          fc.asyncProperty(hugeCases(target), (fuzzCase) => checkCase(target, harness, fuzzCase, prototypesBefore)),
          { numRuns: hugeRuns },
        );
      } finally {
        unmount(harness);
      }
    });
  }
});
