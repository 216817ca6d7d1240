/**
 * The icon an iPhone puts on a home screen, and that it asks for at this address even when no
 * page links it: the site's SVG icon (public/favicon.svg) as a 180 px PNG.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { TOUCH_ICON_SIZE } from '../lib/images.ts';

export async function GET() {
  const svg = await readFile(path.resolve('public/favicon.svg'));
  // The drawing is 32 units wide: rasterised at the density that makes it 180 px, it stays sharp.
  const png = await sharp(svg, { density: 72 * (TOUCH_ICON_SIZE / 32) })
    .resize(TOUCH_ICON_SIZE, TOUCH_ICON_SIZE)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
