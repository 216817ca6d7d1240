/**
 * The Google News sitemap: the articles of the last two days (src/lib/news-sitemap.ts), named in
 * robots.txt beside the sitemaps' index. A file of its own, as Google advises, so that Search
 * Console counts the news apart; the sitemaps of every page stay @astrojs/sitemap's.
 */
import site from '../site.config.ts';
import { getSiteIndex } from '../lib/content.ts';
import { newsSitemap } from '../lib/news-sitemap.ts';

export async function GET() {
  const { articles, now } = await getSiteIndex();
  return new Response(newsSitemap(articles, { now, site }), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
