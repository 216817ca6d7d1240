import { expect, test } from 'vitest';
import { LENGTH_LIMITS, longFieldMessage, longFields } from './long-fields.ts';

const of = (n: number) => '字'.repeat(n);

test('a title or a summary over its limit is named with its length; at the limit it is not', () => {
  expect(longFields({ title: of(LENGTH_LIMITS.title.limit), summary: of(LENGTH_LIMITS.summary.limit) })).toEqual([]);
  expect(longFields({ title: of(300), summary: of(1200) })).toEqual([
    { field: 'title', length: 300 },
    { field: 'summary', length: 1200 },
  ]);
  expect(longFields({ title: '标题' })).toEqual([]);
});

test('characters are counted as readers count them, not as UTF-16 units', () => {
  expect(longFields({ title: '𠮷'.repeat(LENGTH_LIMITS.title.limit) })).toEqual([]);
});

test('the message names the field, its length and the limit', () => {
  expect(longFieldMessage('title', 300)).toBe('标题 title 有 300 字，超过 64 字，可能是误粘贴了正文：请检查');
});
