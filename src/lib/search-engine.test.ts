import { describe, expect, test } from 'vitest';
import { ConnectionLost, SearchEngine, countBasis, openIndex, openedUnlessFailed, type PagefindApi, type RawResult, type SearchRequest } from './search-engine.ts';

const request = (query: string, filters: SearchRequest['filters'] = {}, sort: SearchRequest['sort'] = 'relevance'): SearchRequest => ({
  query,
  filters,
  sort,
});
const basis = (...args: Parameters<typeof request>) => (facet: Parameters<typeof countBasis>[1]) =>
  JSON.stringify(countBasis(request(...args), facet));

test('a facet is counted from the words and the other filters: its own choice and the order leave its counts as they are', () => {
  const plain = basis('民政 青川');
  expect(basis('民政 青川', { section: '今日资讯' }, 'date')('section')).toBe(plain('section'));
  expect(basis('民政 青川', { section: '今日资讯' })('year')).not.toBe(plain('year'));
  expect(basis('民政', { section: '今日资讯' })('section')).not.toBe(plain('section'));
});

test('the same search written otherwise has the same basis: spaces between the words, filters in another order', () => {
  expect(basis(' 民政  青川 ')('author')).toBe(basis('民政 青川')('author'));
  expect(basis('民政', { year: '2025', section: '今日资讯' })('author')).toBe(basis('民政', { section: '今日资讯', year: '2025' })('author'));
});

test('a search is asked of Pagefind once while it finds something; one that found nothing is asked again', async () => {
  const article: RawResult = { id: 'a', score: 1, words: [0], data: async () => ({ url: '/a/', content: '', excerpt: '', meta: {}, filters: {} }) };
  let online = false;
  let asked = 0;
  const pagefind = {
    // Offline, Pagefind answers as if the words were nowhere: the part of the index it could not fetch is left out.
    search: async () => (asked++, { results: online ? [article] : [], filters: {} }),
  } as unknown as PagefindApi;
  const engine = new SearchEngine(pagefind);
  const find = () => engine.find(request('调解员'));
  expect(await find()).toEqual([]);
  online = true;
  expect(await find()).toEqual([article]);
  expect(await find()).toEqual([article]);
  expect(asked).toBe(2);
});

test('a search under way when the connection came back (some parts fetched, others not) is asked again, and the whole answer is kept', async () => {
  const found = (...ids: string[]): RawResult[] => ids.map((id) => ({ id, score: 1, words: [0], data: async () => ({ url: `/${id}/`, content: '', excerpt: '', meta: {}, filters: {} }) }));
  const line = { up: false, changes: 0 };
  let asked = 0;
  const pagefind = {
    // The first search starts offline; the connection comes back while it waits for the parts it
    // asked for: the older part's chunk arrives, the newer's had failed. 2 of 5.
    search: async () => {
      asked++;
      if (asked > 1) return { results: found('a', 'b', 'c', 'd', 'e'), filters: {} };
      await Promise.resolve();
      line.up = true;
      line.changes++;
      return { results: found('d', 'e'), filters: {} };
    },
  } as unknown as PagefindApi;
  const engine = new SearchEngine(pagefind, '', { online: () => line.up, changes: () => line.changes });
  const ids = async () => (await engine.find(request('调解员'))).map(({ id }) => id);
  expect(await ids()).toEqual(['a', 'b', 'c', 'd', 'e']);
  expect(await ids()).toEqual(['a', 'b', 'c', 'd', 'e']);
  expect(asked).toBe(2);
});

test('a search that failed while the connection came back (the worker guard fails one whose part of the index failed offline) is asked again once back', async () => {
  const article: RawResult = { id: 'a', score: 1, words: [0], data: async () => ({ url: '/a/', content: '', excerpt: '', meta: {}, filters: {} }) };
  const line = { up: false, changes: 0 };
  let asked = 0;
  const pagefind = {
    search: async () => {
      asked++;
      if (asked > 1) return { results: [article], filters: {} };
      line.up = true;
      line.changes++;
      throw new Error('a part of the search index failed to download');
    },
  } as unknown as PagefindApi;
  const engine = new SearchEngine(pagefind, '', { online: () => line.up, changes: () => line.changes });
  expect(await engine.find(request('调解员'))).toEqual([article]);
  expect(asked).toBe(2);
});

