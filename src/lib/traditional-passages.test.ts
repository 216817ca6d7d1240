import { expect, test } from 'vitest';
import { SIMPLIFIED_CHARACTERS, TRADITIONAL_CHARACTERS, toSimplified } from './simplified-converter.ts';
import { blockPassages, isTraditional, mayHaveTraditional } from './traditional-passages.ts';

/** The traditional passages found in a block's text, as their text: the whole text, or its quotes. */
const found = (text: string) => {
  const passages = blockPassages(text, toSimplified, SIMPLIFIED_CHARACTERS);
  return passages.whole ? [text] : passages.traditional.map(({ start, end }) => text.slice(start, end));
};

test.each([
  ['a quote in traditional characters, without its marks', '一位来自台湾的志愿者在留言中写道：“臺灣的空氣品質和生態環境也在改善。”', ['臺灣的空氣品質和生態環境也在改善。']],
  ['「」 and 『』 quotes too, each on its own', '他说「這是我們的責任」，又说「谢谢大家」，书名『國際關係』。', ['這是我們的責任', '國際關係']],
  ['a text without quotes, whole, when it is traditional', '香港特別行政區政府今日發表聲明', ['香港特別行政區政府今日發表聲明']],
])('%s', (_, text, passages) => {
  expect(found(text)).toEqual(passages);
});

test.each([
  ['simplified text', '贺长林今年62岁，退休前是一名中学教师。“调解没有什么秘诀，就是多听、多跑、多讲理。”他说。'],
  ['simplified words with a character the conversion changes alone (乾 of 乾隆), or that it keeps (么, 著)', '“为什么著作权法写得这么细？”乾隆年间的显著变化'],
  ['one traditional character is not a passage', '他写下一个“說”字'],
  ['no Han at all', '“Public-Interest-Litigation” 2024'],
])('%s: none', (_, text) => {
  expect(found(text)).toEqual([]);
});

test('a passage is traditional when the conversion changes two of its Han characters and a fifth of them', () => {
  expect(isTraditional('臺灣', toSimplified)).toBe(true);
  expect(isTraditional('臺湾', toSimplified)).toBe(false);
  expect(isTraditional('臺灣是一个很美丽的地方也是一个宝岛', toSimplified)).toBe(false);
});

test('a body is read for passages only when it has two different characters the conversion changes alone', () => {
  expect(mayHaveTraditional('写道：“臺灣的空氣品質。”', TRADITIONAL_CHARACTERS)).toBe(true);
  expect(mayHaveTraditional('贺长林今年62岁，退休前是一名中学教师。', TRADITIONAL_CHARACTERS)).toBe(false);
  expect(mayHaveTraditional('臺臺臺', TRADITIONAL_CHARACTERS)).toBe(false);
});

test('a traditional block quoting a simplified text is traditional, its quote simplified', () => {
  const text = '香港特別行政區政府今日發表聲明，稱「这是我们的责任」。';
  const passages = blockPassages(text, toSimplified, SIMPLIFIED_CHARACTERS);
  expect(passages.whole).toBe(true);
  expect(passages.simplified.map(({ start, end }) => text.slice(start, end))).toEqual(['这是我们的责任']);
  // A quote without characters only simplified text writes is not simplified: 台北, 中國.
  expect(blockPassages('香港特別行政區政府今日發表聲明，稱「台北」與「中國」。', toSimplified, SIMPLIFIED_CHARACTERS).simplified).toEqual([]);
});

test('乾 is a character the conversion changes alone; 么 and 著 are not', () => {
  expect(['乾', '么', '著'].map((c) => TRADITIONAL_CHARACTERS.has(c))).toEqual([true, false, false]);
});
