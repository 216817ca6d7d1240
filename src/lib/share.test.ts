import { expect, test } from 'vitest';
import { QUIET_ZONE, qrCode, shareLinks } from './share.ts';

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

test('the QR code leaves its quiet zone light, and a longer address needs no fewer modules', () => {
  const { size, path } = qrCode(url);
  const starts = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, run]) => [Number(x), Number(y), Number(run)] as const);
  expect(starts.length).toBeGreaterThan(0);
  for (const [x, y, run] of starts) {
    expect(x).toBeGreaterThanOrEqual(QUIET_ZONE);
    expect(y).toBeGreaterThanOrEqual(QUIET_ZONE);
    expect(x + run).toBeLessThanOrEqual(size - QUIET_ZONE);
    expect(y).toBeLessThan(size - QUIET_ZONE);
  }
  expect(qrCode(`${url}${'x'.repeat(100)}`).size).toBeGreaterThan(size);
});
