/**
 * A link in a body's HTML that opens another window (`<a href="…" target="_blank">`, as pasted
 * from a web page or an embed's code) is given `rel="noopener"`: without it the page it opens
 * gets `window.opener` in the browsers that predate the HTML standard's implied noopener (before
 * Chrome 88, which the X5 and UC engines of older Chinese phone browsers are), and can replace
 * this article with a look-alike page while the reader is away. The site's own share links carry
 * it already (ShareArticle.astro); an editor need not know to write it.
 */

/** Targets that stay in this page's window. */
const SAME_WINDOW = /^_(self|parent|top)$/i;

/** Whether a link with these `target` and `rel` needs noopener. */
export function opensWindow(target: string | undefined, rel: string | undefined): boolean {
  if (target === undefined || target.trim() === '' || SAME_WINDOW.test(target.trim())) return false;
  return !/(^|\s)(noopener|noreferrer)(\s|$)/i.test(rel ?? '');
}
