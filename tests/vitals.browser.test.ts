/**
 * In Chromium on a phone (375 × 812 at 3×): each kind of page keeps still while its pictures
 * arrive, at once and as the reader scrolls (layout shifts, as Chromium reports them, under 0.01
 * in all), and the largest thing on its first screen, when it is a picture, is never a lazy one
 * (README: the picture that opens a page is fetched at once and first). Every picture is held
 * back 0.8 s, the order a slow network gives: text painted first, pictures after.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { POLL, previewInBrowser } from './support/browser.ts';

const served = previewInBrowser();

/** Each kind of page, and the picture that opens it where it has one (tests/first-picture.test.ts). */
const PAGES: { url: string; opening?: string }[] = [
  { url: '/', opening: '.headline__image' },
  { url: '/sections/law/' },
  { url: '/articles/2024/06/fazhi-fuxiaozhang-jin-xiaoyuan/', opening: '.cover img' },
  { url: '/articles/2025/09/shipin-kaixue-fazhi-diyike/' },
  { url: '/articles/2025/07/5g-jizhan-jiufen-tiaojie/' },
  { url: `/tags/${encodeURIComponent('社会组织')}/` },
  { url: '/people/lin-xiaoyu/', opening: '.person-profile__photo' },
  { url: '/topics/fanzha/' },
];

/** Layout shifts not caused by the reader, and the largest contentful paint, as the page records them. */
function observe() {
  const seen = { shifts: [] as { value: number; nodes: string[] }[], largest: null as null | { tag: string; loading: string | null; fetchpriority: string | null; matches: string[] } };
  (window as unknown as { seen: typeof seen }).seen = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
      if (entry.hadRecentInput) continue;
      const nodes = entry.sources.map(({ node }) => (node instanceof Element ? `${node.localName}.${node.className}` : String(node?.nodeName)));
      seen.shifts.push({ value: entry.value, nodes });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    const element = (list.getEntries().at(-1) as PerformanceEntry & { element: Element | null }).element;
    if (!element) return;
    const tested = ['.headline__image', '.cover img', '.person-profile__photo'];
    seen.largest = {
      tag: element.localName,
      loading: element.getAttribute('loading'),
      fetchpriority: element.getAttribute('fetchpriority'),
      matches: tested.filter((selector) => element.matches(selector)),
    };
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

type Seen = { shifts: { value: number; nodes: string[] }[]; largest: { tag: string; loading: string | null; fetchpriority: string | null; matches: string[] } | null };
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);
const total = (shifts: Seen['shifts']) => shifts.reduce((sum, shift) => sum + shift.value, 0);

/** Until every picture now on the screen has arrived (or failed); not one in a closed panel (微信's QR code). */
const picturesOnScreen = (page: Page) =>
  page.waitForFunction(
    () =>
      [...document.images]
        .filter((image) => {
          const box = image.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight && image.checkVisibility();
        })
        .every((image) => image.complete),
    undefined,
    POLL,
  ).then(() => page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 100))))); // and painted: Chromium reports a paint after it

test.each(PAGES)('$url keeps still as its pictures arrive, and its largest picture is not lazy', async ({ url, opening }) => {
  const context = await served.browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.route(/\.(webp|jpe?g|png|avif|gif|svg)$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.addInitScript(observe);
  await page.goto(`${served.preview.url}${url}`, { waitUntil: 'load' });
  await picturesOnScreen(page);
  // Chromium reports the largest paint once the frame is shown, later on a loaded machine: waited for, not read once.
  if (opening) await expect.poll(async () => (await seen(page)).largest?.matches, POLL).toEqual([opening]);
  const first = await seen(page);
  expect(total(first.shifts), JSON.stringify(first.shifts)).toBeLessThan(0.01);
  if (first.largest?.tag === 'img') expect(first.largest.loading, url).not.toBe('lazy');
  if (opening) {
    expect(first.largest?.matches, `${url}: ${JSON.stringify(first.largest)}`).toEqual([opening]);
    expect(first.largest?.fetchpriority, url).toBe('high');
  }

  // Scrolled to the end half a screen at a time, each screen's pictures let arrive.
  for (;;) {
    const moved = await page.evaluate(() => {
      const before = scrollY;
      scrollBy(0, innerHeight / 2);
      return scrollY !== before;
    });
    if (!moved) break;
    await picturesOnScreen(page);
  }
  const after = await seen(page);
  expect(total(after.shifts), JSON.stringify(after.shifts)).toBeLessThan(0.01);
  await context.close();
});

/**
 * Articles without a cover whose body's first picture comes after a paragraph (OPENING_PICTURE_TEXT
 * in src/lib/images.ts), on screens where that picture is the largest thing on the first screen:
 * a 414 × 896 phone (iPhone XR and 11) and a desktop. Astro made it lazy, so it was asked for only
 * once the page was laid out: the largest paint came ~0.3–0.8 s after the text's at 150 ms round trips.
 */
const BODY_OPENED = [
  { url: '/articles/2025/07/5g-jizhan-jiufen-tiaojie/', width: 414, height: 896, scale: 2 },
  { url: '/articles/2025/07/5g-jizhan-jiufen-tiaojie/', width: 1280, height: 800, scale: 1 },
  { url: '/articles/2026/03/dongling-fayuan-xunhui-shenpan/', width: 1280, height: 800, scale: 1 },
];

test.each(BODY_OPENED)('$url at $width px: its largest paint, the body’s first picture, is not a lazy one', async ({ url, width, height, scale }) => {
  const context = await served.browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(`${served.preview.url}${url}`, { waitUntil: 'load' });
  await picturesOnScreen(page);
  await expect.poll(async () => (await seen(page)).largest?.tag, POLL).toBe('img');
  expect((await seen(page)).largest?.loading, url).not.toBe('lazy');
  await context.close();
});
