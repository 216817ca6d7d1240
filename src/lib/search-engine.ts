/**
 * Searching the site's Pagefind index, the same way in the browser and in tests:
 *
 * - the query becomes one exact phrase per whitespace-separated segment (search-text.ts);
 *   every segment must occur, so the results are the intersection;
 * - newest first is the order the index returns phrase results in (parts newest first,
 *   articles newest first within a part); relevance puts matches in the title first, then
 *   in the summary, then in the body, newest first within each (where a phrase is found
 *   tells the field, see search-text.ts; Pagefind scores every exact phrase alike);
 * - facet counts (section, year, source, author) are exact for the current query: for a
 *   facet the reader has chosen, counted without that choice, so the other values stay
 *   reachable;
 * - a search of filters without words (`/search/?year=2025`) lists the articles they choose,
 *   newest first whatever the order asked for: Pagefind answers a search of no term with every
 *   page its filters choose, in the order the index holds them (newest first, part by part).
 */
import { matchTier, queryPhrases } from './search-text.ts';
import { searchIndexUrl } from './urls.ts';

export const FACETS = ['section', 'year', 'source', 'author'] as const;
export type Facet = (typeof FACETS)[number];
/** Each facet as readers are told it: the search page's filters and the build's messages. */
export const FACET_NAMES: Record<Facet, string> = { section: '栏目', year: '年份', source: '来源', author: '作者' };
/**
 * The facets of which every article has exactly one value (section and source are required, the
 * year is the date's): the build holds every record to it (src/integrations/search-index.ts), and
 * opening the index checks their counts add up to the articles (openIndex).
 */
export const ONE_EACH = ['section', 'year', 'source'] as const satisfies readonly Facet[];
/**
 * What the search page says with no words and no filter (the bare page): written into the page before
 * its first paint (src/pages/search/index.astro), so that the line it takes on a phone moves nothing.
 */
export const ASK_FOR_WORDS = '请输入要搜索的内容，例如文章标题中的词、人名或数字。';
export type Selection = Partial<Record<Facet, string>>;
export type SortOrder = 'relevance' | 'date';

/** What a result carries once loaded (Pagefind's fragment). */
export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface RawResult {
  id: string;
  score: number;
  /** Positions of the words matched, in the page's content. */
  words: number[];
  data(): Promise<ResultData>;
}

interface RawSearch {
  results: RawResult[];
  filters: Record<string, Record<string, number>>;
}

/** The part of Pagefind's browser API the engine uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<RawSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

export interface SearchRequest {
  query: string;
  filters: Selection;
  sort: SortOrder;
}

/** Whether `request` has words to search for: not only whitespace, marks or invisible characters. */
export const hasWords = ({ query }: Pick<SearchRequest, 'query'>): boolean => queryPhrases(query).length > 0;

/** Whether `request` chooses a filter. */
export const isFiltered = ({ filters }: Pick<SearchRequest, 'filters'>): boolean => FACETS.some((facet) => filters[facet]);

/**
 * Whether `request` is a search at all: words, or a filter alone, which lists the articles it
 * chooses. Neither (an empty box and no filter) is no search: the page asks for words.
 */
export const isSearch = (request: Pick<SearchRequest, 'query' | 'filters'>): boolean => hasWords(request) || isFiltered(request);

export interface FacetValue {
  value: string;
  count: number;
}

/** The search index's parts, as the build lists them in /pagefind/parts.json: what the search page reads first. */
export interface Manifest {
  /** Part folder names under /pagefind/, newest first; the first is the primary index. */
  parts: { id: string; pages: number }[];
  pages: number;
  /**
   * The index's characters that the conversion to simplified ones changes (traditionalCharacters
   * in simplified.ts): a query found with one of them is offered in simplified characters when
   * they find more. Absent from an index built before it (`npm run dev` serves the last build's).
   */
  traditional?: string;
}

