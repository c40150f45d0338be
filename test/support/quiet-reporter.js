/**
 * Quiet when green: prints the details of a test file (failed tests with their assertions, the
 * browser logs, the requests that found nothing) only when it failed in some engine, no progress
 * bars, and one line of coverage at the end.
 */
import { defaultReporter } from '@web/test-runner';

const coverageTypes = ['statements', 'branches', 'functions', 'lines'];

export function quietReporter() {
  const details = defaultReporter({ reportTestProgress: false });
  let threshold = {};
  let lines = [];
  return {
    start(args) {
      threshold = args.config.coverageConfig?.threshold ?? {};
      details.start(args);
    },
    reportTestFileResults(args) {
      if (args.sessionsForTestFile.some((session) => !session.passed)) details.reportTestFileResults(args);
    },
    stop({ testCoverage }) {
      if (!testCoverage) return;
      const { summary } = testCoverage;
      lines = [`Code coverage: ${coverageTypes.map((type) => `${type} ${summary[type].pct} %`).join(', ')}`];
      for (const type of coverageTypes) {
        if (summary[type].pct < (threshold[type] ?? 0)) {
          lines.push(`Coverage of ${type} is ${summary[type].pct} %, under the threshold of ${threshold[type]} %.`);
        }
      }
    },
    getTestProgress() {
      return lines;
    },
  };
}
