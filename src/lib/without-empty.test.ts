import { expect, test } from 'vitest';
import { withoutEmpty } from './without-empty.ts';

test('leaves out a field that is an empty string, null or undefined, at any depth, and keeps 0 and false', () => {
  expect(
    withoutEmpty({ headline: '标题', description: '', image: null, keywords: undefined, author: [{ '@type': 'Person', name: '林晓雨', url: '' }], width: 0, free: false }),
  ).toEqual({ headline: '标题', author: [{ '@type': 'Person', name: '林晓雨' }], width: 0, free: false });
});

test('leaves out an empty item of a list, and a list left with none', () => {
  expect(withoutEmpty({ images: ['', null], image: ['https://example.cn/a.jpg', ''] })).toEqual({ image: ['https://example.cn/a.jpg'] });
});
