import { describe, expect, test } from 'vitest';
import { aliasOwnerOf, deadLinks, isDeadLink } from './withdrawn.ts';

const SITE = 'https://www.fazhibaodao.example';
const withdrawn = [
  { url: '/articles/2024/05/a/', aliases: ['/html/2024/0531/1.html', '/plus/view.php?aid=7&typeid=2', '/a/old/'] },
  { url: '/articles/2024/06/b/', aliases: [] },
];

describe('deadLinks', () => {
  test('every address a withdrawn article had, its own first, as full URLs at the site', () => {
    expect(deadLinks(withdrawn, SITE)).toEqual([
      `${SITE}/articles/2024/05/a/`,
      `${SITE}/html/2024/0531/1.html`,
      `${SITE}/plus/view.php?aid=7&typeid=2`,
      `${SITE}/a/old/`,
      `${SITE}/articles/2024/06/b/`,
    ]);
    expect(deadLinks([], SITE)).toEqual([]);
  });

  test('an old address outside ASCII is written as a browser sends it', () => {
    expect(deadLinks([{ url: '/articles/2024/05/a/', aliases: ['/旧版/1.html'] }], SITE)[1]).toBe(`${SITE}/%E6%97%A7%E7%89%88/1.html`);
  });
});

describe('isDeadLink', () => {
  const list = deadLinks(withdrawn, SITE).map((link) => `${link}\n`).join('');

  test.each([
    ['the article’s own address', '/articles/2024/05/a/', '', true],
    ['the same folder asked for as its file', '/articles/2024/05/a/index.html', '', true],
    ['an old static address', '/html/2024/0531/1.html', '', true],
    ['an old address ending in /, asked for as its file', '/a/old/index.html', '', true],
    ['an old address with its parameters in another order', '/plus/view.php', '?typeid=2&aid=7', true],
    ['the article’s address typed without its closing /', '/articles/2024/05/a', '', true],
    ['an old folder address typed without its closing /', '/a/old', '', true],
    // A shared link comes back with the sharer's parameters (WeChat adds ?from=singlemessage&isappinstalled=0,
    // the site's search ?highlight=): a static host answers the same address whatever they are.
    ['the article’s address shared in WeChat', '/articles/2024/05/a/', '?from=singlemessage&isappinstalled=0', true],
    ['the article’s address opened from search', '/articles/2024/05/a/', '?highlight=%E6%B0%91%E6%94%BF', true],
    ['an old static address with a parameter', '/html/2024/0531/1.html', '?from=timeline', true],
    ['an old folder address typed without its closing / and with a parameter', '/a/old', '?from=timeline', true],
    ['an old address with a query string and the sharer’s parameters besides', '/plus/view.php', '?from=groupmessage&typeid=2&aid=7', true],
    ['an old address with a query string, missing one of its parameters', '/plus/view.php', '?aid=7', false],
    ['an old address with a query string, one of its parameters changed', '/plus/view.php', '?aid=7&typeid=3', false],
    ['another article with a parameter', '/articles/2024/05/c/', '?from=singlemessage', false],
    ['an old file address with a / added', '/html/2024/0531/1.html/', '', false],
    ['another article', '/articles/2024/05/c/', '', false],
    ['another article typed without its closing /', '/articles/2024/05/c', '', false],
    ['another old address of the same script', '/plus/view.php', '?aid=70&typeid=2', false],
    ['a page that never was', '/nowhere/', '', false],
  ])('%s → %s', (_, pathname, search, expected) => {
    expect(isDeadLink(list, pathname, search)).toBe(expected);
  });

  test('the list is matched by path, whatever host serves the site (a preview, a mirror)', () => {
    expect(isDeadLink(`http://127.0.0.1:4321/articles/2024/06/b/\n`, '/articles/2024/06/b/', '')).toBe(true);
  });

  test('an empty list, or one with blank or broken lines, matches nothing and never throws', () => {
    expect(isDeadLink('', '/articles/2024/05/a/', '')).toBe(false);
    expect(isDeadLink('\n  \nnot a url\n', '/', '')).toBe(false);
  });
});

describe('aliasOwnerOf', () => {
  test.each([
    ['an old static address', '/html/2024/0531/1.html', '/articles/2024/05/a/'],
    ['an old address with its parameters in another order', '/plus/view.php?typeid=2&aid=7', '/articles/2024/05/a/'],
    ['an old address with a sharer’s parameter besides', '/plus/view.php?aid=7&typeid=2&from=timeline', '/articles/2024/05/a/'],
    ['an old folder address without its closing /', '/a/old', '/articles/2024/05/a/'],
    ['an old address written out of ASCII, or percent-encoded', '/%E6%97%A7%E7%89%88/1.html', '/articles/2024/06/b/'],
    ['an old address missing one of its parameters', '/plus/view.php?aid=7', undefined],
    ['an address no withdrawn article had', '/html/2024/0531/2.html', undefined],
  ])('a link to %s (%s) leads to %s', (_, address, url) => {
    const old = [withdrawn[0]!, { url: '/articles/2024/06/b/', aliases: ['/旧版/1.html'] }];
    expect(aliasOwnerOf(address, old)?.url).toBe(url);
  });
});
