import { expect, test } from 'vitest';
import { EXCEL_NUMBER, WrittenNumber, keptAsWritten } from './written-number.ts';

test.each([
  ['2026', 2026],
  ['-3', -3],
  ['11000000001', 11000000001],
])('a number read as written (%s) stays a number', (written, value) => {
  expect(keptAsWritten(written, value)).toBe(value);
});

test.each([
  ['9.90121E+14', 990121000000000],
  // What YAML reads: the nearest number a double holds, not the digits written.
  ['990120210001731234', Number('990120210001731234')],
  ['0123', 123],
  ['1.50', 1.5],
])('a number reading changes (%s) is kept as written', (written, value) => {
  expect(keptAsWritten(written, value)).toEqual(new WrittenNumber(written, value));
  expect(String(keptAsWritten(written, value))).toBe(written);
});

test('Excel’s scientific notation is told apart from digits written out', () => {
  expect(EXCEL_NUMBER.test('9.90121E+14')).toBe(true);
  expect(EXCEL_NUMBER.test('990120210001731234')).toBe(false);
});
