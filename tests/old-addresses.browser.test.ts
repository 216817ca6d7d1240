/**
 * In Chromium, against `npm run preview`: an old address with a query string
 * (/plus/view.php?aid=…), which a static host answers with the 404 page, leads on to the
 * article or section that has it in `aliases`; any other stays on the 404 page.
 */
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { POLL, previewInBrowser } from './support/browser.ts';
import { oldAddressesOf, readPage } from './support/site.ts';
import { oldAddressFilesOf } from '../src/lib/old-addresses.ts';
import { oldAddressesUrl } from '../src/lib/urls.ts';

const ARTICLE = '/articles/2024/03/linhe-fayuan-jiashi-tiaojie/';
/** The extreme-content fixture: old addresses /旧版/view.php?id=3&page=1 and /news/?id=77. */
const EXTREME = '/articles/2023/12/jiduan-neirong/';

/** How many files the build split the table into, as the 404 page tells its script. */
const tableFiles = () => Number(parse(readPage('/404.html')).querySelector('[data-old-address-files]')?.getAttribute('data-old-address-files'));

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
  const lookedUp = page.waitForResponse((response) => /\/old-addresses\/\d+\.json$/.test(response.url()), POLL);
  const response = await page.goto(`${served.preview.url}/plus/view.php?aid=9`);
  expect(response?.status()).toBe(404);
  await lookedUp;
  await page.waitForTimeout(300);
  expect(page.url()).toBe(`${served.preview.url}/plus/view.php?aid=9`);
  expect(await page.locator('h1').textContent()).toBe('页面不存在');
  await page.close();
});

test('a 404 with a query string downloads only the files of the table its parameters name, not every old address, and goes on', async () => {
  const page = await served.browser.newPage();
  const downloaded: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/old-addresses')) downloaded.push(pathname);
  });
  const search = '?aid=1024&from=singlemessage&isappinstalled=0';
  await page.goto(`${served.preview.url}/plus/view.php${search}`);
  await page.waitForURL(`${served.preview.url}${ARTICLE}`, POLL);
  // Before, the whole table, /old-addresses.json: megabytes for an imported archive (ADDRESSES_PER_FILE in src/lib/old-addresses.ts).
  expect(downloaded.length).toBeGreaterThan(0);
  for (const file of downloaded) expect(file).toMatch(/^\/old-addresses\/\d+\.json$/);
  const files = tableFiles();
  expect(files).toBeGreaterThan(1);
  const wanted = oldAddressFilesOf('/plus/view.php', search, files).map(oldAddressesUrl);
  expect(downloaded.sort()).toEqual(wanted.sort());
  for (const file of downloaded) expect(JSON.parse(readPage(file)), file).toBeTypeOf('object');
  await page.close();
});

test('the test site splits its old addresses with a query string into as many files, so the 404 page finds one only in the file the build chose', () => {
  // TEST_SITE_ENV's BAODAO_OLD_ADDRESSES_PER_FILE=1: with one file, any choice of file was the right one.
  expect(tableFiles()).toBe(Object.keys(oldAddressesOf()).length);
  expect(tableFiles()).toBeGreaterThan(3);
});

test.each([
  ['a path outside ASCII, as typed', '/旧版/view.php?page=1&id=3'],
  ['a path outside ASCII, percent-encoded, shared in WeChat', '/%E6%97%A7%E7%89%88/view.php?id=3&from=timeline&page=1'],
  ['a folder', '/news/?id=77'],
  ['a folder, as its index.html, shared in WeChat', '/news/index.html?from=singlemessage&id=77&isappinstalled=0'],
])('an old address of %s goes on to its article (the script chose the file the build chose)', async (_, address) => {
  const page = await served.browser.newPage();
  await page.goto(`${served.preview.url}${address}`);
  await page.waitForURL(`${served.preview.url}${EXTREME}`, POLL);
  await page.close();
});
