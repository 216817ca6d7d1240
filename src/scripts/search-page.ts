/**
 * The search page in the browser: reads the query and choices from the address, searches the
 * merged Pagefind index (src/lib/search-engine.ts), and shows the count, facet choices with
 * counts, and results ten at a time. Everything from the reader or the index is inserted as
 * text, never as HTML.
 */
import { chosenRefinements, filteredArticles } from '../lib/chosen-refinements.ts';
import { pageTitle } from '../lib/page-title.ts';
import { excerptOf, highlight, quotedQuery } from '../lib/search-text.ts';
import { hasTraditional } from '../lib/simplified.ts';
import { inSimplified } from './simplified.ts';
import { QUERY_MAX_LENGTH, QUERY_PARAM, highlightedUrl, searchManifestUrl } from '../lib/urls.ts';
import { markedNodes, titleNodes } from './marks.ts';
import {
  ASK_FOR_WORDS,
  FACETS,
  SearchEngine,
  countBasis,
  hasWords,
  isFiltered,
  isSearch,
  openIndex,
  openedUnlessFailed,
  type Connection,
  type Facet,
  type FacetValue,
  type Manifest,
  type PagefindApi,
  type RawResult,
  type SearchRequest,
} from '../lib/search-engine.ts';

const PAGE_SIZE = 10;
/** A pause after the last change of a filter or the order before searching (arrow keys change a select at once). */
const REFINE_DELAY = 300;
const UNAVAILABLE = '搜索暂时无法使用，请稍后再试。';
/** After this long still searching, the page says why: the first search on a slow connection downloads the index. */
const SLOW_AFTER = 3000;
const SEARCHING = '正在搜索…';
const STILL_SEARCHING = '正在搜索…网络较慢，第一次搜索需要下载索引，请稍候。';
/** The same, once the index is open: a later search has no index to download first. */
const STILL_SEARCHING_LATER = '正在搜索…网络较慢，请稍候。';
/**
 * How long 没有找到, or the results of words with a character the index holds in traditional
 * form, wait for the offer of the words in simplified characters (the converter's download, then
 * a second search): past it, they show without the offer, rather than 正在搜索… for as long as a
 * slow connection takes.
 */
const SIMPLIFIED_WAIT = 2000;
/** Only `npm run dev` says this: a published site without its index is a failed deploy, not the reader's business. */
const INDEX_MISSING_IN_DEV = '搜索索引尚未生成：请先运行 npm run build，开发服务器会使用最近一次构建的索引。';

/** What a history entry remembers beyond its address, so Back from an article finds the list as it was left. */
interface Place {
  shown: number;
  scroll: number;
  /**
   * The address of the result last opened: Back from it, the keyboard goes on from there. Its
   * address, not its place: an article published meanwhile moves every result down one.
   */
  opened?: string | undefined;
}

