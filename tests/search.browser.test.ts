/** The search page in Chromium, against `npm run preview` of the test site. */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { POLL, previewInBrowser } from './support/browser.ts';
import { searchableText } from './support/source-text.ts';
import { readSections, readSources } from './support/sources.ts';
import { yearSearchUrl } from '../src/lib/urls.ts';

/** A date's year in the site's time zone, as the archive and the year filter read it. */
const yearOf = (date: Date) => new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(date);
const published = () => readSources(new Date(inject('buildNow'))).filter((s) => s.published);
/** Newest first, those of the same time by id, as every listing orders them. */
const newestFirst = (sources: ReturnType<typeof published>) =>
  [...sources].sort((a, b) => b.date.getTime() - a.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
/** The search page of the newest year's articles, with no words, as that year's archive page links it. */
const newestYearSearch = () => yearSearchUrl(Number(yearOf(newestFirst(published())[0]!.date)));

/** Published articles in a section whose text contains `query`, counted from the sources. */
const countInSources = (query: string, section?: string) =>
  readSources(new Date(inject('buildNow'))).filter(
    (s) => s.published && (!section || s.section === section) && searchableText(s).includes(query),
  ).length;

const SEED_TITLE = '潍坊市民政局多措并举提升社会组织服务平台效能';
/** Whether the filters of the page in `tab` show their counts (the bare page's, over every article, come once its index is open). */
const filtersCounted = (tab: Page) =>
  tab.$$eval('#search-section option', (options) => options.some((option) => /（\d+）$/.test(option.textContent ?? '')));
const served = previewInBrowser();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

const status = () => page.textContent('[data-search-status]');
const titles = () => page.$$eval('.search-result__title a', (links) => links.map((a) => a.textContent ?? ''));
const resultDates = () => page.$$eval('.search-result time', (times) => times.map((t) => t.getAttribute('datetime') ?? ''));
const sections = () => page.$$eval('.search-result__meta span', (spans) => spans.map((s) => s.textContent ?? ''));

describe('a reader searches', () => {
  test('from the header box of an article page to the search page, where the seed article is found', async () => {
    await page.goto(`${served.preview.url}/articles/2025/07/5g-jizhan-jiufen-tiaojie/`);
    expect(await page.$$('[data-pagefind-body] mark')).toEqual([]); // nothing marked unless opened from results
    await page.fill('#site-search', '社会组织');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('社会组织');
    await expect.poll(status, POLL).toMatch(/^找到 \d+ 条结果$/);
    expect(await titles()).toContain(SEED_TITLE);
    expect(await page.inputValue('#search-query')).toBe('社会组织');
    expect(await page.title()).toBe('“社会组织”的搜索结果 - 法治报道');
    const count = countInSources('社会组织');
    expect(await status()).toBe(`找到 ${count} 条结果`);
    expect(await titles()).toHaveLength(Math.min(10, count));
    expect(await page.$$eval('.search-result__excerpt mark', (marks) => marks.map((m) => m.textContent))).toContain('社会组织');
    // The query is marked in the titles too, wherever it occurs there, and only there.
    const linked = await page.$$eval('.search-result__title a', (links) =>
      links.map((a) => ({ text: a.textContent ?? '', marks: [...a.querySelectorAll('mark')].map((m) => m.textContent) })),
    );
    expect(linked.find(({ text }) => text === SEED_TITLE)?.marks).toEqual(['社会组织']);
    for (const { text, marks } of linked) expect(marks).toEqual(text.split('社会组织').slice(1).map(() => '社会组织'));
  });

  test('a section filter, with counts per value, narrows the results', async () => {
    const expectedCount = countInSources('社会组织', 'today');
    const option = await page.$eval('#search-section', (select) =>
      [...(select as HTMLSelectElement).options].find((o) => o.value === '今日资讯')!.textContent,
    );
    expect(option).toBe(`今日资讯（${expectedCount}）`);
    await page.selectOption('#search-section', '今日资讯');
    await expect.poll(status, POLL).toBe(`找到 ${expectedCount} 条结果（已筛选）`);
    expect(new URL(page.url()).searchParams.get('section')).toBe('今日资讯');
    expect(new Set(await sections())).toEqual(new Set(['今日资讯']));
  });

  test('newest first puts the latest article on top', async () => {
    const before = await titles();
    await page.selectOption('#search-sort', 'date');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort'), POLL).toBe('date');
    await expect.poll(resultDates, POLL).not.toEqual([]);
    const dates = await resultDates();
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(await titles())).toEqual(new Set(before));
  });

  test('opening a result leads to the article, where every occurrence of the words searched for is marked', async () => {
    const [first] = await titles();
    await page.click('.search-result__title a');
    await page.waitForURL(/\/articles\//);
    expect(await page.textContent('h1')).toBe(first);
    expect(new URL(page.url()).searchParams.get('highlight')).toBe('社会组织');
    await expect.poll(() => page.$$eval('[data-pagefind-body] mark', (marks) => marks.length), POLL).toBeGreaterThan(0);
    const { marks, occurrences } = await page.$eval('[data-pagefind-body]', (body) => {
      const indexed = body.cloneNode(true) as Element;
      for (const unread of indexed.querySelectorAll('[data-pagefind-ignore], script, style')) unread.remove();
      return {
        marks: [...body.querySelectorAll('mark')].map((mark) => mark.textContent),
        occurrences: (indexed.textContent ?? '').split('社会组织').length - 1,
      };
    });
    expect(marks).toEqual(new Array(occurrences).fill('社会组织'));
  });

  test('going back restores the search, its filter and its order', async () => {
    await page.goBack();
    await page.waitForURL(/\/search\//);
    await expect.poll(status, POLL).toMatch(/已筛选/);
    expect(await page.inputValue('#search-sort')).toBe('date');
    expect(await page.inputValue('#search-section')).toBe('今日资讯');
    expect(await page.title()).toBe('“社会组织”的搜索结果 - 法治报道');
  });
});

describe('excerpts', () => {
  /** The excerpt of the result titled `title`: its text and its marked words. */
  const excerptOf = (title: string) =>
    page.$$eval(
      '.search-result',
      (results, title) => {
        const result = results.find((r) => r.querySelector('.search-result__title')?.textContent === title);
        const excerpt = result?.querySelector('.search-result__excerpt');
        return { text: excerpt?.textContent ?? '', marks: [...(excerpt?.querySelectorAll('mark') ?? [])].map((m) => m.textContent) };
      },
      title,
    );

  test('a name found only in a byline (the editor) shows the summary, none of the bylines and tags after the body', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('乔海印')}`);
    await expect.poll(status, POLL).toBe(`找到 ${countInSources('乔海印')} 条结果`);
    const { text, marks } = await excerptOf(SEED_TITLE);
    expect(text).toMatch(/^近年来,山东潍坊的社会组织进入了全面发展的快车道。.*…$/);
    expect(marks).toEqual([]);
    for (const tail of ['乔海印', '潍坊 社会组织 民政', '法治报道讯']) expect(text).not.toContain(tail);
  });

  test('a match at the end of the body is marked there, and the excerpt stops where the body does', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('马远征')}`);
    await expect.poll(status, POLL).toMatch(/^找到 \d+ 条结果$/);
    const { text, marks } = await excerptOf(SEED_TITLE);
    expect(text).toMatch(/^….*潍坊市民政局社管办主任马远征说。$/);
    expect(marks).toEqual(['马远征']);
  });
});

describe('words written otherwise than typed', () => {
  test('full-width forms, a unit sign and a name with its 间隔号, typed half-width, as letters and without it, are found and marked as the article writes them', async () => {
    // A context of its own: the index chunks it fetches are not in the cache of the shared page,
    // whose later tests drop chunk downloads on purpose.
    const fresh = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await fresh.newPage();
    // tests/fixtures/search-forms: the title and body write ＰＭ２．５, the body 25℃ and 阿依•买买提.
    const title = '青川市ＰＭ２．５年均浓度比２０１５年下降５０％';
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('pm2.5 阿依买买提 25°C')}`);
    await expect.poll(() => tab.$$eval('.search-result__title a', (links) => links.map((a) => a.textContent ?? '')), POLL).toContain(title);
    const result = tab.locator('.search-result', { has: tab.locator('.search-result__title', { hasText: title }) });
    expect(await result.locator('.search-result__title mark').allTextContents()).toEqual(['ＰＭ２．５']);
    // The excerpt is the index's text, which holds full-width letters and digits half-width, and the name as written.
    expect(await result.locator('.search-result__excerpt mark').allTextContents()).toContain('PM2.5');
    await result.locator('.search-result__title a').click();
    await tab.waitForURL(/\/articles\//);
    await expect.poll(() => tab.$$eval('[data-pagefind-body] mark', (marks) => marks.length), POLL).toBeGreaterThan(0);
    const marks = await tab.$$eval('[data-pagefind-body] mark', (marks) => marks.map((m) => (m.textContent ?? '').replaceAll('\u2060', '')));
    expect(new Set(marks)).toEqual(new Set(['ＰＭ２．５', '25℃', '阿依•买买提']));
    await fresh.close();
  });

  test('a law’s article typed in digits finds it written in Chinese numerals, shown and marked as written, here and on the article', async () => {
    const fresh = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await fresh.newPage();
    // content/articles/2026/11/jieming-maifang-wenda.md: 根据《中华人民共和国民法典》第二百零九条，…
    const title = '【以案说法】借名买房，房子到底归谁？';
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('民法典209条')}`);
    await expect.poll(() => tab.$$eval('.search-result__title a', (links) => links.map((a) => a.textContent ?? '')), POLL).toContain(title);
    const result = tab.locator('.search-result', { has: tab.locator('.search-result__title', { hasText: title }) });
    expect(await result.locator('.search-result__excerpt').textContent()).toContain('《中华人民共和国民法典》第二百零九条，');
    // Looked for with its 第 (民法典 and 第209条), so 第1209条 is not found by it.
    expect(await result.locator('.search-result__excerpt mark').allTextContents()).toContain('第二百零九条');
    await result.locator('.search-result__title a').click();
    await tab.waitForURL(/\/articles\//);
    await expect.poll(() => tab.$$eval('[data-pagefind-body] mark', (marks) => marks.length), POLL).toBeGreaterThan(0);
    const marks = await tab.$$eval('[data-pagefind-body] mark', (marks) => marks.map((m) => (m.textContent ?? '').replaceAll('\u2060', '')));
    expect(marks).toContain('第二百零九条');
    expect(marks.every((mark) => ['民法典', '第二百零九条'].includes(mark)), marks.join(' ')).toBe(true);
    await fresh.close();
  });

  test('a law’s article typed in Chinese numerals without 第 and 条 is marked as written on the article, which the index holds in digits', async () => {
    const fresh = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await fresh.newPage();
    await tab.goto(`${served.preview.url}/articles/2026/11/jieming-maifang-wenda/?highlight=${encodeURIComponent('二百零九')}`);
    await expect.poll(() => tab.$$eval('[data-pagefind-body] mark', (marks) => marks.length), POLL).toBeGreaterThan(0);
    const marks = await tab.$$eval('[data-pagefind-body] mark', (marks) => marks.map((m) => (m.textContent ?? '').replaceAll('\u2060', '')));
    expect(marks).toEqual(['二百零九']);
    await fresh.close();
  });
});

