/**
 * An article opened from the search results (?highlight=…) marks the words the reader
 * searched for wherever the search index reads the article (inside `data-pagefind-body`,
 * outside `data-pagefind-ignore`): matched as the search matches them (search-text.ts),
 * inserted as text, never as HTML.
 */
import { UNINDEXED_ELEMENTS, highlight } from '../lib/search-text.ts';
import { markedNodes } from './marks.ts';

const UNREAD = ['[data-pagefind-ignore]', ...UNINDEXED_ELEMENTS].join(', ');

/** Marks every occurrence of `query` in the indexed text under `root`; returns how many runs it marked. */
export function markTerms(root: ParentNode, query: string): number {
  let count = 0;
  for (const body of root.querySelectorAll('[data-pagefind-body]')) {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(UNREAD) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    for (const text of texts) {
      const parts = highlight(text.data, query);
      const marks = parts.filter((part) => part.mark).length;
      if (marks === 0) continue;
      count += marks;
      text.replaceWith(...markedNodes(parts));
    }
  }
  return count;
}
