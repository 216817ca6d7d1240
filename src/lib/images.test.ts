import { describe, expect, test } from 'vitest';
import { PICTURE_FILE, PICTURE_FORMAT_NAMES, articlePicture, firstScreenPicture } from './images.ts';

describe('articlePicture', () => {
  test('is the cover, or else the video poster, or nothing', () => {
    expect(articlePicture({ cover: { image: 'cover.jpg' }, video: { poster: 'poster.jpg' } })).toBe('cover.jpg');
    expect(articlePicture({ video: { poster: 'poster.jpg' } })).toBe('poster.jpg');
    expect(articlePicture({})).toBeUndefined();
  });
});

describe('firstScreenPicture', () => {
  test('is the first card with a picture among the first three', () => {
    const pictured = (card: string) => card === 'picture';
    expect(firstScreenPicture(['picture', 'picture'], pictured)).toBe(0);
    expect(firstScreenPicture(['text', 'text', 'picture', 'picture'], pictured)).toBe(2);
    expect(firstScreenPicture(['text', 'text', 'text', 'picture'], pictured)).toBe(-1);
    expect(firstScreenPicture([], pictured)).toBe(-1);
  });
});

describe('picture formats', () => {
  test('files are known by their extension, in any case; editors are told the same formats', () => {
    for (const name of ['a.jpg', 'a.JPEG', 'a.png', 'a.webp', 'a.gif', 'a.avif', 'a.svg']) expect(PICTURE_FILE.test(name), name).toBe(true);
    for (const name of ['a.bmp', 'a.tiff', 'a.jpg.txt', 'jpg']) expect(PICTURE_FILE.test(name), name).toBe(false);
    expect(PICTURE_FORMAT_NAMES).toBe('JPEG、PNG、WebP、GIF、AVIF 或 SVG');
  });
});
