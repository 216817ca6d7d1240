/**
 * Astro's image service (sharp), holding every picture the site publishes within
 * LARGEST_PICTURE_WIDTH and its own width (publishedSize in src/lib/images.ts): covers, the 头条,
 * pictures in bodies (which Astro's Markdown step makes, out of the components' reach), cards,
 * posters and share pictures all pass through it. Without it a picture asked for without a width
 * was made, as the `<img src>`, in its original's: a 6000 px camera JPEG became a 15 MB WebP.
 * Its `srcset` widths keep to the same limit.
 * A JPEG (the share picture, src/lib/share-picture.ts) is made as a JPEG can hold it: one frame, no transparency.
 */
import { statSync } from 'node:fs';
import type { ImageTransform, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import sharp from 'sharp';
import { JPEG_BACKGROUND, publishedSize, publishedWidths } from './images.ts';

/**
 * The frame a JPEG is made from: the first of an animated GIF or WebP. Sharp, as Astro calls it,
 * reads every frame, and a JPEG of them was the frames stacked one above the other, in a share
 * card told the first frame's height.
 */
async function firstFrame(input: Uint8Array): Promise<Uint8Array> {
  // A file sharp cannot read is left to Astro's service, which says so.
  const pages = await sharp(input, { failOn: 'none' }).metadata().then(({ pages = 1 }) => pages, () => 1);
  return pages > 1 ? sharp(input, { failOn: 'none', pages: 1 }).png().toBuffer() : input;
}

/**
 * In `npm run dev`, the address of a picture made from a file (`src` is read from `/@fs/…`)
 * with the file's time and size: Astro's dev server names a picture by its path and size alone,
 * and lets browsers keep it a year, so a photo replaced by a retouched or corrected one of the
 * same size (the same name, as the article names it) stayed the old one in the editor's browser,
 * reload or not. A build names its pictures by their content, and does not ask for this address.
 */
export function withFileVersion(url: string, src: ImageTransform['src']): string {
  if (typeof src !== 'object' || !src.src.startsWith('/@fs/')) return url;
  // The file's path, then Astro's note of its size; on Windows without the slash before C:, as Astro's endpoint reads it.
  const file = src.src.replace(process.platform === 'win32' ? /^\/@fs\// : /^\/@fs/, '').replace(/\?origWidth=.*$/, '');
  try {
    const { mtimeMs, size } = statSync(file);
    return `${url}${url.includes('?') ? '&' : '?'}v=${Math.round(mtimeMs)}-${size}`;
  } catch {
    return url; // gone: Astro's endpoint says so
  }
}

const service: LocalImageService = {
  ...sharpService,
  async validateOptions(options, imageConfig, logger) {
    const validated: ImageTransform = await sharpService.validateOptions!(options, imageConfig, logger);
    // Astro has given a picture asked for without a size its original's, so both are set here.
    if (typeof validated.src === 'object' && validated.width && validated.height) {
      Object.assign(validated, publishedSize({ width: validated.width, height: validated.height }, validated.src));
    }
    // A JPEG has no transparency: where the picture is transparent (a logo on a transparent PNG),
    // the page's white, not the black a share card showed. Set here, not in transform, as Astro
    // names its file by these options: a share picture cached by an earlier build is made anew.
    if ((validated.format === 'jpg' || validated.format === 'jpeg') && !validated.background) validated.background = JPEG_BACKGROUND;
    // A listing's picture is cut to 16:9 (`fit="cover"`), and a body's is given `fit: 'cover'` and
    // `position: 'center'` by Astro (its layout), which is what sharp does anyway when given a
    // width and a height. Named by its options, a 16:9 cover's listing file was a second file of
    // the same pixels as its column's at the widths both use (720, and its own width up to
    // 1,280): 2 of its 10 files; a picture both a cover and in a body, its every width twice.
    // Without them, one file.
    if (validated.fit === 'cover' && [undefined, 'center', 'centre'].includes(validated.position)) {
      delete validated.fit;
      delete validated.position;
    }
    return validated;
  },
  getSrcSet(options, imageConfig, logger) {
    // A picture in an article's body (full-width, markdown-plugins.ts) comes with the column's
    // widths up to its own, Astro having left out the wider ones, and so its own width too: a
    // 600 px picture was offered in 360 alone, which browsers then drew 600 px wide. Given them
    // all, Astro's own step puts the picture's width in place of the wider ones, as it does for
    // a cover's.
    const widths = options['data-astro-image'] === 'full-width' && imageConfig.breakpoints?.length ? imageConfig.breakpoints : options.widths;
    return sharpService.getSrcSet!(widths ? ({ ...options, widths: publishedWidths(widths) } as ImageTransform) : options, imageConfig, logger);
  },
  async getURL(options, imageConfig, logger) {
    return withFileVersion(await sharpService.getURL(options, imageConfig, logger), options.src);
  },
  async transform(input, transform, imageConfig, logger) {
    const jpeg = transform['format'] === 'jpg' || transform['format'] === 'jpeg';
    return sharpService.transform(jpeg ? await firstFrame(input) : input, transform, imageConfig, logger);
  },
};

export default service;
