import { expect, test } from 'vitest';
import { tagSpellingProblems } from './tag-spellings.ts';

test('a tag written as another but for case is told the spelling most articles use, naming them', () => {
  const problems = tagSpellingProblems([
    { file: 'a.md', tags: ['law', '民政'] },
    { file: 'b.md', tags: ['law'] },
    { file: 'c.md', tags: ['Law'] },
  ]);
  expect(problems).toEqual([
    {
      file: 'c.md',
      field: 'tags',
      message: '标签“Law”与另一种写法只差大小写或空格（a.md、b.md 写作“law”）：请写成“law”，否则会成为两个标签页，在 Windows、macOS 上还会互相覆盖',
    },
  ]);
});

test('spellings as common as each other are each told of the other, also within one article; spaces count as case does', () => {
  const problems = tagSpellingProblems([
    { file: 'a.md', tags: ['Law', 'law'] },
    { file: 'b.md', tags: ['COVID 19'] },
    { file: 'c.md', tags: ['COVID19'] },
  ]);
  expect(problems.map(({ file, message }) => `${file} ${message.split('：')[0]}`)).toEqual([
    'a.md 标签“Law”与另一种写法只差大小写或空格（a.md 写作“law”）',
    'a.md 标签“law”与另一种写法只差大小写或空格（a.md 写作“Law”）',
    'b.md 标签“COVID 19”与另一种写法只差大小写或空格（c.md 写作“COVID19”）',
    'c.md 标签“COVID19”与另一种写法只差大小写或空格（b.md 写作“COVID 19”）',
  ]);
  expect(problems[0]!.message).toContain('请统一成一种写法');
});

test('tags written one way, however many, are fine; so are different tags', () => {
  expect(tagSpellingProblems([{ file: 'a.md', tags: ['law', '法治'] }, { file: 'b.md', tags: ['law', '法制'] }])).toEqual([]);
});

test('many files of the usual spelling are counted, not all named', () => {
  const files = Array.from({ length: 5 }, (_, i) => ({ file: `${i}.md`, tags: ['law'] }));
  const [problem] = tagSpellingProblems([...files, { file: 'x.md', tags: ['LAW'] }]);
  expect(problem!.message).toContain('（0.md、1.md、2.md 等 5 篇写作“law”）');
});
