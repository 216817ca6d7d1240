/**
 * Every schema of the site: articles, sections, people, topics, pages and the site's own identity.
 * Importable without Astro, so the build, `scripts/` and tests apply the same rules.
 * Messages are written for editors, in Chinese, and name the field.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { decodeHTMLStrict } from 'entities';
import { codePoint, firstControlCharacter } from './control-characters.ts';
import { dateAsMeant, formatAsWritten, formatDate, impossibleDate, parseSiteDate, writesTime, zoneProblem } from './dates.ts';
import { BESIDE_ARTICLE } from './images.ts';
import { picturePathMistake } from './picture-path.ts';
import { chineseQuoted, chineseQuotedMessage } from './punctuation.ts';
import { EXCEL_NUMBER, WrittenNumber, excelNumberLost } from './written-number.ts';
import { MIDDLE_DOTS } from './middle-dots.ts';
import { TAG_INDEX_PAGES } from './urls.ts';
import { aliasOf, aliasTooLong } from './old-addresses.ts';
import { BYLINE_TITLES } from './bylines.ts';

/** A slug: the file name of an article, a person or a topic, and a section's id; lower-case ASCII. */
export const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** An article's id, its path under content/articles without the extension: `YYYY/MM/<slug>`. */
export const ARTICLE_ID = `\\d{4}/(?:0[1-9]|1[0-2])/${SLUG}`;
/**
 * An article's address (`/articles/2024/01/x/`, its id the first group): as an old address, that of
 * an article whose file was renamed or moved to another month's folder, which its `aliases` keep.
 * The content check holds it to be no article file's address (Astro would write both pages to one file).
 */
export const ARTICLE_ADDRESS = new RegExp(`^/articles/(${ARTICLE_ID})/$`);

/**
 * What to tell an editor whose value is not text: YAML reads `2026`, `11000123` or `true`
 * unquoted as a number or a yes/no, not as the text they are. A number reading would change
 * (src/lib/written-number.ts) is told as written, never as changed: Excel's notation has lost
 * its last digits, which only the original has.
 */
const notText = (what: string, input: unknown) => {
  if (input instanceof WrittenNumber) {
    return EXCEL_NUMBER.test(input.written)
      ? `${what} ${excelNumberLost(input.written)}：请照原件重新输入完整的号码，并给整个值加上半角引号（写成 "完整号码"）`
      : `${what} 必须是文字：不加引号的 ${input.written} 会被读成数字 ${String(input.value)}：请给整个值加上半角引号，如 "${input.written}"`;
  }
  return typeof input === 'number' || typeof input === 'boolean'
    ? `${what} 必须是文字：全是数字（或 true、false）时请给整个值加上半角引号，如 "${String(input)}"`
    : `${what} 必须是文字`;
};

/** A field's name followed by a space where it ends in its Latin key (题图 cover.image 应…), not after Chinese (图片路径应…). */
const spaced = (what: string) => (/[A-Za-z]$/.test(what) ? `${what} ` : what);

/** How a field is built: `optional` when its file (article, person, page …) may leave it out. */
interface FieldOptions {
  optional?: boolean;
}

/**
 * What a field written with nothing after its colon is told (`summary:`, `summary: ""`, as a
 * template or a CMS export leaves it): a required one that it 不能为空; an optional one that its
 * line may go or be filled in, as 不能为空 would read as if the field had to be there.
 */
function emptyField(what: string, { optional = false }: FieldOptions, fill?: string): string {
  if (!optional) return `${what} 不能为空`;
  const name = what.split(' ')[0];
  const key = what.split(' ').at(-1)!.split('.').at(-1);
  return `${what} 是空的：不写${name}就删去这一行，或${fill ?? `在 ${key}: 后面写上${name}`}`;
}

/**
 * The error of an optional list or block of lines: left blank (`tags:`, as a template leaves
 * it) it is told to go or be filled in as `fill` shows; written otherwise, `wrong`.
 */
const listOrBlockError = (what: string, fill: string, wrong: string) => (iss: { input: unknown }) =>
  iss.input === null ? emptyField(what, { optional: true }, fill) : wrong;

/** 草稿: never published. One rule for articles, topics and pages (单页). */
const draft = z.boolean({ error: '草稿 draft 应为 true 或 false' }).default(false).describe('草稿');

/** A non-empty line of text, trimmed, with no control character in it (control-characters.ts). */
const text = (what: string, options: FieldOptions = {}) =>
  z
    .string({
      error: (iss) => (iss.input === undefined ? `缺少${what}` : iss.input === null ? emptyField(what, options) : notText(what, iss.input)),
    })
    .trim()
    .min(1, { error: emptyField(what, options) })
    .refine((value) => firstControlCharacter(value) === undefined, {
      error: (iss) => {
        const { character, before } = firstControlCharacter(String(iss.input))!;
        const where = before === 0 ? '开头' : `第 ${before} 个字之后`;
        return `${what} 里有看不见的控制字符 ${codePoint(character)}（${where}），多是从旧系统或 Word 复制带来的：读者看不到它，订阅源（RSS）却会因它整个读不出来。请删去它，或重新输入这一行`;
      },
    });

/**
 * A line shown as it is written, where Markdown would show its symbols (标题, 导读, 更正): bold
 * (`**` opening the line or after a space) and links are refused; masks (138****1234, 王**)
 * are text.
 */
const plainText = (what: string, options: FieldOptions = {}) =>
  text(what, options)
    .refine((value) => !/(^|\s)\*\*[^*\s]|\]\(/u.test(value), {
      error: `${what} 按原样显示，不支持 Markdown：请去掉 **加粗** 或 [链接](网址) 的符号`,
    })
    .refine((value) => htmlEntityIn(value) === undefined, {
      error: (iss) => {
        const [entity, character] = htmlEntityIn(String(iss.input))!;
        const instead = /^\s$/u.test(character) ? '空格' : `“${character}”`;
        return `${what} 按原样显示，${entity} 是网页代码（从网页或后台复制来的），读者会看到这几个字符：请写成${instead}`;
      },
    });

/**
 * An HTML entity in a line shown as written (`&nbsp;`, `&ldquo;`, `&#8220;`, as text copied from a
 * web page's source or an old CMS has them) and the character it stands for; a `&` that starts
 * none (`A&B`, `&c`) is text.
 */
function htmlEntityIn(value: string): [entity: string, character: string] | undefined {
  for (const [entity] of value.matchAll(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/giu)) {
    const character = decodeHTMLStrict(entity);
    if (character !== entity) return [entity, character];
  }
  return undefined;
}

/**
 * What makes one value of several: a separator typed between them (a Chinese keyboard's ，or
 * 、, or ；, ; and / as other systems write lists), full-width brackets (［马远征, 张文玉］ is one
 * value to YAML), or ` - ` (a list item indented unlike the others, which YAML reads as the
 * same value going on: 马远征 - 张文玉). `example` is the list as it should be written.
 */
