/**
 * Every internal URL the site links to or serves is built here; elsewhere addresses are only
 * read by their shape (astro.config.ts, article-body.ts, the search index), reserved
 * (schema.ts) or written by editors (site.config.ts). A page's URL ends with `/`
 * (trailingSlash: 'always'); Chinese path segments (tags) are percent-encoded.
 */
import type { Facet } from './search-engine.ts';

/**
 * A path segment percent-encoded (UTF-8), but for $ & + , : ; = @, which a path holds as they are:
 * the form the URL parser leaves a path in, and so the one Astro gives a page as its address, in
 * its canonical link and in the sitemap. Encoded (`/tags/R%26D/` for the page at `/tags/R&D/`), a
 * link would name another address than the page's own, one a search engine keeps apart.
 */
const segment = (value: string) => encodeURIComponent(value).replace(/%(?:24|26|2B|2C|3A|3B|3D|40)/g, decodeURIComponent);

/** `n` > 1 adds a page segment: /sections/today/2/ */
const paged = (base: string, page: number) => (page > 1 ? `${base}${page}/` : base);

/** `%E5%9B%BE.jpg` → `图.jpg`, as written in Markdown; a path that is not valid percent-encoding stays as written. */
export function decodePath(uri: string): string {
  try {
    return decodeURI(uri);
  } catch {
    return uri;
  }
}

export const homeUrl = () => '/';

/** /articles/2024/01/weifang/ — the id keeps its folders. */
export const articleUrl = (id: string) => `/articles/${id.split('/').map(segment).join('/')}/`;

/** The QR code of an article's address (分享到微信), a file in the article's folder. */
export const articleQrUrl = (id: string) => `${articleUrl(id)}qr.png`;

/** The id in an article's URL: articleUrl read back. */
export function articleIdOf(url: string): string {
  const path = /^\/articles\/(.+)\/$/.exec(url)?.[1];
  if (!path) throw new Error(`${url} is not an article's URL`);
  return path.split('/').map(decodeURIComponent).join('/');
}

export const sectionUrl = (id: string, page = 1) => paged(`/sections/${segment(id)}/`, page);

export const sectionFeedUrl = (id: string) => `/sections/${segment(id)}/rss.xml`;

/**
 * The folder of the tag index's later pages: /tags/page/2/. A tag may be any number (12348, the
 * legal-aid hotline), so /tags/2/ would be a tag's own page; a tag may not be this word (schema.ts).
 */
export const TAG_INDEX_PAGES = 'page';

/** The tag index: /tags/, then /tags/page/2/ … */
export const tagsUrl = (page = 1) => (page > 1 ? paged(`/tags/${TAG_INDEX_PAGES}/`, page) : '/tags/');

export const tagUrl = (tag: string, page = 1) => paged(`/tags/${segment(tag)}/`, page);

export const peopleUrl = () => '/people/';

export const personUrl = (id: string, page = 1) => paged(`/people/${segment(id)}/`, page);

export const archiveUrl = () => '/archive/';

/** A month as its archive address writes it, 01 to 12: also the month page's route parameter. */
export const monthSegment = (month: number) => String(month).padStart(2, '0');

export const yearUrl = (year: number) => `/archive/${year}/`;

export const monthUrl = (year: number, month: number, page = 1) => paged(`/archive/${year}/${monthSegment(month)}/`, page);

export const topicsUrl = () => '/topics/';

export const topicUrl = (id: string, page = 1) => paged(`/topics/${segment(id)}/`, page);

/**
 * Page `page` of a listing (at `url`, its own address) with its number written, as from page 2
 * on: /sections/today/2/, /tags/page/2/. Page 1 lives at the listing's own address; numbered
 * (/sections/today/1/), as readers and editors type or paste it, it only sends them there
 * (movedPages).
 */
export const numberedPage = (url: string, page: number) => (url === tagsUrl() ? `/tags/${TAG_INDEX_PAGES}/${page}/` : `${url}${page}/`);

/**
 * Whether a listing of `pages` pages has its page 1 numbered (/sections/<id>/1/), sending readers to
 * the listing: only when it has a page 2, from whose address a reader takes the number. A listing
 * of one page has no numbered page, the first as the second (a 404): at 10,000 articles, most of
 * 3,000 tags are of one page, and each would bring a page and two lines of nginx's map for an
 * address no link shows. (Here, beside numberedPage, not in listings.ts: the 404 page's script
 * bundles old-addresses.ts, and listings.ts would bring it code the page's CSP refuses.)
 */
export const answersPageOne = ({ pages }: { pages: number }) => pages > 1;

/** A standalone page (单页, content/pages/<name>.md): under /pages/, which no old address, section or tag can take. */
export const pageUrl = (name: string) => `/pages/${segment(name)}/`;

/** The address parameter, and the search forms' field, that carries what a reader searches for. */
export const QUERY_PARAM = 'q';

