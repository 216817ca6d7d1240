import { blankComments } from './html-comments.ts';

/** The class the Markdown renderer gives the first paragraph of story text (openingParagraph in markdown-plugins.ts). */
export const OPENING_CLASS = 'opening';
const OPENING_PARAGRAPH = `<p class="${OPENING_CLASS}">`;

/**
 * An article's body HTML with its 电头 (HTML, inline) leading the first paragraph of story text,
 * as a newspaper sets it (本报青川11月25日电 2018年，张某某……); `undefined` when the body has
 * no such paragraph (it opens with a list, a table, a quotation), and the dateline stands on a
 * line of its own above it.
 */
export function ledByDateline(body: string, dateline: string): string | undefined {
  // The renderer's mark, not the same words in an HTML comment the body passes on as written.
  const at = blankComments(body).indexOf(OPENING_PARAGRAPH);
  if (at < 0) return undefined;
  const end = at + OPENING_PARAGRAPH.length;
  return `${body.slice(0, end)}${dateline}${body.slice(end)}`;
}
