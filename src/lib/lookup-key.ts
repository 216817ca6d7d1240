/**
 * What 人员查询 compares (src/components/PeopleLookup.astro): a name or a credential number as
 * typed in any of the ways a reader types it. Full-width letters and digits (a Chinese input
 * method's ９９０１…, ＦＺＢＤ) are their half-width selves; spaces, dashes of every kind
 * (- － — ‐ …) and the middle dots of a transcribed name (阿依古丽·买买提, ・, •) are left out;
 * Latin letters in either case are one.
 */
const IGNORED = /[\s\p{Pd}\u2212·・•‧]/gu;

export function lookupKey(text: string): string {
  return text.normalize('NFKC').replace(IGNORED, '').toLowerCase();
}
