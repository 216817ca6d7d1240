/**
 * Content files are UTF-8: a file saved as GBK (as older Chinese Windows editors save) would be
 * published as mojibake. The content check names such a file (`NOT_UTF8`; sections.yaml too, read by
 * src/lib/content-dir.ts) and `npm run dev`
 * leaves it out of the preview (src/lib/loaders.ts), both by this one reading of its bytes.
 */

/** What the content check says of a file that is not UTF-8. */
export const NOT_UTF8 = '文件不是 UTF-8 编码（可能是 GBK）：请在编辑器里另存为 UTF-8，否则读者会看到乱码';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A content file's bytes as text, or undefined when they are not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}
