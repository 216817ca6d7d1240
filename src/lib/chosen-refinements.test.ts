import { expect, test } from 'vitest';
import { chosenRefinements, filteredArticles } from './chosen-refinements.ts';
import type { SearchRequest } from './search-engine.ts';

test.each<[string, Pick<SearchRequest, 'filters' | 'sort'>, string]>([
  ['nothing chosen', { filters: {}, sort: 'relevance' }, ''],
  ['a filter left empty (全部…)', { filters: { section: '' }, sort: 'relevance' }, ''],
  ['one filter', { filters: { section: '今日资讯' }, sort: 'relevance' }, '（已选 1 项）'],
  ['newest first only', { filters: {}, sort: 'date' }, '（已选 1 项）'],
  ['a filter and newest first', { filters: { section: '今日资讯' }, sort: 'date' }, '（已选 2 项）'],
  [
    'every filter and newest first',
    { filters: { section: '今日资讯', year: '2024', source: '法治报道', author: '马远征' }, sort: 'date' },
    '（已选 5 项）',
  ],
])('%s', (_, request, expected) => {
  expect(chosenRefinements(request)).toBe(expected);
});

test.each<[string, SearchRequest['filters'], string]>([
  ['a year', { year: '2025' }, '2025年的文章'],
  ['a person', { author: '马远征' }, '马远征的文章'],
  ['several, in the order of the filters whatever the address’s', { author: '马远征', year: '2024', section: '今日资讯' }, '今日资讯、2024年、马远征的文章'],
  ['a filter left empty (全部…) is not named', { section: '', source: '法治报道' }, '法治报道的文章'],
])('filters alone name what they list: %s', (_, filters, expected) => {
  expect(filteredArticles({ filters })).toBe(expected);
});
