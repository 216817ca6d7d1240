/** In Chromium: axe (WCAG 2.0–2.2 A and AA, with target size) on one page of each type at phone and desktop widths, in high contrast and printed; the skip link, headings and landmarks of each; keyboard focus, the 微信 panel, forced colours (Windows high contrast), a passage's language, a video's captions, and layout. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { COLUMN_PICTURE, LARGEST_PICTURE_WIDTH } from '../src/lib/images.ts';
import { POLL, previewInBrowser } from './support/browser.ts';
import { eachDrawn } from './support/drawn.ts';

const PAGES = {
  front: '/',
  article: '/articles/2024/01/weifang-minzheng-shehui-zuzhi/',
  'article with table and cover': '/articles/2025/01/qingchuan-2024-fazhi-gongzuo-huigu/',
  'video article': '/articles/2024/12/shipin-tiaojieyuan-yitian/',
  'section listing': '/sections/today/2/',
  people: '/people/',
  person: '/people/lin-xiaoyu/',
  tags: '/tags/',
  tag: `/tags/${encodeURIComponent('民政')}/`,
  archive: '/archive/',
  year: '/archive/2024/',
  month: '/archive/2024/01/',
  topics: '/topics/',
  topic: '/topics/shehui-zuzhi/',
  'not found': '/404.html',
  'corrected article': '/articles/2025/08/saohei-chue-anjian-xuanpan/',
  'article with attachments, notes and a correction (the fixture of extreme content)': '/articles/2023/12/jiduan-neirong/',
  'withdrawn article': '/articles/2026/11/chegao-ceshi-wenzhang/',
  '单页': '/pages/about/',
};

const served = previewInBrowser();

describe.each([
  ['desktop', 1280],
  ['phone', 360],
])('on a %s', (_, width) => {
  test.each(Object.entries(PAGES))('%s page (%s) has no axe violations', async (_, url) => {
    const context = await served.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${url}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    if (width === 360) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no sideways scrolling on a 360 px phone').toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

describe('every kind of page, to the keyboard and to a screen reader', () => {
  const pages = { ...PAGES, 'section listing, page 1': '/sections/today/', search: `/search/?q=${encodeURIComponent('社会组织')}` };
  test.each(Object.entries(pages))('%s (%s): the skip link comes first and leads into the page; one h1, no level skipped; every landmark that needs a name has one of its own', async (_, url) => {
    for (const width of [375, 1280]) {
      const context = await served.browser.newContext({ viewport: { width, height: 812 } });
      const page = await context.newPage();
      await page.goto(`${served.preview.url}${url}`);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const link = document.activeElement!;
        const box = link.getBoundingClientRect();
        return { text: link.textContent, shown: box.top >= 0 && box.bottom <= innerHeight && box.height >= 24 };
      });
      expect(skip, `${width} px: the first Tab`).toEqual({ text: '跳到正文', shown: true });
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main')), `${width} px: Tab after the skip link`).toBe(true);
      const read = await page.evaluate(() => {
        const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => heading.getClientRects().length > 0);
        const skipped = headings.flatMap((heading, at) => {
          const level = Number(heading.tagName[1]);
          const before = at === 0 ? 0 : Number(headings[at - 1]!.tagName[1]);
          return level > before + 1 ? [`h${level} after h${before}: ${heading.textContent!.trim()}`] : [];
        });
        // Landmarks a screen reader lists by name: navigations, search forms, asides, named regions.
        const nameOf = (element: Element) =>
          (element.getAttribute('aria-label') ?? element.getAttribute('aria-labelledby')?.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join('') ?? '').trim();
        const landmarks = [...document.querySelectorAll('nav, aside, [role="search"], section[aria-label], section[aria-labelledby]')].map((element) => ({
          role: element.localName === 'nav' ? 'navigation' : element.localName === 'aside' ? 'complementary' : (element.getAttribute('role') ?? 'region'),
          name: nameOf(element),
        }));
        return { lang: document.documentElement.lang, h1: document.querySelectorAll('h1').length, skipped, landmarks };
      });
      expect(read.lang).toBe('zh-CN');
      expect(read.h1, `${width} px: one h1`).toBe(1);
      expect(read.skipped, `${width} px`).toEqual([]);
      expect(read.landmarks.filter(({ name }) => name === ''), `${width} px: landmarks without a name`).toEqual([]);
      const names = read.landmarks.map(({ role, name }) => `${role} ${name}`);
      expect(names.filter((name, at) => names.indexOf(name) !== at), `${width} px: landmarks of one role and name`).toEqual([]);
      await context.close();
    }
  });

  test.each([
    ['front', PAGES.front],
    ['article', PAGES.article],
    ['video article', PAGES['video article']],
    ['单页', PAGES['单页']],
  ])('%s page (%s) has no axe violations in Windows high contrast, with a dark theme asked for (the site’s own, global.css), nor printed', async (_, url) => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 }, forcedColors: 'active' });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${url}`);
    const violations = async () =>
      (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    expect(await violations(), 'high contrast').toEqual([]);
    // Each apart: together, axe found nearly every text short of contrast, where Chromium draws it clear (white and yellow on black).
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'dark' });
    expect(await violations(), 'a dark theme asked for').toEqual([]);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await violations(), 'printed').toEqual([]);
    await context.close();
  });
});

describe('tables on a phone', () => {
  test.each([
    '/articles/2025/01/qingchuan-2024-fazhi-gongzuo-huigu/',
    '/articles/2026/06/xingzheng-zhifa-sanxiang-zhidu/',
  ])('a table of four columns shows whole on a 360 px phone (%s): long cells wrap, short ones stay on one line, nothing is scrolled out of view', async (url) => {
    const context = await served.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${url}`);
    const boxes = await page.$$eval('.table-scroll', (found) =>
      found.map((box) => ({ hidden: box.scrollWidth - box.clientWidth, columns: box.querySelector('tr')?.children.length })),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const { hidden, columns } of boxes) {
      expect(columns).toBe(4);
      expect(hidden).toBeLessThanOrEqual(0);
    }
    // A figure, a year or a short label is never broken across lines (1846 / 年 would misread).
    const lines = await page.$$eval('.table-scroll td, .table-scroll th', (cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return { text: cell.textContent!.trim(), lines: tops.size };
      }),
    );
    const short = lines.filter(({ text }) => [...text].length <= 6);
    expect(short.length).toBeGreaterThan(0);
    for (const cell of short) expect(cell, cell.text).toMatchObject({ lines: 1 });
    expect(lines.some(({ lines: count }) => count > 1), 'a long cell wraps').toBe(true);
    await context.close();
  });
});

describe('a table’s box', () => {
  /** The fixture of extreme content: a table of 20 columns, wider than any screen, one of 5, one written in HTML and one of names, ID numbers and amounts, wider than a phone. */
  const WIDE = '/articles/2023/12/jiduan-neirong/';
  /** A table of three short columns, narrower than any screen. */
  const NARROW = '/articles/2023/12/biaoge-zhiyou/';
  /** What a box that scrolls is to the keyboard and to screen readers, and what one that does not is. */
  const SCROLLING = { tabStop: true, role: 'group', label: '表格（可左右滚动）' };
  const PLAIN = { tabStop: false, role: null, label: null };

  /** Each table box on the page: whether it scrolls, and what it is to the keyboard and to screen readers. */
  const boxes = (page: Page) =>
    page.$$eval('.table-scroll', (found) =>
      found.map((box) => ({
        scrolls: box.scrollWidth > box.clientWidth,
        tabStop: (box as HTMLElement).tabIndex >= 0,
        role: box.getAttribute('role'),
        label: box.getAttribute('aria-label'),
      })),
    );

  /**
   * Which of the page's table boxes (their places among them) Tab reaches, going through the page
   * once from its top. Each pass starts at a mark put first in the page and focused, not where the
   * last pass left off: focus moving into the fixture's video player (an <iframe> of another site,
   * after the tables) reads as the page's body for a moment, which ended a pass there, and the next
   * pass, blurring the player, started after every table and reached none.
   */
  async function reachedWithTab(page: Page): Promise<number[]> {
    await page.evaluate(() => {
      const start = document.createElement('span');
      start.id = 'tab-pass-start';
      start.tabIndex = -1;
      document.body.prepend(start);
      start.focus();
    });
    const reached: number[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => (document.activeElement === document.body ? -2 : [...document.querySelectorAll('.table-scroll')].indexOf(document.activeElement!)));
      if (at === -2 && i > 0) break;
      if (at >= 0) reached.push(at);
    }
    await page.evaluate(() => document.getElementById('tab-pass-start')?.remove());
    return reached;
  }

  /** Each box is a named Tab stop when it scrolls and a plain box when not; Tab reaches the ones that scroll, and axe finds nothing. */
  async function expectOnlyScrollingBoxesReached(page: Page, where: string) {
    const found = await boxes(page);
    expect(found.length, where).toBeGreaterThan(0);
    for (const { scrolls, ...box } of found) expect(box, `${where}: ${scrolls ? 'a box that scrolls' : 'a box that does not scroll'}`).toEqual(scrolls ? SCROLLING : PLAIN);
    const scrolling = found.flatMap(({ scrolls }, at) => (scrolls ? [at] : []));
    expect(await reachedWithTab(page), `${where}: the boxes Tab reaches`).toEqual(scrolling);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), where).toEqual([]);
    return found.map(({ scrolls }) => scrolls);
  }

  /**
   * Until every box is what its width makes it (the page checks again once the window has changed,
   * in a ResizeObserver's turn: on a loaded machine later than the 5 s this once allowed).
   */
  const settled = (page: Page) =>
    page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.table-scroll')].every((box) => box.scrollWidth > box.clientWidth === box.tabIndex >= 0), undefined, POLL);

  test.each([
    [320, WIDE, [true, true, true, true]],
    [1280, WIDE, [true, false, false, false]],
    [320, NARROW, [false]],
    [1280, NARROW, [false]],
  ])('at %i px on %s, only a box whose table is wider than it is a Tab stop named 表格（可左右滚动）', async (width, url, scrolls) => {
    const context = await served.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${url}`);
    // Before, every box was one: a table that fits was a Tab stop that did nothing, read out as a scroll.
    expect(await expectOnlyScrollingBoxesReached(page, `${width} px`)).toEqual(scrolls);
    await context.close();
  });

  test('is checked again when the window narrows from 1280 to 320 px, widens again, and after printing', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${WIDE}`);
    expect(await expectOnlyScrollingBoxesReached(page, '1280 px')).toEqual([true, false, false, false]);
    await page.setViewportSize({ width: 320, height: 800 });
    await settled(page);
    expect(await expectOnlyScrollingBoxesReached(page, '1280 px, then 320 px')).toEqual([true, true, true, true]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await settled(page);
    expect(await expectOnlyScrollingBoxesReached(page, '320 px, then 1280 px')).toEqual([true, false, false, false]);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ media: 'screen' });
    await settled(page);
    expect(await expectOnlyScrollingBoxesReached(page, 'printed, then 320 px')).toEqual([true, true, true, true]);
    await context.close();
  });

  test('without JavaScript every box stays a Tab stop, so no wide table is out of the keyboard’s reach', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${WIDE}`);
    const found = await boxes(page);
    expect(found.map(({ scrolls }) => scrolls)).toEqual([true, false, false, false]);
    for (const { scrolls: _, ...box } of found) expect(box).toEqual(SCROLLING);
    await context.close();
  });
});

describe('links read out of their place (a screen reader’s list of links)', () => {
  // The tag index is left out: its tag 以案说法 has the section's name, and there each tag is an
  // item of the list under 标签 with its count, which says which it is.
  test.each([
    '/',
    '/sections/today/',
    '/sections/today/2/',
    `/tags/${encodeURIComponent('示例')}/2/`,
    '/archive/2024/01/',
    '/people/chen-shulan/2/',
    PAGES.topic,
    '/pages/about/',
    '/search/',
    PAGES['not found'],
  ])('on %s no two links have one name and lead to different places', async (url) => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${url}`);
    // The names Chromium gives screen readers (aria-label, or the text).
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
    };
    const places = new Map<string, Set<string>>();
    for (const node of nodes) {
      if (node.ignored || node.role?.value !== 'link') continue;
      const name = node.name?.value.trim() ?? '';
      const href = String(node.properties?.find((property) => property.name === 'url')?.value.value ?? '');
      places.set(name, (places.get(name) ?? new Set()).add(href));
    }
    expect(places.size).toBeGreaterThan(10);
    // Before, page 2's 首页 (of the listing) and the navigation's 首页 (the site's), and a
    // section's RSS 订阅 and the footer's (the whole site's), were read out alike.
    const alike = [...places].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `${name}: ${[...hrefs].join(' ')}`);
    expect(alike).toEqual([]);
    await context.close();
  });
});

