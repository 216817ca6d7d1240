/**
 * 导读: an article's summary, or else the text of its first paragraph, read as the article
 * page shows it: the same source (`articleSource`) and parser (satteri, tables included), masks
 * and ranges kept as written (`unmark`), pasted lines split as paragraphs (`paragraphsOf`), and a
 * block indented as pasted text is read as paragraphs, not code (`indentedParagraphs`).
 */
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';
import { FLANK } from './chinese-bold.ts';
import { articleSource, indentedParagraphs, unmark } from './markdown-plugins.ts';
import { isLabel, paragraphsOf } from './paragraphs.ts';

/** Only the opening of the body is parsed: the first paragraph is near the top. */
const HEAD_LENGTH = 4000;

interface Inline {
  type: string;
  value?: string;
  children?: Inline[];
}

/** Nodes without the spaces articleSource gave Chinese bold, as the renderer takes them out. */
const withoutFlank = (nodes: readonly Inline[]): Inline[] =>
  nodes.map((node) =>
    node.value !== undefined && node.type === 'text'
      ? { ...node, value: node.value.replaceAll(FLANK, '') }
      : node.children
        ? { ...node, children: withoutFlank(node.children) }
        : node,
  );

/** The text of the first paragraph of a Markdown (or MDX) body that has any, without markup. */
export function firstParagraph(markdown: string): string {
  let head = markdown.slice(0, HEAD_LENGTH);
  // Cut at the last blank line so no block is parsed half (unless the body is short).
  if (markdown.length > HEAD_LENGTH) {
    const cut = head.lastIndexOf('\n\n');
    if (cut > 0) head = head.slice(0, cut);
  }
  head = articleSource(head);
  const tree = markdownToMdast(head) as Inline;
  for (const node of tree.children ?? []) {
    // A block indented as pasted text is, which the page shows as paragraphs (indentedParagraphs).
    const indented = indentedParagraphs(node, head);
    if (node.type !== 'paragraph' && !indented) continue;
    const blocks = indented ? indented.map((value) => withoutFlank([{ type: 'text', value }])) : [withoutFlank(unmark(node.children ?? [], head) as Inline[])];
    const paragraphs = blocks.flatMap((children) => paragraphsOf(children) ?? [children]);
    for (const paragraph of paragraphs) {
      // A label introduces the text, so it is no 导读.
      if (isLabel(paragraph)) continue;
      const text = toString(paragraph, { includeHtml: false, includeImageAlt: false }).replace(/\s+/g, ' ').trim();
      // MDX import/export lines parse as paragraphs here; they are not prose.
      if (text && !/^(import|export)\s/.test(text)) return text;
    }
  }
  return '';
}

/**
 * Front matter with the text that stands for the article where there is no room for its
 * body: an article without `summary` gets its first paragraph as `firstParagraph`, so listings,
 * feeds and search results need not keep the body (which at 50,000 articles made Astro's
 * content store too large to build). The 导读 box shows only a summary an editor wrote: the
 * first paragraph is right below it.
 */
export function withSummary(data: Record<string, unknown>, body: string): Record<string, unknown> {
  if (data['summary'] !== undefined) return data;
  const summary = firstParagraph(body);
  return summary ? { ...data, firstParagraph: summary } : data;
}