/** Opens the merged index: the newest part is the primary, older parts follow newest first. */
export async function openIndex(manifest: Manifest, load: (url: string) => Promise<PagefindApi>): Promise<PagefindApi> {
  const base = searchIndexUrl();
  const [primary, ...rest] = manifest.parts;
  if (!primary) throw new Error('the search index has no parts');
  const pagefind = await load(`${base}${primary.id}/pagefind.js`);
  try {
    await pagefind.options({ excerptLength: 60, baseUrl: '/' });
    // Pagefind's worker merges a part only once the newest part's WebAssembly has loaded, and when
    // that download failed (or its entry's, before it) waits for it for ever: the page said
    // 正在搜索… for the life of the page, and searching again waited on the same opening. A search
    // of no words waits for the newest part to open, downloading nothing, and fails when it did
    // not; the merges, which would wait for it anyway, are asked for once it has opened, so none
    // is left waiting (in Pagefind's fallback on the page's own thread, destroy() stops no merge).
    await pagefind.search('');
    // The older parts are merged all at once: each downloads its entry and metadata (two round
    // trips), and one after another the four of 10,000 articles took eight before the filters
    // could load (at 150 ms latency they now start ~0.9 s sooner). Pagefind's worker lists a
    // merged part as its message arrives, before it downloads anything, so they stay newest
    // first: the order of results of equal score, which newest first across the parts rests
    // on. A failure is reported once every part has ended, so destroy() below lets go of no
    // download under way.
    const merged = await Promise.allSettled(rest.map((part) => pagefind.mergeIndex(`${base}${part.id}/`)));
    const failed = merged.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    await pagefind.init();
    // Loads the filter data: until then searches report no facet counts. Pagefind leaves out a
    // filter chunk that failed to download without a word, and never asks for it again: the
    // filters then showed only 全部… (or undercounted) for the life of the page. Every article
    // has one value of each of these, so their counts add up to the articles, or a chunk is missing.
    const filters = await pagefind.filters();
    for (const facet of ONE_EACH) {
      const counted = Object.values(filters[facet] ?? {}).reduce((sum, count) => sum + count, 0);
      if (counted < manifest.pages) throw new Error(`the ${facet} filter counts ${counted} of ${manifest.pages} articles`);
    }
  } catch (error) {
    // A part that failed to download (a dropped connection) leaves this instance broken: it and
    // its worker are let go (opening again loads Pagefind afresh: openedUnlessFailed).
    await pagefind.destroy().catch(() => undefined);
    throw error;
  }
  return pagefind;
}

/**
 * What `open` gives, opened once and shared, unless it failed: the next caller then opens again
 * (`attempt` counts from 0). The search page opens the index this way, so a search asked after a
 * connection dropped while it opened opens it anew, instead of failing for the life of the page.
 */
export function openedUnlessFailed<T>(open: (attempt: number) => Promise<T>): () => Promise<T> {
  let attempts = 0;
  let opening: Promise<T> | undefined;
  return () => {
    if (opening) return opening;
    const mine = (opening = open(attempts++));
    mine.catch(() => opening === mine && (opening = undefined));
    return mine;
  };
}

/** The filters chosen in the facets other than `facet`, in the order of FACETS. */
const withoutFacet = (selection: Selection, facet: Facet): Selection =>
  Object.fromEntries(FACETS.filter((other) => other !== facet && selection[other]).map((other) => [other, selection[other]]));

/**
 * What a facet's counts are counted from: the query's parts and the filters chosen in the other
 * facets. Not the facet's own choice (its other values stay counted, to stay reachable), nor the
 * order: counts shown for one search still hold for another with the same basis.
 */
export const countBasis = ({ query, filters }: SearchRequest, facet: Facet): { phrases: string[]; filters: Selection } => ({
  phrases: queryPhrases(query),
  filters: withoutFacet(filters, facet),
});

/** A facet's values with results: most results first; years newest first. */
const facetList = (facet: Facet, counts: Record<string, number> | undefined): FacetValue[] =>
  Object.entries(counts ?? {})
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) =>
      facet === 'year' ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'),
    );

/** Pagefind searches remembered per page: enough for going back and forth between recent queries. */
const REMEMBERED_SEARCHES = 32;

