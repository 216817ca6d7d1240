/** The filter-only searches `npm run bench` measures, chosen from the index's counts. */
import { expect, test } from 'vitest';
import { filterCases } from './bench-search.ts';

test('the year, section and author with the most articles, alone, and that section within that year', () => {
  const counts = {
    year: { '2020': 1467, '2024': 1467, '2025': 1463, '2026': 1214 },
    section: { 今日资讯: 1777, 视频: 1676, 法治要闻: 1619 },
    author: { 韩军: 77, 蔡兰志: 409, 邓涵: 77 },
    source: { 法治报道: 9000 },
  };
  expect(filterCases(counts)).toEqual([
    // Of years of equal counts, the newest.
    { name: 'year=2024', filters: { year: '2024' } },
    { name: 'section=今日资讯', filters: { section: '今日资讯' } },
    { name: 'author=蔡兰志', filters: { author: '蔡兰志' } },
    { name: 'section=今日资讯&year=2024', filters: { section: '今日资讯', year: '2024' } },
  ]);
});

test('of equal counts, the first value in Chinese order; a value counted 0 is never chosen, and a facet with none gives no case', () => {
  const counts = { section: { 以案说法: 5, 今日资讯: 5, 视频: 0 }, author: { 马远征: 0 } };
  expect(filterCases(counts)).toEqual([{ name: 'section=今日资讯', filters: { section: '今日资讯' } }]);
});
