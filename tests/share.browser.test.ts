/**
 * In Chromium: 分享到微信 fetches its QR code only when the reader opens it, by mouse or keyboard;
 * on a phone its code opens without moving the share tools or running past the screen.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { POLL, previewInBrowser } from './support/browser.ts';

const SEED = '/articles/2024/01/weifang-minzheng-shehui-zuzhi/';

const served = previewInBrowser();

test('the QR code is not downloaded with the page; opening 微信 with the keyboard shows it', async () => {
  const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(`${served.preview.url}${SEED}`, { waitUntil: 'networkidle' });
  await page.locator('.share').scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  const qr = `${SEED}qr.png`;
  expect(asked).not.toContain(qr);
  expect(await page.isVisible('.share__qr img')).toBe(false);

  const loaded = page.waitForResponse((response) => new URL(response.url()).pathname === qr, POLL);
  await page.focus('.share summary');
  await page.keyboard.press('Enter');
  expect((await loaded).status()).toBe(200);
  await page.waitForFunction(() => document.querySelector<HTMLImageElement>('.share__qr img')?.naturalWidth! > 0, undefined, POLL);
  expect(await page.isVisible('.share__qr img')).toBe(true);
  // On a desktop the panel opens under 微信 itself, not at the row's start.
  const summary = (await page.locator('.share summary').boundingBox())!;
  const panel = (await page.locator('.share__qr').boundingBox())!;
  expect(Math.abs(panel.x - summary.x)).toBeLessThan(2);
  expect(panel.y).toBeGreaterThanOrEqual(summary.y + summary.height);
  // The code at its own size, its words beside no narrower a box than it.
  expect((await page.locator('.share__qr img').boundingBox())!.width).toBe(148);
  expect((await page.locator('.share__qr p').boundingBox())!.width).toBeGreaterThanOrEqual(148);
  // As drawn on the screen (one pixel a module, scaled up 3.6 times), in black and white only, no
  // grey edges of smoothing, and read by a QR decoder as the article's address.
  const shot = await sharp(await page.locator('.share__qr img').screenshot()).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const grey = shot.data.filter((value, i) => i % 4 !== 3 && value > 40 && value < 215).length;
  expect(grey).toBe(0);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(jsQR(new Uint8ClampedArray(shot.data), shot.info.width, shot.info.height)?.data).toBe(canonical);
  await page.close();
});

test.each([375, 320])('on a phone %i px wide, opening 微信 moves none of the share tools, and its code stays on the screen', async (width) => {
  const page = await served.browser.newPage({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
  await page.goto(`${served.preview.url}${SEED}`, { waitUntil: 'networkidle' });
  await page.locator('.share').scrollIntoViewIfNeeded();
  /** Where, on the page, the row is, each of its tools, what follows it and the code's panel; and how wide the page is. */
  const layout = () =>
    page.evaluate(() => {
      const box = (element: Element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y: y + window.scrollY, width, height };
      };
      const share = document.querySelector('.share')!;
      return {
        row: box(share),
        tools: [...share.querySelectorAll(':scope > span, :scope > a, summary')].map((tool) => ({ text: tool.textContent, ...box(tool) })),
        next: box(share.nextElementSibling!),
        panel: box(share.querySelector('.share__qr')!),
        screen: document.documentElement.clientWidth,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
  expect(await page.isVisible('.share__qr img')).toBe(false);
  const { panel: _, ...before } = await layout();
  expect(before.tools.map((tool) => tool.text)).toEqual(['分享到：', '微博', 'QQ空间', '微信']);
  // All four on one line to begin with: the test is about opening 微信, not about a row that wraps.
  expect(new Set(before.tools.map((tool) => tool.y)).size).toBe(1);

  await page.tap('.share summary');
  await page.waitForFunction(() => document.querySelector<HTMLImageElement>('.share__qr img')?.naturalWidth! > 0, undefined, POLL);
  expect(await page.isVisible('.share__qr img')).toBe(true);
  const { panel, ...after } = await layout();
  expect((await page.locator('.share__qr img').boundingBox())!.width).toBe(148);
  expect(after).toEqual(before);
  // Within the screen, under the row (not over the tools), and nothing runs past the screen: no sideways scrolling.
  expect(panel.x).toBeGreaterThanOrEqual(0);
  expect(panel.x + panel.width).toBeLessThanOrEqual(after.screen);
  expect(panel.y).toBeGreaterThanOrEqual(after.row.y + after.row.height);
  expect(after.scrollWidth).toBeLessThanOrEqual(after.screen);
  await page.close();
});
