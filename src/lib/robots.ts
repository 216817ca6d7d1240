/**
 * robots.txt (src/pages/robots.txt.ts). Every crawler may read every page; the pages kept out
 * of search engines say so themselves (`<meta name="robots" content="noindex">`: the search
 * page and the 404 page), which a crawler must be allowed to fetch to read: Google shows an
 * address it may not fetch, linked from elsewhere, as a result without a description.
 *
 * Baidu reads no `noindex`: its guide to keeping pages out (禁止搜索引擎收录的方法) names only
 * `nofollow` and `noarchive` among meta robots, and robots.txt as the way. The search page takes
 * whatever is in its address into its title (“…”的搜索结果), so a link to /search/?q=<anything>
 * on another site, crawled by Baidu, would put those words under the site's name in Baidu's
 * results: Baidu is told not to fetch it. Its own group replaces the one for every crawler, so
 * it says all Baidu may not fetch.
 */
import { searchUrl } from './urls.ts';

/** The paths Baidu may not fetch: the pages marked noindex that an outside link can reach with any words. */
const BAIDU_DISALLOWED = [searchUrl()];

/** `sitemaps`: the full addresses of the sitemaps' index and of the news sitemap, which no index lists. */
export function robotsTxt(sitemaps: readonly string[]): string {
  return [
    'User-agent: *',
    'Allow: /',
    '',
    'User-agent: Baiduspider',
    ...BAIDU_DISALLOWED.map((path) => `Disallow: ${path}`),
    '',
    ...sitemaps.map((sitemap) => `Sitemap: ${sitemap}`),
    '',
  ].join('\n');
}
