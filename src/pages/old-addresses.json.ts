/**
 * Old addresses with a query string (DedeCMS's /plus/view.php?aid=123, EmpireCMS's
 * /e/action/ShowInfo.php?classid=2&id=12), which a static host answers with the 404 page:
 * its script looks the address up here, by aliasPage, and goes on to the article.
 */
import { getSiteIndex } from '../lib/content.ts';
import { aliasPage } from '../lib/urls.ts';

export async function GET() {
  const { articles } = await getSiteIndex();
  const addresses = Object.fromEntries(
    articles.flatMap((article) => article.data.aliases.filter((alias) => alias.includes('?')).map((alias) => [aliasPage(alias), article.url])),
  );
  return new Response(JSON.stringify(addresses), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
