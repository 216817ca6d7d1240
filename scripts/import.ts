/**
 * `npm run import -- <export.csv> [--sections map.yaml] [--files <old site folder>] [--skip-invalid]`:
 * articles exported from an old CMS (DedeCMS, EmpireCMS …; README “从旧系统导入”) become
 * article files under content/articles/YYYY/MM/<id>.md, their pictures copied beside them,
 * their old addresses kept as aliases. Every row is checked first: a problem is named with its
 * line and field, and nothing is written unless --skip-invalid says to import the rest.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { contentDir, readSections } from '../src/lib/content-dir.ts';
import { formatProblem, type Problem } from '../src/lib/errors.ts';
import { parseYaml } from '../src/lib/frontmatter.ts';
import { COLUMNS, importRow, REQUIRED_COLUMNS, type Column, type ImportedArticle } from '../src/lib/import-row.ts';
import site from '../src/site.config.ts';

const USAGE = `用法：npm run import -- <导出文件.csv> [--sections 栏目对应表.yaml] [--files 旧网站文件夹] [--skip-invalid]
导出文件的列（第一行是列名）：
${Object.entries(COLUMNS)
  .map(([column, what]) => `  ${column.padEnd(9)}${REQUIRED_COLUMNS.includes(column as Column) ? '（必填）' : ''}${what}`)
  .join('\n')}`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { sections: { type: 'string' }, files: { type: 'string' }, 'skip-invalid': { type: 'boolean' } },
    });
  } catch {
    fail(USAGE);
  }
}

/** UTF-8 (with or without BOM), or GBK/GB18030 as Chinese Windows tools and older CMS editions save it. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const { values, positionals } = readArgs();
const exportFile = positionals[0];
if (!exportFile || positionals.length > 1) fail(USAGE);
if (!existsSync(exportFile)) fail(`找不到导出文件 ${exportFile}`);
if (values.files && !existsSync(values.files)) fail(`找不到旧网站文件夹 ${values.files}（--files）`);

let records: Record<string, string>[];
try {
  records = parse(decode(readFileSync(exportFile)), { columns: true, bom: true, skip_empty_lines: true });
} catch (error) {
  fail(`${exportFile}: 不是能读的 CSV 文件（${error instanceof Error ? error.message : String(error)}）`);
}
if (!records.length) fail(`${exportFile}: 没有文章（第一行应是列名，之后每行一篇）`);
const columns = Object.keys(records[0]!);
const unknown = columns.filter((column) => !(column in COLUMNS));
const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
if (unknown.length || missing.length) {
  fail(
    [
      ...unknown.map((column) => `${exportFile}: 未知列“${column}”（拼写错误？）`),
      ...missing.map((column) => `${exportFile}: 缺少列“${column}”：${COLUMNS[column]}`),
      '',
      USAGE,
    ].join('\n'),
  );
}

const sections = new Map<string, string>();
if (values.sections) {
  let map: unknown;
  try {
    map = parseYaml(readFileSync(values.sections, 'utf8'));
  } catch (error) {
    fail(`${values.sections}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!map || typeof map !== 'object' || Array.isArray(map)) fail(`${values.sections}: 应为“旧栏目编号: 本站栏目 id”的对应表，如 12: today`);
  for (const [old, id] of Object.entries(map)) sections.set(String(old), String(id));
}

const articlesDir = path.join(contentDir(), 'articles');
/** A path as the editor would type it: from here when it is under here, else in full. */
const shown = (file: string) => (path.relative(process.cwd(), file).startsWith('..') ? path.resolve(file) : path.relative(process.cwd(), file));
const options = { sections, sectionIds: readSections().map((section) => section.id), timeZone: site.timeZone, siteName: site.name };
const problems: Problem[] = [];
const articles: ImportedArticle[] = [];
const taken = new Map<string, number>();
for (const [index, record] of records.entries()) {
  // Counted as a spreadsheet shows the rows (a body may take many lines of the file), and named by its id.
  const where = `${exportFile} 第 ${index + 1} 篇（编号 ${record['id'] ?? '?'}）`;
  const rowProblems: Problem[] = [];
  const result = importRow(record, options);
  if ('problems' in result) {
    rowProblems.push(...result.problems.map((problem) => ({ file: where, ...problem })));
  } else {
    const { article } = result;
    const target = path.join(articlesDir, article.path);
    if (taken.has(article.path)) rowProblems.push({ file: where, field: 'id', message: `与第 ${taken.get(article.path)} 篇是同一篇（${article.path}）` });
    else if (existsSync(target)) rowProblems.push({ file: where, field: 'id', message: `${shown(target)} 已存在` });
    taken.set(article.path, index + 1);
    for (const picture of article.pictures) {
      if (!values.files) {
        rowProblems.push({ file: where, field: 'body', message: `正文图片 ${picture.from}：请用 --files 指向旧网站的文件夹，图片才能复制过来` });
      } else if (path.relative(values.files, path.join(values.files, picture.from)).startsWith('..')) {
        rowProblems.push({ file: where, field: 'body', message: `正文图片 ${picture.from} 在旧网站文件夹之外` });
      } else if (!existsSync(path.join(values.files, picture.from))) {
        rowProblems.push({ file: where, field: 'body', message: `正文图片 ${picture.from} 在 ${values.files} 里找不到` });
      }
    }
    if (!rowProblems.length) articles.push(article);
  }
  problems.push(...rowProblems);
}

const skipped = records.length - articles.length;
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  if (!values['skip-invalid']) {
    fail(
      `\n导入未完成：${skipped} 篇有问题（共 ${problems.length} 个），没有写入任何文件。` +
        `修正后重试，或加 --skip-invalid 只导入其余 ${articles.length} 篇。`,
    );
  }
}

for (const article of articles) {
  const target = path.join(articlesDir, article.path);
  mkdirSync(path.dirname(target), { recursive: true });
  for (const picture of article.pictures) copyFileSync(path.join(values.files!, picture.from), path.join(path.dirname(target), picture.file));
  writeFileSync(target, article.text);
}
const pictures = articles.reduce((sum, article) => sum + article.pictures.length, 0);
/** One warning line and the first ten of what it is about. */
function warn(lines: string[], what: string): void {
  if (!lines.length) return;
  console.warn(
    `警告 (warning): ${what}：\n` +
      lines.slice(0, 10).map((line) => `  ${line}`).join('\n') +
      (lines.length > 10 ? `\n  ……另有 ${lines.length - 10} 处` : ''),
  );
}
const remote = articles.flatMap((article) => article.remote.map((src) => `${article.path}: ${src}`));
warn(remote, `${remote.length} 张正文图片在别的网站上，没有复制，对方删除后就看不到了`);
const embeds = articles.flatMap((article) => article.embeds.map((embed) => `${article.path}: ${embed}`));
warn(embeds, `${embeds.length} 处正文里的视频或嵌入内容没有导入：视频请放到 public/media/ 并写进 video 字段`);
console.log(
  `已导入 ${articles.length} 篇文章到 ${shown(articlesDir)}/，复制图片 ${pictures} 张` +
    (skipped ? `；跳过有问题的 ${skipped} 篇` : '') +
    '。请运行 npm run check:content 检查，再 npm run build。',
);
