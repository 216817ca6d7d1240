/**
 * The picture a share card (WeChat, Weibo, QQ, X …) shows for a page: one of the page's own,
 * as a JPEG SHARE_PICTURE_WIDTH wide, or as wide as the picture when narrower (share cards in
 * WeChat and Weibo show no WebP), at its full address.
 * Pages without one get the site's icon (src/layouts/BaseLayout.astro).
 */
import { getImage } from 'astro:assets';
import site from '../site.config.ts';
import { SHARE_PICTURE_WIDTH, shareable } from './images.ts';
import { absoluteUrl } from './urls.ts';

export interface SharePicture {
  url: string;
  alt: string;
  /** Its size in pixels: a card service that fetches the picture later shows it on the first share only when given these. */
  width: number;
  height: number;
}

/**
 * Whether a picture can stand for its page on share cards (`shareable`), read as Astro's getImage
 * reads it: from the hidden copy behind the proxy Astro gives an imported picture, whose fields,
 * once read, have the build publish the original file too (astro/dist/assets/utils/proxy.js). A
 * body picture or a photo is looked at to choose the share picture, and its original (a camera's
 * file, as large as it came) is no file of the site. The copy is for reading only: given to
 * getImage it has no path, and the original would never be deleted.
 */
export const canShare = (image: ImageMetadata): boolean => shareable((image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image);

export async function sharePicture(image: ImageMetadata, alt: string): Promise<SharePicture> {
  const { src, attributes } = await getImage({ src: image, width: SHARE_PICTURE_WIDTH, format: 'jpg' });
  return { url: absoluteUrl(src, site.url), alt, width: Number(attributes['width']), height: Number(attributes['height']) };
}
