/**
 * Layout in Chromium, measured from the boxes drawn rather than compared as pictures, at the
 * widths readers use: phones of 320 to 375 px, a 1280 px desktop.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { PHONE_IN_TEXT } from '../src/lib/phones.ts';
import { previewInBrowser } from './support/browser.ts';
import { eachDrawn, textOutsideItsBox, tornRuns } from './support/drawn.ts';
import { TEST_CONTENT } from './support/site.ts';

const served = previewInBrowser();

async function open(url: string, width: number, height = 800, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await served.browser.newContext({ viewport: { width, height }, ...options });
  const page = await context.newPage();
  await page.goto(`${served.preview.url}${url}`);
  return page;
}

const PHONES = [320, 360, 375];
/** Pages of the test site's paginated listings: of two pages, of three, a person's second. */
const PAGED = ['/sections/today/', '/sections/today/2/', '/tags/示例/', '/tags/示例/2/', '/tags/示例/3/', '/people/chen-shulan/2/', '/topics/shili-heji/', '/tags/page/2/'].map((url) => encodeURI(url));

/** The pager's items that are shown: their text, their boxes, and the size of the link in each. */
function pagerItems(page: Page) {
  return page.$$eval('.pagination li', (items) =>
    items
      .filter((item) => item.getClientRects().length > 0)
      .map((item) => {
        const { top, bottom, left, right } = item.getBoundingClientRect();
        const control = item.firstElementChild?.getBoundingClientRect();
        // The text shown: the current page's 第 N 页 is for screen readers only.
        const shown = item.cloneNode(true) as Element;
        for (const hidden of shown.querySelectorAll('.visually-hidden')) hidden.remove();
        return { text: shown.textContent!.trim(), top, bottom, left, right, width: control?.width ?? 0, height: control?.height ?? 0 };
      }),
  );
}

