/**
 * Checks every content file before the build starts and reports every problem at once,
 * each as `file: field — message`. The build runs only when this finds nothing.
 */
import { existsSync, readFileSync, type Dirent } from 'node:fs';
import { readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { ContentError, NO_READ_PERMISSION, PARSE_OPTIONS, fieldName, isPermissionError, problemsFrom, type Problem } from './errors.ts';
import { FrontmatterSyntaxError, bodyOf, parseYaml, readFrontmatter } from './frontmatter.ts';
import { idFromPath, publicDir, readSections } from './content-dir.ts';
import { readBody, type BodyReport, type SitePageKind } from './article-body.ts';
import { ARTICLE_ADDRESS, ARTICLE_FIELD_HINTS, ARTICLE_ID, PAGE_FIELD_HINTS, SLUG, TOPIC_FIELD_HINTS, articleSchema, localImagePath, pageSchema, personSchema, topicSchema, type SectionData } from './schema.ts';
import { changesAfter, changesUnseen, isPublished, lastModified, neverShown, standing, withdrawnAsWritten } from './publish.ts';
import { formatAsWritten, formatDateTime, formatIso, monthFolder } from './dates.ts';
import { aliasPage, answersPageOne, articleUrl, decodePath, numberedPage, pageUrl, tagUrl } from './urls.ts';
import { groupByTag, tagsPerPage } from './tags.ts';
import { listings, type Listing, type ListingKind } from './listings.ts';
import { groupByMonth } from './archive.ts';
import { peopleArticles, unmatchedNames } from './bylines.ts';
import { placeholderFields } from './article-template.ts';
import { publishedTopicParts, selectable, selectionProblems, topicParts, withdrawnSelections } from './topics.ts';
import { picturePathProblem, pictureSize } from './picture-file.ts';
import { PHONE_THUMBNAIL_WIDTH, SHARE_PICTURE_WIDTH, SHARED_PICTURE_FIELDS, SMALLEST_SHARED_PICTURE, phoneListingEnlargement } from './images.ts';
import { captionsPathProblem, htmlPicturePathProblem, videoPathProblem } from './video-file.ts';
import { caseProblem, fileAsWritten, folderNames, type FolderNames } from './written-file.ts';
import { isPinned, oldPins, pinProblems, PIN_NOTICE_DAYS } from './pinned.ts';
import { HEADLINE_NOTICE_DAYS, staleHeadline } from './headline.ts';
import { groupBySection, newestFirst } from './site-index.ts';
import { aliasOwnerOf } from './withdrawn.ts';
import { tagSpellingProblems } from './tag-spellings.ts';
import { longFieldMessage, longFields, type LongField } from './long-fields.ts';
import { NOT_UTF8, utf8Text } from './utf8-text.ts';
import { lookupKey, sharedNumberMessage } from './lookup-key.ts';
import { VIDEO_SITES } from './video-players.ts';
import { percentDecoded } from './attachments.ts';

/** Text and word-processor files, which are never content: an article saved in the wrong format. */
const STRAY_TEXT = /\.(txt|docx?|wps|rtf)$/i;

/** Article files sit at `YYYY/MM/<slug>.md` or `.mdx`; the slug is lower-case ASCII. */
export const ARTICLE_PATH_RE = new RegExp(`^${ARTICLE_ID}\\.mdx?$`);

/** Every entry under `dir` (files, folders, links), or none when there is no such folder. */
const treeOf = async (dir: string): Promise<Dirent[]> => (existsSync(dir) ? await readdir(dir, { recursive: true, withFileTypes: true }) : []);

async function listFiles(dir: string, test: (rel: string) => boolean): Promise<string[]> {
  return filesIn(dir, await treeOf(dir), test);
}

/** The files among `entries` (treeOf(dir)) that pass `test`, as paths relative to `dir` with `/`, sorted. */
function filesIn(dir: string, entries: readonly Dirent[], test: (rel: string) => boolean): string[] {
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter(test)
    .sort();
}

function syntaxProblem(file: string, error: unknown): Problem[] {
  if (error instanceof FrontmatterSyntaxError) {
    return [{ file: error.line ? `${file}:${error.line}` : file, field: '', message: error.message }];
  }
  throw error;
}


export interface CheckResult {
  problems: Problem[];
  /** Byline names that match no person in content/people, with the files they appear in. */
  unmatched: Map<string, string[]>;
  /** Names two or more people in content/people share, with their files: bylines with them link to none (no guessing who). */
  sharedNames: Map<string, string[]>;
  articles: number;
  /** Articles that will be published: not drafts, dated before `now`. */
  published: number;
  /**
   * Links in published articles, pages and topics to articles not published (drafts, later
   * dates, files with errors), at their own addresses or at an old one (`address`, as linked:
   * an alias): readers get a 404 for now.
   */
  linksToUnpublished: { file: string; id: string; address?: string }[];
  /**
   * Links in published articles, pages and topics to withdrawn articles (撤稿), at their own
   * addresses or at an old one (`address`, as linked: an alias): readers get the 404 page saying so, for good.
   */
  linksToWithdrawn: { file: string; id: string; address?: string }[];
  /**
   * Links in published articles, pages and topics to pages (单页) and topics that are there but
   * not built, with why (`是草稿（draft: true）`, a topic's `还没有已发布的文章，暂不发布`): readers get a 404 for now.
   */
  linksToUnbuilt: { file: string; url: string; why: string }[];
  /**
   * Pages that published articles, pages and topics embed (`<iframe src>`) from another site that
   * is not a video site's player (src/lib/video-players.ts), with `file:line`: allowed, for an editor to look at.
   */
  otherFrames: { file: string; src: string }[];
  /** `<iframe>`s of published articles, pages and topics without a `title`, with `file:line` and address: screen readers cannot say what they show. */
  untitledFrames: { file: string; src: string }[];
  /** Titles and summaries of articles (not withdrawn) longer than a news site's, with their lengths: perhaps the body pasted in. */
  longFields: { file: string; field: LongField; length: number }[];
  /** Covers and videos' posters of articles (not withdrawn) and topics narrower than SMALLEST_SHARED_PICTURE: enlarged into a blur in listings. */
  smallPictures: ({ file: string } & SmallPicture)[];
  /** Articles that are neither drafts nor withdrawn but dated after `now`, soonest first, with their dates in the site's time zone. */
  scheduled: { file: string; date: string }[];
  /**
   * Articles (not drafts, not withdrawn) dated in another month than their `YYYY/MM` folder,
   * with the date as written and the folder its date files it in (src/lib/dates.ts, monthFolder):
   * the folder fixes the address, the date the archive month.
   */
  misfiled: { file: string; date: string; folder: string; dated: string }[];
  /**
   * Changes (更新, 更正) of published articles and pages dated after `now`, with their field and
   * their date as written (src/lib/publish.ts, changesAfter): a mistyped year, month or day.
   */
  changedLater: { file: string; field: string; date: string }[];
  /**
   * Changes (更新, 更正) of published articles dated no later than the article itself, with their
   * field, their date and the article's as written (src/lib/publish.ts, changesUnseen): a
   * correction made the day of publication and written as the day alone leaves the article's
   * last change at its publication, so search engines and the Baidu push never hear of it.
   */
  changedUnseen: { file: string; field: string; date: string; published: string }[];
  /** Published pinned articles (置顶) dated more than PIN_NOTICE_DAYS ago, oldest first, with their dates in the site's time zone: perhaps forgotten. */
  oldPins: { file: string; date: string }[];
  /**
   * The front page's 头条 when it is flagged and dated more than HEADLINE_NOTICE_DAYS ago with
   * later articles published (src/lib/headline.ts), with its date in the site's time zone and
   * how many are later: perhaps forgotten.
   */
  oldHeadline: { file: string; date: string; newer: number } | undefined;
  /**
   * When each published article last changed (date, 更新 or 更正; ISO 8601 in the site's time
   * zone), and each published page (单页) with an `updated`, by URL: the sitemap's lastmod.
   */
  modified: Record<string, string>;
  /** Topics (not drafts) none of whose articles is published yet, some still to come: not published until one is. */
  emptyTopics: string[];
  /** Topics (not drafts) all of whose articles are withdrawn (撤稿): none published, none to come; not published, for good. */
  withdrawnTopics: string[];
  /**
   * The paginated listings the build makes, with their counts of pages, as the check holds links
   * to them (src/lib/listings.ts, from the published articles): what the built pages must match.
   */
  listings: Listing[];
  /** Articles topics (not drafts) list by id (`field`) that are withdrawn: the topic goes on without them, for good. */
  topicsListingWithdrawn: { file: string; field: string; id: string }[];
  /** Every old address (`aliases`, keyed by aliasPage), with the article file or the section that has it. */
  aliases: Map<string, string>;
  people: number;
  topics: number;
  /** Standalone pages (单页) checked, drafts included. */
  pages: number;
}

/** One content file that passed its schema. */
interface Checked<T> {
  /** Path under the collection folder, e.g. 2024/01/weifang.md */
  rel: string;
  /** Path as printed, relative to the working folder. */
  file: string;
  data: T;
  /** Its pictures made into share cards and listings' pictures (SHARED_PICTURE_FIELDS) narrower than SMALLEST_SHARED_PICTURE, by field. */
  small: SmallPicture[];
}

/** A cover or a video's poster narrower than SMALLEST_SHARED_PICTURE, as written in its field, with its size. */
interface SmallPicture {
  field: string;
  src: string;
  width: number;
  height: number;
}

interface Collection<T> {
  folder: string;
  /** Which files belong to it. */
  matches: (rel: string) => boolean;
  /** Allowed paths, and what to tell an editor whose file is elsewhere. */
  path: RegExp;
  pathMessage: string;
  parse: (source: string) => unknown;
  schema: z.ZodType<T>;
  /** Where the content of a field from another system goes (problemsFrom). */
  hints?: Readonly<Record<string, string>>;
  /** Local images of a valid entry, by field. */
  images: (data: T) => Record<string, unknown>;
  /**
   * What is wrong with a file's text beyond its front matter (`absolute` is its path; `rel`
   * under the folder; `data` its front matter as read, before the schema).
   */
  text?: (absolute: string, rel: string, source: string, data: unknown) => Promise<{ line: number | undefined; message: string }[]>;
  /** What is wrong with an entry that passed its schema, by field; `source` is its file's text. */
  entry?: (data: T, source: string) => Promise<{ field: string; message: string }[]>;
}

/** Reads and checks every file of a collection, adding what is wrong to `problems`. */
async function checkFiles<T>(dir: string, collection: Collection<T>, names: FolderNames, problems: Problem[]): Promise<{ files: string[]; valid: Checked<T>[] }> {
  const folder = path.join(dir, collection.folder);
  const files = await listFiles(folder, collection.matches);
  const valid: Checked<T>[] = [];
  for (const rel of files) {
    const absolute = path.join(folder, rel);
    const file = path.relative(process.cwd(), absolute) || absolute;
    if (!collection.path.test(rel)) problems.push({ file, field: '', message: collection.pathMessage });
    const source = utf8Text(readFileSync(absolute));
    if (source === undefined) {
      problems.push({ file, field: '', message: NOT_UTF8 });
      continue;
    }
    let data: unknown;
    try {
      data = collection.parse(source);
    } catch (error) {
      problems.push(...syntaxProblem(file, error));
      continue;
    }
    for (const { line, message } of (await collection.text?.(absolute, rel, source, data)) ?? []) {
      problems.push({ file: line ? `${file}:${line}` : file, field: '', message });
    }
    const result = collection.schema.safeParse(data, PARSE_OPTIONS);
    if (!result.success) {
      problems.push(...problemsFrom(file, result.error, collection.hints, collection.schema));
      continue;
    }
    const small: SmallPicture[] = [];
    for (const [field, image] of Object.entries(collection.images(result.data))) {
      const shared = SHARED_PICTURE_FIELDS.includes(field);
      const problem = typeof image === 'string' ? await picturePathProblem(path.dirname(absolute), { src: image, shared, within: dir }, names) : undefined;
      if (problem) problems.push({ file, field, message: problem });
      else if (shared && typeof image === 'string') {
        const size = await pictureSize(path.resolve(path.dirname(absolute), image));
        if (size && size.width < SMALLEST_SHARED_PICTURE) small.push({ field, src: image, ...size });
      }
    }
    for (const problem of (await collection.entry?.(result.data, source)) ?? []) problems.push({ file, ...problem });
    valid.push({ rel, file, data: result.data, small });
  }
  return { files, valid };
}


/** Articles and other pages each body links to, and the other sites' pages it embeds, by its path under its folder: checked once all are read. */
type BodyLinks = Map<string, Pick<BodyReport, 'articles' | 'pages' | 'addresses' | 'frames' | 'untitledFrames'>>;

/** What readers call the pages and listings a body may link to by id. */
const PAGE_KINDS: Record<SitePageKind | ListingKind, string> = { sections: '栏目', people: '人员', topics: '专题', pages: '页面', tags: '标签', archive: '归档月份', 'tag-index': '标签总页' };

/**
 * What the build would otherwise stop on in English, or publish wrongly, in an article's, a
 * page's or a topic's body (src/lib/article-body.ts): MDX syntax, code, scripts, a picture, a video or a
 * video's poster that is not there (or named in another case than its file), a link to a file. Links to other articles
 * are kept in `links` for checking against every article.
 */
const articleTextProblems =
  (dir: string, links: BodyLinks, site: string | undefined, names: FolderNames, isArticle: (id: string) => boolean) =>
  async (absolute: string, rel: string, source: string, data: unknown): Promise<{ line: number | undefined; message: string }[]> => {
    const written = typeof data === 'object' && data !== null ? (data as { draft?: unknown; withdrawn?: unknown }) : {};
    // The build never reads a withdrawn article's body (src/lib/loaders.ts): nothing in it can stop it.
    if (withdrawnAsWritten(written)) return [];
    const body = bodyOf(source);
    const lineOffset = source.slice(0, source.length - body.length).split('\n').length - 1;
    const draft = written.draft === true;
    const report = readBody(body, { mdx: absolute.endsWith('.mdx'), lineOffset, folder: path.posix.dirname(rel), draft, site, isArticle });
    links.set(rel, report);
    const files: { line: number | undefined; message: string }[] = [];
    for (const { line, src } of report.images) {
      const message = await picturePathProblem(path.dirname(absolute), { src, written: decodePath(src), missing: '找不到正文中的图片文件', within: dir }, names);
      if (message) files.push({ line, message });
    }
    for (const { line, src } of report.videos) {
      const message = await videoPathProblem(publicDir(), src, names, '找不到正文中的视频文件');
      if (message) files.push({ line, message });
    }
    for (const [tag, list] of [['poster', report.posters], ['img', report.addressedPictures]] as const) {
      for (const { line, src } of list) {
        const message = await htmlPicturePathProblem(publicDir(), src, names, tag);
        if (message) files.push({ line, message });
      }
    }
    return [...report.problems, ...files];
  };

/** What an editor is told about an article, or a page (单页), without a body. */
export const EMPTY_BODY = '正文为空：请写上正文后再发布（或保留 draft: true）';

/**
 * What an article that passed its schema may still get wrong: the new-article template's
 * words left in (a draft may keep them while it is written), and no body at all (a video
 * article may be its video alone). A withdrawn article gets none of these: no page shows it,
 * not even `npm run dev`, and nothing may hold back the build that takes it down.
 */
export function articleProblems(
  article: Parameters<typeof placeholderFields>[0] & { draft: boolean; withdrawn?: object | undefined; video?: { src: string } | undefined },
  source: string,
): { field: string; message: string }[] {
  if (article.withdrawn !== undefined) return [];
  const body = bodyOf(source);
  const placeholders = article.draft ? [] : placeholderFields(article, body);
  return [
    ...placeholders.map((field) => ({ field, message: '还是新文章模板里的占位文字，请填写后再发布（或保留 draft: true）' })),
    ...(!article.draft && !article.video && body.trim() === ''
      ? [{ field: '正文', message: EMPTY_BODY }]
      : []),
  ];
}

/** What a page (单页) that passed its schema may still get wrong: no body at all, unless it is a draft. */
export function pageProblems(page: { draft: boolean }, source: string): { field: string; message: string }[] {
  return !page.draft && bodyOf(source).trim() === '' ? [{ field: '正文', message: EMPTY_BODY }] : [];
}

/**
 * What is wrong with an article's video files, by field: a `video.src` or `video.captions` under
 * public/ that is not there, or is named in another case than its file (`names` reads each folder once). Nothing
 * for a withdrawn article, as in articleProblems.
 */
export async function videoProblems(
  article: { withdrawn?: object | undefined; video?: { src: string; captions?: string | undefined } | undefined },
  names: FolderNames = folderNames(),
): Promise<{ field: string; message: string }[]> {
  if (article.withdrawn !== undefined || article.video === undefined) return [];
  const { src, captions } = article.video;
  const problems = [
    { field: 'video.src', message: await videoPathProblem(publicDir(), src, names) },
    { field: 'video.captions', message: captions === undefined ? undefined : await captionsPathProblem(publicDir(), captions, names) },
  ];
  return problems.filter((problem): problem is { field: string; message: string } => problem.message !== undefined);
}

const frontmatterOf = (source: string) => readFrontmatter(source).data;

/**
 * Checks the content folder `dir` for the site (`timeZone` reads dates without an offset;
 * articles whose 来源 is the site's own, its `name` or a bureau of it, must name authors); `now` decides
 * which articles are published (topics may only name those).
 */
export async function checkContent(dir: string, site: CheckedSite, now: Date): Promise<CheckResult> {
  try {
    return await checkReadable(dir, site, now);
  } catch (error) {
    // A file or a folder this user may not read (copied from another account, checked out with sudo):
    // the check stopped with Node's stack, the build with its English EACCES.
    if (!isPermissionError(error) || !error.path) throw error;
    throw new ContentError([{ file: path.relative(process.cwd(), error.path) || error.path, field: '', message: NO_READ_PERMISSION }]);
  }
}

/**
 * x.md and x.mdx in one folder are one address (an article's or a topic's id): Astro would keep one
 * of them, the last it read, with a warning in English, and publish it. Each file is named with the other.
 */
function sameAddressProblems(dir: string, folder: 'articles' | 'topics', byId: Map<string, string[]>): Problem[] {
  const kind = folder === 'articles' ? '文章' : '专题';
  return [...byId.values()].flatMap((rels) =>
    rels.length < 2
      ? []
      : rels.map((rel) => {
          const others = rels.filter((other) => other !== rel).map((other) => path.basename(other));
          return { file: path.relative(process.cwd(), path.join(dir, folder, rel)), field: '', message: `与 ${others.join('、')} 是同一个${kind}地址：只保留一个文件` };
        }),
  );
}

type CheckedSite = { timeZone: string; name: string; url?: string; footer?: { pages?: readonly string[] }; pageSize: number };

async function checkReadable(dir: string, site: CheckedSite, now: Date): Promise<CheckResult> {
  const { timeZone } = site;
  const problems: Problem[] = [];
  // Undefined when sections.yaml is itself broken: it is named alone, not with every article.
  let sections: SectionData[] | undefined;
  try {
    sections = readSections(dir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }

  const links: BodyLinks = new Map();
  // Every article's id before any body is read: a link to one by a path from the file (../09/x/) is told its address.
  const articleFileIds = new Set((await listFiles(path.join(dir, 'articles'), (rel) => /\.mdx?$/.test(rel))).map(idFromPath));
  const isArticle = (id: string) => articleFileIds.has(id);
  // Every picture is looked up in its folder's names (one read per folder), not opened by name.
  const names = folderNames();
  const articles = await checkFiles(
    dir,
    {
      folder: 'articles',
      matches: (rel) => /\.mdx?$/.test(rel),
      path: ARTICLE_PATH_RE,
      pathMessage: '文章应放在 articles/年/月/ 下，文件名只用小写字母、数字和 -，如 2024/01/weifang-minzheng.md',
      parse: frontmatterOf,
      schema: articleSchema({ sections, timeZone, siteName: site.name, image: z.string() }),
      hints: ARTICLE_FIELD_HINTS,
      // A withdrawn article's pictures are never read (src/lib/loaders.ts): one a takedown is about may be deleted.
      images: (article) => (article.withdrawn ? {} : { 'cover.image': article.cover?.image, 'video.poster': article.video?.poster }),
      text: articleTextProblems(dir, links, site.url, names, isArticle),
      entry: async (article, source) => [...articleProblems(article, source), ...(await videoProblems(article, names))],
    },
    names,
    problems,
  );
  const byId = Map.groupBy(articles.files, idFromPath);
  problems.push(...sameAddressProblems(dir, 'articles', byId));
  // Law and law would be two tag pages, one folder on a Mac's disk. A withdrawn article's tags build
  // no page; a draft's count, as it will be published and its tag page made.
  problems.push(...tagSpellingProblems(articles.valid.filter(({ data }) => !data.withdrawn).map(({ file, data }) => ({ file, tags: data.tags }))));
  // A list of pins would push the news off page 1. Scheduled articles count: the build that publishes one runs unattended.
  const pins = articles.valid
    .filter(({ data }) => isPinned(data) && !neverShown(data))
    .map(({ file, data }) => ({ file, section: data.section, date: data.date }));
  problems.push(...pinProblems(pins, (id) => sections?.find((section) => section.id === id)?.name ?? id));
  // An old address leads to one page: an article's, or a section's.
  const aliasOwners = new Map<string, string>();
  const sectionsFile = path.relative(process.cwd(), path.join(dir, 'sections.yaml'));
  const owners = [
    ...articles.valid.map(({ file, data }) => ({ file, name: file, of: '', aliases: data.aliases })),
    ...(sections ?? []).map(({ id, aliases }) => ({ file: sectionsFile, name: `${sectionsFile} 的栏目 ${id}`, of: `栏目 ${id} 的`, aliases })),
  ];
  for (const { file, name, of, aliases } of owners) {
    for (const [index, alias] of aliases.entries()) {
      const page = aliasPage(alias);
      const taken = aliasOwners.get(page);
      if (taken) problems.push({ file, field: 'aliases', message: `${of}旧地址 ${alias} 已被 ${taken} 使用` });
      aliasOwners.set(page, name);
      // An article's former address (after its file was renamed or moved) must be no article's now:
      // both pages would be written to one file, and a withdrawn one's 404 would become a redirect.
      const [other] = byId.get(ARTICLE_ADDRESS.exec(alias)?.[1] ?? '') ?? [];
      if (other === undefined) continue;
      const otherFile = path.relative(process.cwd(), path.join(dir, 'articles', other));
      problems.push({
        file,
        field: fieldName(['aliases', index]),
        message:
          otherFile === file
            ? `旧地址 ${alias} 就是本文现在的地址（地址由文件名决定）：文件改名或移到别的文件夹之后，才把原来的地址写进 aliases`
            : `${of}旧地址 ${alias} 是文章 ${otherFile} 的地址，两个页面不能用同一个地址：请删去这个旧地址`,
      });
    }
  }
  // A Markdown or YAML file anywhere else (content/x.md, content/article/…, x.MD, x.markdown,
  // people/x.yml), or an article saved as text or a Word file (x.md.txt, as Windows saves when
  // it hides extensions; x.docx), would be left out of the site without a word.
  const tree = await treeOf(dir);
  const stray = filesIn(
    dir,
    tree,
    (rel) =>
      (/\.(mdx?|markdown)$/i.test(rel) && !/^(articles|topics|pages)\/.+\.mdx?$/.test(rel)) ||
      (/\.ya?ml$/i.test(rel) && !/^(people\/[^/]+|sections)\.yaml$/.test(rel)) ||
      STRAY_TEXT.test(rel),
  );
  for (const rel of stray) {
    problems.push({
      file: path.relative(process.cwd(), path.join(dir, rel)),
      field: '',
      message: /^sections\.ya?ml$/i.test(rel)
        ? '这个文件不会被读取：栏目文件应命名为 sections.yaml'
        : /\.ya?ml$/i.test(rel)
        ? '这个文件不会发布：人员文件放在 people/ 下，扩展名用小写 .yaml'
        : /^people\//.test(rel) && /\.(mdx?|markdown)$/i.test(rel)
        ? '这个文件不会发布：人员文件用 YAML 格式，扩展名 .yaml，如 people/ma-yuanzheng.yaml（文章放在 articles/年/月/ 下）'
        : STRAY_TEXT.test(rel)
        ? '这个文件不会发布：文章要存成 .md 文件（记事本请在“另存为”里选“所有文件”，文件名写 x.md；Word 文件请把文字粘贴到 .md 文件里）'
        : '这个文件不会发布：文章放在 articles/年/月/ 下，专题放在 topics/ 下，页面放在 pages/ 下，扩展名用小写 .md（文章和专题也可用 .mdx）',
    });
  }
  // A symbolic link this check does not follow, and Astro does: an article behind one was published
  // unchecked, a link to a folder (loop -> .) published its articles twice, and one leading nowhere
  // stopped Astro in English, with an ENOENT.
  for (const entry of tree) {
    if (!entry.isSymbolicLink()) continue;
    const link = path.join(entry.parentPath, entry.name);
    problems.push({
      file: path.relative(process.cwd(), link),
      field: '',
      message: `这是符号链接（快捷方式，指向 ${await readlink(link)}），网站只读真正的文件和文件夹：请把它换成所指的文件本身，或删去它`,
    });
  }
  // Standalone pages (单页): their bodies are held to what an article's is, links included.
  const pageLinks: BodyLinks = new Map();
  const pages = await checkFiles(
    dir,
    {
      folder: 'pages',
      matches: (rel) => /\.mdx?$/.test(rel),
      path: new RegExp(`^${SLUG}\\.md$`),
      pathMessage: '页面文件直接放在 pages/ 下，文件名只用小写字母、数字和 -，扩展名用 .md，如 about.md',
      parse: frontmatterOf,
      schema: pageSchema({ timeZone }),
      hints: PAGE_FIELD_HINTS,
      images: () => ({}),
      text: articleTextProblems(dir, pageLinks, site.url, names, isArticle),
      entry: async (page, source) => pageProblems(page, source),
    },
    names,
    problems,
  );
  // A footer link to a page that is not there, or not published, would be a 404 on every page.
  const siteConfig = 'src/site.config.ts';
  for (const [index, name] of (site.footer?.pages ?? []).entries()) {
    const field = fieldName(['footer', 'pages', index]);
    const file = path.relative(process.cwd(), path.join(dir, 'pages', `${name}.md`));
    const page = pages.valid.find(({ rel }) => idFromPath(rel) === name);
    if (!pages.files.some((rel) => idFromPath(rel) === name)) {
      problems.push({ file: siteConfig, field, message: `页脚页面“${name}”不存在：应有页面文件 ${file}` });
    } else if (page?.data.draft) {
      problems.push({ file: siteConfig, field, message: `页脚页面“${name}”是草稿（${file} 里 draft: true），不会发布，页脚链接会是 404：发布它，或从 footer.pages 删去` });
    }
  }

  const publishedArticles = articles.valid
    .filter(({ data }) => isPublished(data, now))
    .map(({ rel, file, data }) => ({ id: idFromPath(rel), file, data }));
  // The 头条 as the front page has it (src/lib/site-index.ts): a flag nobody removed keeps an old story on top.
  const oldHeadline = staleHeadline([...publishedArticles].sort(newestFirst), now);
  const articleIds = new Set(byId.keys());
  const publishedIds = new Set(publishedArticles.map(({ id }) => id));
  const withdrawnIds = new Set(articles.valid.filter(({ data }) => standing(data, now) === '撤稿').map(({ rel }) => idFromPath(rel)));
  // The articles whose old addresses (aliases) lead readers nowhere yet, or to the 404 page for good.
  const unpublished = articles.valid.filter(({ data }) => !isPublished(data, now)).map(({ rel, data }) => ({ id: idFromPath(rel), aliases: data.aliases }));

  const people = await checkFiles(
    dir,
    {
      folder: 'people',
      matches: (rel) => rel.endsWith('.yaml'),
      path: new RegExp(`^${SLUG}\\.yaml$`),
      pathMessage: '人员文件名只用小写字母、数字和 -，如 ma-yuanzheng.yaml',
      parse: parseYaml,
      schema: personSchema({ image: localImagePath }),
      images: (person) => ({ photo: person.photo }),
    },
    names,
    problems,
  );

  // Readers verify a reporter in 人员查询 by the credential number: one number must lead to one
  // person. Numbers are compared as the lookup compares what a reader types (lookupKey: case,
  // dashes and full-width digits aside), whatever their kind.
  const byNumber = Map.groupBy(
    people.valid.filter(({ data }) => data.credential !== undefined),
    ({ data }) => lookupKey(data.credential!.number),
  );
  for (const same of byNumber.values()) {
    if (same.length < 2) continue;
    for (const { file, data } of same) {
      const others = same.filter((other) => other.file !== file).map((other) => other.file);
      problems.push({
        file,
        field: 'credential.number',
        message: sharedNumberMessage(data.credential!.number, others.join('、')),
      });
    }
  }

  // Topics' bodies, shown above their lists of articles, are held to what an article's is.
  const topicLinks: BodyLinks = new Map();
  const topics = await checkFiles(
    dir,
    {
      folder: 'topics',
      matches: (rel) => /\.mdx?$/.test(rel),
      path: new RegExp(`^${SLUG}\\.mdx?$`),
      pathMessage: '专题文件名只用小写字母、数字和 -，如 shehui-zuzhi.md',
      parse: frontmatterOf,
      schema: topicSchema({ image: localImagePath, timeZone }),
      hints: TOPIC_FIELD_HINTS,
      images: (topic) => ({ 'cover.image': topic.cover?.image }),
      text: articleTextProblems(dir, topicLinks, site.url, names, isArticle),
    },
    names,
    problems,
  );
  problems.push(...sameAddressProblems(dir, 'topics', Map.groupBy(topics.files, idFromPath)));
  // A tag or an id that selects no article at all is a typo. A topic whose articles are all
  // drafts or dated later is published with the first of them, like an article scheduled; one
  // whose articles are all withdrawn never will be, and one that lists a withdrawn article by
  // id goes on without it, for good. Its page says neither: the editor is told of both.
  const tags = new Set(articles.valid.flatMap(({ data }) => data.tags));
  const publishedPool = selectable(publishedArticles);
  const notWithdrawnPool = selectable(articles.valid.map(({ rel, data }) => ({ id: idFromPath(rel), data })).filter(({ id }) => !withdrawnIds.has(id)));
  const emptyTopics: string[] = [];
  const withdrawnTopics: string[] = [];
  const topicsListingWithdrawn: { file: string; field: string; id: string }[] = [];
  for (const { file, data: topic } of topics.valid) {
    const found = selectionProblems(topic, (id) => articleIds.has(id), (tag) => tags.has(tag));
    problems.push(...found.map((problem) => ({ file, ...problem })));
    if (topic.draft) continue;
    topicsListingWithdrawn.push(...withdrawnSelections(topic, (id) => withdrawnIds.has(id)).map((listed) => ({ file, ...listed })));
    if (found.length > 0 || publishedTopicParts(topic, publishedPool, () => true)) continue;
    // None published: some still to come (a draft, a later date), or every one withdrawn.
    if (topicParts(topic, notWithdrawnPool.byId, notWithdrawnPool.byTag, () => true).length > 0) emptyTopics.push(file);
    else withdrawnTopics.push(file);
  }
  const unbuiltTopic = (file: string) => emptyTopics.includes(file) || withdrawnTopics.includes(file);

  // Bodies whose links are checked: published articles, those scheduled, pages, and topics
  // (published, waiting for their first article, or with only withdrawn ones).
  const linking = [
    ...articles.valid.map(({ rel, file, data }) => ({ file, data, published: isPublished(data, now), report: links.get(rel) })),
    ...pages.valid.map(({ rel, file, data }) => ({ file, data, published: !data.draft, report: pageLinks.get(rel) })),
    ...topics.valid.map(({ rel, file, data }) => ({ file, data, published: !data.draft && !unbuiltTopic(file), report: topicLinks.get(rel) })),
  ].filter(({ data }) => !neverShown(data));

  // A link to no article at all is a mistake. A link to one not published (a draft, a later
  // date, a file with errors) is a 404 only for now: it may be published within the hour,
  // or withdrawn on purpose, so it is a warning, never a reason to hold back other news; so
  // is a link to a withdrawn article, which an editor should take out (its words may quote
  // the very title taken down). Either is found at the article's own address or at one of its
  // old ones (`aliases`), which lead to the same page, or the same 404. An article scheduled for
  // later is checked now: the build that publishes it runs unattended. The body of a draft or a
  // withdrawn article is not read for links: no reader follows them. An article renamed or moved
  // is linked at its former address too (`movable`: every article with its old addresses).
  const movable = articles.valid.map(({ rel, data }) => ({ id: idFromPath(rel), aliases: data.aliases }));
  const linksToUnpublished: { file: string; id: string; address?: string }[] = [];
  const linksToWithdrawn: { file: string; id: string; address?: string }[] = [];
  const otherFrames: { file: string; src: string }[] = [];
  const untitledFrames: { file: string; src: string }[] = [];
  for (const { file, published, report } of linking) {
    const at = (line: number | undefined) => (line ? `${file}:${line}` : file);
    const linked: { line: number | undefined; id: string; address?: string }[] = [];
    for (const { line, id } of report?.articles ?? []) {
      if (articleIds.has(id)) {
        linked.push({ line, id });
        continue;
      }
      // An article renamed or moved keeps its former address in aliases, a page that sends readers on.
      const moved = aliasOwnerOf(articleUrl(id), movable);
      if (moved) linked.push({ line, id: moved.id, address: decodePath(articleUrl(id)) });
      else problems.push({ file: at(line), field: '', message: `链接的文章 ${decodePath(articleUrl(id))} 不存在，读者打开会是 404` });
    }
    // An attachment (README: under public/files/, linked /files/x.pdf) must be there: a link to
    // one that is not is a 404, as a link to an article that is not there is. Its name is compared
    // with the folder's, letter for letter, as a video's is: a Mac or a PC opens /files/PanJue.pdf
    // for panjue.pdf, the build server and the host do not.
    for (const { line, address, written } of report?.addresses ?? []) {
      if (!address.startsWith('/files/')) continue;
      const pathname = percentDecoded(address.replace(/\?.*$/, ''));
      const found = await fileAsWritten(publicDir(), `.${pathname}`, names);
      if (found.found) continue;
      const local = path.join(publicDir(), pathname);
      // A file named with # or ? (判决书#1.pdf): in an address they end the file's name.
      const named = percentDecoded(written);
      const cut = named !== pathname && existsSync(path.join(publicDir(), named)) ? /[#?]/.exec(named.slice(pathname.length))?.[0] : undefined;
      problems.push({
        file: at(line),
        field: '',
        message: cut
          ? `链接的附件 ${decodePath(written)} 到“${cut}”就断了：网址里的 ${cut} 不算文件名，读者打开的是 ${decodePath(pathname)}，会是 404：请写成 ${decodePath(written.replace(cut, cut === '#' ? '%23' : '%3F'))}，或给文件改名`
          : found.real === undefined
            ? `链接的附件 ${decodePath(address)} 不存在（应有文件 ${path.relative(process.cwd(), local)}），读者打开会是 404`
            : `链接的${caseProblem('附件', decodePath(address), found.real.slice(1))}`,
      });
    }
    if (!published) continue;
    for (const { line, src } of report?.frames ?? []) otherFrames.push({ file: at(line), src });
    for (const { line, src } of report?.untitledFrames ?? []) untitledFrames.push({ file: at(line), src });
    for (const { line, address } of report?.addresses ?? []) {
      const article = aliasOwnerOf(address, unpublished);
      if (article) linked.push({ line, id: article.id, address });
    }
    // In the order of the body's lines.
    linked.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    for (const { line, ...link } of linked) {
      if (withdrawnIds.has(link.id)) linksToWithdrawn.push({ file: at(line), ...link });
      else if (!publishedIds.has(link.id)) linksToUnpublished.push({ file: at(line), ...link });
    }
  }

  // Links to a section, a person, a topic or a page that is not there (a renamed id, a typo)
  // are mistakes. A page or a topic that is there but not built (a draft; a topic waiting for
  // its first article, or with only withdrawn ones) is a 404 for now, as an article not
  // published yet is: a warning, from published bodies only.
  const pageIds: Record<SitePageKind, Set<string> | undefined> = {
    sections: sections && new Set(sections.map(({ id }) => id)),
    people: new Set(people.files.map(idFromPath)),
    topics: new Set(topics.files.map(idFromPath)),
    pages: new Set(pages.files.map(idFromPath)),
  };
  const DRAFT = '是草稿（draft: true）';
  const unbuilt: Partial<Record<SitePageKind, Map<string, string>>> = {
    pages: new Map(pages.valid.filter(({ data }) => data.draft).map(({ rel }) => [idFromPath(rel), DRAFT] as const)),
    topics: new Map(
      topics.valid
        .filter(({ file, data }) => data.draft || unbuiltTopic(file))
        .map(({ rel, file, data }) => [idFromPath(rel), data.draft ? DRAFT : withdrawnTopics.includes(file) ? '的文章都已撤稿，不再发布' : '还没有已发布的文章，暂不发布'] as const),
    ),
  };
  const linksToUnbuilt: { file: string; url: string; why: string }[] = [];
  // The listings the build makes, with their pages, from the lists their pages are made of
  // (src/lib/listings.ts): a link to a page past the last is a 404.
  const bySection = groupBySection(publishedArticles, sections ?? []);
  const credits = peopleArticles(people.valid, publishedArticles);
  const listed = listings(
    {
      sections: (sections ?? []).map(({ id, name }) => ({ id, name, articles: bySection.get(id) ?? [] })),
      people: people.valid.map(({ rel, data }, index) => ({ id: idFromPath(rel), name: data.name, articles: credits[index]! })),
      topics: topics.valid.flatMap(({ rel, data }) => {
        const parts = publishedTopicParts(data, publishedPool, () => true);
        return parts ? [{ id: idFromPath(rel), title: data.title, parts }] : [];
      }),
      tags: groupByTag(publishedArticles),
      archive: groupByMonth(publishedArticles, timeZone),
    },
    site.pageSize,
    tagsPerPage(),
  );
  const built = new Map(listed.map((listing) => [`${listing.kind} ${listing.id}`, listing]));
  // A tag or a month only unpublished articles have (drafts, later dates): its listing comes with the first of them.
  // A withdrawn article never comes: a tag or a month only such articles have is never built.
  const toCome = articles.valid.filter(({ data }) => !data.withdrawn);
  const later: Partial<Record<ListingKind, Set<string>>> = {
    tags: new Set(toCome.flatMap(({ data }) => data.tags)),
    archive: new Set(toCome.map(({ data }) => monthFolder(data.date, timeZone))),
  };
  for (const { file, published, report } of linking) {
    for (const { line, kind, id, page } of report?.pages ?? []) {
      const at = line ? `${file}:${line}` : file;
      const listing = built.get(`${kind} ${id}`);
      if ((kind === 'tags' || kind === 'archive') && !listing) {
        const url = decodePath(kind === 'tags' ? tagUrl(id) : `/archive/${id}/`);
        if (!later[kind]?.has(id)) problems.push({ file: at, field: '', message: `链接的${PAGE_KINDS[kind]} ${url} 不存在，读者打开会是 404` });
        else if (published) linksToUnbuilt.push({ file: at, url, why: '还没有已发布的文章' });
        continue;
      }
      if (kind === 'sections' || kind === 'people' || kind === 'topics' || kind === 'pages') {
        const why = unbuilt[kind]?.get(id);
        if (pageIds[kind]?.has(id) === false) {
          problems.push({ file: at, field: '', message: `链接的${PAGE_KINDS[kind]} /${kind}/${id}/ 不存在，读者打开会是 404` });
          continue;
        }
        if (published && why) linksToUnbuilt.push({ file: at, url: `/${kind}/${id}/`, why });
      }
      // Page 1 numbered (/sections/today/1/) sends readers to the listing's own address (movedPages)
      // when the listing has later pages.
      if (listing && page !== undefined && (page < 1 || page > listing.pages || (page === 1 && !answersPageOne(listing)))) {
        const first = decodePath(listing.url(1));
        const pages = listing.pages > 1 ? `${first} 到 ${decodePath(listing.url(listing.pages))}` : first;
        problems.push({
          file: at,
          field: '',
          message: `链接的${PAGE_KINDS[listing.kind]} ${decodePath(numberedPage(listing.url(1), page))} 不存在，读者打开会是 404：${listing.kind === 'tag-index' ? '' : '这个'}${PAGE_KINDS[listing.kind]}现在共 ${listing.pages} 页（${pages}）`,
        });
      }
    }
  }

  return {
    problems,
    // A withdrawn article's names link nowhere any more: it is not asked about them.
    unmatched: unmatchedNames(
      articles.valid.filter(({ data }) => !data.withdrawn).map(({ rel, file, data }) => ({ file, article: { id: rel, data } })),
      new Set(people.valid.map(({ data }) => data.name)),
      site.name,
    ),
    sharedNames: new Map(
      [...Map.groupBy(people.valid, ({ data }) => data.name)].filter(([, same]) => same.length > 1).map(([name, same]) => [name, same.map(({ file }) => file)]),
    ),
    articles: articles.files.length,
    published: publishedArticles.length,
    linksToUnpublished,
    linksToWithdrawn,
    linksToUnbuilt,
    otherFrames,
    untitledFrames,
    longFields: articles.valid.filter(({ data }) => !data.withdrawn).flatMap(({ file, data }) => longFields(data).map((long) => ({ file, ...long }))),
    smallPictures: [...articles.valid, ...topics.valid].flatMap(({ file, small }) => small.map((picture) => ({ file, ...picture }))),
    scheduled: articles.valid
      .filter(({ data }) => standing(data, now) === '定时发布')
      .sort((a, b) => a.data.date.getTime() - b.data.date.getTime())
      .map(({ file, data }) => ({ file, date: formatDateTime(data.date, timeZone) })),
    oldPins: oldPins(pins, now).map(({ file, date }) => ({ file, date: formatDateTime(date, timeZone) })),
    oldHeadline: oldHeadline && { file: oldHeadline.headline.file, date: formatDateTime(oldHeadline.headline.data.date, timeZone), newer: oldHeadline.newer },
    // A mistyped year or month files the article in another month's archive, under an address of its folder's.
    misfiled: articles.valid
      .filter(({ rel, data }) => ARTICLE_PATH_RE.test(rel) && !neverShown(data))
      .map(({ rel, file, data }) => ({ file, date: formatAsWritten(data.date, timeZone), folder: path.posix.dirname(rel), dated: monthFolder(data.date, timeZone) }))
      .filter(({ folder, dated }) => folder !== dated),
    changedLater: [
      ...articles.valid.filter(({ data }) => isPublished(data, now)).map(({ file, data }) => ({ file, data })),
      ...pages.valid.filter(({ data }) => !data.draft).map(({ file, data }) => ({ file, data })),
    ].flatMap(({ file, data }) => changesAfter(data, now).map(({ path: at, date }) => ({ file, field: fieldName(at), date: formatAsWritten(date, timeZone) }))),
    changedUnseen: articles.valid
      .filter(({ data }) => isPublished(data, now))
      .flatMap(({ file, data }) =>
        changesUnseen(data).map(({ path: at, date }) => ({ file, field: fieldName(at), date: formatAsWritten(date, timeZone), published: formatAsWritten(data.date, timeZone) })),
      ),
    modified: Object.fromEntries([
      ...publishedArticles.map(({ id, data }) => [articleUrl(id), formatIso(lastModified(data), timeZone)]),
      ...pages.valid.flatMap(({ rel, data }) => (!data.draft && data.updated ? [[pageUrl(idFromPath(rel)), formatIso(data.updated, timeZone)]] : [])),
    ]),
    emptyTopics,
    withdrawnTopics,
    listings: listed,
    topicsListingWithdrawn,
    aliases: aliasOwners,
    people: people.files.length,
    topics: topics.files.length,
    pages: pages.files.length,
  };
}

/** What `npm run check:content` says when it found no problem: how much it checked, of each kind of content file. */
export function passedSummary({ articles, people, topics, pages }: Pick<CheckResult, 'articles' | 'people' | 'topics' | 'pages'>): string {
  return `内容检查通过：${articles} 篇文章，${people} 位人员，${topics} 个专题，${pages} 个页面。`;
}

/**
 * A warning of the content check: its text, as the terminal prints it (a heading and its lines,
 * a few however large the archive), and the files it is about, each with what it says of that
 * file: `file` with `:line` where the line is known (a link's), or a `field` to find it by, as
 * a problem has them. GitHub Actions shows each on its file (scripts/check.ts).
 */
interface Warning {
  text: string;
  files: Problem[];
}

/** A warning as the build and `npm run check:content` print it, after the problems when there are any. */
export const warningText = ({ text }: Warning): string => `警告 (warning): ${text}`;

/**
 * A warning of one line for each of `items` (`line`, under the heading `heading` gives for
 * their count), each about its file (`about`).
 */
function listWarning<T>(items: readonly T[], heading: (count: number) => string, line: (item: T) => string, about: (item: T) => Problem): Warning | undefined {
  if (items.length === 0) return undefined;
  return { text: `${heading(items.length)}：\n${items.map((item) => `  ${line(item)}`).join('\n')}`, files: items.map(about) };
}

/**
 * A warning about links from published bodies, one `file:line → address` a line: to articles
 * not published yet, or withdrawn; a link to an old address (`address`) says whose it is.
 * `says` words it for its subject (以下 3 个链接, or one: 链接 /articles/…/) and `them` (这些链接, 这个链接).
 */
function linksWarning(
  links: readonly { file: string; id: string; address?: string | undefined }[],
  says: (subject: string, them: string) => string,
): Warning | undefined {
  const target = ({ id, address }: (typeof links)[number]) => (address ? `${address}（${articleUrl(id)} 的旧地址）` : articleUrl(id));
  return listWarning(
    links,
    (count) => says(`以下 ${count} 个链接`, '这些链接'),
    (link) => `${link.file} → ${target(link)}`,
    (link) => ({ file: link.file, field: '', message: says(`链接 ${target(link)} `, '这个链接') }),
  );
}

const unpublishedLinksWarning = (links: readonly { file: string; id: string; address?: string }[]) =>
  linksWarning(links, (subject) => `${subject}指向还没有发布（或文件有错误）的文章，读者现在打开会是 404`);

/** Readers who follow a link to a withdrawn article find only that it was withdrawn. */
const withdrawnLinksWarning = (links: readonly { file: string; id: string; address?: string }[]) =>
  linksWarning(links, (subject, them) => `${subject}指向已撤稿的文章，读者打开只会看到文章已删除：请删去${them}（链接文字引用了原标题的，一并改掉）`);

/** Why an article dated in another month than its folder matters, and what to do. */
const MISFILED = '文章按日期归档（日期是哪年哪月，就列在哪年哪月的归档里），网址却按文件夹：日期写错了请改正；日期没错，请把文件移到日期所在的文件夹（已发布的文章移动后，把原来的网址写进 aliases）';

/** Articles dated in another month than their folder, one `file: date … ≠ folder` a line. */
const misfiledWarning = (misfiled: readonly { file: string; date: string; folder: string; dated: string }[]) =>
  listWarning(
    misfiled,
    (count) => `以下 ${count} 篇文章的日期与所在的年/月文件夹不一致。${MISFILED}`,
    ({ file, date, folder, dated }) => `${file}: date ${date} 归档在 ${dated}，文件在 ${folder}/`,
    ({ file, date, folder, dated }) => ({ file, field: 'date', message: `日期 ${date} 归档在 ${dated}，文件却在 ${folder}/ 下。${MISFILED}` }),
  );

/** Why a change dated later than the build matters, and what to do. */
const CHANGED_LATER = '读者会看到一个还没到的时间，sitemap、RSS 和结构化数据也把它当作最后修改时间告诉搜索引擎：年、月或日写错了请改正';

/** Changes (更新, 更正) dated after the build, one `file: field date` a line. */
const changedLaterWarning = (changes: readonly { file: string; field: string; date: string }[]) =>
  listWarning(
    changes,
    (count) => `以下 ${count} 处更新或更正的时间晚于现在。${CHANGED_LATER}`,
    ({ file, field, date }) => `${file}: ${field} ${date}`,
    ({ file, field, date }) => ({ file, field, message: `时间 ${date} 晚于现在。${CHANGED_LATER}` }),
  );

/** Why a change dated no later than its article matters, and what to do. */
const CHANGED_UNSEEN =
  '文章的最后修改时间因此仍是发布时间，sitemap 的 lastmod、结构化数据的 dateModified 和百度推送都不会告诉搜索引擎文章改过：发布当天的更新或更正请写上时间，如 2026-11-25 15:30';

/** Changes (更新, 更正) dated no later than their article, one `file: field date（发布时间 date）` a line. */
const changedUnseenWarning = (changes: readonly { file: string; field: string; date: string; published: string }[]) =>
  listWarning(
    changes,
    (count) => `以下 ${count} 处更新或更正的时间不晚于文章的发布时间。${CHANGED_UNSEEN}`,
    ({ file, field, date, published }) => `${file}: ${field} ${date}（发布时间 ${published}）`,
    ({ file, field, date, published }) => ({ file, field, message: `时间 ${date} 不晚于发布时间 ${published}。${CHANGED_UNSEEN}` }),
  );

/** Links to pages (单页) and topics not built, one `file:line → address why` a line. */
const unbuiltLinksWarning = (links: readonly { file: string; url: string; why: string }[]) =>
  listWarning(
    links,
    (count) => `以下 ${count} 个链接指向还没有发布的页面或专题，读者现在打开会是 404`,
    ({ file, url, why }) => `${file} → ${url} ${why}`,
    ({ file, url, why }) => ({ file, field: '', message: `链接指向的 ${url} ${why}，读者现在打开会是 404` }),
  );

/**
 * What an embed from another site than a video site's player is told: the page may refuse to be
 * embedded (readers see the browser's error in its box), be a site's page rather than its player
 * (v.qq.com/x/page/…), or stop being what it was; the editor is the one to look.
 */
export const OTHER_FRAME = `不是${VIDEO_SITES}的播放器：请在手机和电脑上打开文章，确认它显示得出来、来源可靠；视频网站的视频请用它“分享”里的嵌入代码`;

/** Embeds from another site, one `file:line → address` a line. */
const otherFramesWarning = (frames: readonly { file: string; src: string }[]) =>
  listWarning(
    frames,
    (count) => `以下 ${count} 个嵌入的网页（<iframe>）${OTHER_FRAME}`,
    ({ file, src }) => `${file} → ${src}`,
    ({ file, src }) => ({ file, field: '', message: `嵌入的网页 ${src} ${OTHER_FRAME}` }),
  );

/**
 * What an `<iframe>` without a title is told: a screen reader names a frame by its title (README,
 * Writing an article), and without one says only that a frame is there, or the embedded page's own
 * address or title, not what the article shows in it.
 */
const UNTITLED_FRAME = '没有 title：读屏软件靠 title 告诉看不见屏幕的读者这里嵌入的是什么，请写上，如 title="庭审视频"';

/** `<iframe>`s without a title, one `file:line → address` a line. */
const untitledFramesWarning = (frames: readonly { file: string; src: string }[]) =>
  listWarning(
    frames,
    (count) => `以下 ${count} 个嵌入的网页（<iframe>）${UNTITLED_FRAME}`,
    ({ file, src }) => `${file} → ${src || '（没有地址）'}`,
    ({ file, src }) => ({ file, field: '', message: `嵌入的网页${src ? ` ${src} ` : '（<iframe>）'}${UNTITLED_FRAME}` }),
  );

/** Topics that list withdrawn articles by id, one `file: field → id` a line. */
const topicsListingWithdrawnWarning = (listed: readonly { file: string; field: string; id: string }[]) =>
  listWarning(
    listed,
    (count) => `以下 ${count} 处专题列出的文章已撤稿，不再显示在专题里：请从专题中删去`,
    ({ file, field, id }) => `${file}: ${field} → ${id}`,
    ({ file, field, id }) => ({ file, field, message: `列出的文章 ${id} 已撤稿，不再显示在专题里：请从专题中删去` }),
  );

/** Titles and summaries too long, one `file: field` a line with its length. */
const longFieldsWarning = (long: readonly { file: string; field: LongField; length: number }[]) =>
  listWarning(
    long,
    (count) => `以下 ${count} 处标题或导读过长，可能是误粘贴了正文`,
    ({ file, field, length }) => `${file}: ${longFieldMessage(field, length)}`,
    ({ file, field, length }) => ({ file, field, message: longFieldMessage(field, length) }),
  );

/** A picture this narrow or low (a CMS's 1×1 spacer) shows no shape at any size, only its colour. */
const FEW_PIXELS = 4;

/** 2.5 倍 under ten times, 15 倍 and 607 倍 above: how much a phone's listing enlarges a picture. */
const times = (enlargement: number) => `${enlargement < 10 ? Number(enlargement.toFixed(1)) : Math.round(enlargement)} 倍`;

/**
 * What an editor is told of a cover or poster too small for the boxes it fills: a spacer of a few
 * pixels that it shows as one colour; any other, how much a phone's listing enlarges it (a 239 px
 * picture 2.5 times, not the blur of a 40 px icon's 15).
 */
export const smallPictureMessage = ({ src, width, height }: SmallPicture): string => {
  const shown =
    Math.min(width, height) <= FEW_PIXELS
      ? '列表、首页和分享卡片会把它放大成一片颜色，看不出图形'
      : `手机上的列表会把它放大到 ${PHONE_THUMBNAIL_WIDTH} 像素宽（约 ${times(phoneListingEnlargement(width, height))}），显得模糊，分享卡片也看不清`;
  return `图片 ${src} 只有 ${width}×${height} 像素：${shown}：请换一张宽 ${SHARE_PICTURE_WIDTH} 像素以上的图片`;
};

/** Covers and posters narrower than SMALLEST_SHARED_PICTURE, one `file: field — message` a line. */
const smallPicturesWarning = (small: readonly ({ file: string } & SmallPicture)[]) =>
  listWarning(
    small,
    (count) => `以下 ${count} 张题图或视频封面太小`,
    (picture) => `${picture.file}: ${picture.field} — ${smallPictureMessage(picture)}`,
    (picture) => ({ file: picture.file, field: picture.field, message: smallPictureMessage(picture) }),
  );

/** What a topic whose articles are all withdrawn is told: not waiting for anything, it will not be published (again) unless given others. */
const ALL_WITHDRAWN = '专题的文章都已撤稿，专题不再发布（没有专题页，也不在专题列表里）：请给专题另选文章，或删去专题文件';

const withdrawnTopicsWarning = (files: readonly string[]) =>
  listWarning(
    files,
    (count) => `以下 ${count} 个${ALL_WITHDRAWN}`,
    (file) => file,
    (file) => ({ file, field: '', message: ALL_WITHDRAWN }),
  );

/**
 * What a content check that found no problem still has to say, printed alike by the build,
 * `npm run check:content` and `npm run dev`: warnings (bylines that match no person, links
 * to articles not published yet or withdrawn, topics that list withdrawn articles or have only
 * withdrawn ones, links to pages and topics not built, embeds from another site than a video player or without a title, titles and summaries too long, covers
 * and posters too small, articles dated in another month than their folder, changes dated after the build
 * or no later than their article) and notices (articles scheduled for later,
 * topics waiting for their first article, pins that may be forgotten).
 */
export function checkMessages(
  result: Pick<
    CheckResult,
    | 'unmatched'
    | 'sharedNames'
    | 'linksToUnpublished'
    | 'linksToWithdrawn'
    | 'topicsListingWithdrawn'
    | 'withdrawnTopics'
    | 'linksToUnbuilt'
    | 'otherFrames'
    | 'untitledFrames'
    | 'longFields'
    | 'smallPictures'
    | 'misfiled'
    | 'changedLater'
    | 'changedUnseen'
    | 'scheduled'
    | 'emptyTopics'
    | 'oldPins'
    | 'oldHeadline'
  >,
): { warnings: Warning[]; notices: string[] } {
  return {
    warnings: [
      unmatchedWarning(result.unmatched),
      sharedNamesWarning(result.sharedNames),
      unpublishedLinksWarning(result.linksToUnpublished),
      withdrawnLinksWarning(result.linksToWithdrawn),
      topicsListingWithdrawnWarning(result.topicsListingWithdrawn),
      withdrawnTopicsWarning(result.withdrawnTopics),
      unbuiltLinksWarning(result.linksToUnbuilt),
      otherFramesWarning(result.otherFrames),
      untitledFramesWarning(result.untitledFrames),
      longFieldsWarning(result.longFields),
      smallPicturesWarning(result.smallPictures),
      misfiledWarning(result.misfiled),
      changedLaterWarning(result.changedLater),
      changedUnseenWarning(result.changedUnseen),
    ].filter((w) => w !== undefined),
    notices: [scheduledNotice(result.scheduled), emptyTopicsNotice(result.emptyTopics), oldPinsNotice(result.oldPins), oldHeadlineNotice(result.oldHeadline)].filter(
      (n) => n !== undefined,
    ),
  };
}

/** What the build and the content check say about topics none of whose articles is published yet, some still to come. */
function emptyTopicsNotice(files: readonly string[]): string | undefined {
  if (files.length === 0) return undefined;
  const lines = files.map((file) => `  ${file}`);
  return `${files.length} 个专题还没有已发布的文章，暂不发布（没有专题页，也不在专题列表里），等第一篇文章发布时一起发布：\n${lines.join('\n')}`;
}

/** Scheduled articles (and old pins) shown in full, before “等”. */
const SCHEDULED_SHOWN = 10;

/** Articles with their dates, one `  date file` a line, the first SCHEDULED_SHOWN and a count of the rest. */
function datedLines(articles: readonly { file: string; date: string }[]): string {
  const lines = articles.slice(0, SCHEDULED_SHOWN).map(({ file, date }) => `  ${date} ${file}`);
  if (articles.length > SCHEDULED_SHOWN) lines.push(`  等，共 ${articles.length} 篇`);
  return lines.join('\n');
}

/**
 * What the build and the content check say about pins on articles older than PIN_NOTICE_DAYS:
 * still honoured (editors decide), but a pin nobody remembers would keep an old article on
 * top of its section for good.
 */
export function oldPinsNotice(pins: readonly { file: string; date: string }[]): string | undefined {
  if (pins.length === 0) return undefined;
  return `${pins.length} 篇置顶文章发布已超过 ${PIN_NOTICE_DAYS} 天，仍排在栏目列表最前面；不再需要置顶的，请从 flags 删去 pinned：\n${datedLines(pins)}`;
}

/**
 * What the build and the content check say about a 头条 older than HEADLINE_NOTICE_DAYS that
 * later articles sit under: still honoured (editors decide), but the flag stays until a later
 * article is flagged, and one nobody remembers keeps an old story at the top of the front page.
 */
export function oldHeadlineNotice(headline: { file: string; date: string; newer: number } | undefined): string | undefined {
  if (!headline) return undefined;
  return `首页头条发布已超过 ${HEADLINE_NOTICE_DAYS} 天，之后已发布 ${headline.newer} 篇文章，都排在它下面；要换头条，请给新的头条文章的 flags 加上 headline，或从这篇的 flags 删去 headline（没有文章标 headline 时，最新的一篇是头条）：\n${datedLines([headline])}`;
}

/**
 * What the build and the content check say about articles dated later: they are published by
 * the first build after their date, and a mistyped year would otherwise hold one back unseen.
 */
export function scheduledNotice(scheduled: readonly { file: string; date: string }[]): string | undefined {
  if (scheduled.length === 0) return undefined;
  return `${scheduled.length} 篇文章定时发布，日期到了之后的第一次构建才会发布：\n${datedLines(scheduled)}`;
}

/** Shown in full in the warning: names, and files per name; the rest are counted. */
const NAMES_SHOWN = 30;
const FILES_SHOWN = 3;

/**
 * What the build and the content check say about names two people share: bylines with such a
 * name link to neither person (src/lib/content.ts does not guess who), so an editor adds what
 * tells them apart to one of the names, as bylines would write it. Each person's file is told
 * at its `name`, with the others.
 */
function sharedNamesWarning(shared: ReadonlyMap<string, readonly string[]>): Warning | undefined {
  if (shared.size === 0) return undefined;
  const lines = [...shared].map(([name, files]) => `  ${name}：${files.join('、')}`);
  const shares = (names: string, these: string) => `${names}在人员查询（content/people/）中不止一位，署名中的${these}不会链接到任何一位（无法判断是谁）`;
  return {
    text: `${shares(`以下 ${shared.size} 个姓名`, '这些名字')}：\n${lines.join('\n')}`,
    files: [...shared].flatMap(([name, files]) =>
      files.map((file) => ({
        file,
        field: 'name',
        message: `${shares(`姓名“${name}”`, '这个名字')}；同名的还有 ${files.filter((other) => other !== file).join('、')}`,
      })),
    ),
  };
}

/**
 * The one warning the build prints about byline names that match no person; a few lines however
 * large the archive. Each file is told the names in it.
 */
export function unmatchedWarning(unmatched: ReadonlyMap<string, readonly string[]>): Warning | undefined {
  if (unmatched.size === 0) return undefined;
  const lines = [...unmatched].slice(0, NAMES_SHOWN).map(([name, files]) => {
    const more = files.length > FILES_SHOWN ? ` 等 ${files.length} 篇` : '';
    return `  ${name}:${files.slice(0, FILES_SHOWN).join('、')}${more}`;
  });
  if (unmatched.size > NAMES_SHOWN) lines.push(`  等，共 ${unmatched.size} 个署名`);
  const byFile = Map.groupBy(
    [...unmatched].flatMap(([name, files]) => files.map((file) => ({ name, file }))),
    ({ file }) => file,
  );
  const missing = (names: string) => `${names}在人员查询（content/people/）中找不到，不会链接到人员页面`;
  return {
    text: `${missing(`以下 ${unmatched.size} 个署名`)}：\n${lines.join('\n')}`,
    files: [...byFile].map(([file, names]) => ({
      file,
      field: '',
      message: missing(`署名 ${names.map(({ name }) => name).join('、')} `),
    })),
  };
}
