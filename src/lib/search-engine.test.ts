import { expect, test } from 'vitest';
import { countBasis, type SearchRequest } from './search-engine.ts';

const request = (query: string, filters: SearchRequest['filters'] = {}, sort: SearchRequest['sort'] = 'relevance'): SearchRequest => ({
  query,
  filters,
  sort,
});
const basis = (...args: Parameters<typeof request>) => (facet: Parameters<typeof countBasis>[1]) =>
  JSON.stringify(countBasis(request(...args), facet));

test('a facet is counted from the words and the other filters: its own choice and the order leave its counts as they are', () => {
  const plain = basis('民政 青川');
  expect(basis('民政 青川', { section: '今日资讯' }, 'date')('section')).toBe(plain('section'));
  expect(basis('民政 青川', { section: '今日资讯' })('year')).not.toBe(plain('year'));
  expect(basis('民政', { section: '今日资讯' })('section')).not.toBe(plain('section'));
});

test('the same search written otherwise has the same basis: spaces between the words, filters in another order', () => {
  expect(basis(' 民政  青川 ')('author')).toBe(basis('民政 青川')('author'));
  expect(basis('民政', { year: '2025', section: '今日资讯' })('author')).toBe(basis('民政', { section: '今日资讯', year: '2025' })('author'));
});
