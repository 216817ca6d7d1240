import { describe, expect, test } from 'vitest';
import {
  noSuchArticle,
  publishedAsWritten,
  publishedTopicParts,
  selectionProblems,
  topicParts,
  topicPages,
  topicUnpublishedAsWritten,
  topicsByArticle,
  withdrawnSelections,
} from './topics.ts';

const byId = new Map([
  ['2024/01/a', 'A'],
  ['2024/02/b', 'B'],
]);
const byTag = new Map([['民政', ['B', 'A']]]);
/** Every article, published or not. */
const ids = new Set([...byId.keys(), '2099/01/scheduled']);
const exists = (id: string) => ids.has(id);

test('a topic by tag takes the tag listing', () => {
  expect(topicParts({ tag: '民政' }, byId, byTag, exists)).toEqual([{ title: undefined, articles: ['B', 'A'] }]);
});

test('a topic by ids keeps the editor order', () => {
  expect(topicParts({ articles: ['2024/01/a', '2024/02/b'] }, byId, byTag, exists)).toEqual([
    { title: undefined, articles: ['A', 'B'] },
  ]);
});

test('named parts each select their own articles', () => {
  expect(
    topicParts({ parts: [{ title: '最新进展', tag: '民政' }, { title: '评论', articles: ['2024/01/a'] }] }, byId, byTag, exists),
  ).toEqual([
    { title: '最新进展', articles: ['B', 'A'] },
    { title: '评论', articles: ['A'] },
  ]);
});

test('an article not yet published is left out until it is, and so is a part left empty', () => {
  expect(
    topicParts(
      { parts: [{ title: '即将发布', articles: ['2099/01/scheduled'] }, { title: '评论', articles: ['2099/01/scheduled', '2024/01/a'] }] },
      byId,
      byTag,
      exists,
    ),
  ).toEqual([{ title: '评论', articles: ['A'] }]);
});

test('an id that names no article throws, naming it', () => {
  expect(() => topicParts({ articles: ['2024/01/a', '2024/03/no-such'] }, byId, byTag, exists)).toThrow('文章“2024/03/no-such”不存在');
});

test('an article named by its address or its file is told the id to write', () => {
  for (const written of ['/articles/2024/01/weifang/', 'articles/2024/01/weifang', '2024/01/weifang.md', '2024/01/weifang/']) {
    expect(noSuchArticle(written), written).toBe(
      `文章“${written}”不存在：专题里的文章写 id（articles/ 下的路径，不带 /articles/、结尾的 / 和 .md），如 2024/01/weifang`,
    );
  }
  expect(noSuchArticle('2024/03/no-such')).toBe('文章“2024/03/no-such”不存在');
});

test('each article gets the topics that list it, in the order given, each once however many of its parts list it', () => {
  const a = { id: '2024/01/a' };
  const b = { id: '2024/02/b' };
  const newer = { title: '新专题', parts: [{ title: '进展', articles: [a] }, { title: '评论', articles: [a, b] }] };
  const older = { title: '旧专题', parts: [{ title: undefined, articles: [a] }] };
  const byArticle = topicsByArticle([newer, older]);
  expect(byArticle.get('2024/01/a')).toEqual([newer, older]);
  expect(byArticle.get('2024/02/b')).toEqual([newer]);
  expect(byArticle.has('2024/03/c')).toBe(false);
});

test('a tag no article has, or an id of no article, drafts and scheduled ones counted, is a typo, named by its field', () => {
  const tagged = (tag: string) => ['民政', '只在草稿里'].includes(tag);
  expect(selectionProblems({ tag: '只在草稿里' }, exists, tagged)).toEqual([]);
  expect(selectionProblems({ articles: ['2099/01/scheduled', '2024/01/a'] }, exists, tagged)).toEqual([]);
  expect(selectionProblems({ tag: '民证' }, exists, tagged)).toEqual([{ field: 'tag', message: expect.stringMatching(/^没有文章带标签“民证”/) }]);
  expect(
    selectionProblems({ parts: [{ title: '最新进展', tag: '民政' }, { title: '评论', articles: ['2024/01/a', '2024/03/no-such'] }, { title: '深度', tag: '民证' }] }, exists, tagged),
  ).toEqual([
    { field: 'parts 第 2 项 articles 第 2 项', message: '文章“2024/03/no-such”不存在' },
    { field: 'parts 第 3 项 tag', message: expect.stringMatching(/^没有文章带标签“民证”/) },
  ]);
});

test('an article listed by id that is withdrawn is named by its field; one selected by a tag is not', () => {
  const withdrawn = (id: string) => id === '2024/02/b';
  expect(withdrawnSelections({ articles: ['2024/01/a', '2024/02/b'] }, withdrawn)).toEqual([{ field: 'articles 第 2 项', id: '2024/02/b' }]);
  expect(
    withdrawnSelections({ parts: [{ title: '最新进展', tag: '民政' }, { title: '评论', articles: ['2024/02/b'] }] }, withdrawn),
  ).toEqual([{ field: 'parts 第 2 项 articles 第 1 项', id: '2024/02/b' }]);
  expect(withdrawnSelections({ tag: '民政' }, withdrawn)).toEqual([]);
});

