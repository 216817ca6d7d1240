/**
 * In Chromium: a headline breaks only between words. Every demo article's title and subtitle,
 * on phones as narrow as 320 px (at 360 px with text at 200% too), on a desktop and on paper,
 * and the titles of listings, the 头条 and search results, are drawn and read back line by line
 * (where each character lands); a line may start only where Intl.Segmenter starts a word, and
 * no line runs wider than its box.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { POLL, previewInBrowser } from './support/browser.ts';
import { eachDrawn } from './support/drawn.ts';
import { all, page as htmlOf } from './support/html.ts';
import { titleWords } from '../src/lib/phrases.ts';
import { ROOT } from './support/site.ts';
import { readSources } from './support/sources.ts';

const served = previewInBrowser();
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The demo articles (content/, not the test fixtures) that the test site publishes. */
const articles = readSources(new Date(inject('buildNow')), path.join(ROOT, 'content')).filter((source) => source.published);

/** A4 less the print stylesheet's margins (16 mm each side): 178 mm, 673 CSS pixels. */
const A4_TEXT_WIDTH = 673;
/** Each with the text's size: the root's font-size, as a browser's text setting sets it. */
const WIDTHS = [
  { name: '320 px', width: 320, media: 'screen', text: '100%' },
  { name: '375 px', width: 375, media: 'screen', text: '100%' },
  { name: '1280 px', width: 1280, media: 'screen', text: '100%' },
  { name: '360 px with text at 200%', width: 360, media: 'screen', text: '200%' },
  { name: 'A4 paper', width: A4_TEXT_WIDTH, media: 'print', text: '100%' },
] as const;

interface Drawn {
  text: string;
  /** Where each line after the first starts, as offsets into `text` (its first character that is not a space). */
  starts: number[];
  lines: string[];
  /** How far the element's content runs past its box, in pixels (0 when it fits). */
  overflow: number;
}

/** Each element's text and the offsets where its lines start, read from where each character is drawn. */
async function drawn(page: Page, selector: string): Promise<Drawn[]> {
  return Promise.all(
    (await eachDrawn(page, selector)).map(async ({ element, characters }) => {
      const starts: number[] = [];
      let top: number | undefined;
      for (const character of characters) {
        if (/\s/.test(character.character)) continue;
        if (top !== undefined && Math.abs(character.top - top) >= 4) starts.push(character.offset);
        top = character.top;
      }
      const { text, overflow } = await element.evaluate((found) => {
        const box = found.closest('h1, h2, h3, p, li')!;
        return { text: found.textContent!, overflow: Math.max(0, box.scrollWidth - box.clientWidth) };
      });
      const lines = [0, ...starts].map((start, i) => text.slice(start, starts[i]).trim());
      return { text, starts, lines, overflow };
    }),
  );
}

/** Where Intl.Segmenter starts a word (or a space, or a mark) in `text`. */
const wordStarts = (text: string) => new Set([...segmenter.segment(text)].map((segment) => segment.index));

/** The lines of each element that start inside a word, as `line / line` with the torn word named; none when all is well. */
function tornWords(elements: Drawn[], where: string): string[] {
  return elements.flatMap(({ text, starts, lines }) => {
    const words = wordStarts(text);
    const torn = starts.filter((start) => !words.has(start));
    return torn.length > 0 ? [`${where}: ${lines.join(' / ')}`] : [];
  });
}

/** Each demo article's title and subtitle as its built page has them (the markup the site serves). */
const headlines = articles.map((article) => {
  const built = htmlOf(`/articles/${article.id}/`);
  return { id: article.id, title: article.title, html: all(built, '.article__title, .article__subtitle').map((element) => element.outerHTML).join('') };
});