function joinedProblem(what: string, value: string, example: string, separators: RegExp): string | undefined {
  if (/[［］]/.test(value)) return `${what} 用了全角方括号“［］”：多个请写成 ${example}，方括号和逗号都用半角`;
  const separator = separators.exec(value)?.[0];
  if (separator) return `${what} 中有“${separator}”：多个请写成 ${example}，用半角逗号分隔`;
  if (/\s-\s/.test(value)) {
    return `${what} 中有“ - ”：像是列表有一项的缩进和其他项不一样，几项被读成了一项：每项一行、以“- ”开头、缩进相同，或写成 ${example}`;
  }
  return undefined;
}

/** One item of a list (`what`, written as `example`) that may not hold several. */
const listItem = (what: string, example: string, separators: RegExp, problem: (value: string) => string | undefined = () => undefined) =>
  text(what).refine((value) => (problem(value) ?? joinedProblem(what, value, example, separators)) === undefined, {
    error: (iss) => problem(String(iss.input)) ?? joinedProblem(what, String(iss.input), example, separators),
  });

/** A Chinese name: Han characters, and the middle dot of a transcribed one (阿依古丽·买买提). */
const CHINESE_NAME = `\\p{Script=Han}[\\p{Script=Han}${MIDDLE_DOTS}]*\\p{Script=Han}`;
const SPACED_NAMES = new RegExp(`^${CHINESE_NAME}(?:\\s+${CHINESE_NAME})+$`, 'u');
/**
 * What a printed byline puts before names, which the field itself says: 本报记者 张三,
 * 新华社记者罗沙 (no space), 摄影：李四, 文/图 王五.
 */
const BYLINE_TITLE = new RegExp(`^\\S*(?:${BYLINE_TITLES.join('|')})[\\s:：]|^\\S*(?:记者|通讯员|评论员|实习生)\\p{Script=Han}|^(?:文|图|文/图)[\\s:：/]`, 'u');

/**
 * One name of a list. Names joined by a separator are refused (joinedProblem), and so are
 * Chinese names written with a space between them, as bylines print them (马远征 张文玉), and a
 * title before a name (本报记者 张三); a Latin name keeps its space (John Smith).
 */
const nameItem = (what: string) =>
  listItem(what, '[马远征, 张文玉]', /[，、,;；/]/, (value) =>
    chineseQuoted(value) !== undefined
      ? `${what} ${chineseQuotedMessage(chineseQuoted(value)!)}`
      : BYLINE_TITLE.test(value)
      ? `${what} 只写名字，不写“本报记者”“通讯员”等称谓（通讯员写在 correspondents）`
      : SPACED_NAMES.test(value)
        ? `${what} 中几个名字用空格隔开了：多个请写成 [马远征, 张文玉]，用半角逗号分隔（一个名字中间的间隔号请用“·”，如 阿依古丽·买买提）`
        : undefined,
  );

/** The most characters a tag may have (see its schema). */
const MAX_TAG = 60;

/**
 * One tag. Joined tags are refused as names are, but for `/`, which a tag may not have at all;
 * and so is a space inside Chinese (社会 组织): a tag is a folder, /tags/社会%20组织/, apart from
 * /tags/社会组织/.
 */
const tagItem = listItem('标签 tags', '[潍坊, 民政]', /[，、,;；]/, (value) =>
  chineseQuoted(value) !== undefined
    ? `标签 tags ${chineseQuotedMessage(chineseQuoted(value)!)}`
    : /\p{Script=Han}\s+\p{Script=Han}/u.test(value)
    ? `标签“${value}”中间有空格：请去掉空格（${value.replace(/\s+/g, '')}），或分成几个标签，如 [${value.split(/\s+/).join(', ')}]`
    : undefined,
);

/** One name or a list of names, always read as a list without blanks or repeats. */
const names = (what: string, options: FieldOptions = {}) =>
  z
    .union([nameItem(what), z.array(nameItem(what))], {
      error: (iss) => (iss.input === undefined ? `缺少${what}` : iss.input === null ? emptyField(what, options) : `${what} 应为一个名字或名字列表`),
    })
    .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
    .refine((list) => list.length > 0, { error: emptyField(what, options) });

/**
 * How to write the time zone of a date written with one in words (`10:00 北京时间`, `10:00 GMT+8`, `10:00 UTC`):
 * nothing when it is the site's at that time, which a date without one is read in, or else its offset
 * (` +00:00`), each with why; nothing for a date written without one. CST, which is also US Central
 * Time, is said to be read as Beijing time, with the date to write for the other.
 */
function zoneAsWritten(meant: { day: string; time?: string | undefined; offset?: string; cst?: true }, timeZone: string): string {
  if (meant.offset === undefined) return '';
  const wallClock = `${meant.day} ${meant.time ?? ''}`.trim();
  const same = parseSiteDate(wallClock, timeZone)?.getTime() === parseSiteDate(`${wallClock} ${meant.offset}`, timeZone)?.getTime();
  const cst = meant.cst ? `CST 按北京时间，若是美国中部时间请写成 ${wallClock} -06:00；` : '';
  return same ? `（${cst}时区不用写：不写时区即网站的时区 ${timeZone}）` : ` ${meant.offset}（${cst}网站的时区 ${timeZone} 以外的时间，写明时差）`;
}

/**
 * A date in front matter: `2024-01-23 09:08:47`, read in the site's time zone unless it has an
 * offset. With `time`, a day alone (`2026-10-10`) is refused: an article's page shows the time
 * it was published, and a day alone would be shown at an invented 00:00:00.
 */
