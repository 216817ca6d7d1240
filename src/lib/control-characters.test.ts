import { expect, test } from 'vitest';
import { codePoint, controlCharacterInLine, firstControlCharacter, withoutControlCharacters } from './control-characters.ts';

test.each([
  ['a backspace pasted from an old CMS', '法治\b报道', { character: '\b', before: 2 }],
  ['a form feed', '\f标题', { character: '\f', before: 0 }],
  ['a C1 control from text decoded as Latin-1', '潍坊\u0085民政', { character: '\u0085', before: 2 }],
  ['DEL', '标题\u007f', { character: '\u007f', before: 2 }],
  ['counted in characters, not UTF-16 units', '😀\u0001', { character: '\u0001', before: 1 }],
])('%s is found', (_, value, found) => {
  expect(firstControlCharacter(value)).toEqual(found);
});

test('tab, line breaks and every printable character are not control characters', () => {
  expect(firstControlCharacter('标题\t正文\r\n“引号”·—…\u00a0\u3000😀')).toBeUndefined();
});

test('control characters are taken out, the text around them kept', () => {
  expect(withoutControlCharacters('法治\b报道\u0000讯\u009f')).toBe('法治报道讯');
});

test('a character is named by its code point', () => {
  expect(codePoint('\b')).toBe('U+0008');
  expect(codePoint('\u009f')).toBe('U+009F');
});

test('a line with a control character is told which and where, counted in characters as an editor counts them', () => {
  expect(controlCharacterInLine('标题：县法院\u0008开庭')).toBe('这一行有看不见的控制字符 U+0008（第 6 个字之后），多是从旧系统或 Word 复制带来的：请删去它，或重新输入这一行');
  expect(controlCharacterInLine('\u007f开庭')).toContain('U+007F（行首）');
  expect(controlCharacterInLine('县法院\t开庭\r')).toBeUndefined();
});
