/** Text runs as DOM nodes: marked runs in <mark>; everything as text, never as HTML. */
import { PHRASE_SPACE, WORDS_KNOWN, titlePhrases, wordBreaks } from '../lib/phrases.ts';
import type { ExcerptPart } from '../lib/search-text.ts';

/**
 * The runs as nodes, with a `<wbr>` at each of `breaks` (offsets into the runs' text joined;
 * one inside a marked run goes inside its <mark>, one outside them is ignored).
 */
export function markedNodes(parts: ExcerptPart[], breaks: readonly number[] = []): (Node | string)[] {
  const nodes: (Node | string)[] = [];
  const sorted = [...breaks].sort((a, b) => a - b);
  let next = 0;
  let at = 0;
  for (const { text, mark } of parts) {
    const end = at + text.length;
    while (next < sorted.length && sorted[next]! <= at) if (sorted[next++] === at) nodes.push(document.createElement('wbr'));
    const pieces: (Node | string)[] = [];
    let from = at;
    while (next < sorted.length && sorted[next]! < end) {
      const offset = sorted[next++]!;
      pieces.push(text.slice(from - at, offset - at), document.createElement('wbr'));
      from = offset;
    }
    pieces.push(text.slice(from - at));
    at = end;
    const shown = pieces.filter((piece) => piece !== '');
    if (!mark) {
      nodes.push(...shown);
      continue;
    }
    const element = document.createElement('mark');
    element.append(...shown);
    nodes.push(element);
  }
  return nodes;
}

/**
 * A title's runs as the site's own titles are drawn (TitlePhrases.astro): in a span.words, its
 * phrases each in a span.phrase (a line then breaks at the space between two, not inside one),
 * a `<wbr>` between two words (phrases.ts). A title of one phrase is its runs alone. Where the
 * browser cannot find words (no Intl.Segmenter) there is no span.words: the title breaks as any text.
 */
export function titleNodes(parts: ExcerptPart[]): (Node | string)[] {
  const title = parts.map((part) => part.text).join('');
  const breaks = wordBreaks(title);
  const words = document.createElement('span');
  if (WORDS_KNOWN) words.className = 'words';
  if (titlePhrases(title).length < 2) {
    words.append(...markedNodes(parts, breaks));
    return [words];
  }
  let phrase: HTMLSpanElement | undefined;
  let at = 0;
  for (const { text, mark } of parts) {
    for (const piece of text.split(new RegExp(`(${PHRASE_SPACE.source})`, 'u'))) {
      const start = at;
      at += piece.length;
      if (piece === '') continue;
      if (PHRASE_SPACE.test(piece)) {
        if (phrase) words.append(' ');
        phrase = undefined;
        continue;
      }
      if (!phrase) {
        phrase = document.createElement('span');
        phrase.className = 'phrase';
        words.append(phrase);
      }
      phrase.append(...markedNodes([{ text: piece, mark }], breaks.map((offset) => offset - start)));
    }
  }
  if (words.lastChild?.nodeType === Node.TEXT_NODE && words.lastChild.textContent === ' ') words.lastChild.remove();
  return [words];
}