test('a search that failed with the connection up all the while fails as it did', async () => {
  const failure = new Error('a part of the search index failed to download');
  const pagefind = { search: async () => Promise.reject(failure) } as unknown as PagefindApi;
  const engine = new SearchEngine(pagefind, '', { online: () => true, changes: () => 0 });
  await expect(engine.find(request('调解员'))).rejects.toBe(failure);
});

test('a search made offline is refused, neither taken for no match nor for all there is, and asked again once online', async () => {
  const article: RawResult = { id: 'a', score: 1, words: [0], data: async () => ({ url: '/a/', content: '', excerpt: '', meta: {}, filters: {} }) };
  const line = { up: false, changes: 1 };
  let asked = 0;
  // Offline, Pagefind still finds what the chunks it fetched before hold: part of the answer, or none.
  const pagefind = { search: async () => (asked++, { results: [article], filters: {} }) } as unknown as PagefindApi;
  const engine = new SearchEngine(pagefind, '', { online: () => line.up, changes: () => line.changes });
  await expect(engine.find(request('调解员'))).rejects.toBeInstanceOf(ConnectionLost);
  line.up = true;
  line.changes++;
  expect(await engine.find(request('调解员'))).toEqual([article]);
  expect(asked).toBe(2);
});

test('a search during which the connection went and came back, and went again, is refused', async () => {
  const line = { up: true, changes: 0 };
  const pagefind = {
    search: async () => {
      line.changes++; // each time the connection flickers while Pagefind fetches
      return { results: [], filters: {} };
    },
  } as unknown as PagefindApi;
  const engine = new SearchEngine(pagefind, '', { online: () => line.up, changes: () => line.changes });
  await expect(engine.find(request('调解员'))).rejects.toBeInstanceOf(ConnectionLost);
});

test('the articles of a filter value, asked for while offline, are asked for again: the counts of a query of two parts come right once back online', async () => {
  const article: RawResult = { id: 'a', score: 1, words: [0], data: async () => ({ url: '/a/', content: '', excerpt: '', meta: {}, filters: {} }) };
  let online = false;
  const pagefind = {
    // A search of words finds the article; a search of the filter alone needs the filter's chunk, which offline Pagefind leaves out.
    search: async (term: string | null) => ({
      results: term === null && !online ? [] : [article],
      filters: { section: { 今日资讯: 1 } },
    }),
  } as unknown as PagefindApi;
  const engine = new SearchEngine(pagefind);
  const sectionCount = async () => (await engine.count(request('法律 援助'))).section.find(({ value }) => value === '今日资讯')?.count ?? 0;
  expect(await sectionCount()).toBe(0);
  online = true;
  expect(await sectionCount()).toBe(1);
});

test('the index is opened once and shared; once opening has failed, the next caller opens it again', async () => {
  const tries: number[] = [];
  let online = false;
  const engine = openedUnlessFailed(async (attempt) => {
    tries.push(attempt);
    if (!online) throw new Error('offline');
    return `engine ${attempt}`;
  });
  const [first, second] = [engine(), engine()];
  expect(first).toBe(second);
  await expect(first).rejects.toThrow('offline');
  online = true;
  expect(await engine()).toBe('engine 1');
  expect(await engine()).toBe('engine 1');
  expect(tries).toEqual([0, 1]);
});

test('an index whose part failed to download is destroyed, so that opening it again starts afresh', async () => {
  const calls: string[] = [];
  const pagefind = {
    options: async () => void calls.push('options'),
    mergeIndex: async () => void calls.push('mergeIndex'),
    init: async () => void calls.push('init'),
    search: async () => ({ results: [], filters: {} }),
    filters: async () => {
      calls.push('filters');
      throw new Error('Failed to load the meta index');
    },
    destroy: async () => void calls.push('destroy'),
  } as unknown as PagefindApi;
  const manifest = { parts: [{ id: 'p2', pages: 20 }, { id: 'p1', pages: 20 }], pages: 40 };
  await expect(openIndex(manifest, async () => pagefind)).rejects.toThrow('meta index');
  expect(calls.at(-1)).toBe('destroy');
});

