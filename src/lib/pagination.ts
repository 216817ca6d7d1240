/** Listings split into numbered pages: 首页 上一页 1 2 3 … 下一页 末页, 共 N 页 M 条. */

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages in the listing (at least 1). */
  lastPage: number;
  /** Items in the whole listing. */
  total: number;
  items: T[];
}

/** Splits `items` into pages of `size`; an empty listing still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const lastPage = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: lastPage }, (_, index) => ({
    number: index + 1,
    lastPage,
    total: items.length,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** Pages shown either side of the current one. */
const RADIUS = 2;

/** Page numbers to show around `current`: the first, the last, RADIUS either side, and gaps. */
export function pageNumbers(current: number, lastPage: number): (number | 'gap')[] {
  const shown = new Set<number>([1, lastPage]);
  for (let n = current - RADIUS; n <= current + RADIUS; n++) {
    if (n >= 1 && n <= lastPage) shown.add(n);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | 'gap')[] = [];
  sorted.forEach((n, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && n - previous > 1) result.push(n - previous === 2 ? n - 1 : 'gap');
    result.push(n);
  });
  return result;
}

/**
 * getStaticPaths entries of a paginated listing: page 1 at the listing's own URL (the rest
 * parameter `page` left out), then `2/`, `3/` …; each gets its page among its props.
 */
export function pageRoutes<T, Params extends Record<string, string>, Props extends object>(
  items: readonly T[],
  size: number,
  params: Params,
  props: Props,
) {
  return routesOf(paginate(items, size), params, props);
}

/** pageRoutes for pages already made (a topic's, whose pages hold its parts: topicPages). */
export function routesOf<P extends { number: number }, Params extends Record<string, string>, Props extends object>(
  pages: readonly P[],
  params: Params,
  props: Props,
) {
  return pages.map((page) => ({
    params: { ...params, page: page.number > 1 ? String(page.number) : undefined },
    props: { ...props, page },
  }));
}

/** 第 N 页: how a page of a listing is named, in its links, heading, breadcrumb and tab title. */
export function pageLabel(number: number): string {
  return `第 ${number} 页`;
}

/**
 * What a screen reader calls 首页, 上一页, 下一页 or 末页: the word shown, then the page it leads
 * to (首页（第 1 页）). Read out of place, in a list of the page's links, the listing's 首页 was
 * the navigation's 首页, the site's front page; the word comes first, as voice control says it.
 */
export function stepLabel(word: string, number: number): string {
  return `${word}（${pageLabel(number)}）`;
}

/** A listing's tab title: its name, and from page 2 on which page this is. */
export function pagedTitle(name: string, number: number): string {
  return number > 1 ? `${name}（${pageLabel(number)}）` : name;
}

/**
 * A listing's description (`<meta name="description">`): from page 2 on it says which page
 * this is, as pagedTitle does, so that search engines do not find one description on every
 * page of a listing; 第 N 页 goes before a closing 。 (每日法治新闻与政务动态（第 2 页）。).
 */
export function pagedDescription(description: string, number: number): string {
  if (number <= 1) return description;
  const label = `（${pageLabel(number)}）`;
  return description.endsWith('。') ? `${description.slice(0, -1)}${label}。` : `${description}${label}`;
}

/**
 * A listing's last breadcrumb items: its name on page 1 (the current page); from page 2 on
 * its name linking to page 1, then 第 N 页.
 */
export function listingCrumbs(name: string, firstPage: string, number: number): { label: string; href?: string }[] {
  return number > 1 ? [{ label: name, href: firstPage }, { label: pageLabel(number) }] : [{ label: name }];
}
