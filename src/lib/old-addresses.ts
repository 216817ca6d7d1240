/**
 * Every old address the site answers (`aliases` of articles and sections, and listings' page 1
 * numbered: /sections/today/1/), with where it
 * leads: the alias pages ([...alias].ts), the 404 page's table (old-addresses/[file].json.ts), and
 * nginx's (old-addresses.nginx.ts).
 */
import type { ArticleData, SectionData } from './schema.ts';
import type { Listing } from './listings.ts';
import { aliasPage, answersPageOne, decodePath, numberedPage, requestedPage, requestMatches, sectionUrl } from './urls.ts';
import { aliasOwnerOf } from './withdrawn.ts';

export interface MovedPage {
  alias: string;
  /** The page's new address. */
  url: string;
  title: string;
  /** An article's or a section's old address, or a listing's page 1 numbered (/sections/today/1/). */
  kind: 'article' | 'section' | 'listing';
}

/**
 * Every address that sends readers on: articles' and sections' old addresses (`aliases`), and
 * the page 1 of each of `listings` with later pages, numbered as they are (numberedPage:
 * /sections/today/1/, /tags/page/1/; answersPageOne), which readers and editors type or paste
 * and which was a 404, page 1 being the listing's own address.
 */
export function movedPages(
  {
    articles,
    sections,
  }: {
    articles: readonly { url: string; data: Pick<ArticleData, 'title' | 'aliases'> }[];
    sections: readonly Pick<SectionData, 'id' | 'name' | 'aliases'>[];
  },
  listings: readonly Pick<Listing, 'name' | 'url' | 'pages'>[] = [],
): MovedPage[] {
  return [
    ...articles.flatMap(({ url, data }) => data.aliases.map((alias) => ({ alias, url, title: data.title, kind: 'article' as const }))),
    ...sections.flatMap(({ id, name, aliases }) => aliases.map((alias) => ({ alias, url: sectionUrl(id), title: name, kind: 'section' as const }))),
    ...listings.filter(answersPageOne).map(({ name, url }) => ({ alias: numberedPage(url(1), 1), url: url(1), title: name, kind: 'listing' as const })),
  ];
}

/**
 * The moved page at a request's path (percent-encoded, as `URL.pathname` has it), among the old
 * addresses without a query string: those the build writes a page for ([...alias].ts), matched
 * as the 404 page matches one (a folder is its index.html too). `npm run dev`, which writes no
 * such page, answers them with it (src/middleware.ts).
 */
export function movedPageAt(moved: readonly MovedPage[], pathname: string): MovedPage | undefined {
  return moved.find(({ alias }) => !alias.includes('?') && requestMatches(alias, pathname, ''));
}

/** An address as a browser sends it: non-ASCII and spaces percent-encoded (UTF-8), as the WHATWG URL parser does. */
function asSent(address: string): string {
  const url = new URL(address, 'http://localhost');
  return `${url.pathname}${url.search}`;
}

/**
 * The keys nginx's map holds for an old address (nginxMap): the address as a browser sends it
 * (asSent), and, where they differ, with its parameters in order (aliasPage's form) and, for a
 * folder, as its index.html, 10 bytes longer.
 */
function nginxKeys(alias: string): string[] {
  return [...new Set([alias, aliasPage(alias)].map(asSent))];
}

/**
 * The site at the start of an old address: with its scheme (`http://www.fzbd.cn`), after `//`, or its
 * host alone before a `/` (`www.fzbd.cn/`, as an address bar shows it without `http://`), never a
 * page's name before a path (`index.php/archives/1/`).
 */
const OLD_SITE = /^(?:(?:https?:)?\/\/[^/]+|(?:[a-z0-9-]+\.)+(?!(?:php|aspx?|jsp|s?html?|cgi)\b)[a-z]{2,}(?::\d+)?(?=\/))/i;

/** An old address as an alias: the path and parameters of a full URL (`http://www.fzbd.cn/html/2024/0123/1.html`: the new site takes over the domain). */
export const aliasOf = (url: string): string => url.replace(OLD_SITE, '') || '/';

/** The most bytes a file's or a folder's name may have: 255 on every disk the site is built or hosted on (ext4, APFS, NTFS). */
export const NAME_BYTES = 255;

/**
 * The longest old address, as a browser sends it (asSent: a Chinese character is 9 bytes), that
 * nginx's map holds with deploy/nginx.conf's `map_hash_bucket_size 1024` (1,007 bytes, measured
 * with nginx 1.22; at 256, an address of 27 Chinese characters did not fit, and nginx refused the
 * whole configuration: `could not build map_hash`).
 */
export const NGINX_KEY_BYTES = 1000;

/** An old address shown in a message: as its editor reads it (decoded), its first 40 characters. */
const shown = (alias: string) => {
  const read = decodePath(alias);
  return read.length > 40 ? `${read.slice(0, 40)}…` : read;
};

