/**
 * Pictures are published no wider than a 2× screen shows them, and never enlarged: read back
 * from the built files. The test site has an article whose cover (4800 px) and body picture
 * (3600 px) are a camera's size, and small pictures, a body picture (600 px) and a cover
 * narrower than the share picture (800 px): tests/fixtures/picture-sizes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { page } from './support/html.ts';
import { SITE, TEST_CONTENT, filesUnder } from './support/site.ts';

/**
 * The widest box a picture shows in, in CSS pixels: the article's column, 46rem (`--measure`
 * in global.css), which a cover and a body picture fill, and the 头条's picture and a listing's
 * on a phone do not exceed. A screen of 2 device pixels to the CSS pixel uses twice that.
 */
const COLUMN = 46 * 16;
const WIDEST = 2 * COLUMN;

const LARGE = '/articles/2023/12/daxing-tupian/';
const SMALL_COVER = '/articles/2023/12/xiaotu-timu/';
const PICTURE = /\.(webp|jpe?g|png|gif|avif)$/i;

const widthOf = async (urlPath: string) => (await sharp(path.join(SITE, decodeURIComponent(urlPath))).metadata()).width;
const originalWidth = async (file: string) => (await sharp(path.join(TEST_CONTENT, 'articles/2023/12', file)).metadata()).width;

/** The files a picture element offers: its `src`, then each `srcset` candidate with its width descriptor. */
function offered(img: HTMLElement): { src: string; candidates: { url: string; descriptor: number }[] } {
  const candidates = (img.getAttribute('srcset') ?? '')
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/))
    .filter(([url]) => url)
    .map(([url, descriptor]) => ({ url: url!, descriptor: Number.parseInt(descriptor ?? '', 10) }));
  return { src: img.getAttribute('src')!, candidates };
}

/** The pictures of a page made at build time (under /_astro/), with their element. */
const madePictures = (root: HTMLElement) => root.querySelectorAll('img').filter((img) => img.getAttribute('src')?.startsWith('/_astro/'));

