/**
 * Layout in Chromium, measured from the boxes drawn rather than compared as pictures, at the
 * widths readers use: phones of 320 to 375 px, a 1280 px desktop.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { previewInBrowser } from './support/browser.ts';

const served = previewInBrowser();

async function open(url: string, width: number, height = 800): Promise<Page> {
  const context = await served.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${served.preview.url}${url}`);
  return page;
}

const PHONES = [320, 360, 375];
/** Pages of the test site's paginated listings: of two pages, of three, a person's second. */
const PAGED = ['/sections/today/', '/sections/today/2/', '/tags/示例/', '/tags/示例/2/', '/tags/示例/3/', '/people/chen-shulan/2/'].map((url) => encodeURI(url));

/** The pager's items that are shown: their text, their boxes, and the size of the link in each. */
function pagerItems(page: Page) {
  return page.$$eval('.pagination li', (items) =>
    items
      .filter((item) => item.getClientRects().length > 0)
      .map((item) => {
        const { top, bottom, left, right } = item.getBoundingClientRect();
        const control = item.firstElementChild?.getBoundingClientRect();
        return { text: item.textContent!.trim(), top, bottom, left, right, width: control?.width ?? 0, height: control?.height ?? 0 };
      }),
  );
}

describe('the pager', () => {
  test.each(PHONES)('on a %s px phone is one line: 首页 上一页, the current page, 下一页 末页, each a target of 24 px and more', async (width) => {
    for (const url of PAGED) {
      const page = await open(url, width);
      const items = await pagerItems(page);
      const current = await page.$eval('.pagination [aria-current="page"]', (element) => element.textContent!.trim());
      expect(items.map((item) => item.text), url).toEqual(['首页', '上一页', current, '下一页', '末页']);
      expect(new Set(items.map((item) => Math.round(item.top))).size, `${width}px ${url}: one line`).toBe(1);
      const { right } = await page.$eval('.pagination ul', (list) => list.getBoundingClientRect());
      for (const item of items) {
        expect(item.right, `${width}px ${url}: ${item.text} inside the column`).toBeLessThanOrEqual(right + 0.5);
        expect(Math.min(item.width, item.height), `${width}px ${url}: ${item.text}`).toBeGreaterThanOrEqual(24);
      }
      await page.context().close();
    }
  });

  test.each([...PHONES, 480, 700, 800, 1024, 1280])('of any length stays one line at %s px', async (width) => {
    // Page 1000 of a long listing: its neighbours, and far pages and gaps as the component writes them.
    const page = await open(encodeURI('/tags/示例/2/'), width);
    await page.$eval('.pagination ul', (list) => {
      const current = list.querySelector('[aria-current]')!.parentElement!;
      const link = list.querySelector('.pagination__near')!;
      const number = (text: string, reach: string) => {
        const item = link.cloneNode(true) as HTMLElement;
        item.className = `pagination__${reach}`;
        item.firstElementChild!.textContent = text;
        return item;
      };
      const gap = () => Object.assign(document.createElement('li'), { className: 'pagination__gap pagination__far', textContent: '…' });
      current.firstElementChild!.textContent = '1000';
      for (const item of list.querySelectorAll('.pagination__near')) item.remove();
      current.before(number('1', 'far'), gap(), number('998', 'far'), number('999', 'near'));
      current.after(number('1001', 'near'), number('1002', 'far'), gap(), number('2000', 'far'));
    });
    const items = await pagerItems(page);
    expect(items.map((item) => item.text)).toContain('1000');
    expect(new Set(items.map((item) => Math.round(item.top))).size, items.map((item) => item.text).join(' ')).toBe(1);
    await page.context().close();
  });

  test('shows every number near the current one on a desktop', async () => {
    const page = await open(encodeURI('/tags/示例/2/'), 1280);
    expect((await pagerItems(page)).map((item) => item.text)).toEqual(['首页', '上一页', '1', '2', '3', '下一页', '末页']);
    await page.context().close();
  });

  test('on a phone, Tab goes through the links shown, each in view, and axe finds nothing', async () => {
    const page = await open('/sections/today/2/', 320);
    const shown = await page.$$eval('.pagination a', (links) => links.filter((link) => link.getClientRects().length > 0).map((link) => link.textContent!.trim()));
    expect(shown).toEqual(['首页', '上一页']);
    await page.focus('.pagination a');
    const reached = [await page.evaluate(() => document.activeElement!.textContent!.trim())];
    for (;;) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement!;
        const { left, right, width } = element.getBoundingClientRect();
        return { text: element.textContent!.trim(), inPager: !!element.closest('.pagination'), inView: width > 0 && left >= 0 && right <= innerWidth };
      });
      if (!focused.inPager) break;
      expect(focused.inView, focused.text).toBe(true);
      reached.push(focused.text);
    }
    expect(reached).toEqual(shown);
    const results = await new AxeBuilder({ page }).include('.pagination').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await page.context().close();
  });
});

