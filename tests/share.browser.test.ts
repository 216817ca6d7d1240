/** In Chromium: 分享到微信 fetches its QR code only when the reader opens it, by mouse or keyboard. */
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
  const qr = `${SEED}qr.svg`;
  expect(asked).not.toContain(qr);
  expect(await page.isVisible('.share__qr img')).toBe(false);

  const loaded = page.waitForResponse((response) => new URL(response.url()).pathname === qr, POLL);
  await page.focus('.share summary');
  await page.keyboard.press('Enter');
  expect((await loaded).status()).toBe(200);
  await page.waitForFunction(() => document.querySelector<HTMLImageElement>('.share__qr img')?.naturalWidth! > 0, undefined, POLL);
  expect(await page.isVisible('.share__qr img')).toBe(true);
  await page.close();
});
