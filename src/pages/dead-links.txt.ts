/**
 * 死链提交: the addresses withdrawn articles had (撤稿), one full URL a line, as Baidu's
 * 死链提交 (文件提交) reads a text file. The 404 page reads it too, to tell a reader at one of
 * them that the article was withdrawn. See src/lib/withdrawn.ts.
 */
import site from '../site.config.ts';
import { getSiteIndex } from '../lib/content.ts';
import { deadLinks } from '../lib/withdrawn.ts';

export async function GET() {
  const { withdrawn } = await getSiteIndex();
  const body = deadLinks(withdrawn, site.url)
    .map((link) => `${link}\n`)
    .join('');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
