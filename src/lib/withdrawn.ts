/**
 * The addresses of withdrawn articles (撤稿) after the build. No page is built at them: a
 * static host answers each with the 404 page and status 404, the 协议死链 Baidu asks for before
 * it drops a page. They are listed, as full URLs, in /dead-links.txt for Baidu's 死链提交, and
 * the 404 page reads that list to tell a reader who arrives at one that the article was
 * withdrawn, in place of 页面不存在.
 */
import { absoluteUrl, requestedPage } from './urls.ts';

/** What the 404 page says at a withdrawn article's address; nothing of the article itself. */
export const WITHDRAWN_NOTICE = {
  title: '该文章已删除',
  text: '您要访问的文章已被本站撤稿，内容不再提供。',
} as const;

/**
 * Every address the withdrawn articles had, their own and their old ones (`aliases`, which
 * old links and search engines still hold), as full URLs at the site's address `site`.
 */
export function deadLinks(withdrawn: readonly { url: string; aliases: readonly string[] }[], site: string): string[] {
  return withdrawn.flatMap(({ url, aliases }) => [url, ...aliases]).map((address) => absoluteUrl(address, site));
}

/**
 * Whether `pathname` and `search` (as `location` has them) are one of the addresses in `list`,
 * the text of /dead-links.txt (one full URL a line, at whatever host the site is served from);
 * a folder's address matches without its closing / too. Parameters an address does not have
 * are the sharer's, not part of it: a link shared in WeChat comes back as
 * …/?from=singlemessage&isappinstalled=0, one opened from search as …/?highlight=…, and a
 * static host answers the same file whatever they are; an old address with a query string
 * (/plus/view.php?aid=7) matches when each of its parameters is there with its value.
 */
export function isDeadLink(list: string, pathname: string, search: string): boolean {
  // A folder's address typed without its closing / (…/a): no folder is left there to redirect to it.
  const folder = !/(^|\/)[^/]*\.[^/]*$/.test(pathname) && !pathname.endsWith('/');
  const paths = new Set([requestedPage(pathname, ''), ...(folder ? [requestedPage(`${pathname}/`, '')] : [])]);
  const asked = new URLSearchParams(search);
  return list.split('\n').some((line) => {
    try {
      const url = new URL(line.trim());
      return paths.has(requestedPage(url.pathname, '')) && [...url.searchParams].every(([key, value]) => asked.getAll(key).includes(value));
    } catch {
      return false;
    }
  });
}
