/**
 * The test site served by a real nginx with deploy/nginx.conf, as README "Deploy" describes:
 * every old address (aliases of articles and sections, query strings included) is answered
 * with a 301 to the new address, which search engines follow; withdrawn and draft articles'
 * old addresses, and missing pages, get the 404 page with status 404; a page is asked for
 * again on every view, a file named by its content never (in Chromium). nginx comes from
 * Debian's packages (`apt-get install nginx-light`, which .ci/run does when it is missing).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { NGINX_KEY_BYTES, aliasTooLong, nginxMap } from '../src/lib/old-addresses.ts';
import { freePort } from '../scripts/free-port.ts';
import { launchBrowser } from './support/browser.ts';
import { ROOT, SITE, builtListings, filesUnder, hasPageTwo } from './support/site.ts';
import { list, readSections, readSources } from './support/sources.ts';

const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
const sources = readSources(new Date(inject('buildNow')));

/**
 * Old addresses no demo article has: Chinese, parameters out of order, a folder, and an old site's
 * long Chinese slug (80 characters: 731 bytes as a browser sends it, near the most the content
 * check lets through, NGINX_KEY_BYTES; with map_hash_bucket_size 256 nginx refused to start).
 */
const LONG_SLUG = '关于进一步加强和改进新时代社会组织规范化建设提升社会组织服务能力和治理水平的实施意见'.repeat(2).slice(0, 80);
/**
 * The longest folder of that slug the content check lets through (aliasTooLong): its index.html,
 * which nginxMap keys too, is NGINX_KEY_BYTES as a browser sends it. Checked by the folder alone,
 * it was let through to 1,000 bytes, and nginx, given its 1,010-byte index.html, would not start.
 */
const AT_THE_LIMIT = (() => {
  const folder = (letters: number) => `/${LONG_SLUG.slice(0, 55)}/${LONG_SLUG.slice(0, 54)}/${'x'.repeat(letters)}/`;
  let letters = 0;
  while (aliasTooLong(folder(letters + 1)) === undefined) letters++;
  return folder(letters);
})();
const MORE = [
  { alias: '/新闻/2023/旧文章.html', url: '/articles/2024/01/weifang-minzheng-shehui-zuzhi/' },
  { alias: '/e/action/ShowInfo.php?id=12&classid=2', url: '/articles/2024/01/weifang-minzheng-shehui-zuzhi/' },
  { alias: '/a/difang/', url: '/sections/local/' },
  { alias: `/html/${LONG_SLUG}.html`, url: '/articles/2024/01/weifang-minzheng-shehui-zuzhi/' },
  { alias: AT_THE_LIMIT, url: '/sections/local/' },
];

let dir: string;
let server: ChildProcess;
let base: string;
/** What nginx serves: a copy of the test site. */
let root: string;

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`找不到 nginx（${NGINX}）：请安装 Debian 的 nginx-light 包（apt-get install -y nginx-light），或用 NGINX_PATH 指明可执行文件。`);
  dir = mkdtempSync(path.join(tmpdir(), 'baodao-nginx-'));
  for (const folder of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, folder));
  // The built map, and the addresses above, written by the same rule.
  writeFileSync(path.join(dir, 'old-addresses.nginx'), readFileSync(path.join(SITE, 'old-addresses.nginx'), 'utf8') + nginxMap(MORE));
  // Served from a copy: a test below ages a file's time, which the other test files' site must not see.
  // (mkdtemp's folder is its owner's alone; nginx started as root reads as nobody.)
  root = path.join(dir, 'site');
  chmodSync(dir, 0o755);
  cpSync(SITE, root, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const site = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8')
    .replace('include /var/www/baodao/old-addresses.nginx;', `include ${path.join(dir, 'old-addresses.nginx')};`)
    .replace('root /var/www/baodao;', `root ${root};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`);
  const temp = (name: string) => path.join(dir, name);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;\npid ${temp('nginx.pid')};\nerror_log ${temp('error.log')};\nevents {}\nhttp {\n` +
      `  include /etc/nginx/mime.types;\n  access_log off;\n` +
      `  client_body_temp_path ${temp('body')};\n  proxy_temp_path ${temp('proxy')};\n  fastcgi_temp_path ${temp('fastcgi')};\n` +
      `  uwsgi_temp_path ${temp('uwsgi')};\n  scgi_temp_path ${temp('scgi')};\n${site}\n}\n`,
  );
  server = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await fetch(`${base}/`);
      break;
    } catch {
      if (server.exitCode !== null || Date.now() > deadline) {
        const log = existsSync(temp('error.log')) ? readFileSync(temp('error.log'), 'utf8') : '';
        throw new Error(`nginx did not start:\n${output}${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});

