import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { scrollableTables } from './src/lib/markdown-plugins.ts';
import site from './src/site.config.ts';

/** Pages that are not for search engines: the 404 page, search results, and old addresses. */
const inSitemap = (url: string) => url.endsWith('/') && !/\/(404|search)\/$/.test(url);

export default defineConfig({
  site: site.url,
  // `npm run preview` serves BAODAO_OUT when set (tests preview their own build).
  outDir: process.env['BAODAO_OUT'] ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: satteri({ hastPlugins: [scrollableTables] }) },
  integrations: [mdx(), sitemap({ filter: inSitemap })],
});
