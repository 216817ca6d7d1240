/**
 * Every old address (articles' and sections' `aliases`, query strings included, and listings'
 * page 1 numbered: /sections/today/1/) as entries of
 * an nginx `map`, for a site served by nginx (deploy/nginx.conf): nginx then answers each with a
 * 301 to the new address, which search engines follow, where a static host can only serve the
 * alias page or, for a query string, the 404 page and its script.
 */
import { getMovedPages } from '../lib/content.ts';
import { nginxMap } from '../lib/old-addresses.ts';

export async function GET() {
  return new Response(nginxMap(await getMovedPages()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
