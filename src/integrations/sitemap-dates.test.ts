/**
 * The sitemaps of an archive larger than one sitemap may hold, written by the build's own
 * sitemap integrations (astro.config.ts: @astrojs/sitemap as configured, then sitemap-dates.ts)
 * and read back with a conforming XML parser and as `npm run baidu-push` reads them.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { elementsNamed, readXml } from '../../tests/support/xml.ts';
import { readSitemaps } from '../lib/sitemaps.ts';
import { articleUrl, personUrl, tagUrl } from '../lib/urls.ts';

/** 50,000 articles (their lastmod from the content check, in UTC as it writes them), 12,000 tags and 500 people. */
const ARTICLES = 50_000;
const articles = Array.from({ length: ARTICLES }, (_, i) => ({
  path: articleUrl(`${2010 + Math.floor(i / 5000)}/${String((i % 12) + 1).padStart(2, '0')}/shehui-zuzhi-fuwu-pingtai-xiaoneng-${i}`),
  lastmod: new Date(Date.UTC(2010 + Math.floor(i / 5000), i % 12, 1, 16, 30) + i * 1000).toISOString(),
}));
const listings = [...Array.from({ length: 12_000 }, (_, i) => tagUrl(`社会组织${i}`)), ...Array.from({ length: 500 }, (_, i) => personUrl(`ren-${i}`))];

let dir: string;
let out: string;
let site: string;

/** Runs a hook of one of the build's integrations, as Astro would. */
async function run(integration: AstroIntegration, hook: string, options: Record<string, unknown>) {
  const fn = (integration.hooks as Record<string, ((options: Record<string, unknown>) => unknown) | undefined>)[hook];
  await fn?.(options);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'baodao-sitemaps-'));
  out = path.join(dir, 'dist');
  // What scripts/build-site.ts gives astro.config.ts: each article's last change, by path.
  const lastmodFile = path.join(dir, 'lastmod.json');
  writeFileSync(lastmodFile, JSON.stringify(Object.fromEntries(articles.map(({ path: page, lastmod }) => [page, lastmod]))));
  process.env['BAODAO_LASTMOD'] = lastmodFile;
  const config = (await import('../../astro.config.ts')).default;
  site = config.site!;
  const integrations = (config.integrations ?? []).flat().filter((integration): integration is AstroIntegration => Boolean(integration));
  const used = ['@astrojs/sitemap', 'baodao-sitemap-dates'].map((name) => integrations.find((integration) => integration.name === name)!);
  expect(used.every(Boolean)).toBe(true);
  const logger = { info() {}, warn(message: string) { throw new Error(message); }, error(message: string) { throw new Error(message); } };
  const pages = [...articles.map(({ path: page }) => page), ...listings, '/search/', '/404/'].map((page) => ({ pathname: decodeURI(page).slice(1) }));
  for (const integration of used) {
    await run(integration, 'astro:config:done', { config: { site, base: '/', trailingSlash: config.trailingSlash, build: { format: 'directory' } } });
    await run(integration, 'astro:routes:resolved', { routes: [] });
    await run(integration, 'astro:build:done', { dir: pathToFileURL(`${out}/`), pages, logger });
  }
}, 120_000);

afterAll(() => {
  delete process.env['BAODAO_LASTMOD'];
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('an archive of 50,000 articles, 12,000 tags and 500 people is split by an index into sitemaps within the limits: 50,000 addresses and 50 MB (Google), 10 MB (Baidu)', () => {
  const files = readdirSync(out).filter((name) => /^sitemap-.*\.xml$/.test(name)).sort();
  const index = readXml(readFileSync(path.join(out, 'sitemap-index.xml'), 'utf8'));
  const listed = elementsNamed(index, 'loc').map((loc) => loc.text);
  expect(listed.length).toBeGreaterThan(1);
  expect(listed.map((address) => new URL(address).pathname.slice(1)).sort()).toEqual(files.filter((name) => name !== 'sitemap-index.xml'));
  let total = 0;
  for (const name of files.filter((file) => file !== 'sitemap-index.xml')) {
    const bytes = statSync(path.join(out, name)).size;
    const urls = elementsNamed(readXml(readFileSync(path.join(out, name), 'utf8')), 'url').length;
    expect(urls, name).toBeLessThanOrEqual(50_000);
    expect(bytes, name).toBeLessThanOrEqual(10 * 1024 * 1024);
    total += urls;
  }
  expect(total).toBe(ARTICLES + listings.length);
});

test("every lastmod, in the index and its sitemaps, is in the site's time zone (W3C, +08:00), and baidu-push reads back every page with its last change", async () => {
  for (const name of readdirSync(out).filter((file) => file.endsWith('.xml'))) {
    const lastmods = elementsNamed(readXml(readFileSync(path.join(out, name), 'utf8')), 'lastmod').map((lastmod) => lastmod.text);
    expect(lastmods.length, name).toBeGreaterThan(0);
    for (const lastmod of lastmods) expect(lastmod, name).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
  }
  const pages = await readSitemaps(new URL('/sitemap-index.xml', site).href, async (address) => readFileSync(path.join(out, new URL(address).pathname), 'utf8'));
  expect(pages.size).toBe(ARTICLES + listings.length);
  expect(pages.has(new URL('/search/', site).href) || pages.has(new URL('/404/', site).href)).toBe(false);
  for (const { path: page, lastmod } of [articles[0]!, articles[ARTICLES - 1]!]) {
    expect(Date.parse(pages.get(new URL(page, site).href)!)).toBe(Date.parse(lastmod));
  }
});
