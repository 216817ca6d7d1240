/**
 * Passages of an article in traditional characters, in a site written in simplified ones: a quote
 * of a reader in Taiwan or Hong Kong (“臺灣的空氣品質……”). A page says its language once,
 * `zh-CN`, and a screen reader reads every passage in that voice; one marked `lang="zh-Hant"`
 * (WCAG 3.1.2, language of parts) it reads in a traditional-Chinese voice, as it is written. Found
 * by OpenCC's conversion (simplified-converter.ts): a passage is traditional when converting it
 * changes at least MIN_CHANGED of its Han characters, and at least CHANGED_SHARE of them. A
 * simplified text has few that the conversion changes (乾 of 乾隆 alone), a traditional one many
 * (空氣品質 two of four, 臺灣 both). A block of the body (a paragraph, a list item, a table cell,
 * a heading, a caption) is read whole, across its bold and links (blockPassages).
 */

/** The language a traditional passage is marked in: Chinese in traditional characters, wherever its writer is. */
export const TRADITIONAL_LANG = 'zh-Hant';

/** The language a quote in simplified characters inside a traditional block is marked in, back to the page's script. */
export const SIMPLIFIED_LANG = 'zh-Hans';

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

/** Whether `text` is in simplified characters: nothing in it to convert, and two characters the conversion makes (这, 们). */
export function isSimplified(text: string, convert: (text: string) => string, simplified: ReadonlySet<string>): boolean {
  const made = [...text].filter((c) => simplified.has(c)).length;
  return made >= MIN_CHANGED && convert(text) === text;
}

/** A passage of a block's text: its start and end in the text. */
export interface Passage {
  start: number;
  end: number;
}

/**
 * The passages of `text` (the whole text of one block of a body, across its inline elements) in
 * each script: `whole` when the block is traditional (its text outside quotations is, or, without
 * quotations, all of it), and the quotations, without their marks, that are traditional and that
 * are simplified (a statement in traditional characters quoting a mainland one, 稱「这是我们的责任」).
 */
export function blockPassages(
  text: string,
  convert: (text: string) => string,
  simplified: ReadonlySet<string>,
): { whole: boolean; traditional: Passage[]; simplified: Passage[] } {
  if (!HAN.test(text)) return { whole: false, traditional: [], simplified: [] };
  const quotes = [...text.matchAll(QUOTED)].map((quote) => {
    const inner = quote[1] ?? quote[2] ?? quote[3]!;
    return { inner, start: quote.index + 1, end: quote.index + 1 + inner.length };
  });
  let outside = '';
  let from = 0;
  for (const { start, end } of quotes) {
    outside += text.slice(from, start);
    from = end;
  }
  outside += text.slice(from);
  return {
    whole: isTraditional(outside, convert),
    traditional: quotes.filter(({ inner }) => isTraditional(inner, convert)).map(({ start, end }) => ({ start, end })),
    simplified: quotes.filter(({ inner }) => isSimplified(inner, convert, simplified)).map(({ start, end }) => ({ start, end })),
  };
}
