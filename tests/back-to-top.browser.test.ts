/**
 * In Chromium: 返回顶部 shows at the window's lower right once a long page has scrolled a screen,
 * and leads back to the top with the next Tab at 跳到正文; a page that does not scroll a screen
 * never shows it, and paper never does.
 */
import { expect, test } from 'vitest';
import { POLL, previewInBrowser } from './support/browser.ts';

const SEED = '/articles/2024/01/weifang-minzheng-shehui-zuzhi/';

const served = previewInBrowser();

test.each([
  [360, 800],
  [1280, 800],
])('on the seed article at %i px, 返回顶部 appears once the page has scrolled a screen and leads back to the top', async (width, height) => {
  const page = await served.browser.newPage({ viewport: { width, height } });
  await page.goto(`${served.preview.url}${SEED}`, { waitUntil: 'networkidle' });
  // Hidden, the link is out of the accessibility tree, where getByRole looks.
  const link = page.locator('a[href="#top"]');
  expect(await link.allTextContents()).toEqual(['返回顶部']);
  // On the first screen, and half a screen down, the reader is near the top: nothing to show.
  expect(await link.isVisible()).toBe(false);
  await page.evaluate((y) => window.scrollTo(0, y), height / 2);
  expect(await link.isVisible()).toBe(false);

  await page.evaluate((y) => window.scrollTo(0, y), height * 2);
  await expect.poll(() => link.isVisible(), POLL).toBe(true);
  // Whole in the window's lower right corner, over the text.
  const box = (await link.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.x).toBeGreaterThan(width / 2);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
  expect(box.y).toBeGreaterThan(height * 0.8);

  await link.click();
  await expect.poll(() => page.evaluate(() => window.scrollY), POLL).toBe(0);
  expect(await link.isVisible()).toBe(false);
  // The keyboard starts again where a page just opened starts.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
  await page.close();
});

test('a page that does not scroll a screen never shows 返回顶部, and a printed page does not either', async () => {
  const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${served.preview.url}/pages/contact/`, { waitUntil: 'networkidle' });
  const scrolls = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(scrolls).toBeLessThan(800);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.locator('a[href="#top"]').allTextContents()).toEqual(['返回顶部']);
  expect(await page.locator('a[href="#top"]').isVisible()).toBe(false);

  await page.goto(`${served.preview.url}${SEED}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, 2000));
  await expect.poll(() => page.getByRole('link', { name: '返回顶部' }).isVisible(), POLL).toBe(true);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('a[href="#top"]').evaluate((element) => getComputedStyle(element).display)).toBe('none');
  await page.close();
});