describe('keyboard', () => {
  test('type, search, load more and open a result without a mouse', async () => {
    await page.goto(`${served.preview.url}/search/`);
    await page.focus('#search-query');
    await page.keyboard.type('法治');
    await page.keyboard.press('Enter');
    await expect.poll(status, POLL).toMatch(/^找到 \d+ 条结果$/);
    const total = Number(/\d+/.exec((await status())!)![0]);
    expect(total).toBeGreaterThan(10);
    await page.waitForSelector('[data-search-more]:not([hidden])');
    await page.focus('[data-search-more]');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await titles()).length, POLL).toBe(Math.min(20, total));
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe((await titles())[10]);
    expect(await status()).toBe(`找到 ${total} 条结果，已显示 ${Math.min(20, total)} 条`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\//);
  });

  test('searching starts while the reader types: Enter then fetches no index, only the results shown', async () => {
    const { own, fresh, answered } = await searchPageTypedIn();
    try {
      const fetched: string[] = [];
      fresh.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await fresh.keyboard.type('民政局');
      // Searched ahead, and answered: its index fetched, nothing shown. (A wait for the network to be
      // idle, reached once already with the page, no longer waits: chunks then came after Enter.)
      await expect.poll(async () => (await answered()).some((words) => /民.*政.*局/.test(words)), POLL).toBe(true);
      expect(fetched.filter((url) => url.endsWith('.pf_index')).length).toBeGreaterThan(0);
      expect(await fresh.$$('.search-result')).toHaveLength(0);
      fetched.length = 0;
      await fresh.keyboard.press('Enter');
      await expect.poll(() => fresh.textContent('[data-search-status]'), POLL).toBe(`找到 ${countInSources('民政局')} 条结果`);
      expect(fetched.filter((url) => url.endsWith('.pf_index'))).toEqual([]);
      expect(fetched.filter((url) => url.endsWith('.pf_fragment')).length).toBeGreaterThan(0);
    } finally {
      await own.close();
    }
  });

  test('typed with an input method, the letters it composes are not searched; the words it gives are, before Enter', async () => {
    const { own, fresh, cdp, searched } = await searchPageTypedIn();
    try {
      // As a pinyin input method types 民政: its letters in the box while the reader picks, then the characters.
      for (const text of ['min', 'minzh', 'minzheng']) {
        await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
        await fresh.waitForTimeout(400); // longer than the pause after which typing is searched ahead
      }
      expect(await fresh.inputValue('#search-query')).toBe('minzheng');
      await cdp.send('Input.insertText', { text: '民政' });
      expect(await fresh.inputValue('#search-query')).toBe('民政');
      // One search, of the characters picked: none of the letters typed on the way to them.
      await expect.poll(async () => (await searched()).length, POLL).toBeGreaterThan(0);
      const sent = await searched();
      expect(sent).toHaveLength(1);
      expect(sent[0]).not.toMatch(/[a-z]/i);
      expect(sent[0]).toMatch(/民.*政/);
      await fresh.press('#search-query', 'Enter');
      await expect.poll(() => fresh.textContent('[data-search-status]'), POLL).toBe(`找到 ${countInSources('民政')} 条结果`);
    } finally {
      await own.close();
    }
  });

  test('every module the page’s script imports as it loads is asked for with the page, not once that script has arrived', async () => {
    const own = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const fresh = await own.newPage();
    try {
      const modules: string[] = [];
      fresh.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (request.resourceType() === 'script' && pathname.startsWith('/_astro/')) modules.push(pathname);
      });
      await fresh.goto(`${served.preview.url}/search/`);
      await fresh.waitForLoadState('networkidle');
      const head = await fresh.$$eval('head link[rel="modulepreload"], script[type="module"][src]', (elements) =>
        elements.map((element) => new URL((element as HTMLLinkElement).href || (element as HTMLScriptElement).src).pathname),
      );
      // The page's script and what it imports: more than the script alone, or this proves nothing.
      expect(new Set(modules).size).toBeGreaterThan(1);
      for (const module of modules) expect(head, module).toContain(module);
    } finally {
      await own.close();
    }
  });

  test('the words an input method gives are searched at once, not after the pause kept for keys typed one by one', async () => {
    // On the document, so after the box's own listener: what had reached Pagefind's worker
    // when the input method's words came, before any timer could run.
    const { own, fresh, cdp, searched } = await searchPageTypedIn(() => {
      const page = window as unknown as { searched: string[]; atCompositionEnd: number };
      document.addEventListener('compositionend', () => (page.atCompositionEnd = page.searched.length));
    });
    try {
      await cdp.send('Input.imeSetComposition', { text: 'shehuizuzhi', selectionStart: 11, selectionEnd: 11 });
      await cdp.send('Input.insertText', { text: '社会组织' });
      const atCompositionEnd = await fresh.evaluate(() => (window as unknown as { atCompositionEnd: number }).atCompositionEnd);
      expect(atCompositionEnd).toBe(1);
      expect((await searched())[0]).toMatch(/社.*会.*组.*织/);
    } finally {
      await own.close();
    }
  });

  test('as Safari has it, the input event after compositionend does not search the words again, though they found nothing', async () => {
    // Safari fires the input event after compositionend, no longer composing; Chromium before it.
    const { own, fresh, cdp, searched } = await searchPageTypedIn(() =>
      document.addEventListener('compositionend', (event) =>
        queueMicrotask(() => event.target!.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromComposition' }))),
      ),
    );
    try {
      await cdp.send('Input.imeSetComposition', { text: 'bucunzai', selectionStart: 8, selectionEnd: 8 });
      await cdp.send('Input.insertText', { text: '不存在的词语' });
      // Past the 120 ms pause the input event's search would have waited.
      await fresh.waitForTimeout(600);
      const sent = await searched();
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatch(/不.*存.*在/);
    } finally {
      await own.close();
    }
  });

  test('Enter at once: the search reaches Pagefind’s worker before the page updates, the results before the filters', async () => {
    // What the page does, in order: messages to Pagefind's worker, history entries, filters
    // filled, recorded by wrapping the browser's own methods.
    const own = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await own.addInitScript(() => {
      const steps: string[] = [];
      (window as unknown as { steps: string[] }).steps = steps;
      const record = <T extends object>(proto: T, name: keyof T, step: (self: T, args: unknown[]) => string | undefined) => {
        const original = proto[name] as (...args: unknown[]) => unknown;
        Object.defineProperty(proto, name, {
          value: function (this: T, ...args: unknown[]) {
            const said = step(this, args);
            if (said) steps.push(said);
            return original.apply(this, args);
          },
        });
      };
      // And, apart, the methods whose messages the worker has answered.
      const methods = new Map<unknown, string | undefined>();
      const answered: (string | undefined)[] = [];
      (window as unknown as { answered: (string | undefined)[] }).answered = answered;
      record(Worker.prototype, 'postMessage', (_, [data]) => {
        const { id, method } = data as { id?: unknown; method?: string };
        methods.set(id, method);
        return `worker:${method}`;
      });
      const Base = Worker;
      (window as unknown as { Worker: typeof Worker }).Worker = class extends Base {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          this.addEventListener('message', (event: MessageEvent<{ id?: unknown } | null>) => {
            if (methods.has(event.data?.id)) answered.push(methods.get(event.data?.id));
          });
        }
      };
      record(History.prototype, 'pushState', () => 'history');
      record(History.prototype, 'replaceState', () => 'history');
      // Filled with counts: emptied of the bare page's counts over every article (全部… and no count,
      // until this search's come) is not counting.
      record(Element.prototype, 'replaceChildren', (self, nodes) =>
        self instanceof HTMLSelectElement && nodes.some((node) => /（\d+）$/.test((node as HTMLOptionElement).text ?? '')) ? 'filters' : undefined,
      );
    });
    const fresh = await own.newPage();
    try {
      await fresh.goto(`${served.preview.url}/search/`);
      // The index is open: the worker has answered the filters, the last thing the page asks it to
      // open the index. (The network can be idle before that, while a worker starved of CPU on a
      // loaded machine has yet to ask for its next part: the search then waited for the index.)
      await expect.poll(() => fresh.evaluate(() => (window as unknown as { answered: string[] }).answered), POLL).toContain('filters');
      // And the bare page has drawn its filters' counts over every article (asked of the worker too).
      await expect.poll(() => filtersCounted(fresh), POLL).toBe(true);
      await fresh.evaluate(() => (window as unknown as { steps: string[] }).steps.splice(0));
      // Enter as soon as the text is in the box, as `npm run bench` presses it.
      await fresh.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#search-query')!;
        input.value = '民政局';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.form!.requestSubmit();
      });
      const found = countInSources('民政局');
      await expect.poll(() => fresh.textContent('[data-search-status]'), POLL).toBe(`找到 ${found} 条结果`);
      const steps = await fresh.evaluate(() => (window as unknown as { steps: string[] }).steps);
      expect(steps[0]).toBe('worker:search');
      expect(steps.indexOf('worker:search')).toBeLessThan(steps.indexOf('history'));
      expect(steps.indexOf('worker:getData')).toBeGreaterThan(-1);
      expect(steps.indexOf('worker:getData')).toBeLessThan(steps.indexOf('filters'));
      expect(await fresh.$$('.search-result')).toHaveLength(Math.min(10, found));
    } finally {
      await own.close();
    }
  });

  test('a query of two parts shows its results before its filters are counted; the exact counts follow and nothing moves', async () => {
    // Counting a query of several parts takes a search per value of each filter: the results
    // must not wait for them. Records when the count shows and when the filters are filled, and
    // where the results and filters are at the count.
    const own = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await own.addInitScript(() => {
      const steps: string[] = [];
      const seen = window as unknown as { steps: string[]; drawn?: string };
      seen.steps = steps;
      const fill = Element.prototype.replaceChildren;
      Element.prototype.replaceChildren = function (this: Element, ...nodes: (Node | string)[]) {
        if (this instanceof HTMLSelectElement) {
          steps.push(nodes.some((node) => /（\d+）$/.test((node as HTMLOptionElement).text ?? '')) ? 'counted' : 'filters');
        }
        return fill.apply(this, nodes);
      };
      const places = () =>
        JSON.stringify(
          ['[data-search-refine]', '.search-result', '[data-search-results-section]'].map((selector) => {
            const { x, y, width, height } = document.querySelector(selector)!.getBoundingClientRect();
            return [x, y, width, height];
          }),
        );
      (seen as unknown as { places: () => string }).places = places;
      addEventListener('DOMContentLoaded', () => {
        const status = document.querySelector('[data-search-status]')!;
        new MutationObserver(() => {
          if (!/^找到/.test(status.textContent ?? '')) return;
          steps.push('found');
          seen.drawn = places();
        }).observe(status, { childList: true, characterData: true, subtree: true });
      });
    });
    const fresh = await own.newPage();
    try {
      await fresh.goto(`${served.preview.url}/search/`);
      await fresh.waitForLoadState('networkidle');
      // The bare page's own counts, over every article, are not the search's.
      await expect.poll(() => filtersCounted(fresh), POLL).toBe(true);
      await fresh.evaluate(() => (window as unknown as { steps: string[] }).steps.splice(0));
      const query = '民政 青川';
      const found = readSources(new Date(inject('buildNow'))).filter(
        (s) => s.published && ['民政', '青川'].every((part) => searchableText(s).includes(part)),
      );
      expect(found.length).toBeGreaterThan(0);
      await fresh.evaluate((query) => {
        const input = document.querySelector<HTMLInputElement>('#search-query')!;
        input.value = query;
        input.form!.requestSubmit();
      }, query);
      await expect.poll(() => fresh.textContent('[data-search-status]'), POLL).toBe(`找到 ${found.length} 条结果`);
      const sectionCounts = () =>
        fresh.$$eval('[data-facet="section"] option', (options) =>
          options.flatMap((option) => /（(\d+)）$/.exec((option as HTMLOptionElement).text)?.[1] ?? []).map(Number),
        );
      await expect.poll(async () => (await sectionCounts()).length, POLL).toBeGreaterThan(0);
      // Exact: every article is in one section.
      expect((await sectionCounts()).reduce((sum, count) => sum + count, 0)).toBe(found.length);
      const steps = await fresh.evaluate(() => (window as unknown as { steps: string[] }).steps);
      expect(steps.indexOf('found')).toBeGreaterThan(-1);
      expect(steps.indexOf('found')).toBeLessThan(steps.indexOf('counted'));
      // Where the results and the filters were when the count showed is where they are now.
      const [drawn, now] = await fresh.evaluate(() => {
        const seen = window as unknown as { drawn: string; places: () => string };
        return [seen.drawn, seen.places()];
      });
      expect(now).toBe(drawn);
    } finally {
      await own.close();
    }
  });

  test('arrowing through a filter searches once, when the reader stops, and adds one history entry', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('青川')}`);
    await expect.poll(status, POLL).toMatch(/^找到 \d+ 条结果$/);
    const entries = await page.evaluate(() => history.length);
    // Counts the searches the page starts: each one says 正在搜索… first.
    await page.$eval('[data-search-status]', (status) => {
      const counter = window as unknown as { searches: number };
      counter.searches = 0;
      new MutationObserver(() => {
        if (status.textContent === '正在搜索…') counter.searches++;
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.focus('#search-section');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(status, POLL).toMatch(/已筛选/);
    const chosen = await page.inputValue('#search-section');
    expect(new URL(page.url()).searchParams.get('section')).toBe(chosen);
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    expect(await page.evaluate(() => (window as unknown as { searches: number }).searches)).toBe(1);
  });

  test('the filters are reachable with Tab and change with the arrow keys', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('青川')}`);
    await expect.poll(status, POLL).toMatch(/^找到/);
    await page.focus('#search-query');
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(reached).toEqual(expect.arrayContaining(['search-section', 'search-year', 'search-source', 'search-author', 'search-sort']));
    await page.focus('#search-year');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('year'), POLL).toMatch(/^\d{4}$/);
    await expect.poll(status, POLL).toMatch(/已筛选/);
  });
});

