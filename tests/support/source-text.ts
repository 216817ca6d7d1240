/**
 * The text of an article as its Markdown source gives it, for substring expectations:
 * title, subtitle, summary, authors, correspondents, source, editor, a repost's original
 * title, the dateline, the cover's caption and credit, the video's caption, tags, and the body's text
 * (parsed with remark and GFM; link targets, image alt text and raw HTML are not text; the
 * caption and credit of an MDX <Figure> are).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes } from 'mdast';
import { list, type Source } from './sources.ts';

const BLOCK = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote', 'code', 'tableRow', 'table', 'list']);

function textOf(node: Nodes, out: string[]) {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out.push(node.value);
  if (node.type === 'image' || node.type === 'html') return;
  if ('children' in node) for (const child of node.children) textOf(child as Nodes, out);
  if (BLOCK.has(node.type)) out.push('\n');
}

export function bodyText(markdown: string): string {
  const out: string[] = [];
  textOf(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }), out);
  for (const [tag] of markdown.matchAll(/<Figure\b[^>]*>/g)) {
    for (const [, value] of tag.matchAll(/\b(?:caption|credit)="([^"]*)"/g)) out.push('\n', value!);
  }
  return out.join('');
}

/** Every indexed field of the article, one per line. */
export function searchableText(source: Source): string {
  const fm = source.fm;
  return [
    fm['title'],
    fm['subtitle'],
    fm['summary'],
    ...list(fm['author']),
    ...list(fm['correspondents']),
    fm['source'],
    (fm['original'] as { title?: string } | undefined)?.title,
    ...list(fm['editor']),
    fm['dateline'],
    // The page shows the cover only when there is no video.
    ...(fm['video'] ? [(fm['video'] as { caption?: string }).caption] : [(fm['cover'] as { caption?: string } | undefined)?.caption, (fm['cover'] as { credit?: string } | undefined)?.credit]),
    ...list(fm['tags']),
    ...((fm['corrections'] ?? []) as { text: string }[]).map((correction) => correction.text),
    bodyText(source.body),
  ]
    .filter((value) => value !== undefined)
    .map(String)
    .join('\n');
}
