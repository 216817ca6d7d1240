/**
 * Whether a picture file beside the content can be used by the build: read with Astro's own
 * probe (the one that stops the build with NoImageMetadata), so that the content check, not the
 * build, names a file that is empty, damaged, or not the picture its name says, and one too
 * large for sharp to open. In `npm run dev` an article with such a picture would otherwise
 * break every page, not only its own.
 */
// Imported here, not with import() when needed: `npm run dev` runs the content check from the
// module runner that loaded astro.config.ts, which is closed by the time such an import() runs.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { CONVERT_PICTURE_TO, PICTURE_FILE, PICTURE_FORMAT_NAMES } from './images.ts';
import { caseProblem, fileAsWritten, type FolderNames } from './written-file.ts';

/** The most pixels sharp opens (its `limitInputPixels` default, which astro.config.ts keeps). */
export const PICTURE_PIXEL_LIMIT = 0x3fff * 0x3fff;

/**
 * How much of a picture file is read first: its size is in its first bytes (a JPEG's after
 * its Exif, at most 64 KB in all). Measured over 1,000 covers of 1.5 MB: 0.6 ms each read
 * whole, 0.19 ms from the head. The content check reads every cover before each build, and
 * in `npm run dev` the loader reads them again.
 */
export const PICTURE_HEAD = 64 * 1024;

/**
 * What is wrong with the picture file `file` (written `src`; `shared` when it is made into a
 * share card, SHARED_PICTURE_FIELDS), or undefined: its head is read, and the whole file only
 * when the head does not give its size. A file that cannot be opened throws, as readFile does.
 */
export async function pictureFileProblem(file: string, src: string, shared = false): Promise<string | undefined> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(size, PICTURE_HEAD));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const problem = await pictureBytesProblem(head.subarray(0, bytesRead), src, shared);
    if (!problem || size <= PICTURE_HEAD) return problem;
    return pictureBytesProblem(await handle.readFile(), src, shared);
  } finally {
    await handle.close();
  }
}

/**
 * What is wrong with the picture `src` whose file holds `bytes` (`shared` when it is made into a
 * share card: an SVG is refused, by what the file holds, as Astro reads it, whatever its name), or undefined.
 */
export async function pictureBytesProblem(bytes: Uint8Array, src: string, shared = false): Promise<string | undefined> {
  let size: { width: number; height: number; format: string };
  try {
    size = await imageMetadata(bytes, src);
  } catch {
    return `图片 ${src} 无法读取（文件是空的、已损坏，或不是 ${PICTURE_FORMAT_NAMES} 图片）：请重新导出或换一个图片文件`;
  }
  if (shared && size.format === 'svg') {
    return `图片 ${src} 是 SVG 格式：题图和视频封面要制成分享卡片用的 JPEG 图片，网站不能转换 SVG：请转换为 ${CONVERT_PICTURE_TO}`;
  }
  if (size.format !== 'svg' && size.width * size.height > PICTURE_PIXEL_LIMIT) {
    return `图片 ${src} 太大（${size.width}×${size.height} 像素），网站无法处理：请缩小后再用（宽 4000 像素以内足够）`;
  }
  return undefined;
}

/**
 * What is wrong with a picture a content file in `folder` names `src` (its path `written`: a
 * Markdown address decoded), or undefined: it is not there (`missing`, with `src`, says so),
 * its name differs from its file's in case (src/lib/written-file.ts), the build cannot resize
 * its format (a TIFF or BMP would reach readers as an <img> with no address), or it cannot
 * read the file at all (empty, damaged, too large), or it is an SVG made into a share card
 * (`shared`: SHARED_PICTURE_FIELDS). `names` reads each folder once.
 */
export async function picturePathProblem(
  folder: string,
  { src, written = src, missing = '找不到图片文件', shared = false }: { src: string; written?: string; missing?: string; shared?: boolean },
  names: FolderNames,
): Promise<string | undefined> {
  const file = await fileAsWritten(folder, written, names);
  if (!file.found) return file.real === undefined ? `${missing} ${src}` : caseProblem('图片', src, file.real);
  return foundPictureProblem(path.resolve(folder, written), src, shared);
}

/**
 * What is wrong with a picture found at `file` (written `src`), or undefined: a format the build
 * cannot resize, and browsers do not all show (TIFF, BMP), or a file that cannot be read as a
 * picture (empty, damaged, too large, a folder).
 */
export async function foundPictureProblem(file: string, src: string, shared = false): Promise<string | undefined> {
  if (!PICTURE_FILE.test(file)) return `图片 ${src} 的格式网站不能处理：请转换为 ${CONVERT_PICTURE_TO}`;
  try {
    return await pictureFileProblem(file, src, shared);
  } catch {
    return `图片 ${src} 无法读取：它不是一个文件`;
  }
}
