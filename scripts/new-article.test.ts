/** `npm run new`: what an editor sees when the command line is right, and when it is not. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { monthFolder } from '../src/lib/dates.ts';
import site from '../src/site.config.ts';
import { temporaryFolders } from '../tests/support/temporary.ts';

const temporary = temporaryFolders();

/**
 * A content folder of its own holding the site's sections and `files` (path under articles/ →
 * text), and `npm run new` run on it: each test its own, so that what one writes is never
 * another's "file made" (a draft made by one test had the next find articles/ there).
 */
function beside(files: Record<string, string>, ...args: string[]) {
  const dir = temporary('baodao-new-');
  cpSync('content/sections.yaml', path.join(dir, 'sections.yaml'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, 'articles', rel)), { recursive: true });
    writeFileSync(path.join(dir, 'articles', rel), text);
  }
  const result = spawnSync(process.execPath, ['scripts/new-article.ts', ...args], { env: { ...process.env, BAODAO_CONTENT: dir }, encoding: 'utf8' });
  return {
    result,
    exists: (rel: string) => existsSync(path.join(dir, 'articles', rel)),
    /** The articles in the folder; throws when articles/ was never made. */
    created: () => readdirSync(path.join(dir, 'articles'), { recursive: true }).filter((f) => String(f).endsWith('.md')),
  };
}
const run = (...args: string[]) => beside({}, ...args);

test.each([
  ['an unknown option', ['x-story', '--sectoin', 'law']],
  ['an option without its value', ['x-story', '--section']],
  ['a title with a space, unquoted', ['x-story', '--title', '某市', '召开会议']],
  ['no file name', []],
  ['a file name in capitals', ['X-Story']],
  ['an empty title', ['x-story', '--title', ' ']],
])('%s: the usage in Chinese, no stack trace, no file', (_, args) => {
  const { result, created } = run(...args);
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
  const { result, created } = run('x-story', '--section', section);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(message);
  expect(() => created()).toThrow();
});

test('a right command line makes the draft and says where it is', () => {
  const { result, created } = run('x-story', '--section', 'law', '--title', '某市召开会议');
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^已创建 .+x-story\.md/);
  expect(created()).toHaveLength(1);
});

test.each([
  ['missing', undefined, /sections\.yaml: 找不到栏目文件 sections\.yaml$/m],
  ['with a mistake', '- id: today\n  name: [今日资讯]\n  order: 1\n', /sections\.yaml: 第 1 项 name — 栏目名称 name 必须是文字$/m],
])('a sections.yaml %s is told, with no stack trace, and no draft is made', (_, sections, told) => {
  const dir = temporary('baodao-new-');
  if (sections !== undefined) writeFileSync(path.join(dir, 'sections.yaml'), sections);
  const result = spawnSync(process.execPath, ['scripts/new-article.ts', 'x-story'], { env: { ...process.env, BAODAO_CONTENT: dir }, encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/^先修正栏目文件，才能新建文章：\n/);
  expect(result.stderr).toMatch(told);
  expect(result.stderr).not.toMatch(/^\s+at |ContentError|Node\.js v/m);
  expect(existsSync(path.join(dir, 'articles'))).toBe(false);
});

const article = (title: string, more = '') => `---\ntitle: ${title}\ndate: 2024-01-23 09:00\nsection: law\n${more}---\n\n正文。\n`;
// The folder npm run new writes to (run at once: a test at midnight on a month's last day could see two).
const month = monthFolder(new Date(), site.timeZone);

test('a name an .mdx article of the month has is refused, as one an .md article has is: both would be one address', () => {
  const { result, exists } = beside({ [`${month}/x-story.mdx`]: article('某市召开会议') }, 'x-story');
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(new RegExp(`articles/${month}/x-story\\.mdx 已存在`));
  expect(exists(`${month}/x-story.md`)).toBe(false);
});

test('a name whose address another article keeps as its old one (aliases) is refused, naming that article', () => {
  const { result, exists } = beside({ '2023/05/renamed.md': article('改过名的文章', `aliases: [/html/1.html, /articles/${month}/x-story/]\n`) }, 'x-story');
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`的地址 /articles/${month}/x-story/ 是 `);
  expect(result.stderr).toMatch(/articles\/2023\/05\/renamed\.md 的旧地址（aliases），两篇文章不能用同一个地址：请换一个文件名/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(exists(`${month}/x-story.md`)).toBe(false);
});

test('a title another article has is said, with that article, and the draft is made all the same', () => {
  const { result, exists } = beside(
    { '2023/05/first.md': article('某市召开会议'), '2023/06/other.md': article('某市召开会议之后', 'summary: 某市召开会议\n') },
    'x-story',
    '--title',
    '某市召开会议',
  );
  expect(result.status, result.stderr).toBe(0);
  expect(exists(`${month}/x-story.md`)).toBe(true);
  expect(result.stderr).toMatch(/^提示：已有文章用了同一标题“某市召开会议”：\S*articles\/2023\/05\/first\.md。是同一篇稿子的话，请删去刚创建的 /);
  // Only the title counts: the other holds the words elsewhere.
  expect(result.stderr).not.toContain('other.md');
});
