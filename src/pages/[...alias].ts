/**
 * Old addresses of articles (`aliases` in front matter) keep working: each is a small page
 * that sends the reader to the article's address. One with a query string cannot be a file
 * of its own; the 404 page looks those up (old-addresses.json.ts).
 */
import type { APIContext } from 'astro';
import site from '../site.config.ts';
import { getSiteIndex, type SiteArticle } from '../lib/content.ts';
import { redirectPage } from '../lib/redirect.ts';
import { absoluteUrl, aliasPage } from '../lib/urls.ts';

export async function getStaticPaths() {
  const { articles } = await getSiteIndex();
  return articles.flatMap((article) =>
    article.data.aliases
      .filter((alias) => !alias.includes('?'))
      .map((alias) => ({
        // An old address ending in / becomes a folder with index.html.
        params: { alias: aliasPage(alias).slice(1) },
        props: { article },
      })),
  );
}

export function GET({ props }: APIContext<{ article: SiteArticle }>) {
  const { article } = props;
  return new Response(redirectPage(article.data.title, article.url, absoluteUrl(article.url, site.url)), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
