/**
 * HTML with its comments (`<!-- … -->`) blanked: each of their characters a space but line
 * breaks, so that offsets and line numbers stay those of the HTML as written. What a comment
 * holds is never shown: a tag or a mark in it is not looked for (src/lib/article-body.ts,
 * src/lib/dateline.ts).
 */
export function blankComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}
