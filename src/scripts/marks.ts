/** Text runs as DOM nodes: marked runs in <mark>; everything as text, never as HTML. */
import type { ExcerptPart } from '../lib/search-text.ts';

export function markedNodes(parts: ExcerptPart[]): (Node | string)[] {
  return parts.map((part) => {
    if (!part.mark) return part.text;
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}