describe('while a search answers', () => {
  /** Published articles whose text contains every part of `query`, counted from the sources, in a section (its id) if given. */
  const countAllInSources = (query: string, section?: string) =>
    readSources(new Date(inject('buildNow'))).filter(
      (s) => s.published && (!section || s.section === section) && query.split(' ').every((part) => searchableText(s).includes(part)),
    ).length;
  /** The filters' options, as the reader sees them. */
  const optionsOf = (tab: Page, selector: string) =>
    tab.$$eval(`${selector} option`, (options) => options.map((option) => option.textContent ?? ''));
  const counted = (texts: string[]) => texts.filter((text) => /（\d+）$/.test(text));

  /**
   * A page of its own whose messages to Pagefind's worker can be held back by method
   * (`hold(['search'])`) and let go (`release()`), so a search is caught while it answers.
   */
  async function holdingPage(): Promise<{ tab: Page; held: () => Promise<string[]>; close: () => Promise<void> }> {
    const own = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await own.addInitScript(() => {
      const queue: { method: string; send: () => void }[] = [];
      let holding = new Set<string>();
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
        const method = (args[0] as { method?: string }).method ?? '';
        if (!holding.has(method)) return post.apply(this, args);
        queue.push({ method, send: () => post.apply(this, args) });
      } as Worker['postMessage'];
      Object.assign(window, {
        hold: (methods: string[]) => (holding = new Set(methods)),
        release: () => {
          holding = new Set();
          for (const { send } of queue.splice(0)) send();
        },
        held: () => queue.map(({ method }) => method),
      });
    });
    const tab = await own.newPage();
    return { tab, held: () => tab.evaluate(() => (window as unknown as { held: () => string[] }).held()), close: () => own.close() };
  }
  const hold = (tab: Page, methods: string[]) => tab.evaluate((methods) => (window as unknown as { hold: (m: string[]) => void }).hold(methods), methods);
  const release = (tab: Page) => tab.evaluate(() => (window as unknown as { release: () => void }).release());

  test('new words never show the last search’s counts or filter, and an order chosen meanwhile keeps them unfiltered', async () => {
    const { tab, held, close } = await holdingPage();
    try {
      await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社会组织')}&section=${encodeURIComponent('今日资讯')}`);
      await expect.poll(async () => counted(await optionsOf(tab, '#search-year')).length, POLL).toBeGreaterThan(0);
      await hold(tab, ['search']);
      const query = '民政 青川';
      await tab.fill('#search-query', query);
      await tab.press('#search-query', 'Enter');
      await expect.poll(held, POLL).toContain('search');
      expect(await tab.textContent('[data-search-status]')).toBe('正在搜索…');
      // New words start unfiltered, and nothing counted for 社会组织 is shown under them.
      expect(await tab.inputValue('#search-section')).toBe('');
      expect(counted(await optionsOf(tab, '[data-facet]'))).toEqual([]);
      // The reader changes the order with the keyboard before the results come.
      await tab.focus('#search-sort');
      await tab.keyboard.press('ArrowDown');
      await expect.poll(() => new URL(tab.url()).searchParams.get('sort'), POLL).toBe('date');
      await release(tab);
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe(`找到 ${countAllInSources(query)} 条结果`);
      expect(new URL(tab.url()).searchParams.get('section')).toBeNull();
      expect(await tab.inputValue('#search-section')).toBe('');
    } finally {
      await close();
    }
  });

  test('arrowing through a filter of a query of two parts keeps its list while each search answers', async () => {
    const { tab, held, close } = await holdingPage();
    try {
      const query = '民政 青川';
      await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(async () => counted(await optionsOf(tab, '#search-section')).length, POLL).toBeGreaterThan(1);
      const list = await optionsOf(tab, '#search-section');
      const values = await tab.$$eval('#search-section option', (options) => options.map((option) => (option as HTMLOptionElement).value));
      // The search for the first value has its results and is fetching them (held), its counts to come.
      await hold(tab, ['getData']);
      await tab.focus('#search-section');
      await tab.keyboard.press('ArrowDown');
      await expect.poll(held, POLL).toContain('getData');
      expect(new URL(tab.url()).searchParams.get('section')).toBe(values[1]);
      expect(await optionsOf(tab, '#search-section')).toEqual(list);
      await tab.keyboard.press('ArrowDown');
      expect(await tab.inputValue('#search-section')).toBe(values[2]);
      await release(tab);
      const sectionId = readSections().find(({ name }) => name === values[2])!.id;
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe(
        `找到 ${countAllInSources(query, sectionId)} 条结果（已筛选）`,
      );
      expect(new URL(tab.url()).searchParams.get('section')).toBe(values[2]);
    } finally {
      await close();
    }
  });

  test('the counts of a search that come while the reader’s next choice waits leave that choice as it is', async () => {
    const { tab, held, close } = await holdingPage();
    try {
      const query = '民政 青川';
      await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(async () => counted(await optionsOf(tab, '#search-section')).length, POLL).toBeGreaterThan(1);
      const values = await tab.$$eval('#search-section option', (options) => options.map((option) => (option as HTMLOptionElement).value));
      // Every value the page gives the section filter from now on.
      await tab.evaluate(() => {
        const given: string[] = [];
        const value = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!;
        Object.defineProperty(HTMLSelectElement.prototype, 'value', {
          ...value,
          set(this: HTMLSelectElement, chosen: string) {
            if (this.id === 'search-section') given.push(chosen);
            value.set!.call(this, chosen);
          },
        });
        Object.assign(window, { given });
      });
      await hold(tab, ['getData']);
      await tab.focus('#search-section');
      await tab.keyboard.press('ArrowDown');
      // The search for the first value has its results, held on their way.
      await expect.poll(held, POLL).toContain('getData');
      // The reader moves on to the next value and, well within the pause before it is searched, the
      // results of the first come, and their counts.
      await tab.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('#search-section')!;
        select.selectedIndex += 1;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        (window as unknown as { given: string[] }).given.splice(0);
        (window as unknown as { release: () => void }).release();
      });
      await expect.poll(() => new URL(tab.url()).searchParams.get('section'), POLL).toBe(values[2]);
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/已筛选/);
      expect(await tab.evaluate(() => (window as unknown as { given: string[] }).given)).not.toContain(values[1]);
      expect(await tab.inputValue('#search-section')).toBe(values[2]);
    } finally {
      await close();
    }
  });

  test('a later search that takes long says the connection is slow, not that a first search downloads the index', async () => {
    const { tab, held, close } = await holdingPage();
    try {
      await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('调解')}`);
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/^找到/);
      await hold(tab, ['search']);
      await tab.fill('#search-query', '马远征');
      await tab.press('#search-query', 'Enter');
      await expect.poll(held, POLL).toContain('search');
      // The page says why after 3 s.
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).not.toBe('正在搜索…');
      expect(await tab.textContent('[data-search-status]')).toBe('正在搜索…网络较慢，请稍候。');
      await release(tab);
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe(`找到 ${countAllInSources('马远征')} 条结果`);
    } finally {
      await close();
    }
  });
});

describe('the reader\'s place', () => {
  test('back from a result, and on reload, the results loaded, the scroll position and the focus are as they were left', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('法治')}`);
    await expect.poll(status, POLL).toMatch(/^找到 \d+ 条结果$/);
    const total = Number(/\d+/.exec((await status())!)![0]);
    expect(total).toBeGreaterThan(25);
    for (const shown of [20, 30]) {
      await page.click('[data-search-more]');
      await expect.poll(async () => (await titles()).length, POLL).toBe(shown);
    }
    const left = await titles();
    const link = page.locator('.search-result__title a').nth(24);
    await link.scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, -100));
    const scroll = await page.evaluate(() => Math.round(scrollY));
    expect(scroll).toBeGreaterThan(500);
    await link.click();
    await page.waitForURL(/\/articles\//);
    await page.goBack();
    await expect.poll(titles, POLL).toEqual(left);
    await expect.poll(() => page.evaluate(() => Math.round(scrollY)), POLL).toBe(scroll);
    // The page was built again (Playwright's Chromium keeps no page to go back to): the keyboard
    // goes on from the result opened, not from the top of the page.
    const focused = () => page.evaluate(() => document.activeElement?.closest('.search-result__title')?.textContent ?? document.activeElement?.tagName);
    expect(await focused()).toBe(left[24]);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(left[25]);
    // A reload (no page cache involved) puts the reader back too.
    await page.reload();
    await expect.poll(titles, POLL).toEqual(left);
    await expect.poll(() => page.evaluate(() => Math.round(scrollY)), POLL).toBe(scroll);
    expect(await status()).toBe(`找到 ${total} 条结果，已显示 30 条`);
  });

  test('back from a result after the list has changed (an article published meanwhile), the focus is on the result opened, or on none', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('法治')}&sort=date`);
    await expect.poll(status, POLL).toMatch(/^找到 \d+ 条结果$/);
    const now = await titles();
    expect(now.length).toBe(10);
    const focused = () => page.evaluate(() => document.activeElement?.closest('.search-result__title')?.textContent ?? document.activeElement?.tagName);
    // The list as it was before the newest article was published: without its first result.
    await page.$eval('[data-search-results] > li', (first) => first.remove());
    await page.locator('.search-result__title a').filter({ hasText: now[3]! }).first().click();
    await page.waitForURL(/\/articles\//);
    await page.goBack();
    await expect.poll(titles, POLL).toEqual(now);
    await expect.poll(focused, POLL).toBe(now[3]);
    // A result no longer in the list (withdrawn, or gone from the first ten) leaves the focus on none, not on another.
    await page.$eval('[data-search-results]', (list) => {
      const item = document.createElement('li');
      item.innerHTML = '<article class="search-result"><h3 class="search-result__title"><a href="/">首页</a></h3></article>';
      list.prepend(item);
    });
    await page.click('.search-result__title a[href="/"]');
    await page.waitForURL((url) => url.pathname === '/');
    await page.goBack();
    await expect.poll(titles, POLL).toEqual(now);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') ?? null)).toBeNull();
  });

  test('back and forward from far down a long list to a search that found nothing, or reloaded when its results cannot load, its message is on the screen', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('不存在的词语')}`);
    await expect.poll(status, POLL).toContain('没有找到包含“不存在的词语”');
    await page.fill('#search-query', '法治');
    await page.press('#search-query', 'Enter');
    await expect.poll(status, POLL).toMatch(/^找到 \d+ 条结果$/);
    await page.click('[data-search-more]');
    await expect.poll(async () => (await titles()).length, POLL).toBe(20);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    const message = () =>
      page.$eval('[data-search-status]', (said) => {
        const { top, bottom } = said.getBoundingClientRect();
        return { text: said.textContent, onScreen: top >= 0 && bottom <= innerHeight };
      });
    await page.goBack();
    // The list's going had left the page scrolled to its end: the message above the screen, the results' empty room on it.
    await expect.poll(message, POLL).toEqual({ text: expect.stringContaining('没有找到包含“不存在的词语”'), onScreen: true });
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.goForward();
    await expect.poll(() => page.evaluate(() => Math.round(scrollY)), POLL).toBeGreaterThan(1000);
    // Reloaded while its results cannot load (a connection gone): the message on the screen too, not the place of the results.
    await page.route('**/*.pf_fragment', (route) => route.abort());
    try {
      await page.reload();
      await expect.poll(message, POLL).toEqual({ text: '搜索暂时无法使用，请稍后再试。', onScreen: true });
    } finally {
      await page.unroute('**/*.pf_fragment');
    }
  });

  test('back to a search left by another search, not by a result, the focus is on no result: the one opened before may be a screen away', async () => {
    // (An address no test before has left with more results loaded.)
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('法治')}&sort=relevance`);
    await expect.poll(status, POLL).toMatch(/^找到 \d+ 条结果$/);
    await page.click('[data-search-more]');
    await expect.poll(async () => (await titles()).length, POLL).toBe(20);
    const opened = (await titles())[15];
    await page.locator('.search-result__title a').nth(15).click();
    await page.waitForURL(/\/articles\//);
    await page.goBack();
    const focused = () => page.evaluate(() => document.activeElement?.closest('.search-result__title')?.textContent ?? document.activeElement?.id);
    await expect.poll(focused, POLL).toBe(opened);
    // The reader goes back up to the box and searches other words.
    await page.evaluate(() => scrollTo(0, 0));
    await page.fill('#search-query', '民政');
    await page.press('#search-query', 'Enter');
    await expect.poll(status, POLL).toBe(`找到 ${countInSources('民政')} 条结果`);
    await page.goBack();
    await expect.poll(status, POLL).toMatch(/^找到 \d+ 条结果，已显示 20 条$/);
    // The page is where the reader left it, at the top; the focus was on the 16th result, two screens down,
    // where Tab then went on from.
    expect(await page.evaluate(() => Math.round(scrollY))).toBe(0);
    expect(await focused()).not.toBe(opened);
  });

  test('new words start unfiltered; the order chosen stays', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社会组织')}&section=${encodeURIComponent('今日资讯')}&sort=date`);
    await expect.poll(status, POLL).toMatch(/已筛选/);
    await page.fill('#search-query', '马远征');
    await page.press('#search-query', 'Enter');
    await expect.poll(status, POLL).toBe(`找到 ${countInSources('马远征')} 条结果`);
    const params = new URL(page.url()).searchParams;
    expect(params.get('section')).toBeNull();
    expect(params.get('sort')).toBe('date');
    expect(await page.inputValue('#search-section')).toBe('');
  });

  test('new words from the header’s box on the search page are searched as the page’s box searches them: unfiltered, in the order chosen', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社会组织')}&section=${encodeURIComponent('今日资讯')}&sort=date`);
    await expect.poll(status, POLL).toMatch(/已筛选/);
    await page.fill('#site-search', '法治');
    await page.press('#site-search', 'Enter');
    // Before, the header's plain form loaded /search/?q=法治, and 最新发布在前 was lost.
    await expect.poll(status, POLL).toBe(`找到 ${countInSources('法治')} 条结果`);
    const params = new URL(page.url()).searchParams;
    expect(params.get('q')).toBe('法治');
    expect(params.get('section')).toBeNull();
    expect(params.get('sort')).toBe('date');
    expect(await page.inputValue('#search-sort')).toBe('date');
    expect(await page.inputValue('#search-section')).toBe('');
    expect(await page.inputValue('#search-query')).toBe('法治');
    const dates = await resultDates();
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('new words with a filter chosen before Enter keep that choice only', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社会组织')}&section=${encodeURIComponent('今日资讯')}`);
    await expect.poll(status, POLL).toMatch(/已筛选/);
    await page.fill('#search-query', '青川');
    const year = await page.$eval('#search-year', (select) => (select as HTMLSelectElement).options[1]!.value);
    await page.selectOption('#search-year', year);
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBe('青川');
    const params = new URL(page.url()).searchParams;
    expect(params.get('year')).toBe(year);
    expect(params.get('section')).toBeNull();
  });

  test('the skip link (a #fragment) leaves the results as they are', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('法治')}`);
    await expect.poll(status, POLL).toMatch(/^找到/);
    await page.click('[data-search-more]');
    await expect.poll(async () => (await titles()).length, POLL).toBe(20);
    await page.keyboard.press('Home');
    // Heard after the page's own listener, which then has searched, or not: a search empties the
    // list at once, before it awaits anything (a fixed pause passed by luck on a slow machine).
    await page.evaluate(() => {
      const scope = window as unknown as { popped: Promise<void> };
      scope.popped = new Promise((resolve) => addEventListener('popstate', () => resolve(), { once: true }));
    });
    await page.focus('.skip-link');
    await page.keyboard.press('Enter');
    await page.evaluate(() => (window as unknown as { popped: Promise<void> }).popped);
    expect(new URL(page.url()).hash).toBe('#main');
    expect(await titles()).toHaveLength(20);
  });

  test('searching again for the same words adds no history entry', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('调解')}`);
    await expect.poll(status, POLL).toMatch(/^找到/);
    const entries = await page.evaluate(() => history.length);
    await page.press('#search-query', 'Enter');
    await page.press('#search-query', 'Enter');
    await expect.poll(status, POLL).toMatch(/^找到/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });
});

