/**
 * What an article's body asks of the build, read with the parser the build renders it with
 * (Sätteri), so that every mistake is told to the editor in Chinese, with its line, before
 * Astro starts: MDX syntax, `{…}` and `import` in .mdx, scripts, pictures beside the file,
 * addresses that run on into the Chinese after them, links to other articles, videos.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { decodeHTML } from 'entities';
import { blankComments } from './html-comments.ts';
import { unpairedHtml } from './html-pairs.ts';
import { httpAddressProblem } from './http-address.ts';
import { BESIDE_ARTICLE, PICTURE_FILE } from './images.ts';
import { isOwnAddress } from './markdown-plugins.ts';
import { mdxAttributeText } from './mdx-attribute.ts';
import { picturePathMistake } from './picture-path.ts';
import { ARTICLE_ID } from './schema.ts';
import { srcsetAddresses } from './srcset.ts';
import { inlinePicture, inlinePictureMessage, unsafeAddressMessage, unsafeElement, unsafeHtml, unsafeScheme } from './unsafe-html.ts';
import { articleUrl, decodePath } from './urls.ts';
import { controlCharacterInLine, firstControlCharacter } from './control-characters.ts';
import { videoPlayer } from './video-players.ts';
import type { ListingKind } from './listings.ts';

interface BodyProblem {
  /** Line in the whole file (front matter included), when known. */
  line: number | undefined;
  message: string;
}

export interface BodyReport {
  problems: BodyProblem[];
  /** Pictures the body points to beside the file (`./photo.jpg`), as written. */
  images: { line: number | undefined; src: string }[];
  /** Files a `<video>` plays (its `src`, its `<source>`s'), as written: none in a draft. */
  videos: { line: number | undefined; src: string }[];
  /** Pictures a `<video>` shows before it plays (its `poster`), as written: none in a draft. */
  posters: { line: number | undefined; src: string }[];
  /**
   * Pictures the body names by an address, served as they are (never made into the site's
   * pictures): an HTML `<img>`'s `src`, and a Markdown picture's at `/…` (under public/). As
   * written: none in a draft.
   */
  addressedPictures: { line: number | undefined; src: string }[];
  /** Articles the body links to (`/articles/<id>/`), by id. */
  articles: { line: number | undefined; id: string }[];
  /**
   * Pages (单页) and listings the body links to (`/sections/law/`, `/tags/潍坊/`, `/archive/2024/01/`),
   * by id, with the page of a listing when written (`/sections/law/2/`: 2); the tag index's pages
   * (`/tags/page/2/`) as kind `tag-index`, id '' (sitePageOf).
   */
  pages: ({ line: number | undefined } & LinkedPage)[];
  /**
   * Any other address of the site the body links to, as written (its path and query, without
   * `#…`): perhaps an article's old address (`aliases`: /html/2024/0531/999.html, /plus/view.php?aid=999);
   * `written`, with its `#…`.
   */
  addresses: { line: number | undefined; address: string; written: string }[];
  /**
   * Pages an `<iframe>` embeds from another site (`https://`, `//`) that is not a video site's
   * player (src/lib/video-players.ts), as written: none in a draft. Allowed, but told: such a page
   * may refuse to be embedded, or be no player at all (a video's page, v.qq.com/x/page/…).
   */
  frames: { line: number | undefined; src: string }[];
  /**
   * `<iframe>`s without a `title` (or `aria-label`), by their address as written ('' for none):
   * none in a draft. Screen readers name a frame by its title; without one a blind reader hears
   * only that a frame is there, not that it is the 庭审视频. Allowed, but told.
   */
  untitledFrames: { line: number | undefined; src: string }[];
}

/** The site's pages, besides articles, that a body may link to by id. */
export type SitePageKind = 'sections' | 'people' | 'topics' | 'pages';

/** What a body links to by id: a page (单页), or a listing (src/lib/listings.ts) and maybe its page's number. */
export type LinkedPage = { kind: SitePageKind | ListingKind; id: string; page?: number };

/**
 * The page of the site's that an address (a path, without the site's own address) names by id, or
 * undefined: /pages/about/, a listing (/sections/law/, a tag's /tags/潍坊/, an archive month's
 * /archive/2024/01/) and the number of its page when written (/sections/law/2/, as Pagination
 * links it), the tag index's page by its number alone (/tags/page/2/); a page (单页) has none.
 */
