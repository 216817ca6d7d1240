/**
 * The content check's problems and warnings as GitHub Actions annotations (workflow commands),
 * so that an editor who proposes a change on GitHub sees each on its file and line under the
 * pull request's “Files changed”, not only in the log. `npm run check:content` prints them when
 * it runs in GitHub Actions (scripts/check.ts).
 */
import type { Problem } from './errors.ts';

/** Escapes a workflow command's message (GitHub's toolkit: `%`, CR and LF). */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a workflow command's property value: as its message, and `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** A problem's file and the line it gives (`x.md:12`), if any. */
function located(file: string): { path: string; line: number | undefined } {
  const match = /^(.*):(\d+)$/.exec(file);
  return match ? { path: match[1]!, line: Number(match[2]) } : { path: file, line: undefined };
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const isItem = (line: string) => /^\s*-(\s|$)/.test(line);
const isBlank = (line: string) => /^\s*(#.*)?$/.test(line);
/** Where a line's key starts: after its indentation, and after `- ` on a list item. */
const keyColumn = (line: string) => indentOf(line) + (isItem(line) ? (/^\s*-\s*/.exec(line)![0].length - indentOf(line)) : 0);

/**
 * The lines under `anchor` (an index into `lines`; -1: the whole of `start`…`end`), and the
 * column at which their own keys start. A list item's block begins with its own line, which
 * holds its first key (`- id: today`).
 */
function block(lines: string[], start: number, end: number, anchor: number): { lines: number[]; column: number } {
  if (anchor < 0) {
    const all = [...Array(end - start).keys()].map((index) => index + start).filter((index) => !isBlank(lines[index]!));
    return { lines: all, column: 0 };
  }
  const own = indentOf(lines[anchor]!);
  const item = isItem(lines[anchor]!);
  const result = item ? [anchor] : [];
  for (let index = anchor + 1; index < end; index++) {
    const line = lines[index]!;
    if (isBlank(line)) continue;
    const indent = indentOf(line);
    // A list under a key may sit at the key's own indentation (`author:` then `- 马远征`).
    const compact = !item && indent === own && isItem(line) && (result.length === 0 || isItem(lines[result[0]!]!));
    if (indent > own || compact) result.push(index);
    else break;
  }
  const column = item ? keyColumn(lines[anchor]!) : result.length > 0 ? keyColumn(lines[result[0]!]!) : own + 1;
  return { lines: result, column };
}

/**
 * The 1-based line where `field`, as problems name it (`section`, `cover.alt`,
 * `author 第 2 项`, `corrections 第 1 项 date`, `第 3 项 id` in a list file), is written in
 * `source` (YAML, or Markdown with front matter); as far as it can be followed: `cover.alt`
 * with no `alt` gives the line of `cover`, an inline list `[a, b]` the line of its key.
 * Undefined when not even the first key is written (a required field left out).
 */
export function fieldLine(source: string, field: string): number | undefined {
  const lines = source.split(/\r?\n/);
  let start = 0;
  let end = lines.length;
  if (/^\uFEFF?---\s*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
    start = 1;
    end = close > 0 ? close : lines.length;
  }
  let anchor = -1;
  for (const [word, item] of field.matchAll(/第 (\d+) 项|[^\s.]+/g)) {
    const { lines: under, column } = block(lines, start, end, anchor);
    let next: number | undefined;
    if (item) {
      const items = under.filter((index) => isItem(lines[index]!) && index !== anchor);
      const level = items.length > 0 ? indentOf(lines[items[0]!]!) : -1;
      next = items.filter((index) => indentOf(lines[index]!) === level)[Number(item) - 1];
    } else {
      const key = new RegExp(`^\\s*(?:-\\s+)?${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
      next = under.find((index) => keyColumn(lines[index]!) === column && key.test(lines[index]!));
    }
    if (next === undefined) break;
    anchor = next;
  }
  return anchor < 0 ? undefined : anchor + 1;
}

/**
 * `::error file=…,line=…,title=…::…` for one problem (`::warning …` for a file a warning is
 * about, as `level`); `read` gives a file's text (or undefined), to find a field's line where
 * the problem names no line.
 */
export function githubAnnotation(problem: Problem, read: (file: string) => string | undefined, level: 'error' | 'warning' = 'error'): string {
  const { path, line: given } = located(problem.file);
  const source = given === undefined && problem.field ? read(path) : undefined;
  const line = given ?? (source === undefined ? undefined : fieldLine(source, problem.field));
  const properties = [`file=${escapeProperty(path)}`, ...(line ? [`line=${line}`] : []), `title=${escapeProperty(problem.field ? `内容检查：${problem.field}` : '内容检查')}`];
  return `::${level} ${properties.join(',')}::${escapeData(problem.message)}`;
}

/** How many warning annotations GitHub shows of one step; the rest are dropped without a word. */
const WARNINGS_SHOWN = 10;

/**
 * The annotations of the content check's warnings, no more than GitHub shows (`room`): each file
 * a warning is about on its own line of that file, while there is room for all of them and one
 * for each warning still to come; otherwise the warning once, in its words, with no file. The
 * warnings about fewest files come first: a link in the pull request's own article is seen on
 * its line, and the hundreds of bylines an import leaves unmatched do not crowd it out.
 */
export function warningAnnotations(
  warnings: readonly { text: string; files: readonly Problem[] }[],
  read: (file: string) => string | undefined,
  room = WARNINGS_SHOWN,
): string[] {
  const lines: string[] = [];
  const byFiles = [...warnings].sort((a, b) => a.files.length - b.files.length);
  byFiles.forEach(({ text, files }, index) => {
    const left = room - lines.length - (byFiles.length - index - 1);
    if (files.length > 0 && files.length <= left) lines.push(...files.map((about) => githubAnnotation(about, read, 'warning')));
    else if (left > 0) lines.push(`::warning title=${escapeProperty('内容检查')}::${escapeData(text)}`);
  });
  return lines;
}