interface Elements {
  form: HTMLFormElement;
  query: HTMLInputElement;
  /** The header's box (SearchForm), which shows the words searched and searches as `query` does. */
  header: HTMLInputElement | null;
  refine: HTMLFieldSetElement;
  /** Folds the filters away on a phone (global.css); says how many are set. */
  toggle: HTMLButtonElement;
  chosen: HTMLElement;
  /** Searches the same words without the filters: shown when they leave no result. */
  clear: HTMLButtonElement;
  clearRow: HTMLElement;
  sort: HTMLSelectElement;
  /** The sort's 按相关度: not to be chosen with no words, whose results are newest first. */
  relevance: HTMLOptionElement;
  facets: Record<Facet, HTMLSelectElement>;
  status: HTMLElement;
  /** After the count, on paper only: how many of the results are printed, when not all are loaded. */
  printed: HTMLElement;
  section: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

class IndexMissing extends Error {}

/**
 * A search as the address (or the form, which has the same names) gives it: its words cut to what
 * the boxes take, as a paste is (a longer shared address filled the box past its maxlength, and the
 * browser then refused every search from it once the reader edited it).
 */
function readRequest(params: URLSearchParams): SearchRequest {
  const filters: SearchRequest['filters'] = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value) filters[facet] = value;
  }
  return { query: (params.get(QUERY_PARAM) ?? '').trim().slice(0, QUERY_MAX_LENGTH).trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

function requestUrl({ query, filters, sort }: SearchRequest): string {
  const params = new URLSearchParams();
  if (query) params.set(QUERY_PARAM, query);
  for (const facet of FACETS) if (filters[facet]) params.set(facet, filters[facet]!);
  if (sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `${location.pathname}?${text}` : location.pathname;
}

/** The search the form's fields ask for: the query, the facets and sort, read as the address is. */
const formRequest = (elements: Elements): SearchRequest =>
  readRequest(new URLSearchParams(new FormData(elements.form) as unknown as string[][]));

/** The reader's connection as the browser tells it, its changes counted from now (SearchEngine.whole). */
function watchConnection(): Connection {
  let changes = 0;
  for (const event of ['online', 'offline']) addEventListener(event, () => changes++);
  return { online: () => navigator.onLine, changes: () => changes };
}

/** Opens the index; `attempt` counts the tries, the first 0 (openedUnlessFailed). */
async function openEngine(attempt: number, connection: Connection): Promise<SearchEngine> {
  const response = await fetch(searchManifestUrl());
  if (!response.ok) throw new IndexMissing();
  const manifest = (await response.json()) as Manifest;
  // A module whose download failed stays failed at its address for the life of the page
  // (Chromium keeps the failure), so a retry asks for Pagefind's script at another.
  const retry = attempt > 0 ? `?retry=${attempt}` : '';
  const pagefind = await openIndex(manifest, (url) => import(/* @vite-ignore */ `${url}${retry}`) as Promise<PagefindApi>);
  return new SearchEngine(pagefind, manifest.traditional, connection);
}

/**
 * A facet's choices with their counts; `values` undefined while they are counted: 全部… and the
 * chosen value alone, no count. Choices already shown are left as they are, so a reader arrowing
 * through them keeps their place.
 */
function fillFacet(select: HTMLSelectElement, values: FacetValue[] | undefined, chosen: string | undefined) {
  const all = new Option(select.dataset['all'] ?? '全部', '');
  const options = (values ?? []).map(({ value, count }) => new Option(`${value}（${count}）`, value));
  if (chosen && !values?.some(({ value }) => value === chosen)) options.unshift(new Option(values ? `${chosen}（0）` : chosen, chosen));
  const choices = [all, ...options];
  const shown = choices.length === select.options.length && choices.every(({ text, value }, i) => select.options[i]!.text === text && select.options[i]!.value === value);
  if (!shown) select.replaceChildren(...choices);
  select.value = chosen ?? '';
}

function resultItem(data: Awaited<ReturnType<RawResult['data']>>, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const article = document.createElement('article');
  article.className = 'search-result';
  const heading = document.createElement('h3');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = highlightedUrl(data.url, query);
  const title = data.meta['title'] ?? '';
  link.append(...(title ? titleNodes(highlight(title, query)) : [data.url]));
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  if (data.meta['date']) {
    const time = document.createElement('time');
    time.dateTime = data.meta['date'];
    time.textContent = data.meta['date'];
    meta.append(time);
  }
  if (data.meta['section']) {
    const section = document.createElement('span');
    section.textContent = data.meta['section'];
    meta.append(section);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.append(...markedNodes(excerptOf(data.content, query, title)));
  article.append(heading, meta, excerpt);
  if (data.meta['image']) {
    const image = document.createElement('img');
    image.className = 'search-result__image';
    image.src = data.meta['image'];
    image.alt = '';
    image.loading = 'lazy';
    image.width = 240;
    image.height = 180;
    article.prepend(image);
  }
  item.append(article);
  return item;
}

/** `promise`'s value, or undefined once `ms` have passed without it. */
const within = <T>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(resolve, ms))]);

/** The article a result's link leads to, without the words it marks there (highlightedUrl). */
const articleAddress = (link: HTMLAnchorElement): string => new URL(link.href).pathname;