/**
 * Each element's text as it is shown, its spaces collapsed, beside the name Chromium gives
 * it for screen readers (what is said when a link has focus, and in the lists of links and
 * headings).
 */
async function shownAndSaid(page: Page, selector: string): Promise<{ shown: string; said: string }[]> {
  const shown = await page.$$eval(selector, (found) => found.map((element) => element.textContent!.replace(/\s+/g, ' ').trim()));
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const said: string[] = [];
  for (const nodeId of nodeIds) {
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false });
    said.push(String(nodes[0]?.name?.value ?? ''));
  }
  await cdp.detach();
  return shown.map((text, at) => ({ shown: text, said: said[at]! }));
}

/** The words a screen reader reads in the element `selector` finds, reading on through it: its text, less what is hidden from it. */
async function readThrough(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { backendNodeId: node.backendNodeId, role: 'StaticText' });
  await cdp.detach();
  return nodes.filter((found) => !found.ignored).map((found) => String(found.name?.value ?? '').trim());
}

describe('the pager’s current page as a screen reader says it', () => {
  test.each([
    ['/sections/today/2/', 1280, '2'],
    ['/sections/today/', 320, '1'],
    [`/tags/${encodeURIComponent('示例')}/3/`, 1280, '3'],
  ])('on %s at %i px it is 第 N 页, as the links to the other pages are, and shows its number', async (url, width, number) => {
    const context = await served.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${url}`);
    // Before, its number alone: a bare 2 between 上一页（第 1 页） and 第 3 页.
    expect(await readThrough(page, '.pagination [aria-current="page"]')).toEqual([`第 ${number} 页`]);
    const shown = await page.$eval('.pagination [aria-current="page"]', (current) => {
      const box = current.getBoundingClientRect();
      const first = current.closest('ul')!.querySelector('li > *')!.getBoundingClientRect();
      const visible = [...current.children].filter((child) => getComputedStyle(child).position !== 'absolute');
      return { text: visible.map((child) => child.textContent).join(''), width: box.width, height: box.height, first: { width: first.width, height: first.height } };
    });
    expect(shown.text).toBe(number);
    // The box round the number is as high as 首页's and no wider: the spans inside it are no boxes of their own.
    expect(shown.height).toBeCloseTo(shown.first.height, 0);
    expect(shown.width).toBeLessThanOrEqual(shown.first.width);
    await context.close();
  });
});

describe('the breadcrumb as a screen reader says it', () => {
  test.each([PAGES.article, '/sections/today/2/', '/search/'])('on %s 您当前的位置 is said once, as the navigation’s name, and still shown', async (url) => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${url}`);
    const [landmark] = await shownAndSaid(page, 'nav.breadcrumb');
    expect(landmark!.said).toBe('当前位置');
    // Before, 当前位置 (the navigation) and then 您当前的位置： (its first words).
    const read = await readThrough(page, 'nav.breadcrumb');
    expect(read[0]).toBe('首页');
    expect(read.filter((text) => text.includes('位置'))).toEqual([]);
    const lead = await page.$eval('.breadcrumb__lead', (element) => ({ text: element.textContent, width: element.getBoundingClientRect().width }));
    expect(lead.text).toBe('您当前的位置：');
    expect(lead.width).toBeGreaterThan(0);
    await context.close();
  });
});