const siteDate = (timeZone: string, what: string, { time = false, ...options }: FieldOptions & { time?: boolean } = {}) =>
  z
    .union([z.string(), z.date()], {
      error: (iss) =>
        iss.input === undefined
          ? `缺少${what}`
          : iss.input === null
            ? emptyField(what, options)
            : typeof iss.input === 'object'
              ? // [2024-06-05 10:00] was told its very text was unreadable, {…} that “[object Object]” was.
                `${what} 只写一个时间，不加 [ ] 或 { }，如 ${what.split(' ').at(-1)}: 2024-01-23 09:08:47`
              : `${what}“${String(iss.input)}”无法识别，请写成 2024-01-23 09:08:47`,
    })
    .transform((value, ctx) => {
      // date: "" is as empty as date: with nothing after it, not a date “” that cannot be read.
      if (typeof value === 'string' && value.trim() === '') {
        ctx.addIssue({ code: 'custom', message: emptyField(what, options) });
        return z.NEVER;
      }
      const date = value instanceof Date ? value : parseSiteDate(value, timeZone);
      if (!date || Number.isNaN(date.getTime())) {
        // 2024年3月5日, 2024/03/05 10:00: told the very date to write, not an example's.
        const quoted = typeof value === 'string' ? chineseQuoted(value) : undefined;
        if (quoted !== undefined && parseSiteDate(quoted, timeZone)) {
          ctx.addIssue({ code: 'custom', message: `${spaced(what)}${chineseQuotedMessage(quoted)}` });
          return z.NEVER;
        }
        const meant = typeof value === 'string' ? dateAsMeant(quoted ?? value) : undefined;
        // 2024-02-30, 2024-04-31 10:00, 24:00: the form is right, the number is not; an example of the form would not say which.
        const written = typeof value === 'string' ? (quoted ?? value).trim() : undefined;
        const impossible = written !== undefined && !meant ? impossibleDate(written) : undefined;
        if (impossible) {
          ctx.addIssue({ code: 'custom', message: `${what}“${written}”不存在：${impossible}` });
          return z.NEVER;
        }
        // 2026-11-28 09:00-10:30 is a time range, 09:00 +8 an offset without its minutes: each told the date to write.
        const zone = written !== undefined && !meant ? zoneProblem(written) : undefined;
        if (zone) {
          ctx.addIssue({ code: 'custom', message: `${what}“${written}”${zone}` });
          return z.NEVER;
        }
        const write = !meant
          ? '2024-01-23 09:08:47'
          : meant.time
            ? `${meant.day} ${meant.time}${zoneAsWritten(meant, timeZone)}`
            : time
              ? `${meant.day} 09:00（文章页显示发布的时和分，请写上时间）`
              : meant.day;
        // “2024年3月5日 10:00”: the quotes go too, and are not shown inside the message's own.
        const message = quoted !== undefined && meant ? `${spaced(what)}${chineseQuotedMessage(write)}` : `${what}“${quoted ?? String(value)}”无法识别，请写成 ${write}`;
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      if (time && typeof value === 'string' && !writesTime(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `${what}“${value.trim()}”没有写时间：文章页显示发布的时和分，请写上时间，如 ${what.split(' ').at(-1)}: ${value.trim()} 09:00`,
        });
        return z.NEVER;
      }
      return date;
    });

/** Paths the site itself uses: an old address may not take them. */
const RESERVED_PATHS = [
  '/articles/', '/sections/', '/tags/', '/people/', '/archive/', '/topics/', '/pages/', '/search/', '/pagefind/', '/_astro/',
  '/media/', '/rss.xml', '/sitemap', '/robots.txt', '/404.html', '/favicon', '/apple-touch-icon.png', '/share.png', '/old-addresses/',
  '/old-addresses.nginx', '/dead-links.txt',
];

