import { expect, test } from 'vitest';
import { lookupKey } from './lookup-key.ts';
import { WORD_JOINER } from './markdown-plugins.ts';

test.each([
  ['a number typed full-width by a Chinese input method', '９９０１２０２１０００１７３１', '990120210001731'],
  ['full-width letters and dash', 'ＦＺＢＤ－２０２０－００９', 'fzbd2020009'],
  ['dashes of every kind, spaces and an ideographic space', 'FZBD—2020‐009 ０１', 'fzbd202000901'],
  ['a minus sign', 'FZBD−2020', 'fzbd2020'],
  ['the middle dots of a transcribed name', '阿依古丽·买买提', '阿依古丽买买提'],
  ['a katakana middle dot', '阿依古丽・买买提', '阿依古丽买买提'],
  ['a hyphenation point, as typed in Taiwan', '阿依古丽‧买买提', '阿依古丽买买提'],
  ['a half-width katakana middle dot', '阿依古丽･买买提', '阿依古丽买买提'],
  ['a name copied from an article, its 间隔号 bound with word joiners', `阿依古丽${WORD_JOINER}·${WORD_JOINER}买买提`, '阿依古丽买买提'],
  ['a zero-width space pasted with a number', 'FZBD\u200b2020', 'fzbd2020'],
  ['a name as it is', '马远征', '马远征'],
])('%s', (_, typed, key) => {
  expect(lookupKey(typed)).toBe(key);
});

test('a full-width number is found in the number as written in the directory', () => {
  expect(lookupKey('FZBD-2020-009').includes(lookupKey('ＦＺＢＤ－２０２０'))).toBe(true);
});
