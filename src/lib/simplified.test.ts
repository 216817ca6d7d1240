import { describe, expect, test } from 'vitest';
import { hasTraditional, simplifiedQuery, traditionalCharacters } from './simplified.ts';
import { toSimplified } from './simplified-converter.ts';

describe('simplifiedQuery, by OpenCC’s tables', () => {
  test.each([
    ['社會組織', '社会组织'],
    ['臺灣', '台湾'],
    ['頭髮', '头发'],
    ['民法典 電信網絡詐騙', '民法典 电信网络诈骗'],
    ['《個人信息保護法》', '《个人信息保护法》'],
  ])('%s → %s', (traditional, simplified) => {
    expect(simplifiedQuery(traditional, toSimplified)).toBe(simplified);
  });

  // Simplified words stay, also those whose characters a character-by-character table would change.
  test.each(['社会组织', '潍坊市民政局', '著名', '乾隆', 'PM2.5', '５０％', ''])('%j has nothing to change', (query) => {
    expect(simplifiedQuery(query, toSimplified)).toBeUndefined();
  });

  test('a query without Han characters is not converted at all', () => {
    expect(simplifiedQuery('ETC 5G', () => 'changed')).toBeUndefined();
  });
});

describe('traditionalCharacters: the characters of the indexed text the conversion changes', () => {
  test('those of a quote in traditional characters, each once, and none of the simplified text around it', () => {
    const texts = ['青川市生态环境局通报，全市空气质量持续改善。', '一位台湾志愿者写道：“臺灣的空氣品質和生態環境也在改善。”'];
    expect(traditionalCharacters(texts, toSimplified)).toBe([...'臺灣氣質態環'].sort().join(''));
  });

  test('a character beyond the first 65,536 (𠮷, of CJK Extension B) is read whole', () => {
    expect(traditionalCharacters(['𠮷野家，吉野家'], (c) => (c === '𠮷' ? '吉' : c))).toBe('𠮷');
  });

  test('letters, digits and punctuation are never listed, whatever the conversion does with them', () => {
    expect(traditionalCharacters(['ＰＭ２．５，50%'], () => 'changed')).toBe('');
  });
});

describe('hasTraditional: whether a query found may find more in simplified characters', () => {
  test.each([
    ['臺灣', true],
    ['空氣 污染', true],
    ['台湾', false],
    ['社会组织', false],
    ['', false],
  ])('%j → %s', (query, expected) => {
    expect(hasTraditional(query, '態氣灣環臺')).toBe(expected);
  });
});
