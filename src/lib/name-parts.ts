import { WORD_JOINER } from './markdown-plugins.ts';

/**
 * A person's name as the parts a line may break between, for a name too long for its line (a
 * byline or 电头 on a 320 px phone, any name with text at 200%), which was kept whole and ran out
 * of its box: a transcribed name breaks after a 间隔号 (阿卜杜热合曼· / 买买提明· / 艾力江), the
 * 间隔号 bound to the character before it with a WORD JOINER, as in the body, so that no line
 * starts with it (Chromium breaks before a · too). A name without one is one part; a Latin name
 * breaks at its spaces and hyphens by itself. PersonNames puts a <wbr> between the parts.
 */
export function nameParts(name: string): string[] {
  return name
    .replaceAll('\u00b7', `${WORD_JOINER}\u00b7`)
    .split(/(?<=\u00b7)/u)
    .filter((part) => part !== '');
}
