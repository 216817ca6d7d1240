import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import searchIndex from './src/integrations/search-index.ts';
import { scrollableTables } from './src/lib/markdown-plugins.ts';
import site from './src/site.config.ts';

/** Articles per part of the search index (tests use small parts to exercise merging). */
const searchPartSize = Number(process.env['BAODAO_SEARCH_PART_SIZE']) || undefined;

/** Pages that are not for search engines: the 404 page, search results, and old addresses. */
const inSitemap = (url: string) => url.endsWith('/') && !/\/(404|search)\/$/.test(url);

export default defineConfig({
  site: site.url,
  // `npm run preview` serves BAODAO_OUT when set (tests preview their own build).
  outDir: process.env['BAODAO_OUT'] ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: satteri({ hastPlugins: [scrollableTables] }) },
  integrations: [mdx(), sitemap({ filter: inSitemap }), searchIndex(searchPartSize ? { maxPartSize: searchPartSize } : {})],
});
