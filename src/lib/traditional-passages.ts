/**
 * Passages of an article in traditional characters, in a site written in simplified ones: a quote
 * of a reader in Taiwan or Hong Kong (“臺灣的空氣品質……”). A page says its language once,
 * `zh-CN`, and a screen reader reads every passage in that voice; one marked `lang="zh-Hant"`
 * (WCAG 3.1.2, language of parts) it reads in a traditional-Chinese voice, as it is written. Found
 * by OpenCC's conversion (simplified-converter.ts): a passage is traditional when converting it
 * changes at least MIN_CHANGED of its Han characters, and at least CHANGED_SHARE of them. A
 * simplified text has few that the conversion changes (乾 of 乾隆 alone), a traditional one many
 * (空氣品質 two of four, 臺灣 both).
 */

/** The language a traditional passage is marked in: Chinese in traditional characters, wherever its writer is. */
export const TRADITIONAL_LANG = 'zh-Hant';

/** What a passage in traditional characters has changed by the conversion, at least: characters, and their share of its Han characters. */
const MIN_CHANGED = 2;
const CHANGED_SHARE = 0.2;

/** A quotation between Chinese quotation marks, which is read on its own (the marks outside it). */
const QUOTED = /“([^“”]+)”|「([^「」]+)」|『([^『』]+)』/gu;
const HAN = /\p{Script=Han}/u;

/**
 * Whether `source` (an article's body) has at least MIN_CHANGED different characters of
 * `traditional` (TRADITIONAL_CHARACTERS): only then can a passage of it be traditional. A look-up
 * of each character, where converting every body took ~1 ms for 1,000 characters.
 */
export function mayHaveTraditional(source: string, traditional: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  for (const c of source) if (traditional.has(c) && seen.add(c).size >= MIN_CHANGED) return true;
  return false;
}

/** Whether `text` is in traditional characters, as `convert` (traditional to simplified) reads it. */
export function isTraditional(text: string, convert: (text: string) => string): boolean {
  const before = [...text];
  const han = before.filter((c) => HAN.test(c)).length;
  if (han < MIN_CHANGED) return false;
  const after = [...convert(text)];
  // OpenCC's phrases keep their length; one that did not is counted by what it left unchanged.
  const changed = after.length === before.length ? before.filter((c, i) => HAN.test(c) && after[i] !== c).length : before.filter((c) => HAN.test(c) && !after.includes(c)).length;
  return changed >= MIN_CHANGED && changed / han >= CHANGED_SHARE;
}

/**
 * The passages of `text` (one text node of a body) in traditional characters, each as its start
 * and end in `text`: the whole text when it has no quotation and is traditional, or else each
 * quotation that is, without its marks.
 */
export function traditionalPassages(text: string, convert: (text: string) => string): { start: number; end: number }[] {
  if (!HAN.test(text)) return [];
  const quotes = [...text.matchAll(QUOTED)];
  if (quotes.length === 0) return isTraditional(text, convert) ? [{ start: 0, end: text.length }] : [];
  return quotes.flatMap((quote) => {
    const inner = quote[1] ?? quote[2] ?? quote[3]!;
    const start = quote.index + 1;
    return isTraditional(inner, convert) ? [{ start, end: start + inner.length }] : [];
  });
}