test('an index whose filters do not count every article (a filter chunk left out, as Pagefind does when its download fails) is not opened', async () => {
  const calls: string[] = [];
  const pagefind = {
    options: async () => undefined,
    mergeIndex: async () => undefined,
    init: async () => undefined,
    search: async () => ({ results: [], filters: {} }),
    // The section chunk of the older part (20 articles) is missing.
    filters: async () => ({ section: { 今日资讯: 12, 法治要闻: 8 }, year: { 2025: 40 }, source: { 法治报道: 40 }, author: {} }),
    destroy: async () => void calls.push('destroy'),
  } as unknown as PagefindApi;
  const manifest = { parts: [{ id: 'p2', pages: 20 }, { id: 'p1', pages: 20 }], pages: 40 };
  await expect(openIndex(manifest, async () => pagefind)).rejects.toThrow('section');
  expect(calls).toEqual(['destroy']);
  // Whole, it opens: an article may have no author.
  pagefind.filters = async () => ({ section: { 今日资讯: 22, 法治要闻: 18 }, year: { 2025: 40 }, source: { 法治报道: 40 }, author: {} });
  expect(await openIndex(manifest, async () => pagefind)).toBe(pagefind);
});

test("the older parts are merged all at once, newest first: none waits for the part before it to download", async () => {
  const asked: string[] = [];
  let downloading = 0;
  let together = 0;
  const pagefind = {
    options: async () => undefined,
    // Each part downloads its entry and metadata: a round trip or two.
    mergeIndex: async (url: string) => {
      asked.push(url);
      together = Math.max(together, ++downloading);
      await new Promise((resolve) => setTimeout(resolve, 5));
      downloading--;
    },
    init: async () => undefined,
    search: async () => ({ results: [], filters: {} }),
    filters: async () => ({ section: { 今日资讯: 40 }, year: { 2025: 40 }, source: { 法治报道: 40 }, author: {} }),
    destroy: async () => undefined,
  } as unknown as PagefindApi;
  const manifest = { parts: ['p4', 'p3', 'p2', 'p1'].map((id) => ({ id, pages: 10 })), pages: 40 };
  await openIndex(manifest, async () => pagefind);
  expect(asked).toEqual(['/pagefind/p3/', '/pagefind/p2/', '/pagefind/p1/']);
  expect(together).toBe(3);
});

test('a part that failed to merge fails the opening once every part has ended, and the index is destroyed', async () => {
  const calls: string[] = [];
  const pagefind = {
    options: async () => undefined,
    mergeIndex: async (url: string) => {
      if (url.includes('p3')) throw new Error('Failed to load Pagefind metadata');
      await new Promise((resolve) => setTimeout(resolve, 5));
      calls.push(`merged ${url}`);
    },
    init: async () => void calls.push('init'),
    search: async () => ({ results: [], filters: {} }),
    filters: async () => ({}),
    destroy: async () => void calls.push('destroy'),
  } as unknown as PagefindApi;
  const manifest = { parts: ['p4', 'p3', 'p2'].map((id) => ({ id, pages: 10 })), pages: 30 };
  await expect(openIndex(manifest, async () => pagefind)).rejects.toThrow('metadata');
  expect(calls).toEqual(['merged /pagefind/p2/', 'destroy']);
});

