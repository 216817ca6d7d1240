/**
 * The picture that opens a page (the largest thing on its first screen, what a phone on a slow
 * network waits for) is fetched at once and before the others: an article's cover, the 头条's
 * picture, a topic's cover band, a person's photo. Read back from the built pages.
 */
import { expect, test } from 'vitest';
import { all, page } from './support/html.ts';
import { SITE, filesUnder } from './support/site.ts';

/** Every page of the site, by its address. */
const pages = filesUnder(SITE)
  .filter((file) => file.endsWith('index.html'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);

/** The picture that opens each kind of page, where the page has one. */
const OPENING = ['.cover img', '.headline__image', '.topic-header__cover', '.person-profile__photo'];

test('the picture that opens a page loads at once and first (not lazily, fetchpriority="high")', () => {
  const found = new Map<string, number>();
  const problems: string[] = [];
  for (const url of pages) {
    for (const selector of OPENING) {
      for (const img of all(page(url), selector)) {
        found.set(selector, (found.get(selector) ?? 0) + 1);
        const { loading, fetchpriority } = img.attributes;
        if (loading !== 'eager' || fetchpriority !== 'high') problems.push(`${url} ${selector}: loading="${loading}" fetchpriority="${fetchpriority}"`);
      }
    }
  }
  // The test site has each kind: articles with covers, the front page, a topic with a cover, people with photos (their later pages too).
  for (const selector of OPENING) expect(found.get(selector) ?? 0, selector).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('no page asks for more than one picture first', () => {
  const many = pages
    .map((url) => ({ url, first: all(page(url), 'img[fetchpriority="high"]').length }))
    .filter(({ first }) => first > 1)
    .map(({ url, first }) => `${url}: ${first}`);
  expect(pages.length).toBeGreaterThan(60);
  expect(many).toEqual([]);
});

/** Articles whose body opens with a picture beside it after a paragraph: with a cover above (picture-sizes), and without (content/). */
const UNDER_COVER = '/articles/2023/12/daxing-tupian/';
const BODY_OPENED = '/articles/2025/07/5g-jizhan-jiufen-tiaojie/';

test('under a cover or a video the body’s pictures stay lazy: the cover is the one picture asked for first', () => {
  const eager = (url: string) => all(page(url), '.article__body img').map((img) => img.attributes['loading']);
  const under = pages.filter((url) => all(page(url), '.cover img, .article video').length > 0);
  expect(under).toContain(UNDER_COVER);
  expect(eager(UNDER_COVER)[0], UNDER_COVER).toBe('lazy');
  expect(under.filter((url) => eager(url).includes('eager'))).toEqual([]);
  // Without a cover the body's opening picture is the first screen's largest, and loads at once.
  expect(under).not.toContain(BODY_OPENED);
  expect(eager(BODY_OPENED)[0]).toBe('eager');
});
