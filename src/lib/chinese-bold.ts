/**
 * Bold as Chinese is written: `**问：**近年来`, `**（一）**关于`, `据**“新华社”**报道`.
 * CommonMark takes `**` for bold only when the punctuation on its inner side has a space or
 * more punctuation on its outer side, as English has; Chinese puts no space there, so these
 * showed their asterisks, or paired with the next bold's and made the wrong words bold.
 *
 * Before the Markdown is parsed, each such pair is given an invisible space on its outer
 * sides (FLANK), which makes it bold to CommonMark; the renderer then takes those spaces out
 * of the text (markdown-plugins.ts). A pair CommonMark reads as bold anyway is left as it is,
 * and so is `张**、李**`: asterisks after a name, before a pause mark, mask the name.
 */

/** U+205F MEDIUM MATHEMATICAL SPACE: whitespace to CommonMark, and never typed in Chinese news. */
export const FLANK = '\u205f';

const SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WORD = /[\p{L}\p{N}]/u;
/** Punctuation among Chinese: full-width marks, book and corner brackets, curly quotes, …… and ——. */
const CHINESE_PUNCTUATION = /[\u2014\u2018-\u201d\u2026\u00b7\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
const OPENING = /[（【《「『“‘〔〈〖［｛(]/u;

const isSpace = (char: string | undefined) => char === undefined || SPACE.test(char);
const isPunctuation = (char: string | undefined) => char !== undefined && PUNCTUATION.test(char);

/** CommonMark's left- and right-flanking rules for a delimiter run between `before` and `after` (undefined: line start or end). */
const opens = (before: string | undefined, after: string | undefined) =>
  !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
const closes = (before: string | undefined, after: string | undefined) =>
  !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));

/** The `*` runs of a line's text part, outside code spans and HTML tags, not escaped. */
function runsOf(line: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  const skipped = /`+[^`]*?`+|<[a-zA-Z/!][^>]*>/g;
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

/** One line with its Chinese bold made bold to CommonMark. */
function flankLine(line: string): string {
  const runs = runsOf(line);
  const inserts: number[] = [];
  for (let index = 0; index + 1 < runs.length; ) {
    const open = runs[index]!;
    const close = runs[index + 1]!;
    const inner = [...line.slice(open.end, close.start)];
    const [first, last] = [inner[0], inner.at(-1)];
    const before = [...line.slice(0, open.start)].at(-1);
    const after = [...line.slice(close.end)][0];
    const pair = open.end - open.start === 2 && close.end - close.start === 2 && !isSpace(first) && !isSpace(last);
    if (!pair) {
      index += 1;
      continue;
    }
    if (opens(before, first) && closes(last, after)) {
      index += 2; // bold to CommonMark already
      continue;
    }
    const chinese = CHINESE_PUNCTUATION.test(first!) || CHINESE_PUNCTUATION.test(last!);
    const masked = before !== undefined && WORD.test(before) && CHINESE_PUNCTUATION.test(first!) && !OPENING.test(first!);
    if (!chinese || masked) {
      index += 1;
      continue;
    }
    if (!isSpace(before)) inserts.push(open.start);
    if (!isSpace(after)) inserts.push(close.end);
    index += 2;
  }
  let out = line;
  for (const at of inserts.reverse()) out = `${out.slice(0, at)}${FLANK}${out.slice(at)}`;
  return out;
}

/** Markdown with every Chinese bold pair made bold to CommonMark (see above); code blocks untouched. */
export function flankChineseBold(markdown: string): string {
  if (!markdown.includes('**')) return markdown;
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      return line.includes('**') ? flankLine(line) : line;
    })
    .join('\n');
}
