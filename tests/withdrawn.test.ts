/**
 * A withdrawn article (撤稿: tests/fixtures/withdrawn, built into the test site) is gone from
 * the built site: no page at its address or its old addresses (a host answers them with the
 * 404 page, which tells readers it was withdrawn: tests/withdrawn.browser.test.ts), nothing it
 * said in any file, the search index included; its addresses, and only those, are listed in
 * /dead-links.txt for Baidu's 死链提交.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, expect, inject, test } from 'vitest';
import site from '../src/site.config.ts';
import type { SearchEngine } from '../src/lib/search-engine.ts';
import { all, page } from './support/html.ts';
import { openSiteSearch } from './support/pagefind.ts';
import { SITE, TEST_CONTENT, builtFile, filesUnder, oldAddressesOf } from './support/site.ts';
import { list, readSources } from './support/sources.ts';

const sources = readSources(new Date(inject('buildNow')));
const withdrawn = sources.filter((source) => source.fm['withdrawn'] !== undefined);
/** The one that was the newest headline; the other is an .mdx video whose files were deleted with it. */
const article = withdrawn.find((source) => source.file.endsWith('.md'))!;
const video = withdrawn.find((source) => source.file.endsWith('.mdx'))!;
const fm = article.fm as {
  subtitle: string;
  summary: string;
  aliases: string[];
  cover: { alt: string; caption: string };
  corrections: { text: string }[];
  withdrawn: { reason: string };
};
const url = `/articles/${article.id}/`;

/** What the article said that no other article says: none of it may reach a reader. */
const said = [
  article.title,
  fm.subtitle,
  fm.summary,
  fm.cover.alt,
  fm.cover.caption,
  fm.corrections[0]!.text,
  fm.withdrawn.reason,
  '玄鸟撤稿标记',
  '撤稿正文图片说明',
  '撤稿专用标签',
  '撤稿作者戊',
  video.title,
  String((video.fm['withdrawn'] as { reason: string }).reason),
  '白泽撤稿标记',
  '撤稿视频正文图片说明',
];

/** Every built file's text; the search index's files are compressed. */
const files = filesUnder(SITE).map((file) => {
  const bytes = readFileSync(path.join(SITE, file));
  return { file, text: (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8') };
});

let engine: SearchEngine;
beforeAll(async () => {
  engine = await openSiteSearch();
});

test('the fixtures were built withdrawn; one would lead the front page and the ticker were it published', () => {
  expect(withdrawn).toHaveLength(2);
  expect(existsSync(path.join(TEST_CONTENT, 'articles', `${article.id}.md`))).toBe(true);
  expect(list(article.fm['flags'])).toEqual(['headline', 'featured', 'ticker']);
  expect(sources.filter((s) => s.published).every((s) => s.date < article.date)).toBe(true);
  for (const word of said) expect(sources.filter((s) => !withdrawn.includes(s) && `${s.title}${s.body}${JSON.stringify(s.fm)}`.includes(word)), word).toEqual([]);
});

test('a withdrawn article whose body and files would stop the build does not: an unclosed tag, an import, pictures and a video deleted', () => {
  const folder = path.join(TEST_CONTENT, 'articles', path.dirname(video.id));
  expect(video.body).toMatch(/^import /m);
  expect(video.body).toContain('<Figure caption=');
  expect(video.body).not.toContain('</Figure>');
  for (const file of ['chegao-tubiao.astro', 'chegao-yishanchu.jpg', 'chegao-poster-yishanchu.jpg']) expect(existsSync(path.join(folder, file)), file).toBe(false);
  expect(existsSync(path.join(SITE, 'index.html'))).toBe(true);
});

test('no built file, search index included, holds anything it said: title, 导读, body, captions, 更正, its tag, an author of its own, the reason', () => {
  expect(files.length).toBeGreaterThan(100);
  const leaks = files.flatMap(({ file, text }) => said.filter((word) => text.includes(word)).map((word) => `${file}: ${word}`));
  expect(leaks).toEqual([]);
});

test('its address is in no file but the dead-link list: no listing, feed, sitemap, tag, person, topic or neighbour links to it', () => {
  for (const { id } of withdrawn) {
    const naming = files.filter(({ text }) => text.includes(`/articles/${id}/`)).map(({ file }) => file);
    expect(naming, id).toEqual(['dead-links.txt']);
    const slug = id.split('/').at(-1)!;
    expect(files.filter(({ file }) => file.includes(slug)).map(({ file }) => file), id).toEqual([]);
  }
  expect(files.filter(({ file }) => file.includes(encodeURIComponent('撤稿专用标签')))).toEqual([]);
});

test('its pictures are not published: no file in the site is its cover or body picture, though both are beside it', () => {
  const pictures = ['chegao-cover', 'chegao-body'];
  for (const name of pictures) expect(existsSync(path.join(TEST_CONTENT, 'articles', path.dirname(article.id), `${name}.jpg`)), name).toBe(true);
  expect(filesUnder(SITE).filter((file) => pictures.some((name) => file.includes(name)))).toEqual([]);
});

test('no page at its address or its old addresses: a host answers them with the 404 page', () => {
  for (const address of [url, ...fm.aliases.filter((alias) => !alias.includes('?'))]) {
    expect(existsSync(builtFile(address)), address).toBe(false);
  }
  const oldAddresses = oldAddressesOf();
  expect(Object.keys(oldAddresses).filter((alias) => alias.startsWith('/plus/view.php?aid=8848'))).toEqual([]);
  expect(Object.values(oldAddresses)).not.toContain(url);
});

test('the dead-link list holds exactly its address and old addresses, one full URL a line', () => {
  const lines = readFileSync(path.join(SITE, 'dead-links.txt'), 'utf8');
  const expected = withdrawn.flatMap((source) => [`/articles/${source.id}/`, ...list(source.fm['aliases'])]).map((address) => new URL(address, site.url).href);
  expect(expected).toHaveLength(2 + fm.aliases.length);
  expect(lines).toBe(expected.map((line) => `${line}\n`).join(''));
});

test('search finds nothing of it: its words find no result, and its address is in no result', async () => {
  for (const word of ['玄鸟撤稿标记', '撤稿测试文章标题不得出现', '撤稿测试导读']) {
    expect(await engine.find({ query: word, filters: {}, sort: 'date' }), word).toEqual([]);
  }
  const results = await engine.find({ query: '民政', filters: {}, sort: 'date' });
  expect(results.length).toBeGreaterThan(0);
  expect(await Promise.all(results.map(async (result) => (await result.data()).url))).not.toContain(url);
});

test('the 404 page, which answers its addresses, is kept out of search engines, links home and to search, and holds the withdrawn notice', () => {
  const notFound = page('/404.html');
  expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  expect(all(notFound, 'main a').some((link) => link.getAttribute('href') === '/')).toBe(true);
  expect(notFound.querySelector('main form[role="search"]')?.getAttribute('action')).toBe('/search/');
  expect(all(notFound, '[data-withdrawn]').map((element) => element.getAttribute('data-withdrawn'))).toEqual([
    '该文章已删除',
    '您要访问的文章已被本站撤稿，内容不再提供。',
  ]);
});
