/**
 * In Chromium: a reader whose system asks for a dark theme gets dark pages with light text that
 * axe finds readable (contrast included) on every kind of page; the 微信 panel's QR code stays on
 * white, and paper stays black on white.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { POLL, previewInBrowser } from './support/browser.ts';

const SEED = '/articles/2024/01/weifang-minzheng-shehui-zuzhi/';

/** An article with a Markdown table (header cells and cells) and a cover picture. */
const TABLE = '/articles/2025/01/qingchuan-2024-fazhi-gongzuo-huigu/';
/** An article whose cover is a PNG, the kind of picture that may be transparent (a chart). */
const PNG_COVER = '/articles/2023/12/daxing-tupian/';

const served = previewInBrowser();

/** The relative luminance (WCAG) of the page's background and of its text. */
/** The contrast ratio (WCAG) of two computed colours, as Chromium writes them (rgb(…)). */
const contrast = (one: string, other: string) => {
  const of = (css: string) => {
    const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map((value) => Number(value) / 255) as [number, number, number];
    const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const [light, dark] = [of(one), of(other)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

const luminance = (page: Page) =>
  page.evaluate(() => {
    const of = (css: string) => {
      const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map((value) => Number(value) / 255) as [number, number, number];
      const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const body = getComputedStyle(document.body);
    return { background: of(body.backgroundColor), text: of(body.color) };
  });

test.each([
  ['/', 1280],
  ['/', 375],
  [SEED, 375],
  ['/articles/2025/08/saohei-chue-anjian-xuanpan/', 1280],
  ['/articles/2023/12/jiduan-neirong/', 375],
  // A table of figures, under a cover picture.
  [TABLE, 375],
  ['/sections/today/2/', 375],
  ['/people/', 375],
  [`/tags/${encodeURIComponent('民政')}/`, 375],
  ['/archive/2024/', 375],
  ['/topics/shehui-zuzhi/', 375],
  ['/search/', 375],
  // The words found, marked on yellow in the results, as in an article opened from them.
  [`/search/?q=${encodeURIComponent('诈骗')}`, 375],
  [`/articles/2025/10/ai-huanlian-zhapian/?highlight=${encodeURIComponent('诈骗')}`, 375],
  ['/404.html', 375],
])('%s at %i px is dark, with light text, when the reader asks for a dark theme, and axe finds nothing', async (url, width) => {
  const context = await served.browser.newContext({ viewport: { width, height: 800 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${served.preview.url}${url}`, { waitUntil: 'networkidle' });
  if (/[?&](q|highlight)=/.test(url)) await page.locator('main mark').first().waitFor(POLL);
  const { background, text } = await luminance(page);
  // Before, the page was white (luminance 1) with near-black text whatever the reader asked for.
  expect(background).toBeLessThan(0.02);
  expect(text).toBeGreaterThan(0.7);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await context.close();
});

test('in the dark theme the QR code is on white, a light theme stays white, and paper stays black on white', async () => {
  const context = await served.browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${served.preview.url}${SEED}`, { waitUntil: 'networkidle' });
  await page.locator('.share summary').click();
  expect(await page.locator('.share__qr').evaluate((panel) => getComputedStyle(panel).backgroundColor)).toBe('rgb(255, 255, 255)');

  await page.emulateMedia({ media: 'print' });
  expect(await luminance(page)).toEqual({ background: expect.any(Number), text: 0 });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toMatch(/^rgba\(0, 0, 0, 0\)$|^rgb\(255, 255, 255\)$/);

  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  expect(await luminance(page)).toEqual({ background: 1, text: expect.any(Number) });
  expect((await luminance(page)).text).toBeLessThan(0.05);
  await context.close();
});

test('in the dark theme a table\'s every border, every picture, a drawing and 返回顶部 read on the dark page', async () => {
  const context = await served.browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: 'dark' });
  const page = await context.newPage();
  const style = (selector: string, property: string) =>
    page.$$eval(selector, (elements, name) => elements.map((element) => getComputedStyle(element).getPropertyValue(name)), property);
  const paper = async () => (await style('body', 'background-color'))[0]!;

  // The header cells kept the light theme's #cfcfcf border, a bright grid line over the dark cells.
  await page.goto(`${served.preview.url}${TABLE}`, { waitUntil: 'networkidle' });
  const headers = await style('.article__body th', 'border-top-color');
  const cells = await style('.article__body td', 'border-top-color');
  expect(headers.length).toBeGreaterThan(0);
  expect(new Set([...headers, ...cells])).toEqual(new Set([cells[0]]));
  expect(cells[0]).not.toBe('rgb(207, 207, 207)');

  // 返回顶部's border drew its box at about 1.5:1 on the page; WCAG asks 3:1 of a control's edge.
  expect(contrast((await style('.back-to-top', 'border-top-color'))[0]!, await paper())).toBeGreaterThanOrEqual(3);

  // A picture is on white wherever it is shown, as a body's picture is: a transparent chart's black
  // lines were drawn on the near-black page as a cover, a card's or a search result's thumbnail.
  expect(await style('figure.cover img', 'background-color')).toEqual(['rgb(255, 255, 255)']);
  await page.goto(`${served.preview.url}${PNG_COVER}`, { waitUntil: 'networkidle' });
  expect(await style('figure.cover img', 'background-color')).toEqual(['rgb(255, 255, 255)']);
  // A drawing written into the body (<svg>) in currentColor is drawn in dark ink on its white, not
  // in the page's light text, which it was, and could not be seen.
  const drawing = await page.evaluate(() => {
    const body = document.querySelector('.article__body')!;
    body.insertAdjacentHTML('beforeend', '<svg width="40" height="20"><rect width="40" height="20" fill="currentColor"/></svg>');
    const svg = getComputedStyle(body.querySelector('svg')!);
    return { color: svg.color, background: svg.backgroundColor };
  });
  expect(drawing.background).toBe('rgb(255, 255, 255)');
  expect(contrast(drawing.color, drawing.background)).toBeGreaterThanOrEqual(4.5);
  await page.goto(`${served.preview.url}/sections/today/`, { waitUntil: 'networkidle' });
  const thumbnails = await style('.article-card__thumb', 'background-color');
  expect(thumbnails.length).toBeGreaterThan(0);
  expect(new Set(thumbnails)).toEqual(new Set(['rgb(255, 255, 255)']));
  await page.goto(`${served.preview.url}/search/?q=${encodeURIComponent('社会组织')}`, { waitUntil: 'networkidle' });
  await page.locator('.search-result__image').first().waitFor(POLL);
  expect(new Set(await style('.search-result__image', 'background-color'))).toEqual(new Set(['rgb(255, 255, 255)']));
  await context.close();
});
