/**
 * Sitemaps read back (`sitemap-index.xml` and the files it lists), to tell which pages a
 * build adds or changes against the site that is live: the addresses to push to Baidu
 * (scripts/baidu-push.ts).
 */
import { Parser } from 'htmlparser2';
import { searchUrl } from './urls.ts';

/**
 * Whether a built page goes into the sitemap (@astrojs/sitemap's `filter`, given its full URL):
 * not the 404 page or the search page (both noindex), nor an old address's page, a file rather
 * than a folder. Only the site's own: a tag, a page or a topic named `search` or `404` is in it.
 */
export function inSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') && pathname !== '/404/' && pathname !== searchUrl();
}

/** One sitemap file: the sitemaps an index lists, or the pages a sitemap lists with their lastmod. */
export interface Sitemap {
  sitemaps: string[];
  pages: Map<string, string | undefined>;
}

export function readSitemap(xml: string): Sitemap {
  const sitemap: Sitemap = { sitemaps: [], pages: new Map() };
  let entry: 'sitemap' | 'url' | undefined;
  let field: 'loc' | 'lastmod' | undefined;
  const text = { loc: '', lastmod: '' };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'sitemap' || name === 'url') {
          entry = name;
          text.loc = text.lastmod = '';
        } else if (entry && (name === 'loc' || name === 'lastmod')) field = name;
      },
      ontext(value) {
        if (field) text[field] += value;
      },
      onclosetag(name) {
        if (name === field) field = undefined;
        else if (name === entry) {
          if (entry === 'sitemap') sitemap.sitemaps.push(text.loc.trim());
          else sitemap.pages.set(text.loc.trim(), text.lastmod.trim() || undefined);
          entry = undefined;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return sitemap;
}

/** Every page of a site's sitemaps, from its index (`read` fetches or reads one file by its address). */
export async function readSitemaps(index: string, read: (address: string) => Promise<string>): Promise<Map<string, string | undefined>> {
  const top = readSitemap(await read(index));
  const pages = new Map(top.pages);
  for (const address of top.sitemaps) {
    for (const [page, lastmod] of readSitemap(await read(address)).pages) pages.set(page, lastmod);
  }
  return pages;
}

/**
 * Articles (the pages with a lastmod) of `built` that `live` lacks, or has with an earlier
 * lastmod (更新, 更正), newest first. Listings are left out: a search engine finds them, and
 * what may be pushed a day is counted.
 */
export function newArticles(live: ReadonlyMap<string, string | undefined>, built: ReadonlyMap<string, string | undefined>): string[] {
  const changed: [string, number][] = [];
  for (const [page, lastmod] of built) {
    if (lastmod === undefined) continue;
    const at = Date.parse(lastmod);
    const before = live.get(page);
    if (!live.has(page) || (before !== undefined && at > Date.parse(before))) changed.push([page, at]);
  }
  return changed.sort(([, a], [, b]) => b - a).map(([page]) => page);
}
