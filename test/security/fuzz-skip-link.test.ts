import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { captureErrors, settled, visibleText } from '../support/helpers.js';
import { generatedRuns, looseText, prototypeKeys, safeStringify, watchUncaught } from './fuzz-support.js';

describe('fuzzing <skip-link> settings with malformed input', function () {
  this.timeout(60_000);

  it(`<skip-link> survives ${generatedRuns} malformed target values, and ignores locale and time-zone`, async () => {
    const errors = captureErrors();
    const uncaught = watchUncaught();
    const prototypesBefore = prototypeKeys();
    const element = document.createElement('skip-link') as unknown as HTMLElement & Record<string, unknown>;
    element.append('Slotted skip label');
    document.body.append(element);
    const settings = fc.record({
      target: fc.oneof(looseText, fc.anything({ maxDepth: 1 }), fc.constant(undefined)),
      locale: fc.oneof(looseText, fc.constant(undefined)),
      timeZone: fc.oneof(
        looseText,
        fc.constantFrom('Asia/Kuala_Lumpur', 'Mars/Olympus', 'UTC'),
        fc.constant(undefined),
      ),
      viaAttribute: fc.boolean(),
    });
    try {
      await settled(element);
      await fc.assert(
        fc.asyncProperty(settings, async ({ target, locale, timeZone, viaAttribute }) => {
          for (const name of ['target', 'locale', 'time-zone']) element.removeAttribute(name);
          Object.assign(element, { target: undefined, locale: undefined, timeZone: undefined });
          await element.updateComplete;
          errors.events.length = 0;
          const values = { target, locale, 'time-zone': timeZone };
          for (const [name, value] of Object.entries(values)) {
            if (value === undefined) continue;
            if (viaAttribute && typeof value === 'string') element.setAttribute(name, value);
            else element[name === 'time-zone' ? 'timeZone' : name] = value;
          }
          await element.updateComplete;
          const context = safeStringify({ target, locale, timeZone, viaAttribute });
          expect(uncaught.problems, context).to.deep.equal([]);
          const link = element.shadowRoot!.querySelector('a[part~="link"]');
          expect(link, context).to.exist;
          expect(link!.getAttribute('href'), context).to.match(/^#/);
          expect(visibleText(element), context).to.include('Slotted skip label');
          // It shows no date: locale and time-zone are not its settings, and never reported.
          expect(
            errors.events.filter((detail) => detail.field === 'locale' || detail.field === 'time-zone'),
            context,
          ).to.deep.equal([]);
          expect(prototypeKeys(), context).to.deep.equal(prototypesBefore);
        }),
        { numRuns: generatedRuns },
      );
      console.log(`fuzz: <skip-link> ${generatedRuns} malformed settings`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught.problems).to.deep.equal([]);
    } finally {
      element.remove();
      uncaught.stop();
      errors.restore();
    }
  });
});
