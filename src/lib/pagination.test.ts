import { describe, expect, test } from 'vitest';
import { listingCrumbs, pagedDescription, pagedTitle, pageNumbers, pageRoutes, paginate, routesOf, stepLabel } from './pagination.ts';

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);

  test('splits into pages of the size given, the last one partial', () => {
    const pages = paginate(items, 20);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.lastPage === 3 && p.total === 45)).toBe(true);
    expect(pages[2]!.items[0]).toBe(40);
  });

  test.each([
    [0, 1],
    [1, 1],
    [20, 1],
    [21, 2],
    [40, 2],
    [41, 3],
  ])('%i items make %i page(s)', (count, lastPage) => {
    expect(paginate(Array.from({ length: count }), 20)).toHaveLength(lastPage);
  });

  test('an empty listing still has one empty page', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, lastPage: 1, total: 0, items: [] }]);
  });

  test('rejects a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0)).toThrow(RangeError);
    expect(() => paginate(items, 2.5)).toThrow(RangeError);
  });
});

describe('pageNumbers', () => {
  test.each<[number, number, (number | 'gap')[]]>([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, 'gap', 10]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, 'gap', 10]],
    [6, 12, [1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]],
    [10, 10, [1, 'gap', 8, 9, 10]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])('page %i of %i shows %j', (current, last, expected) => {
    expect(pageNumbers(current, last)).toEqual(expected);
  });
});

describe('pageRoutes', () => {
  test('page 1 has no page parameter; later pages do; props carry the page', () => {
    const routes = pageRoutes(Array.from({ length: 45 }, (_, i) => i), 20, { section: 'today' }, { name: '今日资讯' });
    expect(routes.map((r) => r.params)).toEqual([
      { section: 'today', page: undefined },
      { section: 'today', page: '2' },
      { section: 'today', page: '3' },
    ]);
    expect(routes[2]!.props).toMatchObject({ name: '今日资讯', page: { number: 3, lastPage: 3, total: 45 } });
  });

  test('routesOf gives pages made elsewhere (a topic\'s) the same parameters', () => {
    const pages = [{ number: 1, items: ['a'] }, { number: 2, items: ['b'] }];
    expect(routesOf(pages, { topic: 'x' }, { id: 'x' })).toEqual([
      { params: { topic: 'x', page: undefined }, props: { id: 'x', page: pages[0] } },
      { params: { topic: 'x', page: '2' }, props: { id: 'x', page: pages[1] } },
    ]);
  });
});

describe('a page of a listing names itself from page 2 on', () => {
  test('in the tab title', () => {
    expect(pagedTitle('今日资讯', 1)).toBe('今日资讯');
    expect(pagedTitle('今日资讯', 2)).toBe('今日资讯（第 2 页）');
  });

  test.each([
    ['每日法治新闻与政务动态。', 1, '每日法治新闻与政务动态。'],
    ['每日法治新闻与政务动态。', 2, '每日法治新闻与政务动态（第 2 页）。'],
    ['法治报道：法治新闻与视频报道', 12, '法治报道：法治新闻与视频报道（第 12 页）'],
  ])('in its description: %s, page %i', (description, number, expected) => {
    expect(pagedDescription(description, number)).toBe(expected);
  });

  test.each([
    ['首页', 1, '首页（第 1 页）'],
    ['上一页', 2, '上一页（第 2 页）'],
    ['末页', 12, '末页（第 12 页）'],
  ])('in the name of the link %s to page %i, the word shown first', (word, number, expected) => {
    expect(stepLabel(word, number)).toBe(expected);
  });

  test('in the breadcrumb, where the listing links back to its first page', () => {
    expect(listingCrumbs('今日资讯', '/sections/today/', 1)).toEqual([{ label: '今日资讯' }]);
    expect(listingCrumbs('今日资讯', '/sections/today/', 3)).toEqual([
      { label: '今日资讯', href: '/sections/today/' },
      { label: '第 3 页' },
    ]);
  });
});
