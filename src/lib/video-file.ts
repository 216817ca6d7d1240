/**
 * Whether a video a content file names at the site's own address (`/media/x.mp4`: a file under
 * public/, served as it is) is there, named letter for letter as its file, and so is the poster
 * a body's `<video>` shows before it plays. A Mac's or a Windows PC's disk finds
 * `/media/Clip.MP4` for `clip.mp4`, the build server and the CDN do not, and readers get a 404:
 * the name is compared with the folder's names (src/lib/written-file.ts), as a picture's is
 * (src/lib/picture-file.ts).
 */
import path from 'node:path';
import { httpAddressProblem } from './http-address.ts';
import { foundPictureProblem } from './picture-file.ts';
import { ON_COMPUTER, leaves } from './picture-path.ts';
import { decodePath } from './urls.ts';
import { caseProblem, fileAsWritten, type FolderNames } from './written-file.ts';

/** What messages call a file a `<video>` names, what an https page fails to do with it at http://, an address to copy, and why it is not published beside the article. */
interface VideoFileKind {
  what: string;
  fails: string;
  example: string;
  beside: string;
}

const VIDEO: VideoFileKind = { what: '视频', fails: '放不出来', example: '/media/2024/video.mp4', beside: '随文章发布的只有图片' };
const POSTER: VideoFileKind = {
  what: '视频封面',
  fails: '显示不出来',
  example: '/media/2024/poster.jpg',
  beside: '正文里 <video> 的 poster 只是一个网址，文章旁边的图片不会因此发布',
};
const CAPTIONS: VideoFileKind = { what: '字幕', fails: '显示不出来', example: '/media/2024/video.vtt', beside: '随文章发布的只有图片' };
const IMG: VideoFileKind = {
  what: '图片',
  fails: '显示不出来',
  example: '/media/2024/photo.jpg',
  beside: '正文里 HTML 的 <img> 只是一个网址，文章旁边的图片不会因此发布；文章旁边的图片请写成 ![说明](./图片.jpg)',
};

/**
 * Where `src`, a file a `<video>` names (`kind`), is: `problem` when it is written beside the
 * article, at an http:// address (an https page does not load it), not under `publicDir`
 * (`missing`, with the file, says so), or in another case than its file (the name to write is
 * given); `file`, its path, when it is under `publicDir` as written; nothing when it is on
 * another site, not ours to look for.
 */
async function videoFile(publicDir: string, src: string, names: FolderNames, kind: VideoFileKind, missing: string): Promise<{ problem: string } | { file: string } | undefined> {
  const { what, example } = kind;
  // C:\Users\…\x.jpg, copied from Explorer: read as an address on another site, and published to load nowhere.
  if (ON_COMPUTER.test(src)) return { problem: `${what} ${src} 是这台电脑上的位置，读者看不到：站内${what}放在 public/ 下，地址从 / 写起，如 ${example}` };
  const insecure = httpAddressProblem(src, { what, fails: kind.fails, instead: `请用 https:// 的地址，或把${what}放在 public/ 下` });
  if (insecure) return { problem: insecure };
  if (!/^(\/|[a-z][a-z\d+.-]*:)/i.test(src)) {
    return { problem: `${what} ${src} 不会随文章发布（${kind.beside}）：站内${what}放在 public/ 下，地址从 / 写起，如 ${example}` };
  }
  if (!src.startsWith('/') || src.startsWith('//')) return undefined;
  const cut = src.search(/[?#]/);
  const [pathname, rest] = cut < 0 ? [src, ''] : [src.slice(0, cut), src.slice(cut)];
  // `./media/x.mp4` from public/: a path starting with / would be looked up from the disk's root.
  const written = `.${decodePath(pathname)}`;
  // /../../README.md: read from the disk it left public/; a browser asks the site for /README.md.
  if (leaves(publicDir, path.resolve(publicDir, written))) return { problem: `${what} ${src} 的 .. 走出了 public/，读者打不开：站内${what}放在 public/ 下，地址从 / 写起，如 ${example}` };
  const file = await fileAsWritten(publicDir, written, names);
  if (file.found) return { file: path.resolve(publicDir, written) };
  return {
    problem:
      file.real === undefined
        ? `${missing} public${src}（站内${what}放在 public/ 下，地址从 / 写起，如 ${example}）`
        : caseProblem(what, src, `${file.real.slice(1)}${rest}`),
  };
}

/**
 * What is wrong with the video `src` (front matter's `video.src`, a `<video>`'s in a body), or
 * undefined: written beside the article (`./clip.mp4`: only pictures are published with an
 * article), at an http:// address (an https page does not play it), not under `publicDir`
 * (`missing`, with the file, says so), or named in another case than its file (the name to write
 * is given). An address on another site is not looked for.
 */
export async function videoPathProblem(publicDir: string, src: string, names: FolderNames, missing = '找不到视频文件'): Promise<string | undefined> {
  const found = await videoFile(publicDir, src, names, VIDEO, missing);
  return found && 'problem' in found ? found.problem : undefined;
}

/**
 * What is wrong with the captions of a video (front matter's `video.captions`, a WebVTT file
 * under public/), or undefined: not under `publicDir`, or named in another case than its file.
 */
export async function captionsPathProblem(publicDir: string, src: string, names: FolderNames): Promise<string | undefined> {
  const found = await videoFile(publicDir, src, names, CAPTIONS, '找不到视频字幕文件');
  return found && 'problem' in found ? found.problem : undefined;
}

/**
 * What is wrong with a picture a body names in HTML, `src`, or undefined: a `<video>`'s poster
 * (`tag`: `poster`), or an `<img>`'s. Where it is written, as for the video itself (beside the
 * article it is never published: the build publishes only a body's Markdown pictures), and,
 * under `publicDir`, its file, as any picture's (src/lib/picture-file.ts: a format not shown,
 * empty, damaged, too large).
 */
export async function htmlPicturePathProblem(publicDir: string, src: string, names: FolderNames, tag: 'poster' | 'img'): Promise<string | undefined> {
  // A browser asks for a picture at http:// on an https page at https:// (it upgrades it), and an
  // import keeps other sites' pictures as written, naming them: not a reason to stop the build.
  if (tag === 'img' && /^http:\/\//i.test(src)) return undefined;
  const found = await videoFile(publicDir, src, names, tag === 'poster' ? POSTER : IMG, tag === 'poster' ? '找不到正文中的视频封面文件' : '找不到正文中的图片文件');
  if (found === undefined) return undefined;
  return 'problem' in found ? found.problem : foundPictureProblem(found.file, src);
}
