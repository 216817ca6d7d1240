/**
 * Reads YAML front matter the way editors mean it. Astro's own reader turns
 * `date: 2024-01-23 09:08:47` into midnight-UTC-based Date objects; here dates stay text,
 * so the schema reads them in the site's time zone (or at the offset written).
 */
import yaml from 'js-yaml';
import { controlCharacterInLine } from './control-characters.ts';
import { keptAsWritten } from './written-number.ts';

/** Between a first line `---` and the next `---` line (trailing spaces allowed, as Astro allows them). */
const FRONTMATTER_RE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A line of dashes, half-width or not, that is not the `---` front matter opens with (--, ----, －－－, ———). */
const DASHES = /^\s*(?!---\s*$)[-－—–─]{2,}\s*$/;
/** A line written as a front matter field (`title: …`, `date：…`): a Latin name and a colon, as no line of a Chinese body starts. */
const FIELD_FIRST = /^[A-Za-z][\w-]*\s*[:：]/;

export interface Frontmatter {
  data: Record<string, unknown>;
  body: string;
}

/** Thrown when the front matter is not valid YAML; `line` is 1-based within the file. */
export class FrontmatterSyntaxError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'FrontmatterSyntaxError';
    this.line = line;
  }
}

/** A line of one field, or of a list item that is one: its indent, key and value. */
const FIELD_LINE = /^( *)(?:-\s+)?([\w.\p{Script=Han}]+):(?:[ \t]+(.*))?$/u;

/** `key: "value"`: the line `line` with its value quoted, as an editor is told to write it (its own field, its own words). */
function quotedExample(line: string | undefined, fallback: string): string {
  const field = FIELD_LINE.exec(line ?? '');
  const value = field?.[3]?.trim();
  if (!field || !value) return fallback;
  return `${field[2]}: ${value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`}`;
}

/** Whether `text` holds the quote `quote` that closes a value (not `\"` in double quotes, not `''` in single ones). */
function closesQuote(text: string, quote: string): boolean {
  return quote === '"' ? /(^|[^\\])(\\\\)*"/.test(text) : text.replace(/''/g, '').includes("'");
}

/**
 * The first line, up to `last` (0-based), whose value opens a quote or a bracket that is never
 * closed: another field at its indent, or the end, comes first. YAML reads on to there and
 * names that line, or the end of the front matter.
 */
function unclosed(lines: readonly string[], last: number): { line: number; message: string } | undefined {
  for (let line = 0; line <= Math.min(last, lines.length - 1); line++) {
    const field = FIELD_LINE.exec(lines[line]!);
    const value = field?.[3]?.trimEnd() ?? '';
    const open = value[0];
    if (!field || !open || !'"\'[{'.includes(open)) continue;
    const close = open === '[' ? ']' : open === '{' ? '}' : open;
    const depth = (text: string) => [...text].filter((c) => c === open).length - [...text].filter((c) => c === close).length;
    const quote = open === '"' || open === "'";
    let stillOpen = quote ? !closesQuote(value.slice(1), open) : depth(value) > 0;
    let next = line + 1;
    for (let level = quote ? 0 : depth(value); stillOpen && next < lines.length; next++) {
      const after = FIELD_LINE.exec(lines[next]!);
      if (after && after[1]!.length <= field[1]!.length) break;
      if (quote ? closesQuote(lines[next]!, open) : (level += depth(lines[next]!)) <= 0) stillOpen = false;
    }
    if (!stillOpen) {
      line = next - 1;
      continue;
    }
    const example = `${field[2]}: ${value}${close}`;
    return quote
      ? { line, message: `引号没有闭合：值以 ${open} 开头，请在值的末尾补上 ${close}，如 ${example}` }
      : { line, message: `缺少 ${close}：以 ${open} 开头的列表要以 ${close} 结尾，如 ${example}` };
  }
  return undefined;
}

