/**
 * The addresses of withdrawn articles (撤稿) after the build. No page is built at them: a
 * static host answers each with the 404 page and status 404, the 协议死链 Baidu asks for before
 * it drops a page. They are listed, as full URLs, in /dead-links.txt for Baidu's 死链提交, and
 * the 404 page reads that list to tell a reader who arrives at one that the article was
 * withdrawn, in place of 页面不存在.
 */
import { absoluteUrl, requestMatches } from './urls.ts';

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
 * the text of /dead-links.txt (one full URL a line, at whatever host the site is served from),
 * by requestMatches (a sharer's parameters do not count); a folder's address matches without its
 * closing / too.
 */
export function isDeadLink(list: string, pathname: string, search: string): boolean {
  // A folder's address typed without its closing / (…/a): no folder is left there to redirect to it.
  const folder = !/(^|\/)[^/]*\.[^/]*$/.test(pathname) && !pathname.endsWith('/');
  const asked = folder ? [pathname, `${pathname}/`] : [pathname];
  return list.split('\n').some((line) => {
    try {
      const url = new URL(line.trim());
      return asked.some((path) => requestMatches(`${url.pathname}${url.search}`, path, search));
    } catch {
      return false;
    }
  });
}
