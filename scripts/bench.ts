/**
 * `npm run bench [-- --articles N] [--skip-baseline] [--skip-browser] [--skip-import] [--search-only] [--warm-cache]`: builds a
 * site of N synthetic articles (default 10,000; scripts/bench-corpus.ts) outside content/ and
 * reports:
 *
 * - the build: wall time, peak memory (the whole process tree, and each process), pages
 *   built, pages per second, size of dist/;
 * - the search index: time and peak memory of our indexing (inside the build), next to a
 *   plain `pagefind --site dist` over the same pages, run right after;
 * - search in Chromium: bytes for the first search (page, UI, index) and for a following
 *   one, gzip-compressed as a CDN would send them, and the time from Enter to results (and,
 *   for a query of two parts, to its filters' counts); searches of filters alone, no words
 *   (the largest year, section and author, and that section in that year: bench-search.ts),
 *   from the address in a fresh tab and with Enter on an open page, beside words from the
 *   address; the same queries over the plain Pagefind index, through Pagefind's own API;
 * - `npm run import` of the same articles written as an old CMS's CSV export (HTML bodies
 *   with typed indents, Unix times), into an empty content folder: time and peak memory.
 *
 * Memory is sampled from /proc every 100 ms (Pagefind runs as a child process, so the
 * node process's own figure misses it).
 *
 * The build is a first CI build's: its picture cache is emptied before it, so every cover and
 * body picture of the corpus is made anew. With `--warm-cache` it keeps the cache the last run
 * left, as an hourly build that restores it does, and makes only the pictures that are new: the
 * corpus is the same each run, so none are, and it measures a rebuild with nothing new, the floor
 * of an hourly build; it says how many pictures it took from the cache and how many it made. The
 * site is built into .bench/site, whose cache (.build/site-cache) is not the one of the project's own dist/.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parseSiteDate } from '../src/lib/dates.ts';
import { bodyOf, readFrontmatter } from '../src/lib/frontmatter.ts';
import siteConfig from '../src/site.config.ts';
import { SHARES, writeCorpus } from './bench-corpus.ts';
import { filterCases, type FilterCase } from './bench-search.ts';
import { freePort } from './free-port.ts';
import { cachedPictures, imageCacheDir, picturesReused } from './image-cache.ts';
import { searchIndexUrl, searchManifestUrl, searchUrl } from '../src/lib/urls.ts';
import type { Manifest } from '../src/lib/search-engine.ts';

const USAGE = '用法：npm run bench -- [--articles 篇数（默认 10000）] [--skip-baseline] [--skip-browser] [--skip-import] [--search-only] [--warm-cache]';

/** The options, or the usage and exit 1 (as the other scripts do), never node's stack for a mistyped option. */
function readArgs() {
  try {
    const { values } = parseArgs({
      options: {
        articles: { type: 'string', default: '10000' },
        'skip-baseline': { type: 'boolean', default: false },
        'skip-browser': { type: 'boolean', default: false },
        /** Only the search in Chromium, over the site the last run built (.bench/site). */
        'search-only': { type: 'boolean', default: false },
        'skip-import': { type: 'boolean', default: false },
        /** Keep the picture cache of the last run: an hourly build's, not a first one's. */
        'warm-cache': { type: 'boolean', default: false },
      },
    });
    // `--articles 1万` or `--articles=` would write a corpus named content-NaN of no articles.
    if (!/^[1-9]\d*$/.test(values.articles)) throw new Error();
    return values;
  } catch {
    console.error(USAGE);
    process.exit(1);
  }
}
const values = readArgs();
const ARTICLES = Number(values.articles);
const ROOT = process.cwd();
const BENCH = path.join(ROOT, '.bench');
const CONTENT = path.join(BENCH, `content-${ARTICLES}`);
/** The corpus's files served as they are (BAODAO_PUBLIC): the site's icon and the attachments. */
const PUBLIC = path.join(BENCH, `public-${ARTICLES}`);
const DIST = path.join(BENCH, 'site');
/** Where the plain `pagefind --site dist` index is written: inside the site, so the browser step can search it too. */
const BASELINE = path.join(DIST, 'pagefind-baseline');
/** How long a reader pauses between typing and Enter, for the second Enter → results figure. */
const PAUSE = 500;

