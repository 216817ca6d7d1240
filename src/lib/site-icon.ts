/**
 * The site's icon (public/favicon.svg) as a square PNG: for iPhone home screens
 * (src/pages/apple-touch-icon.png.ts) and as the picture shared with a link to a page that has
 * none of its own (src/pages/share.png.ts); and as an ICO file of small PNGs (src/pages/favicon.ico.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import icoEndec from 'ico-endec';
import { publicDir } from './content-dir.ts';
import sharp from 'sharp';

/** The drawing's width in SVG units (its viewBox). */
const DRAWN_WIDTH = 32;

/** The icon as a `size`-pixel PNG, rasterised at the density that gives that size, so it stays sharp. */
export async function iconPng(size: number): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await readFile(path.join(publicDir(), 'favicon.svg'));
  const png = await sharp(svg, { density: 72 * (size / DRAWN_WIDTH) })
    .resize(size, size)
    .png()
    .toBuffer();
  return new Uint8Array(png);
}

/** The icon as an ICO file holding a PNG of each of `sizes`. */
export async function iconIco(sizes: readonly number[]): Promise<Uint8Array<ArrayBuffer>> {
  const pngs = await Promise.all(sizes.map((size) => iconPng(size)));
  return new Uint8Array(icoEndec.encode(pngs.map((png) => Buffer.from(png))));
}

/** A PNG response, for the icon routes. */
export const pngResponse = (png: Uint8Array<ArrayBuffer>) => new Response(png, { headers: { 'Content-Type': 'image/png' } });
