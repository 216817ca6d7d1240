/**
 * Characters no one sees or means in a line of text: the C0 controls but tab, line feed and
 * carriage return, DEL, and the C1 controls. They come pasted from an old CMS or Word (a
 * backspace, a form feed) or from text decoded in the wrong encoding, show as nothing on a
 * page, and one of them makes a feed ill-formed XML that feed readers then show none of.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** The first control character in `value` and the number of characters before it, or undefined. */
export function firstControlCharacter(value: string): { character: string; before: number } | undefined {
  const found = CONTROL_CHARACTER.exec(value);
  return found ? { character: found[0], before: [...value.slice(0, found.index)].length } : undefined;
}

/** `value` without its control characters. */
export const withoutControlCharacters = (value: string): string => value.replace(new RegExp(CONTROL_CHARACTER, 'gu'), '');

/** U+0008, as an editor can look a character up. */
export const codePoint = (character: string): string => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What an editor is told of a line of a file (a body's, a YAML front matter's) with a control
 * character in it, or undefined for a line without one.
 */
export function controlCharacterInLine(line: string): string | undefined {
  const found = firstControlCharacter(line);
  if (!found) return undefined;
  const where = found.before === 0 ? '行首' : `第 ${found.before} 个字之后`;
  return `这一行有看不见的控制字符 ${codePoint(found.character)}（${where}），多是从旧系统或 Word 复制带来的：请删去它，或重新输入这一行`;
}
