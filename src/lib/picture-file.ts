/**
 * Whether a picture file beside the content can be used by the build: read with Astro's own
 * probe (the one that stops the build with NoImageMetadata), so that the content check, not the
 * build, names a file that is empty, damaged, or not the picture its name says, and one too
 * large for sharp to open. In `npm run dev` an article with such a picture would otherwise
 * break every page, not only its own.
 */
// Imported here, not with import() when needed: `npm run dev` runs the content check from the
// module runner that loaded astro.config.ts, which is closed by the time such an import() runs.
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { CONVERT_PICTURE_TO, isPictureFormat, PICTURE_FILE, PICTURE_FORMAT_NAMES } from './images.ts';
import { svgRunsCode } from './svg-script.ts';
import { NO_READ_PERMISSION, isPermissionError } from './errors.ts';
import { caseProblem, fileAsWritten, type FolderNames } from './written-file.ts';
import { pictureOutside } from './picture-path.ts';

/** The most pixels sharp opens (its `limitInputPixels` default, which astro.config.ts keeps). */
export const PICTURE_PIXEL_LIMIT = 0x3fff * 0x3fff;

/**
 * How much of a picture file is read first: its size is in its first bytes (a JPEG's after
 * its Exif, at most 64 KB in all). Measured over 1,000 covers of 1.5 MB: 0.6 ms each read
 * whole, 0.19 ms from the head. The content check reads every cover before each build, and
 * in `npm run dev` the loader reads them again.
 */
export const PICTURE_HEAD = 64 * 1024;

/** How much of a picture file's end is read to find its end marker (a JPEG's EOI, a PNG's IEND). */
const PICTURE_TAIL = 64;

/**
 * What is wrong with the picture file `file` (written `src`; `shared` when it is made into a
 * share card, SHARED_PICTURE_FIELDS), or undefined: its head is read, and its last bytes for
 * the mark a whole JPEG or PNG ends with; the whole file only when the head does not give its
 * size, for an SVG (its scripts), or when a JPEG's mark is not at its end (a phone's motion
 * photo carries its video after it). A file that cannot be opened throws, as readFile does.
 */
export async function pictureFileProblem(file: string, src: string, shared = false): Promise<string | undefined> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(size, PICTURE_HEAD));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (size <= PICTURE_HEAD) return await pictureBytesProblem(head.subarray(0, bytesRead), src, shared);
    const probed = await probe(head.subarray(0, bytesRead), src, shared);
    // A size after the head (a large Exif) is read from the whole file.
    if ('problem' in probed) return probed.unread ? pictureBytesProblem(await handle.readFile(), src, shared) : probed.problem;
    if (probed.format === 'jpg' || probed.format === 'png') {
      const tail = new Uint8Array(PICTURE_TAIL);
      await handle.read(tail, 0, PICTURE_TAIL, size - PICTURE_TAIL);
      if (endMark(probed.format, tail) >= 0) return undefined;
    } else if (probed.format !== 'svg') return undefined;
    return contentProblem(probed.format, await handle.readFile(), src);
  } finally {
    await handle.close();
  }
}

/**
 * What is wrong with the picture `src` whose file holds `bytes` (`shared` when it is made into a
 * share card: an SVG is refused, by what the file holds, as Astro reads it, whatever its name), or undefined.
 */
export async function pictureBytesProblem(bytes: Uint8Array, src: string, shared = false): Promise<string | undefined> {
  const probed = await probe(bytes, src, shared);
  return 'problem' in probed ? probed.problem : contentProblem(probed.format, bytes, src);
}

/** The problem of a picture file as far as its first bytes tell (its format and size, read with Astro's probe), or its format. */
async function probe(bytes: Uint8Array, src: string, shared: boolean): Promise<{ problem: string; unread?: true } | { format: string }> {
  let size: { width: number; height: number; format: string };
  try {
    size = await imageMetadata(bytes, src);
  } catch {
    return { problem: `图片 ${src} 无法读取（文件是空的、已损坏，或不是 ${PICTURE_FORMAT_NAMES} 图片）：请重新导出或换一个图片文件`, unread: true };
  }
  if (!isPictureFormat(size.format)) {
    // An iPhone's HEIC (sharp here has no HEVC), a BMP, renamed .jpg: the build stopped in
    // English, naming only the picture's copy under /_astro/, not the article.
    const apple = /^hei[cf]$/i.test(size.format) ? '（苹果手机照片的格式）' : '';
    return { problem: `图片 ${src} 实际是 ${size.format.toUpperCase()} 格式${apple}，网站不能处理：请转换为 ${CONVERT_PICTURE_TO}` };
  }
  if (shared && size.format === 'svg') {
    return { problem: `图片 ${src} 是 SVG 格式：题图和视频封面要制成分享卡片用的 JPEG 图片，网站不能转换 SVG：请转换为 ${CONVERT_PICTURE_TO}` };
  }
  if (size.format !== 'svg' && size.width * size.height > PICTURE_PIXEL_LIMIT) {
    return { problem: `图片 ${src} 太大（${size.width}×${size.height} 像素），网站无法处理：请缩小后再用（宽 4000 像素以内足够）` };
  }
  return { format: size.format };
}

