/**
 * 导读: an article's summary, or else the text of its first paragraph.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { paragraphsOf } from './paragraphs.ts';

/** Only the opening of the body is parsed: the first paragraph is near the top. */
const HEAD_LENGTH = 4000;

/** The text of the first paragraph of a Markdown (or MDX) body that has any, without markup. */
export function firstParagraph(markdown: string): string {
  let head = markdown.slice(0, HEAD_LENGTH);
  // Cut at the last blank line so no block is parsed half (unless the body is short).
  if (markdown.length > HEAD_LENGTH) {
    const cut = head.lastIndexOf('\n\n');
    if (cut > 0) head = head.slice(0, cut);
  }
  const tree = fromMarkdown(head);
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    // As the article shows it: a line indented with full-width spaces is a paragraph of its own.
    const [first = node.children] = paragraphsOf(node.children) ?? [];
    const text = toString(first, { includeHtml: false, includeImageAlt: false }).replace(/\s+/g, ' ').trim();
    // MDX import/export lines parse as paragraphs here; they are not prose.
    if (text && !/^(import|export)\s/.test(text)) return text;
  }
  return '';
}

/**
 * Front matter with its 导读: an article without `summary` gets its first paragraph, so
 * listings, feeds and the 导读 box need not keep the body (which at 50,000 articles made
 * Astro's content store too large to build).
 */
export function withSummary(data: Record<string, unknown>, body: string): Record<string, unknown> {
  if (data['summary'] !== undefined) return data;
  const summary = firstParagraph(body);
  return summary ? { ...data, summary } : data;
}
