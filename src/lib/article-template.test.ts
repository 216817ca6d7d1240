import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { articleTemplate, placeholderFields } from './article-template.ts';
import { bodyOf, readFrontmatter } from './frontmatter.ts';
import { articleSchema } from './schema.ts';

test('a new article is filed under the month of the site time zone and passes the schema as a draft', () => {
  // 2024-01-31 17:00 UTC is already 1 February in Shanghai.
  const { folder, text } = articleTemplate({
    section: 'today',
    title: '新文章: [第二期]',
    source: '法治报道',
    now: new Date('2024-01-31T17:00:00Z'),
    timeZone: 'Asia/Shanghai',
  });
  expect(folder).toBe('2024/02');
  const data = articleSchema({ sections: [{ id: 'today', name: '今日资讯' }], timeZone: 'Asia/Shanghai', siteName: '法治报道', image: z.string() }).parse(readFrontmatter(text).data);
  expect(data.title).toBe('新文章: [第二期]');
  expect(data.source).toBe('法治报道');
  expect(data.draft).toBe(true);
  expect(data.date.toISOString()).toBe('2024-01-31T17:00:00.000Z');
});

test("the template's own words are recognised in every field that has them, and nowhere else", () => {
  const { text } = articleTemplate({ section: 'today', source: '法治报道', now: new Date(), timeZone: 'Asia/Shanghai' });
  const data = articleSchema({ sections: [{ id: 'today', name: '今日资讯' }], timeZone: 'Asia/Shanghai', siteName: '法治报道', image: z.string() }).parse(readFrontmatter(text).data);
  expect(placeholderFields(data, bodyOf(text))).toEqual(['title', 'author', 'editor', 'summary', '正文']);
  const written = { ...data, title: '枫林县警调联动', author: ['马远征'], editor: ['乔海印'], summary: undefined };
  expect(placeholderFields(written, '\n枫林县公安局与县司法局建立警调联动机制。\n')).toEqual([]);
  // The words inside a sentence are the editor's own.
  expect(placeholderFields(written, '他在正文第一段。之后写道……')).toEqual([]);
});
