/**
 * A file as a content file names it (`./Cover.JPG`), compared with the names in its folders.
 * A Mac's or a Windows PC's disk opens `cover.jpg` under either name, the build server (Linux)
 * only under its own: a picture an editor sees in the preview would stop the build, or be
 * called missing when its file is right there. So the name written is compared with the
 * folder's entries, and never left to the disk, which answers differently on each system.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** The names in a folder, or undefined when there is no such folder. */
export type FolderNames = (folder: string) => Promise<readonly string[] | undefined>;

/**
 * Reads each folder once for as long as it is kept (`read` only for tests): one content check
 * looks up every picture of a folder of articles with one read of it.
 */
export function folderNames(read: (folder: string) => Promise<string[]> = readdir): FolderNames {
  const folders = new Map<string, Promise<readonly string[] | undefined>>();
  return (folder) => {
    let names = folders.get(folder);
    if (!names) folders.set(folder, (names = read(folder).then((found) => found.sort(), () => undefined)));
    return names;
  };
}

type WrittenFile =
  | { found: true }
  | { found: false; /** The path as it should be written, when a file's name differs only in case. */ real?: string };

/**
 * Whether `written` (a relative path, `/` between folders, as Markdown and YAML write it) names
 * an entry of the folder `from`, letter for letter; when one differs only in case, in a folder
 * or in the file's name, `real` is the path to write, in the form it was written (`./` kept).
 */
export async function fileAsWritten(from: string, written: string, names: FolderNames): Promise<WrittenFile> {
  let folder = path.resolve(from);
  if (written.startsWith('/')) folder = path.parse(folder).root;
  let differs = false;
  const real: string[] = [];
  for (const segment of written.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') {
      real.push(segment);
      if (segment === '..') folder = path.dirname(folder);
      continue;
    }
    const entries = await names(folder);
    let entry = entries?.find((name) => name === segment);
    if (!entry) {
      entry = entries?.find((name) => name.toLowerCase() === segment.toLowerCase());
      if (!entry) return { found: false };
      differs = true;
    }
    real.push(entry);
    folder = path.join(folder, entry);
  }
  return differs ? { found: false, real: real.join('/') } : { found: true };
}

/**
 * What an editor is told of a file (`what`: 图片, 视频 …) written `src` whose name differs from
 * its file's in case: `real`, the name to write.
 */
export function caseProblem(what: string, src: string, real: string): string {
  return `${what} ${src} 的大小写与文件名不一致：请写成 ${real}（发布网站的服务器区分大小写，这样写会找不到${what}，即使在 Mac、Windows 电脑上能看到）`;
}