describe('titles and names as a screen reader says them', () => {
  test.each([
    ['the front page (ticker, 头条, lists)', '/', ''],
    ['an article (its title, related)', PAGES.article, ''],
    ['an article opened from search, its words marked', `${PAGES.article}?highlight=${encodeURIComponent('提升社会组织')}`, '.article__title mark'],
    ['a 单页', '/pages/about/', ''],
    ['search results', `/search/?q=${encodeURIComponent('社会组织')}`, '.search-result__title a'],
  ])('%s: a title broken between its words is said and copied as it is written, with no pause inside a word', async (_, url, wait) => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${url}`);
    if (wait) await page.waitForSelector(wait, POLL);
    // A link named apart from its text (上一篇/下一篇: below) is left out.
    const titles = await shownAndSaid(page, 'a:has(wbr):not([aria-label]), h1:has(wbr)');
    expect(titles.length).toBeGreaterThan(0);
    // Chromium read each <wbr> as a space: 送餐 途中 摔伤 外卖骑手获 职业 伤害 保障 待遇 for
    // 送餐途中摔伤 外卖骑手获职业伤害保障待遇, a pause in every few characters, and a name no
    // one would say to voice control.
    expect(titles.filter(({ shown, said }) => said !== shown)).toEqual([]);
    // Selected and copied, each is its text: a break adds no character (a zero-width space
    // would break the line too, but go into every copy and every name).
    const copied = await page.$$eval('a:has(wbr):not([aria-label]), h1:has(wbr)', (found) =>
      found.map((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return getSelection()!.toString().replace(/\s+/g, ' ').trim();
      }),
    );
    expect(copied).toEqual(titles.map(({ shown }) => shown));
    expect(copied.filter((text) => text.includes('\u200b'))).toEqual([]);
    await context.close();
  });
});

describe('分享到 as a screen reader says it', () => {
  test('each share tool says what it does, in the list of links and under Tab, and 分享到 is not said once more before them', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${PAGES.article}`);
    const tools = await shownAndSaid(page, '.share a, .share summary');
    // Before, 微博, QQ空间 and 微信 alone: on Tab, or in a list of links, the site's own accounts as much as a way to share.
    // 微博 and QQ空间 open their share pages in a window of their own and say so, once (WCAG G201);
    // 微信 opens its panel in the page.
    expect(tools).toEqual([
      { shown: '微博', said: '分享到微博（在新窗口打开）' },
      { shown: 'QQ空间', said: '分享到QQ空间（在新窗口打开）' },
      { shown: '微信', said: '分享到微信' },
    ]);
    const windows = await page.$$eval('.share a', (links) => links.map((link) => link.getAttribute('target')));
    expect(windows).toEqual(['_blank', '_blank']);
    const descriptions = await page.$$eval('.share a', (links) => links.map((link) => link.getAttribute('title') ?? link.getAttribute('aria-describedby')));
    expect(descriptions, 'said once: no title or description that says it again').toEqual([null, null]);
    // The words read across the row, as a screen reader reads on through it.
    const cdp = await context.newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.share' });
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { backendNodeId: node.backendNodeId, role: 'StaticText' });
    const read = nodes.filter((found) => !found.ignored).map((found) => String(found.name?.value ?? ''));
    expect(read.join(' ')).toContain('微博');
    expect(read.filter((text) => text.includes('分享到'))).toEqual([]);
    await cdp.detach();
    await context.close();
  });
});

