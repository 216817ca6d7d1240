/**
 * In Chromium with print media: a printed article is the article, where it came from, and where
 * its links point; a printed page (单页) says where it came from too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { TEXT_SIZE_KEY } from '../src/lib/text-size.ts';
import site from '../src/site.config.ts';
import { POLL, previewInBrowser } from './support/browser.ts';
import { eachDrawn, notesApart } from './support/drawn.ts';

const SEED = '/articles/2024/01/weifang-minzheng-shehui-zuzhi/';
const WITH_LINK = '/articles/2025/01/qingchuan-2024-fazhi-gongzuo-huigu/';
/** The fixture of extreme content: attachments listed under 附件 (tests/fixtures/extreme-content). */
const EXTREME = '/articles/2023/12/jiduan-neirong/';
/** An article whose body refers to a note ([^1]). */
const NOTED = '/articles/2026/11/jieming-maifang-wenda/';

/** What a reader does not need on paper: navigation, search, lists of other articles. */
const NOT_ON_PAPER = ['.site-nav', '#site-search', '.breadcrumb', '.article__footer', '.site-footer nav'];
/** What a printed article must keep. */
const ON_PAPER = ['.site-name', '.article__title', '.article-meta', '.lede', '.article__body', '.editor-line', '.site-footer'];

/**
 * A4's width in CSS pixels (210 mm at 96 px an inch): the whole sheet, as Chromium lays a page
 * out when the print dialog's margins are set to 无 (none), wider than the article's column.
 */
const A4_WIDTH = Math.round((210 / 25.4) * 96);
/** The same sheet across (横向). */
const A4_ACROSS = Math.round((297 / 25.4) * 96);
/** The text's width on paper, in CSS pixels: the sheet less the page's margins (16 mm each side, global.css @page). */
const PAPERS = { A4: Math.round(((210 - 32) / 25.4) * 96), Letter: Math.round(((215.9 - 32) / 25.4) * 96) };

const served = previewInBrowser();

async function open(url: string, media: 'print' | 'screen'): Promise<Page> {
  const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ media });
  await page.goto(`${served.preview.url}${url}`);
  return page;
}

