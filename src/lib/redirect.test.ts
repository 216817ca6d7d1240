import { expect, test } from 'vitest';
import { redirectPage } from './redirect.ts';

test('the page at an old address sends readers on, its text escaped', () => {
  const html = redirectPage({ title: '“标题” <b>&</b>', url: '/articles/2024/01/a/', kind: 'article' }, 'https://example.cn/articles/2024/01/a/');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/2024/01/a/">');
  expect(html).toContain('<link rel="canonical" href="https://example.cn/articles/2024/01/a/">');
  expect(html).toContain('<title>“标题” &lt;b&gt;&amp;&lt;/b&gt;</title>');
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toContain('本文已迁移至新地址：<a href="/articles/2024/01/a/">');
});

test('an old address of a section says the section moved', () => {
  const html = redirectPage({ title: '今日资讯', url: '/sections/today/', kind: 'section' }, 'https://example.cn/sections/today/');
  expect(html).toContain('本栏目已迁移至新地址：<a href="/sections/today/">今日资讯</a>');
});
