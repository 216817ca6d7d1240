/**
 * In Chromium: nothing runs past the edge. On phones of 320 and 375 px (with text at 100% and
 * at 200%, as a reader who enlarges it sees them), a 1280 px desktop and on paper (A4 and A5),
 * no page scrolls sideways, no text is drawn outside its box, and no box
 * hides part of what it holds, except one a reader can scroll, with the keyboard too; on paper
 * none may. Every type of page the test site has is visited, once as the demo shows it and once
 * as it shows the fixture of extreme content (tests/fixtures/extreme-content: a 60-character
 * title, long addresses and numbers, a 20-column table, a code block, ten authors, 30 tags, a
 * very tall picture …), where the fixture appears on a page of that type.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { POLL, previewInBrowser } from './support/browser.ts';
import { textOutsideItsBox } from './support/drawn.ts';
import { SITE, builtFile, filesUnder } from './support/site.ts';

/** The fixture's article: every kind of content that could be wider than a phone. */
const EXTREME = '/articles/2023/12/jiduan-neirong/';
/** Words of its summary and no other article's, for the search page's results. */
const EXTREME_WORD = '六十个汉字';

/** Demo articles that each hold something the others do not: a table and a cover, a video, notes. */
const DEMO_ARTICLES = [
  '/articles/2025/01/qingchuan-2024-fazhi-gongzuo-huigu/',
  '/articles/2024/12/shipin-tiaojieyuan-yitian/',
  '/articles/2026/11/jieming-maifang-wenda/',
];

/** Widths, each with the text's size (the root's font-size, as a browser's text setting sets it). */
const SCREENS = [
  { width: 320, text: '100%' },
  { width: 375, text: '100%' },
  { width: 1280, text: '100%' },
  { width: 320, text: '200%' },
  { width: 375, text: '200%' },
];
/**
 * The text's width on paper, in CSS pixels: the sheet less the page's margins (16 mm each side,
 * global.css @page), as print.browser.test.ts measures it.
 */
const PAPERS = { A4: Math.round(((210 - 32) / 25.4) * 96), A5: Math.round(((148 - 32) / 25.4) * 96) };

/** Every page of the test site (not the old addresses' pages, which only send the reader on). */
const built = filesUnder(SITE)
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
  .map((url) => ({ url, html: readFileSync(builtFile(url), 'utf8') }))
  .filter(({ html }) => !html.includes('http-equiv="refresh"'));

/** A page's type, its route: /articles/2024/01/x/ is /articles/n/n/x/, /tags/示例/2/ is /tags/x/n/. */
const typeOf = (url: string) => url.replace(/\/[^/]+(?=\/)/g, (segment, at: number) => (at === 0 ? segment : /^\/\d+$/.test(segment) ? '/n' : '/x'));

/** For each type, its first page, and its first page showing the fixture, when one does. */
const chosen = new Set<string>([EXTREME, ...DEMO_ARTICLES]);
for (const type of new Set(built.map(({ url }) => typeOf(url)))) {
  const ofType = built.filter(({ url }) => typeOf(url) === type);
  chosen.add(ofType[0]!.url);
  const showing = ofType.find(({ html }) => html.includes(`href="${EXTREME}"`));
  if (showing) chosen.add(showing.url);
}
/** The search page is visited showing results, the fixture among them. */
const visit = (url: string) => (url === '/search/' ? `/search/?q=${encodeURIComponent(EXTREME_WORD)}` : encodeURI(url));

/**
 * Boxes that hide part of what they hold (overflow not visible, and more inside than shown),
 * each as `tag.class`. On a screen, a box the reader can scroll is allowed when the keyboard
 * reaches it: it takes focus itself and is named (a wide table's box), or holds links that
 * Tab brings into view (the phone's navigation, the ticker). On paper nothing scrolls. A
 * summary cut to three lines ends in an ellipsis; a visually hidden label is not drawn.
 */
function hiddenOverflow(paper: boolean): string[] {
  const hiding: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    if (element.getClientRects().length === 0 || element.classList.contains('visually-hidden') || style.webkitLineClamp !== 'none') continue;
    if (style.clipPath.startsWith('inset(50%')) continue;
    if (element.scrollWidth <= element.clientWidth + 1 && element.scrollHeight <= element.clientHeight + 1) continue;
    const scrolls = /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`);
    const named = element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby');
    const reached = (element as HTMLElement).tabIndex >= 0 ? named : element.querySelector('a[href], button, input, select, textarea, [tabindex="0"]') !== null;
    if (!paper && scrolls && reached) continue;
    hiding.push(`${element.localName}${[...element.classList].map((name) => `.${name}`).join('')} (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight})`);
  }
  return hiding;
}

/** What runs past the edge at the page's present width and media. */
async function overflow(page: Page, paper: boolean) {
  return {
    sideways: await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    outside: await page.$eval('body', textOutsideItsBox),
    hidden: await page.evaluate(hiddenOverflow, paper),
  };
}

const served = previewInBrowser();

test('the fixture of extreme content is on the test site, in its listings', () => {
  const urls = built.map(({ url }) => url);
  for (const url of [EXTREME, ...DEMO_ARTICLES]) expect(urls).toContain(url);
  // Its section's, its tags', its month's: the pages of those types visited show it.
  const listings = built.filter(({ url, html }) => url !== EXTREME && chosen.has(url) && html.includes(`href="${EXTREME}"`));
  expect(listings.map(({ url }) => typeOf(url))).toEqual(expect.arrayContaining(['/sections/x/', '/tags/x/', '/archive/n/n/']));
});

describe.each([...chosen].sort())('%s', (url) => {
  test('fits phones of 320 and 375 px (text at 100% and 200%), a 1280 px desktop, A4 and A5 paper', async () => {
    // Reduced motion: the ticker stands still, a row the reader scrolls, not a moving one it clips.
    const context = await served.browser.newContext({ viewport: { width: SCREENS[0]!.width, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${served.preview.url}${visit(url)}`);
    if (url === '/search/') await page.waitForSelector(`.search-result a[href^="${EXTREME}"]`, POLL);
    const found: Record<string, Awaited<ReturnType<typeof overflow>>> = {};
    for (const { width, text } of SCREENS) {
      await page.setViewportSize({ width, height: 800 });
      // A style attribute, which the Content-Security-Policy allows (a <style> it would refuse).
      await page.evaluate((size) => document.documentElement.style.setProperty('font-size', size), text);
      found[`${width} px, text at ${text}`] = await overflow(page, false);
    }
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    await page.emulateMedia({ media: 'print' });
    for (const [paper, width] of Object.entries(PAPERS)) {
      await page.setViewportSize({ width, height: 1100 });
      found[paper] = await overflow(page, true);
    }
    await context.close();
    for (const [where, { sideways, outside, hidden }] of Object.entries(found)) {
      expect.soft(sideways, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(0);
      expect.soft(outside, `${where}: text drawn outside its box`).toEqual([]);
      expect.soft(hidden, `${where}: boxes hiding what they hold`).toEqual([]);
    }
  });
});
