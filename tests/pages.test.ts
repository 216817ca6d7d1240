/**
 * Standalone pages (单页, content/pages/<name>.md) read back from the build: each at
 * /pages/<name>/ with its breadcrumb, title, 更新时间 and body, no byline or lists; linked from
 * every page's footer in the order of the site config; in the sitemap, in no feed and not in
 * the search index; a draft nowhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SearchEngine } from '../src/lib/search-engine.ts';
import site from '../src/site.config.ts';
import { all, page, squash, textOf } from './support/html.ts';
import { openSiteSearch } from './support/pagefind.ts';
import { SITE, TEST_CONTENT, builtFile, filesUnder } from './support/site.ts';
import { isoOf } from './support/sources.ts';

interface PageSource {
  name: string;
  fm: { title: string; description?: string; updated?: string; draft?: boolean };
  body: string;
}

// Pictures sit beside the pages (tests/fixtures/unpublished/pages/zhaopin-body.jpg): only .md files are pages.
const pages: PageSource[] = filesUnder(path.join(TEST_CONTENT, 'pages')).filter((file) => file.endsWith('.md')).map((file) => {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path.join(TEST_CONTENT, 'pages', file), 'utf8'))!;
  return { name: file.replace(/\.md$/, ''), fm: yaml.load(front!, { schema: yaml.CORE_SCHEMA }) as PageSource['fm'], body: body! };
});
const published = pages.filter((source) => source.fm.draft !== true);
const drafts = pages.filter((source) => source.fm.draft === true);
const urlOf = (name: string) => `/pages/${name}/`;

/** A block of Markdown as readers read it: without heading and list marks, links as their words. */
const readerText = (block: string) => squash(block.replace(/^(#+|-)\s+/gm, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));

test('the demo has its pages, and the test site a draft one besides', () => {
  expect(published.map((source) => source.name)).toEqual(expect.arrayContaining([...site.footer.pages]));
  expect(drafts.length).toBeGreaterThan(0);
});

describe.each(published)('the page $name', ({ name, fm, body }) => {
  const html = page(urlOf(name));

  test('shows its title, in the tab too, under the breadcrumb 首页 > title', () => {
    expect(textOf(html, 'main h1')).toBe(squash(fm.title));
    expect(html.querySelector('title')!.textContent).toBe(`${fm.title} - ${site.name}`);
    expect(textOf(html, '.breadcrumb')).toBe(squash(`您当前的位置：首页>${fm.title}`));
    expect(all(html, '.breadcrumb a').map((a) => a.getAttribute('href'))).toEqual(['/']);
    // The current page is the last item, not a link (its separator is drawn before it).
    expect(textOf(html, '.breadcrumb [aria-current="page"]').replace(/^>/, '')).toBe(squash(fm.title));
  });

  test('shows its body as written, and its description to search engines', () => {
    const shown = textOf(html, 'main .article__body');
    for (const block of body.split(/\n\s*\n/).filter((b) => b.trim())) expect(shown).toContain(readerText(block));
    expect(html.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(fm.description ?? site.description);
  });

  test('says 更新时间 only when it has one, as written', () => {
    const meta = html.querySelector('main .article-meta');
    if (fm.updated === undefined) return expect(meta).toBeNull();
    expect(squash(meta!.textContent)).toBe(squash(`更新时间：${fm.updated}`));
    expect(meta!.querySelector('time')!.getAttribute('datetime')).toBe(isoOf(fm.updated));
  });

  test('has no byline, no related lists, no search region', () => {
    expect(squash(textOf(html, 'main'))).not.toMatch(/作者：|来源：|责任编辑|相关阅读|上一篇|下一篇/);
    expect(all(html, 'main .related, main .article__footer, main nav.neighbours')).toEqual([]);
    expect(html.querySelector('[data-pagefind-body]')).toBeNull();
  });
});

test('every page of the site links to the footer pages, by their titles, in the order of the site config', () => {
  const expected = site.footer.pages.map((name) => ({ href: urlOf(name), label: pages.find((p) => p.name === name)!.fm.title }));
  const html = filesUnder(SITE).filter((file) => file.endsWith('.html'));
  let framed = 0;
  for (const file of html) {
    const text = readFileSync(path.join(SITE, file), 'utf8');
    // An old address is a bare redirect, with no frame at all.
    if (text.includes('http-equiv="refresh"')) continue;
    framed++;
    const links = all(page(`/${file}`), '.site-footer a')
      .filter((a) => a.getAttribute('href')!.startsWith('/pages/'))
      .map((a) => ({ href: a.getAttribute('href'), label: a.textContent }));
    expect(links, file).toEqual(expected);
  }
  expect(framed).toBeGreaterThan(60);
});

test('the sitemap lists each published page, one with 更新时间 dated by it; no feed has a page', () => {
  const sitemap = readFileSync(path.join(SITE, 'sitemap-0.xml'), 'utf8');
  for (const { name, fm } of published) {
    const loc = `<loc>${new URL(urlOf(name), site.url).href}</loc>`;
    expect(sitemap).toContain(loc);
    if (fm.updated) expect(sitemap).toContain(`${loc}<lastmod>${isoOf(fm.updated)}</lastmod>`);
  }
  const feeds = filesUnder(SITE).filter((file) => file.endsWith('rss.xml'));
  expect(feeds.length).toBeGreaterThan(1);
  for (const feed of feeds) expect(readFileSync(path.join(SITE, feed), 'utf8'), feed).not.toContain('/pages/');
});

describe('search', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = await openSiteSearch();
  });

  test('finds nothing of a page: its title and its words lead to no page', async () => {
    for (const { fm, body } of published) {
      const words = readerText(body.trim().split(/\n\s*\n/).at(-1)!).slice(1, 9);
      for (const query of [fm.title, words]) {
        const results = await engine.find({ query, filters: {}, sort: 'date' });
        const urls = await Promise.all(results.map(async (result) => (await result.data()).url));
        expect(urls.filter((url) => url.startsWith('/pages/')), query).toEqual([]);
      }
    }
  });
});

test('a draft page is published nowhere: no page, no footer link, not in the sitemap', () => {
  const sitemap = readFileSync(path.join(SITE, 'sitemap-0.xml'), 'utf8');
  for (const { name } of drafts) {
    expect(existsSync(builtFile(urlOf(name))), name).toBe(false);
    expect(sitemap).not.toContain(urlOf(name));
    expect(readFileSync(path.join(SITE, 'index.html'), 'utf8')).not.toContain(urlOf(name));
  }
});
