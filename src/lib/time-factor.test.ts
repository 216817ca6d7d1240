import { expect, test } from 'vitest';
import { baiduImages, baiduTimeFactor } from './time-factor.ts';

const page = {
  url: 'https://www.fazhibaodao.example/articles/2024/01/x/',
  title: '标题',
  description: '导读',
  images: ['https://www.fazhibaodao.example/_astro/cover.jpg'],
  // 2024-01-23 09:08:47 and 2024-02-01 00:05:00 in Shanghai: the second is still January in UTC.
  published: new Date('2024-01-23T01:08:47Z'),
  modified: new Date('2024-01-31T16:05:00Z'),
};

test("Baidu's block names the page, its picture, and its times on the site's clock without an offset", () => {
  expect(JSON.stringify(baiduTimeFactor(page, 'Asia/Shanghai'))).toBe(
    JSON.stringify({
      '@context': 'https://ziyuan.baidu.com/contexts/cambrian.jsonld',
      '@id': page.url,
      title: '标题',
      images: page.images,
      description: '导读',
      pubDate: '2024-01-23T09:08:47',
      upDate: '2024-02-01T00:05:00',
    }),
  );
});

test('a page without pictures has no images field (Baidu allows none)', () => {
  expect(baiduTimeFactor({ ...page, images: [] }, 'Asia/Shanghai')).not.toHaveProperty('images');
});

test.each([
  [[], []],
  [['a'], ['a']],
  [['a', 'b'], ['a']],
  [['a', 'b', 'c'], ['a', 'b', 'c']],
  [['a', 'b', 'c', 'd'], ['a', 'b', 'c']],
])('Baidu takes 0, 1 or 3 pictures: %j → %j', (given, taken) => {
  expect(baiduImages(given)).toEqual(taken);
});
