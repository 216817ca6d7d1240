/**
 * Where each character of an element's text is drawn, read in the page. Tests that ask where a
 * line breaks (inside a word, before a 间隔号, how many characters a line holds) group these by
 * the top of their line, in Node.
 */
import type { ElementHandle, Page } from 'playwright-core';

interface DrawnCharacter {
  /** Its place in the element's textContent. */
  offset: number;
  character: string;
  /** The top of its line, in pixels. */
  top: number;
  /** 0 for a character laid out but not drawn (a space at a line's end). */
  width: number;
}

/**
 * Every character of each of `elements` that is laid out, in order. It runs in the page, so it
 * is self-contained: Playwright sends its source, not what it calls. The elements are read in
 * one call, not one call (a round trip to the browser) each.
 */
function drawnCharacters(elements: Element[]): DrawnCharacter[][] {
  const range = document.createRange();
  return elements.map((element) => {
    const drawn: DrawnCharacter[] = [];
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
  });
}

/** The elements `selector` finds on `page`, each with the characters drawn in it. */
export async function eachDrawn(page: Page, selector: string): Promise<{ element: ElementHandle<Element>; characters: DrawnCharacter[] }[]> {
  const elements = await page.$$(selector);
  const characters = await page.evaluate(drawnCharacters, elements);
  return elements.map((element, at) => ({ element, characters: characters[at]! }));
}

/**
 * The runs of text `pattern` (a global expression) finds in the elements `selector` finds on
 * `page`, counted, and those drawn across two lines, each as its text: a number torn at its
 * hyphen (010- / 57027127), a date inside its day (2026- / 02-13).
 */
export async function tornRuns(page: Page, selector: string, pattern: RegExp): Promise<{ runs: number; torn: string[] }> {
  let runs = 0;
  const torn: string[] = [];
  for (const { element, characters } of await eachDrawn(page, selector)) {
    const text = await element.evaluate((shown) => shown.textContent!);
    for (const run of text.matchAll(pattern)) {
      runs++;
      const drawn = characters.filter(({ offset }) => offset >= run.index && offset < run.index + run[0].length);
      if (new Set(drawn.map(({ top }) => Math.round(top))).size > 1) torn.push(run[0]);
    }
  }
  return { runs, torn };
}

/**
 * The notes' raised numbers ([^1]) in the elements `selector` finds that are drawn on another
 * line than the character before them or the one after them (a line that starts with the
 * number, or with the 。 after it), each as the characters around it; and how many numbers
 * there were. A number is raised a few pixels above its line, the next line is a line height
 * (32 px in a body) further down: within 10 px is one line. Only the elements holding a number
 * are read, in two calls and no element handles: the tests read a body at 161 widths, and a
 * call for each paragraph (a round trip each, a tenth of a second and more on a loaded machine)
 * took them past their two minutes.
 */
export async function notesApart(page: Page, selector: string): Promise<{ notes: number; apart: string[] }> {
  const noted = `:is(${selector}):has(a[data-footnote-ref])`;
  const drawnIn = await page.$$eval(noted, drawnCharacters);
  // Where each note's number is in each element's textContent, as drawnCharacters counts.
  const numbersIn = await page.$$eval(noted, (roots) =>
    roots.map((root) => {
      const found: { from: number; to: number }[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const length = text.textContent!.length;
        if (text.parentElement!.closest('a[data-footnote-ref]')) found.push({ from: offset, to: offset + length });
        offset += length;
      }
      return found;
    }),
  );
  let notes = 0;
  const apart: string[] = [];
  for (const [at, characters] of drawnIn.entries()) {
    const drawn = characters.filter(({ character, width }) => width > 0 && /\S/.test(character));
    for (const { from, to } of numbersIn[at]!) {
      notes++;
      const first = drawn.findIndex(({ offset }) => offset >= from);
      const last = drawn.findLastIndex(({ offset }) => offset < to);
      const around = [drawn[first - 1], drawn[last + 1]].filter((neighbour) => neighbour !== undefined);
      if (around.some(({ top }) => Math.abs(top - drawn[first]!.top) >= 10)) {
        apart.push(drawn.slice(Math.max(0, first - 4), last + 3).map(({ character }) => character).join(''));
      }
    }
  }
  return { notes, apart };
}

/**
 * The text under `root` drawn outside its box, each piece as `tag.class “its words”`: a line of
 * text reaching past the left or right edge of the block it is laid out in, or, outside a box
 * that scrolls, past the window's. A space is no ink and never counts. A closing mark at the end
 * of a line (，。）」” …) may reach half its width past the edge: Chromium sets it half wide there
 * (text-spacing-trim), its ink in the half inside, while its box stays whole. Self-contained, as
 * drawnCharacters.
 */
export function textOutsideItsBox(root: Element): string[] {
  const outside: string[] = [];
  const closing = /[、。，．：；！？）］｝】〕〉》」』”’]/;
  const edge = document.documentElement.clientWidth;
  const scrolled = (element: Element) => {
    for (let box = element.parentElement; box; box = box.parentElement) if (getComputedStyle(box).overflowX !== 'visible') return true;
    return false;
  };
  // A label for screen readers alone (.visually-hidden) is clipped to nothing: none of it is drawn.
  const unseen = (element: Element) => {
    for (let box: Element | null = element; box; box = box.parentElement) if (getComputedStyle(box).clipPath.startsWith('inset(50%')) return true;
    return false;
  };
  const range = document.createRange();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    if (!/\S/.test(text.data)) continue;
    let block = text.parentElement!;
    while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
    if (block.getClientRects().length === 0 || unseen(text.parentElement!)) continue;
    const box = block.getBoundingClientRect();
    const inScroller = scrolled(text.parentElement!);
    const right = inScroller ? box.right : Math.min(box.right, edge);
    const left = inScroller ? box.left : Math.max(box.left, 0);
    range.selectNodeContents(text);
    if ([...range.getClientRects()].every((rect) => rect.width === 0 || (rect.left >= left - 1 && rect.right <= right + 1))) continue;
    // Character by character, to forgive a closing mark's empty half.
    for (let i = 0; i < text.data.length; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const rect = range.getClientRects()[0];
      // One kept at a line's end (pre-wrap) hangs past the edge.
      if (!rect || rect.width === 0 || /\s/.test(text.data[i]!)) continue;
      const slack = closing.test(text.data[i]!) ? rect.width / 2 : 0;
      if (rect.left < left - 1 || rect.right > right + 1 + slack) {
        const element = text.parentElement!;
        const name = `${element.localName}${[...element.classList].map((name) => `.${name}`).join('')}`;
        outside.push(`${name} “${text.data.trim().slice(0, 40)}”`);
        break;
      }
    }
  }
  return outside;
}
