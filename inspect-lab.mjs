import sharp from 'sharp';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
const dist = process.argv[2];
const only = process.argv[3];
for (const slug of readdirSync(path.join(dist, 'articles/2024/02'))) {
  if (only && !slug.includes(only)) continue;
  const html = readFileSync(path.join(dist, 'articles/2024/02', slug, 'index.html'), 'utf8');
  const urls = new Set();
  for (const m of html.matchAll(/(?:src|srcset|content)="([^"]*_astro[^"]*)"/g)) for (const part of m[1].split(',')) urls.add(new URL(part.trim().split(/\s+/)[0], 'https://x/').pathname);
  console.log('==', slug);
  for (const u of urls) {
    const file = path.join(dist, decodeURIComponent(u));
    try {
      const img = sharp(file, { animated: true });
      const m = await img.metadata();
      const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
      const px = (x, y) => { const i = (y * info.width + x) * info.channels; return Array.from(data.subarray(i, i + info.channels)).join(','); };
      console.log(' ', path.basename(u), m.format, `${m.width}x${m.pageHeight ?? m.height}`, 'pages', m.pages ?? 1, 'top', px(Math.floor(info.width / 2), 2), 'bottom', px(Math.floor(info.width / 2), info.height - 3), 'corner', px(0, 0), 'space', m.space, 'depth', m.depth, 'orient', m.orientation ?? '-');
    } catch (e) { console.log(' ', u, 'ERR', e.message); }
  }
}
