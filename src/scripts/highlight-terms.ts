/**
 * An article opened from the search results (?highlight=…) marks the words the reader
 * searched for wherever the search index reads the article (inside `data-pagefind-body`,
 * outside `data-pagefind-ignore`): matched as the search matches them (search-text.ts),
 * inserted as text, never as HTML. A title's words, which a `<wbr>` parts (TitlePhrases.astro),
 * are matched as the one text they are, and keep their `<wbr>`s.
 */
import { UNINDEXED_ELEMENTS, highlight } from '../lib/search-text.ts';
import { markedNodes } from './marks.ts';

const UNREAD = ['[data-pagefind-ignore]', ...UNINDEXED_ELEMENTS].join(', ');

/** The texts in runs: texts with nothing but a `<wbr>` between them are one run. */
function runsOf(texts: Text[]): Text[][] {
  const runs: Text[][] = [];
  for (const text of texts) {
    const before = text.previousSibling;
    const run = runs.at(-1);
    if (run && before instanceof HTMLElement && before.localName === 'wbr' && before.previousSibling === run.at(-1)) run.push(text);
    else runs.push([text]);
  }
  return runs;
}

/** Marks every occurrence of `query` in the indexed text under `root`; returns how many runs it marked. */
export function markTerms(root: ParentNode, query: string): number {
  let count = 0;
  for (const body of root.querySelectorAll('[data-pagefind-body]')) {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(UNREAD) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    for (const run of runsOf(texts)) {
      const parts = highlight(run.map((text) => text.data).join(''), query);
      const marks = parts.filter((part) => part.mark).length;
      if (marks === 0) continue;
      count += marks;
      const breaks: number[] = [];
      for (const text of run.slice(0, -1)) breaks.push((breaks.at(-1) ?? 0) + text.data.length);
      const range = document.createRange();
      range.setStartBefore(run[0]!);
      range.setEndAfter(run.at(-1)!);
      range.deleteContents();
      const marked = document.createDocumentFragment();
      marked.append(...markedNodes(parts, breaks));
      range.insertNode(marked);
    }
  }
  return count;
}
