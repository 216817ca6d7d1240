import { expect, test } from 'vitest';
import { cachedByKey } from './keyed-cache.ts';

test('computes once while the key stays the same, and again when it changes', async () => {
  let runs = 0;
  const cached = cachedByKey(async () => ++runs);
  expect(await cached('a')).toBe(1);
  expect(await cached('a')).toBe(1);
  expect(await cached('b')).toBe(2);
  // One value is kept, the latest: going back to an older key computes again.
  expect(await cached('a')).toBe(3);
  expect(runs).toBe(3);
});

test('requests that come while it computes share the one computation', async () => {
  let runs = 0;
  const cached = cachedByKey(async () => {
    runs++;
    await new Promise((resolve) => setTimeout(resolve, 10));
    return runs;
  });
  expect(await Promise.all([cached('a'), cached('a'), cached('a')])).toEqual([1, 1, 1]);
  expect(runs).toBe(1);
});

test('a failure is not kept: the same key computes again', async () => {
  let runs = 0;
  const cached = cachedByKey(async () => {
    if (++runs === 1) throw new Error('栏目不存在');
    return runs;
  });
  await expect(cached('a')).rejects.toThrow('栏目不存在');
  expect(await cached('a')).toBe(2);
});
