/**
 * The search page in the browser: reads the query and choices from the address, searches the
 * merged Pagefind index (src/lib/search-engine.ts), and shows the count, facet choices with
 * counts, and results ten at a time. Everything from the reader or the index is inserted as
 * text, never as HTML.
 */
import { pageTitle } from '../lib/page-title.ts';
import { excerptOf, highlight } from '../lib/search-text.ts';
import { highlightedUrl, searchManifestUrl } from '../lib/urls.ts';
import { markedNodes } from './marks.ts';
import {
  FACETS,
  SearchEngine,
  openIndex,
  type Facet,
  type FacetValue,
  type Manifest,
  type PagefindApi,
  type RawResult,
  type SearchRequest,
} from '../lib/search-engine.ts';

const PAGE_SIZE = 10;

interface Elements {
  form: HTMLFormElement;
  query: HTMLInputElement;
  refine: HTMLFieldSetElement;
  sort: HTMLSelectElement;
  facets: Record<Facet, HTMLSelectElement>;
  status: HTMLElement;
  section: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

class IndexMissing extends Error {}

function readRequest(search: string): SearchRequest {
  const params = new URLSearchParams(search);
  const filters: SearchRequest['filters'] = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value) filters[facet] = value;
  }
  return { query: params.get('q') ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

function requestUrl({ query, filters, sort }: SearchRequest): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const facet of FACETS) if (filters[facet]) params.set(facet, filters[facet]!);
  if (sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `${location.pathname}?${text}` : location.pathname;
}

function formRequest(elements: Elements): SearchRequest {
  const filters: SearchRequest['filters'] = {};
  for (const facet of FACETS) if (elements.facets[facet].value) filters[facet] = elements.facets[facet].value;
  return { query: elements.query.value.trim(), filters, sort: elements.sort.value === 'date' ? 'date' : 'relevance' };
}

async function openEngine(): Promise<SearchEngine> {
  const response = await fetch(searchManifestUrl());
  if (!response.ok) throw new IndexMissing();
  const manifest = (await response.json()) as Manifest;
  const pagefind = await openIndex(manifest, (url) => import(/* @vite-ignore */ url) as Promise<PagefindApi>);
  return new SearchEngine(pagefind);
}

function fillFacet(select: HTMLSelectElement, values: FacetValue[], chosen: string | undefined) {
  const all = new Option(select.dataset['all'] ?? '全部', '');
  const options = values.map(({ value, count }) => new Option(`${value}(${count})`, value));
  if (chosen && !values.some(({ value }) => value === chosen)) options.unshift(new Option(`${chosen}(0)`, chosen));
  select.replaceChildren(all, ...options);
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
  link.append(...(title ? markedNodes(highlight(title, query)) : [data.url]));
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
    article.prepend(image);
  }
  item.append(article);
  return item;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  if (!form) return;
  const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
  const elements: Elements = {
    form,
    query: $<HTMLInputElement>('#search-query'),
    refine: $<HTMLFieldSetElement>('[data-search-refine]'),
    sort: $<HTMLSelectElement>('#search-sort'),
    facets: Object.fromEntries(FACETS.map((facet) => [facet, $<HTMLSelectElement>(`[data-facet="${facet}"]`)])) as Record<
      Facet,
      HTMLSelectElement
    >,
    status: $<HTMLElement>('[data-search-status]'),
    section: $<HTMLElement>('[data-search-results-section]'),
    list: $<HTMLOListElement>('[data-search-results]'),
    more: $<HTMLButtonElement>('[data-search-more]'),
  };
  const engine = openEngine();
  engine.catch(() => undefined); // reported when a search needs it
  let run = 0;
  let results: RawResult[] = [];
  let shown = 0;
  let currentQuery = '';

  const say = (text: string) => {
    elements.status.textContent = text;
  };

  async function showMore(focusFirst: boolean) {
    const mine = run;
    const batch = results.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    const loaded = await Promise.all(batch.map((result) => result.data()));
    if (mine !== run) return;
    const items = loaded.map((data) => resultItem(data, currentQuery));
    elements.list.append(...items);
    elements.more.hidden = shown >= results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  async function search(request: SearchRequest) {
    const mine = ++run;
    elements.query.value = request.query;
    const header = document.querySelector<HTMLInputElement>('#site-search');
    if (header) header.value = request.query;
    elements.sort.value = request.sort;
    elements.list.replaceChildren();
    elements.more.hidden = true;
    results = [];
    shown = 0;
    currentQuery = request.query;
    // The tab and the history list name the search (“民政”的搜索结果 - 法治报道).
    document.title = pageTitle(request.query ? `“${request.query}”的搜索结果` : '搜索', elements.form.dataset['siteName'] ?? '');
    if (!request.query.trim()) {
      elements.section.hidden = true;
      elements.refine.hidden = true;
      say('请输入要搜索的内容,例如文章标题中的词、人名或数字。');
      return;
    }
    say('正在搜索…');
    let outcome;
    try {
      outcome = await (await engine).search(request);
    } catch (error) {
      if (mine !== run) return;
      say(
        error instanceof IndexMissing
          ? '搜索索引尚未生成:请先运行 npm run build,开发服务器会使用最近一次构建的索引。'
          : '搜索暂时无法使用,请稍后再试。',
      );
      return;
    }
    if (mine !== run) return;
    for (const facet of FACETS) fillFacet(elements.facets[facet], outcome.facets[facet], request.filters[facet]);
    elements.refine.hidden = false;
    results = outcome.results;
    const filtered = FACETS.some((facet) => request.filters[facet]);
    if (results.length === 0) {
      elements.section.hidden = true;
      say(`没有找到包含“${request.query}”的文章。${filtered ? '可以去掉筛选条件再试,' : ''}也可以换一个更短或不同的关键词。`);
      return;
    }
    elements.section.hidden = false;
    await showMore(false);
    if (mine === run) say(`找到 ${results.length} 条结果${filtered ? '(已筛选)' : ''}`);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const request = formRequest(elements);
    history.pushState(null, '', requestUrl(request));
    void search(request);
  });
  for (const select of [elements.sort, ...Object.values(elements.facets)]) {
    select.addEventListener('change', () => form.requestSubmit());
  }
  elements.more.addEventListener('click', () => void showMore(true));
  // Searching starts while the reader types; Enter then reuses the same search (see warm()).
  let warmTimer: ReturnType<typeof setTimeout> | undefined;
  elements.query.addEventListener('input', () => {
    clearTimeout(warmTimer);
    warmTimer = setTimeout(() => {
      engine.then((ready) => ready.warm(formRequest(elements))).catch(() => undefined);
    }, 120);
  });
  window.addEventListener('popstate', () => void search(readRequest(location.search)));
  void search(readRequest(location.search));
}
