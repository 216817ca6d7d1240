import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  aliasPage,
  archiveUrl,
  articleIdOf,
  articleUrl,
  decodePath,
  highlightedUrl,
  homeUrl,
  monthUrl,
  peopleUrl,
  pageUrl,
  personUrl,
  requestedPage,
  searchUrl,
  yearSearchUrl,
  sectionFeedUrl,
  sectionUrl,
  tagUrl,
  tagsUrl,
  numberedPage,
  topicUrl,
  topicsUrl,
} from './urls.ts';

describe('urls', () => {
  test.each([
    [homeUrl(), '/'],
    [articleUrl('2024/01/weifang'), '/articles/2024/01/weifang/'],
    [sectionUrl('today'), '/sections/today/'],
    [sectionUrl('today', 1), '/sections/today/'],
    [sectionUrl('today', 3), '/sections/today/3/'],
    [sectionFeedUrl('today'), '/sections/today/rss.xml'],
    [tagsUrl(), '/tags/'],
    [tagsUrl(1), '/tags/'],
    [tagsUrl(2), '/tags/page/2/'],
    [tagUrl('民政'), '/tags/%E6%B0%91%E6%94%BF/'],
    [tagUrl('民政', 2), '/tags/%E6%B0%91%E6%94%BF/2/'],
    [tagUrl('a/b c'), '/tags/a%2Fb%20c/'],
    [peopleUrl(), '/people/'],
    [personUrl('ma-yuanzheng'), '/people/ma-yuanzheng/'],
    [personUrl('ma-yuanzheng', 2), '/people/ma-yuanzheng/2/'],
    [archiveUrl(), '/archive/'],
    [monthUrl(2024, 1), '/archive/2024/01/'],
    [monthUrl(2024, 11, 2), '/archive/2024/11/2/'],
    [topicsUrl(), '/topics/'],
    [topicUrl('shehui-zuzhi'), '/topics/shehui-zuzhi/'],
    [topicUrl('shehui-zuzhi', 2), '/topics/shehui-zuzhi/2/'],
    [pageUrl('about'), '/pages/about/'],
    [searchUrl(), '/search/'],
    [searchUrl('社会组织 潍坊'), '/search/?q=%E7%A4%BE%E4%BC%9A%E7%BB%84%E7%BB%87%20%E6%BD%8D%E5%9D%8A'],
    [highlightedUrl('/articles/2024/01/a/', '潍坊 a&b'), '/articles/2024/01/a/?highlight=%E6%BD%8D%E5%9D%8A%20a%26b'],
    [highlightedUrl('/articles/2024/01/a/', ''), '/articles/2024/01/a/'],
    [yearSearchUrl(2025), '/search/?year=2025'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  test.each(['R&D', 'C++', 'A=B', '5:3', 'a@b', '$1', 'a,b;c', '民政 New York'])(
    "a tag's address (%s) is the one the URL parser gives its page, as the page's canonical link and the sitemap say it",
    (tag) => {
      expect(tagUrl(tag)).toBe(new URL(`/tags/${tag}/`, 'https://a.cn').pathname);
    },
  );

  test('every page URL ends with a slash', () => {
    for (const url of [homeUrl(), articleUrl('a/b/c'), sectionUrl('x', 2), tagUrl('t'), personUrl('p'), monthUrl(2024, 5)]) {
      expect(url.endsWith('/')).toBe(true);
    }
  });

  test('articleIdOf reads an article URL back into its id, and refuses any other URL', () => {
    for (const id of ['2024/01/weifang', 'a-b', '2025/08/案件']) expect(articleIdOf(articleUrl(id))).toBe(id);
    for (const url of ['/articles/', '/sections/today/', '/articles/a']) expect(() => articleIdOf(url)).toThrow(url);
  });

  test('absoluteUrl joins the site address', () => {
    expect(absoluteUrl('/articles/a/', 'https://example.cn')).toBe('https://example.cn/articles/a/');
  });

  test('decodePath reads a percent-encoded path as written in Markdown, and leaves a broken one as it is', () => {
    expect(decodePath('./%E5%9B%BE.jpg')).toBe('./图.jpg');
    expect(decodePath('./100%.jpg')).toBe('./100%.jpg');
  });

  test('aliasPage: a plain old address is the file it becomes; one with a query is its path and parameters in order', () => {
    expect(aliasPage('/a/')).toBe('/a/index.html');
    expect(aliasPage('/a/index.html')).toBe('/a/index.html');
    expect(aliasPage('/html/1.html')).toBe('/html/1.html');
    expect(aliasPage('/plus/view.php?x=2&aid=1')).toBe(aliasPage('/plus/view.php?aid=1&x=2'));
    expect(aliasPage('/plus/view.php?aid=%31')).toBe(aliasPage('/plus/view.php?aid=1'));
    expect(aliasPage('/plus/view.php?aid=1')).not.toBe(aliasPage('/plus/view.php?aid=10'));
  });

  test('aliasPage: an old address copied from a browser, percent-encoded, is the page its characters name, as a host reads it', () => {
    expect(aliasPage('/2019/03/05/%E6%97%A7%E9%97%BB/')).toBe('/2019/03/05/旧闻/index.html');
    expect(aliasPage('/2019/03/05/%E6%97%A7%E9%97%BB/')).toBe(aliasPage('/2019/03/05/旧闻/'));
    expect(aliasPage('/%E6%97%A7/view.php?aid=1')).toBe(aliasPage('/旧/view.php?aid=1'));
  });

  test('requestedPage: what a browser asked for, keyed as aliasPage keys an old address', () => {
    expect(requestedPage('/a/', '')).toBe(aliasPage('/a/'));
    expect(requestedPage('/a/index.html', '')).toBe(aliasPage('/a/'));
    expect(requestedPage('/plus/view.php', '?x=2&aid=1')).toBe(aliasPage('/plus/view.php?aid=1&x=2'));
    expect(requestedPage('/%E6%97%A7/1.html', '')).toBe(aliasPage('/旧/1.html'));
  });
});

test('numberedPage: a listing’s page with its number written, page 1 too; the tag index’s under /tags/page/', () => {
  expect(numberedPage('/sections/today/', 1)).toBe('/sections/today/1/');
  expect(numberedPage('/sections/today/', 7)).toBe('/sections/today/7/');
  expect(numberedPage(tagsUrl(), 1)).toBe('/tags/page/1/');
});
