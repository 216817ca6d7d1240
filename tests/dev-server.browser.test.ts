/**
 * `npm run dev`: drafts and scheduled articles are shown, marked; search uses the index of
 * the last build, or says plainly that it needs `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POLL, launchBrowser, startServer, type Preview } from './support/browser.ts';
import { ROOT, SITE, TEST_CONTENT } from './support/site.ts';

let dev: Preview;
let browser: Browser;

beforeAll(async () => {
  dev = await startServer('dev', { BAODAO_CONTENT: TEST_CONTENT, BAODAO_OUT: SITE });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

describe('npm run dev', () => {
  test('shows a draft, marked 草稿, and a future article, marked 定时发布', async () => {
    const page = await browser.newPage();
    await page.goto(`${dev.url}/articles/2026/01/draft-never-published/`);
    expect(await page.textContent('h1')).toContain('草稿测试文章永不发布');
    expect(await page.textContent('.status-badge')).toBe('草稿');
    await page.goto(`${dev.url}/articles/2099/01/future-scheduled/`);
    expect(await page.textContent('.status-badge')).toBe('定时发布');
    await page.goto(`${dev.url}/sections/today/`);
    expect(await page.$$eval('.article-card .status-badge', (badges) => badges.map((b) => b.textContent))).toContain('草稿');
    await page.close();
  });

  test('search serves the index of the last build', async () => {
    const page = await browser.newPage();
    await page.goto(`${dev.url}/search/?q=${encodeURIComponent('社会组织')}`);
    await expect.poll(() => page.textContent('[data-search-status]'), POLL).toMatch(/^找到 \d+ 条结果$/);
    await page.close();
  });
});

describe('npm run dev without a build', () => {
  let bare: Preview;
  beforeAll(async () => {
    const empty = path.join(ROOT, '.build/no-build-yet');
    mkdirSync(empty, { recursive: true });
    bare = await startServer('dev', { BAODAO_CONTENT: TEST_CONTENT, BAODAO_OUT: empty });
  });
  afterAll(async () => {
    await bare?.stop();
  });

  test('the search page says search needs npm run build', async () => {
    const page = await browser.newPage();
    await page.goto(`${bare.url}/search/?q=${encodeURIComponent('社会组织')}`);
    await expect.poll(() => page.textContent('[data-search-status]'), POLL).toContain('npm run build');
    await page.close();
  });
});