describe('a slow or broken connection', () => {
  test('"load more" clicked twice while a batch loads adds each batch once, in order', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('法治')}`);
    await expect.poll(status, POLL).toMatch(/^找到/);
    await page.click('[data-search-more]');
    await expect.poll(async () => (await titles()).length, POLL).toBe(20);
    const inOrder = await titles();

    const tab = await context.newPage();
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('法治')}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/^找到/);
    await tab.route('**/*.pf_fragment', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await tab.click('[data-search-more]');
    expect(await tab.textContent('[data-search-more]')).toBe('正在加载…');
    await tab.click('[data-search-more]');
    await expect.poll(() => tab.$$eval('.search-result__title a', (links) => links.length), POLL).toBe(20);
    await tab.waitForTimeout(1500);
    expect(await tab.$$eval('.search-result__title a', (links) => links.map((a) => a.textContent))).toEqual(inOrder);
    expect(await tab.textContent('[data-search-more]')).toBe('加载更多结果');
    await tab.close();
  });

  test('results that fail to load are reported, and "load more" can be tried again', async () => {
    const tab = await context.newPage();
    await tab.route('**/*.pf_fragment', (route) => route.abort());
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社会组织')}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe('搜索暂时无法使用，请稍后再试。');
    expect(await tab.isVisible('[data-search-results-section]')).toBe(false);
    await tab.unroute('**/*.pf_fragment');
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('法治')}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/^找到/);
    await tab.route('**/*.pf_fragment', (route) => route.abort());
    await tab.click('[data-search-more]');
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe('搜索暂时无法使用，请稍后再试。');
    await tab.unroute('**/*.pf_fragment');
    await tab.click('[data-search-more]');
    await expect.poll(() => tab.$$eval('.search-result__title a', (links) => links.length), POLL).toBe(20);
    await tab.close();
  });

  test('"load more" tried again at once works, though requests of the failed batch were still on their way to fail', async () => {
    const tab = await context.newPage();
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('法治')}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/^找到/);
    let broken = true;
    let failed = 0;
    await tab.route('**/*.pf_fragment', async (route) => {
      if (!broken) return route.continue();
      // One request fails at once, the others of the batch only later.
      if (failed++ > 0) await new Promise((resolve) => setTimeout(resolve, 1500));
      return route.abort();
    });
    await tab.click('[data-search-more]');
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe('搜索暂时无法使用，请稍后再试。');
    broken = false; // the connection is back for every request made from now on
    await tab.click('[data-search-more]');
    await expect.poll(() => tab.$$eval('.search-result__title a', (links) => links.length), POLL).toBe(20);
    await tab.close();
  });

  test('a search whose index could not be fetched, the browser online, says search is unavailable, and searches again when the reader asks again', async () => {
    const tab = await context.newPage();
    try {
      await openedSearchPage(tab);
      // The connection drops while the index of the words is fetched: Pagefind leaves that part out, saying nothing.
      let aborted = 0;
      await tab.route('**/*.pf_index', (route) => (aborted++, route.abort()));
      const query = '调解员';
      await tab.fill('#search-query', query);
      await tab.press('#search-query', 'Enter');
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).not.toMatch(/^(|正在搜索…)$/);
      // The drop really happened, and the reader is told so, not 没有找到 and to try other words.
      expect(aborted).toBeGreaterThan(0);
      expect(await tab.evaluate(() => navigator.onLine)).toBe(true);
      expect(await tab.textContent('[data-search-status]')).toBe('搜索暂时无法使用，请稍后再试。');
      await tab.unroute('**/*.pf_index');
      await tab.press('#search-query', 'Enter');
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe(`找到 ${countInSources(query)} 条结果`);
    } finally {
      await tab.close();
    }
  });

  test('Enter drops the search-ahead still waiting for the typing to pause, so one that failed is not asked again behind the reader’s back, and asking again searches afresh', async () => {
    const tab = await context.newPage();
    try {
      await openedSearchPage(tab);
      // The page's clock stands still (Pagefind's worker keeps its own): the search-ahead that the
      // words typed set for 120 ms later stays waiting while Enter's search fails.
      await tab.clock.install();
      await tab.clock.pauseAt(Date.now() + 60_000);
      let aborted = 0;
      let failing = false;
      await tab.route('**/*.pf_index', async (route) => {
        aborted++;
        // Requests made once the search has failed fail only after a while, as on a real network.
        if (failing) await new Promise((resolve) => setTimeout(resolve, 1500));
        return route.abort().catch(() => undefined); // the tab may be closed by then
      });
      const query = '调解员';
      await tab.fill('#search-query', query);
      await tab.press('#search-query', 'Enter');
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe('搜索暂时无法使用，请稍后再试。');
      failing = true;
      const failed = aborted;
      // Time passes beyond the search-ahead's 120 ms, and a search asked then has time to reach the network.
      await tab.clock.runFor(1000);
      await tab.waitForTimeout(500);
      expect(aborted).toBe(failed);
      // The connection is back, and the reader asks again at once.
      await tab.unroute('**/*.pf_index');
      await tab.press('#search-query', 'Enter');
      await tab.clock.resume();
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe(`找到 ${countInSources(query)} 条结果`);
    } finally {
      await tab.close();
    }
  });

  test('a search whose index chunks came as a captive portal’s page (200, HTML) says search is unavailable, not that nothing was found', async () => {
    const tab = await context.newPage();
    try {
      await openedSearchPage(tab);
      // Pagefind's gunzip rejects the page, and it leaves that part out without a word, as for a dropped connection.
      let answered = 0;
      await tab.route('**/*.pf_index', (route) =>
        (answered++, route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><title>登录 Wi-Fi</title>' })),
      );
      await tab.fill('#search-query', '调解员');
      await tab.press('#search-query', 'Enter');
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).not.toMatch(/^(|正在搜索…)$/);
      expect(answered).toBeGreaterThan(0);
      expect(await tab.textContent('[data-search-status]')).toBe('搜索暂时无法使用，请稍后再试。');
      await tab.unroute('**/*.pf_index');
      await tab.press('#search-query', 'Enter');
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe(`找到 ${countInSources('调解员')} 条结果`);
    } finally {
      await tab.close();
    }
  });

  test('a search made offline says search is unavailable, not that nothing was found, and finds once back online', async () => {
    const own = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const tab = await own.newPage();
      await openedSearchPage(tab);
      await own.setOffline(true); // the page is open, its index opened: the connection goes (a train enters a tunnel)
      await tab.fill('#search-query', '调解员');
      await tab.press('#search-query', 'Enter');
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).not.toMatch(/^(|正在搜索…)$/);
      expect(await tab.textContent('[data-search-status]')).toBe('搜索暂时无法使用，请稍后再试。');
      await own.setOffline(false);
      await tab.press('#search-query', 'Enter');
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe(`找到 ${countInSources('调解员')} 条结果`);
    } finally {
      await own.close();
    }
  });

  test('a search under way when the connection comes back finds every article, not only those of the parts fetched once it was back', async () => {
    const own = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const tab = await own.newPage();
      await openedSearchPage(tab);
      // The oldest part's index chunks are still on their way when the connection comes back; the
      // newer parts' failed offline (a train leaving a tunnel). It found 2 of 5, and kept them.
      let back!: () => void;
      const online = new Promise<void>((resolve) => (back = resolve));
      let held = 0;
      let failed = 0;
      await tab.route('**/p1/index/*.pf_index', async (route) => {
        held++;
        await online;
        await route.continue();
      });
      tab.on('requestfailed', (request) => request.url().endsWith('.pf_index') && failed++);
      await own.setOffline(true);
      await tab.fill('#search-query', '调解员');
      await tab.press('#search-query', 'Enter');
      await expect.poll(() => held > 0 && failed > 0, POLL).toBe(true);
      await own.setOffline(false);
      back();
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/^找到/);
      expect(await tab.textContent('[data-search-status]')).toBe(`找到 ${countInSources('调解员')} 条结果`);
    } finally {
      await own.close();
    }
  });

  test('a first search that takes long on a slow connection says why, then shows the results', async () => {
    const tab = await context.newPage();
    await tab.route('**/pagefind/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('调解')}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe('正在搜索…网络较慢，第一次搜索需要下载索引，请稍候。');
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe(`找到 ${countInSources('调解')} 条结果`);
    await tab.close();
  });

  test('a published site whose index is missing tells readers to try later, not to run a build', async () => {
    const tab = await context.newPage();
    await tab.route('**/pagefind/parts.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社会组织')}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe('搜索暂时无法使用，请稍后再试。');
    await tab.close();
  });

  test.each([
    ['the list of its parts', '**/pagefind/parts.json'],
    ['Pagefind’s script', '**/pagefind.js'],
    ['the index’s metadata', '**/*.pf_meta'],
    // Pagefind's worker merged the older parts only once the newest one's WebAssembly had come: it
    // waited for ever, and the page said 正在搜索… (网络较慢) however often the reader searched again.
    ['Pagefind’s WebAssembly', '**/wasm.*.pagefind'],
    ['the entry of each part of the index', '**/pagefind-entry.json*'],
    // Pagefind leaves such a chunk out without a word: the filters of every search after showed only 全部… or undercounted.
    ['the filters’ data of one part of the index', '**/p2/filter/*.pf_filter'],
  ])('the connection drops while %s downloads: the page says to try again, and searching again finds', async (_, dropped) => {
    const tab = await context.newPage();
    try {
      await tab.route(dropped, (route) => route.abort());
      await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('调解')}`);
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe('搜索暂时无法使用，请稍后再试。');
      await tab.unroute(dropped);
      await tab.press('#search-query', 'Enter');
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe(`找到 ${countInSources('调解')} 条结果`);
      // Counted in full: every article found is in one section.
      const sectionCounts = () =>
        tab.$$eval('#search-section option', (options) => options.map((option) => Number(/（(\d+)）$/.exec(option.textContent ?? '')?.[1] ?? 0)));
      await expect.poll(async () => (await sectionCounts()).reduce((sum, count) => sum + count, 0), POLL).toBe(countInSources('调解'));
    } finally {
      await tab.close();
    }
  });
});

