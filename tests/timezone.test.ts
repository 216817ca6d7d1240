/**
 * Dates are formatted in the site's time zone, never the machine's: a build under
 * TZ=Asia/Shanghai gives the same pages, feeds and sitemaps as the test site built under TZ=UTC.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, inject, test } from 'vitest';
import { runBuild } from './support/build.ts';
import { ROOT, SITE, TEST_SITE_ENV, filesUnder } from './support/site.ts';

const SHANGHAI_SITE = path.join(ROOT, '.build/test-site-shanghai');
const compared = (file: string) => /\.(html|xml|txt)$/.test(file);

beforeAll(() => {
  rmSync(SHANGHAI_SITE, { recursive: true, force: true });
  const run = runBuild({
    ...TEST_SITE_ENV,
    TZ: 'Asia/Shanghai',
    BAODAO_OUT: SHANGHAI_SITE,
    BAODAO_NOW: inject('buildNow'),
  });
  if (run.status !== 0) throw new Error(run.output);
});

test('the two builds hold the same files', () => {
  expect(filesUnder(SHANGHAI_SITE).filter(compared)).toEqual(filesUnder(SITE).filter(compared));
});

test('every page, feed and sitemap is byte for byte the same', () => {
  const files = filesUnder(SITE).filter(compared);
  expect(files.length).toBeGreaterThan(60);
  const different = files.filter(
    (file) => !readFileSync(path.join(SITE, file)).equals(readFileSync(path.join(SHANGHAI_SITE, file))),
  );
  expect(different).toEqual([]);
});

test('the pages really carry times: the seed article says 09:08:47 at +08:00', () => {
  const html = readFileSync(path.join(SITE, 'articles/2024/01/weifang-minzheng-shehui-zuzhi/index.html'), 'utf8');
  expect(html).toContain('<time datetime="2024-01-23T09:08:47+08:00"><span class="date-part">2024-01-23</span> <span class="date-part">09:08:47</span></time>');
});
