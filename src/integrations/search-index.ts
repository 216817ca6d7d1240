/**
 * Builds the Pagefind search index inside `astro build` (astro:build:done), from the built
 * article pages, through Pagefind's Node API:
 *
 * - each article becomes one custom record whose text is spaced into single-character tokens
 *   (src/lib/search-text.ts), so searches find exact substrings of Chinese text;
 * - the index is written in parts (src/lib/search-parts.ts), each by a fresh Pagefind
 *   process, so memory stays bounded however large the archive grows;
 * - any error, or an indexed page count that differs from the published articles, fails the
 *   build (and scripts/build-site.ts then keeps the previous site).
 *
 * In `astro dev` it serves the last build's index from the output folder, if there is one.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { setDevSearchIndex } from '../lib/dev-search.ts';
import { staticImports } from '../lib/module-imports.ts';
import { guardedWorker } from '../lib/pagefind-worker-guard.ts';
import { FACET_NAMES, ONE_EACH, type Manifest } from '../lib/search-engine.ts';
import { SEARCH_PART_SIZE, searchPartSize } from '../lib/search-part-size.ts';
import { partition } from '../lib/search-parts.ts';
import { extractRecord, type SearchRecord } from '../lib/search-records.ts';
import { INDEXED_SYMBOLS, recordContent } from '../lib/search-text.ts';
import { traditionalCharacters } from '../lib/simplified.ts';
import { toSimplified } from '../lib/simplified-converter.ts';
import { articleIdOf, searchIndexUrl, searchManifestUrl, searchUrl } from '../lib/urls.ts';

interface SearchIndexOptions {
  /** Most articles in one part of the index: SEARCH_PART_SIZE unless the build sets another (BAODAO_SEARCH_PART_SIZE, src/lib/search-part-size.ts). */
  maxPartSize?: number;
  /**
   * How many articles are published, counted apart from the pages Astro built (the content
   * check sets BAODAO_PUBLISHED_ARTICLES); the build fails when the index holds another number.
   */
  expected?: number | undefined;
}

/** The manifest's file in the output folder. */
const MANIFEST = searchManifestUrl().slice(1);

/** Pagefind's own search UIs: the search page has its own. */
const NOT_IN_PRIMARY = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;
/** Merged parts need only their index: the primary's script and worker do the searching. */
const NOT_IN_OTHER_PARTS = /^pagefind(-[\w-]+)?\.(js|css)$/;

class SearchIndexError extends Error {
  constructor(message: string) {
    super(`搜索索引构建失败：${message}`);
    this.name = 'SearchIndexError';
  }
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function errorsOf(step: string, errors: string[]) {
  if (errors.length > 0) throw new SearchIndexError(`${step}: ${errors.join('; ')}`);
}

/** Reads the article pages of the built site into search records. */
async function readRecords(dir: string, pathnames: string[]): Promise<SearchRecord[]> {
  return mapLimit(pathnames, 16, async (pathname) => {
    const file = path.join(dir, pathname, 'index.html');
    const record = extractRecord(await readFile(file, 'utf8'), `/${pathname}`);
    if (!record) throw new SearchIndexError(`${path.relative(process.cwd(), file)} 没有 data-pagefind-body 区域`);
    const date = record.sort['date'];
    const year = record.filters['year']?.[0];
    if (!date || !year) throw new SearchIndexError(`${path.relative(process.cwd(), file)} 缺少日期（date / year）`);
    // The search page opens no index whose counts of these do not add up to its articles (a
    // filter chunk lost on the way): one article without exactly one would fail every search.
    for (const facet of ONE_EACH) {
      const values = record.filters[facet] ?? [];
      if (values.length !== 1) {
        const found = values.length === 0 ? '没有' : `有 ${values.length} 个（${values.join('、')}）`;
        throw new SearchIndexError(`${path.relative(process.cwd(), file)} 的${FACET_NAMES[facet]}（${facet}）应有且只有一个，这里${found}`);
      }
    }
    // A copy: the record's texts are cut from its page, and V8 keeps a whole page alive for
    // each piece cut from it. Copied, the records of 10,000 articles hold 50 MB instead of
    // 311 MB while every part of the index is written.
    return JSON.parse(JSON.stringify(record)) as SearchRecord;
  });
}

/**
 * Words per index chunk. Single-character tokens make long posting lists; smaller chunks than
 * Pagefind's 20,000 mean a search downloads less it does not need (measured at 10,000
 * articles: median bytes per query 310 KB → 179 KB). The setting is read by the pinned
 * pagefind 1.6.0 binary from its environment; it is marked unstable, hence the exact pin.
 */
const INDEX_CHUNK_SIZE = '5000';

/** A written part: how many pages Pagefind says it holds, and their ids (fragment names). */
interface WrittenPart {
  pages: number;
  ids: string[];
}

/**
 * Indexes one part in its own Pagefind process. `salt`, when given, goes into every record's
 * metadata, which changes the page ids Pagefind derives from the records (see buildSearchIndex).
 */
async function writePart(records: SearchRecord[], outputPath: string, salt: string | undefined): Promise<WrittenPart> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = INDEX_CHUNK_SIZE;
  // What rendering the pages left behind is freed before Pagefind takes its memory beside this
  // process (`npm run build` runs node with --expose-gc), before every part: each part leaves
  // garbage too (one collection before the first part only: 2.96 GB). A "last resort"
  // collection also gives back the memory V8 keeps for later (its young generation and free
  // pages): measured at 10,000 articles, before the first part, a plain collection left node
  // at 1.32 GB resident (0.32 GB of it live), this one at 0.97 GB.
  (globalThis as { gc?: (options: object) => void }).gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  await rm(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ includeCharacters: INDEXED_SYMBOLS });
  errorsOf('创建索引', errors);
  if (!index) throw new SearchIndexError('Pagefind 没有返回索引');
  try {
    // Records go in newest first: phrase results come back in this order.
    for (let start = 0; start < records.length; start += 200) {
      const batch = records.slice(start, start + 200);
      const added = await Promise.all(
        batch.map((record) =>
          index.addCustomRecord({
            url: record.url,
            content: recordContent(record.fields),
            language: 'und',
            meta: salt ? { ...record.meta, salt } : record.meta,
            filters: record.filters,
            // No `sort`: order comes from insertion (above), and Pagefind's sort lists would
            // only add bytes to every part's metadata (about 6 KB a part, loaded on every search page).
          }),
        ),
      );
      added.forEach((result, i) => errorsOf(`索引 ${batch[i]!.url}`, result.errors));
    }
    const written = await index.writeFiles({ outputPath });
    errorsOf('写入索引', written.errors);
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const ids = (await readdir(path.join(outputPath, 'fragment'))).map((file) => file.replace(/\.pf_fragment$/, ''));
  return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0), ids };
}

