import { describe, expect, test } from 'vitest';
import type { ArticleData, SectionData } from './schema.ts';
import { buildSiteIndex, TICKER_SIZE, type ArticleEntry } from './site-index.ts';

const sections: SectionData[] = [
  { id: 'today', name: '今日资讯', order: 1, aliases: [] },
  { id: 'video', name: '视频', order: 2, aliases: [] },
];
const now = new Date('2024-06-01T00:00:00Z');

function entry(id: string, date: string, overrides: Partial<ArticleData> = {}): ArticleEntry {
  return {
    id,
    data: {
      title: id,
      date: new Date(date),
      section: 'today',
      source: '法治报道',
      author: ['甲'],
      editor: ['乙'],
      tags: [],
      flags: [],
      draft: false,
      aliases: [],
      corrections: [],
      ...overrides,
    },
  };
}

const entries = [
  entry('2024/01/old', '2024-01-01T00:00:00Z'),
  entry('2024/05/headline', '2024-05-01T00:00:00Z', { flags: ['headline', 'featured'] }),
  entry('2024/05/newest', '2024-05-30T00:00:00Z', { section: 'video', summary: '导读' }),
  entry('2024/03/featured', '2024-03-01T00:00:00Z', { flags: ['featured', 'ticker'] }),
  entry('2024/02/draft', '2024-02-01T00:00:00Z', { draft: true }),
  entry('2024/07/future', '2024-07-01T00:00:00Z'),
  // The newest article, flagged everything and tagged like another: were it published, it would lead every list.
  entry('2024/05/withdrawn', '2024-05-31T00:00:00Z', {
    flags: ['headline', 'featured', 'ticker', 'pinned'],
    tags: ['民政'],
    aliases: ['/html/2024/0531/1.html', '/plus/view.php?aid=7'],
    withdrawn: { date: new Date('2024-05-31T06:00:00Z'), reason: '法院判决要求删除' },
  }),
];
const site = buildSiteIndex({ entries, sections, now, timeZone: 'Asia/Shanghai' });
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('buildSiteIndex', () => {
  test('lists published articles newest first, leaving out drafts and future articles', () => {
    expect(ids(site.articles)).toEqual(['2024/05/newest', '2024/05/headline', '2024/03/featured', '2024/01/old']);
    expect(site.byId.has('2024/02/draft')).toBe(false);
    expect(site.byId.has('2024/07/future')).toBe(false);
  });

  test('groups by section, every section present', () => {
    expect(ids(site.bySection.get('today')!)).toEqual(['2024/05/headline', '2024/03/featured', '2024/01/old']);
    expect(ids(site.bySection.get('video')!)).toEqual(['2024/05/newest']);
  });

  test('neighbours stay in the section: older is 上一篇, newer is 下一篇', () => {
    const middle = site.neighbours.get('2024/03/featured')!;
    expect(middle.older?.id).toBe('2024/01/old');
    expect(middle.newer?.id).toBe('2024/05/headline');
    expect(site.neighbours.get('2024/05/newest')).toEqual({ older: undefined, newer: undefined });
  });

  test('the headline is the newest flagged article; featured leaves it out', () => {
    expect(site.headline?.id).toBe('2024/05/headline');
    expect(ids(site.featured)).toEqual(['2024/03/featured']);
  });

  test('without a flagged headline, the newest article leads', () => {
    const plain = buildSiteIndex({ entries: [entries[0]!, entries[2]!], sections, now, timeZone: 'UTC' });
    expect(plain.headline?.id).toBe('2024/05/newest');
  });

  test('the ticker puts flagged articles first, then the latest, without repeats', () => {
    expect(ids(site.ticker)).toEqual(['2024/03/featured', '2024/05/newest', '2024/05/headline', '2024/01/old']);
    const many = Array.from({ length: 15 }, (_, i) => entry(`2024/01/a${i}`, `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`));
    expect(buildSiteIndex({ entries: many, sections, now, timeZone: 'UTC' }).ticker).toHaveLength(TICKER_SIZE);
  });

  test('a section listing puts its pinned articles first, newest first among them; every other list stays by date', () => {
    const pinned = buildSiteIndex({
      entries: [
        ...entries,
        entry('2024/04/pinned-newer', '2024-04-01T00:00:00Z', { flags: ['pinned'], tags: ['民政'] }),
        entry('2024/01/pinned-older', '2024-01-15T00:00:00Z', { flags: ['pinned'], tags: ['民政'] }),
      ],
      sections,
      now,
      timeZone: 'UTC',
    });
    const byDate = ['2024/05/headline', '2024/04/pinned-newer', '2024/03/featured', '2024/01/pinned-older', '2024/01/old'];
    expect(ids(pinned.sectionListings.get('today')!)).toEqual([
      '2024/04/pinned-newer',
      '2024/01/pinned-older',
      '2024/05/headline',
      '2024/03/featured',
      '2024/01/old',
    ]);
    expect(ids(pinned.sectionListings.get('video')!)).toEqual(['2024/05/newest']);
    expect(ids(pinned.bySection.get('today')!)).toEqual(byDate);
    expect(ids(pinned.articles).filter((id) => byDate.includes(id))).toEqual(byDate);
    expect(ids(pinned.tags[0]!.articles)).toEqual(['2024/04/pinned-newer', '2024/01/pinned-older']);
    expect(pinned.neighbours.get('2024/04/pinned-newer')).toMatchObject({ newer: { id: '2024/05/headline' }, older: { id: '2024/03/featured' } });
    expect(pinned.headline?.id).toBe('2024/05/headline');
  });

  test('the summary is the one in the data, or empty', () => {
    expect(site.byId.get('2024/05/newest')?.summary).toBe('导读');
    expect(site.byId.get('2024/01/old')?.summary).toBe('');
  });

  test("a video article without summary or text is summed up by its video's caption", () => {
    const video = { src: '/media/x.mp4', poster: './x.jpg', caption: '反诈宣传进广场' } as unknown as NonNullable<ArticleData['video']>;
    const videoOnly = buildSiteIndex({
      entries: [
        entry('2024/05/video-only', '2024-05-01T00:00:00Z', { section: 'video', video }),
        entry('2024/05/video-text', '2024-05-02T00:00:00Z', { section: 'video', video, firstParagraph: '正文第一段' }),
        entry('2024/05/video-summary', '2024-05-03T00:00:00Z', { section: 'video', video, summary: '导读' }),
      ],
      sections,
      now,
      timeZone: 'Asia/Shanghai',
    });
    expect(['2024/05/video-only', '2024/05/video-text', '2024/05/video-summary'].map((id) => videoOnly.byId.get(id)?.summary)).toEqual([
      '反诈宣传进广场',
      '正文第一段',
      '导读',
    ]);
  });

  test('development includes drafts and future articles, marked; never a withdrawn one', () => {
    const dev = buildSiteIndex({ entries, sections, now, timeZone: 'UTC', includeUnpublished: true });
    expect(dev.byId.get('2024/02/draft')?.status).toBe('草稿');
    expect(dev.byId.get('2024/07/future')?.status).toBe('定时发布');
    expect(dev.byId.get('2024/01/old')?.status).toBeUndefined();
    expect(dev.byId.has('2024/05/withdrawn')).toBe(false);
    expect(ids(dev.withdrawn)).toEqual(['2024/05/withdrawn']);
  });

  test('a withdrawn article is in no list: not the front page, ticker, section, neighbours, tags, archive or related', () => {
    const tagged = (id: string, date: string) => entry(id, date, { tags: ['民政'] });
    const withdrawn = entries.find((e) => e.id === '2024/05/withdrawn')!;
    const index = buildSiteIndex({ entries: [tagged('2024/05/a', '2024-05-01T00:00:00Z'), withdrawn], sections, now, timeZone: 'Asia/Shanghai' });
    const everyList = [
      index.articles,
      [...index.byId.values()],
      ...index.bySection.values(),
      ...index.sectionListings.values(),
      [index.headline].filter((a) => a !== undefined),
      index.featured,
      index.ticker,
      ...index.tags.map((t) => t.articles),
      ...index.archive.flatMap((y) => y.months.map((m) => m.articles)),
      ...index.related.values(),
      [...index.neighbours.values()].flatMap((n) => [n.older, n.newer].filter((a) => a !== undefined)),
    ];
    expect(everyList.flat().map((a) => a.id)).not.toContain('2024/05/withdrawn');
    expect(index.neighbours.has('2024/05/withdrawn')).toBe(false);
    expect(index.archive.map((y) => y.count)).toEqual([1]);
    expect(index.headline?.id).toBe('2024/05/a');
  });

  test('a withdrawn article keeps only its addresses, not its title or anything else readers saw', () => {
    expect(site.withdrawn).toEqual([
      { id: '2024/05/withdrawn', url: '/articles/2024/05/withdrawn/', aliases: ['/html/2024/0531/1.html', '/plus/view.php?aid=7'] },
    ]);
  });

  test('tags, archive and related are computed from published articles only', () => {
    const tagged = buildSiteIndex({
      entries: [
        entry('2024/01/a', '2024-01-10T00:00:00Z', { tags: ['民政'] }),
        entry('2024/02/b', '2024-02-10T00:00:00Z', { tags: ['民政'], draft: true }),
      ],
      sections,
      now,
      timeZone: 'Asia/Shanghai',
    });
    expect(tagged.tags.map((t) => [t.tag, ids(t.articles)])).toEqual([['民政', ['2024/01/a']]]);
    expect(tagged.archive.map((y) => y.count)).toEqual([1]);
    expect(tagged.related.get('2024/01/a')).toEqual([]);
  });
});
