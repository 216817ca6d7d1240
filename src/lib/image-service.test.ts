/** The image service as the build calls it: what it makes of pictures a JPEG cannot hold as they are. */
import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegrationLogger, ImageMetadata } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { imageMetadata } from 'astro/assets/utils';
import sharp from 'sharp';
import { expect, test, vi } from 'vitest';
import { temporaryFolders } from '../../tests/support/temporary.ts';
import service, { withFileVersion } from './image-service.ts';
import { COLUMN_PICTURE, THUMBNAIL_PICTURE } from './images.ts';

const folder = temporaryFolders();

const config = { service: { entrypoint: './src/lib/image-service.ts', config: {} }, domains: [], remotePatterns: [] } as unknown as Parameters<typeof service.transform>[2];
const logger = { warn: () => {}, info: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;

/**
 * What the build makes of the picture file `name` holding `input`, asked for in `format` at its
 * own size: the options as the service settles them (given the picture as Astro reads it), then the picture.
 */
async function made(input: Uint8Array, { src: name, format }: { src: string; format: string }) {
  const { width, height, format: own } = await imageMetadata(input, name);
  const src = { src: `/_astro/${name}`, width, height, format: own as ImageMetadata['format'] };
  const settled = await service.validateOptions!({ src, format, width, height }, config, logger);
  return service.transform(input, settled as unknown as Parameters<typeof service.transform>[1], config, logger);
}

/** The colour of a picture's pixel, as `r,g,b`. */
async function pixel(picture: Uint8Array, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(picture).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return Array.from(data.subarray(at, at + 3)).join(',');
}

const near = (colour: string) => colour.split(',').map(Number);

/** A GIF of two 60×40 frames, red then green, looping. */
async function animatedGif(): Promise<Buffer> {
  const frame = (background: string) => sharp({ create: { width: 60, height: 40, channels: 3, background } }).raw().toBuffer();
  return sharp(Buffer.concat([await frame('#f00'), await frame('#0f0')]), { raw: { width: 60, height: 80, channels: 3, pageHeight: 40 } })
    .gif({ delay: [500, 500], loop: 0 })
    .toBuffer();
}

test('a transparent PNG made into a JPEG (a share card) shows the page’s white where it is transparent, not black', async () => {
  const red = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();
  const logo = await sharp({ create: { width: 80, height: 60, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: red, top: 15, left: 20 }])
    .png()
    .toBuffer();
  const { data, format } = await made(logo, { src: 'logo.png', format: 'jpg' });
  expect(format).toBe('jpeg');
  for (const value of near(await pixel(data, 2, 2))) expect(value).toBeGreaterThan(250);
  const [r, g, b] = near(await pixel(data, 40, 30));
  expect([r! > 240, g! < 15, b! < 15]).toEqual([true, true, true]);
});

test('an animated GIF made into a JPEG is its first frame, in the frame’s size, not the frames stacked', async () => {
  const gif = await animatedGif();
  expect((await sharp(gif).metadata()).pages).toBe(2);
  const { data } = await made(gif, { src: 'flag.gif', format: 'jpg' });
  const size = await sharp(data).metadata();
  expect([size.width, size.height]).toEqual([60, 40]);
  const [r, g] = near(await pixel(data, 30, 38));
  expect([r! > 240, g! < 15]).toEqual([true, true]);
});

test('other outputs keep the picture as it is: a WebP of an animated GIF stays animated, a transparent one transparent', async () => {
  const gif = await animatedGif();
  const { data } = await made(gif, { src: 'flag.gif', format: 'webp' });
  expect((await sharp(data, { animated: true }).metadata()).pages).toBe(2);
  const clear = await sharp({ create: { width: 20, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
  const webp = await made(clear, { src: 'clear.png', format: 'webp' });
  expect((await sharp(webp.data).metadata()).hasAlpha).toBe(true);
});

test('a JPEG’s options carry its background, which Astro names the file by: a share picture an earlier build cached is not reused', async () => {
  const src = { src: '/_astro/logo.png', width: 80, height: 60, format: 'png' as const };
  expect((await service.validateOptions!({ src, format: 'jpg', width: 80, height: 60 }, config, logger)).background).toBe('#fff');
  expect((await service.validateOptions!({ src, format: 'webp', width: 80, height: 60 }, config, logger)).background).toBeUndefined();
});

test.each([6, 8])('a phone photo stored on its side (Exif Orientation %i) is made upright, in its upright size, as WebP and as JPEG', async (orientation) => {
  const top = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#f00' } }).png().toBuffer();
  const upright = await sharp({ create: { width: 60, height: 80, channels: 3, background: '#00f' } }).composite([{ input: top, top: 0, left: 0 }]).png().toBuffer();
  const stored = await sharp(upright).rotate(orientation === 6 ? -90 : 90).jpeg().withMetadata({ orientation }).toBuffer();
  expect((await sharp(stored).metadata()).width).toBe(80);
  for (const format of ['webp', 'jpg']) {
    const { data } = await made(stored, { src: 'phone.jpg', format });
    const size = await sharp(data).metadata();
    expect([size.width, size.height], format).toEqual([60, 80]);
    const [r, , b] = near(await pixel(data, 30, 5));
    expect([r! > 200, b! < 60], format).toEqual([true, true]);
  }
});

/** The options Astro names a made picture's file by, of each file a `srcset` offers (by width). */
function fileNames(options: Parameters<NonNullable<typeof service.getSrcSet>>[0]): Map<number, string> {
  // Astro's own list (DEFAULT_HASH_PROPS, astro/dist/assets/consts.js) when the service has none.
  const hashed = service.propertiesToHash ?? ['src', 'width', 'height', 'format', 'quality', 'fit', 'position', 'background'];
  const entries = (service.getSrcSet!(options, config, logger) as { transform: Record<string, unknown> }[]).map(({ transform }) => [
    transform['width'] as number,
    JSON.stringify(hashed.map((name) => transform[name])),
  ]);
  return new Map(entries as [number, string][]);
}

test('a 16:9 cover is one file at the widths its listing picture (cut to 16:9) and its column both use, not two of the same pixels', async () => {
  const src = { src: '/_astro/cover.jpg', width: 1200, height: 675, format: 'jpg' as const };
  const listing = await service.validateOptions!({ src, ...THUMBNAIL_PICTURE, fit: 'cover' }, config, logger);
  const column = await service.validateOptions!({ src, widths: COLUMN_PICTURE.widths }, config, logger);
  const listed = fileNames(listing);
  const columned = fileNames(column);
  const shared = [...listed.keys()].filter((width) => columned.has(width));
  expect(shared).toEqual([720, 1200]);
  for (const width of shared) expect(listed.get(width)).toBe(columned.get(width));
  // In a body too, where Astro's layout asks for it cut at the centre: the column's files.
  const body = await service.validateOptions!({ src, widths: COLUMN_PICTURE.widths, fit: 'cover', position: 'center' }, config, logger);
  expect([...fileNames(body)]).toEqual([...columned]);
});

test('a picture of another shape is still cut to 16:9 at its centre in a listing, not squashed', async () => {
  // 400×300: a red band along the top, 30 px, then green. Cut to 16:9, the band is cut away
  // (37.5 px of the top go); squashed to 16:9, it would still be the top row.
  const band = await sharp({ create: { width: 400, height: 30, channels: 3, background: '#f00' } }).png().toBuffer();
  const input = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#0f0' } })
    .composite([{ input: band, top: 0, left: 0 }])
    .jpeg()
    .toBuffer();
  const src = { src: '/_astro/photo.jpg', width: 400, height: 300, format: 'jpg' as const };
  const settled = await service.validateOptions!({ src, ...THUMBNAIL_PICTURE, fit: 'cover', format: 'webp' }, config, logger);
  const picture = await service.transform(input, settled as unknown as Parameters<typeof service.transform>[1], config, logger);
  expect(await sharp(picture.data).metadata()).toMatchObject({ width: THUMBNAIL_PICTURE.width, height: THUMBNAIL_PICTURE.height });
  const [r, g] = near(await pixel(picture.data, 120, 0));
  expect(g).toBeGreaterThan(200);
  expect(r).toBeLessThan(60);
});

test('in npm run dev, a picture replaced by another of the same size is at a new address, which no browser has kept; a build’s is left as Astro makes it', async () => {
  const file = path.join(folder('baodao-picture-'), 'xianchang.jpg');
  const red = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#f00' } }).jpeg().toBuffer();
  const blue = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#00f' } }).jpeg().toBuffer();
  // As Astro's dev server gives a picture beside an article: its file's path, and its size.
  const picture = (src: string): ImageMetadata => ({ src, width: 120, height: 80, format: 'jpg' });
  const dev = picture(`/@fs${file}?origWidth=120&origHeight=80&origFormat=jpg`);
  // The address Astro's service gives it (its getURL reads Vite's import.meta.env, which a unit test has not).
  const url = (src: ImageMetadata) => withFileVersion(`/_image?href=${encodeURIComponent(src.src)}&w=120&h=80&f=webp`, src);
  writeFileSync(file, red);
  utimesSync(file, new Date('2026-11-27T08:00:00Z'), new Date('2026-11-27T08:00:00Z'));
  const before = url(dev);
  writeFileSync(file, blue);
  utimesSync(file, new Date('2026-11-27T09:00:00Z'), new Date('2026-11-27T09:00:00Z'));
  const after = url(dev);
  expect(after).not.toBe(before);
  // The picture asked for is the same: only the address changed.
  const asked = (address: string) => [...new URL(address, 'http://localhost').searchParams].filter(([name]) => name !== 'v');
  expect(asked(after)).toEqual(asked(before));
  expect(url(dev)).toBe(after);
  // A build's picture (named by its content) has no such mark.
  expect(url(picture('/_astro/xianchang.B1a2c3.jpg'))).not.toMatch(/[?&]v=/);
});

test('the service gives those addresses: in npm run dev a picture’s carries its file’s version, a build’s is Astro’s own', async () => {
  const file = path.join(folder('baodao-picture-'), 'xianchang.jpg');
  writeFileSync(file, await sharp({ create: { width: 120, height: 80, channels: 3, background: '#f00' } }).jpeg().toBuffer());
  // Astro's own address (its getURL reads Vite's import.meta.env, which a unit test has not).
  const astro = (src: ImageMetadata) => `/_image?href=${encodeURIComponent(src.src)}&w=120&h=80&f=webp`;
  const ownURL = vi.spyOn(sharpService, 'getURL').mockImplementation((options) => astro(options.src as ImageMetadata));
  try {
    const picture = (src: string): ImageMetadata => ({ src, width: 120, height: 80, format: 'jpg' });
    const address = (src: ImageMetadata) => service.getURL({ src, width: 120, height: 80, format: 'webp' }, config, logger);
    const dev = picture(`/@fs${file}?origWidth=120&origHeight=80&origFormat=jpg`);
    const devAddress = await address(dev);
    expect(devAddress.startsWith(`${astro(dev)}&v=`)).toBe(true);
    expect(devAddress).toBe(withFileVersion(astro(dev), dev));
    const built = picture('/_astro/xianchang.B1a2c3.jpg');
    expect(await address(built)).toBe(astro(built));
  } finally {
    ownURL.mockRestore();
  }
});
