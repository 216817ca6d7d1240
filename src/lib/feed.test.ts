import { describe, expect, test } from 'vitest';
import { FEED_SIZE, feedChannel, feedItems } from './feed.ts';
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