const isPlace = (state: unknown): state is Place =>
  typeof state === 'object' &&
  state !== null &&
  Number.isInteger((state as Place).shown) &&
  Number.isFinite((state as Place).scroll);

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  if (!form) return;
  const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
  const elements: Elements = {
    form,
    query: $<HTMLInputElement>('#search-query'),
    header: document.querySelector<HTMLInputElement>('#site-search'),
    refine: $<HTMLFieldSetElement>('[data-search-refine]'),
    toggle: $<HTMLButtonElement>('[data-search-toggle]'),
    chosen: $<HTMLElement>('[data-search-chosen]'),
    clear: $<HTMLButtonElement>('[data-search-clear]'),
    clearRow: $<HTMLElement>('[data-search-clear-row]'),
    sort: $<HTMLSelectElement>('#search-sort'),
    relevance: $<HTMLOptionElement>('#search-sort option[value="relevance"]'),
    facets: Object.fromEntries(FACETS.map((facet) => [facet, $<HTMLSelectElement>(`[data-facet="${facet}"]`)])) as Record<
      Facet,
      HTMLSelectElement
    >,
    status: $<HTMLElement>('[data-search-status]'),
    printed: $<HTMLElement>('[data-search-printed]'),
    section: $<HTMLElement>('[data-search-results-section]'),
    list: $<HTMLOListElement>('[data-search-results]'),
    more: $<HTMLButtonElement>('[data-search-more]'),
  };
  // Disabled in the HTML, so a form sent without JavaScript carries only the query.
  elements.refine.disabled = false;
  // The page puts the reader back where they were itself, once the results are loaded again.
  history.scrollRestoration = 'manual';
  const moreLabel = elements.more.textContent;
  /**
   * The engine, opened once; should opening fail (a dropped connection), the next search, typed
   * ahead or asked, opens it again: the page says 请稍后再试, and trying again has to work.
   */
  const connection = watchConnection();
  const engine = openedUnlessFailed((attempt) => openEngine(attempt, connection));
  /** The engine once open, so a search can be handed to Pagefind's worker without waiting a turn. */
  let ready: SearchEngine | undefined;
  const opening = () => {
    const asked = engine();
    asked.then(
      (open) => (ready = open),
      () => undefined, // reported when a search needs it
    );
    return asked;
  };
  void opening();
  /**
   * Hands the search to Pagefind's worker at once (its message leaves before this returns),
   * so the worker fetches and matches while this thread updates the history and the page.
   */
  const ask = (request: SearchRequest): Promise<RawResult[]> =>
    ready ? ready.find(request) : opening().then((open) => open.find(request));
  let run = 0;
  let results: RawResult[] = [];
  let shown = 0;
  /** The result of this search the reader last opened (Place). */
  let opened: string | undefined;
  let found = '';
  /** The words of this search in simplified characters, offered after the count when they find more (搜索简体：…). */
  let offer: SearchRequest | undefined;
  let current: SearchRequest = readRequest(new URLSearchParams(location.search));
  /** The run whose "load more" is under way, so a second click waits for it and batches keep their order. */
  let loadingMore = -1;

  /** The counts each filter shows, with the basis they were counted from (countBasis); none while it is counted. */
  const shownCounts = {} as Record<Facet, { basis: string; values: FacetValue[] } | undefined>;

  /**
   * The filters for `request`, with its counts once they are `counted`. Until then a filter keeps
   * the counts it shows while they still hold (the same words and other filters: a value chosen
   * in it, or the order, changes none of them), so a reader arrowing through it keeps its list;
   * any other shows 全部… and the chosen value without counts, never another search's counts and
   * choices, which a change of order made meanwhile would read back into the search (formRequest).
   */
  function showFilters(request: SearchRequest, counted?: Record<Facet, FacetValue[]>) {
    for (const facet of FACETS) {
      const basis = JSON.stringify(countBasis(request, facet));
      const values = counted?.[facet] ?? (shownCounts[facet]?.basis === basis ? shownCounts[facet].values : undefined);
      shownCounts[facet] = values && { basis, values };
      fillFacet(elements.facets[facet], values, request.filters[facet]);
    }
  }

  const say = (text: string) => {
    elements.status.textContent = text;
    elements.printed.hidden = true;
  };
  /**
   * The count found, with how many are shown once more than the first ten are. Paper has no
   * 加载更多: when only the first ten of more are loaded, a printed page says so, rather than
   * 找到 12 条结果 over ten entries.
   */
  const sayFound = () => {
    say(shown > PAGE_SIZE ? `${found}，已显示 ${shown} 条` : found);
    if (offer) elements.status.append(offerNodes(offer, '。'));
    elements.printed.textContent = `，本页印出其中前 ${shown} 条`;
    elements.printed.hidden = shown >= results.length || shown > PAGE_SIZE;
  };
  const remember = () => history.replaceState({ shown, scroll: Math.round(scrollY), opened } satisfies Place, '');
  /**
   * Back or forward to a search, or reloaded: once what it found is drawn, the page scrolls to
   * where the reader left its results, or, with none shown (none found, none loaded, no words), to
   * the top, where its message is. Only results were scrolled to: back from far down a long list to
   * a search that had found nothing, the list's going left the page scrolled to its end, the message
   * above the screen and the results' empty room on it (and the place kept for results that did
   * not load, offline, would do the same).
   */
  const putBack = (place: Place | undefined) => {
    if (!place) return;
    scrollTo(0, shown > 0 ? place.scroll : 0);
    remember();
  };

  /** Shows the next `count` results; the new items, or nothing when they failed to load or a newer search began. */
  async function load(count: number): Promise<HTMLLIElement[] | undefined> {
    const mine = run;
    const batch = results.slice(shown, shown + count);
    // Every request of the batch has ended before a failure is reported: a retry then asks
    // afresh, instead of being handed a request of this batch that is still on its way to fail.
    const settled = await Promise.allSettled(batch.map((result) => result.data()));
    const loaded = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    if (loaded.length < batch.length) {
      if (mine === run) say(UNAVAILABLE);
      return undefined;
    }
    if (mine !== run) return undefined;
    const items = loaded.map((data) => resultItem(data, current.query));
    elements.list.append(...items);
    shown += batch.length;
    elements.more.hidden = shown >= results.length;
    remember();
    return items;
  }

  async function showMore() {
    const mine = run;
    if (loadingMore === mine) return;
    loadingMore = mine;
    elements.more.textContent = '正在加载…';
    const items = await load(PAGE_SIZE);
    if (mine !== run) return;
    loadingMore = -1;
    elements.more.textContent = moreLabel;
    if (!items) return;
    items[0]?.querySelector('a')?.focus();
    sayFound();
  }

  /**
   * No words and no filter (the bare search page): the page asks for words and offers the filters
   * to browse by, counted over every article once the index has opened (its filter data, which
   * opening loads anyway: no byte more), so that picking one lists its articles.
   */
  function askForWords(mine: number, request: SearchRequest) {
    elements.section.hidden = true;
    elements.refine.hidden = false;
    say(ASK_FOR_WORDS);
    // An index that did not open has nothing to offer: the filters go, and a search says why.
    void showCounts(mine, request, () => (elements.refine.hidden = true));
  }

  /**
   * The filters' counts of `request`, drawn unless a newer search began or a choice waits to be
   * searched (its search draws its own counts); `failed` runs when they cannot be counted.
   */
  async function showCounts(mine: number, request: SearchRequest, failed = () => {}) {
    let facets;
    try {
      facets = await (await engine()).count(request);
    } catch {
      if (mine === run) failed();
      return; // searching again retries
    }
    if (mine !== run || refineTimer !== undefined) return;
    showFilters(request, facets);
  }

  let refineTimer: ReturnType<typeof setTimeout> | undefined;
  /** The search ahead of Enter, waiting for the typing to pause (searchAhead). */
  let warmTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Searches; once the latest search has answered, the filters take the height of what they
   * show (see .search-pending in global.css).
   */
  async function search(request: SearchRequest, place?: Place, enter?: () => void) {
    const mine = ++run;
    try {
      await runSearch(mine, request, place, enter);
    } finally {
      if (mine === run) document.documentElement.classList.remove('search-pending', 'search-browse');
    }
  }

  /** `enter` puts the search in the history: called once the search is on its way to Pagefind's worker. */
  async function runSearch(mine: number, request: SearchRequest, place?: Place, enter?: () => void) {
    clearTimeout(refineTimer); // a filter change still waiting belonged to what was on screen before
    refineTimer = undefined;
    // A search ahead still waiting for the typing to pause asks for these words or older ones: left
    // to run after this search had failed (a dropped connection), it searched again behind the
    // reader's back, and Enter pressed again at once was handed that search, still on its way to fail.
    clearTimeout(warmTimer);
    current = request;
    // Only whitespace or invisible characters (a zero-width space) is no query at all; with a
    // filter, it lists the articles the filters choose (isSearch).
    const words = hasWords(request);
    const searchable = isSearch(request);
    const asked = searchable ? ask(request) : undefined;
    enter?.();
    // An entry written before results were remembered by address holds a number: no result then.
    opened = typeof place?.opened === 'string' ? place.opened : undefined;
    // A search keeps the results' room from now on, whatever it finds (see .search-results in global.css).
    elements.section.toggleAttribute('data-asked', searchable);
    elements.query.value = words ? request.query : '';
    if (elements.header) elements.header.value = elements.query.value;
    // Filters without words list their articles newest first: the order says so, and relevance,
    // which means nothing there, cannot be chosen (the order asked for is kept for words: requested).
    elements.relevance.disabled = !words;
    elements.sort.value = words ? request.sort : 'date';
    showFilters(request);
    elements.chosen.textContent = chosenRefinements(request);
    elements.list.replaceChildren();
    elements.clearRow.hidden = true;
    elements.more.hidden = true;
    elements.more.textContent = moreLabel;
    results = [];
    shown = 0;
    offer = undefined;
    // The tab and the history list name the search (“民政”的搜索结果 - 法治报道; 2025年的文章 - 法治报道).
    const named = words ? `${quotedQuery(request.query)}的搜索结果` : searchable ? filteredArticles(request) : '搜索';
    document.title = pageTitle(named, elements.form.dataset['siteName'] ?? '');
    if (!searchable) {
      askForWords(mine, request);
      return putBack(place);
    }
    say(SEARCHING);
    // Until the first results show, whether the index or the results are slow to arrive.
    const slow = ready ? STILL_SEARCHING_LATER : STILL_SEARCHING;
    setTimeout(() => mine === run && elements.status.textContent === SEARCHING && say(slow), SLOW_AFTER);
    let answer;
    try {
      answer = await asked!;
    } catch (error) {
      if (mine !== run) return;
      // The index did not open, a part of it failed to download while searched (the worker's
      // guard: pagefind-worker-guard.ts), or the search was made without a steady connection
      // (SearchEngine.whole): Pagefind then finds nothing, or less, which is not a search that
      // found nothing (没有找到 would send the reader to try other words).
      say(error instanceof IndexMissing && import.meta.env.DEV ? INDEX_MISSING_IN_DEV : UNAVAILABLE);
      return putBack(place);
    }
    if (mine !== run) return;
    // Typed in traditional characters, words that find nothing, or only a quote written so (臺灣),
    // may be in the articles in simplified ones: offered in the message, found out before anything
    // on screen changes, so the message and the results come in one frame (and said once), if
    // within SIMPLIFIED_WAIT. Words found start the converter only with a character the index
    // holds in traditional form, so no other search fetches a byte more; their first results are
    // fetched meanwhile.
    let simplified;
    if (words && (answer.length === 0 || hasTraditional(request.query, ready?.traditional ?? ''))) {
      for (const result of answer.slice(0, PAGE_SIZE)) result.data().catch(() => undefined);
      simplified = await within(simplifiedFinding(request, answer), SIMPLIFIED_WAIT);
    }
    if (mine !== run) return;
    offer = simplified;
    results = answer;
    // The first results are asked for before anything else: Pagefind's worker fetches them
    // while this thread goes on.
    const loading = results.length > 0 ? load(Math.max(PAGE_SIZE, place?.shown ?? 0)) : undefined;
    const filtered = isFiltered(request);
    // Nothing found and nothing chosen: every filter would hold only 全部…, and there is nothing to sort.
    elements.refine.hidden = results.length === 0 && !filtered;
    if (results.length === 0) {
      elements.section.hidden = true;
      // Without words, no filter left is no search: 去掉筛选条件再试 would only ask for words.
      elements.clearRow.hidden = !filtered || !words;
      say(
        !words
          ? '在所选条件下没有找到文章。可以换一个筛选条件，也可以输入关键词搜索。'
          : filtered
            ? `在所选条件下没有找到包含${quotedQuery(request.query)}的文章。可以去掉筛选条件再试，也可以换一个更短或不同的关键词。`
            : `没有找到包含${quotedQuery(request.query)}的文章。可以换一个更短或不同的关键词再试。`,
      );
      if (offer) elements.status.append(offerNodes(offer));
      putBack(place);
    } else {
      elements.section.hidden = false;
      found = `找到 ${results.length} 条结果${filtered ? '（已筛选）' : ''}`;
      const items = await loading;
      if (mine !== run) return;
      if (!items) {
        elements.section.hidden = true; // nothing to show; searching again retries
      } else {
        sayFound();
        if (place) {
          // The page was built again (Back from an article the browser had not kept, a reload): the
          // focus goes back to the result opened, or Tab went on from the top of the page, where
          // the page then scrolled, instead of from that result.
          // A result no longer shown (withdrawn, or past the first ten) leaves the focus where it is.
          const link = [...elements.list.querySelectorAll<HTMLAnchorElement>('.search-result__title a')].find(
            (title) => opened !== undefined && articleAddress(title) === opened,
          );
          link?.focus({ preventScroll: true });
        }
      }
      putBack(place);
    }
    // The counts once the results are drawn: a query of one part has them already (drawn in the
    // same frame), one of several parts takes a search per value (SearchEngine.count), which
    // would otherwise keep the results waiting for seconds, and their fragments behind those
    // searches in Pagefind's worker. Should they fail, the filters stay without counts.
    await showCounts(mine, request);
  }

  /**
   * The words of `request` in simplified characters (inSimplified, whose tables load only now),
   * when they have traditional ones and, so written, find an article that `found` (what the
   * words as typed found) has not; else undefined.
   */
  async function simplifiedFinding(request: SearchRequest, found: RawResult[]): Promise<SearchRequest | undefined> {
    try {
      const query = await inSimplified(request.query);
      if (query === undefined) return undefined;
      const simplified = { ...request, query };
      const ids = new Set(found.map((result) => result.id));
      return (await ask(simplified)).some((result) => !ids.has(result.id)) ? simplified : undefined;
    } catch {
      return undefined; // the tables did not load, or the search failed: the message says what it always says
    }
  }

  /**
   * 搜索简体：社会组织 after the message or the count (after `lead`), the words a link that searches
   * them here, the focus going on to their first result. Not on paper, where there is nothing to follow.
   */
  function offerNodes(request: SearchRequest, lead = ''): HTMLElement {
    const link = document.createElement('a');
    link.href = requestUrl(request);
    link.textContent = request.query;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void goOn(request);
    });
    const offered = document.createElement('span');
    offered.className = 'search-status__offer';
    offered.append(`${lead}搜索简体：`, link);
    return offered;
  }

  /**
   * Searches for `request` in the place of a control the search takes away (去掉筛选条件再试, the
   * simplified words' link): the reader goes on from the first result, or from the box to try
   * other words.
   */
  async function goOn(request: SearchRequest) {
    const searching = go(request);
    const mine = run;
    await searching;
    if (mine === run) (elements.list.querySelector('a') ?? elements.query).focus();
  }

  /** Searches for `request`, as a new history entry unless it is the search already shown. */
  function go(request: SearchRequest): Promise<void> {
    const url = requestUrl(request);
    const again = url === requestUrl(current);
    // The history waits until the search has left for the worker (see runSearch).
    return search(request, undefined, () => {
      if (again) {
        history.replaceState(null, '', url);
      } else {
        // Left from the box or the filters, not from the result last opened: Back puts the focus
        // on none. It went back to that result, a screen or more from where the reader had
        // scrolled to search again, and Tab went on from there.
        opened = undefined;
        remember();
        history.pushState(null, '', url);
      }
    });
  }

  /**
   * The search the form asks for. New words start unfiltered, as filters chosen for the last
   * ones could hide every result; only a filter the reader has just chosen (`keep`) stays. Filters
   * chosen with no words (a year's articles) were chosen for no words: the first words search
   * within them, in the order last asked for, as the order shown then, newest first, was not chosen.
   */
  const requested = (keep?: Facet): SearchRequest => {
    const request = formRequest(elements);
    if (!hasWords(current)) return { ...request, sort: current.sort };
    if (request.query === current.query) return request;
    const chosen = keep && request.filters[keep];
    return { ...request, filters: keep && chosen ? { [keep]: chosen } : {} };
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void go(requested());
  });
  // Words sent from the header's box on this page are searched as the page's own box searches
  // them (requested): after other words, without their filters; after filters alone (a year's
  // articles), within those filters; in the order chosen. Sent as the plain form it is on other
  // pages, it loaded /search/?q=… anew and dropped 最新发布在前 (sort=date).
  const header = elements.header;
  header?.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    elements.query.value = header.value;
    void go(requested());
  });
  // One search once the reader settles on a filter or an order, not one per arrow key.
  for (const select of [elements.sort, ...Object.values(elements.facets)]) {
    select.addEventListener('change', () => {
      // Read now, as the reader set them (a search finishing during the pause leaves them: runSearch).
      const request = requested(select.dataset['facet'] as Facet | undefined);
      clearTimeout(refineTimer);
      refineTimer = setTimeout(() => {
        refineTimer = undefined;
        void go(request);
      }, REFINE_DELAY);
    });
  }
  elements.toggle.addEventListener('click', () => {
    elements.toggle.setAttribute('aria-expanded', String(elements.toggle.getAttribute('aria-expanded') !== 'true'));
  });
  elements.more.addEventListener('click', () => void showMore());
  elements.clear.addEventListener('click', () => void goOn({ ...current, filters: {} }));
  // The place is kept as the reader scrolls (a page being left can no longer change its history entry).
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  addEventListener(
    'scroll',
    () => {
      clearTimeout(scrollTimer);
      scrollTimer = setTimeout(remember, 150);
    },
    { passive: true },
  );
  elements.list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (link) opened = articleAddress(link);
    remember();
  });
  // Searching starts while the reader types, so Enter usually only has to load the results
  // shown: the engine remembers the search. Failures are left to the real search to report.
  /** The search last asked for ahead (its requestUrl), so the same words are not asked for twice in a row. */
  let askedAhead = '';
  const searchNow = () => {
    clearTimeout(warmTimer);
    const request = requested();
    askedAhead = requestUrl(request);
    ask(request).catch(() => undefined);
  };
  /** After a pause: keys typed one by one (5239, PM2.5) are searched once the reader stops. */
  const searchAhead = () => {
    clearTimeout(warmTimer);
    warmTimer = setTimeout(searchNow, 120);
  };
  // While an input method composes (a pinyin IME's min'zheng, before the reader picks 民政) the
  // box holds letters no one means to search: searching them fetched the index for each in turn.
  // The words it gives are searched at once: the reader has picked them, and the next take a
  // while to type, while Enter often comes right after them (the pause had the search start
  // 120 ms later, most of the head start of an Enter pressed 150 ms after the words came).
  // Where the input event follows compositionend (Safari), it asks for the words just asked for:
  // it is let go, as the engine forgets a search that found nothing (SearchEngine.raw), and would
  // search Pagefind for it again 120 ms later.
  elements.query.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing || requestUrl(requested()) === askedAhead) clearTimeout(warmTimer);
    else searchAhead();
  });
  elements.query.addEventListener('compositionend', searchNow);
  addEventListener('popstate', (event) => {
    const request = readRequest(new URLSearchParams(location.search));
    // Only the #fragment changed (the skip link 跳到正文): this search is already on screen.
    if (requestUrl(request) === requestUrl(current)) return;
    void search(request, isPlace(event.state) ? event.state : undefined);
  });
  void search(current, isPlace(history.state) ? history.state : undefined);
}