describe('queries as readers type them', () => {
  /** Published articles whose text contains every one of `parts`, counted from the sources. */
  const countWithAll = (parts: string[]) =>
    readSources(new Date(inject('buildNow'))).filter((s) => s.published && parts.every((part) => searchableText(s).includes(part))).length;
  /** The text of every mark in the results, titles and excerpts. */
  const resultMarks = () => page.$$eval('.search-result mark', (marks) => marks.map((m) => m.textContent ?? ''));

  test.each([
    ['《民法典》', ['民法典']],
    ['５２３９', ['5239']],
    ['法律　援助', ['法律', '援助']],
    ['法律、援助', ['法律', '援助']],
    ['马远征：', ['马远征']],
  ])('%s, from the address: the box and the tab keep it as typed, and it finds and marks what %j finds', async (query, plain) => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent(query)}`);
    const count = countWithAll(plain);
    expect(count).toBeGreaterThan(0);
    await expect.poll(status, POLL).toBe(`找到 ${count} 条结果`);
    expect(await page.inputValue('#search-query')).toBe(query);
    expect(await page.inputValue('#site-search')).toBe(query);
    expect(await page.title()).toBe(`“${query}”的搜索结果 - 法治报道`);
    const marks = await resultMarks();
    expect(marks.length).toBeGreaterThan(0);
    // Only the words are marked, never the punctuation typed around them.
    for (const mark of marks) expect(plain.reduce((rest, part) => rest.replaceAll(part, ''), mark), mark).toBe('');
  });

  test('typed in the box with its 书名号, the address and the box keep them, and the article opened marks the words alone', async () => {
    await page.goto(`${served.preview.url}/search/`);
    await page.fill('#search-query', '《民法典》');
    await page.press('#search-query', 'Enter');
    await expect.poll(status, POLL).toBe(`找到 ${countWithAll(['民法典'])} 条结果`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('《民法典》');
    expect(await page.inputValue('#search-query')).toBe('《民法典》');
    await page.click('.search-result__title a');
    await page.waitForURL(/\/articles\//);
    await expect.poll(() => page.$$eval('[data-pagefind-body] mark', (marks) => marks.length), POLL).toBeGreaterThan(0);
    expect(new Set(await page.$$eval('[data-pagefind-body] mark', (marks) => marks.map((m) => m.textContent)))).toEqual(new Set(['民法典']));
  });

  test('words longer than the boxes take, from a shared address, are cut to what they take, so the reader can edit them and search again', async () => {
    await page.goto(`${served.preview.url}/search/`);
    const max = Number(await page.getAttribute('#search-query', 'maxlength'));
    expect(max).toBeGreaterThan(0);
    const long = '社会组织'.repeat(Math.ceil((max + 100) / 4));
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent(long)}`);
    await expect.poll(status, POLL).toMatch(/找到/);
    const shown = await page.inputValue('#search-query');
    expect(shown).toBe(long.slice(0, max));
    expect(await page.inputValue('#site-search')).toBe(shown);
    await page.focus('#search-query');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBe(shown.slice(0, -1));
  });

  test('punctuation alone, typed in the box, is an empty query', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('民法典')}`);
    await expect.poll(status, POLL).toMatch(/^找到/);
    await page.fill('#search-query', '？？');
    await page.press('#search-query', 'Enter');
    await expect.poll(status, POLL).toContain('请输入要搜索的内容');
    expect(await titles()).toEqual([]);
    expect(await page.title()).toBe('搜索 - 法治报道');
  });
});

describe('filters without words', () => {
  const sectionName = (id: string) => readSections().find((section) => section.id === id)!.name;
  /** Clicks 加载更多 until every result found is shown. */
  const loadAll = async (tab: Page, total: number) => {
    for (let shown = Math.min(10, total); shown < total; shown = Math.min(shown + 10, total)) {
      await tab.click('[data-search-more]');
      await expect.poll(async () => (await tab.$$('.search-result')).length, POLL).toBe(Math.min(shown + 10, total));
    }
  };
  const optionsOf = (selector: string) => page.$$eval(`${selector} option`, (options) => options.map((option) => option.textContent ?? ''));

  test('a year’s archive page links to the search page with the year alone, which lists exactly that year’s articles, newest first across the index’s parts', async () => {
    const sources = published();
    // The newest year: in the test site's parts of 20 articles, it spans the two newest.
    const year = yearOf(newestFirst(sources)[0]!.date);
    const expected = newestFirst(sources.filter((s) => yearOf(s.date) === year));
    expect(expected.length).toBeGreaterThan(10);
    await page.goto(`${served.preview.url}/archive/${year}/`);
    await page.click('.archive-search a');
    await page.waitForURL(/\/search\//);
    expect([...new URL(page.url()).searchParams]).toEqual([['year', year]]);
    await expect.poll(status, POLL).toBe(`找到 ${expected.length} 条结果（已筛选）`);
    await loadAll(page, expected.length);
    expect(await titles()).toEqual(expected.map((s) => s.title));
    const dates = await resultDates();
    expect(dates).toEqual([...dates].sort().reverse());
    // Newest first, as the order says; relevance means nothing without words.
    expect(await page.inputValue('#search-sort')).toBe('date');
    expect(await page.$eval('#search-sort option[value="relevance"]', (option) => (option as HTMLOptionElement).disabled)).toBe(true);
    expect(await page.inputValue('#search-query')).toBe('');
    expect(await page.inputValue('#search-year')).toBe(year);
    expect(await page.title()).toBe(`${year}年的文章 - 法治报道`);
    // The other filters count the year's articles; the year's own filter every year's, to stay reachable.
    const counts = (values: string[]) => [...Map.groupBy(values, (value) => value)].map(([value, all]) => `${value}（${all.length}）`);
    expect(new Set((await optionsOf('#search-section')).slice(1))).toEqual(new Set(counts(expected.map((s) => sectionName(s.section)))));
    expect(new Set((await optionsOf('#search-year')).slice(1))).toEqual(new Set(counts(sources.map((s) => yearOf(s.date)))));
    // Nothing to mark: each excerpt is the opening of the article's summary, and a result opens its plain address.
    const excerpts = await page.$$eval('.search-result', (results) =>
      results.map((result) => ({
        text: result.querySelector('.search-result__excerpt')?.textContent ?? '',
        marks: result.querySelectorAll('mark').length,
        href: result.querySelector('.search-result__title a')?.getAttribute('href') ?? '',
      })),
    );
    excerpts.forEach(({ text, marks, href }, i) => {
      const source = expected[i]!;
      expect(marks, source.id).toBe(0);
      expect(href).toBe(`/articles/${source.id}/`);
      const summary = source.fm['summary'];
      if (typeof summary === 'string') expect(summary.normalize('NFKC').replace(/\s+/g, ''), source.id).toContain(text.replace(/…$/, '').normalize('NFKC').replace(/\s+/g, ''));
    });
  });

  test('a section alone lists its articles, newest first across every part of the index; one that chooses none says so', async () => {
    const today = readSections().find((section) => section.id === 'today')!;
    const expected = newestFirst(published().filter((s) => s.section === today.id));
    expect(expected.length).toBeGreaterThan(20); // more than a part of the test site's index
    await page.goto(`${served.preview.url}/search/?section=${encodeURIComponent(today.name)}`);
    await expect.poll(status, POLL).toBe(`找到 ${expected.length} 条结果（已筛选）`);
    await loadAll(page, expected.length);
    expect(await titles()).toEqual(expected.map((s) => s.title));
    expect(new Set(await sections())).toEqual(new Set([today.name]));
    expect(await page.title()).toBe(`${today.name}的文章 - 法治报道`);
    // A year without articles: no words to change, so no 去掉筛选条件再试, only other filters or words.
    await page.goto(`${served.preview.url}/search/?year=1999`);
    await expect.poll(status, POLL).toBe('在所选条件下没有找到文章。可以换一个筛选条件，也可以输入关键词搜索。');
    expect(await page.isVisible('#search-year')).toBe(true);
    expect(await page.isVisible('[data-search-clear]')).toBe(false);
  });

  test('a filter chosen with the box emptied lists its articles; Back and Forward go between it and the words; words typed then search within it', async () => {
    // A year with articles that have the words, so it is among the filter's choices for them.
    const year = yearOf(newestFirst(published()).find((s) => searchableText(s).includes('社会组织'))!.date);
    const inYear = published().filter((s) => yearOf(s.date) === year);
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社会组织')}`);
    await expect.poll(status, POLL).toBe(`找到 ${countInSources('社会组织')} 条结果`);
    await page.fill('#search-query', '');
    await page.selectOption('#search-year', year);
    await expect.poll(status, POLL).toBe(`找到 ${inYear.length} 条结果（已筛选）`);
    expect([...new URL(page.url()).searchParams]).toEqual([['year', year]]);
    await page.goBack();
    await expect.poll(status, POLL).toBe(`找到 ${countInSources('社会组织')} 条结果`);
    expect(await page.inputValue('#search-query')).toBe('社会组织');
    expect(await page.inputValue('#search-sort')).toBe('relevance');
    await page.goForward();
    await expect.poll(status, POLL).toBe(`找到 ${inYear.length} 条结果（已筛选）`);
    expect(await page.inputValue('#search-query')).toBe('');
    expect(await page.inputValue('#search-sort')).toBe('date');
    // The year was chosen for no words: the first words search within it, by relevance as before.
    await page.fill('#search-query', '社会组织');
    await page.press('#search-query', 'Enter');
    const within = inYear.filter((s) => searchableText(s).includes('社会组织')).length;
    await expect.poll(status, POLL).toBe(`找到 ${within} 条结果（已筛选）`);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: '社会组织', year });
    expect(await page.inputValue('#search-sort')).toBe('relevance');
  });

  /** Each value of `values` with how many times it occurs, as a filter shows it: 今日资讯（12）. */
  const counted = (values: string[]) => [...Map.groupBy(values, (value) => value)].map(([value, all]) => `${value}（${all.length}）`);
  /** The choices of every filter over all published articles, counted from the Markdown sources (years newest first). */
  const everyArticle = () => {
    const sources = published();
    return {
      section: new Set(counted(sources.map((s) => sectionName(s.section)))),
      year: counted(sources.map((s) => yearOf(s.date)).sort().reverse()),
      source: new Set(counted(sources.map((s) => String(s.fm['source'])))),
    };
  };
  /** The choices a filter shows, without its 全部…, once counted. */
  const shownChoices = async (facet: string) => {
    await expect.poll(async () => (await optionsOf(`#search-${facet}`)).slice(1).some((text) => /（\d+）$/.test(text)), POLL).toBe(true);
    return (await optionsOf(`#search-${facet}`)).slice(1);
  };

  test('the bare search page offers every filter, counted over all published articles; picked with the keyboard, one lists its articles', async () => {
    await page.goto(`${served.preview.url}/search/`);
    await expect.poll(status, POLL).toBe('请输入要搜索的内容，例如文章标题中的词、人名或数字。');
    expect(await page.isVisible('[data-search-refine]')).toBe(true);
    const expected = everyArticle();
    expect(new Set(await shownChoices('section'))).toEqual(expected.section);
    expect(await shownChoices('year')).toEqual(expected.year);
    expect(new Set(await shownChoices('source'))).toEqual(expected.source);
    expect((await shownChoices('author')).length).toBeGreaterThan(1);
    // Newest first, as a filter alone lists them; relevance waits for words.
    expect(await page.inputValue('#search-sort')).toBe('date');
    expect(await titles()).toEqual([]);
    expect(await page.title()).toBe('搜索 - 法治报道');
    // Tab from the box reaches the filters; the first year down the list is the newest.
    await page.focus('#search-query');
    const reached: string[] = [];
    for (let i = 0; i < 8 && !reached.includes('search-year'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(reached).toContain('search-year');
    await page.keyboard.press('ArrowDown');
    const year = expected.year[0]!.replace(/（\d+）$/, '');
    const inYear = newestFirst(published().filter((s) => yearOf(s.date) === year));
    await expect.poll(status, POLL).toBe(`找到 ${inYear.length} 条结果（已筛选）`);
    expect([...new URL(page.url()).searchParams]).toEqual([['year', year]]);
    expect(await titles()).toEqual(inYear.slice(0, 10).map((s) => s.title));
    // Back to the bare page: the filters are there again, counted over every article.
    await page.goBack();
    await expect.poll(status, POLL).toBe('请输入要搜索的内容，例如文章标题中的词、人名或数字。');
    expect(await page.inputValue('#search-year')).toBe('');
    expect(await shownChoices('year')).toEqual(expected.year);
  });

  test('the empty box with no filter left still asks for words, and offers the filters over every article', async () => {
    await page.goto(`${served.preview.url}/search/?year=${yearOf(published()[0]!.date)}`);
    await expect.poll(status, POLL).toMatch(/^找到 \d+ 条结果（已筛选）$/);
    await page.selectOption('#search-year', '');
    await expect.poll(status, POLL).toBe('请输入要搜索的内容，例如文章标题中的词、人名或数字。');
    expect(new URL(page.url()).search).toBe('');
    expect(await titles()).toEqual([]);
    expect(await page.isVisible('[data-search-refine]')).toBe(true);
    await expect.poll(() => optionsOf('#search-section').then((texts) => new Set(texts.slice(1))), POLL).toEqual(everyArticle().section);
    expect(await page.title()).toBe('搜索 - 法治报道');
  });
});

