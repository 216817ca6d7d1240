/** Reading built pages: parsed HTML and whitespace-free text for comparisons. */
import { parse, type HTMLElement } from 'node-html-parser';
import { readPage } from './site.ts';

export function page(urlPath: string): HTMLElement {
  return parse(readPage(urlPath));
}

/** Text with every whitespace removed: layout spacing is CSS's business, not the test's. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/** The squashed text of the first element matching `selector`; fails when there is none. */
export function textOf(root: HTMLElement, selector: string): string {
  const element = root.querySelector(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return squash(element.textContent);
}

export function all(root: HTMLElement, selector: string): HTMLElement[] {
  return root.querySelectorAll(selector);
}
