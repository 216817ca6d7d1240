/**
 * Where each character of an element's text is drawn, read in the page. Tests that ask where a
 * line breaks (inside a word, before a 间隔号, how many characters a line holds) group these by
 * the top of their line, in Node.
 */
import type { ElementHandle, Page } from 'playwright-core';

export interface DrawnCharacter {
  /** Its place in the element's textContent. */
  offset: number;
  character: string;
  /** The top of its line, in pixels. */
  top: number;
  /** 0 for a character laid out but not drawn (a space at a line's end). */
  width: number;
}

/**
 * Every character of `element` that is laid out, in order. It runs in the page, so it is
 * self-contained: Playwright sends its source, not what it calls.
 */
export function drawnCharacters(element: Element): DrawnCharacter[] {
  const drawn: DrawnCharacter[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const value = text.textContent!;
    for (let i = 0; i < value.length; i++, offset++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const rect = range.getClientRects()[0];
      if (rect) drawn.push({ offset, character: value[i]!, top: rect.top, width: rect.width });
    }
  }
  return drawn;
}

/** The elements `selector` finds on `page`, each with the characters drawn in it. */
export async function eachDrawn(page: Page, selector: string): Promise<{ element: ElementHandle<Element>; characters: DrawnCharacter[] }[]> {
  const elements = await page.$$(selector);
  return Promise.all(elements.map(async (element) => ({ element, characters: await element.evaluate(drawnCharacters) })));
}
