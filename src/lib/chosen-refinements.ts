/**
 * What the folded filters' button says after 筛选和排序 on a phone: how many of the choices it
 * hides differ from a plain search (a filter, or newest first), so a search opened with
 * `?section=…` shows that it is narrowed without the reader opening anything.
 */
import { FACETS, type SearchRequest } from './search-engine.ts';

export function chosenRefinements({ filters, sort }: Pick<SearchRequest, 'filters' | 'sort'>): string {
  const count = FACETS.filter((facet) => filters[facet]).length + (sort === 'date' ? 1 : 0);
  return count ? `（已选 ${count} 项）` : '';
}
