import { expect, test } from 'vitest';
import { movedPages, nginxMap } from './old-addresses.ts';

test('movedPages: every alias of articles and sections, with where it leads', () => {
  const moved = movedPages({
    articles: [{ url: '/articles/2024/01/a/', data: { title: '甲', aliases: ['/html/1.html', '/plus/view.php?aid=1'] } }],
    sections: [{ id: 'local', name: '地方', aliases: ['/a/difang/'] }],
  });
  expect(moved.map(({ alias, url, kind }) => [alias, url, kind])).toEqual([
    ['/html/1.html', '/articles/2024/01/a/', 'article'],
    ['/plus/view.php?aid=1', '/articles/2024/01/a/', 'article'],
    ['/a/difang/', '/sections/local/', 'section'],
  ]);
});

test('nginxMap: one quoted entry an address, ended by ;', () => {
  expect(nginxMap([{ alias: '/plus/view.php?aid=1024', url: '/articles/2024/03/x/' }])).toBe('"/plus/view.php?aid=1024" "/articles/2024/03/x/";\n');
});

test('nginxMap: an address keyed as a browser sends it, percent-encoded', () => {
  expect(nginxMap([{ alias: '/新闻/旧 文章.html', url: '/tags/民政/' }])).toBe(
    `"/${encodeURIComponent('新闻')}/${encodeURIComponent('旧')}%20${encodeURIComponent('文章')}.html" "/tags/${encodeURIComponent('民政')}/";\n`,
  );
});

test('nginxMap: parameters out of order are keyed as written and in order; a folder also as its index.html', () => {
  expect(nginxMap([{ alias: '/e/action/ShowInfo.php?id=12&classid=2', url: '/a/' }, { alias: '/old/', url: '/b/' }]).split('\n')).toEqual([
    '"/e/action/ShowInfo.php?id=12&classid=2" "/a/";',
    '"/e/action/ShowInfo.php?classid=2&id=12" "/a/";',
    '"/old/" "/b/";',
    '"/old/index.html" "/b/";',
    '',
  ]);
});

test('nginxMap: what nginx would read as syntax or a variable is escaped', () => {
  expect(nginxMap([{ alias: '/a"b', url: '/c$d/' }])).toBe('"/a%22b" "/c%24d/";\n');
  expect(nginxMap([{ alias: '/a?b=c\\d', url: '/e/' }])).toBe('"/a?b=c\\\\d" "/e/";\n"/a?b=c%5Cd" "/e/";\n');
  expect(nginxMap([])).toBe('');
});
