import { describe, expect, test } from 'vitest';
import { addressesPerFile } from './addresses-per-file.ts';
import { ContentError } from './errors.ts';
import { ADDRESSES_PER_FILE } from './old-addresses.ts';

describe('addressesPerFile', () => {
  test('is BAODAO_OLD_ADDRESSES_PER_FILE when set, else ADDRESSES_PER_FILE', () => {
    expect(addressesPerFile({ BAODAO_OLD_ADDRESSES_PER_FILE: '2' })).toBe(2);
    expect(addressesPerFile({})).toBe(ADDRESSES_PER_FILE);
    expect(addressesPerFile({ BAODAO_OLD_ADDRESSES_PER_FILE: '' })).toBe(ADDRESSES_PER_FILE);
  });

  test.each(['-1', '0', 'abc', '1.5'])('rejects %s, naming the variable: not a positive whole number', (value) => {
    expect(() => addressesPerFile({ BAODAO_OLD_ADDRESSES_PER_FILE: value })).toThrow(ContentError);
    expect(() => addressesPerFile({ BAODAO_OLD_ADDRESSES_PER_FILE: value })).toThrow(`环境变量 BAODAO_OLD_ADDRESSES_PER_FILE: “${value}”不是正整数`);
  });
});