describe('messages', () => {
  test('an empty query asks for words', async () => {
    await page.goto(`${served.preview.url}/search/`);
    await expect.poll(status, POLL).toContain('请输入要搜索的内容');
    expect(await titles()).toEqual([]);
  });

  test('a query of invisible characters only is an empty query', async () => {
    for (const query of ['\u200b', ' ']) {
      await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(status, POLL).toContain('请输入要搜索的内容');
      expect(await page.title()).toBe('搜索 - 法治报道');
      expect(await page.inputValue('#search-query')).toBe('');
    }
  });

  test('no results says so, in Chinese, naming the query', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('不存在的词语')}`);
    await expect.poll(status, POLL).toContain('没有找到包含“不存在的词语”的文章');
  });

  test('words typed in traditional characters that find nothing: the message offers them in simplified ones, and the link searches them', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社會組織')}`);
    await expect.poll(status, POLL).toBe('没有找到包含“社會組織”的文章。可以换一个更短或不同的关键词再试。搜索简体：社会组织');
    await page.click('[data-search-status] a');
    await expect.poll(status, POLL).toBe(`找到 ${countInSources('社会组织')} 条结果`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('社会组织');
    expect(await page.inputValue('#search-query')).toBe('社会组织');
    // The reader goes on from the first result, as after 去掉筛选条件再试.
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).toBe(true);
  });

  test('words in traditional characters that find only a quote so written: the count offers them in simplified ones, which find more', async () => {
    // tests/fixtures/search-forms quotes a reader writing 生態環境; articles write 环境.
    expect(countInSources('環境')).toBeGreaterThan(0);
    expect(countInSources('环境')).toBeGreaterThan(countInSources('環境'));
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('環境')}`);
    await expect.poll(status, POLL).toBe(`找到 ${countInSources('環境')} 条结果。搜索简体：环境`);
    expect(await titles()).toHaveLength(countInSources('環境'));
    await page.click('[data-search-status] a');
    await expect.poll(status, POLL).toBe(`找到 ${countInSources('环境')} 条结果`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('环境');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).toBe(true);
  });

  test('words in traditional characters whose simplified ones find no other article: the count alone', async () => {
    const fresh = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const tab = await fresh.newPage();
      // The quote's 臺灣 is the article's own 台湾: nothing more to offer, though the words were converted.
      expect(countInSources('台湾')).toBe(countInSources('臺灣'));
      await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('臺灣')}`);
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe(`找到 ${countInSources('臺灣')} 条结果`);
      expect(tab.workers().filter((worker) => worker.url().includes('simplified-worker'))).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  test('the conversion tables load only once a search with Han characters finds nothing, and offer nothing for simplified words', async () => {
    const fresh = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await fresh.newPage();
    const converting = () => tab.workers().filter((worker) => worker.url().includes('simplified-worker')).length;
    const said = () => tab.textContent('[data-search-status]');
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社会组织')}`);
    await expect.poll(said, POLL).toMatch(/^找到/);
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('ETCX')}`);
    await expect.poll(said, POLL).toMatch(/^没有找到/);
    expect(converting()).toBe(0);
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('火星移民')}`);
    await expect.poll(said, POLL).toBe('没有找到包含“火星移民”的文章。可以换一个更短或不同的关键词再试。');
    expect(converting()).toBe(1);
    expect(await tab.$$('[data-search-status] a')).toHaveLength(0);
    await fresh.close();
  });

  test('simplified words whose characters OpenCC changes only alone (著作权, 显著, 怎么) load no converter and wait for none', async () => {
    const fresh = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const tab = await fresh.newPage();
      // Were the converter asked for, its script would never come, and the results wait SIMPLIFIED_WAIT for it.
      const asked: string[] = [];
      await fresh.route('**/*simplified-worker*', (route) => void asked.push(route.request().url()));
      // tests/fixtures/search-forms has 著作权; demo articles 显著 (→ 显着 by OpenCC's tables alone) and 怎么.
      for (const query of ['著作权', '显著', '怎么']) {
        expect(countInSources(query), query).toBeGreaterThan(0);
        await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent(query)}`);
        await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe(`找到 ${countInSources(query)} 条结果`);
        expect(await tab.$$('.search-result'), query).not.toHaveLength(0);
        expect(asked, query).toEqual([]);
      }
    } finally {
      await fresh.close();
    }
  });

  test('a worker that is slow to come does not keep 没有找到 waiting: it shows within seconds, without the offer', async () => {
    const fresh = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const tab = await fresh.newPage();
      // The worker's script never arrives (a connection that stalls): held until the context closes.
      let asked = false;
      await fresh.route('**/*simplified-worker*', () => void (asked = true));
      await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社會組織')}`);
      await expect
        .poll(() => tab.textContent('[data-search-status]'), { timeout: 8000 })
        .toBe('没有找到包含“社會組織”的文章。可以换一个更短或不同的关键词再试。');
      expect(asked).toBe(true);
      expect(await tab.$$('[data-search-status] a')).toHaveLength(0);
    } finally {
      await fresh.close();
    }
  });

  test('a worker whose script fails is ended, and the message says what it always says', async () => {
    const fresh = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const tab = await fresh.newPage();
      const started: string[] = [];
      tab.on('worker', (worker) => started.push(worker.url()));
      // The script comes, but fails as it runs (a half-delivered file): the worker is left with nothing to do.
      await fresh.route('**/*simplified-worker*', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("broken");' }),
      );
      await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社會組織')}`);
      await expect
        .poll(() => tab.textContent('[data-search-status]'), POLL)
        .toBe('没有找到包含“社會組織”的文章。可以换一个更短或不同的关键词再试。');
      expect(started.some((url) => url.includes('simplified-worker'))).toBe(true);
      await expect.poll(() => tab.workers().filter((worker) => worker.url().includes('simplified-worker')).length, POLL).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  test('no results and no filter chosen: one suggestion (no 也 following none), and no filters holding only 全部…', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('火星移民')}`);
    await expect.poll(status, POLL).toMatch(/^没有找到包含“火星移民”的文章。/);
    const message = (await status())!.replace('“火星移民”', '');
    expect(message).toContain('关键词');
    expect(message).not.toMatch(/也|筛选/);
    expect(await page.isVisible('[data-search-refine]')).toBe(false);
  });

  test('no results with a filter chosen: says so, suggests removing the filter, then other words, and keeps the filters to do it', async () => {
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('火星移民')}&section=${encodeURIComponent('今日资讯')}`);
    await expect.poll(status, POLL).toContain('没有找到包含“火星移民”的文章');
    const message = (await status())!;
    expect(message).toContain('所选条件');
    expect(message.indexOf('去掉筛选条件')).toBeGreaterThan(-1);
    expect(message.indexOf('也')).toBeGreaterThan(message.indexOf('去掉筛选条件'));
    expect(await page.isVisible('#search-section')).toBe(true);
    expect(await page.inputValue('#search-section')).toBe('今日资讯');
  });

  test('without JavaScript the page says search needs it and offers other ways', async () => {
    const noScript = await served.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${served.preview.url}/search/?q=${encodeURIComponent('潍坊')}`);
    const message = await plain.textContent('.search-message');
    expect(message).toContain('站内搜索需要浏览器启用 JavaScript');
    expect(await plain.$$eval('.search-message a', (links) => links.length)).toBeGreaterThan(3);
    // The page's own form, useless without a script, is not shown; the header box still sends only the words.
    expect(await plain.isVisible('#search-query')).toBe(false);
    await plain.fill('#site-search', '民政');
    await plain.press('#site-search', 'Enter');
    await plain.waitForURL(/\/search\/\?q=/);
    expect([...new URL(plain.url()).searchParams.keys()]).toEqual(['q']);
    await noScript.close();
  });
});

describe('the query is never HTML', () => {
  const PAYLOAD = '<img src=x onerror=alert(1)>';

  test('a script in the query does not run, from the address or from the box', async () => {
    const guarded = await served.browser.newContext();
    const tab = await guarded.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await tab.addInitScript(() => {
      (window as unknown as { ran: number }).ran = 0;
      window.alert = () => {
        (window as unknown as { ran: number }).ran++;
      };
    });
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent(PAYLOAD)}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toContain(PAYLOAD);
    await tab.fill('#search-query', `"${PAYLOAD}" 社会组织`);
    await tab.press('#search-query', 'Enter');
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toContain('没有找到');
    await tab.waitForTimeout(300);
    expect(await tab.evaluate(() => (window as unknown as { ran: number }).ran)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await tab.$$('img[src="x"]')).toEqual([]);
    // Nor on an article opened with it as the words to mark.
    await tab.goto(`${served.preview.url}/articles/2025/07/5g-jizhan-jiufen-tiaojie/?highlight=${encodeURIComponent(`${PAYLOAD}调解`)}`);
    await tab.waitForLoadState('networkidle');
    expect(await tab.$$('img[src="x"]')).toEqual([]);
    expect(await tab.evaluate(() => (window as unknown as { ran: number }).ran)).toBe(0);
    expect(dialogs).toEqual([]);
    await guarded.close();
  });
});

describe('accessibility', () => {
  test.each([
    ['with results and filters', `/search/?q=${encodeURIComponent('社会组织')}`, /^找到 \d+ 条结果$/],
    ['without results', `/search/?q=${encodeURIComponent('不存在的词语')}`, /^没有找到/],
    ['without results under a filter', `/search/?q=${encodeURIComponent('社会组织')}&section=${encodeURIComponent('视频')}`, /^在所选条件下没有找到/],
    ['without a query', '/search/', /^请输入要搜索的内容/],
    ['with a filter and no words', newestYearSearch(), /^找到 \d+ 条结果（已筛选）$/],
  ])('the search page %s has no axe violations', async (_, url, said) => {
    const fresh = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await fresh.newPage();
    await tab.goto(`${served.preview.url}${url}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(said);
    // Every page that shows the filters, the bare page too, is checked with them counted.
    if (await tab.isVisible('[data-search-refine]')) await expect.poll(() => filtersCounted(tab), POLL).toBe(true);
    const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await fresh.close();
  });
});

