/**
 * Bold as Chinese is written: `**问：**近年来`, `**（一）**关于`, `据**“新华社”**报道`.
 * CommonMark takes `**` for bold only when the punctuation on its inner side has a space or
 * more punctuation on its outer side, as English has; Chinese puts no space there, so these
 * showed their asterisks, or paired with the next bold's and made the wrong words bold.
 *
 * Before the Markdown is parsed, each such pair is given an invisible space on its outer
 * sides (FLANK), which makes it bold to CommonMark; the renderer then takes those spaces out
 * of the text (markdown-plugins.ts). A pair CommonMark reads as bold anyway is left as it is,
 * and so are asterisks straight after a character (`张**、李**`, `李**（男）`): they mask a
 * name (chineseBold).
 */
import { FULL_WIDTH_PUNCTUATION } from './punctuation.ts';

/** U+205F MEDIUM MATHEMATICAL SPACE: whitespace to CommonMark, and never typed in Chinese news (one already in a body is taken out with the rest). */
export const FLANK = '\u205f';

/** Whitespace as CommonMark counts it (not U+FEFF, which JavaScript's \s takes). */
const SPACE = /[\t\n\f\r\p{Zs}]/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WORD = /[\p{L}\p{N}]/u;
/** Punctuation among Chinese: full-width marks, book and corner brackets, curly quotes, …… and ——. */
const CHINESE_PUNCTUATION = new RegExp(`[\u2014\u2018-\u201d\u2026\u00b7${FULL_WIDTH_PUNCTUATION}]`, 'u');
const OPENING = /[（【《「『“‘〔〈〖［｛(]/u;
const CLOSING = /[）】》」』”’〕〉〗］｝)]/u;

const isSpace = (char: string | undefined) => char === undefined || SPACE.test(char);
const isPunctuation = (char: string | undefined) => char !== undefined && PUNCTUATION.test(char);

/** CommonMark's left- and right-flanking rules for a delimiter run between `before` and `after` (undefined: line start or end). */
const opens = (before: string | undefined, after: string | undefined) =>
  !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
const closes = (before: string | undefined, after: string | undefined) =>
  !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));

/** The character just before `at`, or at `at`, a character beyond U+FFFF whole. */
function charBefore(text: string, at: number): string | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return String.fromCodePoint(text.codePointAt(start)!);
}
const charAt = (text: string, at: number) => (at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : undefined);

/** The `*` runs of a line, outside code spans, HTML tags and picture descriptions, not escaped. */
function runsOf(line: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  const skipped = /`+[^`]*?`+|<[a-zA-Z/!][^>]*>|!\[[^\]]*\]/g;
  let from = 0;
  const scan = (to: number) => {
    const stars = /\*+/g;
    stars.lastIndex = from;
    for (let match = stars.exec(line); match && match.index < to; match = stars.exec(line)) {
      let backslashes = 0;
      while (line[match.index - 1 - backslashes] === '\\') backslashes++;
      const start = match.index + (backslashes % 2);
      const end = Math.min(match.index + match[0].length, to);
      if (end > start) runs.push({ start, end });
    }
  };
  for (let match = skipped.exec(line); match; match = skipped.exec(line)) {
    scan(match.index);
    from = match.index + match[0].length;
  }
  scan(line.length);
  return runs;
}

/**
 * Whether `**inner**` between `before` and `after`, which CommonMark does not read as bold, is
 * bold as Chinese writes it: punctuation just inside, and an opening `**` that does not follow
 * a character (张**（男） and 李**犯罪，** mask a name), unless the bold is a bracketed or quoted
 * phrase whole (据**“新华社”**报道).
 */
function chineseBold(before: string | undefined, inner: string): boolean {
  const first = charAt(inner, 0)!;
  const last = charBefore(inner, inner.length)!;
  if (!CHINESE_PUNCTUATION.test(first) && !CHINESE_PUNCTUATION.test(last)) return false;
  if (before === undefined || !WORD.test(before)) return true;
  return OPENING.test(first) && CLOSING.test(last);
}

/** One line with its Chinese bold made bold to CommonMark. */
function flankLine(line: string): string {
  const runs = runsOf(line);
  const inserts: number[] = [];
  for (let index = 0; index + 1 < runs.length; ) {
    const open = runs[index]!;
    const close = runs[index + 1]!;
    const inner = line.slice(open.end, close.start);
    const before = charBefore(line, open.start);
    const after = charAt(line, close.end);
    const pair = open.end - open.start === 2 && close.end - close.start === 2 && !isSpace(charAt(inner, 0)) && !isSpace(charBefore(inner, inner.length));
    if (!pair) {
      index += 1;
      continue;
    }
    if (opens(before, charAt(inner, 0)) && closes(charBefore(inner, inner.length), after)) {
      index += 2; // bold to CommonMark already
      continue;
    }
    if (!chineseBold(before, inner)) {
      index += 1;
      continue;
    }
    if (!isSpace(before)) inserts.push(open.start);
    if (!isSpace(after)) inserts.push(close.end);
    index += 2;
  }
  if (inserts.length === 0) return line;
  const pieces: string[] = [];
  let from = 0;
  for (const at of inserts) {
    pieces.push(line.slice(from, at), FLANK);
    from = at;
  }
  pieces.push(line.slice(from));
  return pieces.join('');
}

/**
 * Markdown with every Chinese bold pair made bold to CommonMark (see above). Fenced code (in a
 * quote too) and lines with attributes (`caption="…"` of a `<Figure>` on its own line) are left
 * as they are; what still gets a FLANK where the renderer's text pass does not reach (indented
 * code, raw HTML) the renderer takes out at the end (markdown-plugins.ts).
 */
export function flankChineseBold(markdown: string): string {
  if (!markdown.includes('**')) return markdown;
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^(?:\s*>)*\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      return line.includes('**') && !/=\s*["']/.test(line) ? flankLine(line) : line;
    })
    .join('\n');
}