const JPEG_END = Buffer.from([0xff, 0xd9]);
const PNG_END = Buffer.from('IEND');

/**
 * Where in `bytes` (a JPEG's or PNG's end, or the whole file) the mark a whole file ends with is:
 * a JPEG's EOI (in a JPEG's image data 0xFF is never followed by 0xD9, so it is no other byte pair),
 * a PNG's IEND chunk; -1 when it is not there.
 */
function endMark(format: 'jpg' | 'png', bytes: Uint8Array, from = 0): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(format === 'jpg' ? JPEG_END : PNG_END, from);
}

/**
 * Where a JPEG's image data starts (its first SOS segment), past the Exif, whose thumbnail is a
 * JPEG of its own with its own EOI; 0 when its segments cannot be followed (the whole file is then
 * searched: a file is never refused for a layout this walk does not know).
 */
function jpegImageData(bytes: Uint8Array): number {
  let at = 2;
  while (at + 3 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda) return at;
    if (marker === 0xff) at += 1;
    else at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
  }
  return 0;
}

/**
 * What is wrong with a picture whose file holds `bytes`, of `format`, beyond its size: a JPEG or
 * PNG cut short (a copy or an upload that stopped: sharp makes the part that is missing grey or
 * black, and the build published it so), an SVG with a script (src/lib/svg-script.ts: an <img> never runs it, but a
 * reader who opens the picture on its own runs it on the site's address, as the body's
 * <script> would, which the check refuses: src/lib/article-body.ts).
 */
function contentProblem(format: string, bytes: Uint8Array, src: string): string | undefined {
  if (format === 'jpg' || format === 'png') {
    if (endMark(format, bytes, format === 'jpg' ? jpegImageData(bytes) : 0) < 0) {
      return `图片 ${src} 不完整（文件只有前面一部分，读者会看到缺了一块的图）：请重新复制或重新导出原图`;
    }
  }
  if (format === 'svg') {
    if (svgRunsCode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'))) {
      return `图片 ${src} 是带有脚本的 SVG（<script>、on… 事件代码或 javascript: 链接）：读者单独打开图片时，脚本会在本站运行：请删去脚本，或转换为 ${CONVERT_PICTURE_TO}`;
    }
  }
  return undefined;
}

/** The size of the picture at `file` as its head says, or undefined when it does not (an SVG's may be in its own units). */
export async function pictureSize(file: string): Promise<{ width: number; height: number } | undefined> {
  try {
    const handle = await open(file);
    try {
      const head = new Uint8Array(PICTURE_HEAD);
      const { bytesRead } = await handle.read(head, 0, PICTURE_HEAD, 0);
      const { width, height, format } = await imageMetadata(head.subarray(0, bytesRead), file);
      return format === 'svg' ? undefined : { width, height };
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with a picture a content file in `folder` names `src` (its path `written`: a
 * Markdown address decoded), or undefined: it is not there (`missing`, with `src`, says so),
 * its name differs from its file's in case (src/lib/written-file.ts), the build cannot resize
 * its format (a TIFF or BMP would reach readers as an <img> with no address), or it cannot
 * read the file at all (empty, damaged, too large), or it is an SVG made into a share card
 * (`shared`: SHARED_PICTURE_FIELDS), or it leads out of `within`, the content folder (src/lib/picture-path.ts:
 * pictureOutside), which is told before the file is looked for. `names` reads each folder once.
 */
export async function picturePathProblem(
  folder: string,
  { src, written = src, missing = '找不到图片文件', shared = false, within }: { src: string; written?: string; missing?: string; shared?: boolean; within?: string },
  names: FolderNames,
): Promise<string | undefined> {
  const outside = within === undefined ? undefined : pictureOutside(within, folder, src, written);
  if (outside) return outside;
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
  // ![说明](./) or ../images/: a folder was told its format could not be resized.
  if ((await stat(file).catch(() => undefined))?.isDirectory()) return `图片 ${src} 是文件夹，不是图片：请写上图片的文件名，如 ./photo.jpg`;
  if (!PICTURE_FILE.test(file)) return `图片 ${src} 的格式网站不能处理：请转换为 ${CONVERT_PICTURE_TO}`;
  try {
    return await pictureFileProblem(file, src, shared);
  } catch (error) {
    return `图片 ${src} ${isPermissionError(error) ? NO_READ_PERMISSION : '无法读取：它不是一个文件'}`;
  }
}
