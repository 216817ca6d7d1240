/**
 * A scheduled article (tests/fixtures/unpublished: 2099-01-01 08:00, with a cover and a body
 * picture) is left out, pictures and all, by a build a second before its time, and published
 * whole by the next build into the same folder, though its file has not changed: no stale
 * front-matter-only copy from the build before (src/lib/loaders.ts).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { runBuild } from './support/build.ts';
import { parse } from 'node-html-parser';
import { all } from './support/html.ts';
import { elementsNamed, readXml } from './support/xml.ts';
import { ROOT, TEST_SITE_ENV, filesUnder } from './support/site.ts';

const OUT = path.join(ROOT, '.build/scheduled-site');
const PAGE = path.join(OUT, 'articles/2099/01/future-scheduled/index.html');
const PICTURES = ['dingshi-cover', 'dingshi-body'];

const builds: { pictures: string[]; page: string | undefined; news: string }[] = [];

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  for (const now of ['2099-01-01T07:59:59+08:00', '2099-01-01T08:00:00+08:00']) {
    const run = runBuild({ ...TEST_SITE_ENV, BAODAO_OUT: OUT, BAODAO_NOW: now });
    if (run.status !== 0) throw new Error(run.output);
    builds.push({
      pictures: filesUnder(OUT).filter((file) => PICTURES.some((name) => file.includes(name))),
      page: existsSync(PAGE) ? readFileSync(PAGE, 'utf8') : undefined,
      news: readFileSync(path.join(OUT, 'sitemap-news.xml'), 'utf8'),
    });
  }
}, 300_000);

test('a second before its time: no page, no picture', () => {
  expect(builds[0]!.page).toBeUndefined();
  expect(builds[0]!.pictures).toEqual([]);
});

test('at its time: the page in full, its body, cover and body picture, and the pictures published', () => {
  const page = builds[1]!.page;
  expect(page).toBeDefined();
  const document = parse(page!);
  expect(document.querySelector('h1')?.textContent).toContain('定时发布测试文章来自未来');
  expect(document.querySelector('main')?.textContent).toContain('时光机定时标记');
  const alts = all(document, 'main img').map((image) => image.getAttribute('alt'));
  expect(alts).toEqual(expect.arrayContaining(['定时发布题图说明', '定时发布正文图片说明']));
  for (const name of PICTURES) expect(builds[1]!.pictures.some((file) => file.includes(name)), name).toBe(true);
});

test('the news sitemap of the build at its time lists it, the only article of those two days, for Google News; the build before lists nothing', () => {
  const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';
  expect(readXml(builds[0]!.news).children).toEqual([]);
  const urls = readXml(builds[1]!.news).children;
  expect(urls.map((url) => elementsNamed(url, 'loc')[0]?.text)).toEqual(['https://www.fazhibaodao.example/articles/2099/01/future-scheduled/']);
  const news = elementsNamed(urls[0]!, 'news:news');
  expect(news.map((element) => element.uri)).toEqual([NEWS]);
  expect(elementsNamed(news[0]!, 'news:name')[0]?.text).toBe('法治报道');
  expect(elementsNamed(news[0]!, 'news:language')[0]?.text).toBe('zh-cn');
  expect(elementsNamed(news[0]!, 'news:publication_date')[0]?.text).toBe('2099-01-01T08:00:00+08:00');
  expect(elementsNamed(news[0]!, 'news:title')[0]?.text).toContain('定时发布测试文章来自未来');
});
