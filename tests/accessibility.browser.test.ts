/** axe (WCAG 2.x A and AA) on one page of each type, in Chromium, at phone and desktop widths. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, startPreview, type Preview } from './support/browser.ts';

const PAGES = {
  front: '/',
  article: '/articles/2024/01/weifang-minzheng-shehui-zuzhi/',
  'article with table and cover': '/articles/2025/01/qingchuan-2024-fazhi-gongzuo-huigu/',
  'video article': '/articles/2024/12/shipin-tiaojieyuan-yitian/',
  'section listing': '/sections/today/2/',
  people: '/people/',
  person: '/people/lin-xiaoyu/',
  tags: '/tags/',
  tag: `/tags/${encodeURIComponent('民政')}/`,
  archive: '/archive/',
  month: '/archive/2024/01/',
  topics: '/topics/',
  topic: '/topics/shehui-zuzhi/',
  'not found': '/404.html',
};

let preview: Preview;
let browser: Browser;

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe.each([
  ['desktop', 1280],
  ['phone', 360],
])('on a %s', (_, width) => {
  test.each(Object.entries(PAGES))('%s page (%s) has no axe violations', async (_, url) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${preview.url}${url}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    if (width === 360) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no sideways scrolling on a 360 px phone').toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
