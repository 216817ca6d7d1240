/**
 * `.ci/run`'s last line, `N passed, M failed`, from vitest's JSON report and its exit status:
 *
 *   node scripts/test-summary.ts <report.json> <vitest's exit status>
 *
 * Prints that one line and exits 1 when anything failed. Only a test that ran and passed is
 * counted as passed. A skipped or todo test is a failure (CI installs what every test needs,
 * so a skip means something is missing), and so is a file that failed with no failing test of
 * its own (it could not be loaded, or a hook after its tests threw). A run that vitest failed
 * with nothing failing in the report (the test site's global setup, an unhandled error) and a
 * report that is missing or unreadable (vitest crashed) are one failure each: the line never
 * says "0 failed" of a run that failed.
 */
import { readFileSync } from 'node:fs';

/** The parts of vitest's JSON report (its `json` reporter) that are counted. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  /** Skipped tests, and tests still running or queued when the report was written. */
  numPendingTests: number;
  numTodoTests: number;
  testResults: { status: string; assertionResults: { status: string }[] }[];
}

interface Summary {
  passed: number;
  failed: number;
}

/** The counts of a run: `report` is undefined when vitest wrote none that could be read. */
export function summarize(report: VitestReport | undefined, exitStatus: number): Summary {
  if (report === undefined) return { passed: 0, failed: 1 };
  const failedFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.every((test) => test.status === 'passed'),
  ).length;
  const failed = report.numFailedTests + report.numPendingTests + report.numTodoTests + failedFiles;
  return { passed: report.numPassedTests, failed: failed === 0 && exitStatus !== 0 ? 1 : failed };
}

/** The report at `file`, or undefined when there is none or it is not a whole report. */
export function readReport(file: string): VitestReport | undefined {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as Partial<VitestReport>;
    const counts = [report.numPassedTests, report.numFailedTests, report.numPendingTests, report.numTodoTests];
    if (!counts.every((count) => Number.isInteger(count)) || !Array.isArray(report.testResults)) return undefined;
    return report as VitestReport;
  } catch {
    return undefined;
  }
}

if (import.meta.main) {
  const [file = '', status = ''] = process.argv.slice(2);
  const exitStatus = /^\d+$/.test(status) ? Number(status) : 1;
  const report = readReport(file);
  if (report === undefined) console.log(`没有可读的测试报告 ${file}：测试没有跑完`);
  const { passed, failed } = summarize(report, exitStatus);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
