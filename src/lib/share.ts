/**
 * 分享: what a Chinese news page offers readers who want to pass an article on. WeChat shares
 * a page from inside WeChat only, so a desktop page shows a QR code of its address to scan with
 * the phone (a file of its own, ~2 KB, fetched only when the reader opens it); Weibo and QQ空间
 * take the address and title in their share pages' query strings.
 */
import { encode } from 'uqr';

/** Light modules around the code, as the QR standard asks, so a scanner finds its edge. */
export const QUIET_ZONE = 4;

/**
 * The QR code of `text` as one SVG path in module units (1 = one module) to be stroked one
 * module wide: each row's run of dark modules a line through the middle of the row, the next
 * run of the row a relative move along it. About half the bytes of a rectangle a run. `size`
 * includes the quiet zone on every side.
 */
export function qrCode(text: string): { size: number; path: string } {
  const { data, size } = encode(text, { border: 0, ecc: 'M' });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let at: number | undefined; // where the last run of this row ended
    for (let x = 0; x < size; x++) {
      if (!row[x] || row[x - 1]) continue;
      let end = x + 1;
      while (row[end]) end++;
      parts.push(`${at === undefined ? `M${x + QUIET_ZONE} ${y + QUIET_ZONE}.5` : `m${x - at} 0`}h${end - x}`);
      at = end;
    }
  });
  return { size: size + 2 * QUIET_ZONE, path: parts.join('') };
}

/** The QR code of `text` as an SVG file, dark on white, scaled by whoever shows it. */
export function qrSvg(text: string): string {
  const { size, path } = qrCode(text);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" stroke="#000"/></svg>\n`
  );
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
