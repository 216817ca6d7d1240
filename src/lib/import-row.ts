/**
 * One row of an old CMS's export (`npm run import`) as an article file: front matter checked
 * by the same schema as the build, the body converted from HTML and checked as the build
 * checks it. Pure: the script reads the export, copies pictures, writes the files and runs
 * the whole content check on the result.
 */
import yaml from 'js-yaml';
import { readBody } from './article-body.ts';
import { ARTICLE_PATH_RE, EMPTY_BODY, articleProblems } from './check-content.ts';
import { dateAsMeant, formatDateTime, monthFolder, parseSiteDate, zoneProblem } from './dates.ts';
import { fieldName } from './errors.ts';
import { cellList, cellText, cellValue, LIST_SEPARATORS } from './export-file.ts';
import { dataPicture } from './data-picture.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { PICTURE_FILE, PICTURE_FORMAT_NAMES } from './images.ts';
import { aliasOf, aliasTooLongReason } from './old-addresses.ts';
import { articleSchema, localImagePath, sectionChoices, type SectionName } from './schema.ts';
import { unsafeScheme } from './unsafe-html.ts';
import { decodePath, sectionUrl } from './urls.ts';

/** The export's columns, with what each holds (README, “Importing from an old CMS”). */
export const COLUMNS = {
  id: '旧系统的文章编号，成为新地址的文件名',
  title: '标题',
  date: '发布时间：Unix 时间戳（秒或毫秒）或 2024-01-23 09:08:47（Excel 另存的 2024/1/23 9:08、2024年1月23日 9:08 也可以）',
  section: '旧栏目编号（用 --sections 对应到本站栏目）或本站栏目 id',
  subtitle: '副标题',
  source: '来源；为空时用本站名称',
  author: '作者，多个用空格、逗号或顿号分隔（拉丁字母的名字保留其中的空格，如 John Smith）；“通讯员”后面的名字作为通讯员',
  editor: '责任编辑；为空时取正文末尾的“责任编辑：”一行',
  summary: '导读',
  tags: '标签（关键词），多个用逗号、空格或顿号分隔',
  headline: '头条：1 或 0',
  featured: '推荐：1 或 0',
  ticker: '滚动：1 或 0',
  pinned: '置顶（在栏目列表最前面）：1 或 0',
  draft: '草稿（未审核）：1 或 0',
  url: '旧网址，如 /a/fazhi/20240123/12345.html；多个用空格分隔（如再加 /plus/view.php?aid=12345）：成为旧地址 aliases',
  body: '正文 HTML',
} as const;
export type Column = keyof typeof COLUMNS;
export const REQUIRED_COLUMNS: readonly Column[] = ['id', 'title', 'date', 'section', 'author', 'body'];

/**
 * The Chinese names a sheet made by hand (or another tool's export) gives the columns: each is
 * told the name to write, rather than named unknown, and its column missing, both.
 */
const CHINESE_NAMES: Readonly<Record<string, Column>> = {
  编号: 'id', 文章编号: 'id', 标题: 'title', 发布时间: 'date', 时间: 'date', 日期: 'date', 栏目: 'section',
  副标题: 'subtitle', 来源: 'source', 作者: 'author', 责任编辑: 'editor', 编辑: 'editor', 导读: 'summary',
  摘要: 'summary', 标签: 'tags', 关键词: 'tags', 关键字: 'tags', 头条: 'headline', 推荐: 'featured',
  滚动: 'ticker', 置顶: 'pinned', 草稿: 'draft', 网址: 'url', 旧网址: 'url', 正文: 'body', 内容: 'body',
};

/** Whether `name` is a column (its own key: `constructor` is not one). */
const isColumn = (name: string): name is Column => Object.hasOwn(COLUMNS, name);

/** The column a name that is not one was meant for: `标题`, `Title` → title. */
function meantColumn(name: string): Column | undefined {
  const lower = name.toLowerCase();
  if (isColumn(lower)) return lower;
  return Object.hasOwn(CHINESE_NAMES, name) ? CHINESE_NAMES[name] : undefined;
}

/** What is wrong with an export's first row: names that are not columns, columns that are required. */
export function columnProblems(columns: readonly string[]): string[] {
  const meant = new Set<Column>();
  const unknown = columns
    .filter((column) => !isColumn(column))
    .map((column) => {
      const known = meantColumn(column);
      if (!known) return `未知列“${column}”（拼写错误？）`;
      meant.add(known);
      return `列名“${column}”请写成“${known}”：文章导出文件的列名用英文`;
    });
  return [...unknown, ...REQUIRED_COLUMNS.filter((column) => !columns.includes(column) && !meant.has(column)).map((column) => `缺少列“${column}”：${COLUMNS[column]}`)];
}

