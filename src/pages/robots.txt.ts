import site from '../site.config.ts';
import { robotsTxt } from '../lib/robots.ts';
import { absoluteUrl, newsSitemapUrl, sitemapUrl } from '../lib/urls.ts';

export function GET() {
  const sitemaps = [sitemapUrl(), newsSitemapUrl()].map((path) => absoluteUrl(path, site.url));
  return new Response(robotsTxt(sitemaps), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
