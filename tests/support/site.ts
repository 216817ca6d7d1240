/** Where the site tests find the built test site and its content. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** content/ plus tests/fixtures/unpublished/, withdrawn/, mdx-topic/, long-topic/, picture-sizes/, wordless/, extreme-content/ and search-forms/, built by tests/setup/build-test-site.ts. */
export const TEST_CONTENT = path.join(ROOT, '.build/test-content');
/** public/ plus tests/fixtures/public/ (attachments the fixtures link to, a picture one shows), built by tests/setup/build-test-site.ts. */
export const TEST_PUBLIC = path.join(ROOT, '.build/test-public');
/** The built test site (under TZ=UTC). */
export const SITE = path.join(ROOT, '.build/test-site');
/**
 * How the test site is built (besides TZ, output and clock): content plus unpublished
 * and withdrawn fixtures, public/ plus the fixtures' attachments, a search index in parts
 * of 20 articles so tests see parts merged, the 404 page's table of old addresses in as
 * many files as it has addresses, so that the 404 page finds one only in the file the build chose,
 * and 20 tags a page of the tag index, so that its few dozen tags make several pages.
 */
export const TEST_SITE_ENV = { BAODAO_CONTENT: TEST_CONTENT, BAODAO_PUBLIC: TEST_PUBLIC, BAODAO_SEARCH_PART_SIZE: '20', BAODAO_OLD_ADDRESSES_PER_FILE: '1', BAODAO_TAGS_PER_PAGE: '20' };
/**
 * The 404 page's table of old addresses with a query string, every file of it
 * (old-addresses/<n>.json) read and merged: aliasPage's form → new address.
 */
export function oldAddressesOf(site = SITE): Record<string, string> {
  const dir = path.join(site, 'old-addresses');
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /^\d+\.json$/.test(name)) : [];
  return Object.assign({}, ...files.map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Record<string, string>)) as Record<string, string>;
}

/** What the test site's build printed. */
export const BUILD_LOG = path.join(ROOT, '.build/test-site.log');

/** Every file under `dir`, as paths relative to it with `/`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The built file for a site URL path (`/articles/x/` → articles/x/index.html). */
export function builtFile(urlPath: string, site = SITE): string {
  const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const file = path.join(site, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  return file;
}

export function readPage(urlPath: string, site = SITE): string {
  const file = builtFile(urlPath, site);
  if (!existsSync(file)) throw new Error(`no page at ${urlPath} (${file})`);
  return readFileSync(file, 'utf8');
}

/**
 * Every paginated listing the build wrote, by its address as a browser sends it (/sections/today/,
 * /tags/%E6%B0%91%E6%94%BF/, /archive/2024/01/, /tags/): each folder of a section, a person, a
 * topic, a tag and a month that holds a page (index.html), read from the built site, not from the
 * code that wrote it.
 */
export function builtListings(site = SITE): string[] {
  const folders = (under: string) =>
    existsSync(path.join(site, under))
      ? readdirSync(path.join(site, under), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(path.join(site, under, entry.name, 'index.html')))
          .map((entry) => `${under}/${entry.name}`)
      : [];
  const listings = [
    ...['sections', 'people', 'topics'].flatMap(folders),
    ...folders('tags').filter((folder) => folder !== 'tags/page'),
    ...folders('archive').flatMap(folders),
  ];
  return ['/tags/', ...listings.map((folder) => encodeURI(`/${folder}/`))];
}

/** Whether the built listing at `url` (one of builtListings) has a page 2: /sections/today/2/, /tags/page/2/ for /tags/. */
export function hasPageTwo(url: string, site = SITE): boolean {
  const second = url === '/tags/' ? 'tags/page/2' : `${decodeURI(url).slice(1)}2`;
  return existsSync(path.join(site, second, 'index.html'));
}
