/**
 * In Chromium: 字号：大 中 小 on an article changes the size of its text, says which size is shown,
 * and keeps the choice for the next article, set before that page's first paint (by the line in
 * its <head>, allowed by the page's Content-Security-Policy); without JavaScript, and on paper,
 * there is no control.
 */
import { expect, test } from 'vitest';
import { previewInBrowser } from './support/browser.ts';

const SEED = '/articles/2024/01/weifang-minzheng-shehui-zuzhi/';
const OTHER = '/articles/2025/08/saohei-chue-anjian-xuanpan/';

const served = previewInBrowser();

/** The article text's size in px, and which of 大 中 小 say they are pressed. */
const shown = (page: import('playwright-core').Page) =>
  page.evaluate(() => ({
    size: getComputedStyle(document.querySelector('.article__body p')!).fontSize,
    pressed: [...document.querySelectorAll('.text-size button')].filter((button) => button.getAttribute('aria-pressed') === 'true').map((button) => button.textContent),
  }));

/** Which of 大 中 小 look pressed (drawn in the site's red with a border), whatever aria-pressed says. */
const looksPressed = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.text-size button')]
      .filter((button) => getComputedStyle(button).borderTopColor !== 'rgba(0, 0, 0, 0)')
      .map((button) => button.textContent),
  );

test('大, 中 and 小 change the article text, and the size chosen holds on the next article from its first paint', async () => {
  const context = await served.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.goto(`${served.preview.url}${SEED}`, { waitUntil: 'networkidle' });
  const group = page.getByRole('group', { name: '字号：' });
  expect(await group.isVisible()).toBe(true);
  expect(await group.getByRole('button').allTextContents()).toEqual(['大', '中', '小']);
  expect(await shown(page)).toEqual({ size: '17px', pressed: ['中'] });
  expect(await looksPressed(page)).toEqual(['中']);

  await group.getByRole('button', { name: '大' }).click();
  expect(await shown(page)).toEqual({ size: '20px', pressed: ['大'] });
  expect(await looksPressed(page)).toEqual(['大']);

  // The next article opens at 大, set by the line in <head> alone: with the page's modules taken
  // out, nothing else could set it, and the text is laid out at that size from the first paint,
  // 大 looking pressed from then too (it is drawn from <html>'s size: the page is written with 中
  // pressed, which showed until the module ran).
  await page.route(`**${OTHER}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${served.preview.url}${OTHER}`, { waitUntil: 'networkidle' });
  expect((await shown(page)).size).toBe('20px');
  expect(await looksPressed(page)).toEqual(['大']);
  await page.unroute(`**${OTHER}`);
  await page.goto(`${served.preview.url}${OTHER}`, { waitUntil: 'networkidle' });
  expect(await shown(page)).toEqual({ size: '20px', pressed: ['大'] });
  expect(await looksPressed(page)).toEqual(['大']);

  await group.getByRole('button', { name: '小' }).click();
  expect(await shown(page)).toEqual({ size: '15px', pressed: ['小'] });
  expect(await looksPressed(page)).toEqual(['小']);
  await group.getByRole('button', { name: '中' }).click();
  expect(await shown(page)).toEqual({ size: '17px', pressed: ['中'] });
  expect(await looksPressed(page)).toEqual(['中']);
  await page.goto(`${served.preview.url}${SEED}`, { waitUntil: 'networkidle' });
  expect(await shown(page)).toEqual({ size: '17px', pressed: ['中'] });
  expect(refused).toEqual([]);
  await context.close();
});

test('without JavaScript there is no 字号 control, and a printed article has none', async () => {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${served.preview.url}${SEED}`, { waitUntil: 'networkidle' });
  expect(await page.locator('.text-size').count()).toBe(1);
  expect(await page.locator('.text-size').isVisible()).toBe(false);
  await context.close();

  const scripted = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await scripted.goto(`${served.preview.url}${SEED}`, { waitUntil: 'networkidle' });
  expect(await scripted.locator('.text-size').isVisible()).toBe(true);
  await scripted.emulateMedia({ media: 'print' });
  expect(await scripted.locator('.text-size').isVisible()).toBe(false);
  await scripted.close();
});
