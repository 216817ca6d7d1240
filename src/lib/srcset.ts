/**
 * The addresses of a `srcset` (an `<img>`'s or a `<picture>`'s `<source>`'s), each a picture a
 * browser may load in place of `src`, read by the HTML standard's algorithm (@prettier/parse-srcset):
 * a candidate's address runs to the first space, so the commas of `data:image/png;base64,…` or of
 * `./a,b.jpg` stay in it. Where the attribute breaks the standard (a descriptor such as `2q`), which
 * the parser refuses whole while a browser drops that candidate alone, every word of it that could
 * be an address is given, so that no address is let through unread.
 */
import parseSrcset from '@prettier/parse-srcset';

export function srcsetAddresses(srcset: string): string[] {
  try {
    return parseSrcset(srcset).map(({ source }) => source.value);
  } catch {
    return srcset
      .split(/[\t\n\f\r ]+/)
      .map((word) => word.replace(/^,+|,+$/g, ''))
      .filter((word) => word !== '' && !/^\d+(?:\.\d+)?[wxh]$/i.test(word));
  }
}