/** A line indented unlike its neighbours, around `at` (0-based), and what is wrong with it. */
function misindented(lines: readonly string[], at: number): { line: number; message: string } | undefined {
  for (const line of [at, at - 1]) {
    const text = lines[line];
    if (text === undefined || !/^ +\S/.test(text) || !/^ *(-\s|[\w.\p{Script=Han}]+:)/u.test(text)) continue;
    const indent = /^ */.exec(text)![0].length;
    const before = lines.slice(0, line).findLast((l) => l.trim() !== '' && !/^\s*#/.test(l));
    const beforeIndent = before === undefined ? 0 : /^ */.exec(before)![0].length;
    const item = /^ *-\s/.test(text);
    if (item && before !== undefined && /^ *-\s/.test(before) && beforeIndent !== indent) {
      return { line, message: '列表的“-”没有对齐：同一个列表的每一项，行首的空格要一样多' };
    }
    // More than the line before, which opens nothing to indent (a field with its value, not `cover:` or `summary: |`).
    if (indent > beforeIndent && (before === undefined || !/:\s*([|>][-+0-9]*)?\s*(#.*)?$/.test(before))) {
      return { line, message: '行首多了空格：字段要和上面的字段对齐（顶格写；cover 等下面的几项，缩进相同的空格）' };
    }
  }
  return undefined;
}

/**
 * A field name followed by a full-width colon, as a Chinese keyboard types it: `title：`, or a
 * field written by its Chinese name, `标题：县法院开庭` (at the start of a line only, where no value
 * goes on, and a name's length, 责任编辑, not a sentence's: YAML read it as words, and named the
 * line after it in English, or, when every field was so written, took the front matter for one
 * line of text).
 */
function fullWidthColon(lines: readonly string[]): { message: string; line: number } | undefined {
  const line = lines.findIndex((text) => /^\s*[A-Za-z_][\w.]*\s*：/.test(text) || /^\p{Script=Han}[\p{Script=Han}\w]{0,5}\s*：/u.test(text));
  if (line < 0) return undefined;
  const chinese = /^\p{Script=Han}/u.test(lines[line]!);
  return { message: `字段名后应是半角冒号“:”，这里是全角“：”${chinese ? '；字段名也要写英文' : ''}`, line };
}

/**
 * What an editor most likely got wrong, in Chinese, and on which line (0-based): YAML's own
 * reason is English and often points at the line after the mistake, or at the end.
 */
function explain(source: string, error: InstanceType<typeof yaml.YAMLException>): { message: string; line: number | undefined } {
  const lines = source.split(/\r?\n/);
  const fullWidth = fullWidthColon(lines);
  if (fullWidth) return fullWidth;
  const at = error.mark?.line;
  const last = at ?? lines.length - 1;
  // A backspace, an escape, a NUL pasted from an old CMS or Word: YAML refuses the whole file in English.
  const control = lines.findIndex((line) => controlCharacterInLine(line) !== undefined);
  if (control >= 0) return { message: controlCharacterInLine(lines[control]!)!, line: control };
  // A tab in the indent: YAML indents with spaces only.
  const tab = lines.findIndex((line, index) => index <= last && /^ *\t/.test(line));
  if (tab >= 0) return { message: '行首有 Tab：缩进只能用空格，请把 Tab 换成空格', line: tab };
  // title: "测试文章 or author: [马远征, 张文玉 — YAML reads on to the end, or the next bracket.
  const open = unclosed(lines, last);
  if (open) return open;
  if (error.reason === 'duplicated mapping key' && at !== undefined) {
    const key = FIELD_LINE.exec(lines[at] ?? '')?.[2];
    if (key) return { message: `“${key}”写了两次：请删去其中一行，只保留一个 ${key}`, line: at };
  }
  /** The line of the error or the one before it, when it looks like `pattern`. */
  const near = (pattern: RegExp) =>
    [at, at === undefined ? undefined : at - 1].find((index) => index !== undefined && index >= 0 && pattern.test(lines[index] ?? ''));
  // title:标题 — no space after the colon: YAML reads the line as one word, and stops later.
  const unspaced = near(/^\s*(?:-\s+)?[A-Za-z_][\w.]*:[^\s:/]/);
  if (unspaced !== undefined) return { message: '字段名的冒号后面要有一个空格，如 title: 标题', line: unspaced };
  // title: 枫林县: 警调联动, title: 记者: — a second colon before a space or the end of the value.
  const colon = near(/^\s*[\w.]+:\s*[^\s"'].*:(\s|$)/);
  if (colon !== undefined) {
    return { message: `值里有半角冒号“: ”，请给整个值加引号，如 ${quotedExample(lines[colon], 'title: "枫林县: 警调联动"')}`, line: colon };
  }
  // author: [马远征,, 张文玉] or [, 马远征] — a comma with nothing before it.
  const commas = near(/^\s*(?:-\s+)?[\w.]+:\s*\[(?:\s*,|[^\]]*,\s*,)/);
  if (commas !== undefined) {
    const field = FIELD_LINE.exec(lines[commas]!);
    const fixed = field?.[3] && `${field[2]}: ${field[3].replace(/\[\s*,\s*/g, '[').replace(/,(\s*,)+/g, ',')}`;
    return { message: `列表里多了一个逗号：每个逗号前后都要有内容${fixed ? `，如 ${fixed}` : ''}`, line: commas };
  }
  // title: [视频]枫林县… — a value that starts with [ or { is read as a list or a map.
  const bracket = near(/^\s*[\w.]+:\s*[[{][^\]}]*[\]}]\s*[^\s#,]/);
  if (bracket !== undefined) {
    return { message: `以 [ 或 { 开头的值会被当作列表：请给整个值加引号，如 ${quotedExample(lines[bracket], 'title: "[视频]枫林县警调联动"')}`, line: bracket };
  }
  // title: "青川通"App上线 — quotes that close before the value ends.
  const quoted = near(/^\s*(?:-\s+)?[\w.]+:\s*(["']).*?\1\s*[^\s#,\]}]/);
  if (quoted !== undefined) {
    return { message: `值以引号开头，引号后又接着写了文字：请用另一种引号括起整个值，如 title: '"青川通"App上线'，或改用中文引号“”`, line: quoted };
  }
  // title: @青川发布 … — YAML keeps @ ` * & ! % | > at the start of a value for itself.
  const reserved = near(/^\s*(?:-\s+)?[\w.]+:\s*[@`*&!%|>]/);
  if (reserved !== undefined) {
    const field = FIELD_LINE.exec(lines[reserved]!);
    // summary: **重要**通知 — bold, which a title or a summary shows as written: the ** go, and no quotes are needed.
    if (field?.[3]?.startsWith('**')) {
      return { message: `值不能以 ** 开头：这里按原样显示，不支持 **加粗**，请去掉 ** 符号，如 ${field[2]}: ${field[3].replace(/\*\*/g, '').trim()}`, line: reserved };
    }
    return { message: `值不能以 @ \` * & ! % | > 开头：请给整个值加引号，如 ${quotedExample(lines[reserved], 'title: "@青川发布 通报"')}`, line: reserved };
  }
  if (at !== undefined) {
    const indent = misindented(lines, at);
    if (indent) return indent;
  }
  return { message: `请检查这一行的冒号、引号和缩进（${error.reason}）`, line: at };
}

/**
 * A value that YAML reads without an error, but not as the editor wrote it: ` #` starts a
 * comment (title: 开展 #护苗2026# 专项行动 would end at 开展), and a leading & names an anchor.
 * A comment after a value (`# 发布时间`, with a space) is fine.
 */
function silentlyCut(source: string): { message: string; line: number } | undefined {
  const lines = source.split(/\r?\n/);
  /** The indent of the field whose block (`summary: |`) the lines are in, if they are. */
  let block: number | undefined;
  for (const [line, text] of lines.entries()) {
    const indent = /^ */.exec(text)![0].length;
    if (block !== undefined && (indent > block || !text.trim())) continue;
    block = undefined;
    const field = /^\s*(?:-\s+)?(?:[\w.]+:[ \t]+)?(.*)$/.exec(text)?.[1] ?? '';
    if (/^[|>][-+0-9]*\s*(#.*)?$/.test(field)) block = indent;
    if (/^["'[{|>#]/.test(field) || !/^\s*(?:-\s|[\w.]+:\s)/.test(text)) continue;
    // YAML starts a comment at # after a space or tab only (not after 　).
    if (/[ \t]#\S/.test(field)) return { message: '值里的“ #”之后会被当作注释丢掉：请给整个值加引号，如 title: "开展 #护苗2026# 专项行动"', line };
    if (field.startsWith('&')) return { message: '值不能以 & 开头：请给整个值加引号', line };
  }
  return undefined;
}

/** A type of js-yaml, with the tag it has at run time (@types/js-yaml leaves it out). */
type YamlType = yaml.Type & { tag: string };
/** js-yaml's own number types, which it exports at run time (@types/js-yaml leaves them out). */
const { int, float } = (yaml as unknown as { types: Record<'int' | 'float', YamlType> }).types;

/** A YAML number type whose numbers are kept as written where reading would change them (written-number.ts). */
const writtenAs = (type: YamlType) =>
  new yaml.Type(type.tag, {
    kind: 'scalar',
    resolve: type.resolve,
    construct: (data: string) => {
      const value: unknown = type.construct(data);
      return typeof value === 'number' ? keptAsWritten(data, value) : value;
    },
    predicate: type.predicate!,
    represent: type.represent!,
  });

/** YAML's core schema (timestamps stay text), with numbers that reading would change kept as written. */
const SCHEMA = yaml.CORE_SCHEMA.extend({ implicit: [writtenAs(int), writtenAs(float)] });

/** Parses a YAML document with timestamps left as strings (YAML's core schema). */
export function parseYaml(source: string): unknown {
  // A line indented with full-width spaces (a Chinese keyboard's 　) is read as a new field
  // whose name starts with them, not as part of the field above.
  const indented = source.split(/\r?\n/).findIndex((line) => line.startsWith('\u3000'));
  if (indented >= 0) {
    throw new FrontmatterSyntaxError('YAML 格式错误：这一行开头是全角空格“　”：缩进只能用半角空格（切换到英文输入法再按空格键）', indented + 1);
  }
  let data: unknown;
  try {
    data = yaml.load(source, { schema: SCHEMA });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const { message, line } = explain(source, error);
      throw new FrontmatterSyntaxError(`YAML 格式错误：${message}`, line === undefined ? undefined : line + 1);
    }
    throw error;
  }
  // Every field written 标题：… is one line of text to YAML, not a list of fields.
  const fullWidth = typeof data === 'string' ? fullWidthColon(source.split(/\r?\n/)) : undefined;
  if (fullWidth) throw new FrontmatterSyntaxError(`YAML 格式错误：${fullWidth.message}`, fullWidth.line + 1);
  const cut = silentlyCut(source);
  if (cut) throw new FrontmatterSyntaxError(`YAML 格式错误：${cut.message}`, cut.line + 1);
  return data;
}

/** The body of a Markdown file: what follows its front matter (not parsed). */
export function bodyOf(source: string): string {
  const match = FRONTMATTER_RE.exec(source);
  return match ? source.slice(match[0].length) : source;
}

/** Splits a Markdown file into its front matter (parsed) and body. */
export function readFrontmatter(source: string): Frontmatter {
  const match = FRONTMATTER_RE.exec(source);
  if (!match) {
    // Lines ended by CR alone (old Mac editors, some export tools): the whole file is one line, and every field was told missing.
    if (/^\uFEFF?---[ \t]*\r(?!\n)/.test(source)) {
      throw new FrontmatterSyntaxError('文件的换行符是单独的 CR（旧版 Mac 的格式），读不出字段：请用编辑器把换行符改为 LF（Unix）或 CRLF（Windows）后保存', 1);
    }
    const [first = '', second = '', ...rest] = source.replace(/^\uFEFF/, '').split(/\r?\n/);
    if (/^---\s*$/.test(first) && ![second, ...rest].some((line) => /^---\s*$/.test(line))) {
      throw new FrontmatterSyntaxError('开头的 --- 没有结尾：请在最后一个字段的下一行写 ---，再写正文', 1);
    }
    // Read as a body, the fields would be the article's first words and every field told missing.
    if (DASHES.test(first) && FIELD_FIRST.test(second)) {
      throw new FrontmatterSyntaxError(`第一行的“${first.trim()}”应是三个半角减号 ---${/^[\s-]*$/.test(first) ? '' : '（切换到英文输入法输入）'}，字段写在两行 --- 之间`, 1);
    }
    if (FIELD_FIRST.test(first) && FIELD_FIRST.test(second)) {
      throw new FrontmatterSyntaxError('文件开头缺少 ---：字段要写在两行 --- 之间，请在第一行前加一行 ---（最后一个字段的下一行也要有 ---）', 1);
    }
    return { data: {}, body: source };
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    if (error instanceof FrontmatterSyntaxError && error.line !== undefined) {
      // The front matter starts on line 2 of the file.
      throw new FrontmatterSyntaxError(error.message, error.line + 1);
    }
    throw error;
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new FrontmatterSyntaxError('文章开头的 --- 之间应是“字段: 值”的列表', 2);
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}