/**
 * The search page asks for Pagefind's script, worker and wasm as it loads, instead of one
 * after another once its own script has read parts.json: they live in the newest part, whose
 * folder name only the index build knows. Measured in Chromium at 150 ms latency and 1.6 Mbps,
 * /search/?q=社会组织 showed its results 0.7 s sooner (4.4 → 3.6 s). The worker and wasm
 * are prefetched (the worker's own requests then come from the HTTP cache); the script is
 * preloaded as the module the page imports. So are the modules the page's own script imports
 * (pageModules), which the browser found only once that script had arrived: at 150 ms latency
 * and 1.6 Mbps the index opened ~0.5 s sooner on the 10,000-article site.
 */
async function preloadRuntime(dir: string, primary: string): Promise<void> {
  const page = path.join(dir, searchUrl().slice(1), 'index.html');
  if (!existsSync(page)) return;
  const base = `${searchIndexUrl()}${primary}/`;
  const wasm = (await readdir(path.join(dir, 'pagefind', primary))).filter((file) => /^wasm\..+\.pagefind$/.test(file));
  const html = await readFile(page, 'utf8');
  const links = [
    ...(await pageModules(dir, html)).map((href) => `<link rel="modulepreload" href="${href}">`),
    `<link rel="modulepreload" href="${base}pagefind.js">`,
    `<link rel="prefetch" href="${base}pagefind-worker.js">`,
    ...wasm.map((file) => `<link rel="prefetch" href="${base}${file}">`),
  ].join('');
  if (!html.includes('</head>')) throw new SearchIndexError(`${searchUrl()} 没有 </head>`);
  await writeFile(page, html.replace('</head>', `${links}</head>`));
}

/**
 * The modules that the page's module scripts import as they load, followed through (the
 * search page's script imports marks.js, which imports middle-dots.js), each once: addresses
 * under the site's root, as the scripts' own.
 */