export interface ImportOptions {
  /** Old category id → section id; also an old list's address → section id (`/a/difang/`: local). */
  sections: ReadonlyMap<string, string>;
  /** The site's sections (content/sections.yaml). */
  siteSections: readonly SectionName[];
  timeZone: string;
  /** 来源 of a row without one. */
  siteName: string;
  /** Host names of the old site (www.fzbd.cn): pictures there are copied like those written as /uploads/…. */
  oldHosts: readonly string[];
  /**
   * The `data:` addresses of pictures written in the body that the picture checks refuse (one cut
   * short, an SVG with a script): left out. The importer finds them and reads the row again.
   */
  leaveOut?: ReadonlySet<string>;
  /**
   * The new address of the article at an old address (a path of the old site and its query):
   * a body's link to an old article is written to it. The importer knows them once every row is
   * read (articleAtOldAddress), and reads the rows that link to one again.
   */
  moved?: ((address: string) => string | undefined) | undefined;
  /**
   * Whether the copy of the old site (--files) has the file at this path (`/d/file/2019/判决书.pdf`,
   * decoded): a body's link to a document there is copied under public/files/ and linked there.
   */
  attachment?: ((path: string) => boolean) | undefined;
  /**
   * Where an article imported before copies the document at this path, and which article that is
   * (its `path`): another article's link to the same document leads to that copy, so that a
   * notice or a judgment linked from two articles is one file under public/files/, not two.
   */
  copied?: ((path: string) => { file: string; article: string } | undefined) | undefined;
}

/** A document a body linked to on the old site, to be copied under the site's public folder as `file`. */
interface Attachment {
  /** Its path on the old site, decoded: `/d/file/2019/判决书.pdf`. */
  from: string;
  /** Its path under public/, as the site serves it from its root: `files/2019/03/12345-1.pdf`. */
  file: string;
}

/** A picture of the body on the old site, to be copied beside the article as `file`, or one written in the body, to be written as `file`. */
interface Picture {
  /** Its path on the old site, decoded: `/uploads/allimg/240123/1-1.jpg`; for one written in the body, what messages call it. */
  from: string;
  /** Its name beside the article file: `12345-1.jpg`. */
  file: string;
  /**
   * A picture written in the body (`<img src="data:image/png;base64,…">`, pasted from Word into
   * the old editor): its bytes and its address as written.
   */
  inline?: { bytes: Uint8Array; address: string };
}

export interface ImportedArticle {
  /** Under content/articles: `2024/01/12345.md`. */
  path: string;
  text: string;
  /** The old addresses it answers, as aliases. */
  aliases: string[];
  pictures: Picture[];
  /** Documents the body links to, copied from the old site's folder. */
  attachments: Attachment[];
  /** Pictures left on other sites, named as they are. */
  remote: string[];
  /** What did not come over as it was (embedded players, merged table cells …), for the editor to look at. */
  notices: string[];
  /** Old addresses too long for any host to keep (aliasTooLongReason: a long Chinese slug), left out, each with why. */
  leftOutAliases: string[];
  /** Links of the body to the old site left as written (`/html/2019/0305/50002.html`, path and query): `moved` did not know them. */
  oldLinks: string[];
}

export interface RowProblem {
  field: string;
  message: string;
}

const unique = (items: string[]) => [...new Set(items.filter(Boolean))];

