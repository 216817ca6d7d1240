/**
 * Old addresses of articles and sections (`aliases` in front matter and sections.yaml) keep
 * working, and so does a listing's page 1 numbered (/sections/today/1/, numberedPage): each
 * is a small page that sends the reader to the new address. One with a query
 * string cannot be a file of its own; the 404 page looks those up (old-addresses/[file].json.ts).
 */
import type { APIContext } from 'astro';
import site from '../site.config.ts';
import { getMovedPages } from '../lib/content.ts';
import { redirectPage } from '../lib/redirect.ts';
import { absoluteUrl, aliasPage } from '../lib/urls.ts';
import type { MovedPage } from '../lib/old-addresses.ts';

export async function getStaticPaths() {
  return (await getMovedPages())
    .filter(({ alias }) => !alias.includes('?'))
    // An old address ending in / becomes a folder with index.html.
    .map((moved) => ({ params: { alias: aliasPage(moved.alias).slice(1) }, props: moved }));
}

export function GET({ props }: APIContext<MovedPage>) {
  return new Response(redirectPage(props, absoluteUrl(props.url, site.url)), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
