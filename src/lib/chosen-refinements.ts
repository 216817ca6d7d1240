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

/**
 * What a search of filters without words lists, for the tab and the history list: the values
 * chosen, in the order of the filters, a year as a year (今日资讯、2025年的文章), as words name
 * theirs (“民政”的搜索结果).
 */
export function filteredArticles({ filters }: Pick<SearchRequest, 'filters'>): string {
  const values = FACETS.flatMap((facet) => (filters[facet] ? [facet === 'year' ? `${filters[facet]}年` : filters[facet]] : []));
  return `${values.join('、')}的文章`;
}
