import { describe, expect, test } from 'vitest';
import { articlePicture } from './images.ts';

describe('articlePicture', () => {
  test('is the cover, or else the video poster, or nothing', () => {
    expect(articlePicture({ cover: { image: 'cover.jpg' }, video: { poster: 'poster.jpg' } })).toBe('cover.jpg');
    expect(articlePicture({ video: { poster: 'poster.jpg' } })).toBe('poster.jpg');
    expect(articlePicture({})).toBeUndefined();
  });
});
