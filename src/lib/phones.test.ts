import { describe, expect, test } from 'vitest';
import { PHONE_IN_TEXT, phoneLinks } from './phones.ts';

describe('phoneLinks', () => {
  test('a number with its area code dials in international form, written as it was', () => {
    expect(phoneLinks(['010-57027107'])).toEqual([{ label: '010-57027107', href: 'tel:+86-10-57027107' }]);
    expect(phoneLinks(['0536 8888888'])[0]!.href).toBe('tel:+86-536-8888888');
    expect(phoneLinks(['（0536）8888888'])[0]!.href).toBe('tel:+86-536-8888888');
  });

  // Beijing (010) and 020–029 have two digits after the 0, every other area three: written
  // without a hyphen, 01057027107 is Beijing's 5702 7107, never an area 105.
  test.each([
    ['（010）57027107', 'tel:+86-10-57027107'],
    ['(010)57027107', 'tel:+86-10-57027107'],
    ['010 57027107', 'tel:+86-10-57027107'],
    ['010 5702 7107', 'tel:+86-10-57027107'],
    ['01057027107', 'tel:+86-10-57027107'],
    ['021 6888 8888', 'tel:+86-21-68888888'],
    ['05368888888', 'tel:+86-536-8888888'],
    ['075588888888', 'tel:+86-755-88888888'],
  ])('%s, its area code not set off by a hyphen, dials %s', (label, href) => {
    expect(phoneLinks([label])).toEqual([{ label, href }]);
  });

  // A Chinese keyboard types full-width digits and dashes; the label stays as written.
  test.each([
    ['010－57027107', 'tel:+86-10-57027107'],
    ['０１０-５７０２７１０７', 'tel:+86-10-57027107'],
    ['010—57027107', 'tel:+86-10-57027107'],
    ['１３８００１３８０００', 'tel:+86-13800138000'],
  ])('%s, typed full-width, dials %s', (label, href) => {
    expect(phoneLinks([label])).toEqual([{ label, href }]);
  });

  test('a local number after a full-width one takes its area code', () => {
    expect(phoneLinks(['010－57027107', '57027127'])[1]!.href).toBe('tel:+86-10-57027127');
  });

  test('a number without one takes the area code of the number before it, as print lists them', () => {
    expect(phoneLinks(['010-57027107', '57027127']).map((phone) => phone.href)).toEqual([
      'tel:+86-10-57027107',
      'tel:+86-10-57027127',
    ]);
    expect(phoneLinks(['010-57027107', '0536-8888888', '8888889'])[2]!.href).toBe('tel:+86-536-8888889');
  });

  test('a local number with no area code before it is not a link: it would dial the reader’s own city', () => {
    expect(phoneLinks(['57027127', '010-57027107'])).toEqual([
      { label: '57027127', href: undefined },
      { label: '010-57027107', href: 'tel:+86-10-57027107' },
    ]);
  });

  test('mobile and service numbers', () => {
    expect(phoneLinks(['13800138000'])[0]!.href).toBe('tel:+86-13800138000');
    expect(phoneLinks(['400-810-8888'])[0]!.href).toBe('tel:400-810-8888');
    expect(phoneLinks(['12345'])[0]!.href).toBe('tel:12345');
    expect(phoneLinks(['转 8001'])[0]!.href).toBeUndefined();
  });
});

describe('a phone number in running text', () => {
  test.each([
    ['监督电话：010-57027107、010-57027127', ['010-57027107', '010-57027127']],
    ['咨询电话0839-1234567，或拨打400-810-8888', ['0839-1234567', '400-810-8888']],
    ['手机138-0013-8000。', ['138-0013-8000']],
    ['2023-12-11 发布，案号（2023）川0822民初1234号，12345热线', []],
    ['编号 20231211-0839-1234567-1', []],
    // A mobile starts 13 to 19: 100-2000-3000 is a range or a code, not one.
    ['区间 100-2000-3000，手机 199-1234-5678', ['199-1234-5678']],
    // An extension, a number in two groups and the international form are torn at a hyphen as well.
    ['总机0839-1234567-801，传真010-5702-7107', ['0839-1234567-801', '010-5702-7107']],
    ['境外请拨+86-10-57027107或+86-138-0013-8000。', ['+86-10-57027107', '+86-138-0013-8000']],
  ])('%s', (text, numbers) => {
    expect(text.match(PHONE_IN_TEXT) ?? []).toEqual(numbers);
  });
});
