/**
 * 导读: an article's summary, or else the text of its first paragraph, read as the article
 * page shows it: the same source (`articleSource`) and parser (satteri, tables included), masks
 * and ranges kept as written (`unmark`), pasted lines split as paragraphs (`paragraphsOf`), a
 * block indented as pasted text is read as paragraphs, not code (`indentedParagraphs`), and the
 * paragraphs of the body's own HTML (`<p>`, as pasted from an old CMS or Word) as paragraphs.
 */
import { toString } from 'mdast-util-to-string';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { markdownToMdast } from 'satteri';
import { FLANK } from './chinese-bold.ts';
import { articleSource, blockAlign, indentedParagraphs, unmark } from './markdown-plugins.ts';
import { closedUp, closedUpBetween, isLabel, paragraphsOf } from './paragraphs.ts';

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

type HtmlNode = DefaultTreeAdapterTypes.ChildNode;

/** Where a paragraph of the body's HTML is not story text: a table's cell, a list's item, a quotation, a caption. */
const NOT_STORY = new Set(['table', 'ul', 'ol', 'dl', 'blockquote', 'figure', 'template']);

/** An HTML paragraph's content as the Markdown nodes the 导读 reads: bold as bold (a label of it is skipped), a line break, text. */
function inlineNodes(node: HtmlNode): Inline[] {
  // Closed up as the page shows it (closedUpHtml): 李某⏎向其 is 李某向其.
  if (node.nodeName === '#text') return [{ type: 'text', value: closedUp((node as DefaultTreeAdapterTypes.TextNode).value) }];
  if (node.nodeName === 'br') return [{ type: 'break' }];
  if (!('childNodes' in node) || node.nodeName === 'script' || node.nodeName === 'style') return [];
  const children = node.childNodes.flatMap(inlineNodes);
  if (node.nodeName === 'strong' || node.nodeName === 'b') return [{ type: 'strong', children }];
  if (node.nodeName === 'em' || node.nodeName === 'i') return [{ type: 'emphasis', children }];
  return children;
}

/**
 * A paragraph's text closed up across its elements too, as the page does (besideInLine in
 * markdown-plugins.ts): Word's <span>李某</span>⏎<span>向其</span> is 李某向其. Each text is read
 * with the last character of the text before it and the first of the one after it; a line break (<br>) stops.
 */
function closedUpAcross(nodes: Inline[]): Inline[] {
  const leaves: Inline[] = [];
  const collect = (list: Inline[]) => list.forEach((node) => (node.children ? collect(node.children) : node.type !== 'text' || node.value ? leaves.push(node) : undefined));
  collect(nodes);
  const text = (leaf: Inline | undefined) => (leaf?.type === 'text' ? [...(leaf.value ?? '')] : []);
  const values = leaves.map((leaf, index) => {
    if (leaf.type !== 'text' || leaf.value === undefined) return undefined;
    const before = text(leaves[index - 1]).at(-1) ?? '';
    const after = text(leaves[index + 1])[0] ?? '';
    return closedUpBetween(before, leaf.value, after);
  });
  // The leaves are this paragraph's own, just made (inlineNodes).
  leaves.forEach((leaf, index) => {
    const value = values[index];
    if (value !== undefined) leaf.value = value;
  });
  return nodes;
}

/**
 * Whether an element of the body's HTML is set centred or at the right, as the page shows it (blockAlign):
 * a judgment's court and 民事判决书, a notice's 落款, lines about the story, not its text.
 */
function setApart(node: DefaultTreeAdapterTypes.Element): boolean {
  if (node.nodeName === 'center') return true;
  const attribute = (name: string) => node.attrs.find((attr) => attr.name === name)?.value;
  const align = blockAlign(attribute('style'), attribute('align'));
  return align === 'center' || align === 'right';
}

/**
 * The paragraphs (`<p>`) of a piece of the body's HTML, in order, as a browser reads them (an unclosed
 * `<p>` too), past wrappers such as `<div>` and outside tables, lists and quotations: a body pasted from
 * an old CMS or Word is such paragraphs, which the page shows (rawHtml) and the 导读 skipped. One
 * centred or at the right (setApart), or in a block so set, is none: a pasted judgment opens with its
 * court's name centred, which was its 导读.
 */
function htmlParagraphs(html: string): Inline[][] {
  const found: Inline[][] = [];
  const visit = (node: HtmlNode) => {
    if (!('childNodes' in node) || NOT_STORY.has(node.nodeName)) return;
    if ('attrs' in node && setApart(node)) return;
    if (node.nodeName === 'p') found.push(closedUpAcross(node.childNodes.flatMap(inlineNodes)));
    else node.childNodes.forEach(visit);
  };
  parseFragment(html).childNodes.forEach(visit);
  return found;
}

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
    // Paragraphs of the body's own HTML (<p>　　本报讯…</p>), read as written: their line breaks are the source's.
    const html = node.type === 'html' ? htmlParagraphs(node.value ?? '').map(withoutFlank) : undefined;
    if (node.type !== 'paragraph' && !indented && !html?.length) continue;
    const blocks = () => (indented ? indented.map((value) => withoutFlank([{ type: 'text', value }])) : [withoutFlank(unmark(node.children ?? [], head) as Inline[])]);
    const paragraphs = html?.length ? html : blocks().flatMap((children) => paragraphsOf(children) ?? [children]);
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
