/** `npm run new`: what an editor sees when the command line is right, and when it is not. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

const content = mkdtempSync(path.join(tmpdir(), 'baodao-new-'));
cpSync('content/sections.yaml', path.join(content, 'sections.yaml'));
afterAll(() => rmSync(content, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new-article.ts', ...args], { env: { ...process.env, BAODAO_CONTENT: content }, encoding: 'utf8' });
const created = () => readdirSync(path.join(content, 'articles'), { recursive: true }).filter((f) => String(f).endsWith('.md'));

test.each([
  ['an unknown option', ['x-story', '--sectoin', 'law']],
  ['an option without its value', ['x-story', '--section']],
  ['a title with a space, unquoted', ['x-story', '--title', '某市', '召开会议']],
  ['no file name', []],
  ['a file name in capitals', ['X-Story']],
  ['an empty title', ['x-story', '--title', ' ']],
])('%s: the usage in Chinese, no stack trace, no file', (_, args) => {
  const result = run(...args);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/^用法：npm run new -- <文件名>/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(() => created()).toThrow(); // articles/ was never made
});

test.each([
  ['by its name, as editors call it', '法治要闻', '--section：栏目请写 id：法治要闻 是 law'],
  ['in capitals', 'Law', '--section：栏目 id 只用小写字母：“Law”请写成 law'],
  ['that does not exist', 'sports', '--section：栏目“sports”不存在，可选：today（今日资讯）、law（法治要闻）'],
])('a section written %s is told the id to write, as in front matter; no file', (_, section, message) => {
  const result = run('x-story', '--section', section);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(message);
  expect(() => created()).toThrow();
});

test('a right command line makes the draft and says where it is', () => {
  const result = run('x-story', '--section', 'law', '--title', '某市召开会议');
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^已创建 .+x-story\.md/);
  expect(created()).toHaveLength(1);
});
