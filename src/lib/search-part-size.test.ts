import { describe, expect, test } from 'vitest';
import { ContentError } from './errors.ts';
import { SEARCH_PART_SIZE, searchPartSize } from './search-part-size.ts';

describe('searchPartSize', () => {
  test('is BAODAO_SEARCH_PART_SIZE when set, else SEARCH_PART_SIZE', () => {
    expect(searchPartSize({ BAODAO_SEARCH_PART_SIZE: '20' })).toBe(20);
    expect(searchPartSize({})).toBe(SEARCH_PART_SIZE);
    expect(searchPartSize({ BAODAO_SEARCH_PART_SIZE: '' })).toBe(SEARCH_PART_SIZE);
  });

  // abc and 0 were SEARCH_PART_SIZE without a word; -5 and 1.5 stopped the build in English once every page was built.
  test.each(['abc', '0', '-5', '1.5'])('rejects %s, naming the variable: not a positive whole number', (value) => {
    expect(() => searchPartSize({ BAODAO_SEARCH_PART_SIZE: value })).toThrow(ContentError);
    expect(() => searchPartSize({ BAODAO_SEARCH_PART_SIZE: value })).toThrow(`环境变量 BAODAO_SEARCH_PART_SIZE: “${value}”不是正整数，请写搜索索引每个分卷放多少篇文章，如 2000`);
  });
});
