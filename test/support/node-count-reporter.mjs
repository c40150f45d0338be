/**
 * The reporter of the Node tests (the `test:node` and `test:release` scripts of package.json): quiet
 * when green, it ends the run with a plain line a CI log reader can count,
 * `node: N passed, N failed, N skipped` (`release: …` for test:release), like count-reporter.js does
 * for web-test-runner. Before
 * that line, each failed test is printed with its file, its name and its error in full, followed
 * by whatever the test files wrote to stdout and stderr.
 *
 *   node --test --test-reporter=./test/support/node-count-reporter.mjs test/node/
 *
 * Only leaf tests count: not `describe` suites, nor tests made of subtests. A file that fails
 * to load is reported as one failed test of its own, and counts as one failure. Skipped and
 * todo tests count as skipped.
 */
import { relative } from 'node:path';
import { inspect } from 'node:util';

/** `test:node` → `node`, `test:release` → `release`: the summary line names the suite. */
const suite = (process.env.npm_lifecycle_event ?? 'test:node').replace(/^test:/, '');

export default async function* nodeCountReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  const written = [];
  // Nesting of the last finished test per file: a test finishes after its subtests, so one that
  // follows a deeper test is a parent.
  const lastNesting = new Map();
  for await (const event of source) {
    if (event.type === 'test:stdout' || event.type === 'test:stderr') {
      written.push(event.data.message);
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    const file = data.file ?? '';
    const previous = lastNesting.get(file);
    lastNesting.set(file, data.nesting);
    const isParent = previous !== undefined && previous > data.nesting;
    if (data.details?.type === 'suite' || isParent) continue;
    if (data.skip || data.todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else {
      totals.failed += 1;
      const error = data.details?.error;
      failures.push(
        `✗ ${file ? `${relative(process.cwd(), file)} › ` : ''}${data.name}\n` +
          `${inspect(error?.cause ?? error, { depth: 4 }).replace(/^/gm, '    ')}\n`,
      );
    }
  }
  if (totals.failed > 0) {
    yield failures.join('\n');
    if (written.length > 0) yield `\noutput of the test files:\n${written.join('')}`;
  }
  yield `${suite}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
}
