/**
 * A title or a summary far longer than a news site's are: most likely the body, or two fields,
 * pasted into one. Warned of, not refused: a long title may be meant. The demo content's titles
 * run from 10 to 64 characters (half under 23), its summaries to 146; a court's notice can take
 * 70–90 (青川市中级人民法院关于公开拍卖…的公告（第二次拍卖）), and a warning on every build would
 * teach editors to ignore warnings, so titles are warned of past 120.
 */

/** The longest a field is before it is warned of, in characters; and what editors call it. */
export const LENGTH_LIMITS = {
  title: { limit: 120, name: '标题 title' },
  summary: { limit: 300, name: '导读 summary' },
} as const;

export type LongField = keyof typeof LENGTH_LIMITS;

/** The fields of an article longer than their limits, each with its length in characters. */
export function longFields(data: Partial<Record<LongField, string | undefined>>): { field: LongField; length: number }[] {
  return (Object.keys(LENGTH_LIMITS) as LongField[]).flatMap((field) => {
    // Characters as readers count them: 𠮷 is one, not two UTF-16 units.
    const length = [...(data[field] ?? '')].length;
    return length > LENGTH_LIMITS[field].limit ? [{ field, length }] : [];
  });
}

/** What an editor is told of a long field. */
export function longFieldMessage(field: LongField, length: number): string {
  const { limit, name } = LENGTH_LIMITS[field];
  return `${name} 有 ${length} 字，超过 ${limit} 字，可能是误粘贴了正文：请检查`;
}
