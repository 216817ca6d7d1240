import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import searchIndex, { buildSearchIndex } from './search-index.ts';
import { temporaryFolders } from '../../tests/support/temporary.ts';

const temporary = temporaryFolders();

const quiet = { info: () => undefined };

/** A built site of `count` article pages marked as the article template marks them. */
function site(count: number, options: { bodyless?: number; sections?: [index: number, names: string[]]; sources?: [index: number, names: string[]] } = {}) {
  const dir = temporary('baodao-index-');
  const pathnames: string[] = [];
  for (let i = 0; i < count; i++) {
    const pathname = `articles/2024/01/a${i}/`;
    mkdirSync(path.join(dir, pathname), { recursive: true });
    const day = String((i % 28) + 1).padStart(2, '0');
    const body = i === options.bodyless ? '' : 'data-pagefind-body';
    const sections = options.sections?.[0] === i ? options.sections[1] : ['今日资讯'];
    const sources = options.sources?.[0] === i ? options.sources[1] : ['本报'];
    writeFileSync(
      path.join(dir, pathname, 'index.html'),
      `<!DOCTYPE html><html lang="zh-CN"><head>
<meta property="article:published_time" content="2024-01-${day}T0${i % 10}:00:00+08:00" data-pagefind-sort="date[content]">
<meta name="search-year" content="2024" data-pagefind-filter="year[content]">
${sections.map((name) => `<meta property="article:section" content="${name}" data-pagefind-filter="section[content]">`).join('')}
${sources.map((name) => `<meta name="search-source" content="${name}" data-pagefind-filter="source[content]">`).join('')}
<meta name="search-title" content="文章${i}" data-pagefind-meta="title[content]">
</head><body><article ${body}><h1 data-search-field="title">文章${i}</h1><div data-search-field="body"><p>第${i}篇正文。</p></div></article></body></html>`,
    );
    pathnames.push(pathname);
  }
  pathnames.push('sections/today/', 'index.html');
  return { dir, pathnames };
}

describe('buildSearchIndex', () => {
  test('writes every article in parts, newest part first, ids unique across parts', async () => {
    const { dir, pathnames } = site(25);
    const manifest = await buildSearchIndex(dir, pathnames, quiet, { maxPartSize: 10, expected: 25 });
    expect(manifest.pages).toBe(25);
    expect(manifest.parts.map((p) => [p.id, p.pages])).toEqual([
      ['p3', 5],
      ['p2', 10],
      ['p1', 10],
    ]);
    expect(JSON.parse(readFileSync(path.join(dir, 'pagefind/parts.json'), 'utf8'))).toEqual(manifest);
    const ids = manifest.parts.flatMap((p) => readdirSync(path.join(dir, 'pagefind', p.id, 'fragment')));
    expect(new Set(ids).size).toBe(25);
    expect(readdirSync(path.join(dir, 'pagefind/p3'))).toContain('pagefind.js');
    expect(readdirSync(path.join(dir, 'pagefind/p2'))).not.toContain('pagefind.js');
    expect(readdirSync(path.join(dir, 'pagefind/p3'))).not.toContain('pagefind-ui.js');
  }, 60_000);

  test('fails when the pages built are not the articles published', async () => {
    const { dir, pathnames } = site(3);
    await expect(buildSearchIndex(dir, pathnames, quiet, { expected: 4 })).rejects.toThrow('已发布 4 篇文章，但构建出 3 个文章页面');
  });

  test('fails on an article page it cannot index, naming the file', async () => {
    const { dir, pathnames } = site(3, { bodyless: 1 });
    await expect(buildSearchIndex(dir, pathnames, quiet, { expected: 3 })).rejects.toThrow(/a1\/index\.html 没有 data-pagefind-body/);
  });

  // The search page refuses an index whose section, year or source counts do not add up to its
  // articles (openIndex): built so, every reader's search would fail.
  test('fails on an article with two sections, naming the file and the field', async () => {
    const { dir, pathnames } = site(3, { sections: [1, ['今日资讯', '法治时评']] });
    await expect(buildSearchIndex(dir, pathnames, quiet, { expected: 3 })).rejects.toThrow(
      /a1\/index\.html 的栏目（section）应有且只有一个，这里有 2 个（今日资讯、法治时评）/,
    );
  });

  test('fails on an article without a source, naming the file and the field', async () => {
    const { dir, pathnames } = site(3, { sources: [2, []] });
    await expect(buildSearchIndex(dir, pathnames, quiet, { expected: 3 })).rejects.toThrow(/a2\/index\.html 的来源（source）应有且只有一个，这里没有/);
  });
});

describe('BAODAO_SEARCH_PART_SIZE', () => {
  afterEach(() => vi.unstubAllEnvs());

  // Read when the config loaded, it stopped npm run dev and astro check, which build no index, in
  // Astro's English (Unable to load your Astro config, a stack trace); npm run build tells it first, in Chinese.
  test('is not read when the config loads', async () => {
    vi.stubEnv('BAODAO_SEARCH_PART_SIZE', 'abc');
    const config = (await import('../../astro.config.ts')).default;
    expect(config.integrations?.flat().some((integration) => integration && integration.name === 'baodao-search-index')).toBe(true);
  });

  test('is the part size of the index the build writes', async () => {
    vi.stubEnv('BAODAO_SEARCH_PART_SIZE', '10');
    vi.stubEnv('BAODAO_PUBLISHED_ARTICLES', '25');
    const { dir, pathnames } = site(25);
    const done = searchIndex().hooks['astro:build:done'] as unknown as (options: object) => Promise<void>;
    await done({ dir: pathToFileURL(`${dir}/`), pages: pathnames.map((pathname) => ({ pathname })), logger: quiet });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'pagefind/parts.json'), 'utf8')) as { parts: { pages: number }[] };
    expect(manifest.parts.map((part) => part.pages)).toEqual([5, 10, 10]);
  }, 60_000);
});