describe('the filters on a phone', () => {
  const toggle = '[data-search-toggle]';
  const phone = async (width: number, height: number, url: string) => {
    const fresh = await served.browser.newContext({ viewport: { width, height } });
    const tab = await fresh.newPage();
    await tab.goto(`${served.preview.url}${url}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/^找到 \d+ 条结果/);
    return { fresh, tab };
  };

  test.each([
    [320, 568],
    [375, 667],
  ])('at %i×%i, the first result’s title is on the first screen, the filters folded behind one button', async (width, height) => {
    const { fresh, tab } = await phone(width, height, `/search/?q=${encodeURIComponent('民政')}`);
    const title = await tab.$eval('.search-result__title a', (link) => ({
      top: link.getBoundingClientRect().top,
      line: parseFloat(getComputedStyle(link).lineHeight),
    }));
    // At least the title's first line, whole, without scrolling.
    expect(title.top + title.line, `the first title's first line at ${width}×${height}`).toBeLessThanOrEqual(height);
    expect(await tab.isVisible(toggle)).toBe(true);
    expect(await tab.getAttribute(toggle, 'aria-expanded')).toBe('false');
    expect(await tab.isVisible('#search-section')).toBe(false);
    await fresh.close();
  });

  test('filters set in the address are counted on the folded button; a filter chosen after opening counts too', async () => {
    const { fresh, tab } = await phone(375, 667, `/search/?q=${encodeURIComponent('社会组织')}&section=${encodeURIComponent('今日资讯')}&sort=date`);
    expect(await tab.isVisible('#search-section')).toBe(false);
    expect((await tab.textContent(toggle))?.trim()).toBe('筛选和排序（已选 2 项）');
    await tab.click(toggle);
    const year = await tab.$eval('#search-year', (select) => (select as HTMLSelectElement).options[1]!.value);
    await tab.selectOption('#search-year', year);
    await expect.poll(async () => (await tab.textContent(toggle))?.trim(), POLL).toBe('筛选和排序（已选 3 项）');
    await fresh.close();
  });

  test('with the keyboard: Tab reaches the button, Enter and Space open and close it, Tab then reaches every filter', async () => {
    const { fresh, tab } = await phone(375, 667, `/search/?q=${encodeURIComponent('民政')}`);
    await tab.focus('#search-query');
    const focusedId = () => tab.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['searchToggle'] !== undefined ? 'toggle' : document.activeElement?.id);
    for (let i = 0; i < 3 && (await focusedId()) !== 'toggle'; i++) await tab.keyboard.press('Tab');
    expect(await focusedId()).toBe('toggle');
    await tab.keyboard.press('Enter');
    expect(await tab.getAttribute(toggle, 'aria-expanded')).toBe('true');
    expect(await tab.isVisible('#search-section')).toBe(true);
    await tab.keyboard.press('Space');
    expect(await tab.getAttribute(toggle, 'aria-expanded')).toBe('false');
    expect(await tab.isVisible('#search-section')).toBe(false);
    await tab.keyboard.press('Space');
    expect(await tab.getAttribute(toggle, 'aria-expanded')).toBe('true');
    const reached: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) {
      await tab.keyboard.press('Tab');
      reached.push(await focusedId());
    }
    expect(reached).toEqual(['search-section', 'search-year', 'search-source', 'search-author', 'search-sort']);
    await fresh.close();
  });

  test.each([320, 375])('at %i px with text twice its size, the fold button reads as one line of words, and the filters opened stay on the screen', async (width) => {
    const { fresh, tab } = await phone(width, 800, `/search/?q=${encodeURIComponent('民政')}&section=${encodeURIComponent('今日资讯')}`);
    // A style attribute, which the Content-Security-Policy allows (a <style> it would refuse).
    await tab.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    // 筛选和排序 and then （已选 1 项）, from where the words end: not side by side, each in a column of its own.
    const button = await tab.$eval(toggle, (button) => {
      const count = button.querySelector('[data-search-chosen]')!;
      const words = document.createRange();
      words.setStart(button, 0);
      words.setEndBefore(count);
      const counted = document.createRange();
      counted.selectNodeContents(count);
      const tops = (range: Range) => [...range.getClientRects()].map((rect) => rect.top);
      return { words: words.toString(), wordsEnd: Math.max(...tops(words)), countStart: Math.min(...tops(counted)) };
    });
    expect(button.words).toBe('筛选和排序');
    expect(button.countStart, 'the count starts on the line where the words end, or below').toBeGreaterThanOrEqual(button.wordsEnd - 1);
    await tab.click(toggle);
    const measured = await tab.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: document.documentElement.clientWidth,
      boxes: [...document.querySelectorAll('[data-search-refine], [data-search-refine] select')].map((box) => ({
        name: box.id || box.className,
        right: box.getBoundingClientRect().right,
      })),
    }));
    expect(measured.boxes.length).toBe(6);
    for (const { name, right } of measured.boxes) expect(right, name).toBeLessThanOrEqual(measured.screen);
    expect(measured.page, 'the page’s width').toBeLessThanOrEqual(measured.screen);
    await fresh.close();
  });

  test.each([320, 375])('at %i px with text twice its size, 筛选和排序, its count and 加载更多结果 are each whole on one line, inside their buttons', async (width) => {
    const { fresh, tab } = await phone(width, 800, `/search/?q=${encodeURIComponent('法治')}&section=${encodeURIComponent('今日资讯')}&sort=date`);
    await tab.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const measured = await tab.evaluate(() => {
      const toggle = document.querySelector('[data-search-toggle]')!;
      const count = toggle.querySelector('[data-search-chosen]')!;
      const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
      const words = document.createRange();
      words.setStart(toggle.firstElementChild!, 0);
      words.setEndBefore(count);
      const counted = document.createRange();
      counted.selectNodeContents(count);
      const label = document.createRange();
      label.selectNodeContents(more);
      /** The text's lines, and how far it runs past its button's border on either side. */
      const measure = (range: Range, button: Element) => {
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
        const box = button.getBoundingClientRect();
        return {
          text: range.toString(),
          lines: new Set(rects.map((rect) => Math.round(rect.top))).size,
          outside: Math.max(0, box.left - Math.min(...rects.map((rect) => rect.left)), Math.max(...rects.map((rect) => rect.right)) - box.right),
        };
      };
      return {
        screen: document.documentElement.clientWidth,
        page: document.documentElement.scrollWidth,
        moreShown: !more.hidden,
        parts: [measure(words, toggle), measure(counted, toggle), measure(label, more)],
        buttons: [toggle, more].map((button) => button.getBoundingClientRect().right),
      };
    });
    expect(measured.moreShown).toBe(true);
    // Before: 筛选和排 / 序（已选 2 / 项） beside the chevron, and 加载更多结 / 果.
    expect(measured.parts).toEqual([
      { text: '筛选和排序', lines: 1, outside: 0 },
      { text: '（已选 2 项）', lines: 1, outside: 0 },
      { text: '加载更多结果', lines: 1, outside: 0 },
    ]);
    for (const right of measured.buttons) expect(right).toBeLessThanOrEqual(measured.screen);
    expect(measured.page, 'the page’s width').toBeLessThanOrEqual(measured.screen);
    await fresh.close();
  });

  test.each([320, 375])('at %i px with text twice its size, a result’s title has room beside its picture, or goes below it, and its date and section are whole', async (width) => {
    const { fresh, tab } = await phone(width, 800, `/search/?q=${encodeURIComponent('法治')}&section=${encodeURIComponent('今日资讯')}&sort=date`);
    await tab.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const results = await tab.$$eval('.search-result', (all) =>
      all.map((result) => {
        const lines = (element: Element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        };
        const heading = result.querySelector('.search-result__title')!.getBoundingClientRect();
        const picture = result.querySelector('.search-result__image')?.getBoundingClientRect();
        const beside = picture && picture.top < heading.bottom && picture.bottom > heading.top;
        return {
          title: result.querySelector('.search-result__title')!.textContent,
          // How many of the title's characters fit on a line beside the picture.
          room: beside ? (picture.left - heading.left) / parseFloat(getComputedStyle(result.querySelector('.search-result__title')!).fontSize) : undefined,
          picture: Boolean(picture),
          date: lines(result.querySelector('time')!),
          section: lines(result.querySelector('.search-result__meta span')!),
        };
      }),
    );
    expect(results.filter(({ picture }) => picture).length, 'results with a picture').toBeGreaterThan(0);
    for (const { title, room, date, section } of results) {
      if (room !== undefined) expect(room, `${title}: the title's room beside the picture`).toBeGreaterThanOrEqual(6);
      expect({ date, section }, `${title}: lines of its date and section`).toEqual({ date: 1, section: 1 });
    }
    await fresh.close();
  });

  test('a wide screen shows the filters without a click, and no button', async () => {
    const { fresh, tab } = await phone(1280, 800, `/search/?q=${encodeURIComponent('民政')}&section=${encodeURIComponent('今日资讯')}`);
    for (const select of await tab.$$('[data-search-refine] select')) expect(await select.isVisible()).toBe(true);
    expect(await tab.isVisible('[data-search-refine] legend')).toBe(true);
    expect(await tab.$$eval(toggle, (buttons) => buttons.map((button) => button.getBoundingClientRect().height))).toEqual([0]);
    await fresh.close();
  });

  test.each([
    ['folded', false],
    ['opened', true],
  ])('on a phone, the search page with its filters %s has no axe violations', async (_, open) => {
    const { fresh, tab } = await phone(360, 800, `/search/?q=${encodeURIComponent('社会组织')}&section=${encodeURIComponent('今日资讯')}`);
    if (open) await tab.click(toggle);
    const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await fresh.close();
  });
});

