/**
 * A picture written into its own address (`<img src="data:image/png;base64,…">`), as old CMS
 * editors (UEditor, KindEditor) stored a picture pasted from Word or a screenshot: its bytes,
 * and the file extension of the format they really are, so the importer can write it as a
 * file beside the article (src/lib/import-row.ts) and the picture checks can judge it.
 */
import { PICTURE_FORMAT_NAMES } from './images.ts';

/** `data:` and its media type, its parameters (`;base64`), and after the comma the data. */
const DATA_ADDRESS = /^\s*data:([^,;]*)((?:;[^,;]*)*),([\s\S]*)$/i;

/**
 * The extension of the picture format `bytes` are, by the marks each format's file starts with
 * (the name a pasted picture was given says nothing: Word's PNG is often called image/jpeg), or
 * undefined for a format the site does not take (a BMP, a HEIC, a Windows metafile).
 */
export function pictureType(bytes: Uint8Array): string | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return '.jpg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return '.png';
  if (/^GIF8[79]a$/.test(ascii(0, 6))) return '.gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return '.webp';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return '.avif';
  // An SVG is text: an XML declaration, comments and a DOCTYPE may come before its <svg.
  const text = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\ufeff/, '');
  if (/^\s*(?:<\?xml[\s\S]*?\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>\s*)*<svg[\s>]/i.test(text)) return '.svg';
  return undefined;
}

/**
 * The picture at a `data:` address (base64, or percent-encoded as an SVG often is): its bytes and
 * extension, or what is wrong with it (`name`: what the message calls it).
 */
export function dataPicture(address: string, name: string): { bytes: Uint8Array; type: string } | { problem: string } {
  const [, , parameters = '', data = ''] = DATA_ADDRESS.exec(address) ?? [];
  let bytes: Uint8Array;
  if (/;base64$/i.test(parameters.trim())) {
    // Line breaks and spaces an editor or an export put into a long address are not data.
    bytes = Buffer.from(data.replace(/\s+/g, ''), 'base64');
  } else {
    try {
      bytes = Buffer.from(decodeURIComponent(data), 'utf8');
    } catch {
      bytes = new Uint8Array();
    }
  }
  const type = pictureType(bytes);
  if (type) return { bytes, type };
  return { problem: `图片 ${name} ${bytes.length ? `不是 ${PICTURE_FORMAT_NAMES} 图片（或已损坏），网站不能显示` : '是空的'}` };
}