afterAll(async () => {
  if (server?.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (address: string) => fetch(`${base}${address}`, { redirect: 'manual' });

/** Where a 301 sends the reader, as a path. */
async function movedTo(address: string): Promise<string> {
  const response = await get(address);
  expect(response.status, address).toBe(301);
  return new URL(response.headers.get('location')!, base).pathname;
}

test('the site is served: pages, feeds and the search index', async () => {
  const article = sources.find((source) => source.published)!;
  for (const address of ['/', `/articles/${article.id}/`, '/rss.xml', '/pagefind/parts.json']) {
    expect((await get(address)).status, address).toBe(200);
  }
  expect((await get(`/articles/${article.id}/`)).headers.get('content-type')).toBe('text/html; charset=utf-8');
});

test('a video’s captions (video.captions) are served as WebVTT, text/vtt, and asked for again at every use', async () => {
  const captions = sources.flatMap((source) => {
    const video = source.fm['video'] as { captions?: string } | undefined;
    return source.published && video?.captions ? [video.captions] : [];
  });
  expect(captions.length).toBeGreaterThan(0);
  for (const address of captions) {
    const response = await get(address);
    expect(response.status, address).toBe(200);
    // nginx's mime.types has no .vtt: served as application/octet-stream, Firefox shows no captions.
    expect(response.headers.get('content-type'), address).toMatch(/^text\/vtt\b/);
    expect(response.headers.get('cache-control'), address).toBe('no-cache');
    expect(await response.text(), address).toMatch(/^WEBVTT/);
  }
});

test('feeds, sitemaps and the other machine-readable files come compressed too', async () => {
  // A file of the 404 page's table with an address in it: one with none (`{}`) is under nginx's gzip_min_length.
  const table = readdirSync(path.join(SITE, 'old-addresses')).find((name) => readFileSync(path.join(SITE, 'old-addresses', name), 'utf8') !== '{}');
  for (const address of ['/rss.xml', '/sections/today/rss.xml', '/sitemap-index.xml', '/sitemap-0.xml', '/sitemap-news.xml', '/robots.txt', `/old-addresses/${table}`]) {
    const response = await fetch(`${base}${address}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status, address).toBe(200);
    // Before, nginx sent every .xml (as text/xml, which gzip_types left out) whole: a sitemap of 45,000 addresses is ~6 MB.
    expect(response.headers.get('content-encoding'), address).toBe('gzip');
  }
});

/** A response as it crossed the wire: its headers and its body's bytes, not decompressed (fetch would). */
function rawGet(address: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; bytes: number }> {
  return new Promise((resolve, reject) => {
    request(`${base}${address}`, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ headers: response.headers, bytes }));
    })
      .on('error', reject)
      .end();
  });
}

test('a CDN asking on readers\' behalf is given pages, the stylesheet and scripts compressed, and told they vary by Accept-Encoding', async () => {
  const article = sources.find((source) => source.published)!;
  const style = readdirSync(path.join(SITE, '_astro')).find((name) => name.endsWith('.css'))!;
  const script = readdirSync(path.join(SITE, '_astro')).find((name) => name.endsWith('.js'))!;
  for (const address of ['/', `/articles/${article.id}/`, `/_astro/${style}`, `/_astro/${script}`]) {
    // 阿里云 CDN, CloudFront and other CDNs name themselves in Via when they fetch from the site:
    // nginx, by default, then sent every file whole, to the CDN and from it to readers.
    const response = await rawGet(address, { 'accept-encoding': 'gzip', via: '1.1 cdn.example' });
    expect(response.headers['content-encoding'], address).toBe('gzip');
    expect(response.headers['vary'], address).toMatch(/accept-encoding/i);
  }
});

test('pages and the stylesheet are compressed as well as gzip does at its middle level, not at nginx\'s fastest', async () => {
  const article = sources.find((source) => source.published)!;
  const style = readdirSync(path.join(SITE, '_astro')).find((name) => name.endsWith('.css'))!;
  for (const [address, file] of [
    ['/', 'index.html'],
    [`/articles/${article.id}/`, `articles/${article.id}/index.html`],
    [`/_astro/${style}`, `_astro/${style}`],
  ] as const) {
    const { bytes } = await rawGet(address, { 'accept-encoding': 'gzip' });
    // nginx's level 1 sent an article 5–6% and the stylesheet ~20% above this.
    const level5 = gzipSync(readFileSync(path.join(SITE, file)), { level: 5 }).length;
    expect(bytes, address).toBeLessThanOrEqual(level5 * 1.03);
  }
});

const KEPT = 'public, max-age=31536000, immutable';

test('pages come compressed, and files named by their content are kept for a year', async () => {
  const page = await fetch(`${base}/`, { headers: { 'accept-encoding': 'gzip' } });
  expect(page.headers.get('content-encoding')).toBe('gzip');
  const asset = readdirSync(path.join(SITE, '_astro')).find((name) => name.endsWith('.css'))!;
  const response = await get(`/_astro/${asset}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe(KEPT);
  expect((await get('/_astro/no-such-file.css')).status).toBe(404);
  // Pagefind's metadata, index chunks, filters and fragments, each kind, in every part.
  const named = filesUnder(path.join(SITE, 'pagefind')).filter((file) => /\.pf_[a-z]+$/.test(file));
  expect(new Set(named.map((file) => file.replace(/.*\./, ''))).size).toBe(4);
  for (const file of named) expect((await get(`/pagefind/${file}`)).headers.get('cache-control'), file).toBe(KEPT);
});

test('a file whose name stays from one build to the next is asked for again at every use', async () => {
  const part = (JSON.parse(readFileSync(path.join(SITE, 'pagefind/parts.json'), 'utf8')) as { parts: { id: string }[] }).parts[0]!.id;
  const article = sources.find((source) => source.published)!;
  const stable = ['/', `/articles/${article.id}/`, '/rss.xml', '/sitemap-index.xml', '/pagefind/parts.json', `/pagefind/${part}/pagefind-entry.json`];
  for (const address of stable) {
    const response = await get(address);
    expect(response.status, address).toBe(200);
    expect(response.headers.get('cache-control'), address).toBe('no-cache');
  }
  // The site's icon, asked for again on every page a reader opens, is kept, for no longer than a day.
  for (const [address, type] of [
    ['/favicon.svg', 'image/svg+xml'],
    ['/favicon.ico', 'image/x-icon'],
  ]) {
    const response = await get(address!);
    expect(response.headers.get('content-type')?.split(';')[0], address).toBe(type);
    const icon = Number(/max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1]);
    expect(icon, address).toBeGreaterThan(0);
    expect(icon, address).toBeLessThanOrEqual(86_400);
  }
  // Pagefind's script, worker (with the guard before it) and wasm keep their names when they change: kept at most an hour.
  const runtime = filesUnder(path.join(SITE, 'pagefind', part)).filter((file) => !file.includes('/') && !file.endsWith('.json') && !file.endsWith('.pf_meta'));
  expect(runtime.length).toBe(3);
  for (const file of runtime) {
    const kept = /max-age=(\d+)/.exec((await get(`/pagefind/${part}/${file}`)).headers.get('cache-control') ?? '');
    expect(Number(kept?.[1]), file).toBeGreaterThan(0);
    expect(Number(kept?.[1]), file).toBeLessThanOrEqual(3600);
  }
});

test('in Chromium, a reader who comes back to the front page by a link is given the one on the server, however old', async () => {
  // A front page last built 20 days ago: without a Cache-Control, Chromium kept it for a tenth of
  // that, two days, and showed it again from its cache without asking, a new deploy's news unseen.
  const front = path.join(root, 'index.html');
  const before = new Date(Date.now() - 20 * 86_400_000);
  utimesSync(front, before, before);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.goto(`${base}/archive/`);
    await page.locator('.site-name').click();
    await page.waitForURL(`${base}/`);
    // Asked for again: a 304's headers at least, where a page shown from the cache unasked transfers 0 bytes.
    const asked = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).transferSize);
    expect(asked).toBeGreaterThan(0);
  } finally {
    await browser.close();
  }
});

test('in Chromium, a passage of 1,000 characters pasted into either search box is searched, and its result opened, at addresses nginx accepts', async () => {
  // Percent-encoded, a Chinese character takes 9 bytes: 1,000 of them made an address of 8.3 KB, past
  // the 8 KB of a request line nginx (and CDNs) accept, and the result's article, as a reload of the
  // search, came back 414 Request-URI Too Large, in English.
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const seed = '/articles/2024/01/weifang-minzheng-shehui-zuzhi/';
    await page.goto(`${base}${seed}`);
    const body = await page.$$eval('.article__body p', (paragraphs) => paragraphs.map((p) => (p as HTMLElement).innerText).join(' '));
    // From the second sentence: the first follows the dateline, which is not the body's text.
    const passage = body.slice(60, 1060);
    expect(passage).toHaveLength(1000);
    for (const box of ['#site-search', '#search-query']) {
      // The header's box on the article, then the search page's own.
      if (box === '#search-query') await page.goto(`${base}/search/`);
      await page.focus(box);
      await page.keyboard.insertText(passage); // as a paste puts it
      if (box === '#site-search') {
        // The header's box on an article is a plain form: the search page comes from nginx.
        const [searched] = await Promise.all([
          page.waitForResponse((response) => new URL(response.url()).pathname === '/search/'),
          page.press(box, 'Enter'),
        ]);
        expect(searched.status()).toBe(200);
      } else {
        await page.press(box, 'Enter');
      }
      await expect.poll(() => page.textContent('[data-search-status]'), { timeout: 20_000 }).toBe('找到 1 条结果');
      // Its address, shared or reloaded.
      expect((await fetch(page.url())).status, box).toBe(200);
      const [opened] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === seed),
        page.click('.search-result__title a'),
      ]);
      expect(opened.status(), box).toBe(200);
      await page.waitForURL((url) => url.pathname === seed);
      expect(new URL(page.url()).pathname).toBe(seed);
    }
  } finally {
    await browser.close();
  }
});

