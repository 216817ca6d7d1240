import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { ContentError, PARSE_OPTIONS, chineseNamedField, explainBuildError, fieldName, formatProblem, meantField, parseOrExplain, problemsFrom } from './errors.ts';

const schema = z.strictObject({ name: z.string({ error: '缺少名称' }), nested: z.strictObject({ n: z.number() }).optional() });

test('problems name the file and the field, unknown keys one by one', () => {
  const result = schema.safeParse({ nme: 'x', extra: 1, nested: { n: 'a', m: 2 } });
  expect(result.success).toBe(false);
  const fields = problemsFrom('site.config.ts', result.error!).map((p) => p.field);
  expect(fields).toEqual(expect.arrayContaining(['name', 'nme', 'extra', 'nested.n', 'nested.m']));
});

test('a field in a list is named as editors count, from 1', () => {
  expect(fieldName(['title'])).toBe('title');
  expect(fieldName(['cover', 'alt'])).toBe('cover.alt');
  expect(fieldName(['author', 0])).toBe('author 第 1 项');
  expect(fieldName(['corrections', 1, 'date'])).toBe('corrections 第 2 项 date');
  expect(fieldName(['parts', 0, 'articles', 2])).toBe('parts 第 1 项 articles 第 3 项');
  // sections.yaml is a list itself.
  expect(fieldName([1, 'aliases', 0])).toBe('第 2 项 aliases 第 1 项');
  expect(fieldName([])).toBe('');
});

test('problems in a list, unknown keys too, name the item counted from 1', () => {
  const list = z.strictObject({ corrections: z.array(z.strictObject({ date: z.string(), text: z.string() })) });
  const result = list.safeParse({ corrections: [{ date: '2024-01-24', text: '更正。' }, { date: 1, text: '更正。', txet: '拼错' }] });
  expect(problemsFrom('a.md', result.error!).map((p) => p.field).sort()).toEqual(['corrections 第 2 项 date', 'corrections 第 2 项 txet']);
});

test.each([
  ['titel', 'title'],
  ['Tags', 'tags'],
  ['sumary', 'summary'],
  ['autor', 'author'],
  ['corection', 'corrections'],
  ['flag', 'flags'],
  ['xyz', undefined],
  // as near to two fields: no guess
  ['ab', undefined],
])('an unknown key %s is taken for the field %s', (key, meant) => {
  expect(meantField(key, ['title', 'tags', 'summary', 'author', 'corrections', 'flags', 'aa', 'bb'])).toBe(meant);
});

test.each([
  ['标题', 'title'],
  ['标签', 'tags'],
  ['更正', 'corrections'],
  // A word no description begins with (时间 ends two), one character, a Latin key.
  ['说明', undefined],
  ['时间', undefined],
  ['时', undefined],
  ['title', undefined],
  // The start of two fields' descriptions: no guess.
  ['发布', undefined],
])('a key written in Chinese, %s, is taken for the field whose description begins with it: %s', (key, meant) => {
  const described = new Map([
    ['title', '标题'],
    ['tags', '标签列表'],
    ['corrections', '更正说明'],
    ['date', '发布时间，要写到时分'],
    ['updated', '更新时间'],
    ['published', '发布平台'],
    ['draft', undefined],
  ]);
  expect(chineseNamedField(key, described)).toBe(meant);
});

test('a mistyped key is told the field it was meant as, inside an object, a list and a transform too', () => {
  const item = z.strictObject({ date: z.string(), text: z.string() });
  const nested = z
    .strictObject({
      title: z.string(),
      tags: z.array(z.string()).optional(),
      cover: z.strictObject({ image: z.string(), alt: z.string() }).optional(),
      corrections: z.array(item).default([]),
    })
    .transform((data) => data);
  const result = nested.safeParse({ title: 'x', Tags: [], cover: { image: 'a', alt: 'b', atl: 'b' }, corrections: [{ date: 'd', text: 't', txet: 't' }] });
  const messages = Object.fromEntries(problemsFrom('a.md', result.error!, {}, nested).map((p) => [p.field, p.message]));
  expect(messages).toMatchObject({
    Tags: '未知字段“Tags”（拼写错误？应写 tags）',
    'cover.atl': '未知字段“atl”（拼写错误？应写 alt）',
    'corrections 第 1 项 txet': '未知字段“txet”（拼写错误？应写 text）',
  });
});

test('a field left out because it was mistyped is told once, as mistyped; one of the wrong kind beside it is still told', () => {
  const article = z.strictObject({
    title: z.string({ error: (issue) => (issue.input === undefined ? '缺少标题 title' : '标题 title 应为文字') }),
    cover: z.strictObject({ image: z.string(), alt: z.string({ error: (issue) => (issue.input === undefined ? '缺少 alt' : 'alt 应为文字') }) }).optional(),
  });
  const told = (data: unknown) =>
    problemsFrom('a.md', article.safeParse(data, PARSE_OPTIONS).error!, {}, article)
      .map((p) => `${p.field}: ${p.message}`)
      .sort();
  expect(told({ titel: '标题', cover: { image: 'a.jpg', atl: '图' } })).toEqual(['cover.atl: 未知字段“atl”（拼写错误？应写 alt）', 'titel: 未知字段“titel”（拼写错误？应写 title）']);
  // Both written: the one of the wrong kind is a problem of its own.
  expect(told({ title: 5, titel: '标题' })).toEqual(['titel: 未知字段“titel”（拼写错误？应写 title）', 'title: 标题 title 应为文字']);
  // Left out with no near key: told missing.
  expect(told({ heading: '标题' })).toEqual(['heading: 未知字段“heading”（拼写错误？）', 'title: 缺少标题 title']);
});

test('formatProblem writes file: field — message', () => {
  expect(formatProblem({ file: 'a.md', field: 'title', message: '缺少标题' })).toBe('a.md: title — 缺少标题');
  expect(formatProblem({ file: 'a.md', field: '', message: 'YAML 格式错误' })).toBe('a.md: YAML 格式错误');
});

test('parseOrExplain returns the data or throws a ContentError listing every problem', () => {
  expect(parseOrExplain(schema, 'x.ts', { name: '法治报道' })).toEqual({ name: '法治报道' });
  try {
    parseOrExplain(schema, 'src/site.config.ts', { colour: 'red' });
    expect.unreachable();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toBe(
      ['src/site.config.ts: name — 缺少名称', 'src/site.config.ts: colour — 未知字段“colour”（拼写错误？）'].join('\n'),
    );
  }
});

test("Astro's errors: a picture it cannot read is named in Chinese; others keep Astro's words under a Chinese line", () => {
  const image = 'Build failed with 1 error:\n\n[plugin astro:assets:esm]\nNoImageMetadata: Could not process image metadata for `content/articles/2024/01/a.jpg`.';
  expect(explainBuildError(image)).toMatch(/^content\/articles\/2024\/01\/a\.jpg: 无法读取这张图片/);
  expect(explainBuildError('Something else')).toBe('Astro 构建时出错（以下是 Astro 的原文）：\nSomething else');
});
