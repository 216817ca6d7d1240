/**
 * A picture's path as an editor on Windows writes it: copied from Explorer's address bar
 * (`C:\Users\…\photo.jpg`, which Astro published as a picture no reader could load) or typed
 * with `\` (`.\photo.jpg`, which stopped the build in English: ImageNotFound). The site takes a
 * path beside the file, with `/` (`./photo.jpg`, `../01/photo.jpg`).
 */
import path from 'node:path';
import { BESIDE_ARTICLE } from './images.ts';
import { chineseQuoted, chineseQuotedMessage } from './punctuation.ts';

/**
 * A place on the editor's computer or the office network, which no reader can load: a drive
 * (`C:\`, `D:/`), a shared folder (`\\192.168.1.10\图片\`), or a file: address.
 */
export const ON_COMPUTER = /^(?:[A-Za-z]:[\\/]|\\\\|file:)/i;

/**
 * What is wrong with `src` as a picture's path beside `file` (as editors are told it: 文章文件,
 * 所在文件), said after the picture's name; undefined when it is such a path, or a web or
 * site address (`https://…`, `/media/…`), which the site reads otherwise.
 */
export function picturePathMistake(src: string, file = '文章文件'): string | undefined {
  const quoted = chineseQuoted(src);
  if (quoted !== undefined) {
    const slashed = quoted.replaceAll('\\', '/');
    return chineseQuotedMessage(BESIDE_ARTICLE.test(slashed) ? slashed : `./${slashed}`);
  }
  if (ON_COMPUTER.test(src)) {
    const name = src.split(/[\\/]/).pop() ?? '';
    return `是这台电脑上的位置，读者看不到：请把图片放到${file}旁边，写成 ./${readable(name)}`;
  }
  if (src.includes('\\')) {
    const slashed = src.replaceAll('\\', '/');
    // `\media\x.jpg` is the site's /media/x.jpg, not ./ before a slash.
    return `里的“\\”是 Windows 的写法，网址要用“/”：请写成 ${BESIDE_ARTICLE.test(slashed) || slashed.startsWith('/') ? slashed : `./${slashed}`}`;
  }
  if (/^www\./i.test(src)) return `缺少 https://，会被当作${file}旁边的文件：请写成 https://${src}`;
  if (BESIDE_ARTICLE.test(src) || src.startsWith('/') || /^[a-z][a-z0-9+.-]+:/i.test(src)) return undefined;
  return `应相对于${file}，以 ./ 或 ../ 开头：请写成 ./${src}`;
}

/**
 * What a picture written `src`, a path from `folder` (`written`: as decoded), is told when it leads
 * out of `root`, the content folder (`../../../etc/hostname`, `../../../../README.md` from an
 * article): the build published any picture file it reached, from anywhere on the build machine,
 * under /_astro/. Pictures live with their content files (a path from the file, `./photo.jpg`, or
 * from another month's folder, `../01/photo.jpg`), or under public/ at an address from `/` in a
 * body; undefined when it stays in `root`.
 */
export function pictureOutside(root: string, folder: string, src: string, written = src): string | undefined {
  if (!leaves(root, path.resolve(folder, written))) return undefined;
  const name = readable(written.split('/').pop() ?? '') || 'photo.jpg';
  return `图片 ${src} 在内容文件夹（${path.basename(root)}/）之外，网站不发布那里的文件：请把图片复制到这个文件旁边，写成 ./${name}`;
}

/** Whether the file at `file` (a whole path) is outside the folder `root`: a path with `..` that climbs out of it. */
export function leaves(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

/** A file name as its editor knows it: a file: address writes 现场 as %E7%8E%B0%E5%9C%BA. */
function readable(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
