/**
 * @astrojs/sitemap writes every lastmod in UTC (`2024-01-23T01:08:47.000Z`) whatever it is
 * given; the site says every date in its own time zone, so once the sitemaps are written
 * their dates are rewritten as the same instants there (`2024-01-23T09:08:47+08:00`).
 * Must come after sitemap() in the integrations.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatIso } from '../lib/dates.ts';

export default function sitemapDates({ timeZone }: { timeZone: string }): AstroIntegration {
  return {
    name: 'baodao-sitemap-dates',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const sitemaps = (await readdir(out)).filter((name) => /^sitemap-.*\.xml$/.test(name));
        for (const name of sitemaps) {
          const file = path.join(out, name);
          const xml = await readFile(file, 'utf8');
          await writeFile(file, xml.replace(/<lastmod>([^<]+)<\/lastmod>/g, (_, at: string) => `<lastmod>${formatIso(new Date(at), timeZone)}</lastmod>`));
        }
      },
    },
  };
}
