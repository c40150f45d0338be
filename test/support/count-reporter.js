/**
 * Ends the run with plain lines that a CI log reader can count (the default reporter's summary
 * is not a line of its own): one per engine, then the total, last.
 *
 *     wtr chromium: 755 passed, 0 failed, 0 skipped
 *     wtr firefox: 755 passed, 0 failed, 0 skipped
 *     wtr webkit: 755 passed, 0 failed, 0 skipped
 *     wtr: 2265 passed, 0 failed, 0 skipped
 */
export function countReporter() {
  let lines = [];
  const count = (suite, totals) => {
    for (const test of suite.tests) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite.suites) count(child, totals);
  };
  const line = (label, { passed, failed, skipped }) =>
    `${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`;
  return {
    stop({ sessions }) {
      const byEngine = new Map();
      for (const session of sessions) {
        const engine = session.browser.name.toLowerCase();
        if (!byEngine.has(engine)) byEngine.set(engine, { passed: 0, failed: 0, skipped: 0 });
        const file = { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) count(session.testResults, file);
        // A file that fails to load, or fails outside its tests, counts as one failure.
        if (!session.passed && file.failed === 0) file.failed = 1;
        const totals = byEngine.get(engine);
        for (const key of Object.keys(file)) totals[key] += file[key];
      }
      const all = { passed: 0, failed: 0, skipped: 0 };
      for (const totals of byEngine.values()) {
        for (const key of Object.keys(all)) all[key] += totals[key];
      }
      lines = [...[...byEngine].map(([engine, totals]) => line(`wtr ${engine}`, totals)), line('wtr', all)];
    },
    getTestProgress() {
      // Empty until stop(), so the lines show once, as the run's last.
      return lines;
    },
  };
}
