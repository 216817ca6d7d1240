import { describe, expect, test } from 'vitest';
import {
  COLUMN_PICTURE,
  LARGEST_PICTURE_WIDTH,
  PICTURE_FILE,
  PICTURE_FORMAT_NAMES,
  SHARE_PICTURE_WIDTH,
  SMALLEST_SHARED_PICTURE,
  PHONE_THUMBNAIL_WIDTH,
  THUMBNAIL_PICTURE,
  articlePicture,
  firstScreenPicture,
  pictureAbove,
  sharedPictureOf,
  shareable,
  publishedSize,
  phoneListingEnlargement,
  publishedWidths,
} from './images.ts';

describe('articlePicture', () => {
  test('is the cover, or else the video poster, or nothing', () => {
    expect(articlePicture({ cover: { image: 'cover.jpg' }, video: { poster: 'poster.jpg' } })).toBe('cover.jpg');
    expect(articlePicture({ video: { poster: 'poster.jpg' } })).toBe('poster.jpg');
    expect(articlePicture({})).toBeUndefined();
  });
});

describe('pictureAbove', () => {
  test('is the video where there is one (the page shows no cover then), else the cover, else nothing', () => {
    expect(pictureAbove({ cover: 'cover', video: 'video' })).toEqual({ video: 'video' });
    expect(pictureAbove({ cover: 'cover' })).toEqual({ cover: 'cover' });
    expect(pictureAbove({ cover: null, video: undefined })).toBeUndefined();
  });
});

describe('shareable', () => {
  test('is a bitmap at least as wide as a listing picture', () => {
    expect(shareable({ width: SMALLEST_SHARED_PICTURE, format: 'jpg' })).toBe(true);
    expect(shareable({ width: 4000, format: 'png' })).toBe(true);
    expect(shareable({ width: SMALLEST_SHARED_PICTURE - 1, format: 'jpg' })).toBe(false);
    expect(shareable({ width: 1200, format: 'svg' })).toBe(false);
  });
});

describe('sharedPictureOf', () => {
  const wide = { width: SMALLEST_SHARED_PICTURE, format: 'jpg' };
  const narrow = { width: SMALLEST_SHARED_PICTURE - 1, format: 'jpg' };
  const title = '标题';

  test('is the cover with its alt, or else the poster with the video caption (the title without one)', () => {
    const body = { image: wide, alt: '正文图' };
    expect(sharedPictureOf({ title, cover: { image: wide, alt: '题图' }, video: { poster: narrow, caption: '视频' }, bodyPictures: [body] }, shareable)).toEqual({ image: wide, alt: '题图' });
    expect(sharedPictureOf({ title, video: { poster: narrow, caption: '视频' } }, shareable)).toEqual({ image: narrow, alt: '视频' });
    expect(sharedPictureOf({ title, video: { poster: narrow } }, shareable)).toEqual({ image: narrow, alt: title });
  });

  test('without either, is the first body picture that can be shared, with its alt (or the title)', () => {
    expect(sharedPictureOf({ title, bodyPictures: [{ image: wide, alt: '现场' }] }, shareable)).toEqual({ image: wide, alt: '现场' });
    expect(sharedPictureOf({ title, bodyPictures: [{ image: wide, alt: '' }] }, shareable)).toEqual({ image: wide, alt: title });
    const icon = { image: narrow, alt: '图标' };
    expect(sharedPictureOf({ title, bodyPictures: [icon, { image: wide, alt: '现场' }, { image: { width: 1200, format: 'png' }, alt: '第三张' }] }, shareable)).toEqual({ image: wide, alt: '现场' });
    expect(sharedPictureOf({ title, bodyPictures: [icon] }, shareable)).toBeUndefined();
    expect(sharedPictureOf({ title }, shareable)).toBeUndefined();
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

describe('publishedSize', () => {
  test.each([
    ['a camera original asked for at its own size is made as wide as the layout uses', { width: 6000, height: 4000 }, 6000, { width: LARGEST_PICTURE_WIDTH, height: (LARGEST_PICTURE_WIDTH * 2) / 3 }],
    ['a share picture asked wider than its small original is not enlarged', { width: 1200, height: 900 }, 800, { width: 800, height: 600 }],
    ['a small original at its own size stays so', { width: 800, height: 533 }, 800, { width: 800, height: 533 }],
    ['a thumbnail cut to 16:9 keeps its size and shape', { width: 240, height: 135 }, 6000, { width: 240, height: 135 }],
    ['a cut wider than the limit keeps its shape', { width: 3200, height: 1800 }, 6000, { width: LARGEST_PICTURE_WIDTH, height: (LARGEST_PICTURE_WIDTH * 9) / 16 }],
  ])('%s', (_, wanted, originalWidth, made) => {
    expect(publishedSize(wanted, { width: originalWidth })).toEqual(made);
  });

  test('rounds the height to a whole pixel', () => {
    expect(publishedSize({ width: 4001, height: 3001 }, { width: 4001 })).toEqual({ width: LARGEST_PICTURE_WIDTH, height: Math.round((3001 * LARGEST_PICTURE_WIDTH) / 4001) });
  });
});

describe('publishedWidths', () => {
  test('keeps the widths within the limit and makes a wider one that width, once', () => {
    expect(publishedWidths([360, 720])).toEqual([360, 720]);
    expect(publishedWidths([360, LARGEST_PICTURE_WIDTH + 200, LARGEST_PICTURE_WIDTH + 400])).toEqual([360, LARGEST_PICTURE_WIDTH]);
  });

  test('the site asks for no width beyond the limit, and the share picture fits within it', () => {
    for (const width of [...COLUMN_PICTURE.widths, ...THUMBNAIL_PICTURE.widths, SHARE_PICTURE_WIDTH]) expect(width).toBeLessThanOrEqual(LARGEST_PICTURE_WIDTH);
    // Google asks at least 1200 px of a picture shown large in Article results.
    expect(SHARE_PICTURE_WIDTH).toBeGreaterThanOrEqual(1200);
  });
});

describe('phoneListingEnlargement', () => {
  test.each([
    // As wide as a phone's card: drawn at its own size.
    [PHONE_THUMBNAIL_WIDTH, (PHONE_THUMBNAIL_WIDTH * 9) / 16, 1],
    // Narrower, in 16:9 or taller: by its width.
    [239, 135, PHONE_THUMBNAIL_WIDTH / 239],
    [200, 300, PHONE_THUMBNAIL_WIDTH / 200],
    [1, 1, PHONE_THUMBNAIL_WIDTH],
    // Wider than 16:9: cut to the box by its height, so enlarged to the box's height.
    [230, 40, (PHONE_THUMBNAIL_WIDTH * 9) / 16 / 40],
  ])('a %s×%s picture is enlarged %s times', (width, height, enlargement) => {
    expect(phoneListingEnlargement(width, height)).toBeCloseTo(enlargement, 6);
  });

  test('a phone’s card is as wide as THUMBNAIL_PICTURE’s sizes draw it on the widest screen below 40rem (639 px)', () => {
    const [, below, margins] = THUMBNAIL_PICTURE.sizes.match(/^\(max-width: ([\d.]+)rem\) calc\(100vw - (\d+)rem\)/)!.map(Number);
    // 39.99rem: the widest whole pixel width below 40rem.
    const widestPhone = Math.ceil(below! * 16) - 1;
    expect(PHONE_THUMBNAIL_WIDTH).toBe(widestPhone - margins! * 16);
  });
});
