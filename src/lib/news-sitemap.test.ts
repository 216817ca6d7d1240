import { describe, expect, test } from 'vitest';
import { NEWS_SITEMAP_DAYS, NEWS_SITEMAP_SIZE, newsLanguage, newsSitemap } from './news-sitemap.ts';
import { elementsNamed, readXml, type XmlElement } from '../../tests/support/xml.ts';

const SITE = { name: '法治报道', url: 'https://example.cn', lang: 'zh-CN', timeZone: 'Asia/Shanghai' };
const NOW = new Date('2026-11-27T10:00:00+08:00');
const HOUR = 60 * 60 * 1000;
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** An article `hours` before NOW, as the site index holds it (newest first is the caller's order). */
const article = (hours: number, title = `${hours} 小时前的文章`, slug = `a${hours}`) => ({
  url: `/articles/2026/11/${slug}/`,
  data: { title, date: new Date(NOW.getTime() - hours * HOUR) },
});

/** The sitemap read back by a conforming XML parser, each entry's fields by their namespace. */
function entries(xml: string) {
  const root = readXml(xml);
  expect(root).toMatchObject({ name: 'urlset', uri: SITEMAP });
  const child = (element: XmlElement, name: string, uri: string) => {
    const found = element.children.filter((each) => each.name === name && each.uri === uri);
    expect(found, name).toHaveLength(1);
    return found[0]!;
  };
  return root.children.map((url) => {
    expect(url).toMatchObject({ name: 'url', uri: SITEMAP });
    const news = child(url, 'news:news', NEWS);
    const publication = child(news, 'news:publication', NEWS);
    return {
      loc: child(url, 'loc', SITEMAP).text,
      name: child(publication, 'news:name', NEWS).text,
      language: child(publication, 'news:language', NEWS).text,
      date: child(news, 'news:publication_date', NEWS).text,
      title: child(news, 'news:title', NEWS).text,
    };
  });
}

describe('newsSitemap', () => {
  test('names each article of the last two days with the outlet, its language, its time and its title', () => {
    const xml = newsSitemap([article(1, '潍坊市民政局多措并举'), article(47)], { now: NOW, site: SITE });
    expect(entries(xml)).toEqual([
      { loc: 'https://example.cn/articles/2026/11/a1/', name: '法治报道', language: 'zh-cn', date: '2026-11-27T09:00:00+08:00', title: '潍坊市民政局多措并举' },
      { loc: 'https://example.cn/articles/2026/11/a47/', name: '法治报道', language: 'zh-cn', date: '2026-11-25T11:00:00+08:00', title: '47 小时前的文章' },
    ]);
  });

  test('leaves out what is older than two days, and what is not published yet', () => {
    const days = NEWS_SITEMAP_DAYS * 24;
    const xml = newsSitemap([article(-1), article(0), article(days - 0.01), article(days), article(days + 1), article(24 * 30)], { now: NOW, site: SITE });
    expect(entries(xml).map(({ loc }) => loc.split('/').at(-2))).toEqual(['a0', `a${days - 0.01}`]);
  });

  test('with nothing new it is an empty sitemap, still well-formed', () => {
    expect(entries(newsSitemap([article(24 * 5)], { now: NOW, site: SITE }))).toEqual([]);
    expect(entries(newsSitemap([], { now: NOW, site: SITE }))).toEqual([]);
  });

  test('holds at most 1,000 articles, the newest, however many came out in two days', () => {
    const many = Array.from({ length: 1500 }, (_, i) => article(i / 40, `第 ${i} 篇`, `n${i}`));
    const listed = entries(newsSitemap(many, { now: NOW, site: SITE }));
    expect(listed).toHaveLength(NEWS_SITEMAP_SIZE);
    expect(listed.map(({ title }) => title)).toEqual(many.slice(0, NEWS_SITEMAP_SIZE).map(({ data }) => data.title));
  });

  test('a title with & < > and quotes, or a control character pasted in, stays well-formed and reads back as written', () => {
    const title = '“R&D”<b>投入</b> ]]> 增长\u0008三成';
    const [entry] = entries(newsSitemap([article(1, title)], { now: NOW, site: { ...SITE, name: 'A&B 报' } }));
    expect(entry).toMatchObject({ title: '“R&D”<b>投入</b> ]]> 增长三成', name: 'A&B 报' });
  });

  test('every article of a 50,000-article archive published in its last day: within Google’s 1,000', () => {
    const archive = Array.from({ length: 50_000 }, (_, i) => article(i / 2000, `第 ${i} 篇`, `b${i}`));
    const xml = newsSitemap(archive, { now: NOW, site: SITE });
    expect(elementsNamed(readXml(xml), 'url')).toHaveLength(NEWS_SITEMAP_SIZE);
  });
});

describe('newsLanguage', () => {
  test.each([
    ['zh-CN', 'zh-cn'],
    ['zh-Hans', 'zh-cn'],
    ['zh', 'zh-cn'],
    ['zh-TW', 'zh-tw'],
    ['zh-Hant-HK', 'zh-tw'],
    ['en-US', 'en'],
    ['fr', 'fr'],
  ])('%s is %s', (lang, expected) => {
    expect(newsLanguage(lang)).toBe(expected);
  });
});