interface ProcessPeak {
  pid: number;
  name: string;
  peakMB: number;
}

interface RunResult {
  seconds: number;
  code: number | null;
  output: string;
  /** Highest sum of resident memory over the whole process tree. */
  treePeakMB: number;
  processes: ProcessPeak[];
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** Every descendant of `root`, found through /proc/<pid>/stat. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(Number(entry), 'stat');
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]!) ?? []));
  return found;
}

const kB = (status: string, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);

/** Runs a command, sampling the memory of its process tree. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const peaks = new Map<number, ProcessPeak>();
    let treePeak = 0;
    const sample = () => {
      let sum = 0;
      for (const pid of tree(child.pid!)) {
        const status = readProc(pid, 'status');
        if (!status) continue;
        sum += kB(status, 'VmRSS');
        const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? '?';
        const peak = kB(status, 'VmHWM') / 1024;
        const known = peaks.get(pid);
        if (!known || peak > known.peakMB) peaks.set(pid, { pid, name, peakMB: peak });
      }
      treePeak = Math.max(treePeak, sum / 1024);
    };
    const timer = setInterval(sample, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        seconds: (performance.now() - started) / 1000,
        code,
        output,
        treePeakMB: treePeak,
        processes: [...peaks.values()].sort((a, b) => b.peakMB - a.peakMB),
      });
    });
  });
}

function sizeOf(dir: string): { bytes: number; files: number; html: number } {
  let bytes = 0;
  let files = 0;
  let html = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, files, html };
}

// Sizes in decimal units, as the targets are written (1 GB = 10⁹ bytes; /proc counts KiB).
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const gb = (mebibytes: number) => `${((mebibytes * 1024 * 1024) / 1e9).toFixed(2)} GB`;
const peakOf = (result: RunResult, name: RegExp) =>
  Math.max(0, ...result.processes.filter((p) => name.test(p.name)).map((p) => p.peakMB));

/** Bytes a CDN would send for a file of the site: Pagefind's own files are stored compressed. */
function transferBytes(url: string): number {
  const pathname = decodeURIComponent(new URL(url).pathname);
  let file = path.join(DIST, pathname);
  if (pathname.endsWith('/')) file = path.join(file, 'index.html');
  if (!existsSync(file)) return 0;
  const raw = readFileSync(file);
  return /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/.test(file) ? raw.length : gzipSync(raw, { level: 6 }).length;
}

/**
 * The same queries over the plain `pagefind --site dist` index, through Pagefind's own API in
 * a page of the site: its script, wasm, metadata and filters loaded first (as its UI loads
 * them), then each search with the fragments of its first ten results. No UI renders, so its
 * times are a floor for a page built on that index.
 */
async function searchBaseline(context: BrowserContext, base: string, queries: string[]) {
  const page = await context.newPage();
  const prefix = `/${path.relative(DIST, BASELINE)}/`;
  const requests: string[] = [];
  page.on('requestfinished', (request) => requests.push(request.url()));
  const bytes = () => {
    const urls = new Set(requests.splice(0).filter((url) => new URL(url).pathname.startsWith(prefix)));
    return [...urls].reduce((sum, url) => sum + transferBytes(url), 0);
  };
  await page.goto(`${base}/404.html`);
  await page.waitForLoadState('networkidle');
  requests.length = 0;
  await page.evaluate(async (prefix) => {
    const pagefind = await import(`${prefix}pagefind.js`);
    await pagefind.init();
    await pagefind.filters();
    (window as unknown as { pagefind: unknown }).pagefind = pagefind;
  }, prefix);
  await page.waitForLoadState('networkidle');
  const loadBytes = bytes();
  const timings: { query: string; ms: number; bytes: number; results: number }[] = [];
  for (const query of queries) {
    const [ms, results] = await page.evaluate(async (query) => {
      type Result = { data: () => Promise<unknown> };
      const { pagefind } = window as unknown as { pagefind: { search: (q: string) => Promise<{ results: Result[] }> } };
      const start = performance.now();
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
      return [performance.now() - start, search.results.length];
    }, query);
    await page.waitForLoadState('networkidle');
    timings.push({ query, ms, bytes: bytes(), results });
  }
  await context.close();
  return { loadBytes, timings };
}

