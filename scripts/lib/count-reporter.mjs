import { mkdirSync, writeFileSync } from 'node:fs';

/**
 * A web-test-runner reporter that only counts: passed, failed and skipped tests over every
 * session, with a test file that failed to load counted as one failure. scripts/test.mjs reads
 * the file to print the closing line that sums every runner.
 */
export function countReporter({ outputFile }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const visit = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites ?? []) visit(child);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        if ((session.errors?.length ?? 0) > 0 && !session.passed) counts.failed += session.errors.length;
        if (!session.testResults && !session.passed && (session.errors?.length ?? 0) === 0) counts.failed++;
      }
      mkdirSync(new URL('.', `file://${outputFile}`).pathname, { recursive: true });
      writeFileSync(outputFile, `${JSON.stringify(counts)}\n`);
    },
  };
}