/** An old address as aliases keep it: from one `/` (`//fzbd.cn/…` names a site), with no space or `#`. */
const OLD_ADDRESS = /^\/(?!\/)[^\s#]*$/;

/**
 * What is wrong with the start of an old address: one copied from the browser's address bar with
 * its site (`http://www.fzbd.cn/html/2026/1128/99.html`) is told the part to write, as `npm run import`
 * keeps it (aliasOf), where it was told only to start with `/`.
 */
function oldAddressStart(written: string): string {
  const path = aliasOf(written.trim());
  return path !== written.trim() && path !== '/' && OLD_ADDRESS.test(path)
    ? `旧地址 aliases 只写网址中域名后面的部分（新网站接替旧网站的域名）：请写成 ${path}`
    : '旧地址 aliases 应以 / 开头，且不含空格或 #';
}

/**
 * Old addresses of an article or a section (`aliases`) that must keep working: a plain one
 * becomes a page of its own that sends the reader on; one with a query string
 * (/plus/view.php?aid=123) is looked up by the 404 page.
 */
const oldAddresses = z
  .array(
    z
      .string({ error: '旧地址 aliases 的每一项只写一个地址，如 aliases: [/html/2024/0123/1.html, /plus/view.php?aid=123]' })
      .trim()
      .regex(OLD_ADDRESS, { error: (iss) => oldAddressStart(String(iss.input)) })
      .regex(/(\/|\.s?html?|\?[^?]+)$/, {
        error: '旧地址 aliases 应以 / 或 .html 结尾（静态网站才能当作网页送出），或带 ? 参数，如 /plus/view.php?aid=123',
      })
      .refine((path) => !path.replace(/\?.*$/, '').split('/').includes('..'), { error: '旧地址 aliases 不能含 ..' })
      .refine((path) => aliasTooLong(path) === undefined, { error: (iss) => aliasTooLong(String(iss.input)) })
      .refine((path) => !/^\/(index\.html)?\?/.test(path), {
        error: (iss) => `旧地址“${String(iss.input)}”是首页加参数：静态网站会直接送出首页，无法转到新地址`,
      })
      // An article's own former address is the one old address under /articles/ (ARTICLE_ADDRESS).
      .refine((path) => !['/', '/index.html'].includes(path) && (ARTICLE_ADDRESS.test(path) || !RESERVED_PATHS.some((prefix) => path.startsWith(prefix))), {
        error: (iss) => `旧地址“${String(iss.input)}”与本站现有地址冲突`,
      }),
    { error: listOrBlockError('旧地址 aliases', '写成 aliases: [/html/2024/0123/1.html]', '旧地址 aliases 应为列表，如 [/html/2024/0123/1.html]') },
  )
  .default([]);

/**
 * A web page rather than a video file: a page's extension (.html, .php …), or a video site's
 * page (v.qq.com, bilibili.com, youku.com, ixigua.com, douyin.com, weibo.com, WeChat articles, YouTube).
 */
const VIDEO_PAGE =
  /^[^?#]*\.(s?html?|php|aspx?|jsp)(?:[?#]|$)|^https:\/\/([\w-]+\.)*(v\.qq\.com|bilibili\.com|b23\.tv|youku\.com|ixigua\.com|douyin\.com|weibo\.com|mp\.weixin\.qq\.com|youtube\.com|youtu\.be)(\/|$)/i;

/** Flags an editor sets; Chinese names are accepted as well. */
const FLAGS = { headline: '头条', featured: '推荐', ticker: '滚动', pinned: '置顶' } as const;
type Flag = keyof typeof FLAGS;
/** The flags as an editor is told them: headline 头条、featured 推荐 … */
const FLAG_LIST = Object.entries(FLAGS)
  .map(([key, zh]) => `${key} ${zh}`)
  .join('、');
const flagNames = new Map<string, Flag>(
  Object.entries(FLAGS).flatMap(([key, zh]) => [
    [key, key as Flag],
    [zh, key as Flag],
  ]),
);


/** Whether a 来源 is the outlet itself: its name, a bureau (法治报道青川记者站), or 本报, 本网, 本台, 本站. */
const ownSource = (source: string, siteName: string) => source.startsWith(siteName) || /^本(报|网|台|站)/.test(source);

/**
 * A flag written as a field of its own, as `draft` is (`pinned: true`, `置顶: 是`), or as other
 * systems name 置顶 (WordPress `sticky`, Hexo `top`): where it goes, from FLAGS.
 */
function flagFieldHints(): Record<string, string> {
  const hints: Record<string, string> = {};
  for (const [key, zh] of Object.entries(FLAGS)) hints[key] = hints[zh] = `${zh}写在 flags：flags: [${key}]（几个标记写在一起，如 [headline, ${key === 'headline' ? 'featured' : key}]）`;
  hints['sticky'] = hints['top'] = hints['pinned']!;
  return hints;
}

const WITHDRAWN_HINT = '撤稿写在 withdrawn，写成两行：date: 撤稿时间 和 reason: 撤稿原因（只供编辑部留档，读者看不到）';

/**
 * Fields an article has in other systems (Hugo, Jekyll, WordPress exports, DedeCMS), and where
 * their content goes here: said instead of “spelling mistake?” when an editor writes one.
 */
export const ARTICLE_FIELD_HINTS: Readonly<Record<string, string>> = {
  ...flagFieldHints(),
  撤稿: WITHDRAWN_HINT,
  withdraw: WITHDRAWN_HINT,
  photographer: '摄影写在题图的 cover.credit（如 credit: 唐一鸣 摄），正文图片写在图片说明里',
  description: '导读写在 summary',
  excerpt: '导读写在 summary',
  category: '栏目写在 section（一个栏目 id，见 content/sections.yaml）',
  categories: '栏目写在 section（一个栏目 id，见 content/sections.yaml）',
  keywords: '关键词写在 tags',
  image: '题图写在 cover（image: ./photo.jpg 和 alt: 图片描述）',
  thumbnail: '题图写在 cover（image: ./photo.jpg 和 alt: 图片描述）',
  litpic: '题图写在 cover（image: ./photo.jpg 和 alt: 图片描述）',
  writer: '作者写在 author',
  authors: '作者写在 author（一个名字或列表）',
  reporter: '作者写在 author',
  lastmod: '更新时间写在 updated',
  modified: '更新时间写在 updated',
  publishDate: '发布时间写在 date',
  pubDate: '发布时间写在 date',
  slug: '文章地址由文件名决定（articles/年/月/文件名.md）；旧地址写在 aliases',
  url: '文章地址由文件名决定（articles/年/月/文件名.md）；旧地址写在 aliases',
};

/** A section as an article names it (by `id`) and editors know it (by `name`). */
export type SectionName = Pick<SectionData, 'id' | 'name'>;

/** The sections as an editor is told them, with their names: today（今日资讯）、law（法治要闻）. */
export const sectionChoices = (sections: readonly SectionName[]) => sections.map(({ id, name }) => `${id}（${name}）`).join('、');

/**
 * What is wrong with an article's `section`: not an id of `sections`. One written by its name
 * (法治要闻), as editors call it, or in capitals (Law), is told the id to write.
 */
export function sectionProblem(section: string, sections: readonly SectionName[]): string | undefined {
  if (sections.some(({ id }) => id === section)) return undefined;
  const quoted = chineseQuoted(section);
  if (quoted !== undefined) {
    const id = sections.find(({ id, name }) => id === quoted.toLowerCase() || name === quoted)?.id;
    return id ? `栏目 section ${chineseQuotedMessage(id)}` : `栏目“${quoted}”不存在，可选：${sectionChoices(sections)}`;
  }
  const written = section.trim();
  // section: "" is as empty as section: with nothing after it.
  if (written === '') return emptyField('栏目 section', {});
  const named = sections.find(({ name }) => name === written);
  if (named) return `栏目请写 id：${written} 是 ${named.id}`;
  const cased = sections.find(({ id }) => id === written.toLowerCase());
  if (cased) return `栏目 id 只用小写字母：“${written}”请写成 ${cased.id}`;
  return `栏目“${section}”不存在，可选：${sectionChoices(sections)}`;
}

/**
 * What an article's `section` that is not one piece of text is told: missing or empty as any field
 * is; a list (`section: [law]`, `[law, local]`) that an article has one section; a number (an old
 * system's category, `section: 12`) as a section that does not exist. Each was told 缺少栏目.
 */
function sectionNotText(input: unknown, sections: readonly SectionName[] | undefined): string {
  if (input === undefined) return '缺少栏目 section';
  if (input === null) return emptyField('栏目 section', {});
  if (Array.isArray(input)) {
    const first = input.find((item): item is string => typeof item === 'string' && sections?.some(({ id }) => id === item) === true) ?? sections?.[0]?.id ?? 'law';
    return `栏目 section 只写一个栏目 id，不是列表：如 section: ${first}（文章只属于一个栏目；相关的文章用 tags 或专题连起来）`;
  }
  const written = input instanceof WrittenNumber ? input.written : String(input);
  return (typeof input === 'object' && !(input instanceof WrittenNumber)) || sections === undefined
    ? `栏目 section 应写一个栏目 id${sections ? `，可选：${sectionChoices(sections)}` : ''}`
    : (sectionProblem(written, sections) ?? `栏目 section 应写一个栏目 id`);
}

interface ArticleSchemaOptions<Image extends z.ZodType> {
  /**
   * The sections of `content/sections.yaml`; an article in any other fails. Undefined when
   * that file is itself broken: the check then names it alone, not every article.
   */
  sections: readonly SectionName[] | undefined;
  /** The site's time zone, for dates without an offset. */
  timeZone: string;
  /** The site's name: an article of the outlet's own (来源 法治报道, 法治报道青川记者站) must name its authors. */
  siteName: string;
  /** Schema of a local image path: Astro's `image()` in the build, a string check elsewhere. */
  image: Image;
}

/**
 * A local image: a path relative to the content file that names it (`file`, as editors are told).
 * A picture's web address is not one: the site publishes only pictures it has.
 */
const imagePath = (what: string, file = '文章文件') =>
  z
    .string({ error: `缺少${what}` })
    // Not `.\photo.jpg` either: a Windows path names no file on the server (picture-path.ts).
    .refine((src) => BESIDE_ARTICLE.test(src) && !src.includes('\\'), {
      error: (iss) =>
        /^https?:\/\//i.test(String(iss.input))
          ? `${spaced(what)}是网址：网站只发布放在${file}旁边的图片，请先把图片下载到${file}旁边，再写成 ./图片文件名`
          : `${spaced(what)}${picturePathMistake(String(iss.input), file) ?? `应相对于${file}，以 ./ 或 ../ 开头`}`,
    })
    .describe(`图片路径，相对于${file}，如 ./cover.jpg`);

/** A local image of any content file, where Astro's `image()` is not at hand (scripts check it exists). */
export const localImagePath = imagePath('图片路径', '所在文件');

/** Every field of an article, images as paths. Built once per site: see articleSchema. */
function articleBase(sections: readonly SectionName[] | undefined, timeZone: string, siteName: string) {
  return z.strictObject({
    /** 标题 */
    title: plainText('标题 title').describe('标题'),
    /** 副标题 or 肩题, shown under the title. */
    subtitle: plainText('副标题 subtitle', { optional: true }).optional().describe('副标题'),
    /** Publication time. Without an offset it is the site's time zone. */
    date: siteDate(timeZone, '发布时间 date', { time: true }).describe('发布时间，要写到时分，如 2024-01-23 09:08:47'),
    /** Last substantive update, shown as 更新 in the meta line. */
    updated: siteDate(timeZone, '更新时间 updated', { optional: true }).optional().describe('更新时间'),
    /** 栏目: an id from content/sections.yaml. */
    section: z
      .string({ error: (iss) => sectionNotText(iss.input, sections) })
      .refine((id) => sections === undefined || sectionProblem(id, sections) === undefined, {
        error: (iss) => sections && sectionProblem(String(iss.input), sections),
      })
      .describe('栏目 id（见 content/sections.yaml）'),
    /** 来源 */
    source: text('来源 source').describe('来源'),
    /** 原标题 and 原文链接 of an article reposted from another outlet, which a repost must name. */
    original: z
      .strictObject(
        {
          title: text('原标题 original.title', { optional: true }).optional(),
          url: text('原文链接 original.url', { optional: true })
            .regex(/^https?:\/\/\S+$/i, { error: '原文链接 original.url 应是以 https:// 开头的网址' })
            .optional(),
        },
        { error: listOrBlockError('转载信息 original', '在下面写上 title: 原标题（可加 url: 原文链接）', '转载信息 original 应写成几行：title: 原标题（可加 url: 原文链接）') },
      )
      .refine((original) => original.title || original.url, { error: '转载信息 original 至少要写 title（原标题）或 url（原文链接）' })
      .optional()
      .describe('转载：原标题和原文链接'),
    /** 作者: one name or a list; a repost (来源 another outlet) may have none: see the refinement below. */
    author: names('作者 author').optional().describe('作者，一个名字或列表；转载稿可不写'),
    /** 电头, e.g. 法治报道讯 */
    dateline: text('电头 dateline', { optional: true }).optional().describe('电头，如 法治报道讯'),
    /** 通讯员, shown in the dateline. */
    correspondents: names('通讯员 correspondents', { optional: true }).optional().describe('通讯员'),
    /** 责任编辑 */
    editor: names('责任编辑 editor').describe('责任编辑'),
    /** 导读; without it the first paragraph of the body is used. */
    summary: plainText('导读 summary', { optional: true }).optional().describe('导读；不写则取正文第一段'),
    /**
     * Not written by editors: the text of the body's first paragraph, which the loader
     * (summary.ts) gives an article without `summary`, for listings, feeds and search results.
     */
    firstParagraph: z.string().optional().describe('由构建填写，不用写'),
    /**
     * Not written by editors: the body's pictures, which the loader (body-picture.ts) gives an
     * article with neither cover nor video, to share one in their place.
     */
    bodyPictures: z.array(z.strictObject({ image: imagePath('正文图片'), alt: z.string() })).optional().describe('由构建填写，不用写'),
    /** 标签, trimmed, repeats removed; each is a folder in /tags/<tag>/. */
    tags: z
      .array(
        tagItem
          .regex(/^[^/\\?#%]*$/, { error: '标签不能含 / \\ ? # %' })
          .refine((tag) => tag !== '.' && tag !== '..', { error: '标签不能是 . 或 ..' })
          // /tags/index.html/ is a folder where the tag list's own file is: Astro stopped on it in English (EISDIR).
          .refine((tag) => tag.toLowerCase() !== 'index.html', { error: '标签不能是 index.html：它是标签总页的文件名' })
          // /tags/page/2/ is the tag index's page 2 (tagsUrl): a tag of that name would be a second page at its address.
          .refine((tag) => tag.toLowerCase() !== TAG_INDEX_PAGES, { error: `标签不能是 ${TAG_INDEX_PAGES}：/tags/${TAG_INDEX_PAGES}/2/ 是标签总页第 2 页的地址` })
          // A tag is a folder, whose name a disk holds to 255 bytes (85 Chinese characters): Astro stopped in English (ENAMETOOLONG).
          // MAX_TAG characters of up to 4 bytes each stay within it.
          .refine((tag) => [...tag].length <= MAX_TAG, {
            error: (iss) => `标签有 ${[...String(iss.input)].length} 个字，太长了：标签是关键词，最多 ${MAX_TAG} 个字（长的说法请写进标题或导读）`,
          }),
        { error: listOrBlockError('标签 tags', '写成 tags: [潍坊, 民政]', '标签 tags 应为列表，如 [潍坊, 民政]') },
      )
      .transform((list) => [...new Set(list)])
      .default([])
      .describe('标签列表'),
    /** 题图 */
    cover: z
      .strictObject(
        {
          image: imagePath('题图 cover.image'),
          alt: text('题图说明 cover.alt').describe('图片的文字描述（读屏软件朗读）'),
          caption: text('图片说明 cover.caption', { optional: true }).optional(),
          credit: text('图片来源 cover.credit', { optional: true }).optional(),
        },
        { error: listOrBlockError('题图 cover', '在下面写上 image: ./photo.jpg 和 alt: 图片描述（可加 caption、credit）', '题图 cover 应写成几行：image: ./photo.jpg 和 alt: 图片描述（可加 caption、credit）') },
      )
      .optional()
      .describe('题图'),
    /** 视频: an HTML5 player above the body. */
    video: z
      .strictObject(
        {
          src: text('视频地址 video.src')
            // Not http://: an https page may not play it (mixed content).
            .regex(/^(\/(?!\/)|https:\/\/)/i, { error: '视频地址 video.src 应以 / 开头（public/ 下的文件，如 /media/x.mp4）或以 https:// 开头（http:// 的视频在 https 网页里无法播放）' })
            // The address of a video site's page, copied from the browser, is not a file a player can play.
            .refine((src) => !VIDEO_PAGE.test(src), {
              error: '视频地址 video.src 是一个网页，不是视频文件，播放器放不出来：请写 .mp4 文件的地址；腾讯视频、哔哩哔哩等网站上的视频请用它们给的 <iframe> 嵌入代码放进正文',
            })
            .describe('视频文件地址（/ 开头或 https://）'),
          poster: imagePath('视频封面 video.poster'),
          caption: text('视频说明 video.caption', { optional: true }).optional(),
          /** 字幕: what is said, for readers who cannot hear it (WCAG 1.2.2), shown on the video from the start. */
          captions: text('视频字幕 video.captions', { optional: true })
            // A file of the site's own: a player reads another site's captions only when that site allows it (CORS), and then the video too.
            .regex(/^\/(?!\/)[^?#]*\.vtt$/i, { error: '视频字幕 video.captions 应是 public/ 下的 WebVTT 字幕文件，以 / 开头、以 .vtt 结尾，如 /media/x.vtt' })
            .optional()
            .describe('字幕文件地址（public/ 下的 .vtt，/ 开头）'),
        },
        { error: listOrBlockError('视频 video', '在下面写上 src: /media/x.mp4 和 poster: ./poster.jpg（可加 caption）', '视频 video 应写成几行：src: /media/x.mp4 和 poster: ./poster.jpg（可加 caption）') },
      )
      .optional()
      .describe('视频'),
    /** headline 头条, featured 推荐, ticker 滚动, pinned 置顶 (first in its section's listing: src/lib/pinned.ts). */
    flags: z
      .array(
        z.string({ error: `标记 flags 的每一项只写一个标记，如 flags: [headline, featured]（可选：${FLAG_LIST}）` }).transform((flag, ctx) => {
          const key = flagNames.get(flag.trim());
          if (!key) {
            ctx.addIssue({
              code: 'custom',
              message: `未知标记“${flag}”，可选：${FLAG_LIST}`,
            });
            return z.NEVER;
          }
          return key;
        }),
        { error: listOrBlockError('标记 flags', '写成 flags: [headline, featured]', '标记 flags 应为列表，如 [headline, featured]') },
      )
      .transform((list) => [...new Set(list)])
      .default([])
      .describe(`标记：${FLAG_LIST}`),
    /** A draft is never published; `npm run dev` shows it marked as a draft. */
    draft,
    /**
     * 撤稿: a published article taken down (a court order, a 更正 that became a 撤稿, privacy).
     * It leaves every list, its address and old addresses answer 404 (the 404 page tells
     * readers it was withdrawn) and are listed for Baidu's 死链提交. `reason` is the newsroom's
     * record, never shown to readers.
     */
    withdrawn: z
      .strictObject(
        {
          date: siteDate(timeZone, '撤稿时间 withdrawn.date').describe('撤稿时间，如 2024-02-01 10:00'),
          reason: text('撤稿原因 withdrawn.reason').describe('撤稿原因，只供编辑部留档，读者看不到'),
        },
        { error: listOrBlockError('撤稿 withdrawn', '在下面写上两行 date: 撤稿时间 和 reason: 撤稿原因', '撤稿 withdrawn 应写成两行：date: 撤稿时间 和 reason: 撤稿原因（只供编辑部留档，读者看不到）') },
      )
      .optional()
      .describe('撤稿'),
    /** Old URLs of this article that must keep working. */
    aliases: oldAddresses.describe('旧地址，发布后仍可访问并跳转到本文'),
    /** 更正: dated notes shown under the article. */
    corrections: z
      .array(
        z.strictObject(
          {
            date: siteDate(timeZone, '更正时间 corrections.date'),
            text: plainText('更正内容 corrections.text'),
          },
          // One line (- 2026-11-07 10:00 原稿有误) is one text to YAML. An unknown key is named by problemsFrom.
          { error: '更正 corrections 的每一条写成两行：- date: 更正时间，下一行与 date 对齐写 text: 更正内容' },
        ),
        { error: listOrBlockError('更正 corrections', '在下面写上 - date: 更正时间 和 text: 更正内容', '更正 corrections 应为列表，每条写成 - date: 更正时间 和 text: 更正内容') },
      )
      .default([])
      .describe('更正说明'),
  }).refine((data) => data.author !== undefined || !ownSource(String(data.source), siteName), {
    path: ['author'],
    error: '缺少作者 author：本站稿件须署名；转载稿的来源 source 写原媒体（如 新华社），可不写作者',
    // Named with the other problems of the file, not only once they are mended.
    when: () => true,
  }).superRefine((data, ctx) => {
    // An update or a correction on a day before publication is a mistyped year or month
    // (2025 for 2026), which readers would see in the meta line and under the article.
    const day = (date: Date) => formatDate(date, timeZone);
    const before = (what: string, date: Date) =>
      `${what}（${formatAsWritten(date, timeZone)}）早于发布时间 date（${formatAsWritten(data.date, timeZone)}）：请检查年份和月份`;
    if (data.updated && day(data.updated) < day(data.date)) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: before('更新时间 updated', data.updated) });
    }
    data.corrections.forEach((correction, index) => {
      if (day(correction.date) < day(data.date)) {
        ctx.addIssue({ code: 'custom', path: ['corrections', index, 'date'], message: before('更正时间 corrections.date', correction.date) });
      }
    });
    if (data.withdrawn && day(data.withdrawn.date) < day(data.date)) {
      ctx.addIssue({ code: 'custom', path: ['withdrawn', 'date'], message: before('撤稿时间 withdrawn.date', data.withdrawn.date) });
    }
    // A draft's address is not answered at all and is not listed for Baidu: the old way of
    // taking an article down, which a withdrawal replaces.
    if (data.withdrawn && data.draft) {
      ctx.addIssue({
        code: 'custom',
        path: ['draft'],
        message: '已撤稿的文章不要再写 draft: true，请删去这一行（撤稿的文章地址会告诉读者已撤稿，并列入百度死链提交的列表）；从未发布过的草稿不用撤稿，删去 withdrawn 即可',
      });
    }
  });
}
const bases = new Map<string, ReturnType<typeof articleBase>>();

/**
 * Front matter of one article (`content/articles/YYYY/MM/<slug>.md`), with its image paths
 * passed through `image` (Astro's `image()` in the build). Astro asks for a schema for every
 * entry, each with its own `image()`; building the whole schema each time cost 18 s at
 * 10,000 articles, so the fields are built once and only this last step is per entry.
 */
export function articleSchema<Image extends z.ZodType>({ sections, timeZone, siteName, image }: ArticleSchemaOptions<Image>) {
  const key = `${timeZone}|${siteName}|${sections?.map(({ id, name }) => `${id}:${name}`).join('|')}`;
  let base = bases.get(key);
  if (!base) bases.set(key, (base = articleBase(sections, timeZone, siteName)));
  return base.transform((data, ctx) => {
    const resolve = (value: string, path: (string | number)[]): z.output<Image> => {
      const result = image.safeParse(value);
      if (result.success) return result.data;
      for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [...path, ...issue.path] } as never);
      return z.NEVER;
    };
    const { cover, video, bodyPictures, author = [], ...rest } = data;
    return {
      ...rest,
      author,
      ...(cover && { cover: { ...cover, image: resolve(cover.image, ['cover', 'image']) } }),
      ...(video && { video: { ...video, poster: resolve(video.poster, ['video', 'poster']) } }),
      ...(bodyPictures && { bodyPictures: bodyPictures.map((picture, index) => ({ ...picture, image: resolve(picture.image, ['bodyPictures', index, 'image']) })) }),
    };
  });
}

/** An article's front matter as pages see it: images resolved by Astro. */
export type ArticleData = z.output<ReturnType<typeof articleSchema<z.ZodType<ImageMetadata>>>>;

/** One section (栏目) in content/sections.yaml. */
export const sectionSchema = z.strictObject({
  /** URL id: /sections/<id>/ */
  id: z
    .string({ error: '缺少栏目 id' })
    .regex(new RegExp(`^${SLUG}$`), { error: '栏目 id 只能用小写字母、数字和 -' }),
  /** 栏目名称 */
  name: text('栏目名称 name'),
  /** Order in navigation and on the front page; smaller first. */
  order: z.preprocess(
    (order) => (order instanceof WrittenNumber ? order.value : order),
    z
      .number({ error: (iss) => (iss.input === undefined ? '缺少排序 order：请写 order: 数字，越小越靠前' : iss.input === null ? '排序 order 不能为空：请写数字，越小越靠前' : '排序 order 应为数字') })
      .int({ error: (iss) => `排序 order ${String(iss.input)} 应为整数，如 ${Math.ceil(Number(iss.input))}` }),
  ),
  /** One line about the section. */
  description: text('栏目简介 description', { optional: true }).optional(),
  /** Old URLs of the section's list (DedeCMS's /plus/list.php?tid=3, /a/difang/) that must keep working. */
  aliases: oldAddresses,
});
export type SectionData = z.output<typeof sectionSchema>;

export const sectionsFileSchema = z
  .array(sectionSchema, { error: 'sections.yaml 应为栏目列表' })
  .min(1, { error: '至少需要一个栏目' })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    // Two sections of one order are placed by where they stand in the file: an order changed to
    // move a section up (video from 6 to 5, beside opinion's 5) would change nothing.
    const ordered = new Map<number, SectionData>();
    list.forEach((section, index) => {
      if (seen.has(section.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `栏目 id“${section.id}”重复` });
      }
      seen.add(section.id);
      const before = ordered.get(section.order);
      if (before) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'order'],
          message: `排序 order ${section.order} 与栏目 ${before.id}（${before.name}）相同：导航和首页按 order 从小到大排列，请给每个栏目不同的 order`,
        });
      } else ordered.set(section.order, section);
    });
  });

