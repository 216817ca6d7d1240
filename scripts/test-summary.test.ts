import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport, summarize } from './test-summary.ts';

/**
 * Reports vitest 5 wrote (`--reporter=json`) for small test files made for the purpose, cut to
 * the fields read and the names of files and tests; the vitest exit status is beside each.
 */
const REPORTS = path.resolve('tests/fixtures/vitest-reports');
const report = (name: string) => readReport(path.join(REPORTS, `${name}.json`));

describe('summarize', () => {
  it.each([
    // test('passes'), test('fails'), test.skip, test.todo: one pass; the failure, the skip and the todo fail.
    ['mixed', 1, { passed: 1, failed: 3 }],
    // A file that throws while loading has no tests: the file is one failure.
    ['import', 1, { passed: 0, failed: 1 }],
    // Its one test passed, then afterAll threw: the test passed, the file failed.
    ['afterall', 1, { passed: 1, failed: 1 }],
    // beforeAll threw: both tests were skipped, two failures (the file is not counted again).
    ['beforeall', 1, { passed: 0, failed: 2 }],
    // Both tests passed, one left an error thrown after it ended: vitest fails the run.
    ['unhandled', 1, { passed: 2, failed: 1 }],
    // describe.skipIf(true) around one test: vitest passes, CI counts the skip as a failure.
    ['skipif', 0, { passed: 0, failed: 1 }],
    // The global setup (the test site's build) threw: no test ran, the run failed.
    ['globalsetup', 1, { passed: 0, failed: 1 }],
  ] as const)('%s (vitest exit %i)', (name, exitStatus, expected) => {
    expect(summarize(report(name), exitStatus)).toEqual(expected);
  });

  it('counts every test that passed as passed, and nothing else, when vitest passed', () => {
    const all = { numPassedTests: 5, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [{ status: 'passed', assertionResults: [] }] };
    expect(summarize(all, 0)).toEqual({ passed: 5, failed: 0 });
  });

  it('is one failure when there is no report', () => {
    expect(summarize(undefined, 0)).toEqual({ passed: 0, failed: 1 });
  });
});

describe('scripts/test-summary.ts', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/test-summary.ts', ...args], { encoding: 'utf8' });
  const dir = mkdtempSync(path.join(tmpdir(), 'test-summary-'));

  it('ends with the one line and exits 1 when anything failed', () => {
    const result = run(path.join(REPORTS, 'mixed.json'), '1');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1 passed, 3 failed');
    expect(result.status).toBe(1);
  });

  it('exits 0 when everything passed', () => {
    const file = path.join(dir, 'ok.json');
    const mixed = JSON.parse(readFileSync(path.join(REPORTS, 'mixed.json'), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...mixed, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [] }));
    const result = run(file, '0');
    expect(result.stdout.trim()).toBe('1 passed, 0 failed');
    expect(result.status).toBe(0);
  });

  it.each([
    ['missing', path.join(dir, 'none.json')],
    ['cut short', path.join(dir, 'cut.json')],
  ])('gives a failing line, without a stack trace, for a report %s', (_, file) => {
    writeFileSync(path.join(dir, 'cut.json'), readFileSync(path.join(REPORTS, 'mixed.json'), 'utf8').slice(0, 200));
    const result = run(file, '1');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
    expect(result.stdout).toContain(file);
    expect(result.stderr).not.toMatch(/\bat /);
    expect(result.status).toBe(1);
  });
});

describe('.ci/run', () => {
  it('ends with the summary of the report and of vitest exit status', () => {
    const script = readFileSync('.ci/run', 'utf8');
    expect(script).toMatch(/--outputFile\.json="\$RESULTS"\n\s*status=\$\?/);
    expect(script).toMatch(/scripts\/test-summary\.ts "\$RESULTS" "\$status"/);
  });
});
