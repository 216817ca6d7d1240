/**
 * In Chromium, against `npm run preview`: an old address with a query string
 * (/plus/view.php?aid=…), which a static host answers with the 404 page, leads on to the
 * article or section that has it in `aliases`; any other stays on the 404 page.
 */
import { expect, test } from 'vitest';
import { POLL, previewInBrowser } from './support/browser.ts';

const ARTICLE = '/articles/2024/03/linhe-fayuan-jiashi-tiaojie/';

const served = previewInBrowser();

test('an old DedeCMS address goes on to its article, keeping the part after #', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.preview.url}/plus/view.php?aid=1024#comments`);
  await page.waitForURL(`${served.preview.url}${ARTICLE}#comments`, POLL);
  expect(await page.locator('h1').first().textContent()).not.toBe('页面不存在');
  await page.close();
});

test('an old address shared in WeChat, with its parameters besides, goes on to its article', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.preview.url}/plus/view.php?from=timeline&aid=1024&isappinstalled=0`);
  await page.waitForURL(`${served.preview.url}${ARTICLE}`, POLL);
  await page.close();
});

test('an old DedeCMS list address goes on to its section', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.preview.url}/plus/list.php?tid=1`);
  await page.waitForURL(`${served.preview.url}/sections/today/`, POLL);
  expect(await page.locator('h1').first().textContent()).toContain('今日资讯');
  await page.close();
});

test('an old address no article has stays on the 404 page', async () => {
  const page = await served.browser.newPage();
  const lookedUp = page.waitForResponse((response) => response.url().endsWith('/old-addresses.json'), POLL);
  const response = await page.goto(`${served.preview.url}/plus/view.php?aid=9`);
  expect(response?.status()).toBe(404);
  await lookedUp;
  await page.waitForTimeout(300);
  expect(page.url()).toBe(`${served.preview.url}/plus/view.php?aid=9`);
  expect(await page.locator('h1').textContent()).toBe('页面不存在');
  await page.close();
});