/** A query of two parts: counted against each filter value's articles (SearchEngine.count). */
const TWO_PARTS = '法律 援助';

/** Every article's filter counts, as the index holds them: Pagefind's own API in a page of the site, its parts merged. */
async function indexCounts(context: BrowserContext, base: string): Promise<Record<string, Record<string, number>>> {
  const page = await context.newPage();
  await page.goto(`${base}/404.html`);
  const counts = await page.evaluate(
    async ([manifestUrl, indexUrl]) => {
      const { parts } = (await (await fetch(manifestUrl!)).json()) as Manifest;
      const pagefind = await import(`${indexUrl}${parts[0]!.id}/pagefind.js`);
      await pagefind.options({ baseUrl: '/' });
      for (const part of parts.slice(1)) await pagefind.mergeIndex(`${indexUrl}${part.id}/`);
      return (await pagefind.filters()) as Record<string, Record<string, number>>;
    },
    [searchManifestUrl(), searchIndexUrl()],
  );
  await page.close();
  return counts;
}

/** The address of a search of `filters` alone, as a year's archive page links one. */
const filteredAddress = (filters: FilterCase['filters']) => `${searchUrl()}?${new URLSearchParams(filters as Record<string, string>)}`;

/** A search's results drawn (or its message): what the times below run to. */
const ANSWERED = /^(找到|没有找到|在所选条件下)/;

/**
 * Milliseconds from navigation to `address` in a fresh tab (no cache, the index opened for it) to its
 * first results drawn, and the bytes the tab downloaded by then and until the network is idle.
 */