test('readers get a topic with an article published, not a draft (but in development), nor one with none published yet', () => {
  const published = { byId, byTag };
  expect(publishedTopicParts({ tag: '民政' }, published, exists)).toEqual([{ title: undefined, articles: ['B', 'A'] }]);
  expect(publishedTopicParts({ tag: '民政', draft: true }, published, exists)).toBeUndefined();
  expect(publishedTopicParts({ tag: '民政', draft: true }, published, exists, { drafts: true })).toEqual([{ title: undefined, articles: ['B', 'A'] }]);
  expect(publishedTopicParts({ articles: ['2099/01/scheduled'] }, published, exists)).toBeUndefined();
  expect(publishedTopicParts({ tag: '只在草稿里' }, published, exists, { drafts: true })).toBeUndefined();
});

describe('a topic read before it is loaded, from front matter as written', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const TZ = 'Asia/Shanghai';
  const articles = [
    { id: '2024/01/a', data: { date: '2024-01-23 09:08:47', tags: [' 民政 ', '潍坊'] } },
    { id: '2025/12/draft', data: { date: '2025-12-01 09:00', tags: ['草稿标签'], draft: true } },
    { id: '2025/12/withdrawn', data: { date: '2025-12-01 09:00', tags: ['撤稿标签'], withdrawn: { date: '2025-12-02', reason: '测试' } } },
    // 08:30 on 2026-01-01 in Asia/Shanghai is 00:30 UTC: half an hour after `now`.
    { id: '2026/01/later', data: { date: '2026-01-01 08:30', tags: ['定时标签'] } },
  ];
  const published = publishedAsWritten(articles, now, TZ);
  const topic = (selection: Record<string, unknown>) => ({ title: '专题', description: '简介', date: '2025-01-01', ...selection });

  test('only the articles published at `now` are selected, their tags trimmed as the schema trims them', () => {
    expect([...published.byId.keys()]).toEqual(['2024/01/a']);
    expect([...published.byTag.keys()].sort()).toEqual(['民政', '潍坊']);
  });

  test.each([
    ['a tag of a published article', { tag: '民政' }, false],
    ['a tag written with spaces', { tag: ' 潍坊 ' }, false],
    ['a tag only a draft has', { tag: '草稿标签' }, true],
    ['a tag only a withdrawn article has', { tag: '撤稿标签' }, true],
    ['a tag only an article dated later has', { tag: '定时标签' }, true],
    ['ids of articles not published', { articles: ['2025/12/draft', '2026/01/later'] }, true],
    ['ids, one published', { articles: ['2026/01/later', '2024/01/a'] }, false],
    ['parts, one with a published article', { parts: [{ title: '进展', tag: '定时标签' }, { title: '回顾', articles: ['2024/01/a'] }] }, false],
    ['parts, none with a published article', { parts: [{ title: '进展', tag: '定时标签' }, { title: '回顾', articles: ['2025/12/draft'] }] }, true],
    ['a draft whose articles are published', { tag: '民政', draft: true }, true],
  ])('%s: unpublished %s', (_, selection, unpublished) => {
    expect(topicUnpublishedAsWritten(topic(selection), published, TZ)).toBe(unpublished);
  });

  test('front matter its schema refuses is left to the schema to report: the topic is read whole', () => {
    expect(topicUnpublishedAsWritten({ title: '专题', tag: '定时标签' }, published, TZ)).toBe(false);
  });
});

describe('topicPages: a topic paginated as a section is, its parts going on from page to page', () => {
  const parts = [
    { title: '最新进展', articles: ['a1', 'a2', 'a3'] },
    { title: '深度报道', articles: ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'] },
    { title: '评论', articles: ['c1'] },
  ];

  test('size articles a page, in runs by part; a part cut by a page goes on under its title on the next', () => {
    const pages = topicPages(parts, 4);
    expect(pages.map(({ number, lastPage, total }) => [number, lastPage, total])).toEqual([
      [1, 3, 10],
      [2, 3, 10],
      [3, 3, 10],
    ]);
    expect(pages.map((page) => page.items.map((run) => [run.part, run.title, run.articles]))).toEqual([
      [
        [0, '最新进展', ['a1', 'a2', 'a3']],
        [1, '深度报道', ['b1']],
      ],
      [[1, '深度报道', ['b2', 'b3', 'b4', 'b5']]],
      [
        [1, '深度报道', ['b6']],
        [2, '评论', ['c1']],
      ],
    ]);
  });

  test('a topic that fits on one page is one page of its parts, as before', () => {
    const pages = topicPages(parts, 20);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.items.map((run) => run.articles)).toEqual(parts.map((part) => part.articles));
  });

  test('a topic not split into parts pages its articles with no title', () => {
    const pages = topicPages([{ title: undefined, articles: ['x', 'y', 'z'] }], 2);
    expect(pages.map((page) => page.items)).toEqual([[{ part: 0, title: undefined, articles: ['x', 'y'] }], [{ part: 0, title: undefined, articles: ['z'] }]]);
  });
});
