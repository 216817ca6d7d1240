import { expect, test } from 'vitest';
import { partition } from './search-parts.ts';

const item = (date: string, id = date) => ({ date, id });
const dates = (n: number) => Array.from({ length: n }, (_, i) => item(`2024-${String(i + 1).padStart(2, '0')}`));

test('runs of the given size from the oldest; newest part first, newest article first', () => {
  const parts = partition(dates(7), 3);
  expect(parts.map((p) => [p.id, p.items.map((i) => i.date.slice(5))])).toEqual([
    ['p3', ['07']],
    ['p2', ['06', '05', '04']],
    ['p1', ['03', '02', '01']],
  ]);
});

test('input order does not matter', () => {
  expect(partition([...dates(7)].reverse(), 3)).toEqual(partition(dates(7), 3));
});

test('articles of the same time are in id order, as the listings have them, whatever order they come in', () => {
  const same = [item('2024-05', 'b'), item('2024-05', 'a-b'), item('2024-05', 'a'), item('2024-06', 'c'), item('2024-04', 'd')];
  for (const given of [same, [...same].reverse()]) {
    expect(partition(given, 10)[0]!.items.map((i) => i.id)).toEqual(['c', 'a', 'a-b', 'b', 'd']);
  }
});

test('adding an article changes only the newest part', () => {
  const before = partition(dates(7), 3);
  const after = partition(dates(8), 3);
  expect(after.slice(1)).toEqual(before.slice(1));
});

test('every item is in exactly one part, none over the limit, dates never overlap between parts', () => {
  const items = Array.from({ length: 1000 }, (_, i) => item(`${2020 + (i % 5)}-${String(i).padStart(4, '0')}`));
  const parts = partition(items, 64);
  expect(parts.flatMap((p) => p.items)).toHaveLength(1000);
  expect(Math.max(...parts.map((p) => p.items.length))).toBeLessThanOrEqual(64);
  for (let i = 1; i < parts.length; i++) expect(parts[i - 1]!.items.at(-1)!.date >= parts[i]!.items[0]!.date).toBe(true);
});

test('no articles, no parts; a bad size is refused', () => {
  expect(partition([], 10)).toEqual([]);
  expect(() => partition(dates(2), 0)).toThrow(RangeError);
});