describe('上一篇 and 下一篇 as a screen reader says them', () => {
  test.each([
    ['the seed article, the first of its section (上一篇：没有了)', PAGES.article],
    ['an article with both', '/articles/2025/08/saohei-chue-anjian-xuanpan/'],
  ])('%s: each link says which it is, and a 没有了 keeps its label', async (_, url) => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${url}`);
    const links = await shownAndSaid(page, '.article-neighbours a');
    const labels = await page.$$eval('.article-neighbours a', (found) => found.map((link) => link.previousElementSibling!.textContent));
    expect(labels.length).toBeGreaterThan(0);
    // Before, the title alone: on Tab 下一篇's title, which 相关文章 often lists too, was said twice
    // with nothing to tell the next article from a related one.
    expect(links.map(({ said }) => said)).toEqual(links.map(({ shown }, at) => `${labels[at]}${shown}`));
    // The words read through the navigation: a label beside a link is in the link's name, not
    // said once more before it; 上一篇：没有了 is read as it stands.
    const cdp = await context.newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.article-neighbours' });
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { backendNodeId: node.backendNodeId, role: 'StaticText' });
    const read = nodes.filter((found) => !found.ignored).map((found) => String(found.name?.value ?? ''));
    const alone = await page.$$eval('.article-neighbours p', (rows) => rows.filter((row) => !row.querySelector('a')).map((row) => row.firstElementChild!.textContent));
    expect(read.filter((text) => /^[上下]一篇：$/.test(text))).toEqual(alone);
    if (alone.length > 0) expect(read).toContain('没有了');
    await cdp.detach();
    await context.close();
  });
});

describe('keyboard focus', () => {
  test.each([PAGES.article, PAGES['article with table and cover'], PAGES['video article']])('the first 30 controls reached with Tab on an article page (%s) show a focus ring that stands out from what is behind it (3:1)', async (url) => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${url}`);
    const weak: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        // A video whose own buttons have focus (Chromium draws their ring), not the video itself.
        if (!element.matches(':focus-visible')) return null;
        const style = getComputedStyle(element);
        const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]) =>
          [r!, g!, b!]
            .map((c) => c / 255)
            .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
            .reduce((sum, c, k) => sum + c * [0.2126, 0.7152, 0.0722][k]!, 0);
        // The ring is drawn outside the element (offset ≥ 0) or inside it: compare with what is there.
        let behind: Element | null = parseFloat(style.outlineOffset) >= 0 ? element.parentElement : element;
        let background = 'rgb(255, 255, 255)';
        for (; behind; behind = behind.parentElement) {
          const color = getComputedStyle(behind).backgroundColor;
          if (rgb(color).length === 3 || rgb(color)[3] === 1) {
            background = color;
            break;
          }
        }
        const [a, b] = [luminance(rgb(style.outlineColor)), luminance(rgb(background))].sort((x, y) => y - x);
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${(element.textContent ?? '').trim().slice(0, 12)}”`;
        return { name, visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, contrast: (a! + 0.05) / (b! + 0.05) };
      });
      if (ring && (!ring.visible || ring.contrast < 3)) weak.push(`${ring.name}: ${ring.visible ? ring.contrast.toFixed(2) : 'no ring'}`);
    }
    expect(weak).toEqual([]);
    await context.close();
  });
});

describe('the 微信 panel of 分享到', () => {
  test.each([1280, 360])('at %i px closes on Escape, when Tab goes on past it and on a click elsewhere, never hiding the link that has focus', async (width) => {
    const context = await served.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${PAGES.article}`);
    const open = () => page.$eval('.share__wechat', (details) => (details as HTMLDetailsElement).open);
    await page.focus('.share summary');
    await page.keyboard.press('Enter');
    expect(await open(), 'Enter opens it').toBe(true);
    await page.keyboard.press('Escape');
    expect(await open(), 'Escape closes it').toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('微信');
    // Open, the panel lay over the tags and 上一篇/下一篇: Tab went on to links under it, out of sight.
    await page.keyboard.press('Enter');
    const hidden: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const element = document.activeElement!;
        const box = element.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return { text: element.textContent!.trim(), shown: !!top && (element.contains(top) || top.contains(element)) };
      });
      if (!seen.shown) hidden.push(seen.text);
    }
    expect(hidden).toEqual([]);
    expect(await open(), 'Tab past it closes it').toBe(false);
    // A press on the code keeps it open (WeChat reads a code pressed long); one elsewhere closes it.
    await page.click('.share summary');
    await page.click('.share__qr img');
    expect(await open()).toBe(true);
    await page.click('.article__title');
    expect(await open(), 'a click elsewhere closes it').toBe(false);
    await context.close();
  });
});

