import { expect, test } from 'vitest';
import { breadcrumbList, breadcrumbTrail } from './breadcrumbs.ts';

const SITE = 'https://www.example.cn';

test('a trail starts at 首页, linked to the front page, then the items as given', () => {
  expect(breadcrumbTrail([{ label: '今日资讯', href: '/sections/today/' }])).toEqual([
    { label: '首页', href: '/' },
    { label: '今日资讯', href: '/sections/today/' },
  ]);
});

test('BreadcrumbList: positions 1, 2, 3 …, the names as shown, each link as an absolute address on the site', () => {
  const trail = breadcrumbTrail([
    { label: '标签', href: '/tags/' },
    { label: '法治宣传', href: '/tags/%E6%B3%95%E6%B2%BB%E5%AE%A3%E4%BC%A0/' },
    { label: '第 2 页' },
  ]);
  const list = breadcrumbList(trail, SITE);
  expect(list['@type']).toBe('BreadcrumbList');
  expect(list.itemListElement.map((item) => item.position)).toEqual([1, 2, 3, 4]);
  expect(list.itemListElement.map((item) => item.name)).toEqual(trail.map((crumb) => crumb.label));
  expect(list.itemListElement.slice(0, 3).map((item) => 'item' in item && item.item)).toEqual([
    `${SITE}/`,
    `${SITE}/tags/`,
    `${SITE}/tags/%E6%B3%95%E6%B2%BB%E5%AE%A3%E4%BC%A0/`,
  ]);
});

test('the current page, shown without a link, has no item at all: no empty string or null for a search engine to refuse', () => {
  const [, current] = breadcrumbList(breadcrumbTrail([{ label: '专题' }]), SITE).itemListElement;
  expect(current).toEqual({ '@type': 'ListItem', position: 2, name: '专题' });
});
