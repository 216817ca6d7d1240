import { expect, test } from 'vitest';
import { groupByTag, keywordsOf } from './tags.ts';

test('groupByTag: most used first, then Chinese collation; lists keep the input order', () => {
  const a = { id: 'a', data: { tags: ['民政', '潍坊'] } };
  const b = { id: 'b', data: { tags: ['民政'] } };
  const c = { id: 'c', data: { tags: ['安全', '潍坊', '民政'] } };
  const groups = groupByTag([a, b, c]);
  expect(groups.map((g) => [g.tag, g.articles.map((x) => x.id)])).toEqual([
    ['民政', ['a', 'b', 'c']],
    ['潍坊', ['a', 'c']],
    ['安全', ['c']],
  ]);
});

test('groupByTag of articles without tags is empty', () => {
  expect(groupByTag([{ data: { tags: [] } }])).toEqual([]);
});

test('keywordsOf: the tags joined by commas, in their order; none without tags', () => {
  expect(keywordsOf(['潍坊', '社会组织', '民政'])).toBe('潍坊,社会组织,民政');
  expect(keywordsOf(['民政'])).toBe('民政');
  expect(keywordsOf([])).toBeUndefined();
});