test("every published article's old addresses, query strings included, answer 301 to the article", async () => {
  const moved = sources.filter((source) => source.published && list(source.fm['aliases']).length > 0);
  expect(moved.length).toBeGreaterThan(0);
  expect(moved.flatMap((source) => list(source.fm['aliases'])).some((alias) => alias.includes('?'))).toBe(true);
  for (const source of moved) {
    for (const alias of list(source.fm['aliases'])) expect(await movedTo(alias), alias).toBe(`/articles/${source.id}/`);
  }
});

test("every section's old addresses answer 301 to the section", async () => {
  const sections = readSections().filter((section) => (section.aliases ?? []).length > 0);
  expect(sections.length).toBeGreaterThan(0);
  for (const section of sections) {
    for (const alias of section.aliases!) expect(await movedTo(alias), alias).toBe(`/sections/${section.id}/`);
  }
});

test('an old address in Chinese (a long slug too), with its parameters as written or in order, or as its folder’s index.html, is found too', async () => {
  expect(await movedTo('/新闻/2023/旧文章.html')).toBe(MORE[0]!.url);
  expect(await movedTo('/e/action/ShowInfo.php?id=12&classid=2')).toBe(MORE[1]!.url);
  expect(await movedTo('/e/action/ShowInfo.php?classid=2&id=12')).toBe(MORE[1]!.url);
  expect(await movedTo('/a/difang/')).toBe(MORE[2]!.url);
  expect(await movedTo('/a/difang/index.html')).toBe(MORE[2]!.url);
  expect(await movedTo(MORE[3]!.alias)).toBe(MORE[3]!.url);
});

