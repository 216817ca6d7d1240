import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { QUIET_ZONE, qrCode, qrPng, shareLinks } from './share.ts';

const url = 'https://www.fazhibaodao.example/articles/2024/01/weifang/';

test('Weibo and QQ空间 are given the address and the title, whatever characters the title has', () => {
  const title = '潍坊市民政局“筑巢引凤”&孵化支持 #三化护航?';
  const links = shareLinks(url, title);
  expect(links.map((link) => link.label)).toEqual(['微博', 'QQ空间']);
  for (const link of links) {
    const params = new URL(link.href).searchParams;
    expect(params.get('url')).toBe(url);
    expect(params.get('title')).toBe(title);
  }
  expect(new URL(links[0]!.href).host).toBe('service.weibo.com');
  expect(new URL(links[1]!.href).host).toBe('sns.qzone.qq.com');
});

test('the QR code is a PNG of one pixel a module, read back as the address; its quiet zone is light, and it grows with the address', async () => {
  const png = qrPng(url);
  const { size } = qrCode(url);
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height]).toEqual([size, size]);
  const dark = (x: number, y: number) => data[y * size + x]! < 128;
  for (let i = 0; i < size; i++) {
    for (let edge = 0; edge < QUIET_ZONE; edge++) {
      for (const [x, y] of [[i, edge], [i, size - 1 - edge], [edge, i], [size - 1 - edge, i]] as const) expect(dark(x, y), `${x},${y}`).toBe(false);
    }
  }
  // The finder pattern's dark corner, just inside the quiet zone.
  expect(dark(QUIET_ZONE, QUIET_ZONE)).toBe(true);
  // Scaled up as the page shows it, square pixels unsmoothed.
  const large = await sharp(png).resize(8 * size, 8 * size, { kernel: 'nearest' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  expect(jsQR(new Uint8ClampedArray(large.data), large.info.width, large.info.height)?.data).toBe(url);
  expect(qrCode(`${url}${'x'.repeat(100)}`).size).toBeGreaterThan(size);
  // A tenth of a kilobyte or so for every 10 modules a side: an SVG of runs took ~2 KB at 41.
  expect(png.length).toBeLessThan(500);
});