async function fromTheAddress(context: BrowserContext, base: string, address: string, transfer: (url: string) => number) {
  const page = await context.newPage();
  await page.addInitScript((answered) => {
    const pattern = new RegExp(answered);
    new MutationObserver((_, observer) => {
      const status = document.querySelector('[data-search-status]');
      if (status && pattern.test(status.textContent ?? '')) {
        (window as unknown as { answeredAt: number }).answeredAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, ANSWERED.source);
  const urls = new Set<string>();
  page.on('requestfinished', (request) => urls.add(request.url()));
  await page.goto(`${base}${address}`);
  await page.waitForFunction(() => (window as unknown as { answeredAt?: number }).answeredAt !== undefined, undefined, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const ms = await page.evaluate(() => (window as unknown as { answeredAt: number }).answeredAt);
  const results = (await page.textContent('[data-search-status]')) ?? '';
  await page.close();
  return { ms, bytes: [...urls].reduce((sum, url) => sum + transfer(url), 0), results };
}

async function searchInBrowser(queries: string[]) {
  // A port the system hands out, and a check that the server answering there serves this
  // bench's site: a port picked at random was once another engineer's preview of the demo.
  const port = await freePort();
  const server = spawn('npm', ['run', 'preview', '--', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: ROOT,
    env: { ...process.env, BAODAO_OUT: DIST, ASTRO_PREVIEW_BACKGROUND: '0' },
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const parts = await fetch(`${base}/pagefind/parts.json`).then((response) => (response.ok ? response.text() : ''), () => '');
  if (parts !== readFileSync(path.join(DIST, 'pagefind/parts.json'), 'utf8')) {
    if (server.pid) process.kill(-server.pid);
    throw new Error(`${base} does not serve ${DIST}: another server answers on port ${port}`);
  }
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    /**
     * Milliseconds from Enter to the first page of results (or its message). With `pause`, the words
     * typed in the box are searched `pause` ms after the typing; with `filters`, the box is emptied
     * and the filters set to them (a value the page does not offer yet added to its select): a
     * search of filters alone.
     */
    const enterToResults = (page: Page, pause: number, filters?: FilterCase['filters']) =>
      page.evaluate(
        ([pause, filters, answered]) =>
          new Promise<number>((resolve) => {
            const status = document.querySelector('[data-search-status]')!;
            const input = document.querySelector<HTMLInputElement>('#search-query')!;
            if (filters) {
              input.value = '';
              for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-facet]')) {
                const value = (filters as Record<string, string>)[select.dataset['facet']!] ?? '';
                if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
                select.value = value;
              }
            } else input.dispatchEvent(new Event('input', { bubbles: true }));
            setTimeout(() => {
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (new RegExp(answered).test(status.textContent ?? '')) {
                  observer.disconnect();
                  resolve(performance.now() - start);
                }
              });
              observer.observe(status, { childList: true, characterData: true, subtree: true });
              input.form!.requestSubmit();
            }, pause);
          }),
        [pause, filters, ANSWERED.source] as const,
      );
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('requestfinished', (request) => requests.push(request.url()));
    // A file asked for again in the same page (the worker and wasm the page prefetched) comes
    // from the browser's cache, or is revalidated with a 304 and no body: counted once.
    const counted = new Set<string>();
    const bytes = () =>
      requests.splice(0).reduce((sum, url) => {
        if (counted.has(url)) return sum;
        counted.add(url);
        return sum + transferBytes(url);
      }, 0);
    await page.goto(`${base}/search/`);
    await page.waitForLoadState('networkidle');
    const loadBytes = bytes();
    const timings: { query: string; ms: number; bytes: number; results: string; afterPause?: number }[] = [];
    for (const query of queries) {
      await page.$eval('#search-query', (input, query) => ((input as HTMLInputElement).value = query), query);
      const ms = await enterToResults(page, 0);
      await page.waitForLoadState('networkidle');
      timings.push({ query, ms, bytes: bytes(), results: (await page.textContent('[data-search-status]')) ?? '' });
    }
    // The same queries in a fresh browser context, Enter pressed PAUSE ms after the text is in
    // the box, as a reader pauses after typing: the page searches during the pause.
    const paused = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await paused.goto(`${base}/search/`);
    await paused.waitForLoadState('networkidle');
    for (const timing of timings) {
      await paused.$eval('#search-query', (input, query) => ((input as HTMLInputElement).value = query), timing.query);
      timing.afterPause = await enterToResults(paused, PAUSE);
      await paused.waitForLoadState('networkidle');
    }
    // A query of two parts, in the first page: its filters are counted after its results show.
    await page.$eval('#search-query', (input, query) => ((input as HTMLInputElement).value = query), TWO_PARTS);
    const countsStarted = Date.now();
    const twoParts = { query: TWO_PARTS, ms: await enterToResults(page, 0), countsMs: 0 };
    await page.waitForFunction(() => [...document.querySelectorAll('[data-facet="section"] option')].some((option) => /（\d+）$/.test(option.textContent ?? '')), undefined, {
      timeout: 120_000,
      polling: 10,
    });
    twoParts.countsMs = Date.now() - countsStarted;
    // Filters without words (/search/?year=2024): from the address in a fresh tab, as a year's
    // archive page links them, beside the first words so asked; then with Enter on a page whose
    // index is open, each after the last, as a reader picks one after another.
    const cases = filterCases(await indexCounts(await browser.newContext(), base));
    const fresh = async (address: string) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        return await fromTheAddress(context, base, address, transferBytes);
      } finally {
        await context.close();
      }
    };
    const words = { query: queries[0]!, ...(await fresh(`${searchUrl()}?q=${encodeURIComponent(queries[0]!)}`)) };
    const filtered: ({ address: { ms: number; bytes: number; results: string }; enter: number; enterBytes: number } & FilterCase)[] = [];
    for (const one of cases) filtered.push({ ...one, address: await fresh(filteredAddress(one.filters)), enter: 0, enterBytes: 0 });
    const open = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const openRequests: string[] = [];
    open.on('requestfinished', (request) => openRequests.push(request.url()));
    await open.goto(`${base}${searchUrl()}`);
    await open.waitForLoadState('networkidle');
    openRequests.length = 0;
    for (const one of filtered) {
      one.enter = await enterToResults(open, 0, one.filters);
      await open.waitForLoadState('networkidle');
      one.enterBytes = [...new Set(openRequests.splice(0))].reduce((sum, url) => sum + transferBytes(url), 0);
    }
    const baseline = existsSync(BASELINE) ? await searchBaseline(await browser.newContext(), base, queries) : undefined;
    return { loadBytes, timings, twoParts, words, filtered, baseline };
  } finally {
    await browser.close();
    process.kill(-server.pid!, 'SIGTERM');
  }
}

