import { describe, expect, test } from 'vitest';
import { ContentError } from './errors.ts';
import { wholeNumberSetting } from './whole-number-setting.ts';

describe('wholeNumberSetting', () => {
  const read = (value: string | undefined) => wholeNumberSetting({ BAODAO_X: value }, 'BAODAO_X', 64, '每个文件放多少个旧地址');

  test.each([
    ['2', 2],
    [' 2000 ', 2000],
    ['020', 20],
    [undefined, 64],
    ['', 64],
    ['  ', 64],
  ])('%j is %d: the number written, else the default', (value, expected) => {
    expect(read(value)).toBe(expected);
  });

  test.each(['-5', '0', '00', 'abc', '1.5', '2e3', '0x10', '20 篇'])('%j stops the build, naming the variable and what to write', (value) => {
    expect(() => read(value)).toThrow(ContentError);
    expect(() => read(value)).toThrow(`环境变量 BAODAO_X: “${value}”不是正整数，请写每个文件放多少个旧地址，如 64`);
  });
});