export function sitePageOf(target: string): LinkedPage | undefined {
  const found = /^\/(?:tags\/page\/(?<index>\d+)|(?<kind>sections|people|topics|tags)\/(?<id>[^/]+)(?:\/(?<page>\d+))?|archive\/(?<month>\d{4}\/\d{2})(?:\/(?<monthPage>\d+))?|pages\/(?<name>[^/]+))\/?(?:index\.html)?$/.exec(target)?.groups;
  if (!found) return undefined;
  const { index, kind, id, page, month, monthPage, name } = found;
  const numbered = (number: string | undefined) => (number === undefined ? {} : { page: Number(number) });
  if (index !== undefined) return { kind: 'tag-index', id: '', ...numbered(index) };
  if (kind !== undefined) return { kind: kind as ListingKind, id: decodePath(id!), ...numbered(page) };
  if (month !== undefined) return { kind: 'archive', id: month, ...numbered(monthPage) };
  return { kind: 'pages', id: decodePath(name!) };
}

interface BodyOptions {
  /** An .mdx article: the body is MDX. */
  mdx: boolean;
  /** Lines before the body (the front matter), added to every line reported. */
  lineOffset: number;
  /** The article's folder under content/articles (`2024/01`), to turn a file link into an address. */
  folder: string;
  /**
   * A draft: only what would stop the build (MDX syntax, a missing picture) is reported; the
   * rest is about what readers would see, and a draft is never published.
   */
  draft?: boolean;
  /** The site's address (`url` in site.config.ts): a link written with it is one of the site's own. */
  site?: string | undefined;
  /**
   * Whether an article of this id is there: a link relative to the file that leads to one
   * (`../09/x/`, `./x`) is told the article's address, not that files beside the article are not
   * published. Without it, a link of an article's shape is taken for one.
   */
  isArticle?: ((id: string) => boolean) | undefined;
}

/** Components an .mdx article may use without importing them. */
const COMPONENTS = new Set(['Figure']);

/**
 * The article's title is the page's one level-1 heading (一级标题): a `#` heading, a setext one
 * (a line underlined with `===`) or an `<h1>` in the body would make it two, for readers of a
 * screen reader, and for search engines, which take the first as the page's subject.
 */
const TITLE_HEADING = '正文的标题请从 ## 开始：一级标题是文章的标题，页面上只能有一个';

const MDX_HINT = '（.mdx 文章里 { } < 是代码符号；不用 <Figure> 的文章请用 .md）';

/** HTML's elements that have no content and no end tag (`<br>`): in MDX, as in JSX, they close themselves (`<br />`). */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * A tag as written from the `<` MDX names, up to an attribute's value: its name (`name`). The
 * attributes before it may be quoted or in braces, or have no value; the tag may run over lines.
 */
const UP_TO_VALUE = String.raw`<[A-Za-z][\w.:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*\s+(?<name>[\w:-]+)\s*=\s*`;

/** An attribute's value not in half-width quotes or braces (`<Figure credit=马远征>`, `caption=“说明”`): its name and value. */
const UNQUOTED_ATTRIBUTE = new RegExp(String.raw`^${UP_TO_VALUE}(?<value>[^\s"'{}>/][^\s>]*)`);

/**
 * An attribute's value that holds the half-width quote it is written in (`caption="图为"青川通"App"`,
 * `caption="市民说" 好"`): the tag up to the value (`before`), the name, the quote. The value ends
 * at its second quote, and MDX cannot read what follows, which is no attribute (`credit=`, or one
 * without a value before one) and no end of the tag, and holds the quote meant to end it (a tag
 * left without its `>`, `caption="中心"` and the picture on the next line, holds none).
 */
const QUOTE_IN_ATTRIBUTE = new RegExp(
  String.raw`^(?<before>${UP_TO_VALUE}(?<quote>["']))[^"'\n]*\k<quote>(?!(?:\s+[\w:-]+)*\s*(?:[\w:-]+\s*=|\/?>|$))(?=[^\n]*\k<quote>)`,
);

/** What an attribute's value holding its own quotes was meant as, on its line: up to the quote that ends the tag or comes before the next attribute. */
function meantValue(rest: string, quote: string): string {
  const line = rest.split('\n', 1)[0]!;
  const end = new RegExp(`${quote}(?=\\s+[\\w:-]+\\s*=|\\s*/?>|\\s*$)`).exec(line);
  return end ? line.slice(0, end.index) : line;
}

/** `text` with each half-width `quote` made an opening or closing Chinese one, as the quotes already there leave off: 图为“青川通"上线 → 图为“青川通”上线. */
function asChineseQuotes(text: string, quote: string): string {
  let open = false;
  return [...text]
    .map((character) => {
      if (character === '“' || character === '‘') open = true;
      else if (character === '”' || character === '’') open = false;
      else if (character === quote) return (open = !open) ? '“' : '”';
      return character;
    })
    .join('');
}

/**
 * MDX's own messages for the mistakes editors make, in Chinese; `line` is the text of the line, `from`
 * the body from where MDX says the mistake starts (a tag's `<`, its attributes perhaps on the lines after).
 */
