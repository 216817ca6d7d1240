import { expect, test } from 'vitest';
import { currentLink } from './current-link.ts';

test.each([
  ['/tags/', '/tags/', 'page'],
  ['/tags/%E6%B0%91%E6%94%BF/', '/tags/', 'true'],
  ['/archive/2024/01/', '/archive/', 'true'],
  ['/', '/', 'page'],
  ['/tags/', '/', undefined],
  ['/topics/', '/tags/', undefined],
  ['/rss.xml', '/pages/about/', undefined],
])('on %s the link to %s is current: %s', (here, href, expected) => {
  expect(currentLink(here, href)).toBe(expected);
});

test('a page can be in a part of the site it is not under (an article in its section)', () => {
  expect(currentLink('/articles/2024/01/x/', '/sections/today/', true)).toBe('true');
  expect(currentLink('/articles/2024/01/x/', '/sections/today/', false)).toBeUndefined();
});
