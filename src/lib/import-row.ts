/**
 * One row of an old CMS's export (`npm run import`) as an article file: front matter checked
 * by the same schema as the build, the body converted from HTML and checked as the build
 * checks it. Pure: the script reads the export, copies pictures and writes the files.
 */
import { decodeHTML } from 'entities';
import yaml from 'js-yaml';
import { readBody } from './article-body.ts';
import { formatDateTime, parseSiteDate, zonedParts } from './dates.ts';
import { htmlToMarkdown, NAME_SEPARATORS, PICTURE_FILE } from './html-to-markdown.ts';
import { articleSchema, localImagePath } from './schema.ts';

/** The export's columns, with what each holds (README, “从旧系统导入”). */
export const COLUMNS = {
  id: '旧系统的文章编号，成为新地址的文件名',
  title: '标题',
  date: '发布时间：Unix 时间戳（秒）或 2024-01-23 09:08:47',
  section: '旧栏目编号（用 --sections 对应到本站栏目）或本站栏目 id',
  subtitle: '副标题',
  source: '来源；为空时用本站名称',
  author: '作者，多个用空格、逗号或顿号分隔',
  editor: '责任编辑；为空时取正文末尾的“责任编辑：”一行',
  summary: '导读',
  tags: '标签（关键词），多个用逗号、空格或顿号分隔',
  headline: '头条：1 或 0',
  featured: '推荐：1 或 0',
  ticker: '滚动：1 或 0',
  draft: '草稿（未审核）：1 或 0',
  url: '旧网址，如 /a/fazhi/20240123/12345.html：成为旧地址 aliases',
  body: '正文 HTML',
} as const;
export type Column = keyof typeof COLUMNS;
export const REQUIRED_COLUMNS: readonly Column[] = ['id', 'title', 'date', 'section', 'author', 'body'];

export interface ImportOptions {
  /** Old category id → section id. */
  sections: ReadonlyMap<string, string>;
  sectionIds: readonly string[];
  timeZone: string;
  /** 来源 of a row without one. */
  siteName: string;
}

/** A picture of the body on the old site, to be copied beside the article as `file`. */
export interface Picture {
  /** Its path on the old site, decoded: `/uploads/allimg/240123/1-1.jpg`. */
  from: string;
  /** Its name beside the article file: `12345-1.jpg`. */
  file: string;
}

export interface ImportedArticle {
  /** Under content/articles: `2024/01/12345.md`. */
  path: string;
  text: string;
  pictures: Picture[];
  /** Pictures left on other sites, named as they are. */
  remote: string[];
  /** Embedded players (video …) of the old body that are not in the article. */
  embeds: string[];
}

