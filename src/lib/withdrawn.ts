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
 * Whether a request for `pathname` and `search` (as `location` has them) is one for `address`
 * (a path and its query, as listed or written), by requestMatches (a sharer's parameters do not
 * count); a folder's address matches without its closing / too.
 */
function asksFor(address: string, pathname: string, search: string): boolean {
  // A folder's address typed without its closing / (…/a): no folder is left there to redirect to it.
  const folder = !/(^|\/)[^/]*\.[^/]*$/.test(pathname) && !pathname.endsWith('/');
  const asked = folder ? [pathname, `${pathname}/`] : [pathname];
  return asked.some((path) => requestMatches(address, path, search));
}

/**
 * Whether `pathname` and `search` (as `location` has them) are one of the addresses in `list`,
 * the text of /dead-links.txt (one full URL a line, at whatever host the site is served from),
 * by asksFor.
 */
export function isDeadLink(list: string, pathname: string, search: string): boolean {
  return list.split('\n').some((line) => {
    try {
      const url = new URL(line.trim());
      return asksFor(`${url.pathname}${url.search}`, pathname, search);
    } catch {
      return false;
    }
  });
}

/**
 * The article (of `articles`) whose old address (`aliases`) a link in a body leads to
 * (`address`: a path of the site, with its query, as written), matched as the 404 page matches
 * its list (isDeadLink): a withdrawn article's tells the reader it is gone, and a draft's or a
 * scheduled one's leads to it once it is published.
 */
export function aliasOwnerOf<A extends { aliases: readonly string[] }>(address: string, articles: readonly A[]): A | undefined {
  const at = address.indexOf('?');
  const [pathname, search] = at < 0 ? [address, ''] : [address.slice(0, at), address.slice(at)];
  return articles.find(({ aliases }) => aliases.some((alias) => asksFor(alias, pathname, search)));
}
