/**
 * A query typed in traditional characters (a reader in Hong Kong or Taiwan, or with a
 * traditional input method), as the simplified characters this site's articles are written
 * in: 社會組織 → 社会组织, by OpenCC's tables (simplified-converter.ts), which the search page
 * loads only after a search has found nothing, or found something with a character the index
 * holds in traditional form (src/scripts/simplified.ts; README "Search").
 */

/** Whether `query` has a Han character, which alone may be traditional. */
export const hasHan = (query: string): boolean => /\p{Script=Han}/u.test(query);

/**
 * The Han characters of `texts` that `convert` changes where the texts hold them, each once,
 * sorted: in a site written in simplified characters, those of a quote in traditional ones
 * (臺灣's 臺 and 灣). The index build lists them for the search page, so a query that finds
 * something starts the conversion only when it may be in traditional characters (every
 * character of a query found is in the index), and any other query costs no byte more.
 *
 * Each character is judged in the words around it, as the conversion reads a query: OpenCC's
 * tables change 么, 著 and 乾 alone (→ 幺, 着, 干) but not in 什么, 著作权 or 乾隆, and listing
 * them made every 为什么 or 著作权法 load the converter and wait for it. A character the
 * conversion leaves anywhere in the texts is written so in simplified words, so a query holding
 * it tells nothing either (乾 of 乾隆, though a quote has 乾燥). A phrase whose characters are all
 * unchanged alone (藉口 → 借口) is not told.
 */
export function traditionalCharacters(texts: Iterable<string>, convert: (text: string) => string): string {
  const all = [...texts];
  // Every article's text passes here: each character is marked seen by its code (a regular
  // expression per character took 2 s for 10,000 articles), and only those seen are looked at.
  const seen = new Uint8Array(0x10000);
  const astral = new Set<string>();
  for (const text of all) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0xd800 || code > 0xdbff) seen[code] = 1;
      else astral.add(String.fromCodePoint(text.codePointAt(i++)!));
    }
  }
  const characters = [...astral];
  seen.forEach((was, code) => was && characters.push(String.fromCharCode(code)));
  const changedAlone = new Set(characters.filter((c) => /^\p{Script=Han}$/u.test(c) && convert(c) !== c));
  if (changedAlone.size === 0) return '';
  // Then only the runs of Han characters that hold one of those are converted, whole: a phrase
  // does not cross punctuation, and most runs hold none of them. A run whose characters of
  // those are all known to be kept somewhere tells nothing more: 么 and 著 are in most Chinese
  // texts (什么, 显著), and converting every run that held one took ~1 ms an article, 12,000
  // conversions for 2,000 articles, where a few dozen decide.
  const changed = new Set<string>();
  const kept = new Set<string>();
  for (const text of all) {
    for (const [run] of text.matchAll(/\p{Script=Han}+/gu)) {
      const before = [...run];
      if (!before.some((c) => changedAlone.has(c) && !kept.has(c))) continue;
      const after = [...convert(run)];
      // OpenCC's phrases keep their length; one that did not leaves the characters it dropped told.
      const same = after.length === before.length;
      before.forEach((c, i) => {
        if (!changedAlone.has(c)) return;
        if (same ? after[i] === c : after.includes(c)) kept.add(c);
        else changed.add(c);
      });
    }
  }
  return [...changed]
    .filter((c) => !kept.has(c))
    .sort()
    .join('');
}

/** Whether `query` has one of `traditional` (traditionalCharacters): what it finds, it may find more in simplified ones. */
export const hasTraditional = (query: string, traditional: string): boolean => [...query].some((c) => traditional.includes(c));

/** `query` in simplified characters by `convert`, or undefined when it has no traditional character to change. */
export function simplifiedQuery(query: string, convert: (text: string) => string): string | undefined {
  if (!hasHan(query)) return undefined;
  const simplified = convert(query);
  return simplified === query ? undefined : simplified;
}
