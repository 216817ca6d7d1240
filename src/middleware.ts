/**
 * `npm run dev` answers an old address (`aliases` of an article or a section, or a listing's
 * page 1 numbered: /sections/today/1/) with the page the
 * build writes there, which sends the reader on: Astro's dev server matched no page to the
 * address it was built for (/html/jinrizixun/ is written as …/index.html), so an editor who
 * renamed an article and kept its former address, or previewed an import, found every old
 * address a 404. One with a query string (/plus/view.php?aid=1024) reaches no page's code in
 * the dev server either, and is left to the 404 page's script, as on a static host. A build
 * passes every page straight through.
 */
import { defineMiddleware } from 'astro:middleware';
import { getMovedPages } from './lib/content.ts';
import { movedPageAt } from './lib/old-addresses.ts';
import { redirectPage } from './lib/redirect.ts';
import { absoluteUrl } from './lib/urls.ts';
import site from './site.config.ts';

export const onRequest = defineMiddleware(async ({ url }, next) => {
  const response = await next();
  if (!import.meta.env.DEV || response.status !== 404) return response;
  const moved = movedPageAt(await getMovedPages(), url.pathname);
  if (!moved) return response;
  return new Response(redirectPage(moved, absoluteUrl(moved.url, site.url)), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
});
