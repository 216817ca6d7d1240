/** The document title: "标题 - 法治报道", kept within what tabs and search results show. */

/** Longest `<title>` text (search engines cut longer ones). */
export const MAX_TITLE_LENGTH = 70;

export function pageTitle(title: string | undefined, siteName: string): string {
  if (!title) return siteName;
  const full = `${title} - ${siteName}`;
  if ([...full].length <= MAX_TITLE_LENGTH) return full;
  const chars = [...title];
  return chars.length <= MAX_TITLE_LENGTH ? title : `${chars.slice(0, MAX_TITLE_LENGTH - 1).join('')}…`;
}
