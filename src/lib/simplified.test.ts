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
  // 显著: Taiwan's phrase 顯著 keeps its 著 (alone → 着) written in simplified characters too.
  test.each(['社会组织', '潍坊市民政局', '著名', '乾隆', '显著', '效果显著。', '著作权法', 'PM2.5', '５０％', ''])('%j has nothing to change', (query) => {
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
    expect(traditionalCharacters(['𠮷野家，吉野家'], (text) => text.replaceAll('𠮷', '吉'))).toBe('𠮷');
  });

  // OpenCC changes 么, 著 and 乾 alone (→ 幺, 着, 干), not in these words: listed, they made every
  // 为什么 or 著作权法 load the converter and wait for it.
  test('none of the characters simplified words hold, which the conversion changes only alone', () => {
    const texts = ['为什么要修改著作权法？怎么办？', '乾隆年间的著名书法家', '《著作权法》第十条'];
    expect(traditionalCharacters(texts, toSimplified)).toBe('');
    for (const query of ['什么', '为什么', '著作权', '著作权法', '乾隆']) expect(hasTraditional(query, traditionalCharacters(texts, toSimplified))).toBe(false);
  });

  test('nor 著 for 显著, which OpenCC’s Taiwan phrase 顯著 keeps only as written in traditional characters', () => {
    const traditional = traditionalCharacters(['整治效果显著。'], toSimplified);
    expect(traditional).toBe('');
    expect(hasTraditional('显著', traditional)).toBe(false);
  });

  test('nor a character the texts also hold where the conversion keeps it (乾隆), though a quote has it where it would not (乾燥)', () => {
    expect(toSimplified('乾燥')).toBe('干燥');
    const traditional = traditionalCharacters(['乾隆年间的碑刻', '他说：“天氣乾燥。”'], toSimplified);
    expect(traditional).toBe('氣');
    expect(hasTraditional('乾隆', traditional)).toBe(false);
  });

  test('a quote in traditional characters beside those words is still listed (環境), and a query holding it is told', () => {
    const texts = ['为什么著作权法要改？', '他说：“臺灣的生態環境和著作權保護”'];
    const traditional = traditionalCharacters(texts, toSimplified);
    expect([...traditional]).toEqual(expect.arrayContaining([...'臺灣態環權護']));
    expect(traditional).not.toMatch(/[么著]/u);
    expect(hasTraditional('環境', traditional)).toBe(true);
    expect(hasTraditional('著作权', traditional)).toBe(false);
  });

  // Every article's text passes here at each build: 什么 is in most, and its 么 once found kept
  // needs no run converted again (each conversion of a run ~0.2 ms, ~1 ms an article).
  test('converts a run only while one of its characters is still undecided, with the same list', () => {
    const texts = Array.from({ length: 1000 }, (_, i) => `第${i}篇：为什么要这么做，怎么做？`);
    texts.splice(500, 0, '他说：“臺灣的生態環境。”');
    const runs: string[] = [];
    const traditional = traditionalCharacters(texts, (text) => {
      if (text.length > 1) runs.push(text);
      return toSimplified(text);
    });
    expect(traditional).toBe([...'臺灣態環'].sort().join(''));
    expect(runs).toEqual(['为什么要这么做', '臺灣的生態環境']);
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
