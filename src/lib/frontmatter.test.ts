import { describe, expect, test } from 'vitest';
import { FrontmatterSyntaxError, readFrontmatter } from './frontmatter.ts';

describe('readFrontmatter', () => {
  test('keeps dates as the text the editor wrote', () => {
    const { data, body } = readFrontmatter('---\ndate: 2024-01-23 09:08:47\nday: 2024-01-23\n---\n\n正文\n');
    expect(data).toEqual({ date: '2024-01-23 09:08:47', day: '2024-01-23' });
    expect(body).toBe('\n正文\n');
  });

  test('reads lists, booleans and numbers', () => {
    expect(readFrontmatter('---\nauthor: [马远征, 张文玉]\ndraft: true\norder: 3\n---\n').data).toEqual({
      author: ['马远征', '张文玉'],
      draft: true,
      order: 3,
    });
  });

  test('a file without front matter is all body', () => {
    expect(readFrontmatter('正文')).toEqual({ data: {}, body: '正文' });
  });

  test('a YAML error names the line in the file', () => {
    try {
      readFrontmatter('---\ntitle: ok\nauthor: [马远征\n---\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FrontmatterSyntaxError);
      expect((error as FrontmatterSyntaxError).line).toBeGreaterThanOrEqual(3);
      expect((error as Error).message).toMatch(/^YAML 格式错误/);
    }
  });

  test.each([
    ['a full-width colon after a field name', '---\ndate: 2024-01-23\ntitle：枫林县警调联动\nsection: today\n---\n', 3, '全角“：”'],
    ['a half-width colon inside an unquoted value', '---\ntitle: 枫林县: 警调联动\nsection: today\n---\n', 2, '请给整个值加引号'],
    ['a value that starts with brackets', '---\ndate: 2024-01-23\ntitle: [视频]枫林县警调联动\nsection: today\n---\n', 3, '以 [ 或 { 开头的值会被当作列表'],
  ])('%s is explained in Chinese, on its own line', (_, source, line, hint) => {
    try {
      readFrontmatter(source);
      expect.unreachable();
    } catch (error) {
      expect((error as FrontmatterSyntaxError).line).toBe(line);
      expect((error as Error).message).toMatch(/^YAML 格式错误：/);
      expect((error as Error).message).toContain(hint);
    }
  });

  test('a quoted value with a colon is fine', () => {
    expect(readFrontmatter('---\ntitle: "枫林县: 警调联动"\n---\n').data).toEqual({ title: '枫林县: 警调联动' });
  });

  test('front matter that is not a mapping is an error', () => {
    expect(() => readFrontmatter('---\n- a\n- b\n---\n')).toThrow(FrontmatterSyntaxError);
  });

  test('front matter never closed is named, not read as an article with no fields', () => {
    expect(() => readFrontmatter('---\ntitle: 标题\nsection: today\n\n正文第一段。\n')).toThrow(/开头的 --- 没有结尾/);
    expect(() => readFrontmatter('---\ntitle: 标题\n---\n正文\n')).not.toThrow();
  });

  test('the --- lines may carry trailing spaces, as Astro allows', () => {
    expect(readFrontmatter('--- \ntitle: 标题\n---  \n正文\n')).toEqual({ data: { title: '标题' }, body: '正文\n' });
  });
});
