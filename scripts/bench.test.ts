/** `npm run bench`'s options: a mistyped one is told the usage, as the other scripts tell it, and nothing is built. */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

const bench = (...args: string[]) => spawnSync(process.execPath, ['scripts/bench.ts', ...args], { encoding: 'utf8', timeout: 20_000 });

test.each(['--help', '--article 100', '--articles 1万', '--articles 0'])('npm run bench -- %s prints the usage and stops, without a stack trace', (args) => {
  const result = bench(...args.split(' '));
  expect(result.status).toBe(1);
  expect(result.stderr.trim()).toMatch(/^用法：npm run bench -- \[--articles 篇数/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stdout).not.toContain('Baodao benchmark');
});
