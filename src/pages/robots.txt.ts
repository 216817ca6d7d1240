import site from '../site.config.ts';
import { absoluteUrl, sitemapUrl } from '../lib/urls.ts';

export function GET() {
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(sitemapUrl(), site.url)}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