describe.each(WIDTHS)('at $name', ({ width, media, text }) => {
  test(`every demo article's title and subtitle break between words, and fit`, async () => {
    expect(headlines.length).toBeGreaterThanOrEqual(40);
    const page = await served.browser.newPage({ viewport: { width, height: 800 } });
    await page.emulateMedia({ media });
    // One article page, its title and subtitle replaced by each article's in turn: the same
    // stylesheet and header as on every article's page, without 49 page loads at each width.
    await page.goto(`${served.preview.url}/articles/${headlines[0]!.id}/`);
    // A style attribute, which the Content-Security-Policy allows (a <style> it would refuse).
    await page.evaluate((size) => document.documentElement.style.setProperty('font-size', size), text);
    const torn: string[] = [];
    const overflowing: string[] = [];
    let broken = 0;
    for (const { id, title, html } of headlines) {
      await page.$eval(
        '.article__header',
        (header, markup) => {
          for (const old of header.querySelectorAll('.article__title, .article__subtitle')) old.remove();
          header.querySelector('.article-meta')!.insertAdjacentHTML('beforebegin', markup);
        },
        html,
      );
      const titles = await drawn(page, '.article__title, .article__subtitle');
      expect(titles[0]?.text.replace(/\s+/g, ' '), id).toBe(title.trim().replace(/\s+/g, ' '));
      torn.push(...tornWords(titles, id));
      overflowing.push(...titles.filter((drawnTitle) => drawnTitle.overflow > 0).map((drawnTitle) => `${id}: ${drawnTitle.text} (${drawnTitle.overflow} px)`));
      broken += titles.filter((drawnTitle) => drawnTitle.starts.length > 0).length;
      // (Paper does not scroll: there only the titles are measured.)
      const sideways = media === 'screen' ? await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth) : 0;
      if (sideways > 0) overflowing.push(`${id}: the page scrolls sideways by ${sideways} px`);
    }
    expect(torn).toEqual([]);
    expect(overflowing).toEqual([]);
    // Titles do break across lines at every width (on a phone, most): the test reads real line breaks.
    expect(broken).toBeGreaterThan(width < 640 ? headlines.length / 2 : 0);
    await page.close();
  });
});

describe.each(WIDTHS.filter(({ media, text }) => media === 'screen' && text === '100%'))('at $name', ({ width }) => {
  test('titles in listings, the 头条, the 滚动 ticker, topics, related articles and 上一篇/下一篇 break between words', async () => {
    const page = await served.browser.newPage({ viewport: { width, height: 800 } });
    const torn: string[] = [];
    let read = 0;
    const articlePages = articles.slice(0, 6).map((article) => `/articles/${article.id}/`);
    for (const url of ['/', '/sections/cases/', '/sections/today/', '/topics/', '/archive/2025/12/', ...articlePages]) {
      await page.goto(`${served.preview.url}${url}`);
      const titles = await drawn(page, '.article-card__title a, .headline__title a, .headline__subtitle, .related li > a, .article-neighbours a, .ticker__track a');
      read += titles.length;
      torn.push(...tornWords(titles, url));
      expect(titles.filter((title) => title.overflow > 0).map((title) => title.text), url).toEqual([]);
    }
    expect(read).toBeGreaterThan(50);
    expect(torn).toEqual([]);
    await page.close();
  });

  test('titles in listings, the 头条, related articles and 上一篇/下一篇 do not end on a lone word of one or two characters', async () => {
    const page = await served.browser.newPage({ viewport: { width, height: 800 } });
    const alone: string[] = [];
    let wrapped = 0;
    const urls = ['/', '/sections/today/', '/sections/law/', `/tags/${encodeURIComponent('示例')}/`, '/articles/2024/01/weifang-minzheng-shehui-zuzhi/'];
    for (const url of urls) {
      await page.goto(`${served.preview.url}${url}`);
      // (Not the 滚动 ticker: a row that moves.)
      for (const { lines } of await drawn(page, '.article-card__title a, .headline__title a, .headline__subtitle, .related li > a, .article-neighbours a')) {
        if (lines.length < 2) continue;
        wrapped++;
        // 今日表决 / 通过: the last line one word of one or two characters (punctuation aside).
        if (lines.at(-1)!.replace(/[^\p{L}\p{N}]/gu, '').length <= 2) alone.push(`${url}: ${lines.join(' / ')}`);
      }
    }
    expect(wrapped, 'titles that wrap were read').toBeGreaterThan(10);
    expect(alone).toEqual([]);
    await page.close();
  });
});