async function buildAndIndex() {
  console.log(`Baodao benchmark: ${ARTICLES} synthetic articles`);
  const corpusStarted = performance.now();
  const corpus = writeCorpus({ articles: ARTICLES, dir: CONTENT, pages: siteConfig.footer.pages, publicDir: PUBLIC, publicFrom: path.join(ROOT, 'public') });
  console.log(
    `corpus: ${corpus.articles} articles, ${(corpus.characters / corpus.articles).toFixed(0)} characters each on average, ` +
      `years ${corpus.years[0]}–${corpus.years.at(-1)}, written in ${((performance.now() - corpusStarted) / 1000).toFixed(1)} s (${path.relative(ROOT, CONTENT)})`,
  );
  console.log(`  with               ${Object.keys(SHARES).map((what) => `${what} ${corpus.with[what as keyof typeof SHARES]}`).join(', ')}`);

  // A first CI build's, no picture made before, unless --warm-cache (see the top of this file).
  const warm = values['warm-cache'] && existsSync(imageCacheDir(DIST));
  if (!warm) rmSync(imageCacheDir(DIST), { recursive: true, force: true });
  const cached = cachedPictures(path.join(imageCacheDir(DIST), 'assets'));
  // As editors and CI run it, with its node options (--expose-gc); npm's own process is counted too.
  const build = await run('npm', ['run', '--silent', 'build'], { BAODAO_CONTENT: CONTENT, BAODAO_OUT: DIST, BAODAO_PUBLIC: PUBLIC });
  if (build.code !== 0) {
    console.error(build.output.slice(-5000));
    process.exit(1);
  }
  const site = sizeOf(DIST);
  const { reused, made } = picturesReused(cached, DIST);
  const indexing = /搜索索引：(\d+) 篇文章，(\d+) 个分卷，用时 ([\d.]+) 秒/.exec(build.output);
  const indexSeconds = Number(indexing?.[3] ?? NaN);
  const indexPeak = peakOf(build, /pagefind/);
  const nodePeak = peakOf(build, /node|MainThread/);
  console.log('\nbuild (npm run build: content check, Astro, search index)');
  console.log(`  wall time          ${build.seconds.toFixed(1)} s`);
  console.log(`  peak memory        ${gb(build.treePeakMB)} (whole process tree); node ${gb(nodePeak)}, Pagefind ${gb(indexPeak)}`);
  console.log(`  pages built        ${site.html} (${(site.html / build.seconds).toFixed(0)} pages/s)`);
  const pictures = !warm
    ? `${made} pictures, all made, from a cold cache`
    : `${reused + made} pictures: ${reused} taken from the picture cache of the last run, ${made} made${made === 0 ? ', nothing new: the floor of an hourly build' : ''}`;
  console.log(`  dist/              ${mb(site.bytes)} in ${site.files} files (${pictures})`);
  console.log(`  search index       ${indexing?.[1]} articles in ${indexing?.[2]} parts, ${indexSeconds.toFixed(1)} s, peak ${gb(indexPeak)}`);

  if (!values['skip-baseline']) {
    rmSync(BASELINE, { recursive: true, force: true });
    const baseline = await run(path.join(ROOT, 'node_modules/.bin/pagefind'), ['--site', DIST, '--output-path', BASELINE]);
    const pages = /Indexed (\d+) pages?/.exec(baseline.output)?.[1] ?? '?';
    console.log('\nbaseline: pagefind --site dist (Pagefind’s own Chinese segmentation, one index)');
    console.log(`  time               ${baseline.seconds.toFixed(1)} s (ours: ${indexSeconds.toFixed(1)} s)`);
    console.log(`  peak memory        ${gb(peakOf(baseline, /pagefind/))} (ours: ${gb(indexPeak)})`);
    console.log(`  pages indexed      ${pages}${baseline.code === 0 ? '' : ` — exited with ${baseline.code}`}`);
  }
}

/** A CSV cell, quoted: bodies hold commas, quotes and line breaks. */
const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;

/**
 * A body of the corpus as an old CMS stored it: paragraphs in <p> with their indent typed in (a
 * body pasted as HTML is kept as it is), a picture as an <img> under the old site's /uploads/
 * (linked into `oldSite` from beside the article), a table in <table>, an attachment under
 * /uploads/soft/, a link to another article at its old address (`oldAddress`).
 */
