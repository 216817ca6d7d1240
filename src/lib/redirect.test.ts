import { expect, test } from 'vitest';
import { redirectPage } from './redirect.ts';

test('the page at an old address sends readers on, its text escaped', () => {
  const html = redirectPage('“标题” <b>&</b>', '/articles/2024/01/a/', 'https://example.cn/articles/2024/01/a/');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/2024/01/a/">');
  expect(html).toContain('<link rel="canonical" href="https://example.cn/articles/2024/01/a/">');
  expect(html).toContain('<title>“标题” &lt;b&gt;&amp;&lt;/b&gt;</title>');
  expect(html).toContain('<meta name="robots" content="noindex">');
});