test('an index whose newest part did not open (its WebAssembly failed to download) fails to open, and asks for no merge, which would wait for it for ever', async () => {
  const calls: string[] = [];
  const pagefind = {
    options: async () => undefined,
    // As Pagefind's worker does: a part is merged once the newest part's WebAssembly is there, which it never is.
    mergeIndex: (url: string) => (calls.push(`merged ${url}`), new Promise(() => undefined)),
    init: async () => undefined,
    search: async (term: string | null) => {
      calls.push(`search ${JSON.stringify(term)}`);
      throw new Error('Failed to load the Pagefind WASM');
    },
    filters: async () => ({}),
    destroy: async () => void calls.push('destroy'),
  } as unknown as PagefindApi;
  const manifest = { parts: ['p3', 'p2', 'p1'].map((id) => ({ id, pages: 10 })), pages: 30 };
  await expect(openIndex(manifest, async () => pagefind)).rejects.toThrow('WASM');
  expect(calls).toEqual(['search ""', 'destroy']);
});

describe('filters without words', () => {
  const found = (...ids: string[]): RawResult[] =>
    ids.map((id) => ({ id, score: 0, words: [], data: async () => ({ url: `/${id}/`, content: '', excerpt: '', meta: {}, filters: {} }) }));
  /** A Pagefind whose search of no term lists `listed` (newest first, as the index holds them) with `counts`; every search asked is kept. */
  const pagefindListing = (listed: RawResult[], counts: Record<string, Record<string, number>>, totals: Record<string, Record<string, number>> = {}) => {
    const asked: [string | null, unknown][] = [];
    const pagefind = {
      search: async (term: string | null, options?: { filters?: Record<string, string> }) => (asked.push([term, options?.filters]), { results: listed, filters: counts }),
      filters: async () => totals,
    } as unknown as PagefindApi;
    return { pagefind, asked };
  };

  test('list the articles the filters choose, in the index’s order (newest first), whatever the order asked for', async () => {
    const { pagefind, asked } = pagefindListing(found('c', 'b', 'a'), {});
    const engine = new SearchEngine(pagefind);
    for (const sort of ['relevance', 'date'] as const) {
      expect((await engine.find(request('', { year: '2025' }, sort))).map(({ id }) => id)).toEqual(['c', 'b', 'a']);
    }
    expect((await engine.find(request(' \u200b ', { year: '2025' }))).map(({ id }) => id)).toEqual(['c', 'b', 'a']);
    // Asked of Pagefind once, as a search of no term (null) under the filter.
    expect(asked).toEqual([[null, { year: '2025' }]]);
  });

  test('without words or a filter there is no search', async () => {
    const { pagefind, asked } = pagefindListing(found('a'), {});
    expect(await new SearchEngine(pagefind).find(request('', { section: '' }))).toEqual([]);
    expect(asked).toEqual([]);
  });

  test('are counted as words are: a filter’s own values without its choice (every article’s), the others under it', async () => {
    const totals = { year: { '2024': 3, '2025': 2 }, section: { 今日资讯: 4, 以案说法: 1 } };
    const { pagefind, asked } = pagefindListing(found('b', 'a'), { year: { '2024': 0, '2025': 2 }, section: { 今日资讯: 2, 以案说法: 0 } }, totals);
    const counts = await new SearchEngine(pagefind).count(request('', { year: '2025' }));
    expect(counts.year).toEqual([
      { value: '2025', count: 2 },
      { value: '2024', count: 3 },
    ]);
    expect(counts.section).toEqual([{ value: '今日资讯', count: 2 }]);
    // No search lists every article to count the year's own values: Pagefind has their counts loaded.
    expect(asked.every(([term, filters]) => term === null && JSON.stringify(filters) === JSON.stringify({ year: '2025' }))).toBe(true);
  });
  test('no words and no filter (the bare search page) are counted over every article, from the counts Pagefind loaded, with no search', async () => {
    const totals = { year: { '2024': 3, '2025': 2 }, section: { 今日资讯: 4, 以案说法: 1 } };
    const { pagefind, asked } = pagefindListing(found('a'), {}, totals);
    const counts = await new SearchEngine(pagefind).count(request(' \u200b '));
    expect(counts.year).toEqual([
      { value: '2025', count: 2 },
      { value: '2024', count: 3 },
    ]);
    expect(counts.section).toEqual([
      { value: '今日资讯', count: 4 },
      { value: '以案说法', count: 1 },
    ]);
    expect(counts.author).toEqual([]);
    expect(asked).toEqual([]);
  });
});
