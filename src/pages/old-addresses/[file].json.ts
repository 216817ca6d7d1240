/**
 * Old addresses with a query string (DedeCMS's /plus/view.php?aid=123 and
 * /plus/list.php?tid=3, EmpireCMS's /e/action/ShowInfo.php?classid=2&id=12), which a static
 * host answers with the 404 page: its script downloads the files of the table that the
 * address's parameters name (oldAddressFilesOf), looks the address up in them, and goes on to
 * the article or section. The 404 page is told how many files there are.
 */
import type { APIContext } from 'astro';
import { getOldAddressTable } from '../../lib/content.ts';

export async function getStaticPaths() {
  return (await getOldAddressTable()).map((addresses, file) => ({ params: { file: String(file) }, props: { addresses } }));
}

export function GET({ props }: APIContext<{ addresses: Record<string, string> }>) {
  return new Response(JSON.stringify(props.addresses), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