/**
 * The longest query the search boxes take (their maxlength, in UTF-16 code units), a longer paste
 * cut there. Percent-encoded, a Chinese character is 9 bytes, and nginx (as CDNs do) refuses an
 * address past the 8 KB of a request line with 414 Request-URI Too Large: a passage of 1,000
 * characters made the search's address 8.3 KB, and the result's, which carries it (`highlightedUrl`),
 * longer. 500 keep them under 4.6 KB; what a passage of 500 finds, its first 500 find too.
 */
export const QUERY_MAX_LENGTH = 500;

export const searchUrl = (query?: string) =>
  query ? `/search/?${QUERY_PARAM}=${encodeURIComponent(query)}` : '/search/';

/**
 * The search page with filters and no words: each filter's parameter is its facet's name, as the
 * search page reads and writes them (FACETS in src/lib/search-engine.ts), so that a facet renamed
 * there is renamed here, or tsc says so.
 */
export const filteredSearchUrl = (filters: Partial<Record<Facet, string>>) => `/search/?${new URLSearchParams(Object.entries(filters))}`;

/** The search page listing a year's articles, newest first: the year filter alone, to narrow by section, source or author, or to search within. */
export const yearSearchUrl = (year: number) => filteredSearchUrl({ year: String(year) });

/** The address parameter that carries a reader's search to an article opened from its results. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * An article opened from the search results: the article marks the words searched for. Opened
 * from a search of filters alone, there is nothing to mark, and its plain address loads no script
 * to mark nothing.
 */
export const highlightedUrl = (url: string, query: string) =>
  query ? `${url}?${HIGHLIGHT_PARAM}=${encodeURIComponent(query)}` : url;

export const feedUrl = () => '/rss.xml';
/** The sitemaps' index, named by @astrojs/sitemap. */
export const sitemapUrl = () => '/sitemap-index.xml';
/** The Google News sitemap: the articles of the last two days (src/lib/news-sitemap.ts). */
export const newsSitemapUrl = () => '/sitemap-news.xml';
export const faviconUrl = () => '/favicon.svg';
/**
 * The site's icon as an ICO file, at the address browsers, feed readers and search engines ask for
 * when a page names none (src/pages/favicon.ico.ts): for those that show no SVG icon.
 */
export const icoUrl = () => '/favicon.ico';
/** The site's icon as a PNG, at the address iPhones ask for (src/pages/apple-touch-icon.png.ts). */
export const touchIconUrl = () => '/apple-touch-icon.png';

/** The picture shared with a link to a page that has none of its own (src/pages/share.png.ts). */
export const shareIconUrl = () => '/share.png';

/** Where the search index lives, and its list of parts (written by the build). */
export const searchIndexUrl = () => '/pagefind/';
export const searchManifestUrl = () => `${searchIndexUrl()}parts.json`;

/** An absolute URL on the site, for feeds, canonical links and sitemaps. */
export const absoluteUrl = (path: string, site: string) => new URL(path, site).href;

/** A file of the table of old addresses with a query string (`/plus/view.php?aid=123`), which the 404 page looks up: oldAddressTable. */
export const oldAddressesUrl = (file: number) => `/old-addresses/${file}.json`;

/** The addresses of withdrawn articles, for Baidu's 死链提交 and the 404 page (src/lib/withdrawn.ts). */
export const deadLinksUrl = () => '/dead-links.txt';

/**
 * An old address (`aliases`) as the site answers it, by which two are the same: the file a
 * plain one becomes, its path decoded as a host reads it (/a/ and /a/index.html are one page,
 * /%E6%97%A7/ and /旧/ one too: the former, copied from a browser, stopped the build with
 * Astro's English “no matching static path”), or for one with a query string, its path and
 * its parameters in order (?aid=1&x=2 and ?x=2&aid=1 are one address).
 */
export function aliasPage(alias: string): string {
  const at = alias.indexOf('?');
  const page = decodePath(at < 0 ? alias : alias.slice(0, at));
  if (at < 0) return page.endsWith('/') ? `${page}index.html` : page;
  const query = new URLSearchParams(alias.slice(at + 1));
  query.sort();
  return `${page}?${query}`;
}

/**
 * An address a browser asked for (`location.pathname`, percent-encoded, and `location.search`)
 * as aliasPage keys it: how the 404 page looks it up among old and withdrawn addresses.
 */
export const requestedPage = (pathname: string, search: string) => aliasPage(pathname + search);

/**
 * Whether a request (`location.pathname`, percent-encoded, and `location.search`) is the
 * address `address` (written, percent-encoded or in aliasPage's form): the same page, and each
 * of its parameters there with its value (/plus/view.php?aid=7). Parameters the address does
 * not have are a sharer's, not part of it: a link shared in WeChat comes back as
 * …?from=singlemessage&isappinstalled=0, one opened from search as …?highlight=….
 */
export function requestMatches(address: string, pathname: string, search: string): boolean {
  const at = address.indexOf('?');
  if (aliasPage(at < 0 ? address : address.slice(0, at)) !== requestedPage(pathname, '')) return false;
  const asked = new URLSearchParams(search);
  return [...new URLSearchParams(at < 0 ? '' : address.slice(at))].every(([key, value]) => asked.getAll(key).includes(value));
}
