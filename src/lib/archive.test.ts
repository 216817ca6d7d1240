import { expect, test } from 'vitest';
import { groupByMonth } from './archive.ts';

const at = (id: string, iso: string) => ({ id, data: { date: new Date(iso) } });

test('months are the site time zone months, newest first, with counts', () => {
  const list = [
    at('new-year-shanghai', '2023-12-31T16:30:00Z'), // 2024-01-01 00:30 in Shanghai
    at('dec', '2023-12-31T15:00:00Z'), // 2023-12-31 23:00 in Shanghai
    at('dec-early', '2023-12-01T00:00:00Z'),
    at('mar', '2023-03-10T00:00:00Z'),
  ];
  const years = groupByMonth(list, 'Asia/Shanghai');
  expect(years.map((y) => [y.year, y.count, y.months.map((m) => [m.month, m.articles.map((a) => a.id)])])).toEqual([
    [2024, 1, [[1, ['new-year-shanghai']]]],
    [
      2023,
      3,
      [
        [12, ['dec', 'dec-early']],
        [3, ['mar']],
      ],
    ],
  ]);
  // The same instants in UTC put the first article in December 2023.
  expect(groupByMonth(list, 'UTC')[0]!.year).toBe(2023);
});
