/** Reading built pages: parsed HTML and whitespace-free text for comparisons. */
import { HTMLElement, parse } from 'node-html-parser';
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

/** A breadcrumb item as a search engine should read it: its name, and its link as an absolute address. */
interface TrailItem {
  name: string;
  item?: string;
}

/** The breadcrumb a reader sees (`nav.breadcrumb`), each link made absolute on `site` as the page's base would. */
export function visibleTrail(root: HTMLElement, site: string): TrailItem[] {
  return all(root, 'nav.breadcrumb li').map((li) => {
    const link = li.querySelector('a');
    // The item's text without its separator (>), which is drawn for the eye and hidden from screen readers.
    const shown = li.childNodes.filter((node) => !(node instanceof HTMLElement && node.classList.contains('breadcrumb__sep')));
    const name = squash(shown.map((node) => node.textContent).join(''));
    return link ? { name, item: new URL(link.getAttribute('href')!, site).href } : { name };
  });
}

/** Every block of the page's structured data (its <script type="application/ld+json">), parsed, in page order. */
export function structuredData(root: HTMLElement): Record<string, unknown>[] {
  return all(root, 'script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
}

/** An article page's NewsArticle block; fails unless the page has exactly one. */
export function newsArticle(root: HTMLElement): Record<string, unknown> {
  const found = structuredData(root).filter((block) => block['@type'] === 'NewsArticle');
  if (found.length !== 1) throw new Error(`${found.length} NewsArticle blocks in the page's structured data, not 1`);
  return found[0]!;
}

/** Every BreadcrumbList in the page's JSON-LD, as its items in position order, checked to run 1, 2, 3 …. */
export function structuredTrails(root: HTMLElement): TrailItem[][] {
  return structuredData(root)
    .filter((block) => block['@type'] === 'BreadcrumbList')
    .map((block) =>
      (block['itemListElement'] as { position: number; name: string; item?: string }[]).map(({ position, name, item }, index) => {
        if (position !== index + 1) throw new Error(`BreadcrumbList item ${index + 1} has position ${position}`);
        return item === undefined ? { name: squash(name) } : { name: squash(name), item };
      }),
    );
}
