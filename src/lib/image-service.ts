/**
 * Astro's image service (sharp), holding every picture the site publishes within
 * LARGEST_PICTURE_WIDTH and its own width (publishedSize in src/lib/images.ts): covers, the 头条,
 * pictures in bodies (which Astro's Markdown step makes, out of the components' reach), cards,
 * posters and share pictures all pass through it. Without it a picture asked for without a width
 * was made, as the `<img src>`, in its original's: a 6000 px camera JPEG became a 15 MB WebP.
 * Its `srcset` widths keep to the same limit.
 */
import type { ImageTransform, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { publishedSize, publishedWidths } from './images.ts';

const service: LocalImageService = {
  ...sharpService,
  async validateOptions(options, imageConfig, logger) {
    const validated: ImageTransform = await sharpService.validateOptions!(options, imageConfig, logger);
    // Astro has given a picture asked for without a size its original's, so both are set here.
    if (typeof validated.src === 'object' && validated.width && validated.height) {
      Object.assign(validated, publishedSize({ width: validated.width, height: validated.height }, validated.src));
    }
    return validated;
  },
  getSrcSet(options, imageConfig, logger) {
    return sharpService.getSrcSet!(options.widths ? { ...options, widths: publishedWidths(options.widths) } : options, imageConfig, logger);
  },
};

export default service;