describe('the language of a passage', () => {
  test('a quote in traditional characters is marked zh-Hant, for a screen reader to read it in that voice; the text around it stays zh-CN', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // The search-forms fixture: 一位来自台湾的志愿者在留言中写道：“臺灣的空氣品質和生態環境也在改善。”
    await page.goto(`${served.preview.url}/articles/2023/11/quanjiao-kongqi-zhiliang/`);
    const languages = await page.$eval('.article__body', (body) => {
      /** The language of the element holding the first text that has `words`, as a browser reads it (the nearest lang). */
      const languageOf = (words: string) => {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) if (text.textContent!.includes(words)) return text.parentElement!.closest('[lang]')!.getAttribute('lang');
        return undefined;
      };
      return { quote: languageOf('臺灣的空氣品質'), around: languageOf('志愿者在留言中写道') };
    });
    // Before, both zh-CN, the page's: the quote was read in a mainland voice, as if written in simplified characters.
    expect(languages).toEqual({ quote: 'zh-Hant', around: 'zh-CN' });
    const results = await new AxeBuilder({ page }).withRules(['valid-lang']).analyze();
    expect(results.violations).toEqual([]);
    expect(results.passes.map((rule) => rule.id)).toEqual(['valid-lang']);
    await context.close();
  });
});