/** A name written in Latin letters (John Smith, Jean-Luc O'Neill): its space does not part two names. */
const LATIN_WORD = /^[\p{Script=Latin}][\p{Script=Latin}.'’-]*$/u;
const LATIN_END = /[\p{Script=Latin}.]$/u;

/** The words of a byline, with the words of a Latin-letter name kept together. */
function namesIn(byline: string): string[] {
  return byline.split(LIST_SEPARATORS).flatMap((part) =>
    part
      .split(' ')
      .filter(Boolean)
      .reduce<string[]>((words, word) => {
        const last = words.at(-1);
        if (last !== undefined && LATIN_WORD.test(word) && LATIN_END.test(last)) words[words.length - 1] = `${last} ${word}`;
        else words.push(word);
        return words;
      }, []),
  );
}

/**
 * Words before names in a byline, and whom the names after them belong to. A reporter is one
 * of any outlet (本报记者, 新华社记者, 法治日报全媒体记者), or of none; so is a correspondent.
 * The words that are no one's name go: 文, 摄, 报道, and a dateline typed into the byline
 * (本报讯, 新华社北京3月5日电).
 */
const BYLINE_ROLES: [RegExp, 'author' | 'correspondents' | undefined][] = [
  [/^\p{Script=Han}{0,10}?(见习|首席)?(记者|评论员)|^实习生|^作者/u, 'author'],
  [/^\p{Script=Han}{0,10}?通讯员/u, 'correspondents'],
  [/^(文|图|摄影?|文图|编辑|报道)$|^本\p{Script=Han}{1,2}讯$|^\p{Script=Han}{2,12}\d{1,2}月\d{1,2}日(电|讯)$/u, undefined],
];
/** Brackets a byline is typed in (（记者 张三）, 【记者 张三】, 张三（实习生）): no part of a name. */
const BYLINE_BRACKETS = /[（）()【】〔〕[\]]/g;

/** `本报记者 张文玉、马远征 通讯员 王五` → authors 张文玉 马远征, correspondents 王五. */
export function readByline(value: string | undefined): { author: string[]; correspondents: string[] } {
  const found = { author: [] as string[], correspondents: [] as string[] };
  let role: 'author' | 'correspondents' = 'author';
  for (const word of namesIn(cellText(value).replace(BYLINE_BRACKETS, ' '))) {
    const known = BYLINE_ROLES.find(([pattern]) => pattern.test(word));
    if (!known) {
      found[role].push(word);
      continue;
    }
    const [pattern, belongs] = known;
    if (belongs) role = belongs;
    // 本报记者张文玉, written without a space.
    const rest = word.replace(pattern, '').replace(/^[:：]/, '');
    if (rest && belongs) found[role].push(rest);
  }
  const author = unique(found.author);
  return { author, correspondents: unique(found.correspondents).filter((name) => !author.includes(name)) };
}

function yesNo(value: string | undefined, field: string, problems: RowProblem[]): boolean {
  const text = cellText(value).toLowerCase();
  if (['', '0', 'false', 'no', '否'].includes(text)) return false;
  if (['1', 'true', 'yes', '是'].includes(text)) return true;
  problems.push({ field, message: `应为 1 或 0，而不是“${text}”` });
  return false;
}

/** An Excel date serial (days since 1899-12-30, the time as a fraction): a date column Excel turned into numbers. */
const EXCEL_SERIAL = /^\d{5}(?:\.\d+)?$/;

/**
 * A Unix time in seconds, as DedeCMS and EmpireCMS store dates, or in milliseconds (13 digits,
 * as Java and JavaScript systems store them), a date as front matter takes it, one as Excel
 * re-saves it, or one written the Chinese way (2019年3月5日 9:05); or what is wrong. A date
 * without a year (3月5日) is not guessed. An Excel serial is refused, not converted:
 * it may have lost its time to the column's decimals, and the fix is in the sheet. A day
 * without a time is read as 00:00:00, where the content check refuses one in an article
 * written by hand: an old archive that kept no times cannot be mended row by row.
 */
function readDate(value: string | undefined, timeZone: string): { date: Date } | { problem: string } {
  const text = cellText(value);
  if (/^\d{9,10}$/.test(text)) return { date: new Date(Number(text) * 1000) };
  // Milliseconds since 1970: 13 digits from 2001 to 2286, which no time in seconds has for millennia.
  if (/^\d{13}$/.test(text)) return { date: new Date(Number(text)) };
  if (EXCEL_SERIAL.test(text)) {
    return {
      problem:
        `发布时间“${text}”是一个数字：Excel 把日期列变成了数字（日期序号），无法确定原来的时间。` +
        '请在 Excel 中把这一列的单元格格式设为“日期”（自定义 yyyy-mm-dd hh:mm:ss）后再另存为 CSV，或从旧系统重新导出，不经 Excel 保存',
    };
  }
  // As Excel re-saves it (2024/1/23 9:08) or written the Chinese way: read as the content check reads such a date (dateAsMeant).
  const meant = dateAsMeant(text);
  // CST is China's and US Central Time, 14 hours apart: the cell, not a guess, says which.
  if (meant?.cst) {
    const wallClock = [meant.day, meant.time].filter(Boolean).join(' ');
    return { problem: `发布时间“${text}”的 CST 也是美国中部时间，无法确定是哪一个：北京时间请写成 ${wallClock} +08:00，美国中部时间写成 ${wallClock} -06:00` };
  }
  const date = parseSiteDate(meant?.text ?? text, timeZone);
  if (date) return { date };
  // 2026-11-28 09:00-10:30 is a time range, 09:00 +8 an offset without its minutes.
  const zone = zoneProblem(text);
  return { problem: zone ? `发布时间“${text}”${zone}` : `发布时间“${text}”无法识别：应为 Unix 时间戳（秒或毫秒）、2024-01-23 09:08:47、2024/1/23 9:08 或 2024年1月23日 9:08` };
}

/** The lists of an old category by its number: DedeCMS's /plus/list.php?tid=3, EmpireCMS's /e/action/ListInfo/?classid=2. */
const NUMBERED_LISTS = [
  { page: /\/list\.php$/i, number: 'tid' },
  { page: /\/e\/action\/ListInfo(?:\/(?:index\.php)?|\.php)$/i, number: 'classid' },
];
/** A static list's first page (index.html) or a later one (DedeCMS's list_3_2.html): the list's folder. */
const LIST_PAGE = /\/(?:index\.s?html?|list_\d+(?:_\d+)?\.s?html?)$/i;

/**
 * The section an old category's list (`url`, on the old site) is now, as `sections` (--sections)
 * maps it: by the category's number in a dynamic list's address, or by a static list's address
 * (`/a/difang/: local`, with or without its closing /), or undefined.
 */
function sectionOfOldList(url: URL, sections: ReadonlyMap<string, string>): string | undefined {
  for (const { page, number } of NUMBERED_LISTS) {
    const category = url.searchParams.get(number);
    if (page.test(url.pathname) && category !== null && /^\d+$/.test(category)) return sections.get(category);
  }
  if (url.search) return undefined;
  const folder = decodePath(url.pathname).replace(LIST_PAGE, '/').replace(/\/?$/, '/');
  return folder === '/' ? undefined : (sections.get(folder) ?? sections.get(folder.slice(0, -1)));
}

type PictureSource = { path: string } | { remote: string } | { local: string } | undefined;

/** A file an old page linked to that is no page: a document, a sheet, an archive, a picture, a media file. */
const ATTACHMENT = /\.(?:docx?|xlsx?|pptx?|wps|et|pdf|txt|rtf|zip|rar|7z|jpe?g|png|gif|bmp|mp3|mp4|flv|swf|avi|wmv)$/i;
/**
 * The attachments copied when the old site's folder has them: documents, sheets and archives,
 * which readers download as they are. A picture shows in the body, and a video plays in the
 * `video` field: a link to one stays named for the editor.
 */
const DOCUMENT = /\.(?:docx?|xlsx?|pptx?|wps|et|pdf|txt|rtf|zip|rar|7z)$/i;

/** `src` as an address of the old site, resolved against the page's old address, or undefined when it is on another site. */
function oldSiteUrl(src: string, page: string, oldHosts: readonly string[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(src.trim(), new URL(page, 'http://old.site'));
  } catch {
    return undefined;
  }
  return /^https?:$/.test(url.protocol) && (url.host === 'old.site' || oldHosts.includes(url.hostname)) ? url : undefined;
}

/**
 * Where a picture of the body is: a path on the old site (written as /uploads/…, uploads/…,
 * ../uploads/… from the old address, or with the old site's host), another site, or the
 * writer's own computer (file:, pasted from Word: it never showed on the old site either).
 */
function pictureSource(src: string, page: string, oldHosts: readonly string[]): PictureSource {
  const trimmed = src.trim();
  if (!trimmed) return undefined;
  if (/^file:/i.test(trimmed)) return { local: trimmed };
  let url: URL;
  try {
    url = new URL(trimmed, new URL(page, 'http://old.site'));
  } catch {
    return { remote: trimmed };
  }
  if (url.host !== 'old.site' && !oldHosts.includes(url.hostname)) return { remote: trimmed };
  try {
    return { path: decodeURIComponent(url.pathname) };
  } catch {
    return { path: url.pathname };
  }
}

export function importRow(
  row: Partial<Record<Column, string>>,
  { sections, siteSections, timeZone, siteName, oldHosts, leaveOut, moved, attachment, copied }: ImportOptions,
): { article: ImportedArticle } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const slug = cellText(row.id).toLowerCase();
  const read = readDate(row.date, timeZone);
  const date = 'date' in read ? read.date : undefined;
  if ('problem' in read) problems.push({ field: 'date', message: read.problem });
  const path = `${date ? monthFolder(date, timeZone) : '2000/01'}/${slug}.md`;
  if (!ARTICLE_PATH_RE.test(path)) problems.push({ field: 'id', message: `编号“${cellText(row.id)}”只能是数字、小写字母和 -` });
  const oldSection = cellText(row.section);
  const section = sections.get(oldSection) ?? oldSection;
  if (!siteSections.some(({ id }) => id === section)) {
    problems.push({
      field: 'section',
      message: sections.has(oldSection)
        ? `--sections 对应表把“${oldSection}”对应到“${section}”，但本站没有这个栏目，可选：${sectionChoices(siteSections)}`
        : sections.size
          ? `栏目“${oldSection}”在 --sections 对应表里没有，也不是本站栏目 id`
          : `栏目“${oldSection}”不是本站栏目 id：旧栏目编号请用 --sections 对应表对应到本站栏目`,
    });
  }

  const url = cellText(row.url);
  const written = unique(url.split(' ').filter(Boolean).map(aliasOf));
  // An old address no host can keep (an old archive's long Chinese slug) is left out and named,
  // where the schema would refuse the whole article for it: the article and its other addresses come over.
  const leftOutAliases = written.flatMap((alias) => {
    const why = aliasTooLongReason(alias);
    return why === undefined ? [] : [`${why}：这个旧地址没有保留（文章和它的其他旧地址已导入）`];
  });
  const aliases = written.filter((alias) => aliasTooLongReason(alias) === undefined);
  // Pictures written relative to the page resolve against its old address.
  const page = written.find((alias) => !alias.includes('?')) ?? '/';
  const pictures: Picture[] = [];
  const attachments: Attachment[] = [];
  const remote: string[] = [];
  const notices: string[] = [];
  const oldLinks: string[] = [];
  /** How many pictures written in the body's addresses have been read, to name each. */
  let inlineCount = 0;
  // A link to another old article (/html/2019/0305/50002.html, or with the old host) leads to its new address, not round by the old one.
  const link = (href: string) => {
    // A place on the same page (#top) stays one.
    const url = /^\s*(#|$)/.test(href) ? undefined : oldSiteUrl(href, page, oldHosts);
    if (!url) return href;
    const address = `${url.pathname}${url.search}`;
    const to = moved?.(address);
    if (to !== undefined) return `${to}${url.hash}`;
    // An old category's list leads to the section it became, when that is one of the site's.
    const listed = sectionOfOldList(url, sections);
    if (listed !== undefined && siteSections.some(({ id }) => id === listed)) return `${sectionUrl(listed)}${url.hash}`;
    // A document the copy of the old site has comes along, under public/files/ in the article's month, named as its pictures are.
    const from = decodePath(url.pathname);
    if (DOCUMENT.test(from) && attachment?.(from)) {
      // Read again once the old articles' new addresses are known, an article finds its own copies here: those it still makes.
      const earlier = copied?.(from);
      if (earlier && earlier.article !== path) return `/${earlier.file}${url.hash}`;
      const copy = attachments.find((file) => file.from === from) ?? {
        from,
        file: `files/${path.slice(0, path.lastIndexOf('/'))}/${slug}-${attachments.length + 1}${DOCUMENT.exec(from)![0].toLowerCase()}`,
      };
      if (!attachments.includes(copy)) attachments.push(copy);
      return `/${copy.file}${url.hash}`;
    }
    oldLinks.push(address);
    // An attachment (.doc, .pdf, .rar) stayed on the old site: the link leads nowhere once it is gone.
    if (ATTACHMENT.test(url.pathname)) notices.push(`正文链接的附件 ${from} 在旧网站上，没有复制：请放到 public/files/ 下，把链接改成 /files/…`);
    // Written relative to the old page (../0305/50002.html), it is written from the site's root, as
    // the old page meant it: relative to the article's file it would lead nowhere (the check refuses it).
    return /^\s*([a-z][\w+.-]*:|\/)/i.test(href) ? href : `${address}${url.hash}`;
  };
  const body = htmlToMarkdown(cellValue(row.body), (src) => {
    // <img src="javascript:…"> is no picture, and the content check would refuse the article for it.
    const scheme = unsafeScheme(src, { picture: true });
    if (scheme) {
      notices.push(
        scheme === 'data:'
          ? `正文图片的地址 ${src.trim().slice(0, 40)}… 是写在地址里的文件，不是图片：没有导入`
          : `正文图片的地址 ${src.trim()} 是 ${scheme} 代码，不是图片：没有导入`,
      );
      return undefined;
    }
    // A picture written in its address (pasted from Word into UEditor, KindEditor) becomes a file beside the article.
    if (/^\s*data:/i.test(src)) {
      const written = pictures.find((picture) => picture.inline?.address === src);
      if (written) return `./${written.file}`;
      const name = `${/^\s*(data:[^,;]*)/i.exec(src)![1]}…（第 ${++inlineCount} 张内嵌图片）`;
      const data = dataPicture(src, name);
      if ('problem' in data) {
        notices.push(`正文${data.problem}：没有导入`);
        return undefined;
      }
      if (leaveOut?.has(src)) return undefined;
      const file = `${slug}-${pictures.length + 1}${data.type}`;
      pictures.push({ from: name, file, inline: { bytes: data.bytes, address: src } });
      return `./${file}`;
    }
    const source = pictureSource(src, page, oldHosts);
    if (source === undefined) return undefined;
    if ('local' in source) {
      notices.push(`正文图片 ${source.local} 是作者电脑上的文件（从 Word 粘贴），旧网站上也看不到：没有导入`);
      return undefined;
    }
    if ('remote' in source) {
      remote.push(source.remote);
      return source.remote;
    }
    const type = PICTURE_FILE.exec(source.path)?.[0].toLowerCase();
    if (!type) {
      problems.push({ field: 'body', message: `正文图片 ${source.path} 的格式网站不能处理：请先转换为 ${PICTURE_FORMAT_NAMES}` });
      return src;
    }
    const copied = pictures.find((picture) => picture.from === source.path);
    if (copied) return `./${copied.file}`;
    const file = `${slug}-${pictures.length + 1}${type === '.jpeg' ? '.jpg' : type}`;
    pictures.push({ from: source.path, file });
    return `./${file}`;
  }, link, { title: cellText(row.title) });
  notices.push(...body.notices);

  const byline = readByline(row.author);
  const editor = readByline(cellText(row.editor) || body.editor).author;
  if (!editor.length) problems.push({ field: 'editor', message: '缺少责任编辑：editor 列为空，正文末尾也没有“责任编辑：”一行' });
  const tags = cellList(row.tags);
  const flags = (['headline', 'featured', 'ticker', 'pinned'] as const).filter((flag) => yesNo(row[flag], flag, problems));
  const front = {
    title: cellText(row.title),
    ...(cellText(row.subtitle) && { subtitle: cellText(row.subtitle) }),
    date: date ? formatDateTime(date, timeZone) : cellText(row.date),
    section,
    source: cellText(row.source) || siteName,
    ...(byline.author.length > 0 && { author: byline.author }),
    ...(byline.correspondents.length > 0 && { correspondents: byline.correspondents }),
    editor,
    ...(cellText(row.summary) && { summary: cellText(row.summary) }),
    ...(tags.length > 0 && { tags }),
    ...(flags.length > 0 && { flags }),
    ...(yesNo(row.draft, 'draft', problems) && { draft: true }),
    ...(aliases.length > 0 && { aliases }),
  };
  const text = `---\n${yaml.dump(front, { flowLevel: 1, lineWidth: -1 })}---\n\n${body.markdown}`;
  const checked = articleSchema({ sections: siteSections, timeZone, siteName, image: localImagePath }).safeParse(front);
  // Named by the export's column; the section, the date and the editor were named above.
  const named = (field: string, message: string) => {
    const column = field.startsWith('aliases') ? 'url' : field === '正文' ? 'body' : field;
    if (column !== 'section' && !problems.some((problem) => problem.field === column)) problems.push({ field: column, message });
  };
  if (!checked.success) for (const issue of checked.error.issues) named(fieldName(issue.path), issue.message);
  else for (const problem of articleProblems(checked.data, text)) named(problem.field, problem.message);
  // Named whatever else is wrong with the row, and for a draft too: an export row without a body is a broken row.
  if (!body.markdown) named('正文', EMPTY_BODY);
  const folder = path.slice(0, path.lastIndexOf('/'));
  for (const problem of readBody(body.markdown, { mdx: false, lineOffset: 0, folder }).problems) {
    problems.push({ field: 'body', message: problem.message });
  }
  if (problems.length) return { problems };

  return { article: { path, text, aliases, pictures, attachments, remote, notices, leftOutAliases, oldLinks } };
}
