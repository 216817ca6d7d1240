/**
 * `npm run import -- <export.csv> [--sections map.yaml] [--files <old site folder>]
 * [--old-host www.example.cn] [--encoding utf-8|gbk] [--skip-invalid]`: articles exported
 * from an old CMS (DedeCMS, EmpireCMS …; README “Importing from an old CMS”) become article
 * files under content/articles/YYYY/MM/<id>.md, their pictures copied beside them, the documents
 * their bodies link to under public/files/YYYY/MM/, their old addresses kept as aliases. A body's link to another old article leads to its new address.
 *
 * All or nothing: every row is checked first, against the content as it is too (ids and old
 * addresses taken), and a problem is named with its row, id and field. Then the files are
 * written, and the whole content check runs on the result. If it still finds a problem the
 * import made, or writing fails, every file written is removed again.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { scheduledNotice } from '../src/lib/check-content.ts';
import { aliasPage, articleUrl } from '../src/lib/urls.ts';
import { contentDir, idFromPath, publicDir, readSections } from '../src/lib/content-dir.ts';
import { ContentError, type Problem } from '../src/lib/errors.ts';
import type { SectionData } from '../src/lib/schema.ts';
import { parseYaml } from '../src/lib/frontmatter.ts';
import { ImportedFiles, shownPath as shown } from '../src/lib/import-files.ts';
import { articleAtOldAddress } from '../src/lib/old-addresses.ts';
import { readPeopleColumns } from '../src/lib/import-person.ts';
import { foundPictureProblem, pictureBytesProblem } from '../src/lib/picture-file.ts';
import { VIDEO_SITES } from '../src/lib/video-players.ts';
import { columnProblems, COLUMNS, importRow, REQUIRED_COLUMNS, type Column, type ImportedArticle, type ImportOptions } from '../src/lib/import-row.ts';
import site from '../src/site.config.ts';
import { contentBeforeImport, fail, readExportFile, readImportArgs, reportRowProblems, writeChecked } from './import-cli.ts';

const USAGE = `用法：npm run import -- <导出文件.csv> [--sections 栏目对应表.yaml] [--files 旧网站文件夹] [--old-host 旧网站域名] [--encoding utf-8|gbk] [--skip-invalid]
导出文件的列（第一行是列名）：
${Object.entries(COLUMNS)
  .map(([column, what]) => `  ${column.padEnd(9)}${REQUIRED_COLUMNS.includes(column as Column) ? '（必填）' : ''}${what}`)
  .join('\n')}`;

const { values, exportFile, encoding } = readImportArgs(USAGE, '导出文件', {
  sections: { type: 'string' },
  'old-host': { type: 'string', multiple: true },
});
if (values.sections && !(existsSync(values.sections) && statSync(values.sections).isFile())) fail(`找不到栏目对应表 ${values.sections}（--sections 写 .yaml 文件的路径）`);

const { columns, rows } = readExportFile(exportFile, encoding);
const wrongColumns = columnProblems(columns);
// A staff directory given here by mistake is told where it goes, not that id, title … are missing.
if (wrongColumns.length && readPeopleColumns(columns).problems.length === 0) fail(`${exportFile} 是人员名单：请用 npm run import:people 导入`);
if (wrongColumns.length) fail([...wrongColumns.map((problem) => `${exportFile}: ${problem}`), '', USAGE].join('\n'));

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

let siteSections: SectionData[];
try {
  siteSections = readSections();
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  fail(`先修正栏目文件，才能导入：\n${error.message}`);
}

/**
 * Why the picture `from` at `file` cannot be used, or undefined: it is judged as the content check
 * judges a picture (src/lib/picture-file.ts), so that none the check would refuse (one cut short
 * by an old server's upload, an SVG with a script, a HEIC) is copied beside its article.
 */
async function unusablePicture(file: string, from: string): Promise<string | undefined> {
  if (!existsSync(file)) return `正文图片 ${from} 找不到`;
  if (!statSync(file).isFile()) return `正文图片 ${from} 不是文件`;
  const problem = await foundPictureProblem(file, from);
  return problem && `正文${problem}`;
}