function explainMdx(reason: string, line: string, from: string | undefined): string {
  if (/<https?:\/\//i.test(line)) return '.mdx 文章里网址不能放在 < > 里：直接写网址，或写成 [说明](网址)';
  if (/Unexpected character `!`.*comment/.test(reason)) return '.mdx 文章里不能用 <!-- 注释 -->：请删去，或写成 {/* 注释 */}';
  const unclosed = /Expected a closing tag for `<([^>`]*)>`/.exec(reason);
  if (unclosed && VOID_ELEMENTS.has(unclosed[1]!.toLowerCase())) {
    return `<${unclosed[1]}> 在 .mdx 文章里要写成 <${unclosed[1]} />（HTML 里不用结束的标签，这里要在 > 前加上 /）`;
  }
  if (unclosed) return `<${unclosed[1]}> 没有结束标签：请在后面加上 </${unclosed[1]}>，单独的标签写成 <${unclosed[1]} />${MDX_HINT}`;
  // </figure> for <Figure>, </i> inside <b>…: the tag MDX expected to close first.
  const crossed = /Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>`/.exec(reason);
  if (crossed) {
    const [, closing, open] = crossed;
    return closing!.toLowerCase() === open!.toLowerCase()
      ? `</${closing}> 与 <${open}> 的大小写不一致：结束标签请写成 </${open}>`
      : `</${closing}> 前面的 <${open}> 还没有结束：标签要成对，后开始的先结束，请在 </${closing}> 前加上 </${open}>，或删去多余的标签`;
  }
  const stray = /Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(reason);
  if (stray) return `</${stray[1]}> 前面没有对应的 <${stray[1]}>：请删去它，或在前面补上 <${stray[1]}>`;
  if (/Unexpected character .*after `<`|before name/.test(reason)) {
    // MDX names the `<` of a tag it cannot read: quotes inside an attribute's value, or a value without quotes.
    const quoted = from === undefined ? null : QUOTE_IN_ATTRIBUTE.exec(from);
    if (quoted) {
      const { before, name, quote } = quoted.groups!;
      // In double quotes, the quotes in the value become Chinese ones; in single quotes (it's), the value is put in double quotes as it is.
      const meant = asChineseQuotes(meantValue(from!.slice(before!.length), quote!), '"');
      return quote === '"'
        ? `${name} 的值里又用了半角引号 "，值在那里就断了：值里的引号请改用中文引号“”，如 ${name}="${meant}"`
        : `${name} 的值写在半角单引号 ' 里，值里又有 '，值在那里就断了：值请写在半角双引号里，如 ${name}="${meant}"`;
    }
    const attribute = from === undefined ? null : UNQUOTED_ATTRIBUTE.exec(from);
    if (attribute) {
      const { name, value } = attribute.groups!;
      const text = value!.replace(/^[“”‘’「『]|[“”‘’」』]$/g, '');
      const wrong = /^[“”‘’「『]/.test(value!) ? `${name} 的值用了中文引号` : `${name}=${value} 的值没有加引号`;
      return `${wrong}：.mdx 文章里属性的值要写在半角双引号里，如 ${name}="${text}"`;
    }
    return `“<”后面不是标签：要写小于号请写成 &lt;${MDX_HINT}`;
  }
  if (/Unexpected (end of file|lazy line) in expression|Could not parse expression/.test(reason)) {
    return `花括号 { } 不成对或里面不是代码：要写出花括号请写成 \\{ 和 \\}${MDX_HINT}`;
  }
  return `MDX 格式错误：${reason}${MDX_HINT}`;
}

const lineOf = (node: MdastNode, offset: number) => (node.position ? node.position.start.line + offset : undefined);

/** An HTML tag of a video (`<video …>`, `</video>`, `<source …>`): its slash, its name, its attributes. */
const VIDEO_TAG = /<(\/?)(video|source)\b([^>]*)>/gi;
/** An HTML `<iframe …>` tag (an embedded player, a map): its attributes. */
const IFRAME_TAG = /<iframe\b([^>]*)>/gi;
/** The attributes that name an `<iframe>` for screen readers: the `title` README asks for, or an `aria-label`. */
const FRAME_NAMES = ['title', 'aria-label'];
/** What an embed at http:// is told: the browser blocks it in the site's https pages. */
const FRAME = { what: '嵌入的网页', fails: '显示不出来（浏览器会拦下）', instead: '请用 https:// 的地址（视频网站的分享代码里一般有）' };
/** An HTML `<img …>` tag: its attributes. */
const IMG_TAG = /<img\b([^>]*)>/gi;
/** A `<picture>`'s (or a `<video>`'s) `<source>`: its attributes, whose `srcset` names pictures. */
const SOURCE_TAG = /<source\b([^>]*)>/gi;
/**
 * An `<img>` without `alt`: a screen reader says its file name (uploadfile 2024 0123 1 jpg) for
 * the picture, as a cover's alt, which the schema asks for, would not let it. `alt=""` says it
 * is only decoration.
 */
