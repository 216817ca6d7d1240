/** `npm run check:content`: what an editor sees for good content, and for bad. */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

const check = (content: string) =>
  spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...process.env, BAODAO_CONTENT: content }, encoding: 'utf8' });

test('good content passes, with the counts and the warning about names that match no person', () => {
  const result = check('content');
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^内容检查通过：\d+ 篇文章，\d+ 位人员，\d+ 个专题。$/m);
  // The demo has contributors on purpose who are not in content/people (the build warns the same way).
  expect(result.stderr).toMatch(/^警告 \(warning\): 以下 \d+ 个署名在人员查询（content\/people\/）中找不到/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
});

test('bad content fails, one line per problem, no stack trace', () => {
  const result = check('tests/fixtures/broken');
  expect(result.status).toBe(1);
  const count = Number(/内容检查发现 (\d+) 个问题/.exec(result.stderr)?.[1]);
  expect(count).toBeGreaterThan(10);
  expect(result.stderr.split('\n').filter((line) => line.startsWith('tests/fixtures/broken/'))).toHaveLength(count);
  expect(result.stderr).not.toMatch(/^\s+at /m);
});