/**
 * Roles people have at the outlet, in the order they are shown everywhere: the directory's
 * groups, and a person's roles on a card, a profile or its description (编辑、责任编辑 for
 * everyone who has both, whatever order their file lists them in).
 */
export const ROLES = ['记者', '编辑', '责任编辑', '通讯员', '摄影'] as const;

/** What a person's roles are written as. */
const ROLES_HINT = `请写成 roles: [记者]，可选 ${ROLES.join('、')}，几个用半角逗号分隔，如 [编辑, 责任编辑]`;

/** One person in content/people/<id>.yaml: the 人员查询 directory. */
export function personSchema<Image extends z.ZodType>({ image }: { image: Image }) {
  return z.strictObject({
    /** 姓名, as it appears in bylines. */
    name: text('姓名 name'),
    /** 角色 */
    roles: z
      .array(z.enum(ROLES, { error: `角色应为 ${ROLES.join('、')} 之一` }), {
        // Left out or left empty, as other required fields are told: what is missing, and what to write.
        error: (iss) =>
          iss.input === undefined
            ? `缺少角色 roles：${ROLES_HINT}`
            : iss.input === null
              ? `角色 roles 不能为空：${ROLES_HINT}`
              : `角色 roles 应为列表：${ROLES_HINT}`,
      })
      .min(1, { error: '角色 roles 至少一个' })
      // In ROLES' order, each once, so no page has to sort them.
      .transform((roles) => ROLES.filter((role) => roles.includes(role))),
    /** 职务 */
    title: text('职务 title', { optional: true }).optional(),
    /** 单位 */
    affiliation: text('单位 affiliation', { optional: true }).optional(),
    /** 简介 */
    bio: text('简介 bio', { optional: true }).optional(),
    /** 照片,相对于人员文件 */
    photo: image.optional(),
    /** 记者证号 or 工作证号, so readers can check a credential. */
    credential: z
      .strictObject({
        kind: z.enum(['记者证号', '工作证号'], { error: '证件类型应为 记者证号 或 工作证号' }),
        number: text('证件号 credential.number'),
      }, { error: '证件 credential 应写成几行：kind: 记者证号（或 工作证号）和 number: 证件号' })
      .optional(),
    /** 在职 or 离职 */
    status: z.enum(['在职', '离职'], {
      error: (iss) => (iss.input === undefined ? '缺少状态 status：请写 status: 在职（或 离职）' : '状态 status 应为 在职 或 离职'),
    }),
  }, {
    // A file left empty (or only comments), one person written as a list item (- name: …), or a name alone.
    error: (iss) => `${iss.input === null || iss.input === undefined ? '文件是空的' : '人员文件的内容应是“字段: 值”，每行一个，不以 - 开头'}：${PERSON_EXAMPLE}`,
  });
}

