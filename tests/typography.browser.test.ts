/**
 * Chinese text as a reader sees it in Chromium: the sizes its headings are drawn at, measured
 * from where each character is drawn.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { previewInBrowser } from './support/browser.ts';
import { eachDrawn } from './support/drawn.ts';

const served = previewInBrowser();

async function open(url: string, width: number): Promise<Page> {
  const context = await served.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${served.preview.url}${url}`);
  return page;
}

const WIDTHS = [320, 375, 768, 1280];
/** Articles whose bodies have section headings (## in Markdown). */
const HEADED = ['/articles/2025/01/qingchuan-2024-fazhi-gongzuo-huigu/', '/articles/2026/06/xingzheng-zhifa-sanxiang-zhidu/'];

/** How wide a Han character of the first element `selector` finds is drawn: its font size. */
async function hanWidth(page: Page, selector: string): Promise<number> {
  const [first] = await eachDrawn(page, selector);
  const han = first!.characters.find(({ character }) => /\p{Script=Han}/u.test(character));
  return han!.width;
}

test.each(WIDTHS)('a section heading in an article body is drawn larger than its text and smaller than the title, at %s px', async (width) => {
  for (const url of HEADED) {
    const page = await open(url, width);
    const title = await hanWidth(page, '.article__title');
    const heading = await hanWidth(page, '.article__body h2');
    const text = await hanWidth(page, '.article__body p');
    expect(heading, `${url}: 小标题 ${heading} px, 标题 ${title} px`).toBeLessThan(title);
    expect(heading, `${url}: 小标题 ${heading} px, 正文 ${text} px`).toBeGreaterThan(text);
    await page.context().close();
  }
});