describe('a video’s captions (字幕, video.captions)', () => {
  test('the video article’s player has its WebVTT captions in Chinese, shown from the start, and axe finds the captions it asks of a video', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${PAGES['video article']}`);
    // Before, a video could have none: a reader who cannot hear it (many older readers) had only its pictures.
    // Loaded (readyState 2) once Chromium has read the file.
    await page.waitForFunction(() => (document.querySelector<HTMLTrackElement>('.video video track[kind="captions"]')?.readyState ?? 0) >= 2, undefined, POLL);
    const read = await page.$eval('.video video track[kind="captions"]', (found: HTMLTrackElement) => ({
      srclang: found.srclang,
      label: found.label,
      mode: found.track.mode,
      cues: found.track.cues?.length ?? 0,
    }));
    expect(read.srclang).toBe('zh-CN');
    expect(read.label).toBe('中文字幕');
    expect(read.mode, 'shown without a click').toBe('showing');
    expect(read.cues).toBeGreaterThan(0);
    const results = await new AxeBuilder({ page }).withRules(['video-caption']).analyze();
    expect(results.passes.map((rule) => rule.id)).toEqual(['video-caption']);
    await context.close();
  });
});

describe('in Windows high contrast (forced colours)', () => {
  test.each([
    ['置顶', '/sections/today/', '.pin-label'],
    ['在职', '/people/', '.person-status'],
  ])('the %s label keeps its box (草稿, 定时发布 and 离职 share the rule), where its background is not drawn', async (text, url, selector) => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 }, forcedColors: 'active' });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${url}`);
    const label = await page.$eval(selector, (element) => {
      const style = getComputedStyle(element);
      const alpha = (color: string) => Number(/rgba\(.*,\s*([\d.]+)\)/.exec(color)?.[1] ?? 1);
      const drawn = (style: string, width: string, color: string) => style !== 'none' && parseFloat(width) >= 1 && alpha(color) > 0;
      return {
        text: element.textContent,
        boxed:
          drawn(style.outlineStyle, style.outlineWidth, style.outlineColor) ||
          drawn(style.borderTopStyle, style.borderTopWidth, style.borderTopColor),
      };
    });
    // Before, it was the word in small type run into the title or the person's name.
    expect(label).toEqual({ text, boxed: true });
    await context.close();
  });
});

describe('the 滚动 ticker', () => {
  test('moves, except for readers who ask for less motion', async () => {
    for (const [reducedMotion, animation] of [
      ['no-preference', 'ticker'],
      ['reduce', 'none'],
    ] as const) {
      const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion });
      const page = await context.newPage();
      await page.goto(`${served.preview.url}/`);
      expect(await page.$eval('.ticker__track', (track) => getComputedStyle(track).animationName), reducedMotion).toBe(animation);
      await context.close();
    }
  });
});

