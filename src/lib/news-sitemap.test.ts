import { describe, expect, test } from 'vitest';
import { leftNewsSitemap, NEWS_SITEMAP_DAYS, NEWS_SITEMAP_SIZE, newsLanguage, newsSitemap } from './news-sitemap.ts';
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

  test('leaves out what is older than two days', () => {
    const days = NEWS_SITEMAP_DAYS * 24;
    const xml = newsSitemap([article(0), article(days - 0.01), article(days), article(days + 1), article(24 * 30)], { now: NOW, site: SITE });
    expect(entries(xml).map(({ loc }) => loc.split('/').at(-2))).toEqual(['a0', `a${days - 0.01}`]);
  });

  test('lists what the site index gives it as published: in npm run dev a scheduled article too, as a draft, like every list there', () => {
    const xml = newsSitemap([article(-5, '定时发布'), article(1, '草稿')], { now: NOW, site: SITE });
    expect(entries(xml).map(({ title }) => title)).toEqual(['定时发布', '草稿']);
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

describe('leftNewsSitemap', () => {
  // The hourly run's window: the live site built at 09:02 on the 27th, this run at 10:02, Beijing time.
  const since = new Date('2026-11-27T09:02:00+08:00');
  const now = new Date('2026-11-27T10:02:00+08:00');
  test.each([
    ['two days old inside the window, in the site\'s time zone', { draft: false, date: '2026-11-25 10:00' }, true],
    ['two days old inside the window, with its offset', { draft: false, date: '2026-11-25T02:00:00Z' }, true],
    ['two days old at the end of the window', { draft: false, date: '2026-11-25 10:02' }, true],
    ['two days old at the live build, left out by it', { draft: false, date: '2026-11-25 09:02' }, false],
    ['still within its two days', { draft: false, date: '2026-11-25 10:03' }, false],
    ['long gone', { draft: false, date: '2024-01-23 09:08:47' }, false],
    ['a YAML date', { draft: false, date: new Date('2026-11-25T02:00:00Z') }, true],
    ['a draft', { draft: true, date: '2026-11-25 10:00' }, false],
    ['withdrawn', { draft: false, date: '2026-11-25 10:00', withdrawn: { date: '2026-11-26 09:30', reason: '' } }, false],
    ['no date it can read', { draft: false, date: '昨天' }, false],
  ])('%s', (_, data, expected) => {
    expect(leftNewsSitemap(data, since, now, 'Asia/Shanghai')).toBe(expected);
  });

  test('agrees with the sitemaps the two builds write', () => {
    const articles = Array.from({ length: 200 }, (_, i) => article(i / 2, `第 ${i} 篇`, `w${i}`));
    const listed = (at: Date) => new Set(entries(newsSitemap(articles, { now: at, site: SITE })).map(({ title }) => title));
    const [before, after] = [listed(new Date(NOW.getTime() - HOUR)), listed(NOW)];
    const left = articles.filter(({ data }) => leftNewsSitemap({ draft: false, date: data.date }, new Date(NOW.getTime() - HOUR), NOW, SITE.timeZone));
    expect(left.map(({ data }) => data.title)).toEqual([...before].filter((title) => !after.has(title)));
    expect(left.length).toBeGreaterThan(0);
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
