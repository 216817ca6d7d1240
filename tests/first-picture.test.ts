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