test('the longest old address the content check lets through, a folder, answers 301 as written and as its index.html', async () => {
  expect(Buffer.byteLength(new URL(`${AT_THE_LIMIT}index.html`, base).pathname)).toBe(NGINX_KEY_BYTES);
  expect(await movedTo(AT_THE_LIMIT)).toBe('/sections/local/');
  expect(await movedTo(`${AT_THE_LIMIT}index.html`)).toBe('/sections/local/');
});

test('a listing’s page 1 numbered (/sections/today/1/, a topic’s, /tags/page/1/), and as its index.html, answers 301 to the listing when it has a page 2; of a listing of one page, and past the last page, it is a 404', async () => {
  const listings = builtListings();
  const numbered = (url: string) => (url === '/tags/' ? '/tags/page/1/' : `${url}1/`);
  const paged = listings.filter((url) => hasPageTwo(url));
  expect(paged.length).toBeGreaterThan(2);
  for (const url of paged) {
    expect(await movedTo(numbered(url)), numbered(url)).toBe(url);
    expect(await movedTo(`${numbered(url)}index.html`), numbered(url)).toBe(url);
  }
  const single = listings.filter((url) => !hasPageTwo(url));
  expect(single.length).toBeGreaterThan(2);
  for (const url of single.slice(0, 5)) expect((await get(numbered(url))).status, numbered(url)).toBe(404);
  expect((await get('/sections/today/99/')).status).toBe(404);
});

test("withdrawn and draft articles' addresses, and missing pages, get the 404 page with status 404", async () => {
  const gone = sources.filter((source) => !source.published && source.date.getTime() < Date.now() && list(source.fm['aliases']).length > 0);
  expect(gone.map((source) => source.fm['withdrawn'] === undefined ? 'draft' : 'withdrawn').sort()).toEqual(['draft', 'withdrawn']);
  const notFound = readFileSync(path.join(SITE, '404.html'), 'utf8');
  for (const address of [...gone.flatMap((source) => [`/articles/${source.id}/`, ...list(source.fm['aliases'])]), '/plus/view.php?aid=1', '/no/such/page/']) {
    const response = await get(address);
    expect(response.status, address).toBe(404);
    expect(await response.text(), address).toBe(notFound);
  }
});