/** What a person's file holds, for an editor whose file holds something else. */
const PERSON_EXAMPLE = '请写成 name: 马远征、roles: [记者]、status: 在职 这样的几行（可加 title、affiliation、bio、photo、credential）';

/** An internal path, an http(s) URL, or a mailto: or tel: link. */
const link = z
  .string({ error: (iss) => (iss.input === undefined ? '缺少链接 href' : "链接 href 应为文字，如 '/topics/'") })
  .regex(/^(\/|https?:\/\/|mailto:|tel:)/, { error: '链接应以 /、https://、mailto: 或 tel: 开头' });

/** The outlet's identity: src/site.config.ts. */
export const siteConfigSchema = z.strictObject({
  /** 网站名称 */
  name: text('网站名称 name'),
  /** One line describing the site, for search engines and feeds. */
  description: text('网站简介 description'),
  /** Public address, e.g. https://www.example.cn */
  url: z.url({ error: '网站地址 url 应为完整网址' }),
  /** Language of every page. */
  lang: z.literal('zh-CN', { error: '语言 lang 应为 zh-CN' }).default('zh-CN'),
  /** IANA time zone every date is shown in. */
  timeZone: z
    .string({ error: '时区 timeZone 应为文字，如 Asia/Shanghai' })
    .refine(
      (zone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      },
      { error: (iss) => `时区“${String(iss.input)}”无效，如 Asia/Shanghai` },
    )
    .default('Asia/Shanghai'),
  /** Header navigation after the sections, e.g. 人员查询. */
  navigation: z.array(z.strictObject({ label: text('导航名称 label'), href: link }), {
    error: "导航 navigation 应为列表，如 [{ label: '专题', href: '/topics/' }]",
  }),
  /** 广播电视节目制作经营许可证, ICP 备案号, 公网安备号, 监督电话, 总编邮箱. */
  footer: z.strictObject(
    {
      /** One licence or a list (广播电视节目制作经营许可证, 互联网新闻信息服务许可证 …), a line each. */
      licence: z
        .union([text('许可证 licence'), z.array(text('许可证 licence')).min(1)], { error: '许可证 licence 应为一行文字或几行的列表' })
        .transform((value) => (Array.isArray(value) ? value : [value])),
      icp: z.strictObject({ label: text('ICP 备案号'), href: link }, { error: "ICP 备案 footer.icp 应写成 { label: '京ICP备…号', href: 'https://beian.miit.gov.cn/' }" }),
      police: z.strictObject({ label: text('公网安备号'), href: link }, { error: "公网安备 footer.police 应写成 { label: '京公网安备…号', href: 'https://www.beian.gov.cn/…' }" }),
      phones: z
        .array(text('监督电话'), { error: "监督电话 footer.phones 应为列表，如 ['010-57027107']" })
        .min(1, { error: '监督电话 footer.phones 至少要写一个号码' }),
      email: z.email({ error: '总编邮箱 email 格式不对' }),
      /**
       * 单页 linked in the footer, in this order, by file name (content/pages/<name>.md), each
       * shown as its title; the content check refuses a name with no page.
       */
      pages: z
        .array(z.string({ error: '页脚页面 footer.pages 应为页面文件名' }).regex(new RegExp(`^${SLUG}$`), { error: (iss) => `页脚页面“${String(iss.input)}”应为页面的文件名（不含 .md），如 about` }), {
          error: '页脚页面 footer.pages 应为列表，如 [about, contact]',
        })
        .refine((list) => new Set(list).size === list.length, { error: '页脚页面 footer.pages 中有重复的页面' })
        .default([]),
    },
    { error: '页脚 footer 应写成 { licence: …, icp: …, police: …, phones: […], email: … }' },
  ),
  /** Articles per page in listings. */
  pageSize: z
    .number({ error: '每页文章数 pageSize 应为数字，如 20（不加引号）' })
    .int({ error: '每页文章数 pageSize 应为整数，如 20' })
    .min(1, { error: '每页文章数 pageSize 至少为 1' })
    .default(20),
});