/**
 * What `ask` gives for `key`, asked once and kept in `cache`, unless it failed or came back
 * `empty`: Pagefind answers a chunk it could not fetch (a dropped connection) as if nothing were
 * there, so only an answer with something in it is sure to be the whole answer.
 */
function rememberedUnlessEmpty<T>(cache: Map<string, Promise<T>>, key: string, empty: (found: T) => boolean, ask: () => Promise<T>): Promise<T> {
  const kept = cache.get(key);
  if (kept) return kept;
  const asked = ask();
  const forget = () => cache.get(key) === asked && cache.delete(key);
  void asked.then((found) => empty(found) && forget(), forget);
  cache.set(key, asked);
  return asked;
}

/** What the engine is told of the reader's connection (the browser's navigator.onLine and its online and offline events). */
export interface Connection {
  online(): boolean;
  /** How many times the connection has gone or come back since the page opened. */
  changes(): number;
}

const ALWAYS_ONLINE: Connection = { online: () => true, changes: () => 0 };

/** A search made without the connection, or while it went or came back: what it found may be only part of what there is. */
export class ConnectionLost extends Error {}

export class SearchEngine {
  private readonly cache = new Map<string, Promise<RawSearch>>();
  /** The articles of each facet value (pagesWith). */
  private readonly facetPages = new Map<string, Promise<Set<string>>>();

  /**
   * @param traditional the index's characters in traditional form (Manifest.traditional)
   * @param connection the reader's connection, for SearchEngine.whole
   */
  constructor(
    private readonly pagefind: PagefindApi,
    readonly traditional = '',
    private readonly connection: Connection = ALWAYS_ONLINE,
  ) {}

  /**
   * One Pagefind search, remembered for the life of the page unless it found nothing: an index
   * chunk that failed to load (a dropped connection) is left out by Pagefind without a word, and
   * fetched again only when asked again, so the reader who searches again finds what there is.
   */
  private raw(term: string | null, filters: Selection): Promise<RawSearch> {
    const key = JSON.stringify([term, filters]);
    const search = rememberedUnlessEmpty(this.cache, key, (found) => found.results.length === 0, () =>
      this.whole(() =>
        this.pagefind.search(term, { filters: filters as Record<string, string> }).then((result) => result ?? { results: [], filters: {} }),
      ),
    );
    if (this.cache.size > REMEMBERED_SEARCHES) this.cache.delete(this.cache.keys().next().value!);
    return search;
  }

  /**
   * What `ask` finds, if the connection was up all the while it was asked. Offline, Pagefind finds
   * nothing in the parts of the index it could not fetch, without a word; a search under way when
   * the connection came back (typed ahead in a tunnel, Enter pressed out of it) fetched some parts
   * and not others, and found 2 of 5 articles, remembered as if whole. Once the connection is
   * back, it is asked again (once: a connection going and coming all the while is as good as
   * none); without it, the search is refused (ConnectionLost), never taken for no match. So is a
   * search that failed meanwhile (the worker's guard fails one during which a part of the index
   * failed to download, as the parts fetched offline did: pagefind-worker-guard.ts).
   */
  private async whole<T>(ask: () => Promise<T>, again = true): Promise<T> {
    const online = this.connection.online();
    const changes = this.connection.changes();
    const outcome = await ask().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    if (online && this.connection.online() && this.connection.changes() === changes) {
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    }
    if (again && this.connection.online()) return this.whole(ask, false);
    throw new ConnectionLost('searched without a steady connection');
  }

  /** Results of every phrase under `filters`, intersected in the order of the first. */
  private async matches(phrases: string[], filters: Selection): Promise<{ results: RawResult[]; first: RawSearch }> {
    const searches = await Promise.all(phrases.map((phrase) => this.raw(phrase, filters)));
    const [first, ...others] = searches as [RawSearch, ...RawSearch[]];
    const required = others.map((search) => new Set(search.results.map((result) => result.id)));
    return { first, results: first.results.filter((result) => required.every((ids) => ids.has(result.id))) };
  }

