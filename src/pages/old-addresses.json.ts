/**
 * Old addresses with a query string (DedeCMS's /plus/view.php?aid=123 and
 * /plus/list.php?tid=3, EmpireCMS's /e/action/ShowInfo.php?classid=2&id=12), which a static
 * host answers with the 404 page: its script looks the address up here, by aliasPage, and
 * goes on to the article or section.
 */
import { getSiteIndex } from '../lib/content.ts';
import { movedPages } from '../lib/old-addresses.ts';
import { aliasPage } from '../lib/urls.ts';

export async function GET() {
  const addresses = Object.fromEntries(
    movedPages(await getSiteIndex())
      .filter(({ alias }) => alias.includes('?'))
      .map(({ alias, url }) => [aliasPage(alias), url]),
  );
  return new Response(JSON.stringify(addresses), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