export interface RowProblem {
  field: string;
  message: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Bylines old systems put before the names. */
const ROLE_WORDS = new Set(['记者', '本报记者', '本台记者', '本网记者', '通讯员', '实习生', '文', '图', '摄', '摄影', '文图', '作者', '编辑']);

/** How export tools write a database NULL: phpMyAdmin's CSV and MySQL's INTO OUTFILE. */
const NULLS = new Set(['NULL', '\\N']);
/** A cell as written, or '' for a database NULL. */
const cell = (value: string | undefined) => (value === undefined || NULLS.has(value.trim()) ? '' : value);

/** A text column: entities decoded (old systems store “ as &ldquo;), tags dropped, space collapsed. */
function plain(value: string | undefined): string {
  return decodeHTML(cell(value).replace(/<[^>]*>/g, ''))
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

const list = (value: string | undefined, drop: ReadonlySet<string> = new Set()) =>
  plain(value)
    .split(NAME_SEPARATORS)
    .filter((item) => item && !drop.has(item));

function yesNo(value: string | undefined, field: string, problems: RowProblem[]): boolean {
  const text = plain(value).toLowerCase();
  if (['', '0', 'false', 'no', '否'].includes(text)) return false;
  if (['1', 'true', 'yes', '是'].includes(text)) return true;
  problems.push({ field, message: `应为 1 或 0，而不是“${text}”` });
  return false;
}

/** A Unix time in seconds, as DedeCMS and EmpireCMS store dates, or a date as front matter takes it. */
function readDate(value: string | undefined, timeZone: string): Date | undefined {
  const text = plain(value);
  if (/^\d{9,10}$/.test(text)) return new Date(Number(text) * 1000);
  return parseSiteDate(text, timeZone);
}

/** The path of a picture on the old site, or undefined for one on another site. */
function oldSitePath(src: string): string | undefined {
  if (/^(https?:)?\/\//i.test(src) || /^[a-z][a-z\d+.-]*:/i.test(src)) return undefined;
  const pathname = src.replace(/[?#].*$/, '');
  try {
    return decodeURI(pathname.startsWith('/') ? pathname : `/${pathname}`);
  } catch {
    return pathname;
  }
}

/** An old address as an alias: the path of a full URL (the new site takes over the domain). */
function aliasOf(url: string): string {
  return url.replace(/^https?:\/\/[^/]+/i, '') || '/';
}

export function importRow(
  row: Partial<Record<Column, string>>,
  { sections, sectionIds, timeZone, siteName }: ImportOptions,
): { article: ImportedArticle } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const slug = plain(row.id).toLowerCase();
  if (!SLUG.test(slug)) problems.push({ field: 'id', message: `编号“${plain(row.id)}”只能是数字、小写字母和 -` });
  const date = readDate(row.date, timeZone);
  if (!date) problems.push({ field: 'date', message: `发布时间“${plain(row.date)}”无法识别：应为 Unix 时间戳（秒）或 2024-01-23 09:08:47` });
  const oldSection = plain(row.section);
  const section = sections.get(oldSection) ?? oldSection;
  if (!sectionIds.includes(section)) {
    problems.push({
      field: 'section',
      message: sections.size
        ? `栏目“${oldSection}”在 --sections 对应表里没有，也不是本站栏目 id`
        : `栏目“${oldSection}”不是本站栏目 id：旧栏目编号请用 --sections 对应表对应到本站栏目`,
    });
  }

  const pictures: Picture[] = [];
  const remote: string[] = [];
  const body = htmlToMarkdown(cell(row.body), (src) => {
    const from = oldSitePath(src);
    if (from === undefined) {
      if (src.startsWith('data:')) problems.push({ field: 'body', message: '正文里有 data: 内嵌图片，无法导入：请先换成图片文件' });
      else remote.push(src);
      return src;
    }
    const type = PICTURE_FILE.exec(from)?.[0].toLowerCase();
    if (!type) {
      problems.push({ field: 'body', message: `正文图片 ${from} 不是能识别的图片文件` });
      return src;
    }
    const file = `${slug}-${pictures.length + 1}${type === '.jpeg' ? '.jpg' : type}`;
    pictures.push({ from, file });
    return `./${file}`;
  });
  const editor = list(row.editor).length ? list(row.editor) : (body.editor ?? []);
  if (!editor.length) problems.push({ field: 'editor', message: '缺少责任编辑：editor 列为空，正文末尾也没有“责任编辑：”一行' });
  const tags = list(row.tags);
  const flags = (['headline', 'featured', 'ticker'] as const).filter((flag) => yesNo(row[flag], flag, problems));

  const url = plain(row.url);
  const front = {
    title: plain(row.title),
    ...(plain(row.subtitle) && { subtitle: plain(row.subtitle) }),
    date: date ? formatDateTime(date, timeZone) : plain(row.date),
    section,
    source: plain(row.source) || siteName,
    author: list(row.author, ROLE_WORDS),
    editor,
    ...(plain(row.summary) && { summary: plain(row.summary) }),
    ...(tags.length > 0 && { tags }),
    ...(flags.length > 0 && { flags }),
    ...(yesNo(row.draft, 'draft', problems) && { draft: true }),
    ...(url && { aliases: [aliasOf(url)] }),
  };
  const schema = articleSchema({ sectionIds, timeZone, image: localImagePath });
  const checked = schema.safeParse(front);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = issue.path[0] === 'section' ? undefined : issue.path.map(String).join('.');
      // The section was named above, with the old id; the flags and dates were read above.
      if (field !== undefined && !problems.some((problem) => problem.field === field)) problems.push({ field, message: issue.message });
    }
  }
  if (!body.markdown) problems.push({ field: 'body', message: '正文为空' });
  const month = date && zonedParts(date, timeZone);
  const folder = month ? `${month.year}/${String(month.month).padStart(2, '0')}` : '';
  for (const problem of readBody(body.markdown, { mdx: false, lineOffset: 0, folder }).problems) {
    problems.push({ field: 'body', message: problem.message });
  }
  if (problems.length) return { problems };

  const frontMatter = yaml.dump(front, { flowLevel: 1, lineWidth: -1 });
  return {
    article: { path: `${folder}/${slug}.md`, text: `---\n${frontMatter}---\n\n${body.markdown}`, pictures, remote, embeds: body.left },
  };
}
