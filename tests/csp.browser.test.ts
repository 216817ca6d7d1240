/**
 * In Chromium: every kind of page runs under its Content-Security-Policy without a single
 * violation (search with Pagefind's wasm and worker included), and the policy stops a script
 * that is not the site's own.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { POLL, previewInBrowser } from './support/browser.ts';

const ARTICLE = '/articles/2024/01/weifang-minzheng-shehui-zuzhi/';

/** Each page, and what it must have done (with its scripts) before it is judged. */
const PAGES: [string, string, (page: Page) => Promise<unknown>][] = [
  ['front page', '/', () => Promise.resolve()],
  ['article opened from search, its words marked', `${ARTICLE}?highlight=${encodeURIComponent('民政')}`, (page) => page.waitForSelector('mark', POLL)],
  ['article with a table', '/articles/2025/01/qingchuan-2024-fazhi-gongzuo-huigu/', () => Promise.resolve()],
  ['video article', '/articles/2024/12/shipin-tiaojieyuan-yitian/', () => Promise.resolve()],
  ['section listing', '/sections/today/', () => Promise.resolve()],
  ['people lookup, a name typed', '/people/', (page) => page.fill('#people-lookup-input', '马')],
  [
    'search with results, newest first',
    `/search/?q=${encodeURIComponent('社会组织')}&sort=date`,
    (page) => page.waitForFunction(() => /^找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, POLL),
  ],
  ['not found', '/404.html', () => Promise.resolve()],
  [
    'not found at an old address with a query string, looked up',
    '/plus/view.php?aid=77777',
    (page) =>
      page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /\/old-addresses\/\d+\.json$/.test(entry.name)), null, POLL),
  ],
];

const served = previewInBrowser();

/** Opens `url` recording every CSP violation the page reports (in `window.violations`). */
async function open(url: string, before?: (page: Page) => void): Promise<Page> {
  const page = await served.browser.newPage();
  before?.(page);
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { violations });
    addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`));
  });
  await page.goto(`${served.preview.url}${url}`);
  return page;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('the Content-Security-Policy', () => {
  test.each(PAGES)('is kept by the %s (%s)', async (_, url, use) => {
    const page = await open(url);
    const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await use(page);
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('lets Pagefind search in its worker, not on the page', async () => {
    const workers: string[] = [];
    const page = await open(`/search/?q=${encodeURIComponent('民政')}`, (page) => page.on('worker', (worker) => workers.push(worker.url())));
    await page.waitForFunction(() => /^找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, POLL);
    expect(workers.length).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('stops a script written into the page, and an inline event handler', async () => {
    const page = await open(ARTICLE);
    await page.waitForLoadState('networkidle');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.handler = true');
      // Until the picture has failed and its handler was tried (it comes first): a wait of 500 ms
      // was a guess at how long the missing file takes to be answered on a loaded machine.
      const failed = new Promise((resolve) => image.addEventListener('error', resolve));
      image.src = '/no-such-picture.png';
      document.body.append(image);
      await failed;
      const scope = window as unknown as { injected?: boolean; handler?: boolean };
      return { injected: scope.injected ?? false, handler: scope.handler ?? false };
    });
    expect(ran).toEqual({ injected: false, handler: false });
    // The page is told of a violation in a task of its own, after the refusal.
    await expect.poll(async () => (await violations(page)).filter((line) => line.startsWith('script-src')).length, POLL).toBe(2);
    await page.close();
  });
});