/** How a topic (or one part of it) chooses its articles: by tag, or by a list of ids. */
const topicSelection = {
  /** Every published article with this tag. */
  tag: text('标签 tag').optional(),
  /** These articles, in this order: ids like 2024/01/weifang-minzheng. */
  articles: z.array(text('文章 id articles'), { error: '文章 articles 应为文章 id 列表' }).min(1, { error: '文章 articles 至少要有一篇：写上文章 id，如 [2024/01/weifang-minzheng]' }).optional(),
};

/** Exactly one of `tag` and `articles`. */
const oneSelection = (value: { tag?: string | undefined; articles?: string[] | undefined }) =>
  (value.tag === undefined) !== (value.articles === undefined);

/** A special topic (专题) in content/topics/<id>.md; its body is the introduction. */
export function topicSchema<Image extends z.ZodType>({ image, timeZone }: { image: Image; timeZone: string }) {
  const part = z
    .strictObject(
      { title: text('部分标题 parts.title'), ...topicSelection },
      { error: '部分 parts 的每一项写成几行：- title: 部分标题，下一行与 title 对齐写 tag: 标签（或 articles: [文章 id]）' },
    )
    .refine(oneSelection, { error: '每个部分用 tag 或 articles 二选一选文章' });
  return z
    .strictObject({
      /** 专题名称 */
      title: text('专题名称 title'),
      /** One paragraph shown in the topic list and under the title. */
      description: text('专题简介 description'),
      /** When the topic was opened; orders the topic list. */
      date: siteDate(timeZone, '创建时间 date'),
      cover: z
        .strictObject(
          { image, alt: text('题图说明 cover.alt') },
          { error: listOrBlockError('题图 cover', '在下面写上 image: ./photo.jpg 和 alt: 图片描述', '题图 cover 应写成几行：image: ./photo.jpg 和 alt: 图片描述') },
        )
        .optional(),
      ...topicSelection,
      /** Named parts (e.g. 最新进展, 深度报道, 评论), each with its own selection. */
      parts: z.array(part, { error: '部分 parts 应为列表' }).min(1, { error: '部分 parts 至少要有一项' }).optional(),
      draft,
    })
    .refine(
      (topic) => [topic.tag, topic.articles, topic.parts].filter((v) => v !== undefined).length === 1,
      { error: '专题用 tag、articles 或 parts 三者之一选文章' },
    );
}
export type TopicData = z.output<ReturnType<typeof topicSchema<z.ZodType<ImageMetadata>>>>;

