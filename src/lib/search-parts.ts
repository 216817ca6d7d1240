/**
 * The search index is built in parts, each small enough to index in bounded memory
 * (Pagefind holds about 0.65 MB per article while indexing): runs of at most `maxSize`
 * articles in date order, cut from the oldest article. Adding new articles changes only the
 * newest part, so older parts stay cached in readers' browsers; fewer, fuller parts keep the
 * bytes a search fetches low (each part adds its own index chunks).
 *
 * Parts are listed newest first, and within a part articles are newest first, those of the
 * same time by id, as the listings order them (site-index.ts): the order in which the search
 * page shows results by date.
 */

export interface Dated {
  /** A date string that sorts by time (ISO 8601 in UTC). */
  date: string;
  /** The article's id: orders articles of the same time. */
  id: string;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Part<T> {
  /** Folder name under /pagefind/: p1 holds the oldest articles. */
  id: string;
  /** Newest first. */
  items: T[];
}

export function partition<T extends Dated>(items: readonly T[], maxSize: number): Part<T>[] {
  if (!Number.isInteger(maxSize) || maxSize < 1) throw new RangeError(`part size must be a positive integer, got ${maxSize}`);
  // Reversed below into newest first, ties by id ascending.
  const oldestFirst = [...items].sort((a, b) => compare(a.date, b.date) || compare(b.id, a.id));
  const parts: Part<T>[] = [];
  for (let start = 0; start < oldestFirst.length; start += maxSize) {
    parts.push({ id: `p${parts.length + 1}`, items: oldestFirst.slice(start, start + maxSize).reverse() });
  }
  return parts.reverse();
}