describe('a printed article', () => {
  test('keeps the masthead, the article and its bylines, and leaves out navigation, search and the lists after it', async () => {
    const page = await open(SEED, 'print');
    for (const selector of ON_PAPER) expect(await page.isVisible(selector), selector).toBe(true);
    for (const selector of NOT_ON_PAPER) expect(await page.isVisible(selector), selector).toBe(false);
    // Ink only: the red of the masthead and the bar would print grey or waste colour.
    expect(await page.$eval('.site-name', (element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)');
    await page.close();
  });

  test('prints the text at the site\'s size whatever 字号 the reader chose on screen', async () => {
    // The size a reader picked with 字号：大 中 小 is kept on the device and set on <html> before the
    // first paint; it suits their screen, not a sheet of paper, where 大 printed the text at 20 px.
    const bodySize = (page: Page) => page.$eval('.article__body p', (paragraph) => getComputedStyle(paragraph).fontSize);
    const page = await open(SEED, 'print');
    const printed = await bodySize(page);
    for (const size of ['large', 'small']) {
      await page.evaluate(([key, chosen]) => localStorage.setItem(key, chosen), [TEXT_SIZE_KEY, size] as const);
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBe(size);
      expect(await bodySize(page), size).toBe(printed);
      await page.emulateMedia({ media: 'screen' });
      expect(await bodySize(page), `${size} on screen`).not.toBe(printed);
      await page.emulateMedia({ media: 'print' });
    }
    await page.close();
  });

  test('says where it came from (本文链接), on paper only', async () => {
    const address = `本文链接：${new URL(SEED, site.url).href}`;
    const printed = await open(SEED, 'print');
    expect(await printed.isVisible('.printed-address')).toBe(true);
    expect(await printed.textContent('.printed-address')).toBe(address);
    // Opened from search results, the address on paper is still the article's own.
    await printed.goto(`${served.preview.url}${SEED}?highlight=${encodeURIComponent('民政')}`);
    expect(await printed.textContent('.printed-address')).toBe(address);
    await printed.close();
    const screen = await open(SEED, 'screen');
    expect(await screen.isVisible('.printed-address')).toBe(false);
    await screen.close();
  });

  test('shows where a link in the text points, after the linked words', async () => {
    const page = await open(WITH_LINK, 'print');
    const links = await page.$$eval('.article__body a[href^="http"]', (anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href'), after: getComputedStyle(anchor, '::after').content })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const { href, after } of links) expect(after).toBe(`"（${href}）"`);
    const onScreen = await open(WITH_LINK, 'screen');
    expect(await onScreen.$eval('.article__body a[href^="http"]', (anchor) => getComputedStyle(anchor, '::after').content)).toBe('none');
    await Promise.all([page.close(), onScreen.close()]);
  });

  test('says where an attachment is, inside its note, on paper only and within the text’s column', async () => {
    const page = await open(EXTREME, 'print');
    // A5 less the page margins, where the longest address has the least room.
    await page.setViewportSize({ width: 438, height: 900 });
    const notes = await page.$$eval('.article__body a[href^="/files/"]', (links) =>
      links.map((link) => {
        const note = link.nextElementSibling as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(note);
        const column = link.closest('.article__body')!.getBoundingClientRect();
        return { href: link.getAttribute('href')!, text: note.innerText, inColumn: [...range.getClientRects()].every((rect) => rect.left >= column.left - 0.5 && rect.right <= column.right + 0.5) };
      }),
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const { href, text, inColumn } of notes) {
      // The file's name as written, not percent-encoded, after its kind and size: （PDF，1 KB，https://…）.
      expect(text).toMatch(/^（\S+ KB，/);
      expect(text.endsWith(`，${decodeURI(new URL(href, site.url).href)}）`), `${href}: ${text}`).toBe(true);
      expect(inColumn, href).toBe(true);
    }
    const screen = await open(EXTREME, 'screen');
    const onScreen = await screen.$$eval('.article__body .file-note', (found) => found.map((note) => (note as HTMLElement).innerText));
    expect(onScreen.length).toBe(notes.length);
    for (const text of onScreen) expect(text).not.toContain('http');
    await Promise.all([page.close(), screen.close()]);
  });

  test('prints a video as its poster, without the player\'s controls', async () => {
    const page = await open('/articles/2024/12/shipin-tiaojieyuan-yitian/', 'print');
    const video = page.locator('.video video');
    // The poster is drawn once it has arrived: wait for it, so both pictures below show it.
    await video.evaluate(async (element: HTMLVideoElement) => {
      const poster = new Image();
      poster.src = element.poster;
      await poster.decode();
    });
    const printed = await video.screenshot();
    // The same poster with no controls at all, as the printed page should show it.
    await video.evaluate((element: HTMLVideoElement) => (element.controls = false));
    expect(printed.equals(await video.screenshot())).toBe(true);
    await page.close();
  });

  test('starts no line with a note’s number or the mark after it, on paper of widths from 320 to 800 px', async () => {
    const page = await open(NOTED, 'print');
    // Every third width: before the number was bound to the word before it, lines began with it
    // and its 。 at 340–347 px and at 663–687 px, A4 with the page's margins (673 px) among them.
    for (let width = 320; width <= 800; width += 3) {
      await page.setViewportSize({ width, height: 900 });
      const { notes, apart } = await notesApart(page, '.article__body > p');
      expect(notes).toBeGreaterThan(0);
      expect(apart, `${width} px`).toEqual([]);
    }
    await page.close();
  });

  test('keeps a table’s caption and header row with its first row, never alone at the foot of a sheet', async () => {
    // The fixture's HTML table has a caption; its Markdown tables, header rows. In a PDF of it printed
    // on A5 the caption stood alone at a sheet's foot, and on A4 the caption and header cells, the rows
    // on the next sheet; a sheet's breaks are not in the DOM, so the rule that keeps them is read.
    const page = await open(EXTREME, 'print');
    const breaks = await page.$$eval('.article__body :is(caption, thead)', (parts) => parts.map((part) => `${part.localName} ${getComputedStyle(part).breakAfter}`));
    expect(breaks).toContain('caption avoid');
    expect(breaks.filter((found) => found.startsWith('thead')).length).toBeGreaterThan(1);
    for (const found of breaks) expect(found).toMatch(/ avoid$/);
    await page.close();
  });

  test('fits a table to an A5 page, hiding none of its columns', async () => {
    const page = await open(WITH_LINK, 'print');
    // A5 less the page margins is 116 mm, 438 CSS pixels, narrower than this table laid out
    // on one line per cell. Paper cannot scroll sideways: what a scroll box hides is lost.
    await page.setViewportSize({ width: 438, height: 900 });
    const hidden = await page.$$eval('.table-scroll', (boxes) => boxes.map((box) => box.scrollWidth - box.clientWidth));
    expect(hidden.length).toBeGreaterThan(0);
    for (const overflow of hidden) expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  test.each([
    ['A4', PAPERS.A4],
    ['Letter', PAPERS.Letter],
  ])('keeps every amount of a six-column table whole on %s paper, within the sheet', async (_, width) => {
    // The fixture's judgment table: 赔偿义务人 and five columns of amounts (856,000.00 … 1,190,567.89).
    // Broken anywhere, they printed 856,000.0 / 0 and 1,190,567. / 89 on A4, the names' column taking the room.
    const page = await open(EXTREME, 'print');
    await page.setViewportSize({ width, height: 900 });
    const cells = await eachDrawn(page, '.article__body table:has(caption) td');
    const amounts = cells.map(({ characters }) => characters).filter((drawn) => /^[\d,.]+$/.test(drawn.map(({ character }) => character).join('').trim()));
    expect(amounts.length).toBeGreaterThanOrEqual(10);
    for (const drawn of amounts) {
      const text = drawn.map(({ character }) => character).join('');
      expect(new Set(drawn.map(({ top }) => Math.round(top))).size, `${text} on one line`).toBe(1);
    }
    const { table, body } = await page.$eval('.article__body table:has(caption)', (element) => ({
      table: element.getBoundingClientRect().right,
      body: element.closest('.article__body')!.getBoundingClientRect().right,
    }));
    expect(table).toBeLessThanOrEqual(body + 0.5);
    await page.close();
  });

  test.each([
    ['A4', PAPERS.A4],
    ['Letter', PAPERS.Letter],
  ])('prints a six-column table of names, ID numbers, accounts and amounts within the sheet on %s paper, its amounts whole', async (_, width) => {
    // An ID number (510822199003074510) and an account kept whole as if they were amounts made the table 739 px wide on A4's 673.
    const page = await open(EXTREME, 'print');
    await page.setViewportSize({ width, height: 900 });
    const table = '.article__body table:has(th:text-is("身份证号"))';
    const { right, body } = await page.$eval(table, (element) => ({
      right: element.getBoundingClientRect().right,
      body: element.closest('.article__body')!.getBoundingClientRect().right,
    }));
    expect(right).toBeLessThanOrEqual(body + 0.5);
    const amounts = (await eachDrawn(page, `${table} td`))
      .map(({ characters }) => characters)
      .filter((drawn) => /^[\d,]+\.\d\d$/.test(drawn.map(({ character }) => character).join('').trim()));
    expect(amounts.length).toBeGreaterThanOrEqual(4);
    for (const drawn of amounts) {
      const text = drawn.map(({ character }) => character).join('');
      expect(new Set(drawn.map(({ top }) => Math.round(top))).size, `${text} on one line`).toBe(1);
    }
    await page.close();
  });
});

describe.each([
  ['an article', SEED],
  ['a page (单页)', '/pages/contact/'],
])('本文链接 on %s', (_, url) => {
  test.each([
    ['upright', A4_WIDTH],
    ['across', A4_ACROSS],
  ])('stands in the text\'s column on A4 %s', async (_, width) => {
    const page = await open(url, 'print');
    await page.setViewportSize({ width, height: 1100 });
    const text = await page.$eval('.article__body', (body) => body.getBoundingClientRect());
    // The address's words, not its box: where the ink starts and ends.
    const address = await page.$eval('.printed-address', (element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getBoundingClientRect();
    });
    expect(text.left).toBeGreaterThan(0);
    expect(address.left).toBeCloseTo(text.left, 0);
    expect(address.right).toBeLessThanOrEqual(text.right + 0.5);
    await page.close();
  });
});

describe('a printed page (单页)', () => {
  test('says where it came from (本文链接), on paper only, as an article does', async () => {
    const url = '/pages/contact/';
    const printed = await open(url, 'print');
    expect(await printed.isVisible('.printed-address')).toBe(true);
    expect(await printed.textContent('.printed-address')).toBe(`本文链接：${new URL(url, site.url).href}`);
    await printed.close();
    const screen = await open(url, 'screen');
    expect(await screen.isVisible('.printed-address')).toBe(false);
    await screen.close();
  });
});

/** WCAG's contrast of a computed colour (`rgb(r, g, b)`) against white paper. */
function contrastOnPaper(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe('labels on paper', () => {
  // Chrome prints no backgrounds unless the reader asks for them: a label's white letters on
  // its colour came out as faint grey on white (在职 and 离职 in 人员查询, where a printout is
  // kept to check a reporter).
  test.each([
    ['在职 on a person\'s page', '/people/ma-yuanzheng/', '.person-status'],
    ['离职 in the directory', '/people/', '.person-status--left'],
    ['置顶 on the front page', '/', '.pin-label'],
  ])('%s can be read without its background', async (_, url, selector) => {
    const page = await open(url, 'print');
    const colors = await page.$$eval(selector, (labels) => labels.map((label) => getComputedStyle(label).color));
    expect(colors.length).toBeGreaterThan(0);
    for (const color of colors) expect(contrastOnPaper(color), color).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });
});

describe('lists on paper', () => {
  // A title at the foot of a sheet and its date or summary on the next one: each entry whole.
  test.each([
    ['a section', '/sections/law/', '.article-list > li'],
    ['the front page', '/', '.title-list > li'],
    ['search results', `/search/?q=${encodeURIComponent('社会组织')}`, '.search-results__list > li'],
    ['人员查询', '/people/', '.person-card'],
    ['every page\'s footer', '/sections/law/', '.site-footer'],
  ])('%s is not cut between two sheets', async (_, url, selector) => {
    const page = await open(url, 'print');
    await page.waitForSelector(selector, POLL);
    const breaks = await page.$$eval(selector, (items) => items.map((item) => getComputedStyle(item).breakInside));
    expect(breaks.length).toBeGreaterThan(0);
    for (const value of breaks) expect(value).toBe('avoid');
    await page.close();
  });
});

describe('search results on paper', () => {
  test('the count found is followed by how many are printed while 加载更多 has left some unloaded', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('法治')}`, 'screen');
    await page.waitForSelector('[data-search-more]:not([hidden])', POLL);
    const entries = () => page.locator('.search-results__list > li:visible').count();
    /** The numbers of the count's line as printed, and how many results are printed under it. */
    const onPaper = async () => {
      await page.emulateMedia({ media: 'print' });
      const numbers = ((await page.innerText('.search-status')).match(/\d+/g) ?? []).map(Number);
      const printed = await entries();
      await page.emulateMedia({ media: 'screen' });
      return { total: numbers[0], after: numbers.slice(1), printed };
    };
    // The first ten of more: the line names the ten printed after the total.
    const first = await onPaper();
    expect(first.printed).toBeGreaterThan(0);
    expect(first.total).toBeGreaterThan(first.printed);
    expect(first.after).toEqual([first.printed]);
    // On screen 加载更多 says there are more: the line is the count alone.
    expect((await page.innerText('.search-status')).match(/\d+/g)).toEqual([String(first.total)]);
    // Everything loaded: every number on the line is the count printed.
    while (await page.isVisible('[data-search-more]')) {
      const before = await entries();
      await page.click('[data-search-more]');
      await expect.poll(entries, POLL).toBeGreaterThan(before);
    }
    const all = await onPaper();
    expect(all.total).toBe(all.printed);
    for (const number of all.after) expect(number).toBe(all.printed);
    await page.close();
  });
});

describe('controls on paper', () => {
  // What only a screen can use is left off paper; what it says, when the reader filled it in, stays.
  test.each([
    ['a listing\'s RSS 订阅', '/sections/law/', '.listing-header__feed'],
    ['the search page\'s 搜索 button', `/search/?q=${encodeURIComponent('社会组织')}`, '#search-page button[type="submit"]'],
    ['人员查询\'s empty lookup box', '/people/', '.people-lookup'],
    ['404\'s 返回首页 or search (its box is not printed)', '/404.html', '.not-found__ways'],
    ['a note\'s ↩ back to where it is cited', NOTED, '.article__body .footnotes a[data-footnote-backref]'],
  ])('%s is on screen only', async (_, url, selector) => {
    const screen = await open(url, 'screen');
    await expect.poll(() => screen.isVisible(selector), POLL).toBe(true);
    const printed = await open(url, 'print');
    expect(await printed.isVisible(selector)).toBe(false);
    await Promise.all([screen.close(), printed.close()]);
  });

  test('a name typed into 人员查询 is printed with the cards it found', async () => {
    // Typed on screen, then printed, as a reader does.
    const page = await open('/people/', 'screen');
    await page.fill('#people-lookup-input', '郑浩波');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.people-lookup')).toBe(true);
    expect(await page.locator('.person-card:visible').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('the search page keeps the words searched for, the filters chosen and the order, not the filters left at 全部…', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('社会组织')}&section=${encodeURIComponent('今日资讯')}`, 'print');
    await page.waitForSelector('.search-results__list > li', POLL);
    expect(await page.isVisible('#search-query')).toBe(true);
    expect(await page.$eval('#search-section', (select: HTMLSelectElement) => select.value)).toBe('今日资讯');
    expect(await page.isVisible('#search-section')).toBe(true);
    expect(await page.isVisible('#search-sort')).toBe(true);
    // Four boxes reading 全部作者, 全部来源… printed as if they were choices.
    for (const left of ['#search-author', '#search-source', '#search-year']) expect(await page.isVisible(left), left).toBe(false);
    await page.close();
  });
});