describe('the 滚动 ticker with a keyboard', () => {
  test('every title reached with Tab is in view, whole', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}/`);
    const titles = await page.$$eval('.ticker__track a', (links) => links.length);
    expect(titles).toBeGreaterThan(1);
    const hidden: string[] = [];
    await page.focus('.ticker__pause');
    for (let i = 0; i < titles; i++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const link = document.activeElement!;
        const box = link.getBoundingClientRect();
        const view = document.querySelector('.ticker__viewport')!.getBoundingClientRect();
        return { title: link.textContent ?? '', inside: box.left >= view.left - 1 && box.right <= view.right + 1 };
      });
      if (!seen.inside) hidden.push(seen.title);
    }
    expect(hidden).toEqual([]);
    await context.close();
  });
});

describe('layout', () => {
  test('a listing card with a picture keeps its title, date and summary together, as a card without one does', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}/sections/today/`);
    const spread = (selector: string) =>
      page.$eval(selector, (card) => {
        const top = (part: string) => card.querySelector(part)!.getBoundingClientRect();
        return Math.round(top('.article-card__summary').top - top('.article-card__title').bottom);
      });
    const withPicture = await spread('.article-card--thumb');
    const without = await spread('.article-card:not(.article-card--thumb)');
    expect(withPicture).toBeLessThanOrEqual(without + 12);
    // On a phone the picture sits above the title, with room between them.
    await page.setViewportSize({ width: 360, height: 800 });
    const room = await page.$eval('.article-card--thumb', (card) => {
      const box = (part: string) => card.querySelector(part)!.getBoundingClientRect();
      return box('.article-card__title').top - box('.article-card__thumb').bottom;
    });
    expect(room).toBeGreaterThanOrEqual(4);
    await context.close();
  });

  test.each([360, 393])('on a %s px phone the navigation is one row that scrolls sideways, and every link in it comes into view with Tab', async (width) => {
    const context = await served.browser.newContext({ viewport: { width, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${PAGES.article}`);
    const rows = await page.$$eval('.site-nav a', (links) => new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
    const strip = await page.$eval('.site-nav ul', (list) => ({ scrolls: list.scrollWidth > list.clientWidth, right: list.getBoundingClientRect().right }));
    expect(strip.scrolls, 'more sections than fit on a phone: the row scrolls').toBe(true);
    expect(strip.right).toBeLessThanOrEqual(width);
    const count = await page.locator('.site-nav a').count();
    await page.focus('.site-name');
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      const box = await page.evaluate(() => {
        const { left, right } = document.activeElement!.getBoundingClientRect();
        return { inNav: !!document.activeElement!.closest('.site-nav'), left, right };
      });
      expect(box.inNav).toBe(true);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
    }
    await context.close();
  });

  test.each(['/people/', '/topics/shehui-zuzhi/', '/sections/video/'])('on a 360 px phone, %s starts with its own section in view in the navigation row', async (url) => {
    const context = await served.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${url}`);
    const current = await page.$eval('.site-nav a[aria-current]', (link) => {
      const list = link.closest('ul')!;
      const fade = parseFloat(getComputedStyle(list).paddingInlineEnd);
      const { left, right } = link.getBoundingClientRect();
      return { left, right, visibleRight: list.getBoundingClientRect().right - fade, scrolled: list.scrollLeft };
    });
    expect(current.scrolled, 'the row was scrolled to it').toBeGreaterThan(0);
    expect(current.left).toBeGreaterThanOrEqual(0);
    expect(current.right).toBeLessThanOrEqual(current.visibleRight + 1);
    await context.close();
  });

  test.each([
    ['a .md article', '/articles/2025/07/5g-jizhan-jiufen-tiaojie/'],
    ['an .mdx article, in a <Figure>', '/articles/2026/03/dongling-fayuan-xunhui-shenpan/'],
  ])('a picture in the body of %s is downloaded at the size it shows, not the largest', async (_, url) => {
    for (const { width, scale, most } of [
      { width: 360, scale: 2, most: 720 }, // a phone: (360 − 32) × 2 = 656 pixels wide
      { width: 1280, scale: 1, most: 736 }, // a desktop: the 736 px column
    ]) {
      const context = await served.browser.newContext({ viewport: { width, height: 740 }, deviceScaleFactor: scale });
      const page = await context.newPage();
      await page.goto(`${served.preview.url}${url}`);
      const picture = page.locator('.article__body img').first();
      await picture.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.article__body img')].every((img) => img.complete && img.naturalWidth > 0));
      const downloaded = await picture.evaluate((img: HTMLImageElement) => img.naturalWidth);
      expect(downloaded, `${width} px at ${scale}×`).toBeLessThanOrEqual(most);
      // Only the column's widths are offered, and the picture's own in place of wider ones (this
      // 1200 px picture: 1200, not 1440), never a file wider than the column needs at 2×:
      // Safari (every iPhone browser) takes the first file at least as dense as the screen, and
      // on a 393 px 3× iPhone the column needs 1083 px, more than 1080; with a camera's original
      // offered it would take that.
      const offered = await picture.evaluate((img: HTMLImageElement) => img.srcset.split(',').map((candidate) => Number(/(\d+)w$/.exec(candidate.trim())?.[1])));
      const widest = Math.max(...offered);
      expect(widest).toBeLessThanOrEqual(LARGEST_PICTURE_WIDTH);
      for (const offer of offered) expect([...COLUMN_PICTURE.widths.filter((column) => column < widest), widest]).toContain(offer);
      await context.close();
    }
  });

  test.each([
    ['the seed article', PAGES.article],
    ['an article opening with a label (【案情回顾】), below it', '/articles/2026/11/jieming-maifang-wenda/'],
  ])('%s: the dateline leads the first paragraph of story text, indented as it is, the text going on on its line', async (_, url) => {
    for (const width of [1280, 360]) {
      const context = await served.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${served.preview.url}${url}`);
      const drawn = await page.$eval('.dateline', (dateline) => {
        /** Where a character of a text node is drawn. */
        const box = (text: Node, at: number) => {
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + 1);
          return range.getBoundingClientRect();
        };
        const paragraph = dateline.parentElement!;
        const walker = document.createTreeWalker(dateline, NodeFilter.SHOW_TEXT);
        const first = box(walker.nextNode()!, 0);
        let last = walker.currentNode as Text;
        for (let text = walker.nextNode(); text; text = walker.nextNode()) last = text as Text;
        const end = box(last, last.length - 1);
        const story = box(dateline.nextSibling!, 0);
        const label = paragraph.previousElementSibling?.getBoundingClientRect();
        return {
          indent: first.left - paragraph.getBoundingClientRect().left,
          em: parseFloat(getComputedStyle(paragraph).fontSize),
          storyDown: Math.abs(story.top - end.top),
          storyAfter: story.left - end.right,
          belowLabel: label ? first.top >= label.bottom : true,
        };
      });
      expect(drawn.indent, `${width} px`).toBeCloseTo(2 * drawn.em, 0);
      expect(drawn.storyDown, `${width} px: the story goes on on the dateline’s line`).toBeLessThan(4);
      expect(drawn.storyAfter, `${width} px`).toBeGreaterThan(0);
      expect(drawn.storyAfter, `${width} px`).toBeLessThan(drawn.em);
      expect(drawn.belowLabel, `${width} px`).toBe(true);
      await context.close();
    }
  });

  test.each([
    ['a page’s 更新时间', '/pages/about/', '.article-meta'],
    ['an article’s 时间', PAGES.article, '.article-meta'],
  ])('%s is written as one phrase: the date straight after its label', async (_, url, selector) => {
    for (const width of [360, 1280]) {
      const context = await served.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${served.preview.url}${url}`);
      const gap = await page.$eval(selector, (meta) => {
        const time = meta.querySelector('time')!;
        const label = time.previousSibling!; // 时间： / 更新时间：
        const range = document.createRange();
        range.selectNodeContents(label);
        const labelBox = range.getBoundingClientRect();
        const timeBox = time.getBoundingClientRect();
        return { across: timeBox.left - labelBox.right, down: Math.abs(timeBox.top - labelBox.top) };
      });
      expect(gap.down, 'on the label’s line').toBeLessThan(4);
      expect(gap.across, 'no gap after the colon').toBeLessThan(2);
      await context.close();
    }
  });

  test('a title breaks at the space between its phrases, not inside one', async () => {
    const context = await served.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}/articles/2026/03/dongling-fayuan-xunhui-shenpan/`);
    const lines = async (selector: string) => (await drawnLines(page, selector))[0]!.lines;
    // Left to the browser, a phone broke them as 把法庭“搬”到村头 东 / 岭区法院巡回审判进乡村 and
    // 一年来巡回审理案件二百余件 旁听群众 / 逾五千人次.
    expect(await lines('.article__title')).toEqual(['把法庭“搬”到村头', '东岭区法院巡回审判进乡村']);
    expect(await lines('.article__subtitle')).toEqual(['一年来巡回审理案件二百余件', '旁听群众逾五千人次']);
    // Where the line is wide enough, the title is one line, its space kept.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await lines('.article__title')).toEqual(['把法庭“搬”到村头 东岭区法院巡回审判进乡村']);
    await context.close();
  });

  test('a date after a related title is never broken across lines', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    const broken: string[] = [];
    // A phone of each width broke one: 青川市建立社会组织信用积分管理制度 2025-03- / 27.
    for (const [width, url] of [
      [390, PAGES.article],
      [360, '/articles/2024/05/qingchuan-12345-rexian-gongdan/'],
    ] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${served.preview.url}${url}`);
      const dates = await page.$$eval('.related time', (times) =>
        times.map((time) => ({ text: time.textContent!, lines: new Set([...time.getClientRects()].map((rect) => Math.round(rect.top))).size })),
      );
      expect(dates.length, url).toBeGreaterThan(0);
      broken.push(...dates.filter((date) => date.lines > 1).map((date) => `${width}px ${url}: ${date.text}`));
    }
    expect(broken).toEqual([]);
    await context.close();
  });

  test('titles in listings and the 头条 break at their spaces too, wherever a phrase fits on a line', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    const torn: string[] = [];
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const url of ['/', '/sections/cases/']) {
        await page.goto(`${served.preview.url}${url}`);
        for (const { text, lines, charactersPerLine } of await drawnLines(page, '.article-card__title a, .headline__title a')) {
          const phrases = text.split(' ');
          // A line holds whole phrases, except the parts of one too long for any line.
          const fits = (phrase: string) => phrase.length <= charactersPerLine;
          const whole = lines.every((line) => line.split(' ').every((part) => phrases.includes(part) || phrases.some((p) => !fits(p) && p.includes(part))));
          if (lines.length > 1 && !whole) torn.push(`${width}px ${url}: ${lines.join(' / ')}`);
        }
      }
    }
    // Before, among others: 冒充“客服”诱导下载App共享屏幕 临河县警方破 / 获一起电信网络诈骗案.
    expect(torn).toEqual([]);
    await context.close();
  });

  test('a search result’s title breaks at its space too, its match still marked', async () => {
    const context = await served.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('巡回审判')}`);
    await page.waitForSelector('.search-result__title a');
    const titles = await drawnLines(page, '.search-result__title a');
    const title = titles.find(({ text }) => text === '把法庭“搬”到村头 东岭区法院巡回审判进乡村');
    // Drawn by the page's script, it broke as 把法庭“搬”到村头 东岭区法院巡 / 回审判进乡村.
    expect(title?.lines).toEqual(['把法庭“搬”到村头', '东岭区法院巡回审判进乡村']);
    expect(await page.$$eval('.search-result__title a mark', (marks) => marks.map((mark) => mark.textContent))).toContain('巡回审判');
    await context.close();
  });
});

/**
 * Each element's text as the lines it is drawn on, and about how many Chinese characters one
 * of its lines holds (its box's width over its font size).
 */
async function drawnLines(page: Page, selector: string): Promise<{ text: string; lines: string[]; charactersPerLine: number }[]> {
  return Promise.all(
    (await eachDrawn(page, selector)).map(async ({ element, characters }) => {
      const drawn: { top: number; text: string }[] = [];
      for (const { character, top } of characters) {
        const last = drawn.at(-1);
        if (last && Math.abs(top - last.top) < 4) last.text += character;
        else drawn.push({ top, text: character });
      }
      return {
        ...(await element.evaluate((found) => {
          const box = found.closest('h1, h2, h3, p')!;
          return { text: found.textContent!, charactersPerLine: Math.floor(box.clientWidth / parseFloat(getComputedStyle(box).fontSize)) };
        })),
        lines: drawn.map((line) => line.text.trim()),
      };
    }),
  );
}