describe('the footer', () => {
  test.each(['/tags/', '/pages/contact/', '/archive/2024/01/', '/search/', '/404.html'])('reaches the bottom of the window on a short page (%s), with no band under it', async (url) => {
    const page = await open(url, 1280, 900);
    const { bottom, scrolls } = await page.$eval('.site-footer', (footer) => ({
      bottom: footer.getBoundingClientRect().bottom,
      scrolls: document.documentElement.scrollHeight > innerHeight,
    }));
    expect(scrolls, 'the page is short enough to need no scrolling').toBe(false);
    expect(Math.abs(bottom - 900)).toBeLessThan(1);
    await page.context().close();
  });

  test('follows the page on paper, with no room held open above it', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${served.preview.url}/pages/contact/`);
    const room = await page.evaluate(() => {
      const footer = document.querySelector('.site-footer')!;
      return footer.getBoundingClientRect().top - document.querySelector('main')!.getBoundingClientRect().bottom - parseFloat(getComputedStyle(footer).marginTop);
    });
    expect(Math.abs(room)).toBeLessThan(1);
    await page.context().close();
  });
});

describe('a page (单页)', () => {
  test.each([360, 1280])('has a rule under its title at %s px, with or without 更新时间, at the same distance from its body', async (width) => {
    const measured = [];
    for (const url of ['/pages/about/', '/pages/contact/']) {
      const page = await open(url, width);
      measured.push(
        await page.evaluate(() => {
          const header = document.querySelector('.article__header')!;
          const ruled = [header, ...header.querySelectorAll('*')].filter((element) => {
            const style = getComputedStyle(element);
            return style.borderBottomStyle === 'solid' && parseFloat(style.borderBottomWidth) >= 1;
          });
          const rule = ruled.at(-1)?.getBoundingClientRect().bottom ?? NaN;
          const title = document.querySelector('h1')!.getBoundingClientRect().bottom;
          const body = document.querySelector('.article__body > *')!.getBoundingClientRect().top;
          return { url: location.pathname, belowTitle: rule > title, toBody: Math.round(body - rule) };
        }),
      );
      await page.context().close();
    }
    for (const { url, belowTitle } of measured) expect(belowTitle, url).toBe(true);
    expect(measured[1]!.toBody).toBe(measured[0]!.toBody);
  });
});

describe('line length', () => {
  /** Characters of its font a line of the element holds. */
  const measure = (page: Page, selector: string) =>
    page.$$eval(selector, (elements) => elements.map((element) => element.getBoundingClientRect().width / parseFloat(getComputedStyle(element).fontSize)));

  test.each(['/sections/today/', `/tags/${encodeURIComponent('民政')}/`, '/archive/2024/01/', '/people/lin-xiaoyu/'])(
    'a listing summary on a desktop (%s) runs 35 to 45 characters a line, its picture beside it',
    async (url) => {
      const page = await open(url, 1280);
      const lines = await measure(page, '.article-card__summary');
      expect(lines.length).toBeGreaterThan(0);
      for (const characters of lines) {
        expect(characters).toBeGreaterThanOrEqual(35);
        expect(characters).toBeLessThanOrEqual(45);
      }
      const apart = await page.$$eval('.article-card--thumb', (cards) =>
        cards.map((card) => card.querySelector('.article-card__thumb')!.getBoundingClientRect().left - card.querySelector('.article-card__summary')!.getBoundingClientRect().right),
      );
      for (const room of apart) expect(room).toBeLessThanOrEqual(32);
      await page.context().close();
    },
  );

  test('a search result’s excerpt on a desktop runs 35 to 45 characters a line, its picture beside it', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('社会组织')}`, 1280);
    await page.waitForSelector('.search-result__excerpt');
    const lines = await measure(page, '.search-result__excerpt');
    for (const characters of lines) {
      expect(characters).toBeGreaterThanOrEqual(35);
      expect(characters).toBeLessThanOrEqual(45);
    }
    const apart = await page.$$eval('.search-result:has(.search-result__image)', (results) =>
      results.map((result) => result.querySelector('.search-result__image')!.getBoundingClientRect().left - result.querySelector('.search-result__excerpt')!.getBoundingClientRect().right),
    );
    expect(apart.length).toBeGreaterThan(0);
    for (const room of apart) expect(room).toBeLessThanOrEqual(32);
    await page.context().close();
  });
});

describe('on a phone', () => {
  test.each(PHONES)('the search page keeps 关键词, its box and 搜索 on one line at %s px', async (width) => {
    const page = await open('/search/', width);
    const row = await page.$$eval('.search-page__query > *', (elements) =>
      elements.map((element) => {
        const { top, bottom, left, right } = element.getBoundingClientRect();
        return { name: element.tagName.toLowerCase(), top, bottom, left, right };
      }),
    );
    expect(row.map((item) => item.name)).toEqual(['label', 'input', 'button']);
    const [label, input, button] = row;
    for (const item of [label!, button!]) expect(item.top < input!.bottom && item.bottom > input!.top, `${item.name} beside the box`).toBe(true);
    expect(input!.right - input!.left, 'a box wide enough to type in').toBeGreaterThanOrEqual(120);
    expect(button!.right).toBeLessThanOrEqual(width);
    await page.context().close();
  });

  test('a related article’s date, when it goes to a line of its own, starts at the title’s left edge', async () => {
    const wrapped: number[] = [];
    for (const width of [320, 360, 375, 390]) {
      for (const url of ['/articles/2024/01/weifang-minzheng-shehui-zuzhi/', '/articles/2024/05/qingchuan-12345-rexian-gongdan/']) {
        const page = await open(url, width);
        const dates = await page.$$eval('.related li', (items) =>
          items.map((item) => {
            const title = [...item.querySelector('a')!.getClientRects()].at(-1)!;
            const date = item.querySelector('time')!.getBoundingClientRect();
            return { ownLine: date.top >= title.bottom - 2, indent: date.left - item.getBoundingClientRect().left };
          }),
        );
        for (const { ownLine, indent } of dates) if (ownLine) wrapped.push(indent);
        await page.context().close();
      }
    }
    expect(wrapped.length, 'some dates go to a line of their own').toBeGreaterThan(0);
    for (const indent of wrapped) expect(Math.abs(indent)).toBeLessThan(1);
  });
});
