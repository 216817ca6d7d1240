import { describe, expect, test } from 'vitest';
import { paginate } from './pagination.ts';
import { oldPins, PIN_NOTICE_DAYS, PINNED_LIMIT, pinnedFirst, pinProblems, type Pin } from './pinned.ts';

/** Articles newest first, as a section's list comes: a0 is the newest. */
const newestFirst = (count: number, pinned: readonly number[]) =>
  Array.from({ length: count }, (_, i) => ({ id: `a${i}`, data: { flags: pinned.includes(i) ? ['featured', 'pinned'] : ['featured'] } }));
const ids = (list: readonly { id: string }[]) => list.map((article) => article.id);

describe('pinnedFirst', () => {
  test('puts pinned articles first, newest first among them, then the rest by date', () => {
    expect(ids(pinnedFirst(newestFirst(6, [4, 2])))).toEqual(['a2', 'a4', 'a0', 'a1', 'a3', 'a5']);
  });

  test('without pins, the list is by date as it came', () => {
    const list = newestFirst(5, []);
    expect(ids(pinnedFirst(list))).toEqual(ids(list));
    expect(pinnedFirst(list)).not.toBe(list);
  });

  test('every article once, so the pages and 共 N 页 M 条 stay as they were', () => {
    const list = newestFirst(45, [30, 21, 44]);
    const pinned = pinnedFirst(list);
    expect([...ids(pinned)].sort()).toEqual([...ids(list)].sort());
    expect(new Set(ids(pinned)).size).toBe(45);
    const pages = paginate(pinned, 20);
    expect(pages.map((page) => [page.number, page.lastPage, page.total, page.items.length])).toEqual(
      paginate(list, 20).map((page) => [page.number, page.lastPage, page.total, page.items.length]),
    );
    // Pins from pages 2 and 3 lead page 1; page 2 starts where page 1 now ends.
    expect(ids(pages[0]!.items).slice(0, 4)).toEqual(['a21', 'a30', 'a44', 'a0']);
    expect(ids(pages[1]!.items)[0]).toBe('a17');
    expect(pages.flatMap((page) => ids(page.items)).filter((id) => ['a21', 'a30', 'a44'].includes(id))).toHaveLength(3);
  });
});

const pin = (file: string, section: string, date = '2026-11-01T00:00:00Z'): Pin => ({ file, section, date: new Date(date) });
const name = (id: string) => ({ today: '今日资讯', law: '法治要闻' })[id] ?? id;

describe('pinProblems', () => {
  test(`${PINNED_LIMIT} pins in a section are allowed, in every section`, () => {
    const pins = ['a', 'b', 'c'].flatMap((f) => [pin(`today/${f}.md`, 'today'), pin(`law/${f}.md`, 'law')]);
    expect(pinProblems(pins, name)).toEqual([]);
  });

  test('one more is refused at each pinned file of that section, naming the section and the other files', () => {
    const pins = [...['a', 'b', 'c', 'd'].map((f) => pin(`${f}.md`, 'today')), pin('e.md', 'law')];
    const problems = pinProblems(pins, name);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['a.md', 'flags'],
      ['b.md', 'flags'],
      ['c.md', 'flags'],
      ['d.md', 'flags'],
    ]);
    expect(problems[0]!.message).toBe(
      '栏目 today（今日资讯）有 4 篇置顶文章，最多 3 篇（置顶太多会把最新的新闻挤出栏目第一页和首页）：请去掉 1 篇的 pinned。同栏目置顶的还有：b.md、c.md、d.md',
    );
  });
});

describe('oldPins', () => {
  const now = new Date('2026-11-26T00:00:00Z');
  test(`names pins on articles older than ${PIN_NOTICE_DAYS} days, oldest first`, () => {
    const pins = [
      pin('recent.md', 'today', '2026-11-20T00:00:00Z'),
      pin('exactly.md', 'today', '2026-10-27T00:00:00Z'),
      pin('older.md', 'law', '2026-10-26T23:59:59Z'),
      pin('oldest.md', 'today', '2026-01-12T07:00:00Z'),
    ];
    expect(oldPins(pins, now).map((p) => p.file)).toEqual(['oldest.md', 'older.md']);
    expect(oldPins([], now)).toEqual([]);
  });
});