describe('layout', () => {
  test.each([320, 375])('at %i px, once the reader opens the filters, every one shows the whole of its longest choice beside the arrow', async (width) => {
    const fresh = await served.browser.newContext({ viewport: { width, height: 800 } });
    const tab = await fresh.newPage();
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('民政')}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/^找到 \d+ 条结果$/);
    await tab.click('[data-search-toggle]');
    for (const select of await tab.$$('[data-search-refine] select')) expect(await select.isVisible()).toBe(true);
    // A select as wide as it wants to be (its longest option, its padding and its arrow), beside
    // the one on the page, with the same styles: the page's must be at least as wide.
    const selects = await tab.$$eval('[data-search-refine] select', (all: HTMLSelectElement[]) =>
      all.map((select) => {
        const free = select.cloneNode(true) as HTMLSelectElement;
        free.removeAttribute('id');
        free.style.cssText = 'position: absolute; width: auto; min-width: 0; max-width: none; flex: none';
        select.after(free);
        const needed = free.getBoundingClientRect().width;
        free.remove();
        const longest = [...select.options].map((option) => option.text).sort((a, b) => b.length - a.length)[0];
        return { longest, needed, width: select.getBoundingClientRect().width, inside: select.closest('#search-filters')!.getBoundingClientRect().right - select.getBoundingClientRect().right };
      }),
    );
    // A long source is among them (法治报道青川记者站（3）), the hardest to fit.
    expect(Math.max(...selects.map(({ longest }) => longest!.length)), 'a choice of 12 characters or more').toBeGreaterThanOrEqual(12);
    for (const { longest, needed, width: shown, inside } of selects) {
      expect(shown, `${longest} at ${width} px`).toBeGreaterThanOrEqual(needed);
      expect(inside, 'inside its box').toBeGreaterThan(0);
    }
    await fresh.close();
  });

  /**
   * Opens `address` at `width`×`height`, waits until the status says `said` (and `drawn` holds, if
   * given), and returns every layout shift, its element and how far.
   */
  const shiftsOpening = async (width: number, height: number, address: string, said: RegExp, drawn?: (tab: Page) => Promise<boolean>) => {
    const fresh = await served.browser.newContext({ viewport: { width, height } });
    const tab = await fresh.newPage();
    await tab.addInitScript(() => {
      const moved: string[] = [];
      (window as unknown as { moved: string[] }).moved = moved;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
          for (const { node, previousRect, currentRect } of entry.sources) {
            moved.push(`${(node as Element | undefined)?.className ?? node?.nodeName}: ${previousRect.y} → ${currentRect.y}`);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    try {
      await tab.goto(`${served.preview.url}${address}`);
      await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(said);
      if (drawn) await expect.poll(() => drawn(tab), POLL).toBe(true);
      await tab.waitForTimeout(300); // let the last frame's shifts be reported
      return await tab.evaluate(() => (window as unknown as { moved: string[] }).moved);
    } finally {
      await fresh.close();
    }
  };

  test.each([
    [320, 568],
    [375, 800],
    [768, 900],
    [1024, 768],
    [1280, 800],
  ])('at %i px, nothing moves when the results of a search from the address arrive (no layout shift at all)', async (width, height) => {
    expect(await shiftsOpening(width, height, `/search/?q=${encodeURIComponent('民政')}`, /^找到 \d+ 条结果$/)).toEqual([]);
  });

  test.each([
    [320, 568],
    [1280, 800],
  ])('at %i px, nothing moves when the articles of a filter alone from the address arrive: its room is kept as a search’s', async (width, height) => {
    expect(await shiftsOpening(width, height, newestYearSearch(), /^找到 \d+ 条结果（已筛选）$/)).toEqual([]);
  });

  test.each([
    [320, 568],
    [1280, 800],
  ])('at %i px, nothing moves when the bare page’s filters show and their counts arrive: their room is kept from the first paint', async (width, height) => {
    expect(await shiftsOpening(width, height, '/search/', /^请输入要搜索的内容/, filtersCounted)).toEqual([]);
  });

  test.each([
    ['a phone', { width: 390, height: 844 }],
    ['a desktop', { width: 1280, height: 800 }],
  ])('on %s, a search from the address fills in without moving what is already on screen (CLS < 0.1)', async (_, viewport) => {
    const { fresh, tab, cls } = await measuringShifts(viewport);
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('民政')}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/^找到 \d+ 条结果$/);
    expect(await cls()).toBeLessThan(0.1);
    await fresh.close();
  });
});

/**
 * Runs in a page before its scripts (addInitScript): records every search the page hands Pagefind's
 * worker (`searched`, not the search of no words with which the page opens the index: openIndex),
 * the words of each the worker has answered (`answered`) and the method of every message it has
 * answered (`methodsAnswered`).
 */
function recordWorker() {
  const searched: unknown[] = [];
  const answered: unknown[] = [];
  const methodsAnswered: unknown[] = [];
  Object.assign(window, { searched, answered, methodsAnswered });
  // The words of each search, and the method of each message, by its id, which the worker's answer carries.
  const words = new Map<unknown, unknown>();
  const methods = new Map<unknown, unknown>();
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, data: { id?: unknown; method?: string; args?: unknown[] }, ...rest: unknown[]) {
    methods.set(data?.id, data?.method);
    if (data?.method === 'search' && data.args?.[0] !== '') {
      searched.push(data.args?.[0]);
      words.set(data.id, data.args?.[0]);
    }
    return (post as (...args: unknown[]) => void).call(this, data, ...rest);
  };
  const Base = Worker;
  (window as unknown as { Worker: typeof Worker }).Worker = class extends Base {
    constructor(...args: ConstructorParameters<typeof Worker>) {
      super(...args);
      this.addEventListener('message', (event: MessageEvent<{ id?: unknown } | null>) => {
        if (words.has(event.data?.id)) answered.push(words.get(event.data?.id));
        if (methods.has(event.data?.id)) methodsAnswered.push(methods.get(event.data?.id));
      });
    }
  };
}

/**
 * Opens /search/ in `tab`, recording its worker (recordWorker; `alsoFirst` runs in the page after
 * the recording, before its scripts), and waits until its index is open,
 * so a search leaves for the worker at once and a connection broken from now on breaks the search,
 * not the opening: the worker has answered the filters, the last thing the page asks it to open
 * the index. (The network was idle before that under load, a worker starved of CPU yet to answer.)
 */
async function openedSearchPage(tab: Page, alsoFirst?: () => void): Promise<void> {
  await tab.addInitScript(recordWorker);
  if (alsoFirst) await tab.addInitScript(alsoFirst);
  await tab.goto(`${served.preview.url}/search/`);
  await expect.poll(() => tab.evaluate(() => (window as unknown as { methodsAnswered: string[] }).methodsAnswered), POLL).toContain('filters');
}

/**
 * /search/ in a context of its own, its index open and its box focused, for typing as an input
 * method does (`cdp`: Input.imeSetComposition, Input.insertText): every search the page hands
 * Pagefind's worker is recorded (`searched`), and each the worker has answered (`answered`);
 * `alsoFirst` runs in the page before its scripts, after the recording.
 */
async function searchPageTypedIn(alsoFirst?: () => void) {
  const own = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const fresh = await own.newPage();
    await openedSearchPage(fresh, alsoFirst);
    await fresh.focus('#search-query');
    const cdp = await own.newCDPSession(fresh);
    const searched = () => fresh.evaluate(() => (window as unknown as { searched: string[] }).searched);
    const answered = () => fresh.evaluate(() => (window as unknown as { answered: string[] }).answered);
    return { own, fresh, cdp, searched, answered };
  } catch (error) {
    await own.close();
    throw error;
  }
}

/** A fresh tab that adds up every layout shift not caused by the reader (CLS), read with `cls()`. */
async function measuringShifts(viewport: { width: number; height: number }) {
  const fresh = await served.browser.newContext({ viewport });
  const tab = await fresh.newPage();
  await tab.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cls = async () => {
    await tab.waitForTimeout(300); // let the last frame's shifts be reported
    const shifts = await tab.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    return shifts.reduce((sum, value) => sum + value, 0);
  };
  return { fresh, tab, cls };
}

describe('a search that finds nothing', () => {
  const WIDTHS = [320, 375, 768, 1280];
  test.each(WIDTHS)('at %i px, from the address: its message shows without moving anything (CLS < 0.05)', async (width) => {
    const { fresh, tab, cls } = await measuringShifts({ width, height: 800 });
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('火星移民')}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/^没有找到/);
    expect(await cls()).toBeLessThan(0.05);
    await fresh.close();
  });

  test.each(WIDTHS)('at %i px, typed after a search with results: nothing moves when the message replaces them (CLS < 0.05)', async (width) => {
    const { fresh, tab, cls } = await measuringShifts({ width, height: 800 });
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('民政')}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/^找到/);
    // Shifts the reader causes (within 0.5 s of a key) do not count: the search answers after that.
    await tab.route('**/pagefind/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await tab.fill('#search-query', '火星移民');
    await tab.press('#search-query', 'Enter');
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/^没有找到/);
    expect(await cls()).toBeLessThan(0.05);
    await fresh.close();
  });
});

describe('words in traditional characters found in a quote', () => {
  test.each([320, 1280])('at %i px, the count with its offer in simplified characters and the results show without moving anything (CLS < 0.05)', async (width) => {
    const { fresh, tab, cls } = await measuringShifts({ width, height: 800 });
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('環境')}`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toMatch(/^找到 \d+ 条结果。搜索简体：环境$/);
    expect(await tab.$$('.search-result')).not.toHaveLength(0);
    expect(await cls()).toBeLessThan(0.05);
    await fresh.close();
  });
});

describe('a filtered search that finds nothing, on a phone', () => {
  test('at 320 px, a button on the first screen takes the filters away, reached with Tab and pressed with Enter', async () => {
    // 社会组织 is in many articles, none of them a 视频.
    expect(countInSources('社会组织')).toBeGreaterThan(0);
    expect(countInSources('社会组织', 'video')).toBe(0);
    const fresh = await served.browser.newContext({ viewport: { width: 320, height: 568 } });
    const tab = await fresh.newPage();
    await tab.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社会组织')}&section=${encodeURIComponent('视频')}&sort=date`);
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toContain('在所选条件下没有找到');
    expect(await tab.getAttribute('[data-search-toggle]', 'aria-expanded')).toBe('false'); // the filters are folded away
    const clear = tab.getByRole('button', { name: '去掉筛选条件再试' });
    expect(await clear.isVisible()).toBe(true);
    const box = (await clear.boundingBox())!;
    expect(box.y + box.height, 'the button on the first screen').toBeLessThanOrEqual(568);
    await tab.focus('#search-query');
    for (let i = 0; i < 5 && !(await clear.evaluate((button) => button === document.activeElement)); i++) await tab.keyboard.press('Tab');
    expect(await clear.evaluate((button) => button === document.activeElement), 'reached with Tab').toBe(true);
    await tab.keyboard.press('Enter');
    await expect.poll(() => tab.textContent('[data-search-status]'), POLL).toBe(`找到 ${countInSources('社会组织')} 条结果`);
    const params = new URL(tab.url()).searchParams;
    expect(params.get('section')).toBeNull();
    expect(params.get('sort')).toBe('date'); // an order hides nothing: it stays
    expect(await clear.isVisible()).toBe(false);
    // Focus is not lost with the button: it is on the first result.
    await expect.poll(() => tab.evaluate(() => document.activeElement?.closest('.search-result__title') !== null), POLL).toBe(true);
    await fresh.close();
  });

  test('without a filter chosen, or with results, there is no such button', async () => {
    for (const url of [`/search/?q=${encodeURIComponent('火星移民')}`, `/search/?q=${encodeURIComponent('社会组织')}&section=${encodeURIComponent('今日资讯')}`]) {
      await page.goto(`${served.preview.url}${url}`);
      await expect.poll(status, POLL).toMatch(/^(没有找到|找到)/);
      expect(await page.isVisible('[data-search-clear]'), url).toBe(false);
    }
  });
});