  /**
   * Every article with `value` of `facet`, asked for once in the life of the page: a search
   * with no words, only the filter, which Pagefind answers from the filter index it has
   * loaded, with no index chunk to fetch and no phrase to match. None found is not kept: the
   * value came from a search's filters, so it has articles, and a filter chunk that failed to
   * load (Pagefind leaves it out without a word, as it does an index chunk) is asked for again.
   */
  private pagesWith(facet: Facet, value: string): Promise<Set<string>> {
    return rememberedUnlessEmpty(this.facetPages, JSON.stringify([facet, value]), (pages) => pages.size === 0, () =>
      this.pagefind.search(null, { filters: { [facet]: value } }).then((found) => new Set((found?.results ?? []).map((result) => result.id))),
    );
  }

  /**
   * The counts of every facet among the articles `filters` choose, with no words: Pagefind counts
   * a search of no term itself; with no filter either, every article's, which it has loaded
   * since the index opened (openIndex), so no search lists them all.
   */
  private async chosenCounts(filters: Selection): Promise<Record<string, Record<string, number>>> {
    if (!isFiltered({ filters })) return this.pagefind.filters();
    return (await this.raw(null, filters)).filters;
  }

  /** Exact counts of `facet` for the query under `filters` (which leave `facet` out). */
  private async counts(phrases: string[], filters: Selection, facet: Facet): Promise<FacetValue[]> {
    if (phrases.length === 0) return facetList(facet, (await this.chosenCounts(filters))[facet]);
    const { first, results } = await this.matches(phrases, filters);
    if (phrases.length === 1) return facetList(facet, first.filters[facet]);
    // Several segments: Pagefind counts only the first segment's results, so each value the
    // first has is counted within the intersection, against the articles that have it. (A
    // search of the first segment per value, as before, took ~70 searches at 10,000 articles:
    // 8–20 s.)
    const values = facetList(facet, first.filters[facet]);
    const counted = await Promise.all(
      values.map(async ({ value }) => {
        const pages = await this.pagesWith(facet, value);
        return { value, count: results.filter((result) => pages.has(result.id)).length };
      }),
    );
    return facetList(facet, Object.fromEntries(counted.map(({ value, count }) => [value, count])));
  }

  /**
   * The results of a search, in the order asked for; the facet counts apart (count()). Filters
   * without words give the articles they choose, newest first (relevance means nothing there).
   */
  async find({ query, filters, sort }: SearchRequest): Promise<RawResult[]> {
    const phrases = queryPhrases(query);
    if (phrases.length === 0) {
      // Nothing searchable (only spaces or invisible characters) and no filter: no search.
      return isFiltered({ filters }) ? (await this.raw(null, filters)).results : [];
    }
    const { results } = await this.matches(phrases, filters);
    if (sort === 'date' || results.length === 0) return results;
    const searches = await Promise.all(phrases.map((phrase) => this.raw(phrase, filters)));
    const tier = new Map<string, number>();
    for (const search of searches) {
      for (const result of search.results) {
        const found = matchTier(Math.min(...result.words));
        tier.set(result.id, Math.min(found, tier.get(result.id) ?? found));
      }
    }
    return results
      .map((result, position) => ({ result, position, tier: tier.get(result.id) ?? 2 }))
      .sort((a, b) => a.tier - b.tier || a.position - b.position)
      .map(({ result }) => result);
  }

  /**
   * The facet counts of a search. A query of one part has them from the search find() made; one
   * of several parts counts its results against the articles of each value (pagesWith: asked for
   * once a page, ~0.5 s at 10,000 articles the first time, then tens of ms), so the search page
   * asks for them once the results are drawn. Filters without words are counted from the search
   * of the other filters alone (chosenCounts); no search at all (the bare search page, which
   * offers the filters to browse by) has every article's counts, loaded when the index opened.
   */
  async count(request: SearchRequest): Promise<Record<Facet, FacetValue[]>> {
    const facets = {} as Record<Facet, FacetValue[]>;
    await Promise.all(
      FACETS.map(async (facet) => {
        const { phrases, filters } = countBasis(request, facet);
        facets[facet] = await this.counts(phrases, filters, facet);
      }),
    );
    return facets;
  }
}
