/**
 * Every old address (articles' and sections' `aliases`, query strings included) as entries of
 * an nginx `map`, for a site served by nginx (deploy/nginx.conf): nginx then answers each with a
 * 301 to the new address, which search engines follow, where a static host can only serve the
 * alias page or, for a query string, the 404 page and its script.
 */
import { getSiteIndex } from '../lib/content.ts';
import { movedPages, nginxMap } from '../lib/old-addresses.ts';

export async function GET() {
  return new Response(nginxMap(movedPages(await getSiteIndex())), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