async function pageModules(dir: string, html: string): Promise<string[]> {
  const scripts = [...html.matchAll(/<script type="module" src="(\/[^"]+)"/g)].map((match) => match[1]!);
  const found = new Set<string>();
  const queue = [...scripts];
  for (let address = queue.shift(); address !== undefined; address = queue.shift()) {
    const file = path.join(dir, address.slice(1));
    if (!existsSync(file)) continue;
    for (const specifier of staticImports(await readFile(file, 'utf8'))) {
      if (!/^\.{1,2}\//.test(specifier)) continue; // Vite writes the site's own modules as ./x.js
      const imported = new URL(specifier, `file://${address}`).pathname;
      if (scripts.includes(imported) || found.has(imported)) continue;
      found.add(imported);
      queue.push(imported);
    }
  }
  return [...found];
}

export async function buildSearchIndex(
  dir: string,
  pathnames: string[],
  logger: Pick<AstroIntegrationLogger, 'info'>,
  { maxPartSize = SEARCH_PART_SIZE, expected }: SearchIndexOptions = {},
): Promise<Manifest> {
  const started = performance.now();
  const articles = pathnames.filter((pathname) => pathname.startsWith('articles/')).sort();
  if (expected !== undefined && articles.length !== expected) {
    throw new SearchIndexError(`已发布 ${expected} 篇文章，但构建出 ${articles.length} 个文章页面`);
  }
  const records = await readRecords(dir, articles);
  const parts = partition(
    records.map((record) => ({ record, date: new Date(record.sort['date']!).toISOString(), id: articleIdOf(record.url) })),
    maxPartSize,
  );
  const root = path.join(dir, 'pagefind');
  await rm(root, { recursive: true, force: true });
  const manifest: Manifest = {
    parts: [],
    pages: 0,
    traditional: traditionalCharacters(
      records.flatMap((record) => Object.values(record.fields)),
      toSimplified,
    ),
  };
  // Pagefind names pages by a short hash, unique within a part only. The search page merges
  // parts and tells results apart by id, so a part whose ids clash with an earlier part's is
  // written again with a salt, which changes every id in it.
  const taken = new Set<string>();
  for (const part of parts) {
    const outputPath = path.join(root, part.id);
    const items = part.items.map((item) => item.record);
    let written = await writePart(items, outputPath, undefined);
    for (let attempt = 1; written.ids.some((id) => taken.has(id)); attempt++) {
      if (attempt > 5) throw new SearchIndexError(`分卷 ${part.id} 的页面编号与其他分卷重复`);
      written = await writePart(items, outputPath, `${part.id}.${attempt}`);
    }
    for (const id of written.ids) taken.add(id);
    if (written.pages !== items.length) {
      throw new SearchIndexError(`分卷 ${part.id} 应有 ${items.length} 篇文章，索引中有 ${written.pages} 篇`);
    }
    for (const file of await readdir(outputPath)) {
      if (manifest.parts.length > 0 ? NOT_IN_OTHER_PARTS.test(file) : NOT_IN_PRIMARY.test(file)) {
        await rm(path.join(outputPath, file));
      }
    }
    manifest.parts.push({ id: part.id, pages: written.pages });
    manifest.pages += written.pages;
  }
  if (manifest.pages !== (expected ?? articles.length)) {
    throw new SearchIndexError(`已发布 ${expected ?? articles.length} 篇文章，索引中有 ${manifest.pages} 篇`);
  }
  // The worker in the newest part runs every part's searches: a chunk it fails to download makes the search fail.
  const worker = path.join(root, manifest.parts[0]!.id, 'pagefind-worker.js');
  await writeFile(worker, guardedWorker(await readFile(worker, 'utf8')));
  await writeFile(path.join(dir, MANIFEST), JSON.stringify(manifest));
  await preloadRuntime(dir, manifest.parts[0]!.id);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(`搜索索引：${manifest.pages} 篇文章，${manifest.parts.length} 个分卷，用时 ${seconds} 秒`);
  return manifest;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.pagefind': 'application/wasm',
};

export default function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  let outDir = '';
  return {
    name: 'baodao-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        // Development: serve the index of the last build, when there is one, and tell the search page how old it is.
        setDevSearchIndex(path.join(outDir, MANIFEST));
        server.middlewares.use(searchIndexUrl(), (request, response, next) => {
          const relative = decodeURIComponent((request.url ?? '').split('?')[0]!).replace(/^\/+/, '');
          const file = path.join(outDir, 'pagefind', relative);
          if (!file.startsWith(path.join(outDir, 'pagefind')) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file)
            .on('error', () => next())
            .pipe(response);
        });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const published = process.env['BAODAO_PUBLISHED_ARTICLES'];
        // The part size is read here, where the index is built, not when the config loads: npm run dev
        // and astro check build no index, and a bad BAODAO_SEARCH_PART_SIZE stopped them in Astro's
        // English (Unable to load your Astro config, a stack trace). npm run build tells it first (scripts/build-site.ts).
        await buildSearchIndex(
          fileURLToPath(dir),
          pages.map((page) => page.pathname),
          logger,
          { maxPartSize: searchPartSize(), ...options, expected: published === undefined ? undefined : Number(published) },
        );
      },
    },
  };
}