const articlesDir = path.join(contentDir(), 'articles');
const current = await contentBeforeImport();
const { before } = current;
/** The file at `from` in the copy of the old site (--files), when there is one, and it is in that folder. */
function oldSiteFile(from: string): string | undefined {
  if (!values.files) return undefined;
  const file = path.join(values.files, from);
  return path.relative(values.files, file).startsWith('..') ? undefined : file;
}
/** The documents the articles read so far copy, each under the first one that links it: a later one links that copy. */
const copiedDocuments = new Map<string, { file: string; article: string }>();
const options: ImportOptions = {
  sections,
  siteSections,
  timeZone: site.timeZone,
  siteName: site.name,
  oldHosts: values['old-host'] ?? [],
  // A document linked in a body comes along when the old site's folder has it; otherwise the link stays, named.
  attachment: (from) => {
    const file = oldSiteFile(from);
    return file !== undefined && existsSync(file) && statSync(file).isFile();
  },
  copied: (from) => copiedDocuments.get(from),
};

/**
 * A row as importRow reads it (`moved`: where old articles now are, to write links to them), the pictures written in its body (data:image/…) judged as any
 * picture is (src/lib/picture-file.ts): one the check would refuse (cut short, an SVG with a
 * script) is left out, the row read again without it, and named in `leftOut` for the warning.
 */
async function readRow(row: Parameters<typeof importRow>[0], moved?: ImportOptions['moved']): Promise<{ result: ReturnType<typeof importRow>; leftOut: string[] }> {
  const result = importRow(row, { ...options, moved });
  if ('problems' in result) return { result, leftOut: [] };
  const refused = new Map<string, string>();
  for (const { from, inline } of result.article.pictures) {
    const problem = inline && (await pictureBytesProblem(inline.bytes, from));
    if (problem) refused.set(inline.address, `正文${problem}`);
  }
  if (!refused.size) return { result, leftOut: [] };
  return { result: importRow(row, { ...options, moved, leaveOut: new Set(refused.keys()) }), leftOut: [...refused.values()] };
}
const problems: Problem[] = [];
const articles: ImportedArticle[] = [];
/** The export's row of each article, to read again once it is known where the old articles it links to are. */
const rowOfArticle = new Map<ImportedArticle, Parameters<typeof importRow>[0]>();
/** The row each old id was first seen on. */
const rowOf = new Map<string, number>();
const aliasRows = new Map<string, number>();
/** Pictures written in an imported row's body that were left out, named with the row. */
const leftOut: string[] = [];
/** Old addresses of an imported row too long to keep, left out, named with the row. */
const leftOutAliases: string[] = [];
// Numbered as a spreadsheet numbers its rows, as import:people numbers them, and named by its id.
for (const { row: line, cells: row, problem } of rows) {
  const where = `${exportFile} 第 ${line} 行（编号 ${row['id'] ?? '?'}）`;
  if (problem) {
    problems.push({ file: where, field: '', message: problem });
    continue;
  }
  const { result, leftOut: rowLeftOut } = await readRow(row);
  if ('problems' in result) {
    problems.push(...result.problems.map((problem) => ({ file: where, ...problem })));
    continue;
  }
  const { article } = result;
  const found: Problem[] = [];
  const target = path.join(articlesDir, article.path);
  // An old system numbers each article once: two rows of one id are one article exported twice (a join, two exports pasted together), whatever their dates.
  const id = path.posix.basename(article.path, '.md');
  const earlier = rowOf.get(id);
  if (earlier) found.push({ file: where, field: 'id', message: `编号与第 ${earlier} 行相同：旧系统里一篇文章只有一个编号，同一篇请只留一行（不同的文章请改用不同的编号）` });
  else rowOf.set(id, line);
  for (const existing of [target, target.replace(/\.md$/, '.mdx')]) {
    if (existsSync(existing)) found.push({ file: where, field: 'id', message: `${shown(existing)} 已存在` });
  }
  for (const alias of article.aliases) {
    const page = aliasPage(alias);
    const owner = before.aliases.get(page);
    const sameRow = aliasRows.get(page);
    if (owner) found.push({ file: where, field: 'url', message: `旧地址 ${alias} 已被 ${owner} 使用` });
    else if (sameRow) found.push({ file: where, field: 'url', message: `旧地址 ${alias} 与第 ${sameRow} 行相同` });
    else aliasRows.set(page, line);
  }
  for (const picture of article.pictures) {
    const copy = path.join(path.dirname(target), picture.file);
    if (picture.inline) {
      if (existsSync(copy)) found.push({ file: where, field: 'body', message: `正文图片 ${picture.from} 要写为 ${shown(copy)}，但这个文件已存在` });
      continue;
    }
    if (!values.files) {
      found.push({ file: where, field: 'body', message: `正文图片 ${picture.from}：请用 --files 指向旧网站的文件夹，图片才能复制过来` });
      continue;
    }
    const file = path.join(values.files, picture.from);
    const why = path.relative(values.files, file).startsWith('..') ? `正文图片 ${picture.from} 在旧网站文件夹之外` : await unusablePicture(file, picture.from);
    if (why) found.push({ file: where, field: 'body', message: why });
    if (existsSync(copy)) found.push({ file: where, field: 'body', message: `正文图片 ${picture.from} 要复制为 ${shown(copy)}，但这个文件已存在` });
  }
  for (const attachment of article.attachments) {
    const copy = path.join(publicDir(), attachment.file);
    if (existsSync(copy)) found.push({ file: where, field: 'body', message: `正文链接的附件 ${attachment.from} 要复制为 ${shown(copy)}，但这个文件已存在` });
  }
  if (found.length) problems.push(...found);
  else {
    articles.push(article);
    for (const { from, file } of article.attachments) if (!copiedDocuments.has(from)) copiedDocuments.set(from, { file, article: article.path });
    rowOfArticle.set(article, row);
    leftOut.push(...rowLeftOut.map((problem) => `${where}: ${problem}`));
    leftOutAliases.push(...article.leftOutAliases.map((why) => `${where}: ${why}`));
  }
}

