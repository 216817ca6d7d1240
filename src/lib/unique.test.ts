import { expect, test } from 'vitest';
import { uniqueBy } from './unique.ts';

test('uniqueBy keeps keys held by one item and drops shared ones', () => {
  const map = uniqueBy(
    [
      { id: 1, name: '林晓雨' },
      { id: 2, name: '王' },
      { id: 3, name: '王' },
    ],
    (p) => p.name,
  );
  expect([...map.keys()]).toEqual(['林晓雨']);
  expect(map.get('林晓雨')?.id).toBe(1);
});
