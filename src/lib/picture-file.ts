/**
 * Whether a picture file beside the content can be used by the build: read with Astro's own
 * probe (the one that stops the build with NoImageMetadata), so that the content check, not the
 * build, names a file that is empty, damaged, or not the picture its name says, and one too
 * large for sharp to open. In `npm run dev` an article with such a picture would otherwise
 * break every page, not only its own.
 */
// Imported here, not with import() when needed: `npm run dev` runs the content check from the
// module runner that loaded astro.config.ts, which is closed by the time such an import() runs.
import { imageMetadata } from 'astro/assets/utils';
import { PICTURE_FORMAT_NAMES } from './images.ts';

/** The most pixels sharp opens (its `limitInputPixels` default, which astro.config.ts keeps). */
export const PICTURE_PIXEL_LIMIT = 0x3fff * 0x3fff;

/** What is wrong with the picture `src` whose file holds `bytes`, or undefined. */
export async function pictureFileProblem(bytes: Uint8Array, src: string): Promise<string | undefined> {
  let size: { width: number; height: number; format: string };
  try {
    size = await imageMetadata(bytes, src);
  } catch {
    return `图片 ${src} 无法读取（文件是空的、已损坏，或不是 ${PICTURE_FORMAT_NAMES} 图片）：请重新导出或换一个图片文件`;
  }
  if (size.format !== 'svg' && size.width * size.height > PICTURE_PIXEL_LIMIT) {
    return `图片 ${src} 太大（${size.width}×${size.height} 像素），网站无法处理：请缩小后再用（宽 4000 像素以内足够）`;
  }
  return undefined;
}
