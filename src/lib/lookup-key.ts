/**
 * What 人员查询 compares (src/components/PeopleLookup.astro): a name or a credential number as
 * typed in any of the ways a reader types it. Full-width letters and digits (a Chinese input
 * method's ９９０１…, ＦＺＢＤ) are their half-width selves; spaces, dashes of every kind
 * (- － — ‐ …) and the middle dots of a transcribed name (阿依古丽·买买提, ・, •) are left out,
 * and so are invisible format characters: the word joiners an article's body binds each · with
 * (README, 间隔号), copied with a name from it, and a zero-width space pasted from a chat;
 * Latin letters in either case are one.
 */
import { MIDDLE_DOTS } from './middle-dots.ts';

const IGNORED = new RegExp(`[\\s\\p{Pd}\\p{Cf}\\u2212${MIDDLE_DOTS}]`, 'gu');

export function lookupKey(text: string): string {
  return text.normalize('NFKC').replace(IGNORED, '').toLowerCase();
}

/**
 * What an editor is told about the credential number `number` when `holder` (a person's file, a
 * row of an import) has the same one as 人员查询 compares them (lookupKey): readers verify a
 * reporter by it, and both would answer.
 */
export function sharedNumberMessage(number: string, holder: string | { row: number }): string {
  const whose = typeof holder === 'string' ? ` ${holder} ` : `第 ${holder.row} 行`;
  return `证件号 ${number} 与${whose}的相同：读者在人员查询里凭证件号核实身份，一个号码只能属于一位，请核对`;
}