function asCmsBody(body: string, folder: string, oldSite: string, oldAddress: Map<string, string>): string {
  const upload = (from: string, address: string) => {
    mkdirSync(path.dirname(path.join(oldSite, address)), { recursive: true });
    if (existsSync(path.join(oldSite, address))) return address;
    try {
      linkSync(from, path.join(oldSite, address));
    } catch {
      copyFileSync(from, path.join(oldSite, address));
    }
    return address;
  };
  const inline = (text: string) =>
    text.replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, words: string, address: string) => {
      const href = address.startsWith('/files/') ? upload(path.join(PUBLIC, address), `/uploads/soft/${path.basename(address)}`) : (oldAddress.get(address) ?? address);
      return `<a href="${href}">${words}</a>`;
    });
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      if (block.startsWith('<')) return block;
      const picture = /^!\[([^\]]*)\]\(\.\/([^)]+)\)$/.exec(block);
      if (picture) return `<p style="text-align: center;"><img src="${upload(path.join(folder, picture[2]!), `/uploads/allimg/${picture[2]}`)}" alt="${picture[1]}"></p>`;
      if (block.startsWith('|')) {
        const rows = block.split('\n').filter((row) => !/^\|[\s:|-]+\|$/.test(row));
        const cells = (row: string, tag: string) => row.slice(1, -1).split('|').map((cell) => `<${tag}>${cell.trim()}</${tag}>`).join('');
        return `<table><tr>${cells(rows[0]!, 'th')}</tr>${rows.slice(1).map((row) => `<tr>${cells(row, 'td')}</tr>`).join('')}</table>`;
      }
      return `<p>　　${inline(block)}</p>`;
    })
    .join('\r\n');
}

/**
 * The corpus as an old CMS's export, imported with `npm run import` into a content folder with no
 * articles: its pictures and attachments copied from a copy of the old site (`--files`) as the
 * importer copies them; a withdrawn article is not exported (the CMS deleted it).
 */
async function importCorpus() {
  const exportFile = path.join(BENCH, `export-${ARTICLES}.csv`);
  const target = path.join(BENCH, `import-${ARTICLES}`);
  const targetPublic = path.join(BENCH, `import-public-${ARTICLES}`);
  const oldSite = path.join(BENCH, `old-site-${ARTICLES}`);
  for (const folder of [target, targetPublic, oldSite]) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
  }
  copyFileSync(path.join(CONTENT, 'sections.yaml'), path.join(target, 'sections.yaml'));
  const lines = ['id,title,date,section,source,author,editor,summary,tags,draft,url,body'];
  const files = readdirSync(path.join(CONTENT, 'articles'), { recursive: true }).map(String).filter((file) => file.endsWith('.md')).sort();
  // Each article's address, and the former address of one renamed since (its aliases), at its old CMS's address.
  const oldAddress = new Map(
    files.flatMap((file, index) => {
      const aliases = readFrontmatter(readFileSync(path.join(CONTENT, 'articles', file), 'utf8')).data['aliases'];
      const addresses = [`/articles/${file.replace(/\.md$/, '')}/`, ...[aliases ?? []].flat().map(String).filter((alias) => alias.startsWith('/articles/'))];
      return addresses.map((address) => [address, `/a/${index + 1}.html`] as const);
    }),
  );
  let rows = 0;
  for (const [index, file] of files.entries()) {
    const source = readFileSync(path.join(CONTENT, 'articles', file), 'utf8');
    const data = readFrontmatter(source).data as Record<string, string | string[] | boolean | object>;
    if (data['withdrawn']) continue;
    const list = (value: unknown) => [value ?? []].flat().join('、');
    const body = asCmsBody(bodyOf(source), path.join(CONTENT, 'articles', path.dirname(file)), oldSite, oldAddress);
    const date = Math.floor(parseSiteDate(String(data['date']), siteConfig.timeZone)!.getTime() / 1000);
    const cells = [String(index + 1), String(data['title']), String(date), String(data['section']), String(data['source']), list(data['author']), list(data['editor']), String(data['summary'] ?? ''), list(data['tags']), data['draft'] ? '1' : '0', `/a/${index + 1}.html`, body];
    lines.push(cells.map(csvCell).join(','));
    rows++;
  }
  writeFileSync(exportFile, lines.join('\r\n') + '\r\n');
  const result = await run(process.execPath, ['scripts/import.ts', exportFile, '--files', oldSite], { BAODAO_CONTENT: target, BAODAO_PUBLIC: targetPublic });
  if (result.code !== 0) {
    console.error(result.output.slice(-5000));
    process.exit(1);
  }
  console.log('\nimport (npm run import: the same articles as a CMS export with HTML bodies, pictures and attachments, into an empty content folder)');
  console.log(`  export             ${rows} rows, ${mb(statSync(exportFile).size)}`);
  console.log(`  wall time          ${result.seconds.toFixed(1)} s (${(rows / result.seconds).toFixed(0)} articles/s, both content checks included)`);
  console.log(`  peak memory        ${gb(result.treePeakMB)}`);
  for (const folder of [target, targetPublic, oldSite]) rmSync(folder, { recursive: true, force: true });
  rmSync(exportFile, { force: true });
}

