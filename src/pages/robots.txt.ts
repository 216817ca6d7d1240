import site from '../site.config.ts';
import { robotsTxt } from '../lib/robots.ts';
import { absoluteUrl, sitemapUrl } from '../lib/urls.ts';

export function GET() {
  return new Response(robotsTxt(absoluteUrl(sitemapUrl(), site.url)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