describe('the pager', () => {
  test.each(PHONES)('on a %s px phone is one line: 首页 上一页, the current page, 下一页 末页, each a target of 24 px and more', async (width) => {
    for (const url of PAGED) {
      const page = await open(url, width);
      const items = await pagerItems(page);
      const current = await page.$eval('.pagination [aria-current="page"] [aria-hidden="true"]', (element) => element.textContent!.trim());
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
  test.each(['/archive/2023/', '/pages/contact/', '/archive/2024/01/', '/search/', '/404.html'])('reaches the bottom of the window on a short page (%s), with no band under it', async (url) => {
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

  test('on a phone every related article’s date has a line of its own, at the title’s left edge', async () => {
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
        for (const { ownLine, indent } of dates) {
          expect(ownLine, `${url} at ${width} px`).toBe(true);
          wrapped.push(indent);
        }
        await page.context().close();
      }
    }
    expect(wrapped.length, 'related articles were measured').toBeGreaterThan(0);
    for (const indent of wrapped) expect(Math.abs(indent)).toBeLessThan(1);
  });
});

const SEED = '/articles/2024/01/weifang-minzheng-shehui-zuzhi/';
/** An article with 更正, and one with pictures and four tags: where 上一篇：, 下一篇： and 标签： stood alone on a 320 px line. */
const CORRECTED = '/articles/2025/08/saohei-chue-anjian-xuanpan/';
const PICTURES = '/articles/2026/03/dongling-fayuan-xunhui-shenpan/';

describe('a title that is a link', () => {
  /** Each linked title's underline as each of its phrases draws it (a phrase is an inline block: it draws its own), beside its link's. */
  const underlines = (page: Page, selector: string) =>
    page.$$eval(selector, (links) =>
      links.map((link) => ({
        title: link.textContent!.trim(),
        link: getComputedStyle(link).textDecorationLine,
        phrases: [...link.querySelectorAll('.phrase')].map((phrase) => getComputedStyle(phrase).textDecorationLine),
      })),
    );

  test('is underlined in every phrase where its list underlines links (相关文章, 上一篇/下一篇)', async () => {
    let phrases = 0;
    for (const url of [SEED, CORRECTED, PICTURES]) {
      const page = await open(url, 375);
      for (const { title, link, phrases: drawn } of await underlines(page, '.related li > a, .article-neighbours a')) {
        expect(link, title).toBe('underline');
        expect(drawn.filter((line) => line !== 'underline'), title).toEqual([]);
        phrases += drawn.length;
      }
      await page.context().close();
    }
    expect(phrases, 'some of these titles are of two phrases').toBeGreaterThan(0);
  });

  test('in a listing has no underline in any phrase, and one in every phrase on hover', async () => {
    const page = await open('/sections/cases/', 1280);
    const titles = await underlines(page, '.article-card__title a');
    const twoPhrases = titles.findIndex((title) => title.phrases.length > 1);
    expect(twoPhrases, 'a title of two phrases is listed').toBeGreaterThanOrEqual(0);
    for (const { title, link, phrases } of titles) expect([link, ...phrases], title).toEqual(Array(phrases.length + 1).fill('none'));
    await page.hover(`.article-list > li:nth-child(${twoPhrases + 1}) .article-card__title a`);
    const [hovered] = await underlines(page, '.article-card__title a:hover');
    expect([hovered!.link, ...hovered!.phrases]).toEqual(Array(hovered!.phrases.length + 1).fill('underline'));
    await page.context().close();
  });
});

describe('a label before what it names', () => {
  test.each([320, 375])('上一篇：, 下一篇： and 标签： are followed on their line by what they name at %s px', async (width) => {
    for (const url of [SEED, CORRECTED, PICTURES]) {
      const page = await open(url, width);
      const rows = await page.evaluate(() => {
        /** The top of the first character drawn in `element`. */
        const firstCharacterTop = (element: Element) => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            const at = text.textContent!.search(/\S/);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(text, at);
            range.setEnd(text, at + 1);
            return range.getBoundingClientRect().top;
          }
          return NaN;
        };
        const rows = [...document.querySelectorAll('.article-neighbours p'), document.querySelector('.article-tags')!];
        return rows.map((row) => {
          const label = row.firstElementChild!;
          return { label: label.textContent!, apart: Math.abs(firstCharacterTop(label) - firstCharacterTop(label.nextElementSibling!)) };
        });
      });
      expect(rows.map((row) => row.label)).toEqual(['上一篇：', '下一篇：', '标签：']);
      for (const { label, apart } of rows) expect(apart, `${url} ${label}`).toBeLessThan(4);
      await page.context().close();
    }
  });
});

test.each([320, 375])('所属专题： keeps its column: every line of the topics starts right of the label at %s px', async (width) => {
  const page = await open('/articles/2026/09/shipin-fanzha-xuanchuan/', width);
  const { labelRight, lines } = await page.$eval('.article-topics', (row) => {
    const [label, topics] = [...row.children];
    const range = document.createRange();
    range.selectNodeContents(topics!);
    return { labelRight: label!.getBoundingClientRect().right, lines: [...range.getClientRects()].map((rect) => rect.left) };
  });
  const rows = new Set(lines.map(Math.round));
  expect(lines.length, 'the topics were measured').toBeGreaterThan(0);
  for (const left of rows) expect(left, 'a line of the topics').toBeGreaterThanOrEqual(labelRight - 1);
  await page.context().close();
});

describe('the 滚动 ticker', () => {
  /** The ticker's box, where its label and first title start, the 头条's top, and whether the focused element is whole in the ticker's row. */
  const measure = (page: Page) =>
    page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const ticker = box('.ticker');
      const row = box('.ticker__viewport');
      const focused = document.activeElement!.getBoundingClientRect();
      return {
        ticker: { top: Math.round(ticker.top), height: Math.round(ticker.height) },
        labelFromTop: box('.ticker__label').top - ticker.top,
        headline: box('.front-top').top,
        focused: document.activeElement!.textContent!.trim(),
        inTicker: document.activeElement!.closest('.ticker__track') !== null,
        whole: focused.left >= row.left - 1 && focused.right <= row.right + 1 && focused.top >= row.top - 1 && focused.bottom <= row.bottom + 1,
      };
    });

  test.each([
    ['reduce', 320],
    ['reduce', 1280],
    ['no-preference', 320],
    ['no-preference', 1280],
  ] as const)('with %s motion at %s px is compact, its label at the top, and keeps its size while Tab brings each title whole into view', async (reducedMotion, width) => {
    const page = await open('/', width, 800, { reducedMotion });
    const still = await measure(page);
    expect(still.ticker.height, 'a row of titles, not a list of them').toBeLessThan(width < 640 ? 120 : 48);
    expect(still.headline, 'the 头条 on the first screen').toBeLessThan(400);
    expect(still.labelFromTop, '滚动 at the top').toBeLessThan(12);
    const titles = await page.$$eval('.ticker__track a', (links) => links.map((link) => link.textContent!.trim()));
    expect(titles.length).toBeGreaterThan(5);
    await page.focus('.ticker__track a');
    const reached = [];
    for (let i = 0; ; i++) {
      if (i > 0) await page.keyboard.press('Tab');
      const now = await measure(page);
      if (!now.inTicker) break;
      reached.push(now.focused);
      expect(now.ticker, `${now.focused}: the ticker kept its place and size`).toEqual(still.ticker);
      expect(now.whole, `${now.focused}: whole in view`).toBe(true);
    }
    expect(reached.slice(1)).toEqual(titles.slice(1));
    await page.context().close();
  });
});