if (values['search-only']) {
  if (!existsSync(DIST)) throw new Error(`${path.relative(ROOT, DIST)} is missing: run npm run bench first`);
  console.log(`Baodao benchmark: search over the last built site (${path.relative(ROOT, DIST)})`);
} else {
  await buildAndIndex();
  if (!values['skip-import']) await importCorpus();
}

if (!values['skip-browser']) {
  const { loadBytes, timings, twoParts, words, filtered, baseline } = await searchInBrowser(['社会组织', '法律援助', '人民法院', '调解', '青川市民政局']);
  const [first, ...rest] = timings;
  console.log('\nsearch in Chromium (bytes as gzip, as a CDN sends them)');
  console.log(`  search page ready  ${(loadBytes / 1024).toFixed(0)} KB (page, styles, UI, Pagefind, index metadata and filters)`);
  console.log(`  first search       ${((loadBytes + first!.bytes) / 1024).toFixed(0)} KB in all (“${first!.query}”: +${(first!.bytes / 1024).toFixed(0)} KB, ${first!.results})`);
  for (const t of rest) console.log(`  following search   ${(t.bytes / 1024).toFixed(0)} KB (“${t.query}”, ${t.results})`);
  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
  };
  console.log(`  Enter → results    ${summary(timings.map((t) => t.ms))} over ${timings.length} queries, Enter at once (${timings.map((t) => `${t.query} ${t.ms.toFixed(0)} ms`).join(', ')})`);
  console.log(`                     ${summary(timings.map((t) => t.afterPause!))}, Enter ${PAUSE} ms after typing (${timings.map((t) => `${t.query} ${t.afterPause!.toFixed(0)} ms`).join(', ')})`);
  console.log(`  two parts          “${twoParts.query}”, Enter at once: results in ${twoParts.ms.toFixed(0)} ms, the filters' counts in ${twoParts.countsMs} ms`);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log('  filters alone      no words, newest first: from the address in a fresh tab (index opened for it) / Enter on the open page');
  console.log(`    words, for scale “${words.query}”: address → results ${words.ms.toFixed(0)} ms, ${kb(words.bytes)} in all (${words.results})`);
  for (const one of filtered) {
    console.log(`    ${one.name}: address → results ${one.address.ms.toFixed(0)} ms, ${kb(one.address.bytes)} in all; Enter → results ${one.enter.toFixed(0)} ms, +${kb(one.enterBytes)} (${one.address.results})`);
  }
  if (baseline) {
    const [first, ...rest] = baseline.timings;
    console.log('\nthe same over the plain pagefind --site dist index (Pagefind’s own API, no UI)');
    console.log(`  ready              ${(baseline.loadBytes / 1024).toFixed(0)} KB (Pagefind, index metadata and filters)`);
    console.log(`  first search       ${((baseline.loadBytes + first!.bytes) / 1024).toFixed(0)} KB in all (“${first!.query}”: +${(first!.bytes / 1024).toFixed(0)} KB, ${first!.results} results)`);
    for (const t of rest) console.log(`  following search   ${(t.bytes / 1024).toFixed(0)} KB (“${t.query}”, ${t.results} results)`);
    console.log(`  search → 10 results loaded  ${summary(baseline.timings.map((t) => t.ms))} (${baseline.timings.map((t) => `${t.query} ${t.ms.toFixed(0)} ms`).join(', ')})`);
  }
}