const IMG_WITHOUT_ALT = '<img> 没有 alt（图片说明）：读屏软件会把文件名念给看不见图片的读者。请写上图片的内容，如 alt="庭审现场"；只作装饰的图片写 alt=""';
/** An HTML link's opening tag (`<a href="…">`, pasted from a web page or a judgment): its attributes. */
const A_TAG = /<a\b([^>]*)>/gi;
/** The attribute `name` (`src`, `poster`) of an HTML tag's `attributes`, quoted or not; '' when it has none (`<img alt src=…>`, `alt=`). */
function htmlAttribute(attributes: string, name: string): string | undefined {
  const found = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))?|(?=\\s|/|$))`, 'i').exec(attributes);
  return found ? (found[1] ?? found[2] ?? found[3] ?? '') : undefined;
}
/** Whether an HTML tag's `attributes` have `name`, with a value or without one (`<img alt src=…>`). */
const hasHtmlAttribute = (attributes: string, name: string) => htmlAttribute(attributes, name) !== undefined;

/** The attribute `name` a JSX element gives as text (in quotes, or a string in braces), if any. */
function jsxAttribute(node: MdastNode, name: string): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const found = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name);
  return found?.type === 'mdxJsxAttribute' ? mdxAttributeText(found.value) : undefined;
}

/** The JSX elements named `name` inside `node`. */
function jsxInside(node: MdastNode, name: string): MdastNode[] {
  if (!('children' in node)) return [];
  return node.children.flatMap((child) => {
    const inner = child as MdastNode;
    const own = (inner.type === 'mdxJsxFlowElement' || inner.type === 'mdxJsxTextElement') && inner.name === name ? [inner] : [];
    return [...own, ...jsxInside(inner, name)];
  });
}

/** `../02/x.md` in 2024/01 → `2024/02/x`; undefined when it is not an article file. */
function articleIdOfFile(folder: string, url: string): string | undefined {
  const parts = [...folder.split('/'), ...url.replace(/[?#].*$/, '').replace(/\.mdx?$/, '').split('/')];
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  const id = resolved.join('/');
  return new RegExp(`^${ARTICLE_ID}$`).test(id) ? id : undefined;
}

/**
 * `../../09/x/` in 2024/10 → `2024/09/x`: the article a relative link leads to as a browser
 * reads it, from the article's address /articles/2024/10/<file>/ (where `../x/` is an article
 * of the same month); undefined when it leads to none. Only an article's folder has that address:
 * a page's or a topic's body is read from another.
 */
function articleIdOfPage(folder: string, url: string): string | undefined {
  if (!/^\d{4}\/\d{2}$/.test(folder)) return undefined;
  const id = /^\/articles\/(.+?)\/?$/.exec(new URL(url, `https://site.invalid/articles/${folder}/file/`).pathname)?.[1];
  return id !== undefined && new RegExp(`^${ARTICLE_ID}$`).test(decodePath(id)) ? decodePath(id) : undefined;
}

/**
 * Text that was meant as a link or a picture but is not one, so readers see its symbols: typed
 * with full-width brackets (［说明］（/articles/…/）, as a Chinese keyboard gives them), or with
 * a space in the address (![图](./图片 1.jpg)). Only an address in the brackets counts, so
 * 第[1]条（见附件） is text.
 */
/**
 * A picture or link whose title (a picture's caption) holds half-width double quotes of its own
 * (![现场](./a.jpg "图为"青川"法庭")): the title ends at the second quote, and the whole is text.
 */
const QUOTES_IN_TITLE = /(!?)\[[^\]\n]*\]\(\s*(\S+)\s+"([^\n]*?(?<!\\)"[^\n]*?)"\s*\)/u;

const BROKEN_LINK = /!?[[［][^\]］\n]+[\]］] ?[(（] *(?:https?:\/\/|www\.|\.{0,2}\/)[^)）\n]*[)）]/u;

/**
 * Word's own markup, pasted with a page's source: `<o:p></o:p>`, a smart tag (`<st1:chsdate …>`) or
 * `<?xml:namespace … />`. Markdown reads no tag with a `:` in its name, so in a paragraph readers
 * see it as written.
 */
const WORD_MARKUP = /<\/?[a-z][\w-]*:[\w-]+(?:\s[^<>]*)?>|<\?xml[^<>]*>/i;
/** What Word's markup is told, `shown` being what readers get: the tags go, the words between a pair of them stay. */
const wordMarkup = (tag: string, shown: string) =>
  `${tag} 是 Word 带来的标记，不是网页的标签，${shown}：请删去${tag.startsWith('<?') ? '它' : ' Word 的标记（<o:p></o:p>、<st1:…> 之类，成对标记之间的文字保留）'}`;

