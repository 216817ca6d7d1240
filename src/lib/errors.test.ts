import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { ContentError, explainBuildError, formatProblem, parseOrExplain, problemsFrom } from './errors.ts';

const schema = z.strictObject({ name: z.string({ error: '缺少名称' }), nested: z.strictObject({ n: z.number() }).optional() });

test('problems name the file and the field, unknown keys one by one', () => {
  const result = schema.safeParse({ nme: 'x', extra: 1, nested: { n: 'a', m: 2 } });
  expect(result.success).toBe(false);
  const fields = problemsFrom('site.config.ts', result.error!).map((p) => p.field);
  expect(fields).toEqual(expect.arrayContaining(['name', 'nme', 'extra', 'nested.n', 'nested.m']));
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