/**
 * What is wrong with an old address too long for the site to keep (`aliases`, read by the schema),
 * or undefined: a part of its path (between two `/`, decoded, as aliasPage names its page) longer
 * than a file's or a folder's name can be (the build stopped in English, ENAMETOOLONG: a long
 * Chinese slug of an old site, 86 characters and more), or a key nginxMap writes for it (nginxKeys:
 * a folder's index.html too), as a browser sends it, longer than an entry of nginx's map can be
 * (nginx would not start). Neither can answer on any host: the editor
 * is told to leave it out.
 */
export function aliasTooLong(alias: string): string | undefined {
  const why = aliasTooLongReason(alias);
  return why && `${why}：这个旧地址保留不了，请删去`;
}

/** Why an old address is too long for the site to keep (aliasTooLong), without what to do: `npm run import` leaves it out. */
export function aliasTooLongReason(alias: string): string | undefined {
  const at = alias.indexOf('?');
  const encoder = new TextEncoder();
  const part = at < 0 ? aliasPage(alias).split('/').find((name) => encoder.encode(name).length > NAME_BYTES) : undefined;
  if (part !== undefined) {
    return `旧地址“${shown(alias)}”中的一段有 ${encoder.encode(part).length} 字节，超过文件名的上限 ${NAME_BYTES} 字节（约 ${Math.floor(NAME_BYTES / 3)} 个汉字），网站无法为它生成跳转页面`;
  }
  // The longest key nginxMap writes for it: a folder's index.html is 10 bytes more than the folder.
  const sent = Math.max(...nginxKeys(alias).map((key) => encoder.encode(key).length));
  if (sent > NGINX_KEY_BYTES) {
    const folder = at < 0 && alias.endsWith('/') ? '（连同文件夹的 index.html）' : '';
    return `旧地址“${shown(alias)}”太长：浏览器发出时${folder}有 ${sent} 字节（一个汉字 9 字节），超过 nginx 跳转表一项的上限 ${NGINX_KEY_BYTES} 字节，nginx 会因此无法启动`;
  }
  return undefined;
}

/** An address in nginx's syntax, in double quotes (asSent leaves no `"`; a `\\` may stay in a query). */
const quoted = (address: string) => `"${address.replaceAll('\\', '\\\\')}"`;

/**
 * The entries of an nginx `map` from `$request_uri` to where an old address now is
 * (deploy/nginx.conf includes them), so that nginx answers each with a permanent redirect,
 * query strings included: `"/plus/view.php?aid=1024" "/articles/2024/03/x/";`. An address is
 * keyed as written, and, where they differ, with its parameters in order (aliasPage's form)
 * and, for a folder, as its index.html; `$` in a target is percent-encoded, since nginx
 * would read it as a variable.
 */
export function nginxMap(moved: readonly Pick<MovedPage, 'alias' | 'url'>[]): string {
  const lines = new Map<string, string>();
  for (const { alias, url } of moved) {
    for (const key of nginxKeys(alias)) lines.set(key, `${quoted(key)} ${quoted(asSent(url).replaceAll('$', '%24'))};`);
  }
  return [...lines.values()].map((line) => `${line}\n`).join('');
}

/**
 * Where the 404 page sends a request (`location.pathname` and `location.search`) for an old
 * address with a query string, given the addresses of the table's files it downloaded
 * (aliasPage's form → new address): the address itself, or, when a sharer added parameters
 * (…?aid=7&from=timeline), the address with the most parameters that the request has
 * (requestMatches).
 */
export function movedTo(addresses: Readonly<Record<string, string>>, pathname: string, search: string): string | undefined {
  const exact = addresses[requestedPage(pathname, search)];
  if (exact !== undefined) return exact;
  const parameters = (alias: string) => new URLSearchParams(alias.slice(alias.indexOf('?'))).size;
  // Every key is read (requestMatches): a folder's address (/e/action/ListInfo/?classid=2) is the
  // request for its index.html too, which the key's prefix does not tell.
  const best = Object.keys(addresses)
    .filter((alias) => requestMatches(alias, pathname, search))
    .sort((a, b) => parameters(b) - parameters(a))[0];
  return best === undefined ? undefined : addresses[best];
}

/**
 * About how many old addresses one file of the 404 page's table holds. The whole table of an
 * archive imported from DedeCMS, every article at /plus/view.php?aid=N and now at
 * /articles/2019/03/N/, is 2.7 MB at 50,000 articles (292 KB gzipped): a reader who followed an
 * old link waited for all of it before going on, on a phone too. Split, a 404 downloads one
 * file a parameter of its address: at 50,000, 782 files of 2.0–5.2 KB (0.32–0.65 KB gzipped).
 * These are the figures the README points to (measured with Node's zlib at its default level).
 */
export const ADDRESSES_PER_FILE = 64;

/** 32-bit FNV-1a of a string's UTF-16 code units: the same in the build and in the 404 page's script. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return value >>> 0;
}

/**
 * Which of `files` files a key goes in: the jump consistent hash of Lamping and Veach (2014) of
 * its FNV-1a, with splitmix32 as its sequence of random numbers (32-bit integer arithmetic, the
 * same in Node and in the browser; each number stirs every bit of the hash, where xorshift32's
 * first barely moved for keys whose hashes differ in their low bits). The 404 page is told the count by its HTML, which GitHub
 * Pages lets browsers keep 10 minutes after a deploy, while the files are the new build's: with
 * `hash % files` nearly every address moved whenever the count changed (every ~64 addresses
 * added), and a page kept from before found almost none. Here, when the count grows from n to
 * n + 1 only the keys the new file takes move (about 1 in n + 1), and a page kept from a build
 * with m files still finds every address but those that went to the files m and above.
 */
