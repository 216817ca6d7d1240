import { describe, expect, test } from 'vitest';
import { inSitemap, newArticles, readSitemap, readSitemaps } from './sitemaps.ts';

const urlset = (...urls: [string, string?][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls
    .map(([loc, lastmod]) => `<url><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
    .join('')}</urlset>`;

describe('readSitemap', () => {
  test('reads the sitemaps of an index, and the pages of a sitemap with their lastmod', () => {
    const index = '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://a.cn/sitemap-0.xml</loc></sitemap></sitemapindex>';
    expect(readSitemap(index)).toEqual({ sitemaps: ['https://a.cn/sitemap-0.xml'], pages: new Map() });
    const pages = readSitemap(urlset(['https://a.cn/'], ['https://a.cn/articles/2024/01/x/?a=1&amp;b=2', '2024-01-23T09:08:47+08:00']));
    expect(pages.sitemaps).toEqual([]);
    expect([...pages.pages]).toEqual([
      ['https://a.cn/', undefined],
      ['https://a.cn/articles/2024/01/x/?a=1&b=2', '2024-01-23T09:08:47+08:00'],
    ]);
  });

  test('follows an index to every sitemap it lists', async () => {
    const files: Record<string, string> = {
      'i.xml': '<sitemapindex><sitemap><loc>0.xml</loc></sitemap><sitemap><loc>1.xml</loc></sitemap></sitemapindex>',
      '0.xml': urlset(['/a/', '2024-01-01T00:00:00Z']),
      '1.xml': urlset(['/b/']),
    };
    const pages = await readSitemaps('i.xml', async (address) => files[address]!);
    expect([...pages]).toEqual([['/a/', '2024-01-01T00:00:00Z'], ['/b/', undefined]]);
  });
});

describe('newArticles', () => {
  test('the articles a build adds, or changes since the live site, newest first; listings left out', () => {
    const live = new Map([
      ['/', undefined],
      ['/articles/old/', '2024-01-01T08:00:00+08:00'],
      ['/articles/corrected/', '2024-01-02T08:00:00+08:00'],
      ['/articles/same/', '2024-01-01T08:00:00+08:00'],
      ['/articles/no-date/', undefined],
    ]);
    const built = new Map([
      ['/', undefined],
      ['/tags/新/', undefined],
      ['/articles/old/', '2024-01-01T08:00:00+08:00'],
      // The same instant written in another zone is no change; a page live without a date is known.
      ['/articles/same/', '2024-01-01T00:00:00Z'],
      ['/articles/no-date/', '2024-01-01T00:00:00Z'],
      ['/articles/corrected/', '2024-03-01T08:00:00+08:00'],
      ['/articles/new/', '2024-02-01T00:00:00Z'],
      ['/articles/newest/', '2024-06-01T08:00:00+08:00'],
    ]);
    expect(newArticles(live, built)).toEqual(['/articles/newest/', '/articles/corrected/', '/articles/new/']);
    expect(newArticles(built, built)).toEqual([]);
  });
});

describe('inSitemap', () => {
  test.each([
    ['https://a.cn/', true],
    ['https://a.cn/articles/2024/01/x/', true],
    ['https://a.cn/search/', false],
    ['https://a.cn/404/', false],
    ['https://a.cn/html/2024/0123/1.html', false],
    // Named as the site's own pages, but a tag, a page and a topic of their own, with a canonical address.
    ['https://a.cn/tags/search/', true],
    ['https://a.cn/pages/search/', true],
    ['https://a.cn/topics/404/', true],
  ])('%s: %s', (url, expected) => {
    expect(inSitemap(url)).toBe(expected);
  });
});
