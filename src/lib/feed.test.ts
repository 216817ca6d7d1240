import { getRssString } from '@astrojs/rss';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { FEED_SIZE, FEED_XMLNS, feedChannel, feedItems } from './feed.ts';
import { elementsNamed, readXml, type XmlElement } from '../../tests/support/xml.ts';
import type { Article } from './site-index.ts';

/** Just what the channel reads of an article. */
const article = (date: string, more: { updated?: string; corrections?: string[] } = {}) =>
  ({
    data: {
      date: new Date(date),
      updated: more.updated ? new Date(more.updated) : undefined,
      corrections: (more.corrections ?? []).map((at) => ({ date: new Date(at), text: '更正' })),
    },
  }) as unknown as Article;

const lastBuildDate = (channel: string) => /<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(channel)?.[1];

describe('feedChannel', () => {
  test('names the feed itself and its language', () => {
    const channel = feedChannel([article('2024-01-23T01:08:47Z')], 'https://example.cn/rss.xml?a=1&b=2', 'Asia/Shanghai');
    expect(channel).toContain('<language>zh-cn</language>');
    expect(channel).toContain('<atom:link href="https://example.cn/rss.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>');
  });

  test("is dated by the latest change among its articles, in the site's time zone", () => {
    const newest = article('2024-01-23T01:08:47Z');
    const corrected = article('2024-01-20T00:00:00Z', { corrections: ['2024-01-24T02:30:00Z'] });
    expect(lastBuildDate(feedChannel([newest], 'u', 'Asia/Shanghai'))).toBe('Tue, 23 Jan 2024 09:08:47 +0800');
    expect(lastBuildDate(feedChannel([newest, corrected], 'u', 'Asia/Shanghai'))).toBe('Wed, 24 Jan 2024 10:30:00 +0800');
  });

  test('articles beyond the feed do not date it; an empty feed has no date', () => {
    const old = Array.from({ length: FEED_SIZE }, () => article('2024-01-01T00:00:00Z'));
    const outside = article('2023-01-01T00:00:00Z', { updated: '2024-06-01T00:00:00Z' });
    expect(lastBuildDate(feedChannel([...old, outside], 'u', 'Asia/Shanghai'))).toBe('Mon, 01 Jan 2024 08:00:00 +0800');
    expect(lastBuildDate(feedChannel([], 'u', 'Asia/Shanghai'))).toBeUndefined();
  });
});

describe('feedItems', () => {
  test('lists the section and the tags as categories, each once', () => {
    const cases = {
      url: '/articles/2026/11/x/',
      summary: '摘要',
      section: { name: '以案说法' },
      data: { title: '标题', date: new Date('2026-11-25T03:00:00Z'), author: ['郭静雯'], source: '法治报道', tags: ['借名买房', '以案说法', '民法典'] },
    } as unknown as Article;
    expect(feedItems([cases], 'Asia/Shanghai')[0]?.categories).toEqual(['以案说法', '借名买房', '民法典']);
  });
});

describe('feedItems in a feed', () => {
  /** XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets): anything else makes the document ill-formed. */
  const xmlChars = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

  test('a control character pasted into a field is left out, so the feed stays well-formed', async () => {
    const pasted = {
      url: '/articles/2026/11/x/',
      summary: '第一行\u000b第二行',
      section: { name: '今日资讯' },
      data: { title: '控制\b字符 A&B', date: new Date('2026-11-25T03:00:00Z'), author: ['林\u0007晓雨'], source: '法治报道', tags: ['民\u0001政'] },
    } as unknown as Article;
    const xml = await getRssString({ title: '法治报道', description: '说明', site: 'https://example.cn', items: feedItems([pasted], 'Asia/Shanghai'), xmlns: FEED_XMLNS });
    expect(xml).toMatch(xmlChars);
    const feed = parseDocument(xml, { xmlMode: true });
    const texts = (name: string) => DomUtils.getElementsByTagName(name, feed).map((element) => DomUtils.textContent(element));
    expect(texts('title')).toEqual(['法治报道', '控制字符 A&B']);
    expect(texts('description')).toEqual(['说明', '第一行第二行']);
    expect(texts('dc:creator')).toEqual(['林晓雨']);
    expect(texts('category')).toEqual(['今日资讯', '民政']);
  });
});

describe('a feed of hostile text, read back by a conforming XML parser', () => {
  /** What an editor can paste and the content check lets through: markup and entities as text, CDATA's end, emoji, line and paragraph separators, bidi and zero-width marks, full-width signs. */
  const hostile = 'R&D <b>粗</b> &amp; ]]> </script><!-- 🎉👨‍👩‍👧 \u2028行\u2029段 \u200f\u202eRTL\u202c ＆＜＞ "引" \'单\' \ufeff零宽\u200b';
  const longTitle = [...`${hostile} ${'某某案件执行公告第三十二条'.repeat(40)}`].slice(0, 300).join('');
  const article = {
    url: '/articles/2025/07/hostile/',
    // U+FFFE passes the content check (it is no control character) but XML cannot hold it.
    summary: `导读 ${hostile}\t制表\ufffe末`,
    section: { name: '法治要闻' },
    data: {
      title: longTitle,
      date: new Date('2025-06-30T16:30:00Z'),
      author: ["O'Brien & <Co>", '阿依古丽·买买提'],
      source: '法治报道',
      tags: ['R&D', '<script>', ']]>'],
    },
  } as unknown as Article;

  test('is well-formed, and gives back every field as written, escaped once: the 300-character title whole, only U+FFFE left out', async () => {
    const xml = await getRssString({
      title: '法治 & 报道 <站>',
      description: '说明 ]]>',
      site: 'https://example.cn',
      items: feedItems([article], 'Asia/Shanghai'),
      xmlns: FEED_XMLNS,
      customData: feedChannel([article], 'https://example.cn/rss.xml', 'Asia/Shanghai'),
    });
    const rss = readXml(xml);
    const [channel] = elementsNamed(rss, 'channel');
    const [item] = elementsNamed(rss, 'item');
    const text = (element: XmlElement | undefined, name: string) => elementsNamed(element!, name).map((found) => found.text);
    expect(channel!.children.find((child) => child.name === 'title')?.text).toBe('法治 & 报道 <站>');
    expect(text(item, 'title')).toEqual([longTitle]);
    expect([...longTitle]).toHaveLength(300);
    // A feed reader reads the description as HTML: what it shows is the summary as written, markup and all.
    const shown = text(item, 'description').map((html) => DomUtils.textContent(parseDocument(html, { decodeEntities: true })));
    expect(shown).toEqual([`导读 ${hostile}\t制表末`]);
    expect(text(item, 'dc:creator')).toEqual(["O'Brien & <Co> 阿依古丽·买买提"]);
    expect(elementsNamed(item!, 'dc:creator')[0]!.uri).toBe('http://purl.org/dc/elements/1.1/');
    expect(text(item, 'category')).toEqual(['法治要闻', 'R&D', '<script>', ']]>']);
    expect(text(item, 'pubDate')).toEqual(['Tue, 01 Jul 2025 00:30:00 +0800']);
    expect(text(item, 'link')).toEqual(['https://example.cn/articles/2025/07/hostile/']);
    // `&amp;` written by the editor is kept as those five characters, not read as `&`, nor escaped twice
    // (in the item's description it is escaped once more, as HTML's text, above).
    const plainFields = xml.replace(/(<item>[\s\S]*?)<description>[\s\S]*?<\/description>/, '$1');
    expect(plainFields).not.toContain('&amp;amp;amp;');
    expect(plainFields.match(/&amp;amp;/g)).toHaveLength(1);
  });
});
