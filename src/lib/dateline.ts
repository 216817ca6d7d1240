import { blankComments } from './html-comments.ts';

/** The class the Markdown renderer gives the first paragraph of story text (openingParagraph in markdown-plugins.ts). */
export const OPENING_CLASS = 'opening';
/**
 * The start tag of that paragraph: `<p class="opening">`, or one of the body's own HTML with the
 * classes and attributes it was written with after the mark (`<p class="opening MsoNormal" style="…">`,
 * htmlOpeningParagraph in markdown-plugins.ts).
 */
const OPENING_PARAGRAPH = new RegExp(`<p\\b[^>]*?\\sclass="${OPENING_CLASS}[\\s"][^>]*>`);

/**
 * An article's body HTML with its 电头 (HTML, inline) leading the first paragraph of story text,
 * as a newspaper sets it (本报青川11月25日电 2018年，张某某……); `undefined` when the body has
 * no such paragraph (it opens with a list, a table, a quotation), and the dateline stands on a
 * line of its own above it.
 */
export function ledByDateline(body: string, dateline: string): string | undefined {
  // The renderer's mark, not the same words in an HTML comment the body passes on as written.
  const found = OPENING_PARAGRAPH.exec(blankComments(body));
  if (!found) return undefined;
  const end = found.index + found[0].length;
  return `${body.slice(0, end)}${dateline}${body.slice(end)}`;
}