const skipped = rows.length - articles.length;
reportRowProblems(problems, { total: rows.length, kept: articles.length, unit: '篇', skipInvalid: values['skip-invalid'] === true });

// A body's link to another old article (/html/2019/0305/50002.html) is written to its new address,
// known once every row is read: one imported now, or an article already here. The rows with such
// links are read again (a row left out, with --skip-invalid, is no article to link to).
const articleAt = articleAtOldAddress([
  ...articles.map((article) => ({ url: articleUrl(idFromPath(article.path)), aliases: article.aliases })),
  ...[...before.aliases].flatMap(([alias, owner]) => {
    const file = path.relative(articlesDir, path.resolve(owner));
    return file.startsWith('..') || !/\.mdx?$/.test(file) ? [] : [{ url: articleUrl(idFromPath(file)), aliases: [alias] }];
  }),
]);
for (const [index, article] of articles.entries()) {
  if (!article.oldLinks.some((address) => articleAt(address) !== undefined)) continue;
  const { result } = await readRow(rowOfArticle.get(article)!, articleAt);
  if ('article' in result) articles[index] = result.article;
}

const imported = new ImportedFiles();
const after = await writeChecked(
  imported,
  () => {
    for (const article of articles) {
      const target = path.join(articlesDir, article.path);
      const folder = path.dirname(target);
      imported.folder(folder);
      for (const { from, file, inline } of article.pictures) {
        if (inline) imported.write(path.join(folder, file), inline.bytes);
        else imported.copy(path.join(values.files!, from), path.join(folder, file));
      }
      for (const { from, file } of article.attachments) {
        const copy = path.join(publicDir(), file);
        imported.folder(path.dirname(copy));
        imported.copy(oldSiteFile(from)!, copy);
      }
      imported.write(target, article.text);
    }
  },
  current,
);

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
warn(remote, `${remote.length} 张正文图片在别的网站上，没有复制，对方删除后就看不到了（旧网站自己的域名请用 --old-host 写明）`);
warn(leftOut, `${leftOut.length} 张写在正文地址里的 data: 内嵌图片网站不能用，没有导入（文章其余部分已导入）`);
warn(leftOutAliases, `${leftOutAliases.length} 个旧地址太长，网站保留不了，没有写进 aliases（文章已导入）`);
const notices = articles.flatMap((article) => article.notices.map((notice) => `${article.path}: ${notice}`));
warn(notices, `${notices.length} 处正文内容没有原样导入，请核对（${VIDEO_SITES}的播放器已保留；别处的视频请放到 public/media/ 并写进 video 字段）`);
const pictures = articles.reduce((sum, article) => sum + article.pictures.length, 0);
const attachments = articles.reduce((sum, article) => sum + article.attachments.length, 0);
console.log(
  `已导入 ${articles.length} 篇文章到 ${shown(articlesDir)}/，复制图片 ${pictures} 张` +
    (attachments ? `、附件 ${attachments} 个到 ${shown(path.join(publicDir(), 'files'))}/` : '') +
    (skipped ? `；跳过有问题的 ${skipped} 篇` : '') +
    '。请运行 npm run build 查看。',
);
// Rows dated later are not published until then: said with the build's own words, so that a
// mistyped year (2031 for 2021) is seen now, not when an article never shows.
const written = new Set(articles.map((article) => path.join(articlesDir, article.path)));
const scheduled = scheduledNotice(after.scheduled.filter(({ file }) => written.has(path.resolve(file))));
if (scheduled) console.log(`导入的文章中，${scheduled}`);