export function fileOf(key: string, files: number): number {
  let state = hash(key);
  let file = 0;
  for (let next = 0; next < files; ) {
    file = next;
    state = (state + 0x9e3779b9) | 0;
    let random = Math.imul(state ^ (state >>> 16), 0x85ebca6b);
    random = Math.imul(random ^ (random >>> 13), 0xc2b2ae35);
    random = (random ^ (random >>> 16)) >>> 0;
    // The next file this key would jump to, as the count grows: (file + 1) / r, r uniform in (0, 1].
    next = Math.floor(((file + 1) * 2 ** 32) / (random + 1));
  }
  return file;
}

/** One parameter of an address with its page, as the table's files are keyed: `/plus/view.php?aid=7`. */
const parameterKey = (page: string, name: string, value: string) => `${page}?${new URLSearchParams([[name, value]])}`;

/** The parameters of a query (`?aid=7&from=timeline`), each with the page (requestedPage's form), as parameterKey keys them. */
const parameterKeys = (page: string, query: string) => [...new URLSearchParams(query)].map(([name, value]) => parameterKey(page, name, value));

/**
 * The 404 page's table of the old addresses with a query string (aliasPage's form → new
 * address), split into files of about `perFile` (src/pages/old-addresses/[file].json.ts).
 * An address is in the file of one of its parameters, with its page: since every parameter
 * of an address is in a request that is that address (requestMatches), the files of the
 * request's parameters hold it (oldAddressFilesOf). The parameter is the one fewest addresses
 * share, so that EmpireCMS's ?classid=2&id=12 goes by its id, not with its whole class.
 */
export function oldAddressTable(moved: readonly Pick<MovedPage, 'alias' | 'url'>[], perFile = ADDRESSES_PER_FILE): Record<string, string>[] {
  const withQuery = moved.flatMap(({ alias, url }) => {
    const at = alias.indexOf('?');
    const keys = at < 0 ? [] : parameterKeys(requestedPage(alias.slice(0, at), ''), alias.slice(at));
    return keys.length > 0 ? [{ alias, url, keys }] : [];
  });
  const sharing = new Map<string, number>();
  for (const { keys } of withQuery) for (const key of new Set(keys)) sharing.set(key, (sharing.get(key) ?? 0) + 1);
  const files: Record<string, string>[] = Array.from({ length: Math.ceil(withQuery.length / perFile) }, () => ({}));
  for (const { alias, url, keys } of withQuery) {
    const rarest = keys.reduce((best, key) => (sharing.get(key)! < sharing.get(best)! ? key : best));
    files[fileOf(rarest, files.length)]![aliasPage(alias)] = url;
  }
  return files;
}

/** The files of the table (`files` of them) that hold any old address a request could be: one a parameter of the request. */
export function oldAddressFilesOf(pathname: string, search: string, files: number): number[] {
  if (files <= 0) return [];
  return [...new Set(parameterKeys(requestedPage(pathname, ''), search).map((key) => fileOf(key, files)))].sort((a, b) => a - b);
}

/**
 * The new address of the article (of `articles`: their addresses `url` and old ones `aliases`)
 * that a link to an old address leads to (`address`: a path of the old site and its query, as
 * written), matched as the content check and the 404 page match one (aliasOwnerOf). The importer
 * writes a body's link to an old article (/html/2019/0305/50002.html, /plus/view.php?aid=50002)
 * as a link to its new address. Looked up as written first: an archive has thousands of
 * addresses, most of one page (/plus/view.php) told apart by their query.
 */
export function articleAtOldAddress(articles: readonly { url: string; aliases: readonly string[] }[]): (address: string) => string | undefined {
  type Article = (typeof articles)[number];
  const split = (address: string) => {
    const at = address.indexOf('?');
    return at < 0 ? { path: address, query: '' } : { path: address.slice(0, at), query: address.slice(at) };
  };
  const exact = new Map<string, Article>();
  const byPath = new Map<string, Article[]>();
  for (const article of articles) {
    for (const alias of article.aliases) {
      const { path, query } = split(alias);
      exact.set(requestedPage(path, query), article);
      // Added to in place: every DedeCMS article is at /plus/view.php, and a list copied per article grew with the square of the archive.
      const key = requestedPage(path, '');
      const same = byPath.get(key);
      if (same) same.push(article);
      else byPath.set(key, [article]);
    }
  }
  return (address) => {
    const { path, query } = split(address);
    const found = exact.get(requestedPage(path, query));
    if (found) return found.url;
    // A folder's address written without its closing / is the folder's too (aliasOwnerOf).
    const candidates = [path, `${path}/`].flatMap((folder) => byPath.get(requestedPage(folder, '')) ?? []);
    return aliasOwnerOf(address, candidates)?.url;
  };
}
