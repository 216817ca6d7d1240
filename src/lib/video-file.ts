/**
 * Whether a video a content file names at the site's own address (`/media/x.mp4`: a file under
 * public/, served as it is) is there, named letter for letter as its file. A Mac's or a Windows
 * PC's disk finds `/media/Clip.MP4` for `clip.mp4`, the build server and the CDN do not, and
 * readers get a 404: the name is compared with the folder's names (src/lib/written-file.ts), as
 * a picture's is (src/lib/picture-file.ts).
 */
import { decodePath } from './urls.ts';
import { fileAsWritten, type FolderNames } from './written-file.ts';

/**
 * What is wrong with the video `src` (front matter's `video.src`, a `<video>`'s in a body), or
 * undefined: written beside the article (`./clip.mp4`: only pictures are published with an
 * article), at an http:// address (an https page does not play it), not under `publicDir`
 * (`missing`, with the file, says so), or named in another case than its file (the name to write
 * is given). An address on another site is not looked for.
 */
export async function videoPathProblem(publicDir: string, src: string, names: FolderNames, missing = '找不到视频文件'): Promise<string | undefined> {
  if (/^http:\/\//i.test(src)) return `视频 ${src} 以 http:// 开头，https 的网页里放不出来：请用 https:// 的地址，或把视频放在 public/ 下`;
  if (!/^(\/|[a-z][a-z\d+.-]*:)/i.test(src)) {
    return `视频 ${src} 不会随文章发布（随文章发布的只有图片）：站内视频放在 public/ 下，地址从 / 写起，如 /media/2024/video.mp4`;
  }
  if (!src.startsWith('/') || src.startsWith('//')) return undefined;
  const cut = src.search(/[?#]/);
  const [pathname, rest] = cut < 0 ? [src, ''] : [src.slice(0, cut), src.slice(cut)];
  // `./media/x.mp4` from public/: a path starting with / would be looked up from the disk's root.
  const file = await fileAsWritten(publicDir, `.${decodePath(pathname)}`, names);
  if (file.found) return undefined;
  return file.real === undefined
    ? `${missing} public${src}（站内视频放在 public/ 下，地址从 / 写起，如 /media/2024/video.mp4）`
    : `视频 ${src} 的大小写与文件名不一致：请写成 ${file.real.slice(1)}${rest}（发布网站的服务器区分大小写，这样写会找不到视频，即使在 Mac、Windows 电脑上能看到）`;
}
