/** What parts two phrases of a headline: spaces, full-width ones too. */
export const PHRASE_SPACE = /[\s\u3000]+/u;

/**
 * A headline's phrases: the parts its spaces separate. A Chinese headline pauses with a space
 * (把法庭“搬”到村头 东岭区法院巡回审判进乡村), and a line should break there rather than inside
 * a phrase (…到村头 东 / 岭区法院…, a place name torn in two).
 */
export function titlePhrases(title: string): string[] {
  return title.split(PHRASE_SPACE).filter((phrase) => phrase !== '');
}
