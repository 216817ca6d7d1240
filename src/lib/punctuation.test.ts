import { expect, test } from 'vitest';
import { chineseQuoted } from './punctuation.ts';

test.each([
  ['“cases”', 'cases'],
  [' ‘许致衡’ ', '许致衡'],
  ['「./cover.jpg」', './cover.jpg'],
  ['“2024-03-05 10:00”', '2024-03-05 10:00'],
])('%s is %s in Chinese quotes', (value, inner) => {
  expect(chineseQuoted(value)).toBe(inner);
});

test.each(['“老同学”视频借钱竟是AI换脸', '“甲”和“乙”', 'cases', '“”', '“未闭合'])('%s is not a value in quotes', (value) => {
  expect(chineseQuoted(value)).toBeUndefined();
});
