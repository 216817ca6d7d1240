/**
 * src/site.config.ts is TypeScript that an editor changes now and then (a phone number, a footer
 * page): a comma left out, a Chinese quote or text without quotes stopped `npm run build` with
 * Node's English words and no line (`Expected ',', got 'ident'`), and `npm run check:content`
 * with Node's stack. Here such a mistake is told in Chinese, on its line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ContentError, type Problem } from './errors.ts';

/** Punctuation a Chinese keyboard types where TypeScript needs the half-width one. */
const FULL_WIDTH = /[‘’“”，：；（）［］｛｝【】、。]/u;

/** One line as TypeScript reads it: its code outside quoted text and comments, and a quote left open at its end. */
interface CodeLine {
  code: string;
  openQuote: string | undefined;
}

/**
 * Each line's code, outside quoted text and comments (`// …`, and `/* … *\/` over several
 * lines, where an apostrophe is only a word's: the outlet's). A '…' or "…" ends with its line.
 */
export function codeLines(source: string): CodeLine[] {
  const lines: CodeLine[] = [];
  let code = '';
  let quote: string | undefined;
  let comment: 'line' | 'block' | undefined;
  for (let at = 0; at <= source.length; at++) {
    const char = source[at];
    if (char === undefined || char === '\n') {
      lines.push({ code: code.replace(/\r$/, ''), openQuote: quote === '`' ? undefined : quote });
      code = '';
      if (quote !== '`') quote = undefined;
      if (comment === 'line') comment = undefined;
    } else if (comment === 'block') {
      if (char === '*' && source[at + 1] === '/') {
        comment = undefined;
        at++;
      }
    } else if (comment === 'line') {
      continue;
    } else if (quote) {
      if (char === '\\') at++;
      else if (char === quote) quote = undefined;
    } else if (char === '/' && (source[at + 1] === '/' || source[at + 1] === '*')) {
      comment = source[at + 1] === '/' ? 'line' : 'block';
      at++;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
    } else {
      code += char;
    }
  }
  return lines;
}

/** The first place the error's stack names: a file's URL (or Node's own `node:` module) and a line. */
function firstPlace(error: Error): { url: string; line: number } | undefined {
  const first = /(file:\/\/[^\s)]+?|node:[^\s)]+?):(\d+)/.exec(error.stack ?? '');
  return first ? { url: first[1]!, line: Number(first[2]) } : undefined;
}

/** What is wrong at `line` (1-based) of `source`, and the line to name; `error` holds Node's own words. */
function explain(source: string, line: number, error: Error): { line: number; message: string } {
  const lines = codeLines(source);
  // A quote opened and not closed: TypeScript reads on and names a later line.
  const open = lines.slice(0, line).findIndex((l) => l.openQuote);
  if (open >= 0) {
    const quote = lines[open]!.openQuote;
    return { line: open + 1, message: `引号没有闭合：这一行的文字以 ${quote} 开头，末尾也要写 ${quote}` };
  }
  const code = lines[line - 1]?.code ?? '';
  // name: 法治报道, or licence: 许可证：（京）字第22754号 — Chinese read as code.
  const text = /\p{Script=Han}[^,\]}]*/u.exec(code)?.[0].trim();
  if (text) return { line, message: `文字两边少了半角引号：请写成 '${text}'` };
  const fullWidth = FULL_WIDTH.exec(code)?.[0];
  if (fullWidth) {
    return { line, message: `这一行有全角的“${fullWidth}”：引号、逗号、冒号和括号要用半角（' , : [ ] { }），请切换到英文输入法再写` };
  }
  const unquoted = /^(\S+) is not defined$/.exec(error.message)?.[1];
  if (error.name === 'ReferenceError' && unquoted) return { line, message: `文字两边少了半角引号：请写成 '${unquoted}'` };
  if (/^Expected ','/.test(error.message)) {
    // lang: 'zh-CN' with the next field below it: TypeScript names the next field, the comma belongs above it.
    const before = lines.slice(0, line - 1).findLastIndex((l) => l.code.trim() !== '');
    if (before >= 0 && /^\s*[\w$]+\s*:/.test(code) && !/[,{[(]\s*$/.test(lines[before]!.code)) {
      return { line: before + 1, message: '这一行末尾少了半角逗号“,”：每一项后面都要写逗号' };
    }
  }
  return { line, message: `写法有错，请检查这一行和上面几行的逗号、引号和括号（${error.message}）` };
}

/**
 * The problem an error thrown while importing the config file `file` is, told on its line; none
 * when the error is not the file's own (a ContentError names its fields itself; an error in
 * the code the file calls is the code's).
 */
export function siteConfigProblem(error: unknown, file: string, shown: string, source: string): Problem | undefined {
  if (!(error instanceof Error) || error instanceof ContentError) return undefined;
  const place = firstPlace(error);
  // V8's own syntax errors (a name declared twice) are placed in Node's loader, not in the file: the file alone is named.
  if (error.name === 'SyntaxError' && place?.url.startsWith('node:')) return { file: shown, field: '', message: `写法有错（${error.message}）` };
  if (place?.url !== pathToFileURL(file).href) return undefined;
  const found = explain(source, place.line, error);
  return { file: `${shown}:${found.line}`, field: '', message: found.message };
}

/** The site's configuration, or a ContentError naming the line of src/site.config.ts that stops it being read. */
export async function importSiteConfig() {
  try {
    return (await import('../site.config.ts')).default;
  } catch (error) {
    const file = fileURLToPath(new URL('../site.config.ts', import.meta.url));
    const problem = siteConfigProblem(error, file, path.relative(process.cwd(), file), readFileSync(file, 'utf8'));
    if (problem) throw new ContentError([problem]);
    throw error;
  }
}
