/**
 * In Chromium, against `npm run preview`: a withdrawn article's address, and each of its old
 * addresses, answers 404 (what search engines need to drop it), and the 404 page tells the
 * reader the article was withdrawn, with nothing of the article itself; any other missing
 * page still says 页面不存在.
 */
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import site from '../src/site.config.ts';
import { POLL, previewInBrowser } from './support/browser.ts';
import { list, readSources } from './support/sources.ts';

const withdrawn = readSources(new Date(inject('buildNow'))).find((source) => source.file.endsWith('chegao-ceshi-wenzhang.md'))!;
const addresses = [`/articles/${withdrawn.id}/`, ...list(withdrawn.fm['aliases'])];

const served = previewInBrowser();

/** Opens `address` and waits for the 404 page's look-up in the dead-link list; returns the page and the HTTP status. */
async function open(address: string): Promise<{ page: Page; status: number | undefined }> {
  const page = await served.browser.newPage();
  const lookedUp = page.waitForResponse((response) => response.url().endsWith('/dead-links.txt'), POLL);
  const response = await page.goto(`${served.preview.url}${address}`);
  await lookedUp;
  return { page, status: response?.status() };
}

test.each(addresses)('%s answers 404 and says the article was withdrawn, nothing of it', async (address) => {
  const { page, status } = await open(address);
  expect(status).toBe(404);
  await page.locator('h1', { hasText: '该文章已删除' }).waitFor(POLL);
  expect(await page.title()).toBe(`该文章已删除 - ${site.name}`);
  expect(await page.locator('.breadcrumb [aria-current="page"]').textContent()).toContain('该文章已删除');
  expect(await page.locator('main p').first().textContent()).toBe('您要访问的文章已被本站撤稿，内容不再提供。');
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
  expect(await page.locator('main a[href="/"]', { hasText: '返回首页' }).count()).toBe(1);
  expect(await page.locator('main form[role="search"]').getAttribute('action')).toBe('/search/');
  // No redirect (an old address stays where it is), and nothing of the article.
  expect(page.url()).toBe(`${served.preview.url}${address}`);
  const text = await page.locator('html').innerText();
  for (const word of [withdrawn.title, String(withdrawn.fm['summary']), ...list(withdrawn.fm['author'])]) expect(text).not.toContain(word);
  await page.close();
});

// A link shared in WeChat comes back with its parameters (?from=singlemessage&isappinstalled=0,
// ?from=timeline), one opened from search with ?highlight=: the host answers the same 404.
test.each([
  `/articles/${withdrawn.id}/?from=singlemessage&isappinstalled=0`,
  `/articles/${withdrawn.id}/?highlight=%E6%B0%91%E6%94%BF`,
  ...addresses.map((address) => `${address}${address.includes('?') ? '&' : '?'}from=timeline`),
])('%s, as shared, also says the article was withdrawn', async (address) => {
  const { page, status } = await open(address);
  expect(status).toBe(404);
  await page.locator('h1', { hasText: '该文章已删除' }).waitFor(POLL);
  expect(await page.title()).toBe(`该文章已删除 - ${site.name}`);
  await page.close();
});

test('a page that never was still says 页面不存在', async () => {
  const { page, status } = await open(`/articles/${withdrawn.id.replace(/[^/]+$/, 'no-such-article')}/`);
  expect(status).toBe(404);
  await page.waitForTimeout(300);
  expect(await page.locator('h1').textContent()).toBe('页面不存在');
  expect(await page.title()).toBe(`页面不存在 - ${site.name}`);
  await page.close();
});
