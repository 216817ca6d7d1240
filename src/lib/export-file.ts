/**
 * An old CMS's export as the importers read it (`npm run import`, `npm run import:people`): the
 * bytes as text, the text as CSV rows keyed by the first row's column names, a cell as text or
 * as a list. Problems are told in Chinese, with their line.
 */
import { parse } from 'csv-parse/sync';
import { htmlText } from './html-to-markdown.ts';

/**
 * What --encoding may say: UTF-8, or GBK (read as GB18030, which contains it) as Chinese Windows
 * tools and older CMS editions write it. UTF-16 needs no saying: its mark tells it.
 */
export type Encoding = 'utf-8' | 'gbk';

/** An export that cannot be read; the message is for the editor. */
export class ExportError extends Error {
  override name = 'ExportError';
}

const decoders = { 'utf-8': 'utf-8', gbk: 'gb18030' } as const;

/** Line (from 1) of the first place `bytes` are not valid in `encoding`. */
function badLine(bytes: Uint8Array, encoding: Encoding): number {
  const decoder = new TextDecoder(decoders[encoding], { fatal: true });
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    start = i + 1;
    line++;
  }
  return line;
}

/**
 * UTF-16 as Excel's “Unicode 文本” (.txt, tab-separated) saves a sheet, told by the byte order
 * mark it always writes: FF FE (little-endian, as Windows writes it) or FE FF. Neither pair can
 * begin a UTF-8 or a GBK file, so the mark decides, whatever --encoding says.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** How to save a sheet so that it can be read: said whenever a file is not a text export. */
const SAVE_AS = '请在 Excel 或 WPS 中打开它，“另存为”“CSV UTF-8（逗号分隔）”或“Unicode 文本”，再导入那个文件';

/**
 * What a file that is no text export is, by its first bytes, or undefined: a workbook (an .xlsx
 * is a ZIP, an .xls an OLE2 compound file) renamed .csv, or a file holding NUL bytes, which no
 * CSV has (UTF-16 without its mark, a database dump).
 */
function notText(bytes: Uint8Array): string | undefined {
  const starts = (signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts([0x50, 0x4b, 0x03, 0x04])) return `这是 Excel 工作簿（.xlsx），不是 CSV 文件（也许只改了扩展名）：${SAVE_AS}`;
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return `这是旧版 Excel 工作簿（.xls），不是 CSV 文件（也许只改了扩展名）：${SAVE_AS}`;
  if (bytes.includes(0)) return `文件里有空字节，不是文本的 CSV（也许是没有 BOM 的 UTF-16，或别的格式的文件）：${SAVE_AS}`;
  return undefined;
}

/**
 * The export as text: the one place that decides how an export's bytes are read. UTF-16 by its
 * mark (utf16Order); a workbook or a binary file refused, told how to save it. Otherwise,
 * without `encoding`, a file that is valid UTF-8 is UTF-8. One that is
 * UTF-8 but for a few bad bytes is refused at its first bad line, rather than read as GBK and
 * written out as 娼嶅潑鎺. GBK read as UTF-8 breaks at most of its non-ASCII bytes (its
 * Chinese characters are two such bytes, which UTF-8 almost never accepts), so a file where
 * fewer than one in five break is damaged UTF-8, and anything else is GBK.
 */
export function decodeExport(bytes: Uint8Array, encoding?: Encoding): string {
  const order = utf16Order(bytes);
  if (order) {
    // The decoder drops the mark.
    try {
      return new TextDecoder(order, { fatal: true }).decode(bytes);
    } catch {
      // Read loosely, the damaged place is the first U+FFFD: its line is the line breaks before it.
      const text = new TextDecoder(order).decode(bytes);
      const line = (text.slice(0, text.indexOf('\ufffd')).match(/\n/g)?.length ?? 0) + 1;
      throw new ExportError(`第 ${line} 行有不是 UTF-16 的字节：文件在这里损坏了，请从 Excel 重新另存为“Unicode 文本”`);
    }
  }
  const binary = notText(bytes);
  if (binary) throw new ExportError(binary);
  const strict = (as: Encoding) => {
    try {
      return new TextDecoder(decoders[as], { fatal: true }).decode(bytes);
    } catch {
      const hint = as === 'utf-8' ? '，或文件其实是 GBK：加 --encoding gbk' : '，或文件其实是 UTF-8：加 --encoding utf-8';
      throw new ExportError(`第 ${badLine(bytes, as)} 行有不是 ${as === 'utf-8' ? 'UTF-8' : 'GBK'} 的字节：文件在这里损坏了${hint}`);
    }
  };
  if (encoding) return strict(encoding);
  const loose = new TextDecoder('utf-8').decode(bytes);
  const broken = loose.match(/\ufffd/g)?.length ?? 0;
  if (broken === 0) return loose;
  const nonAscii = bytes.reduce((count, byte) => count + (byte >= 0x80 ? 1 : 0), 0);
  return broken * 5 < nonAscii ? strict('utf-8') : strict('gbk');
}

/** What may part the cells of an export, with its name for an editor. */
const DELIMITERS = { ',': '逗号', '\t': '制表符', ';': '分号' } as const;
type Delimiter = keyof typeof DELIMITERS;

