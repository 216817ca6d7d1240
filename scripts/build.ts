/**
 * `npm run build`: checks the content, builds the site with Astro (and Pagefind, from the
 * integration) into a staging folder, and only then replaces the output folder. A failed
 * build prints what is wrong — file and field, no stack trace — and leaves the previous
 * output untouched: the site is published whole or not at all.
 *
 *   BAODAO_CONTENT  content folder (default content/)
 *   BAODAO_OUT      output folder (default dist/)
 */
// First, before Astro and its bundler load (see the file).
import './bundler-memory.ts';
import { buildSite } from './build-site.ts';

const ok = await buildSite({
  contentDir: process.env['BAODAO_CONTENT'],
  outDir: process.env['BAODAO_OUT'] ?? 'dist',
});
process.exit(ok ? 0 : 1);
