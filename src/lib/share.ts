/**
 * 分享: what a Chinese news page offers readers who want to pass an article on. WeChat shares
 * a page from inside WeChat only, so a desktop page shows a QR code of its address to scan with
 * the phone (a file of its own, ~300 bytes, fetched only when the reader opens it); Weibo and QQ空间
 * take the address and title in their share pages' query strings.
 */
import { crc32, deflateSync } from 'node:zlib';
import { encode } from 'uqr';

/** Light modules around the code, as the QR standard asks, so a scanner finds its edge. */
export const QUIET_ZONE = 4;

/**
 * The QR code of `text`, module by module: `size` counts the quiet zone on every side, and
 * `dark(x, y)` says whether the module at column x, row y (from 0, quiet zone included) is dark.
 */
export function qrCode(text: string): { size: number; dark: (x: number, y: number) => boolean } {
  const { data, size } = encode(text, { border: 0, ecc: 'M' });
  const inside = (at: number) => at >= QUIET_ZONE && at < QUIET_ZONE + size;
  return {
    size: size + 2 * QUIET_ZONE,
    dark: (x, y) => inside(x) && inside(y) && data[y - QUIET_ZONE]![x - QUIET_ZONE] === true,
  };
}

/** A PNG chunk: its length, type, data and the CRC of type and data. */
function pngChunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const chunk = Buffer.alloc(typed.length + 8);
  chunk.writeUInt32BE(data.length, 0);
  typed.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(typed), typed.length + 4);
  return chunk;
}

/**
 * The QR code of `text` as a PNG of one pixel a module, black and white (1 bit a pixel), for the
 * page to scale up without smoothing (`image-rendering: pixelated`, global.css): ~300 bytes, where
 * an SVG of the same code, a line a run of dark modules, took ~2 KB (19.6 MB at 10,000 articles).
 */
export function qrPng(text: string): Uint8Array<ArrayBuffer> {
  const { size, dark } = qrCode(text);
  const stride = 1 + Math.ceil(size / 8); // each row: its filter (none), then its pixels, 8 a byte
  const rows = Buffer.alloc(stride * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (!dark(x, y)) rows[y * stride + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale: 0 black, 1 white
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', new Uint8Array()),
  ]);
  return new Uint8Array(png);
}

/** Weibo's and QQ空间's share pages for an article at `url` (absolute) titled `title`. */
export function shareLinks(url: string, title: string): { label: string; href: string }[] {
  const weibo = new URL('https://service.weibo.com/share/share.php');
  weibo.search = new URLSearchParams({ url, title }).toString();
  const qzone = new URL('https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey');
  qzone.search = new URLSearchParams({ url, title }).toString();
  return [
    { label: '微博', href: weibo.href },
    { label: 'QQ空间', href: qzone.href },
  ];
}
