/**
 * The searches of filters without words that `npm run bench` measures (scripts/bench.ts), chosen from
 * the index's own counts (Pagefind's `filters()`): the year, the section and the author with the most
 * articles, alone, and that section within that year. The largest are the heaviest: a search of a
 * filter alone answers with every article it chooses.
 */
// Types only: search-engine.ts is not plain enough for node's type stripping (a parameter property).
import type { Facet, Selection } from '../src/lib/search-engine.ts';

export interface FilterCase {
  /** How the report names it, as the address writes its filters: year=2024, section=今日资讯&year=2024. */
  name: string;
  filters: Selection;
}

/** The value of `counts` with the most articles; of equal counts, the newest year, or the first in Chinese order. */
function largest(facet: Facet, counts: Record<string, number> | undefined): string | undefined {
  const values = Object.entries(counts ?? {}).filter(([, count]) => count > 0);
  values.sort(([a, countA], [b, countB]) => countB - countA || (facet === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
  return values[0]?.[0];
}

const named = (filters: Selection): FilterCase => ({
  name: Object.entries(filters)
    .map(([facet, value]) => `${facet}=${value}`)
    .join('&'),
  filters,
});

/** The filter-only searches to measure over an index whose every article's counts are `counts`; none for a facet without values. */
export function filterCases(counts: Partial<Record<string, Record<string, number>>>): FilterCase[] {
  const year = largest('year', counts['year']);
  const section = largest('section', counts['section']);
  const author = largest('author', counts['author']);
  return [
    ...(year ? [named({ year })] : []),
    ...(section ? [named({ section })] : []),
    ...(author ? [named({ author })] : []),
    ...(section && year ? [named({ section, year })] : []),
  ];
}