test.each([320, 375])('at %i px with text at 200%, an article’s tags, 所属专题 and 上一篇/下一篇 break between words', async (width) => {
  const page = await served.browser.newPage({ viewport: { width, height: 800 } });
  const torn: string[] = [];
  let read = 0;
  // Articles with tags of four characters and more (社会组织), a topic, and a title with a number and its unit (2023年度) next to them.
  for (const id of ['2024/01/weifang-minzheng-shehui-zuzhi', '2024/02/qingchuan-shehui-zuzhi-nianjian', '2024/03/sanyiwu-xiaofei-weiquan']) {
    await page.goto(`${served.preview.url}/articles/${id}/`);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    // Squeezed beside 标签： and 下一篇：, four characters wide, a tag and a title were torn: 社会组 / 织, 2023年 / 度社会.
    const labelled = await drawn(page, '.article-tags a, .article-topics a, .article-neighbours a');
    read += labelled.length;
    torn.push(...tornWords(labelled, id));
  }
  expect(read).toBeGreaterThan(8);
  expect(torn).toEqual([]);
  await page.close();
});

test('a search result’s title breaks between words on a 320 px phone, its match marked whole', async () => {
  const page = await served.browser.newPage({ viewport: { width: 320, height: 800 } });
  await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社会组织')}`);
  await page.waitForSelector('.search-result__title a', POLL);
  const titles = await drawn(page, '.search-result__title a');
  expect(titles.length).toBeGreaterThan(3);
  expect(titles.filter((title) => title.starts.length > 0).length).toBeGreaterThan(0);
  expect(tornWords(titles, 'search')).toEqual([]);
  // 社会组织 is two words (社会, 组织), a <wbr> between them, and one match.
  const marks = await page.$$eval('.search-result__title mark', (found) => found.map((mark) => ({ text: mark.textContent, breaks: mark.querySelectorAll('wbr').length })));
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark).toEqual({ text: '社会组织', breaks: 1 });
  await page.close();
});

test('an article opened from search marks its words in the title across the breaks between them, which stay', async () => {
  const page = await served.browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${served.preview.url}/articles/2024/01/weifang-minzheng-shehui-zuzhi/?highlight=${encodeURIComponent('提升社会组织')}`);
  await page.waitForSelector('.article__title mark', POLL);
  const title = await page.$eval('.article__title', (h1) => ({
    marks: [...h1.querySelectorAll('mark')].map((mark) => mark.textContent),
    breaks: h1.querySelectorAll('wbr').length,
    text: h1.textContent,
  }));
  expect(title).toEqual({ marks: ['提升社会组织'], breaks: 8, text: '潍坊市民政局多措并举提升社会组织服务平台效能' });
  await page.close();
});

test.each([
  ['a long Latin run', '青川市发布Supercalifragilisticexpialidocious-Antidisestablishmentarianism专项通知'],
  ['a long number', '青川市12345678901234567890123456789012345678901234567890号通知'],
  ['a long address', '青川市启用https://www.example.gov.cn/qingchuan/zhengwu/tongzhi/2026/index.html'],
])('a title with %s still breaks on a 320 px phone, and fits', async (_, title) => {
  const page = await served.browser.newPage({ viewport: { width: 320, height: 800 } });
  await page.goto(`${served.preview.url}/articles/${headlines[0]!.id}/`);
  // The markup TitlePhrases gives a title of one phrase: its words, a <wbr> between two.
  const markup = `<h1 class="article__title"><span class="words">${titleWords(title).join('<wbr>')}</span></h1>`;
  await page.$eval('.article__title', (h1, html) => (h1.outerHTML = html), markup);
  const [drawnTitle] = await drawn(page, '.article__title');
  expect(drawnTitle!.text).toBe(title);
  expect(drawnTitle!.starts.length).toBeGreaterThan(0);
  expect(drawnTitle!.overflow).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.close();
});
