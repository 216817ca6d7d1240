/**
 * An attachment a body links to (`/files/判决书.pdf`, README: under public/files/) is followed by
 * what it is and how large: （PDF，179 KB）. A reader on a phone learns before tapping that the
 * link downloads a document, not a page, and how much of the data plan it takes.
 */

import { decodeHTML } from 'entities';

/** The kinds readers know documents by; any other is named by its extension in capitals (OFD, ZIP). */
const KINDS: Record<string, string> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  wps: 'WPS',
  xls: 'Excel',
  xlsx: 'Excel',
  et: 'WPS 表格',
  csv: 'CSV',
  ppt: 'PPT',
  pptx: 'PPT',
};

/** Where a link leads to an attachment: an address under /files/ (its query and fragment aside). */
export const ATTACHMENT = /^\/files\/[^?#]+/;

/**
 * Each run of percent-escapes decoded, %23 (#) and %3F (?) too, as a static host reads a file's
 * name from its address; a stray % kept. The one reading of an attachment's address, for the
 * renderer's note and the content check alike (decodeURI left /files/a%23b.pdf as a file no one had).
 */
export const percentDecoded = (text: string) =>
  text.replace(/(?:%[0-9a-f]{2})+/gi, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes;
    }
  });

/**
 * Whether `text` (a body's rendered HTML, or an .mdx body as written) links the attachment at
 * `address` (`/files/2023/11/x.pdf`, as decoded), written as it is or percent-encoded, with a
 * query or a fragment or none: `npm run dev` renders such a body again when the file changes.
 * A name may hold spaces and brackets (判决书 (1).pdf, the name Windows gives a second copy),
 * so what follows `/files/` is read up to a quote, an angle bracket, a query, a fragment or the
 * line's end, and the address must end where a name cannot go on: at `)` closing a Markdown
 * link, a space before its title, a Chinese mark, not at `.zip` or `2` (x.pdf.zip, x-12.pdf).
 */
export function linksAttachment(text: string, address: string): boolean {
  return [...text.matchAll(/\/files\/[^"'<>?#\r\n]+/g)].some(([written]) => {
    const link = percentDecoded(decodeHTML(written.replace(/\\(?=[()])/g, '')));
    return link.startsWith(address) && !/^[\p{L}\p{N}._~%/-]/u.test(link.slice(address.length));
  });
}

/** A size as readers read it: 179 KB, 1.2 MB, 12 MB (never 0 KB). */
export function fileSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 10) return `${Math.round(megabytes)} MB`;
  if (megabytes >= 1) return `${Number(megabytes.toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * What follows the link to the attachment `name` of `bytes`, whose link reads `text`: its kind
 * and size, or its size alone where the link already names the kind (判决书（PDF版）).
 */
export function attachmentNote(name: string, bytes: number, text: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const kind = extension && (KINDS[extension] ?? extension.toUpperCase());
  const named = !kind || text.toLowerCase().includes(kind.toLowerCase()) || text.toLowerCase().includes(`.${extension}`);
  return named ? `（${fileSize(bytes)}）` : `（${kind}，${fileSize(bytes)}）`;
}
