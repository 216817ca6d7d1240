/** Text runs as DOM nodes: marked runs in <mark>; everything as text, never as HTML. */
import { PHRASE_SPACE, titlePhrases } from '../lib/phrases.ts';
import type { ExcerptPart } from '../lib/search-text.ts';

export function markedNodes(parts: ExcerptPart[]): (Node | string)[] {
  return parts.map((part) => {
    if (!part.mark) return part.text;
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

/**
 * A title's runs as its phrases, each in a span.phrase, as the site's own titles are drawn
 * (TitlePhrases.astro): a line then breaks at the space between two phrases, not inside one.
 * A title of one phrase is its runs alone.
 */
export function titleNodes(parts: ExcerptPart[]): (Node | string)[] {
  if (titlePhrases(parts.map((part) => part.text).join('')).length < 2) return markedNodes(parts);
  const nodes: (Node | string)[] = [];
  let phrase: HTMLSpanElement | undefined;
  for (const { text, mark } of parts) {
    for (const piece of text.split(new RegExp(`(${PHRASE_SPACE.source})`, 'u'))) {
      if (piece === '') continue;
      if (PHRASE_SPACE.test(piece)) {
        if (phrase) nodes.push(' ');
        phrase = undefined;
        continue;
      }
      if (!phrase) {
        phrase = document.createElement('span');
        phrase.className = 'phrase';
        nodes.push(phrase);
      }
      phrase.append(...markedNodes([{ text: piece, mark }]));
    }
  }
  if (nodes.at(-1) === ' ') nodes.pop();
  return nodes;
}
