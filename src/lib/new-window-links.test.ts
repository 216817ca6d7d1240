import { describe, expect, test } from 'vitest';
import { opensWindow, withNoopener } from './new-window-links.ts';

describe('withNoopener', () => {
  test.each([
    ['<a href="https://example.com/" target="_blank">', '<a rel="noopener" href="https://example.com/" target="_blank">'],
    ['<A HREF=https://example.com/ TARGET=_blank>', '<A rel="noopener" HREF=https://example.com/ TARGET=_blank>'],
    ['<a href="https://example.com/" target="win" rel="nofollow">', '<a href="https://example.com/" target="win" rel="noopener nofollow">'],
    ['<a title="rel=x" target=_blank REL = nofollow data-x>', '<a title="rel=x" target=_blank rel="noopener nofollow" data-x>'],
    ['见<a target="_blank" href="/a/">甲</a>和<area target="_blank" href="/b/">', '见<a rel="noopener" target="_blank" href="/a/">甲</a>和<area rel="noopener" target="_blank" href="/b/">'],
  ])('%s opens a window: given noopener', (html, out) => {
    expect(withNoopener(html)).toBe(out);
  });

  test.each([
    '<a href="https://example.com/" target="_blank" rel="noopener noreferrer">',
    '<a href="https://example.com/" target="_blank" rel="noreferrer">',
    '<a href="https://example.com/" target="_self">',
    '<a href="https://example.com/">target="_blank"</a>',
    '<iframe src="https://example.com/" name="target"></iframe>',
    '<!-- <a target="_blank"> -->',
  ])('%s is left as written', (html) => {
    expect(withNoopener(html)).toBe(html);
  });

  test('a rel with quotes or an ampersand in it stays one attribute', () => {
    expect(withNoopener(`<a target=_blank rel='x"y&amp;z'>`)).toBe(`<a target=_blank rel="noopener x&quot;y&amp;z">`);
  });
});

test('opensWindow', () => {
  expect(opensWindow('_blank', undefined)).toBe(true);
  expect(opensWindow('_blank', 'NoOpener')).toBe(false);
  expect(opensWindow('_TOP', undefined)).toBe(false);
  expect(opensWindow(undefined, undefined)).toBe(false);
});
