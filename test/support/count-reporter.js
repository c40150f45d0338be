/**
 * Ends the run with a plain line, `wtr: N passed, N failed, N skipped`, that a CI log reader
 * can count (the default reporter's summary is not a line of its own).
 */
export function countReporter() {
  let line = '';
  const count = (suite, totals) => {
    for (const test of suite.tests) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite.suites) count(child, totals);
  };
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to load counts as a failure even though it ran no test.
        else if (!session.passed) totals.failed += 1;
      }
      line = `wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
    },
    getTestProgress() {
      // Empty until stop(), so the line shows once, as the run's last.
      return line ? [line] : [];
    },
  };
}
