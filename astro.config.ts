import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import buildContentLists from './src/integrations/build-content-lists.ts';
import contentCheck from './src/integrations/content-check.ts';
import dataStoreReload from './src/integrations/data-store-reload.ts';
import searchIndex from './src/integrations/search-index.ts';
import sitemapDates from './src/integrations/sitemap-dates.ts';
import { COLUMN_PICTURE } from './src/lib/images.ts';
import { inSitemap } from './src/lib/sitemaps.ts';
import { articleProcessor } from './src/lib/markdown-plugins.ts';
import { publicDir } from './src/lib/content-dir.ts';
import site from './src/site.config.ts';


/**
 * When each article last changed, by URL path: written by `npm run build` from its content
 * check (scripts/build-site.ts), and given to the sitemap as lastmod.
 */
const lastmod: Record<string, string> = process.env['BAODAO_LASTMOD']
  ? (JSON.parse(readFileSync(process.env['BAODAO_LASTMOD'], 'utf8')) as Record<string, string>)
  : {};
const withLastmod = <T extends { url: string }>(item: T): T & { lastmod?: string } => {
  const changed = lastmod[new URL(item.url).pathname];
  return changed ? { ...item, lastmod: changed } : item;
};

export default defineConfig({
  site: site.url,
  // `npm run preview` serves BAODAO_OUT when set (tests preview their own build).
  outDir: process.env['BAODAO_OUT'] ?? 'dist',
  // Files served as they are (src/lib/content-dir.ts: BAODAO_PUBLIC for a test's import).
  publicDir: publicDir(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No syntax colouring for code in articles: news has little code, and Astro warns that Shiki's
  // inline colours and a Content-Security-Policy do not go together (older browsers refuse them).
  markdown: {
    processor: articleProcessor(site.url),
    syntaxHighlight: false,
  },
  image: {
    // Astro's sharp service, holding every picture within the widest the layout shows (src/lib/image-service.ts).
    service: { entrypoint: './src/lib/image-service.ts' },
    // The widths of a picture in an article's body (responsiveImages gives it this layout).
    breakpoints: COLUMN_PICTURE.widths,
  },
  security: {
    // A Content-Security-Policy <meta> on every page: only the site's own scripts and styles
    // run, inline ones by their hashes (Astro computes them), so a script that slipped into an
    // article would not. Style attributes stay allowed (an editor's `style="…"`). Pagefind
    // compiles its wasm in its worker, which a <meta> policy does not reach, but on the page
    // should the worker fail to start.
    csp: {
      directives: ["object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    // npm run dev watches the project; the benchmark's corpora and builds (tens of thousands of
    // files) and the output folder need no watching, and would exhaust the system's watchers.
    server: { watch: { ignored: ['**/.bench/**', '**/dist/**'] } },
    build: {
      rollupOptions: {
        // Astro's MDX modules start with "use astro:head-inject", and every build warned about it
        // once per .mdx article, naming the editor's file (withastro/astro#18087): harmless, so not shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    contentCheck(),
    // npm run dev: a page asked for while Astro writes its data store again is not left with the store of before.
    dataStoreReload(),
    // npm run build: its lists of the pictures and .mdx modules content imports are its own, and the preview's stay the preview's.
    buildContentLists(),
    mdx(),
    sitemap({ filter: inSitemap, serialize: withLastmod }),
    sitemapDates({ timeZone: site.timeZone }),
    // Articles per part of the index: BAODAO_SEARCH_PART_SIZE, read when the index is built (tests use small parts to exercise merging).
    searchIndex(),
  ],
});
