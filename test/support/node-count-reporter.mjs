/**
 * A reporter for Node's test runner that ends the run with a plain line a CI log reader can
 * count, `node: N passed, N failed, N skipped`, like count-reporter.js does for web-test-runner.
 *
 * Use it next to a human-readable reporter (see the `test:node` script of package.json):
 *   node --test --test-reporter=spec --test-reporter-destination=stdout \
 *     --test-reporter=./test/support/node-count-reporter.mjs --test-reporter-destination=stdout test/node/
 *
 * Only leaf tests count: not `describe` suites, nor tests made of subtests. A file that fails
 * to load is reported as one failed test of its own, and counts as one failure. Skipped and
 * todo tests count as skipped.
 */
export default async function* nodeCountReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  // Nesting of the last finished test per file: a test finishes after its subtests, so one that
  // follows a deeper test is a parent.
  const lastNesting = new Map();
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    const file = data.file ?? '';
    const previous = lastNesting.get(file);
    lastNesting.set(file, data.nesting);
    const isParent = previous !== undefined && previous > data.nesting;
    if (data.details?.type === 'suite' || isParent) continue;
    if (data.skip || data.todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else totals.failed += 1;
  }
  yield `node: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
}