/**
 * Fields an article has that a page does not, and where their content goes on a page (or
 * that it has none): said instead of “spelling mistake?”.
 */
export const PAGE_FIELD_HINTS: Readonly<Record<string, string>> = {
  date: '页面没有发布时间：修改后写更新时间 updated',
  summary: '页面简介写在 description',
  author: '页面不署名',
  editor: '页面不署名',
  section: '页面不属于栏目',
  tags: '页面没有标签',
  aliases: '页面没有旧地址 aliases',
  withdrawn: '页面不撤稿：不再需要的页面，删去它的文件（页脚 footer.pages 里有它的，一并删去）',
  flags: '页面没有标记：头条、推荐、滚动、置顶只用于文章',
  slug: '页面地址由文件名决定（pages/文件名.md → /pages/文件名/）',
  url: '页面地址由文件名决定（pages/文件名.md → /pages/文件名/）',
};

/** An article's fields in a topic's file: an article saved under topics/ is told so once a field, not “spelling mistake?”. */
const ARTICLE_IN_TOPICS = '这是文章的字段，专题没有：这个文件像是一篇文章，文章请放在 articles/年/月/ 下（专题用 tag 或 articles 选文章）';

/** Fields an article has that a topic does not, and what they say there (see ARTICLE_IN_TOPICS). */
export const TOPIC_FIELD_HINTS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    ['section', 'author', 'editor', 'source', 'subtitle', 'dateline', 'correspondents', 'original', 'video', 'flags', 'updated', 'corrections', 'aliases', 'withdrawn'].map(
      (key) => [key, ARTICLE_IN_TOPICS],
    ),
  ),
  tags: '专题按一个标签选文章，写 tag（单数），如 tag: 社会组织',
  summary: '专题简介写在 description',
};

/** A standalone page (单页: 关于我们, 联系我们, 投稿须知 …) in content/pages/<name>.md; its body is the page. */
export function pageSchema({ timeZone }: { timeZone: string }) {
  return z.strictObject({
    /** 标题, also the page's link in the footer. */
    title: plainText('标题 title').describe('标题'),
    /** One line for search engines and share cards; the site's description otherwise. */
    description: plainText('简介 description', { optional: true }).optional().describe('简介，供搜索引擎和分享卡片使用'),
    /** Last change, shown as 更新时间 (as written: a day without a time shows no time). */
    updated: siteDate(timeZone, '更新时间 updated', { optional: true }).optional().describe('更新时间'),
    /** A draft page is never published. */
    draft,
  });
}