/** Every page of the site, by its address. */
const pages = filesUnder(SITE)
  .filter((file) => file.endsWith('index.html'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);

test('the test site has pictures wider than a 2× screen shows them, and narrower than the column', async () => {
  expect(await originalWidth('daxing-tupian-cover.png')).toBeGreaterThan(2 * WIDEST);
  expect(await originalWidth('daxing-tupian-zhengwen.png')).toBeGreaterThan(2 * WIDEST);
  expect(await originalWidth('xiaotu-zhengwen.jpg')).toBeLessThan(COLUMN);
});

test('no picture file in the site is wider than the widest box at 2×', async () => {
  const pictures = filesUnder(SITE).filter((file) => PICTURE.test(file));
  expect(pictures.length).toBeGreaterThan(20);
  const wide: string[] = [];
  for (const file of pictures) {
    const width = await widthOf(`/${file}`);
    if (!width || width > WIDEST) wide.push(`${file}: ${width} px`);
  }
  expect(wide).toEqual([]);
});

test('no two picture files in the site hold the same bytes (a 16:9 cover in its listing and its column is one file)', () => {
  const byBytes = new Map<string, string[]>();
  for (const file of filesUnder(SITE).filter((name) => PICTURE.test(name))) {
    const hash = createHash('sha256').update(readFileSync(path.join(SITE, file))).digest('hex');
    byBytes.set(hash, [...(byBytes.get(hash) ?? []), file]);
  }
  expect([...byBytes.values()].filter((files) => files.length > 1)).toEqual([]);
});

test('every picture file the build made is named by a page or feed (a src, a srcset, a share card, structured data, the search’s picture)', () => {
  // Making a file costs every first build its encoding (most of a 10,000-article build's time)
  // and dist/ its bytes: one no page offers is both for nothing. tests/links.test.ts holds the
  // converse, that every file a page names is there.
  const named = new Set<string>();
  for (const file of filesUnder(SITE).filter((name) => /\.(html|xml)$/.test(name))) {
    for (const [, name] of readFileSync(path.join(SITE, file), 'utf8').matchAll(/\/_astro\/([^"'\s,)<>&?#]+)/g)) named.add(name!);
  }
  const made = filesUnder(path.join(SITE, '_astro')).filter((name) => PICTURE.test(name));
  expect(made.length).toBeGreaterThan(20);
  expect(made.filter((name) => !named.has(name))).toEqual([]);
});

test('every picture on every page offers files no wider than the widest box at 2×, and says the size of its src', async () => {
  const problems: string[] = [];
  for (const url of pages) {
    for (const img of madePictures(page(url))) {
      const { src, candidates } = offered(img);
      const srcWidth = await widthOf(src);
      if (String(srcWidth) !== img.getAttribute('width')) problems.push(`${url}: ${src} is ${srcWidth} px wide, width="${img.getAttribute('width')}"`);
      for (const { url: candidate, descriptor } of [{ url: src, descriptor: srcWidth }, ...candidates]) {
        const width = await widthOf(candidate);
        if (!width || width > WIDEST) problems.push(`${url}: ${candidate} is ${width} px wide`);
        if (width !== descriptor) problems.push(`${url}: ${candidate} is ${width} px wide, offered as ${descriptor}w`);
      }
    }
  }
  expect(pages.length).toBeGreaterThan(60);
  expect(problems).toEqual([]);
});

describe('a picture larger than the layout uses', () => {
  const root = page(LARGE);

  test.each([
    ['the cover', '.cover img', 'daxing-tupian-cover'],
    ['a picture in the body', '.article__body img', 'daxing-tupian-zhengwen'],
  ])('%s: its src is the widest file of its srcset, wide enough for the column at 2×', async (_, selector, name) => {
    const img = root.querySelectorAll(selector).find((element) => element.getAttribute('src')!.includes(name))!;
    expect(img, name).toBeDefined();
    const { src, candidates } = offered(img);
    const widest = candidates.reduce((a, b) => (b.descriptor > a.descriptor ? b : a));
    expect(src, 'no file of its own for the src').toBe(widest.url);
    // 2× of 720 px: the column less a 16 px margin either side when the screen is barely wider than it.
    expect(await widthOf(src)).toBeGreaterThanOrEqual(2 * (COLUMN - 16));
  });

  test('is shared as a JPEG at least 1200 px wide (Google’s least for a large picture in Article results), within the limit', async () => {
    const image = root.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    const width = await widthOf(new URL(image).pathname);
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(width).toBeLessThanOrEqual(WIDEST);
    expect(root.querySelector('meta[property="og:image:width"]')!.getAttribute('content')).toBe(String(width));
  });
});

describe('a picture narrower than the layout uses is not enlarged', () => {
  test('in the body: no file wider than it, its src is its own width, and so is its widest in srcset', async () => {
    const original = await originalWidth('xiaotu-zhengwen.jpg');
    const img = page(LARGE)
      .querySelectorAll('.article__body img')
      .find((element) => element.getAttribute('src')!.includes('xiaotu-zhengwen'))!;
    const { src, candidates } = offered(img);
    for (const { url } of candidates) expect(await widthOf(url), url).toBeLessThanOrEqual(original!);
    // A browser chooses only among srcset's widths when it has them, never the src: offered in
    // 360 alone, the picture was drawn from the 360 px file at its own 600 px.
    const widest = candidates.reduce((most, candidate) => (candidate.descriptor > most.descriptor ? candidate : most));
    expect(widest.descriptor).toBe(original);
    expect(await widthOf(widest.url)).toBe(original);
    expect(await widthOf(src)).toBe(original);
    expect(img.getAttribute('width')).toBe(String(original));
  });

  test('a cover narrower than the share picture: its page, listings and share card have no file wider than it', async () => {
    const original = await originalWidth('xiaotu-timu-cover.jpg');
    const root = page(SMALL_COVER);
    const shown = pages.flatMap((url) => madePictures(page(url))).filter((img) => img.getAttribute('src')!.includes('xiaotu-timu-cover'));
    // Its cover on its page, and its card in the listings (its section's, its tag's, the archive's).
    expect(shown.length).toBeGreaterThan(2);
    const files = shown.flatMap((img) => [offered(img).src, ...offered(img).candidates.map(({ url }) => url)]);
    const shared = root.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    files.push(new URL(shared).pathname);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(await widthOf(file), file).toBeLessThanOrEqual(original!);
    // The size a share card is told is the file's own.
    expect(root.querySelector('meta[property="og:image:width"]')!.getAttribute('content')).toBe(String(await widthOf(new URL(shared).pathname)));
  });
});
