/** `npm run bench`'s options: a mistyped one is told the usage, as the other scripts tell it, and nothing is built. */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

/**
 * Stopped after 100 s, within the test's 120 s, should an option slip through and start a bench of
 * 10,000 articles: the usage alone took 11–13 s beside five other builds and browsers on 2 cores.
 */
const bench = (...args: string[]) => spawnSync(process.execPath, ['scripts/bench.ts', ...args], { encoding: 'utf8', timeout: 100_000 });

test.each(['--help', '--article 100', '--articles 1万', '--articles 0'])('npm run bench -- %s prints the usage and stops, without a stack trace', (args) => {
  const result = bench(...args.split(' '));
  expect(result.status).toBe(1);
  expect(result.stderr.trim()).toMatch(/^用法：npm run bench -- \[--articles 篇数/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stdout).not.toContain('Baodao benchmark');
});
