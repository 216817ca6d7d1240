/**
 * A query typed in traditional characters (a reader in Hong Kong or Taiwan, or with a
 * traditional input method), as the simplified characters this site's articles are written
 * in: 社會組織 → 社会组织, by OpenCC's tables (simplified-converter.ts), which the search page
 * loads only after a search has found nothing (src/scripts/simplified.ts; README "Search").
 */

/** Whether `query` has a Han character, which alone may be traditional. */
export const hasHan = (query: string): boolean => /\p{Script=Han}/u.test(query);

/** `query` in simplified characters by `convert`, or undefined when it has no traditional character to change. */
export function simplifiedQuery(query: string, convert: (text: string) => string): string | undefined {
  if (!hasHan(query)) return undefined;
  const simplified = convert(query);
  return simplified === query ? undefined : simplified;
}
