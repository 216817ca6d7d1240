import { describe, expect, test } from 'vitest';
import { simplifiedQuery } from './simplified.ts';
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