/**
 * What parts the cells of an export: a comma, unless its first line (the column names, which
 * never hold one) has none but has tabs (Excel's “文本文件（制表符分隔）”, a sheet copied as text)
 * or semicolons (Excel saving “CSV” where the system's list separator is `;`). Told by that
 * line alone, so that a `;` or a tab inside a cell of a comma-separated file stays in its cell.
 */
function delimiterOf(text: string): Delimiter {
  const header = /^[^\r\n]*/.exec(text)![0];
  if (header.includes(',')) return ',';
  if (header.includes('\t')) return '\t';
  if (header.includes(';')) return ';';
  return ',';
}

/** csv-parse's errors, in the words an editor needs. */
function explainCsv(error: unknown): string {
  const { code, lines, message } = error as { code?: string; lines?: number; message?: string };
  const at = lines ? `第 ${lines} 行` : '';
  if (code === 'CSV_QUOTE_NOT_CLOSED') return `有一个英文双引号没有配对，从${at || '某行'}起的内容都被当成了一格`;
  if (code === 'CSV_INVALID_CLOSING_QUOTE') return `${at}引号用错了：格子里的英文双引号要写成两个 ""`;
  return `不是能读的 CSV 文件${at ? `（${at}）` : ''}：${message ?? String(error)}`;
}

/** A row of an export: its number in a spreadsheet (`row`), and its cells keyed by the first row's names. */
export interface ExportRow {
  /**
   * Where an editor looks for it in a spreadsheet: the column names are row 1, a cell of many
   * lines (a body) is still one row, and a blank line is an empty row; so neither the record's
   * count nor its line in the file.
   */
  row: number;
  cells: Record<string, string>;
  /**
   * Why the row cannot be read as its cells say: more or fewer cells than the first row has
   * names (a comma lost or added, the cells after it in the wrong columns). Its cells are as
   * read, for the row's id; the importers name the row and read it no further.
   */
  problem?: string;
}

/** A cell with nothing in it, a database NULL too. */
const blank = (value: string | undefined): boolean => cellValue(value).trim() === '';

/**
 * Rows keyed by the first row's names (trimmed), cells parted by commas, or by tabs or
 * semicolons (delimiterOf). A row of more or fewer cells is one row's problem, named by the
 * row a spreadsheet shows it in (a body of many lines is one), not a stop to the whole file at
 * a line of the text: --skip-invalid can leave it out. A column with no name and nothing in it,
 * as spreadsheet programs leave at the end, is dropped; one with something in it is refused.
 * So is a row with nothing in any cell (`,,,,`), as spreadsheets save rows once typed in and
 * cleared, below the last: it is no article or person, and the rows after it keep their numbers.
 * `empty` is what an export with no rows is told.
 */
export function parseExport(text: string, empty = '没有文章：第一行应是列名，之后每行一篇'): { columns: string[]; rows: ExportRow[] } {
  const delimiter = delimiterOf(text);
  let records: { record: string[]; info: { records: number; empty_lines: number } }[];
  try {
    // With `info`, each record comes with where it was read (the typings know records alone).
    records = parse(text, { bom: true, delimiter, info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    throw new ExportError(explainCsv(error));
  }
  const [header, ...data] = records;
  const names = (header?.record ?? []).map((name, index) => name.trim() || `#${index + 1}`);
  const name = DELIMITERS[delimiter];
  // The column names are row 1 (record 1); the blank lines skipped so far were rows too.
  const rows = data
    .map(({ record, info }): ExportRow => {
      const cells = Object.fromEntries(names.flatMap((column, index) => (index < record.length ? [[column, record[index]!]] : [])));
      const row = { row: info.records + info.empty_lines, cells };
      if (record.length === names.length) return row;
      const fewer = record.length < names.length;
      return { ...row, problem: `这一行有 ${record.length} 格，第一行有 ${names.length} 个列名：${fewer ? '少' : '多'}了${name}？格子对不上列，这一行没有读。含${name}的内容要放在英文双引号里` };
    })
    .filter(({ cells }) => !Object.values(cells).every(blank));
  if (!rows.length) throw new ExportError(empty);
  const columns: string[] = [];
  for (const column of names) {
    if (!column.startsWith('#')) columns.push(column);
    else if (rows.some(({ cells }) => (cells[column] ?? '').trim() !== '')) throw new ExportError(`第 ${column.slice(1)} 列没有列名，却有内容`);
    else for (const { cells } of rows) delete cells[column];
  }
  return { columns, rows };
}

/** How export tools write a database NULL: phpMyAdmin's CSV and MySQL's INTO OUTFILE. */
const NULLS = new Set(['NULL', '\\N']);
/** A cell as written, or '' for a database NULL. */
export const cellValue = (value: string | undefined): string => (value === undefined || NULLS.has(value.trim()) ? '' : value);

/** A text cell: entities decoded (old systems store “ as &ldquo;), tags dropped, space collapsed. */
export const cellText = (value: string | undefined): string => htmlText(cellValue(value));

/** Between several names, tags or roles in one cell, besides spaces. */
export const LIST_SEPARATORS = /[,，、;；/|]+/;

/** A cell holding several words (tags, roles): split at spaces and LIST_SEPARATORS, repeats dropped. */
export const cellList = (value: string | undefined): string[] => [
  ...new Set(cellText(value).split(LIST_SEPARATORS).flatMap((part) => part.split(' ')).filter(Boolean)),
];
