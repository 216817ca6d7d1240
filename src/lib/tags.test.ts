import { expect, test } from 'vitest';
import { TAGS_PER_PAGE, groupByTag, keywordsOf, tagsPerPage } from './tags.ts';

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

test('tagsPerPage: 200 tags a page of the index unless BAODAO_TAGS_PER_PAGE says another whole number; anything else is told in Chinese', () => {
  expect(TAGS_PER_PAGE).toBe(200);
  expect(tagsPerPage({})).toBe(200);
  expect(tagsPerPage({ BAODAO_TAGS_PER_PAGE: '20' })).toBe(20);
  expect(() => tagsPerPage({ BAODAO_TAGS_PER_PAGE: '0' })).toThrow('“0”不是正整数，请写标签总页每页放多少个标签，如 200');
});