describe('the header’s search box', () => {
  test.each([320, 360, 1280])('shows its whole placeholder at %s px, and its clear button once something is typed', async (width) => {
    const page = await open('/', width);
    const cdp = await page.context().newCDPSession(page);
    /** The width of the box's parts inside it (Chromium's own shadow tree), by their pseudo-element names. */
    const parts = async () => {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      type DomNode = { nodeName: string; backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
      const found = new Map<string, number>();
      const walk = async (node: DomNode, inside: boolean) => {
        const attributes = node.attributes ?? [];
        const pseudo = attributes.indexOf('pseudo');
        if (inside && pseudo >= 0) {
          const model = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId }).catch(() => undefined);
          found.set(attributes[pseudo + 1]!, model ? model.model.content[2]! - model.model.content[0]! : 0);
        }
        const isBox = node.nodeName === 'INPUT' && attributes.includes('site-search');
        for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) await walk(child, inside || isBox);
      };
      await walk(root as DomNode, false);
      return found;
    };
    const placeholder = await page.$eval('#site-search', (input: HTMLInputElement) => {
      const context = document.createElement('canvas').getContext('2d')!;
      const style = getComputedStyle(input);
      context.font = `${style.fontSize} ${style.fontFamily}`;
      return context.measureText(input.placeholder).width;
    });
    const empty = await parts();
    expect(empty.get('-webkit-input-placeholder'), 'the placeholder’s room').toBeGreaterThanOrEqual(placeholder);
    await page.fill('#site-search', '社会组织');
    expect((await parts()).get('-webkit-search-cancel-button'), 'the clear button').toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('at 200% text size (a 640 px window, its text twice as large)', () => {
  async function openLarge(url: string): Promise<Page> {
    const page = await open(url, 640, 900);
    // A style attribute, which the Content-Security-Policy allows (a <style> it would refuse).
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    return page;
  }

  test('a listing’s section link stays on its date’s line, below the title', async () => {
    let measured = 0;
    for (const url of ['/', `/tags/${encodeURIComponent('民政')}/`]) {
      const page = await openLarge(url);
      const cards = await page.$$eval('.article-card__meta:has(a)', (metas) =>
        metas.map((meta) => {
          /** Where the glyphs of `element` are drawn (its text's box, not its own). */
          const drawn = (element: Element) => {
            const range = document.createRange();
            range.selectNodeContents(element);
            return range.getBoundingClientRect();
          };
          const date = drawn(meta.querySelector('time')!);
          const section = drawn(meta.querySelector('a')!);
          return { text: meta.textContent!.trim(), apart: Math.abs(section.top - date.top), belowTitle: section.top - meta.previousElementSibling!.getBoundingClientRect().bottom };
        }),
      );
      for (const { text, apart, belowTitle } of cards) {
        // Its line height was 24 px whatever the text's size: at 26 px text it rose 11 px above the date, into the title's line.
        expect(apart, `${url} ${text}`).toBeLessThan(2);
        expect(belowTitle, `${url} ${text}`).toBeGreaterThanOrEqual(-1);
      }
      measured += cards.length;
      await page.context().close();
    }
    expect(measured, 'cards with a section link were measured').toBeGreaterThan(5);
  });

  test.each([
    [320, '200%'],
    [375, '200%'],
    [320, '100%'],
    [1280, '100%'],
  ])('the header’s search box keeps room for six characters at %i px with text at %s, on one row when they fit beside the label and button', async (width, size) => {
    const page = await open('/', width);
    await page.evaluate((fontSize) => document.documentElement.style.setProperty('font-size', fontSize), size);
    const form = await page.$eval('.site-header .search-form', (element) => {
      const box = (selector: string) => element.querySelector(selector)!.getBoundingClientRect();
      const input = element.querySelector('input')!;
      return {
        input: box('input').width,
        characters: parseFloat(getComputedStyle(input).fontSize) * 6,
        // Centred in their row: one off the box's middle by more than a few pixels is on another row.
        rows: 1 + ['label', 'button'].filter((selector) => Math.abs(box(selector).top + box(selector).height / 2 - (box('input').top + box('input').height / 2)) > 4).length,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    // At 320 px with text at 200% the box was 34 px wide, less than one character.
    expect(form.input).toBeGreaterThanOrEqual(form.characters - 1);
    if (size === '100%') expect(form.rows, 'one row at the usual text size').toBe(1);
    expect(form.overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  test.each(['/', '/404.html'])('the 搜索 button on %s keeps its word on one line', async (url) => {
    const page = await openLarge(url);
    const buttons = await page.$$eval('.search-form button', (found) =>
      found.map((button) => {
        const range = document.createRange();
        range.selectNodeContents(button);
        return { text: button.textContent!.trim(), lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size };
      }),
    );
    expect(buttons.length).toBeGreaterThan(0);
    // The box took the row and the button was squeezed to one character's width: 搜 / 索.
    for (const { text, lines } of buttons) expect(lines, text).toBe(1);
    await page.context().close();
  });
});

test.each([320, 375])('the breadcrumb’s 您当前的位置： is whole on one line at %i px with text at 200%', async (width) => {
  for (const url of ['/sections/today/2/', '/people/', '/tags/', '/articles/2024/01/weifang-minzheng-shehui-zuzhi/']) {
    const page = await open(url, width);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const lines = await page.$eval('.breadcrumb__lead', (lead) => {
      const range = document.createRange();
      range.selectNodeContents(lead);
      return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
    });
    // It broke 您当前的位 / 置： at 320 px.
    expect(lines, url).toBe(1);
    await page.context().close();
  }
});

test.each([
  [320, '100%'],
  [375, '100%'],
  [768, '100%'],
  [320, '200%'],
  [375, '200%'],
  [768, '200%'],
] as const)('a phone number is whole on one line at %i px with text at %s (联系我们, 人员查询, the footer)', async (width, size) => {
  for (const url of ['/pages/contact/', '/people/']) {
    const page = await open(url, width);
    await page.evaluate((fontSize) => document.documentElement.style.setProperty('font-size', fontSize), size);
    const { runs: numbers, torn } = await tornRuns(page, 'main p, .site-footer p', PHONE_IN_TEXT);
    // The page's own numbers and the footer's: 010- / 57027127 at 375 px, on 联系我们 and under 人员查询.
    expect(numbers, url).toBeGreaterThanOrEqual(2);
    expect(torn, url).toEqual([]);
    await page.context().close();
  }
});

test.each([
  [320, '100%'],
  [375, '100%'],
  [1280, '100%'],
  [375, '200%'],
  [768, '200%'],
] as const)('a credential number (证件号) is whole on one line at %i px with text at %s, on 人员查询 and a profile', async (width, size) => {
  for (const [url, selector] of [
    ['/people/', '.person-card__credential'],
    ['/people/chen-shulan/', '.person-profile__facts dd'],
  ] as const) {
    const page = await open(url, width);
    await page.evaluate((fontSize) => document.documentElement.style.setProperty('font-size', fontSize), size);
    // 记者证号 990120210001731, 工作证号 FZBD-2020-009: FZBD- / 2020-009 with text at 200% on a phone.
    const { runs: numbers, torn } = await tornRuns(page, selector, /[A-Z\d][A-Z\d-]{8,}/g);
    expect(numbers, url).toBeGreaterThan(0);
    expect(torn, url).toEqual([]);
    await page.context().close();
  }
});

test.each([
  [320, '200%'],
  [375, '200%'],
] as const)('a phone number in a heading, a nested list and a quotation stays within the column at %i px with text at %s', async (width, size) => {
  const page = await open('/articles/2023/12/jiduan-neirong/', width);
  await page.evaluate((fontSize) => document.documentElement.style.setProperty('font-size', fontSize), size);
  const numbers = await page.$$eval('.article__body .phone', (spans) =>
    spans.map((span) => {
      const column = span.closest('.article__body')!.getBoundingClientRect();
      const box = span.getBoundingClientRect();
      const where = span.closest('h2') ? 'h2' : span.closest('li li') ? 'li li' : span.closest('blockquote') ? 'blockquote' : span.closest('a') ? 'a' : 'p';
      return { where, text: span.textContent!, left: box.left, right: box.right, column: { left: column.left, right: column.right }, underline: getComputedStyle(span).textDecorationLine };
    }),
  );
  // Kept on one line (nowrap), 咨询电话：0839-12345678 in the heading ended at 349 px, the column at 273, and the page scrolled sideways.
  expect(numbers.map(({ where }) => where)).toEqual(expect.arrayContaining(['h2', 'li li', 'blockquote', 'a']));
  for (const { where, text, left, right, column } of numbers) {
    expect(left, `${where}: ${text}`).toBeGreaterThanOrEqual(column.left - 0.5);
    expect(right, `${where}: ${text}`).toBeLessThanOrEqual(column.right + 0.5);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // A number in a link keeps the link's underline, which does not reach into an inline block by itself.
  expect(numbers.find(({ where }) => where === 'a')!.underline).toBe('underline');
  await page.context().close();
});

const SIZES = [
  [320, '100%'],
  [1280, '100%'],
  [320, '200%'],
  [375, '200%'],
] as const;

test.each(SIZES)('更正: each note’s date is whole on one line at %i px with text at %s, and the notes stay in their box', async (width, size) => {
  // One note dated with its time, and two notes, one dated with the day alone.
  for (const url of ['/articles/2023/12/jiduan-neirong/', '/articles/2025/08/saohei-chue-anjian-xuanpan/']) {
    const page = await open(url, width);
    await page.evaluate((fontSize) => document.documentElement.style.setProperty('font-size', fontSize), size);
    expect(await page.$$eval('.corrections time', (found) => found.length), url).toBeGreaterThan(0);
    // At 320 px with text at 200%, beside the bullets, one was torn 2023-12- / 12.
    // A line may break only at the space between the day and the time of day (2026- / 02-13 was torn).
    expect((await tornRuns(page, '.corrections time', /\S+/g)).torn, url).toEqual([]);
    expect(await page.$eval('.corrections', textOutsideItsBox), url).toEqual([]);
    await page.context().close();
  }
});

test.each(SIZES)('时间 and 更新时间 under a title: the day and the time of day each whole at %i px with text at %s', async (width, size) => {
  // An article updated, a page (单页) with 更新时间, and an article not updated.
  for (const url of ['/articles/2026/02/qingchuan-wuye-guanli-tiaoli/', '/pages/about/', '/articles/2024/01/weifang-minzheng-shehui-zuzhi/']) {
    const page = await open(url, width);
    await page.evaluate((fontSize) => document.documentElement.style.setProperty('font-size', fontSize), size);
    expect(await page.$$eval('.article-meta time', (found) => found.length), url).toBeGreaterThan(0);
    // At 320 px with text at 200% the article's read 更新时间：2026- / 02-13 16:20:00.
    expect((await tornRuns(page, '.article-meta time', /\S+/g)).torn, url).toEqual([]);
    expect(await page.$eval('.article-meta', textOutsideItsBox), url).toEqual([]);
    await page.context().close();
  }
});

test.each([
  [320, '100%', true],
  [640, '200%', true],
  [320, '200%', false],
  [375, '200%', false],
])('the footer’s licence and 备案 numbers at %i px with text at %s: digits and 号 whole, each number whole where it fits (%s), centred, no overflow', async (width, size, fits) => {
  const page = await open('/', width);
  await page.evaluate((fontSize) => document.documentElement.style.setProperty('font-size', fontSize), size);
  const measured = await page.$$eval('.site-footer__number', (found) => {
    const lines = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    return found.map((number) => ({ text: number.textContent!.trim(), lines: lines(number), digits: [...number.querySelectorAll('.site-footer__digits')].map(lines) }));
  });
  // The licence, the ICP number and the 公安备案 number, each with its digits and 号.
  expect(measured.map(({ digits }) => digits.length)).toEqual([1, 1, 1]);
  for (const { text, lines, digits } of measured) {
    // At 640 px with text at 200% the licence ended …字第22754 / 号; at 320 px with text at 200% the 公安备案 number, …2007124 / 号.
    expect(digits, text).toEqual([1]);
    if (fits) expect(lines, text).toBe(1);
  }
  // Each line of the ICP and 公安备案 numbers is centred: a margin between them stood at the start of a wrapped second one.
  const offCentre = await page.$eval('.site-footer__records', (row) => {
    const box = row.getBoundingClientRect();
    const byLine = new Map<number, DOMRect[]>();
    for (const link of row.querySelectorAll('a')) for (const rect of link.getClientRects()) byLine.set(Math.round(rect.top), [...(byLine.get(Math.round(rect.top)) ?? []), rect]);
    return [...byLine.values()].map((rects) => Math.abs(Math.min(...rects.map((rect) => rect.left)) - box.left - (box.right - Math.max(...rects.map((rect) => rect.right)))));
  });
  for (const gap of offCentre) expect(gap).toBeLessThan(2);
  expect(await page.$eval('.site-footer', (footer) => footer.scrollWidth - footer.clientWidth)).toBeLessThanOrEqual(0);
  await page.context().close();
});

/** Where a name may go on to another line: after a 间隔号, at a Latin name's space or hyphen. */
const NAME_BREAK = /[·\s-]/u;

/**
 * Each name in the bylines, 电头 and 责任编辑 of `page` (its word joiners left out), with the
 * places it goes on to another line, each as the name's text before it and whether it is inside
 * a part wider than the line (a part between two places NAME_BREAK allows, which has to break
 * somewhere); and whether the whole name would fit on one line of the box it is set in.
 */
async function personNames(page: Page): Promise<{ name: string; breaks: { before: string; inPartWiderThanLine: boolean }[]; fits: boolean }[]> {
  return Promise.all(
    (await eachDrawn(page, '.person-name')).map(async ({ element, characters }) => {
      const { text, room } = await element.evaluate((name) => {
        let block = name.parentElement!;
        while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
        const style = getComputedStyle(block);
        return { text: name.textContent!, room: block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
      });
      // The widths of the name's parts, as drawn, and which part each character is in.
      const widths = [0];
      const partOf = characters.map(({ character, width }) => {
        widths[widths.length - 1]! += width;
        const part = widths.length - 1;
        if (NAME_BREAK.test(character)) widths.push(0);
        return part;
      });
      const breaks = characters.flatMap(({ top, offset }, at) =>
        at > 0 && Math.abs(top - characters[at - 1]!.top) >= 4 ? [{ before: text.slice(0, offset).replaceAll('\u2060', ''), inPartWiderThanLine: widths[partOf[at]!]! > room }] : [],
      );
      return { name: text.replaceAll('\u2060', ''), breaks, fits: widths.reduce((sum, width) => sum + width, 0) <= room };
    }),
  );
}

test.each([320, 360, 375])('a person’s name never breaks across lines at %s px (bylines, 电头, 责任编辑)', async (width) => {
  let names = 0;
  for (const url of [SEED, PICTURES, '/articles/2026/04/yufuka-paolu/', '/articles/2024/03/linhe-fayuan-jiashi-tiaojie/']) {
    const page = await open(url, width);
    const torn = (await personNames(page)).filter(({ breaks }) => breaks.length > 0).map(({ name }) => name);
    names += await page.$$eval('.dateline .person-name', (elements) => elements.length);
    expect(torn, url).toEqual([]);
    await page.context().close();
  }
  expect(names).toBeGreaterThan(3);
});

test.each([
  [320, '100%'],
  [320, '200%'],
  [375, '200%'],
  [1280, '200%'],
])('a name too long for its line breaks after a 间隔号 or at a Latin name’s space or hyphen, and stays in its box, at %s px with text at %s (bylines, 电头, 责任编辑)', async (width, size) => {
  // The fixture of extreme content: 阿卜杜热合曼·买买提明·艾力江 and Alexander Featherstonehaugh-Montgomery
  // in its 电头 and byline, among short names and 阿依古丽·买买提.
  const page = await open('/articles/2023/12/jiduan-neirong/', width);
  await page.evaluate((fontSize) => document.documentElement.style.setProperty('font-size', fontSize), size);
  const names = await personNames(page);
  expect(names.map(({ name }) => name)).toEqual(expect.arrayContaining(['阿卜杜热合曼·买买提明·艾力江', 'Alexander Featherstonehaugh-Montgomery', '阿依古丽·买买提', '林晓雨']));
  for (const { name, breaks, fits } of names) {
    // Kept on one line, a long name ran past the column: at 320 px in the 电头, with text at 200% in the byline too.
    for (const { before, inPartWiderThanLine } of breaks) {
      if (!inPartWiderThanLine) expect(before, `${name} breaks only after a 间隔号, a space or a hyphen`).toMatch(new RegExp(`${NAME_BREAK.source}$`, 'u'));
    }
    if (fits) expect(breaks, `${name} fits on its line: it is not broken`).toEqual([]);
  }
  if (width === 320) expect(names.some(({ breaks }) => breaks.length > 0), 'some name is too long for its line').toBe(true);
  for (const selector of ['.article__header', 'p:has(> .dateline)', '.editor-line']) {
    expect(await page.$eval(selector, textOutsideItsBox), `${selector} at ${width} px, text at ${size}`).toEqual([]);
  }
  // The 电头's ） stays after the last name: a name broken over lines took the whole line, and a line began with it.
  // Only where the word before it and the ） are wider than a line together must they part.
  const [dateline] = await eachDrawn(page, 'p:has(> .dateline)');
  const room = await dateline!.element.evaluate((paragraph) => paragraph.clientWidth);
  const drawn = dateline!.characters.filter(({ character, width }) => width > 0 && /\S/u.test(character));
  const opening = drawn.filter(({ character, top }, at) => at > 0 && Math.abs(top - drawn[at - 1]!.top) >= 4 && /[、。，：；！？）」』”’]/u.test(character));
  for (const mark of opening) {
    const before = drawn.slice(0, drawn.indexOf(mark));
    const word = before.slice(before.findLastIndex(({ character, top }) => NAME_BREAK.test(character) || top !== before.at(-1)!.top) + 1);
    const together = word.reduce((sum, { width }) => sum + width, mark.width);
    expect(together, `a line of the 电头 starts with ${mark.character} after ${word.map(({ character }) => character).join('')}`).toBeGreaterThan(room);
  }
  await page.context().close();
});

test('on a 320 px phone, Tab brings each section in the navigation whole into view, clear of the fade at its right edge', async () => {
  const page = await open('/', 320);
  const links = await page.$$eval('.site-nav a', (found) => found.map((link) => link.textContent!.trim()));
  await page.focus('.site-nav a');
  const hidden = [];
  for (let i = 0; i < links.length; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const link = document.activeElement!;
      const list = link.closest('ul')!;
      const box = link.getBoundingClientRect();
      const row = list.getBoundingClientRect();
      // The mask fades the last 2.5rem of the row.
      const fade = parseFloat(getComputedStyle(document.documentElement).fontSize) * 2.5;
      return { text: link.textContent!.trim(), clear: box.left >= row.left - 0.5 && box.right <= row.right - fade + 0.5 };
    });
    expect(seen.text).toBe(links[i]);
    if (!seen.clear) hidden.push(seen.text);
  }
  expect(hidden).toEqual([]);
  await page.context().close();
});

test.each([320, 1280])('links in small type (您当前的位置, 更多…, a card’s section, the footer) are targets of 24 px and more at %s px', async (width) => {
  const small: string[] = [];
  let measured = 0;
  for (const url of ['/', '/sections/today/2/', `/tags/${encodeURIComponent('示例')}/2/`, '/archive/2024/01/', '/people/lin-xiaoyu/']) {
    const page = await open(url, width);
    const links = await page.$$eval('.breadcrumb a, .more a, .article-card__meta a, .site-footer__links a, .site-footer__records a', (found) =>
      found.map((link) => {
        const { width: across, height } = link.getBoundingClientRect();
        return { text: link.textContent!.trim(), size: Math.min(across, height) };
      }),
    );
    // The breadcrumb's links and 更多… were 20 px tall, where a card's section and the footer's links had 24.
    small.push(...links.filter(({ size }) => size < 24).map(({ text, size }) => `${url} ${text}: ${size.toFixed(1)}`));
    measured += links.length;
    await page.context().close();
  }
  expect(measured).toBeGreaterThan(20);
  expect(small).toEqual([]);
});

test.each([1024, 1280])('the front page’s 更多… links line up along each row of section blocks at %s px', async (width) => {
  const page = await open('/', width);
  const blocks = await page.$$eval('.section-block', (found) =>
    found.map((block) => ({ top: Math.round(block.getBoundingClientRect().top), more: block.querySelector('.more')!.getBoundingClientRect().bottom })),
  );
  const rows = Map.groupBy(blocks, (block) => block.top);
  expect([...rows.values()].some((row) => row.length > 1)).toBe(true);
  for (const row of rows.values()) {
    const bottoms = row.map((block) => block.more);
    expect(Math.max(...bottoms) - Math.min(...bottoms)).toBeLessThan(1);
  }
  await page.context().close();
});

test.each([900, 1280])('a topic’s cover at %s px takes a file as wide as its band, as its sizes says', async (width) => {
  const page = await open('/topics/weichengnianren-baohu/', width);
  const cover = await page.$eval('.topic-header__cover', async (image: HTMLImageElement) => {
    await image.decode();
    const file = new Image();
    file.src = image.currentSrc;
    await file.decode();
    const offered = Math.max(...image.srcset.split(',').map((candidate) => parseInt(candidate.trim().split(/\s+/)[1]!, 10)));
    return { box: image.getBoundingClientRect().width, pixels: file.naturalWidth, offered };
  });
  // Its sizes said 1080px for a band 1120 px wide: a 1× desktop took the 1080 px file and enlarged it.
  expect(cover.pixels).toBeGreaterThanOrEqual(Math.min(cover.box, cover.offered));
  await page.context().close();
});

test.each([320, 375, 768, 1280])('an embedded player written 640 × 360 (a video site’s <iframe>) stays within the column at %s px, in its shape', async (width) => {
  const page = await open('/articles/2023/12/jiduan-neirong/', width);
  const { player, column } = await page.$eval('.article__body iframe', (frame) => ({
    player: frame.getBoundingClientRect().toJSON() as DOMRect,
    column: frame.closest('.article__body')!.getBoundingClientRect().toJSON() as DOMRect,
  }));
  expect(player.left).toBeGreaterThanOrEqual(column.left - 0.5);
  expect(player.right).toBeLessThanOrEqual(column.right + 0.5);
  // As wide as written where the column has room for it, as wide as the column where not.
  expect(player.width).toBeCloseTo(Math.min(640, column.width), 0);
  expect(player.height).toBeCloseTo((player.width * 360) / 640, 0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.context().close();
});

test.each([
  [375, 3],
  [768, 2],
  [900, 2],
  [1024, 1],
  [1280, 2],
])('the 头条’s picture at %s px on a %s× screen takes the smallest file of its srcset that has the pixels its box shows', async (width, density) => {
  const page = await open('/', width, 800, { deviceScaleFactor: density });
  const drawn = await page.$eval('.headline__image', async (image: HTMLImageElement) => {
    await image.decode();
    const offered = image.srcset.split(',').map((candidate) => {
      const [url, descriptor] = candidate.trim().split(/\s+/);
      return { url: new URL(url!, location.href).href, width: parseInt(descriptor!, 10) };
    });
    return { box: image.getBoundingClientRect().width, chosen: offered.find(({ url }) => url === image.currentSrc)?.width, offered: offered.map(({ width }) => width) };
  });
  const needed = drawn.box * density;
  const enough = drawn.offered.filter((offered) => offered >= needed);
  // Its sizes said 640px from 760 px on: a 768 px tablet at 2× drew it 418 px wide and took the 1200 px file.
  expect(drawn.chosen, `${drawn.box} px wide at ${density}×, offered ${drawn.offered.join(', ')}`).toBe(enough.length > 0 ? Math.min(...enough) : Math.max(...drawn.offered));
  await page.context().close();
});

test.each([2, 3])('a person’s photo on a %s× phone takes a file with the pixels its box shows, or the photo’s own', async (density) => {
  // The people with a photo (content/people/<id>.jpg beside <id>.yaml).
  const photos = readdirSync(path.join(TEST_CONTENT, 'people')).filter((file) => /\.(jpe?g|png|webp)$/i.test(file));
  expect(photos.length).toBeGreaterThan(0);
  for (const photo of photos) {
    const original = (await sharp(path.join(TEST_CONTENT, 'people', photo)).metadata()).width!;
    const page = await open(`/people/${photo.replace(/\.\w+$/, '')}/`, 375, 667, { deviceScaleFactor: density, isMobile: true });
    const drawn = await page.$eval('.person-profile__photo', async (image: HTMLImageElement) => {
      await image.decode();
      const file = new Image();
      file.src = image.currentSrc;
      await file.decode();
      return { box: image.getBoundingClientRect().width, pixels: file.naturalWidth };
    });
    // Made in 160 and 320 px only, a 3× phone drew the 320 px file 480 device pixels wide.
    expect(drawn.pixels, photo).toBeGreaterThanOrEqual(Math.min(drawn.box * density, original));
    await page.context().close();
  }
});

describe('a listing’s pictures', () => {
  test.each([320, 375, 1280])('at %s px on a 2× screen are made in the shape of their box, with pixels enough, and load lazily after the first', async (width) => {
    let pictures = 0;
    for (const url of ['/sections/today/', '/topics/', `/tags/${encodeURIComponent('示例')}/`]) {
      const page = await open(url, width, 800, { deviceScaleFactor: 2 });
      const lazy = await page.$$eval('.article-card__thumb', (images) => images.map((image) => image.getAttribute('loading')));
      expect(lazy.slice(1).filter((loading) => loading !== 'lazy'), url).toEqual([]);
      const drawn = await page.$$eval('.article-card__thumb', async (images) => {
        for (const image of images as HTMLImageElement[]) image.loading = 'eager';
        await Promise.all((images as HTMLImageElement[]).map((image) => image.decode()));
        return Promise.all(
          (images as HTMLImageElement[]).map(async (image) => {
            const { width: boxWidth, height: boxHeight } = image.getBoundingClientRect();
            // The file chosen, at its own size (naturalWidth divides it by the density chosen).
            const file = new Image();
            file.src = image.currentSrc;
            await file.decode();
            return { src: image.currentSrc, box: boxWidth / boxHeight, file: file.naturalWidth / file.naturalHeight, pixels: file.naturalWidth, needed: boxWidth * 2 };
          }),
        );
      });
      for (const picture of drawn) {
        expect(Math.abs(picture.file / picture.box - 1), `${url} ${picture.src}: the file’s shape is the box’s`).toBeLessThan(0.01);
        expect(picture.pixels, `${url} ${picture.src}`).toBeGreaterThanOrEqual(picture.needed);
      }
      pictures += drawn.length;
      await page.context().close();
    }
    expect(pictures).toBeGreaterThan(3);
  });

  test.each([639, 640])('at %s px on a 2× screen take the smallest file of their srcset with the pixels their box shows', async (width) => {
    const page = await open('/sections/today/', width, 800, { deviceScaleFactor: 2 });
    const drawn = await page.$eval('.article-card__thumb', async (image) => {
      await (image as HTMLImageElement).decode();
      const offered = (image as HTMLImageElement).srcset.split(',').map((candidate) => {
        const [url, descriptor] = candidate.trim().split(/\s+/);
        return { url: new URL(url!, location.href).href, width: parseInt(descriptor!, 10) };
      });
      return { box: image.getBoundingClientRect().width, chosen: offered.find(({ url }) => url === (image as HTMLImageElement).currentSrc)?.width, offered: offered.map(({ width }) => width) };
    });
    const enough = drawn.offered.filter((offered) => offered >= drawn.box * 2);
    // At 640 px the picture stands 240 px wide beside the text (min-width: 40rem in global.css), but its
    // sizes said the phone's column (max-width: 40rem) too: a 2× screen took the 1,200 px file for 480.
    expect(drawn.chosen, `${drawn.box} px wide, offered ${drawn.offered.join(', ')}`).toBe(enough.length > 0 ? Math.min(...enough) : Math.max(...drawn.offered));
    await page.context().close();
  });
});

test.each([320, 360, 375])('no line of an article body starts or ends with a 间隔号 at %s px', async (width) => {
  let dots = 0;
  for (const url of [SEED, '/articles/2024/03/sanyiwu-xiaofei-weiquan/']) {
    const page = await open(url, width);
    const [body] = await eachDrawn(page, '.article__body');
    // Every character drawn in the body, in order, with the top of its line.
    const drawn = body!.characters.filter(({ character, width }) => width > 0 && /\S/.test(character));
    const apart = drawn.flatMap(({ character, top }, i) => {
      if (character !== '·') return [];
      const around = [drawn[i - 1], drawn[i + 1]].filter((neighbour) => neighbour && Math.abs(neighbour.top - top) >= 4);
      return [{ context: drawn.slice(Math.max(0, i - 4), i + 5).map((each) => each.character).join(''), apart: around.length }];
    });
    dots += apart.length;
    expect(apart.filter((dot) => dot.apart > 0).map((dot) => dot.context), url).toEqual([]);
    await page.context().close();
  }
  expect(dots).toBeGreaterThan(1);
});