/** A comment (block or line) or a plain string, such as {" "} or {"{"}: MDX writes these as text or nothing. */
const HARMLESS_EXPRESSION = /^\s*(\/\*[\s\S]*\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')\s*$/;

/** The path of `url` when it is an address on `site` (same host), else undefined. */
function ownPath(url: string, site: string | undefined): string | undefined {
  if (!site || !/^https?:\/\//i.test(url)) return undefined;
  try {
    const address = new URL(url);
    return address.host === new URL(site).host ? `${address.pathname}${address.search}${address.hash}` : undefined;
  } catch {
    return undefined;
  }
}

/** Reads one article body; never throws on bad input (the report says what is wrong). */
export function readBody(body: string, { mdx, lineOffset, folder, draft = false, site, isArticle = () => true }: BodyOptions): BodyReport {
  const report: BodyReport = { problems: [], images: [], videos: [], posters: [], addressedPictures: [], articles: [], pages: [], addresses: [], frames: [], untitledFrames: [] };
  // An escape or a form feed pasted from an old CMS or Word: readers see nothing, and it was
  // published as it is, in the page's HTML (and its search text), where no HTML may have it.
  if (firstControlCharacter(body)) {
    for (const [index, line] of body.split('\n').entries()) {
      const message = controlCharacterInLine(line);
      if (message) report.problems.push({ line: index + 1 + lineOffset, message });
    }
  }
  // Most news bodies are plain paragraphs: without a tag, a link or a picture there is
  // nothing to find, and 10,000 of them need not be parsed.
  if (!mdx && !/<|[\]］] ?[(（]|^[\s>]*\[[^\]]+\]:|https?:\/\/|www\.|^ {0,3}(?:#(?:[ \t]|$)|=+[ \t]*$)/im.test(body)) return report;
  let root: MdastNode;
  try {
    root = mdx ? mdxToMdast(body) : markdownToMdast(body);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+): /.exec(text);
    const reason = text.replace(/^\d+:\d+: /, '').replace(/ \(\d+:\d+\)/g, '').replace(/ \([\w-]+:[\w-]+\)$/, '');
    const line = at ? Number(at[1]) : undefined;
    const lines = line ? body.split('\n').slice(line - 1) : [''];
    const from = at ? [lines[0]!.slice(Number(at[2]) - 1), ...lines.slice(1)].join('\n') : undefined;
    report.problems.push({ line: line && line + lineOffset, message: explainMdx(reason, lines[0] ?? '', from) });
    return report;
  }
  /** The tag at `index` of an HTML node, as a node of its own line, for what names a node's line. */
  const tagAt = (node: MdastNode & { value: string }, index: number): MdastNode => {
    const before = node.value.slice(0, index).match(/\n/g)?.length ?? 0;
    return node.position ? { ...node, position: { ...node.position, start: { ...node.position.start, line: node.position.start.line + before } } } : node;
  };
  /** The line of the character at `index` of an HTML node's text. */
  const lineIn = (node: MdastNode & { value: string }, index: number) => lineOf(tagAt(node, index), lineOffset);
  const problem = (node: MdastNode, message: string) => report.problems.push({ line: lineOf(node, lineOffset), message });
  /** A `<video>`'s file (`videos`) or poster (`posters`), or a picture named by its address (`addressedPictures`), when it names one. */
  const collect = (list: 'videos' | 'posters' | 'addressedPictures', line: number | undefined, src: string | undefined) => {
    if (src) report[list].push({ line, src });
  };
  /** The pictures an `<img>`'s or a `<source>`'s `srcset` names, each read as an `<img>`'s `src` is. */
  const collectSrcset = (line: number | undefined, srcset: string | undefined) => {
    for (const src of srcsetAddresses(srcset ?? '')) collect('addressedPictures', line, src);
  };
  /**
   * An `<iframe>`: any site may be embedded, but not at http://; one not a video site's player is
   * told (`frames`), and so is one with no name for screen readers (`untitledFrames`).
   */
  const frame = (line: number | undefined, src: string | undefined, named: boolean) => {
    const message = src && httpAddressProblem(src, FRAME);
    if (message) report.problems.push({ line, message });
    else if (src && /^\s*(?:https:)?\/\//i.test(src) && !ownPath(src.trim(), site) && !videoPlayer(src)) report.frames.push({ line, src: src.trim() });
    if (!named) report.untitledFrames.push({ line, src: src?.trim() ?? '' });
  };
  /** Between a `<video>` and its `</video>` in HTML, which may be apart, in nodes of their own. */
  let inVideo = false;
  /** Between an `<svg>` and its `</svg>` in HTML, likewise: its `<image>` is SVG's, not HTML's `<img>`. */
  const htmlContext = { inSvg: false };
  const visit = (node: MdastNode) => {
    if (node.type === 'image') {
      // Astro takes any path that is not an address as a picture beside the article: `.\\photo.jpg` and
      // `photo.jpg` too (ImageNotFound in English when not there), `C:\\Users\\…` not (published, and never loads).
      const mistake = picturePathMistake(node.url);
      if (mistake) problem(node, `图片 ${node.url} ${mistake}`);
      else if (BESIDE_ARTICLE.test(node.url)) report.images.push({ line: lineOf(node, lineOffset), src: node.url });
    }
    // A draft is not rendered, but its imports are resolved all the same: a missing module stops the build.
    if (!draft || node.type === 'mdxjsEsm') readersSee(node);
    if ('children' in node) node.children.forEach((child) => visit(child as MdastNode));
  };
  /** What readers of a published article would get wrong: code, scripts, styles, broken links. */
  const readersSee = (node: MdastNode) => {
    switch (node.type) {
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        if (!HARMLESS_EXPRESSION.test(node.value)) {
          problem(node, `{${node.value}} 会被当作代码，读者看不到：要写出花括号请写成 \\{ 和 \\}`);
        }
        break;
      case 'mdxjsEsm':
        problem(node, '正文里的 import / export 用不上：<Figure> 不需要 import，请删去这一行');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.name === 'img' || node.name === 'source') collectSrcset(lineOf(node, lineOffset), jsxAttribute(node, 'srcSet') ?? jsxAttribute(node, 'srcset'));
        if (node.name === 'img') {
          collect('addressedPictures', lineOf(node, lineOffset), jsxAttribute(node, 'src'));
          if (!node.attributes.some((attribute) => attribute.type !== 'mdxJsxAttribute' || attribute.name === 'alt')) problem(node, IMG_WITHOUT_ALT);
        }
        if (node.name === 'iframe') {
          // A title in braces that is code ({title}) is told as code below, not as missing.
          const named = node.attributes.some(
            (attribute) => attribute.type === 'mdxJsxAttribute' && FRAME_NAMES.includes(attribute.name.toLowerCase()) && (mdxAttributeText(attribute.value) ?? '代码').trim() !== '',
          );
          frame(lineOf(node, lineOffset), jsxAttribute(node, 'src'), named);
        }
        if (node.name === 'a') htmlLink(node, jsxAttribute(node, 'href'));
        if (node.name === 'video') {
          collect('posters', lineOf(node, lineOffset), jsxAttribute(node, 'poster'));
          for (const element of [node, ...jsxInside(node, 'source')]) collect('videos', lineOf(element, lineOffset), jsxAttribute(element, 'src'));
        }
        if (node.name === 'h1') problem(node, `正文里的 <h1>：${TITLE_HEADING}（写成 <h2> 或 ##）`);
        else if (node.name && /^[A-Z]/.test(node.name) && !COMPONENTS.has(node.name)) {
          problem(node, `<${node.name}> 不是本站的组件：.mdx 文章里只能用 <Figure>`);
        } else if (node.name) {
          // An HTML element, held to the rules of an .md body's HTML (an expression's value is code, told below).
          const attributes = node.attributes.flatMap((attribute) =>
            attribute.type === 'mdxJsxAttribute' ? [{ name: attribute.name, value: mdxAttributeText(attribute.value) ?? '' }] : [],
          );
          for (const message of unsafeElement(node.name.toLowerCase(), attributes)) problem(node, message);
        }
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || /^on/i.test(attribute.name)) continue;
          if (typeof attribute.value === 'object' && attribute.value && !HARMLESS_EXPRESSION.test(attribute.value.value)) {
            problem(node, `${attribute.name}={${attribute.value.value}} 会被当作代码：文字请写在引号里，如 ${attribute.name}="说明"`);
          }
        }
        break;
      case 'heading':
        if (node.depth === 1) problem(node, TITLE_HEADING);
        break;
      case 'image': {
        const scheme = unsafeScheme(node.url, { picture: true });
        if (scheme) problem(node, unsafeAddressMessage('图片', scheme));
        else if (inlinePicture(node.url)) problem(node, inlinePictureMessage('图片的地址', node.url));
        // A Markdown picture beside the article is published with it (`images`); one on this site's address is a file of public/.
        if (/^\/(?!\/)/.test(node.url)) collect('addressedPictures', lineOf(node, lineOffset), node.url);
        break;
      }
      case 'html':
        if (/<Figure\b/.test(node.value)) problem(node, '<Figure> 只能用在 .mdx 文章里：请把文件扩展名改为 .mdx');
        // A line starting <?xml:namespace … /> (Word) opens an HTML block that only ?> ends: the rest of the body.
        if (/^<\?/.test(node.value) && !node.value.includes('?>')) {
          const tag = /^<\?[^<>\n]*>?/.exec(node.value)![0];
          problem(node, wordMarkup(tag, '它后面的正文都不再按 Markdown 显示（**、##、表格的符号读者都会看到，段落连成一片）'));
        }
        // Read as the browser's tokenizer reads it: entities decoded, comments skipped (unsafe-html.ts).
        for (const { index, message } of unsafeHtml(node.value, htmlContext)) report.problems.push({ line: lineIn(node, index), message });
        // A tag in an HTML comment (<!-- 旧图：<img src="./old.jpg"> -->) is never shown: not looked for.
        const shown = blankComments(node.value);
        if (/<h1\b/i.test(shown)) problem(node, `正文里的 <h1>：${TITLE_HEADING}（写成 <h2> 或 ##）`);
        for (const tag of shown.matchAll(VIDEO_TAG)) {
          const [, closing, name, attributes = ''] = tag;
          const isVideo = name!.toLowerCase() === 'video';
          if (closing) {
            if (isVideo) inVideo = false;
            continue;
          }
          const line = lineIn(node, tag.index);
          if (isVideo) collect('posters', line, htmlAttribute(attributes, 'poster'));
          if (isVideo || inVideo) collect('videos', line, htmlAttribute(attributes, 'src'));
          if (isVideo) inVideo = !attributes.trimEnd().endsWith('/');
        }
        for (const tag of shown.matchAll(SOURCE_TAG)) collectSrcset(lineIn(node, tag.index), htmlAttribute(tag[1] ?? '', 'srcset'));
        for (const tag of shown.matchAll(IMG_TAG)) {
          collect('addressedPictures', lineIn(node, tag.index), htmlAttribute(tag[1] ?? '', 'src'));
          collectSrcset(lineIn(node, tag.index), htmlAttribute(tag[1] ?? '', 'srcset'));
          if (!hasHtmlAttribute(tag[1] ?? '', 'alt')) report.problems.push({ line: lineIn(node, tag.index), message: IMG_WITHOUT_ALT });
        }
        for (const tag of shown.matchAll(IFRAME_TAG)) {
          const named = FRAME_NAMES.some((name) => decodeHTML(htmlAttribute(tag[1] ?? '', name) ?? '').trim() !== '');
          frame(lineIn(node, tag.index), htmlAttribute(tag[1] ?? '', 'src'), named);
        }
        // Held to what a Markdown link is (an article, a section, an attachment that must be there …), on its tag's line.
        for (const tag of shown.matchAll(A_TAG)) htmlLink(tagAt(node, tag.index), htmlAttribute(tag[1] ?? '', 'href'));
        break;
      case 'text': {
        const quoted = QUOTES_IN_TITLE.exec(node.value);
        const broken = BROKEN_LINK.exec(node.value)?.[0];
        const word = WORD_MARKUP.exec(node.value);
        if (word) {
          report.problems.push({ line: lineIn(node, word.index), message: wordMarkup(word[0], '读者会原样看到这些字符') });
        } else if (quoted) {
          const [, picture, address, title] = quoted;
          const what = picture ? '图片' : '链接';
          problem(
            node,
            `${what} ${address} 的说明里又用了半角双引号 "，说明在那里就断了，不会成为${what}，读者会看到这些符号：说明里的引号请改用中文引号“”，如 "${title!.replace(/"([^"]*)"/g, '“$1”')}"`,
          );
        } else if (broken) {
          problem(
            node,
            /[［］（）]/.test(broken)
              ? `${broken} 用了全角的括号，不会成为链接或图片，读者会看到这些符号：请用半角符号，写成 [说明](网址) 或 ![说明](./图片.jpg)`
              : `${broken} 的地址里有空格，不会成为链接或图片，读者会看到这些符号：请去掉文件名或网址里的空格`,
          );
        }
        break;
      }
      case 'link':
        runOnAddress(node);
        link(node, node.url);
        break;
      case 'definition':
        link(node, node.url);
        break;
    }
  };
  /**
   * An address written out in the text runs on, in GFM, to the next space: in Chinese that is
   * the rest of the sentence (网址：http://x.cn/a.html，欢迎访问 links …a.html，欢迎访问).
   */
  const runOnAddress = (node: Extract<MdastNode, { type: 'link' }>) => {
    const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
    if (!isOwnAddress(text, node.url) || !/[^\x00-\x7f]/.test(text)) return;
    const address = (/^[\x21-\x7e]+/.exec(text)?.[0] ?? text).replace(/[.,;:!?'")\]]+$/, '');
    problem(node, `网址 ${address} 后面紧跟着中文，会连成一个打不开的链接：请在网址后加一个空格，或写成 [说明](${address})`);
  };

  /**
   * A link written in HTML (`<a href>`, or in .mdx the JSX element), which readers follow as they
   * do a Markdown one. One to javascript: and the like is told once, by the rule for any attribute (unsafe-html.ts).
   */
  const htmlLink = (node: MdastNode, href: string | undefined): void => {
    const written = href && decodeHTML(href.trim());
    if (written && !unsafeScheme(written)) link(node, written, true);
  };

  /**
   * A link: javascript:, vbscript: and data: refused, an article file named, an address of the site's collected.
   * `html` when it is written in HTML (or JSX), where a picture is written `<img>`: Markdown's `![说明](…)` inside an HTML block is shown as written.
   */
  const link = (node: MdastNode, written: string, html = false): void => {
    // The site's own address written out (https://www.fazhibaodao.cn/articles/…/) is its path.
    const own = ownPath(written, site);
    const url = own ?? written;
    const target = url.replace(/[?#].*$/, '');
    // Another site, mail, phone: not ours to check.
    const elsewhere = own === undefined && /^[a-z][a-z\d+.-]*:|^\/\//i.test(url);
    // A path from here (./x, ../09/x/, ../../09/x/) to an article: the article's address is what to write.
    const relative = BESIDE_ARTICLE.test(target) && !/\.mdx?$/.test(target);
    // Written as from the file (../09/x/ in 2024/10): the browser reads it from the page's address, not the file's, and finds nothing.
    const fromFile = relative ? articleIdOfFile(folder, target) : undefined;
    // Written as from the page (../../09/x/): it works there, but the check can follow only an address.
    const fromPage = relative ? articleIdOfPage(folder, target) : undefined;
    const toArticle = fromFile !== undefined && isArticle(fromFile);
    const toArticleFromPage = !toArticle && fromPage !== undefined && isArticle(fromPage);
    const scheme = unsafeScheme(written);
    if (scheme) {
      problem(node, unsafeAddressMessage('链接', scheme));
    } else if (elsewhere) {
      return;
    } else if (/^www\./i.test(url)) {
      problem(node, `链接 ${url} 缺少 https://，读者打开会是 404：请写成 https://${url}`);
    } else if (toArticleFromPage) {
      problem(node, `链接 ${url} 是相对路径：请写成文章地址 ${decodePath(articleUrl(fromPage))}，内容检查才能核对它（那篇文章改名或撤下时会指出）`);
    } else if (relative && !toArticle) {
      // A path that leaves the article's folder (../) is to no file beside it: to an article that is not there, or to nothing published.
      const climbs = !new URL(target, 'https://site.invalid/folder/').pathname.startsWith('/folder/');
      const missing = climbs ? (fromFile ?? fromPage) : undefined;
      problem(
        node,
        PICTURE_FILE.test(target)
          ? html
            ? `链接 ${url} 指向图片文件，读者打开会是 404：要在正文里显示图片，请写成 <img src="${url}" alt="说明"${mdx ? ' />' : '>'}`
            : `链接 ${url} 指向图片文件，读者打开会是 404：要在正文里显示图片，请写成 ![说明](${url})（开头是半角的 !）`
          : missing !== undefined
            ? `链接 ${url} 指向的文章 ${decodePath(articleUrl(missing))} 不存在，读者打开会是 404：链接本站的文章请写成文章地址 /articles/年/月/文件名/，并核对那篇文章的年月和文件名`
            : climbs
              ? `链接 ${url} 是相对路径，离开了文章所在的文件夹，网站不按文件夹发布，读者打开会是 404：本站的页面请写成以 / 开头的地址（如 /sections/law/），附件请放在 public/ 下（如 public/files/x.pdf），链接写成 /files/x.pdf`
              : `链接 ${url} 指向文章旁边的文件，网站不会发布它，读者打开会是 404：附件请放在 public/ 下（如 public/files/x.pdf），链接写成 /files/x.pdf`,
      );
    } else if (toArticle || (/\.mdx?$/.test(target) && (!target.startsWith('/') || target.startsWith('/articles/')))) {
      const id = target.startsWith('/articles/') ? target.slice('/articles/'.length).replace(/\.mdx?$/, '') : articleIdOfFile(folder, target);
      problem(node, `链接 ${url} 是文件路径，读者打开会是 404：请写成文章地址${id ? ` ${decodePath(articleUrl(id))}` : ' /articles/年/月/文件名/'}`);
    } else {
      const article = /^\/articles\/(.+?)\/?(?:index\.html)?$/.exec(target);
      if (article) report.articles.push({ line: lineOf(node, lineOffset), id: decodePath(article[1]!) });
      const page = sitePageOf(target);
      if (page) report.pages.push({ line: lineOf(node, lineOffset), ...page });
      if (!article && !page && url.startsWith('/')) report.addresses.push({ line: lineOf(node, lineOffset), address: url.replace(/#.*$/, ''), written: url });
    }
  };

  visit(root);
  // In .mdx, MDX itself refuses a tag never closed; a draft is never shown to readers.
  if (!mdx && !draft) {
    for (const { line, message } of unpairedHtml(root)) report.problems.push({ line: line + lineOffset, message });
  }
  return report;
}
