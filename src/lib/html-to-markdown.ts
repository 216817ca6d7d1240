/**
 * An article body as an old CMS stores it (HTML from DedeCMS, EmpireCMS and the like) turned
 * into the Markdown of an article file, read back by the site's renderer as the old page read.
 *
 * - Kept: paragraphs, headings (an <h1> as ##: the title is the page's <h1>), bold (once, where Word
 *   nested it or parted it into runs), lists, tables, links, pictures, <sup> and <sub>.
 * - Dropped: fonts, spans, inline styles, comments, scripts, page-break markers, and a picture's
 *   title or alt that is a file's name or a tooltip (1551748800123.jpg, 点击查看大图); the title a
 *   DedeCMS page break gives the next page stays as a heading.
 * - Typed indents (　　, &nbsp;) go: the site indents paragraphs itself.
 * - Links to code or to a document written in the address (javascript:, vbscript:, data:, as
 *   the content check reads them: unsafe-html.ts) become their words. A paragraph of nothing but
 *   such links (the old page's 返回顶部, 打印本页, or ones to # or #top) goes. A link within the old page
 *   (#_ftn1) becomes its words too, and a bookmark (<a name>) is its words.
 * - A line of words centred or set at the right (a judgment's 民事判决书, its 落款) stays HTML,
 *   <p align="right">…</p>, which the site aligns: Markdown has no alignment. A layout table's
 *   cells do not take the alignment of a block around the table.
 * - A link from a picture to its own larger file becomes the picture; the caption line under
 *   a picture (图为…, a credit, or a centred line) becomes its title, which the site shows as its caption.
 * - A layout table (one <td> a row) becomes its contents; a table without <th> takes its
 *   first row as the header; a <caption> goes above its table; a cell's paragraphs, list
 *   items and line breaks become lines joined by <br>, since a Markdown cell is one line.
 * - An address written out in the text becomes a link that ends where the address does, not
 *   at the next space, which Chinese text does not have.
 * - A table with merged cells stays HTML (tableHtml), which the site reads as a Markdown table.
 * - A video site's player (<iframe src="//player.bilibili.com/…">: video-players.ts) stays HTML, at
 *   https://, its width and height kept and a title for screen readers (embedPlayer).
 * - Other embeds (another site's <iframe>, Flash's <embed> and <object>, <video> …) and scripts have no
 *   Markdown, merged table cells holding a link or a picture cannot be kept, and a table inside a
 *   cell is read row by row. All are named in `notices`.
 * - A closing 责任编辑 line, which old bodies often end with, is taken out and returned.
 */
import { decodeHTML, escapeUTF8 as escapeHtml } from 'entities';
import type { Element, ElementContent, Root as HtmlRoot, RootContent as HtmlContent } from 'hast';
import type { Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import { markdownToHtml } from 'satteri';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { CAPTION_LENGTH, isCaptionLine } from './captions.ts';
import { withoutControlCharacters } from './control-characters.ts';
import { PICTURE_FILE } from './images.ts';
import { blockAlign } from './markdown-plugins.ts';
import { unsafeScheme } from './unsafe-html.ts';
import { VIDEO_SITES, videoPlayer } from './video-players.ts';

interface ConvertedBody {
  markdown: string;
  /** The names of a closing 责任编辑 line, as written (`乔海印 张文玉`); the line is no longer in `markdown`. */
  editor: string | undefined;
  /** What did not come over as it was, for the editor to look at: `<iframe src="…">`, merged cells. */
  notices: string[];
}

/**
 * Comments (Word's <!--[if gte mso 9]> blocks among them, and the <![if !supportLists]> and
 * <![endif]> around the number it typed before a list item, whose number stays), Word's
 * <?xml:namespace … /> (which the HTML parser makes a comment, kept as one in the Markdown), and the
 * page-break markers with which DedeCMS (`#p#分页标题#e#`) and EmpireCMS (`[!--empirenews.page--]`) split long articles.
 * A Dede marker carries the next page's title, unless the editor left its placeholder: that
 * title stays, as a heading.
 */
const NOT_TEXT = /<!--[\s\S]*?-->|<!\[(?:if\b[^\]]*|endif)\]>|<\?[^>]*>|#p#((?:&#?\w+;|[^#])*?)#e#|\[!--empirenews\.page--\]/g;
const PAGE_TITLE_PLACEHOLDER = '分页标题';
/** Elements that embed a player or a plug-in: nothing in Markdown stands for them. */
const EMBEDS = new Set(['iframe', 'embed', 'object', 'video', 'audio']);
/** Space an editor typed to indent or pad a line: ordinary, no-break and ideographic. */
const PADDING = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g;
/** （责任编辑：乔海印） and its variants, alone in the last paragraph; another label (审核：) ends the names. */
const EDITOR_LINE = /^[（(【[]?\s*责任编辑\s*[:：]\s*(.+?)\s*(?:[\s，,;；]\S{1,4}[:：].*)?[）)】\]]?$/;
/** An address written out in the text: ASCII up to the first space or Chinese character. */
const ADDRESS = /(?:https?:\/\/|www\.)[\w\-.~:/?#[\]@!$&'*+,;=%]+/gi;
/** Punctuation that ends a sentence after an address rather than belonging to it. */
const ADDRESS_END = /[.,;:!?'\])]+$/;
/** Punctuation, symbols or space at the start or the end of bold or italic text: “ ” 《 》 （ ）… */
const LEADING_PUNCTUATION = /^[\p{P}\p{S}\s]+/u;
const TRAILING_PUNCTUATION = /[\p{P}\p{S}\s]+$/u;

type Handle = NonNullable<NonNullable<StringifyOptions['handlers']>['emphasis']>;
/**
 * Italics (`size` 1) or bold (2) written with `*` alone. Given the choice, the serializer writes
 * italics inside bold with `_` (**_文_**), which cannot open or close between two Chinese
 * characters, and then writes the character after it as a reference to make it close
 * (**_文_**&#x5B57;): `*` needs none (***文***字).
 */
function asterisks(construct: 'emphasis' | 'strong', size: number): Handle {
  const sequence = '*'.repeat(size);
  // Called only outside a paragraph, which never holds bold; within one the serializer reads `attention`.
  const handle: Handle = (node, _, state, info) => sequence + state.containerPhrasing(node, { ...info, before: sequence, after: sequence }) + sequence;
  return Object.assign(handle, { attention: () => ({ construct, markers: ['*'], sizes: [size] }), peek: () => '*' });
}
const ASTERISKS_ONLY = { emphasis: asterisks('emphasis', 1), strong: asterisks('strong', 2) };

/** A character written as a reference (&#x5B57;) beside a `*`, as the serializer writes one to make bold or italics open or close. */
const REFERENCE_BY_ASTERISK = /(?<=\*)&#x([0-9A-F]+);|&#x([0-9A-F]+);(?=\*)/g;

/**
 * The Markdown with the references the serializer wrote beside bold and italics where it did not
 * need to, as the characters: it judges bold next to italics (***文***字) by the `*` of the one
 * inside, not by the run of them, and wrote 字 as &#x5B57; in the file an editor opens. Each is
 * written as its character only where the site's renderer reads the text the same way.
 */
function withoutNeedlessReferences(markdown: string): string {
  if (markdown.search(REFERENCE_BY_ASTERISK) < 0) return markdown;
  const read = markdownToHtml(markdown).html;
  let written = markdown;
  for (let at = 0; ; ) {
    REFERENCE_BY_ASTERISK.lastIndex = at;
    const match = REFERENCE_BY_ASTERISK.exec(written);
    if (!match) return written;
    const character = String.fromCodePoint(parseInt(match[1] ?? match[2]!, 16));
    const plain = written.slice(0, match.index) + character + written.slice(match.index + match[0].length);
    if (markdownToHtml(plain).html === read) {
      written = plain;
      at = match.index + character.length;
    } else {
      at = match.index + match[0].length;
    }
  }
}

/**
 * `image` receives each picture's address as written in the HTML and returns the one the
 * Markdown should name (a file beside the article, or the same address), or undefined to leave
 * the picture out. `link` does so for each link's address (an old article's, to its new one).
 */
export function htmlToMarkdown(
  html: string,
  image: (src: string) => string | undefined,
  link: (href: string) => string = (href) => href,
  { title }: { /** The article's title, which names a video player kept without a title of its own. */ title?: string } = {},
): ConvertedBody {
  const notices: string[] = [];
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: HtmlRoot) => {
      prepare(tree, notices, title);
      centredCaptions(tree);
      keepAligned(tree);
    })
    .use(rehypeRemark, {
      handlers: {
        // A line centred or at the right, or a table with merged cells, kept as HTML (keepAligned, tableHtml).
        [AS_HTML]: (_, node: Element) => ({ type: 'html', value: String(node.properties['html']) }),
        // Inline HTML in Markdown: 平方米 as m², footnote marks.
        sup: (_, node: Element) => ({ type: 'html', value: `<sup>${escapeHtml(textOf(node))}</sup>` }),
        sub: (_, node: Element) => ({ type: 'html', value: `<sub>${escapeHtml(textOf(node))}</sub>` }),
      },
    })
    // Columns are not padded to line up: Chinese characters are two columns wide in an editor.
    .use(remarkGfm, { tablePipeAlign: false })
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', listItemIndent: 'one', fences: true, handlers: ASTERISKS_ONLY });
  const pageTitle = (title: string | undefined) => {
    const text = htmlText(title ?? '');
    return text && text !== PAGE_TITLE_PLACEHOLDER ? `<h2>${escapeHtml(text)}</h2>` : '';
  };
  const root = processor.runSync(processor.parse(html.replace(NOT_TEXT, (_, title?: string) => pageTitle(title)))) as Root;
  setImages(root, image);
  root.children = captioned(tidy(root.children));
  clean(root);
  setLinks(root, link);
  const last = root.children.at(-1);
  const editorLine = last?.type === 'paragraph' ? EDITOR_LINE.exec(toString(last)) : null;
  if (editorLine) root.children.pop();
  const markdown = root.children.length ? withoutNeedlessReferences(processor.stringify(root).trim() + '\n') : '';
  return { markdown, editor: editorLine?.[1], notices };
}

/**
 * A line of HTML as plain text (a title, a byline): tags dropped, entities decoded, space
 * collapsed (Word's line break, a vertical tab, is a space too), and the control characters an
 * old system kept (a backspace) taken out.
 */
export function htmlText(html: string): string {
  const spaced = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ');
  return spaced(withoutControlCharacters(spaced(decodeHTML(html.replace(/<[^>]*>/g, ''))))).trim();
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

const cellsOf = (row: Element) => row.children.filter((child): child is Element => child.type === 'element' && /^t[dh]$/.test(child.tagName));
const rowsOf = (table: Element): Element[] =>
  table.children.flatMap((child) =>
    child.type !== 'element' ? [] : child.tagName === 'tr' ? [child] : /^t(head|body|foot)$/.test(child.tagName) ? rowsOf(child) : [],
  );

/**
 * Before conversion: a video site's player kept as HTML (embedPlayer), other embeds out (named in
 * `notices`), layout tables replaced by their cells' contents, a table with merged cells kept as
 * HTML (or, when it cannot be, named).
 */
function prepare(node: HtmlRoot | HtmlContent, notices: string[], title: string | undefined): void {
  if (!('children' in node)) return;
  node.children = node.children.flatMap((child): typeof node.children => {
    if (child.type !== 'element') return [child];
    // A bookmark, not a link (Word's <a name="_GoBack"></a> in every document it saved, <a name="_Toc1">一、基本案情</a>
    // from its table of contents): as a link to nowhere it read [一、基本案情]() and led to the page itself.
    if (child.tagName === 'a' && child.properties['href'] === undefined) return child.children;
    if (EMBEDS.has(child.tagName)) {
      const player = child.tagName === 'iframe' ? embedPlayer(child, title) : undefined;
      if (player) return [asHtml(player)];
      const src = embedSource(child);
      notices.push(src ? `<${child.tagName} src="${src}">${embedDropped(child.tagName, src)}` : `<${child.tagName}>`);
      return [];
    }
    // A script may have been the old page's player or a chart, not only its statistics or an
    // advertisement: it goes, named with its address or its first words, for the editor to judge.
    if (child.tagName === 'script') {
      const src = child.properties['src'];
      const code = textOf(child).replace(/\s+/g, ' ').trim();
      notices.push(typeof src === 'string' ? `<script src="${src}">（脚本）已删除` : `<script>${code.slice(0, 40)}${code.length > 40 ? '…' : ''}（脚本）已删除`);
      return [];
    }
    if (child.tagName === 'table') {
      const rows = rowsOf(child);
      const cells = rows.flatMap(cellsOf);
      if (rows.every((row) => cellsOf(row).length <= 1) && cells.every((cell) => cell.tagName === 'td')) {
        return cells.map((cell): Element => ({ ...cell, tagName: 'div', properties: { [LAYOUT_CELL]: true } }));
      }
      // Before its caption is taken out: a table with a caption often has merged headers too (判决结果, 赔偿项目).
      if (cells.some((cell) => Number(cell.properties['rowSpan'] ?? 1) > 1 || Number(cell.properties['colSpan'] ?? 1) > 1)) {
        const html = tableHtml(child);
        if (html !== undefined) return [asHtml(html)];
        notices.push(`表格“${textOf(child).replace(/\s+/g, '').slice(0, 12)}…”有合并的单元格，Markdown 表格不能合并，请核对各列`);
      }
      // A table's title: Markdown tables have none, so it goes above the table as a paragraph.
      const caption = child.children.find((part): part is Element => part.type === 'element' && part.tagName === 'caption');
      if (caption) return [{ ...caption, tagName: 'p', properties: {} }, { ...child, children: child.children.filter((part) => part !== caption) }];
    }
    return [child];
  }) as typeof node.children;
  for (const child of node.children) {
    prepare(child, notices, title);
    if (child.type !== 'element' || !/^t[dh]$/.test(child.tagName)) continue;
    if (hasTable(child)) notices.push(`表格里的表格“${textOf(child).replace(/\s+/g, '').slice(0, 12)}…”已拆成逐行文字，请核对`);
    child.children = cellLines(child.children).flatMap((line, i) => (i ? [BREAK, ...line] : line));
  }
}

/** Marks the box a layout table's cell becomes (prepare), for keepAligned. */
const LAYOUT_CELL = 'baodaoLayoutCell';
/** The element put in place of what is kept as HTML (keepAligned, tableHtml), which the converter writes as it is. */
const AS_HTML = 'baodao-html';
/** Inline elements of which a line kept as HTML keeps the words alone: fonts, spans, underlines, italics, Word's own (<o:p>, <st1:chsdate>). */
const WORDS_ONLY = /^(span|font|u|i|em|small|big|nobr)$|:/;
const BOLD = /^(b|strong)$/;

/** The words of `nodes` as HTML, bold and line breaks kept; undefined if they hold anything else (a link, a picture). */
function wordsAsHtml(nodes: readonly ElementContent[]): string | undefined {
  let html = '';
  for (const node of nodes) {
    if (node.type === 'text') html += escapeHtml(node.value).replace(/\u00a0/g, '&nbsp;');
    else if (node.type !== 'element') continue;
    else if (node.tagName === 'br') html += '<br>';
    else if (BOLD.test(node.tagName) || WORDS_ONLY.test(node.tagName)) {
      const inner = wordsAsHtml(node.children);
      if (inner === undefined) return undefined;
      html += BOLD.test(node.tagName) && inner.trim() ? `<strong>${inner}</strong>` : inner;
    } else return undefined;
  }
  return html;
}

/** `nodes` as one line of HTML (wordsAsHtml), without a blank line, which would end it in Markdown, or padding at its ends. */
function htmlLine(nodes: readonly ElementContent[]): string | undefined {
  const words = wordsAsHtml(nodes)?.replace(/[ \t]*[\r\n]\s*/g, '\n').replace(/[ \t]+/g, ' ');
  return words?.replace(/^(?:\s|&nbsp;|\u3000|<br>)+|(?:\s|&nbsp;|\u3000|<br>)+$/g, '');
}

const asHtml = (html: string): Element => ({ type: 'element', tagName: AS_HTML, properties: { html }, children: [] });

/**
 * A table with merged cells (a judgment's 赔偿明细, its header 赔偿项目 two columns wide) as HTML,
 * which the site reads as it reads a Markdown table (rawHtml in markdown-plugins.ts): Markdown
 * cannot merge cells, and the header came over as one cell beside an empty one, the rows under it
 * out of line. The caption, the spans and each cell's alignment (its own or its row's) stay, and the
 * header rows go in a <thead> (headerRows); the
 * widths, borders and fonts go. Undefined when a cell holds more than words, bold and lines (a
 * link, a picture, a table): that table is Markdown, named for the editor.
 */
function tableHtml(table: Element): string | undefined {
  const caption = table.children.find((part): part is Element => isElement(part, /^caption$/));
  const title = caption && htmlLine(caption.children);
  if (caption && title === undefined) return undefined;
  const rows: string[] = [];
  const tableRows = rowsOf(table);
  for (const row of tableRows) {
    const cells: string[] = [];
    for (const cell of cellsOf(row)) {
      if (hasTable(cell)) return undefined;
      const lines = cellLines(cell.children).map(htmlLine);
      if (lines.some((line) => line === undefined)) return undefined;
      const align = blockAlign(cell.properties['style'], cell.properties['align']) ?? blockAlign(row.properties['style'], row.properties['align']);
      const attributes = [
        ...(['colSpan', 'rowSpan'] as const).flatMap((span) => (Number(cell.properties[span] ?? 1) > 1 ? [` ${span.toLowerCase()}="${Number(cell.properties[span])}"`] : [])),
        ...(align === 'center' || align === 'right' ? [` align="${align}"`] : []),
      ];
      cells.push(`<${cell.tagName}${attributes.join('')}>${lines.filter(Boolean).join('<br>')}</${cell.tagName}>`);
    }
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  const head = headerRows(tableRows);
  const body = head ? ['<thead>', ...rows.slice(0, head), '</thead>', '<tbody>', ...rows.slice(head), '</tbody>'] : rows;
  return ['<table>', ...(title ? [`<caption>${title}</caption>`] : []), ...body, '</table>'].join('\n');
}

/**
 * How many of a table's rows, from the first, are its header: rows of header cells alone, as in a
 * 赔偿明细 (赔偿项目 over 项目 and 金额), but none whose cell spans rows below them, which a <thead>
 * would cut off. In a <thead> they are printed with the first row under them and again at the top
 * of the next sheet (global.css), and a screen reader reads them as the table's header.
 */
function headerRows(rows: readonly Element[]): number {
  let count = rows.findIndex((row) => cellsOf(row).some((cell) => cell.tagName !== 'th'));
  if (count < 0) count = rows.length;
  const spansPast = (end: number) => rows.slice(0, end).some((row, index) => cellsOf(row).some((cell) => index + Number(cell.properties['rowSpan'] ?? 1) > end));
  while (count > 0 && spansPast(count)) count--;
  // A table of header cells alone has no body for them to head.
  return count < rows.length ? count : 0;
}

/**
 * A line of words centred or set at the right (a judgment's 民事判决书, a notice's 落款 and date,
 * <p align="right">, <p style="text-align: center">, <center>, or inside a <div align="center">) is
 * kept as that HTML, `<p align="right">青川县人民法院</p>`, which the site shows aligned and not
 * indented (alignedBlocks in markdown-plugins.ts): Markdown has no alignment, and such a line
 * came over as one more paragraph of the story, at the left and indented. A line with a link or
 * a picture stays Markdown, and so does a closing 责任编辑 line, which is taken out. A layout
 * table's cell does not take the alignment around the table (`<div align="center"><table width=600>`
 * centred the table, not its story): the old pages, in quirks mode, did not pass it into a table.
 */
function keepAligned(node: HtmlRoot | Element, inherited?: string): void {
  node.children = (node.children as ElementContent[]).map((child): ElementContent => {
    if (child.type !== 'element' || /^(table|ul|ol|pre)$/.test(child.tagName) || !CELL_BLOCKS.test(child.tagName)) return child;
    const own = child.tagName === 'center' ? 'center' : blockAlign(child.properties['style'], child.properties['align']);
    const align = own ?? (child.properties[LAYOUT_CELL] ? undefined : inherited);
    if (hasBlock(child)) {
      keepAligned(child, align === 'center' || align === 'right' ? align : undefined);
      return child;
    }
    if (align !== 'center' && align !== 'right') return child;
    const html = htmlLine(child.children);
    const text = wordsOf([child]);
    if (html === undefined || !text || EDITOR_LINE.test(text)) return child;
    const tag = /^h[1-6]$/.test(child.tagName) ? `h${Math.max(2, Number(child.tagName[1]))}` : 'p';
    return asHtml(`<${tag} align="${align}">${html}</${tag}>`);
  }) as typeof node.children;
}

/** Whether a box is centred as old editors centre a line: <center>, align="center", style="text-align: center". */
const isCentred = (node: ElementContent): node is Element =>
  node.type === 'element' &&
  (node.tagName === 'center' || String(node.properties['align'] ?? '').toLowerCase() === 'center' || /text-align\s*:\s*center/i.test(String(node.properties['style'] ?? '')));
const picturesIn = (node: ElementContent): Element[] => (node.type !== 'element' ? [] : node.tagName === 'img' ? [node] : node.children.flatMap(picturesIn));
const wordsOf = (nodes: ElementContent[]) => nodes.map(textOf).join('').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
/** The words of `nodes` outside bold: none in a heading an editor centred and made bold (**二、主要做法**). */
const unbold = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' && !/^(b|strong|h[1-6])$/.test(node.tagName) ? node.children.map(unbold).join('') : '');

/** The words of a centred line under a picture, when they can be its caption: text alone, not bold alone, up to a caption's length. */
function centredCaption(nodes: ElementContent[]): string | undefined {
  const words = wordsOf(nodes);
  if (!words || [...words].length > CAPTION_LENGTH || nodes.some((node) => picturesIn(node).length || hasTable(node) || isElement(node, /^(table|ul|ol)$/))) return undefined;
  return nodes.map(unbold).join('').replace(/[\s\u00a0\u3000]+/g, '') ? words : undefined;
}

/** The one picture of nodes that hold no words, or undefined. */
function picture(nodes: ElementContent[]): Element | undefined {
  const found = nodes.flatMap(picturesIn);
  return found.length === 1 && !wordsOf(nodes) ? found[0] : undefined;
}

/**
 * A centred line under a picture is its caption, as UEditor and the old CMSs' editors wrote one
 * (城关社区调解室一角, without 图为 or a credit): the next centred box, or the words after a line
 * break in the picture's own centred box. It becomes the picture's title, which the site shows
 * as its caption, instead of a paragraph of the story, indented.
 */
function centredCaptions(node: HtmlRoot | Element): void {
  // Boxes and words in order, the space between boxes left out.
  const items = (node.children as ElementContent[]).filter((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''));
  for (const [index, box] of items.entries()) {
    if (box.type !== 'element' || box.tagName === 'table') continue;
    const breakAt = box.children.findIndex((child) => isElement(child, /^br$/));
    const own = isCentred(box) && breakAt > 0 ? picture(box.children.slice(0, breakAt)) : undefined;
    const ownCaption = own && centredCaption(box.children.slice(breakAt + 1));
    if (own && ownCaption) {
      own.properties['title'] = ownCaption;
      box.children = box.children.slice(0, breakAt);
      continue;
    }
    const next = items[index + 1];
    const shown = picture([box]);
    const caption = shown && next && isCentred(next) ? centredCaption(next.children) : undefined;
    if (shown && caption && next?.type === 'element') {
      shown.properties['title'] = caption;
      next.children = [];
    } else {
      centredCaptions(box);
    }
  }
}

/** Elements that start a new line in a table cell (a table left inside one is read row by row). */
const CELL_BLOCKS = /^(address|article|blockquote|center|dd|div|dl|dt|figcaption|figure|h[1-6]|li|p|pre|section|table|tbody|td|tfoot|th|thead|tr)$/;
const LISTS = /^(ul|ol)$/;
const BREAK: Element = { type: 'element', tagName: 'br', properties: {}, children: [] };

const isElement = (node: ElementContent, tag: RegExp): boolean => node.type === 'element' && tag.test(node.tagName);
const hasBlock = (node: ElementContent): boolean =>
  node.type === 'element' && node.children.some((child) => isElement(child, CELL_BLOCKS) || isElement(child, LISTS) || hasBlock(child));
const hasTable = (node: ElementContent): boolean => node.type === 'element' && node.children.some((child) => isElement(child, /^table$/) || hasTable(child));

/**
 * A table cell's content as lines, since a Markdown cell is one line (they are joined with
 * <br>): each paragraph or box, list item (with its number or a bullet) and line break starts
 * one; bold or a font around several paragraphs wraps each line. Empty lines are left to `tidy`.
 */
function cellLines(children: ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  for (const child of children) {
    if (child.type !== 'element') {
      lines.at(-1)!.push(child);
    } else if (child.tagName === 'br') {
      lines.push([]);
    } else if (LISTS.test(child.tagName) && hasBlock(child)) {
      const items = child.children.filter((item): item is Element => isElement(item, /^li$/));
      items.forEach((item, i) => {
        const [first = [], ...rest] = cellLines(item.children);
        lines.push([{ type: 'text', value: child.tagName === 'ol' ? `${i + 1}. ` : '• ' }, ...first], ...rest);
      });
      lines.push([]);
    } else if (CELL_BLOCKS.test(child.tagName) || LISTS.test(child.tagName)) {
      // A box, or a list without items (its words are kept): on lines of its own, as a browser shows it.
      lines.push(...cellLines(child.children), []);
    } else if (hasBlock(child)) {
      // Bold or a font around paragraphs: each line keeps it.
      lines.push(...cellLines(child.children).map((line): ElementContent[] => [{ ...child, children: line }]), []);
    } else {
      lines.at(-1)!.push(child);
    }
  }
  return lines;
}

/** A size of a player as HTML writes it, in pixels or per cent (`640`, `640px`, `100%`), which sizedEmbeds reads. */
const EMBED_SIZE = /^\s*\d+(?:\.\d+)?(?:px|%)?\s*$/i;
/**
 * The size given a player written without one: 哔哩哔哩's 嵌入代码 has no width or height, and a
 * browser shows such a frame 300 by 150 pixels, too small to watch; 640 by 360 is the sites' video
 * shape (16:9), which the site narrows to the column in that shape (sizedEmbeds).
 */
const UNSIZED_PLAYER = ' width="640" height="360"';

/**
 * A video site's player (`<iframe src="//player.bilibili.com/player.html?…">`, video-players.ts) as
 * the HTML the site shows: at https:// (an http:// frame is blocked in an https page), its width and
 * height kept, or UNSIZED_PLAYER's without either (the site fits it to the column in that shape:
 * sizedEmbeds), going full screen, and
 * named for screen readers, which read an iframe by its title: its own, or the article's, or 视频.
 * The old code's frameborder, scrolling and the like go (HTML has dropped them). Undefined for an
 * iframe from anywhere else.
 */
function embedPlayer(iframe: Element, title: string | undefined): string | undefined {
  const src = iframe.properties['src'];
  const https = typeof src === 'string' ? videoPlayer(src) : undefined;
  if (https === undefined) return undefined;
  const own = iframe.properties['title'];
  const name = (typeof own === 'string' && htmlText(own)) || (title && htmlText(title)) || '视频';
  const sizes = (['width', 'height'] as const).flatMap((side) => {
    const value = iframe.properties[side];
    return value !== undefined && EMBED_SIZE.test(String(value)) ? [` ${side}="${String(value).trim()}"`] : [];
  });
  return `<iframe src="${escapeHtml(https)}"${sizes.length ? sizes.join('') : UNSIZED_PLAYER} title="${escapeHtml(name)}" allowfullscreen></iframe>`;
}

/** Why an embed that `embedPlayer` did not keep was dropped, after its address in a notice. */
function embedDropped(tagName: string, src: string): string {
  if (tagName === 'embed' || tagName === 'object') return '（Flash 等插件，浏览器不再播放）已删除';
  if (tagName !== 'iframe') return '';
  return /^\s*(?:https?:)?\/\//i.test(src) ? `不是${VIDEO_SITES}的播放器，已删除` : '已删除';
}

/**
 * Where an embedded player's content is: its src or data, or its first <source>; for Flash's
 * <object> as the video sites' old HTML代码 wrote it, with no data, its <param name="movie"> (or src,
 * url) or the <embed> inside it, so that the editor is told which video the article lost.
 */
function embedSource(element: Element): string | undefined {
  const own = element.properties['src'] ?? element.properties['data'];
  if (typeof own === 'string') return own;
  const inside = element.children.filter((child): child is Element => child.type === 'element');
  const source = inside.find((child) => child.tagName === 'source');
  if (typeof source?.properties['src'] === 'string') return source.properties['src'];
  if (element.tagName !== 'object') return undefined;
  const movie = inside.find((child) => child.tagName === 'param' && /^(movie|src|url)$/i.test(String(child.properties['name'] ?? '')));
  if (typeof movie?.properties['value'] === 'string' && movie.properties['value'].trim()) return movie.properties['value'].trim();
  const embed = inside.find((child) => child.tagName === 'embed');
  return embed && embedSource(embed);
}

/**
 * What an old editor wrote into a picture's title or alt that says nothing of the picture: the
 * file's name (UEditor writes the saved name as its title, the uploaded one as its alt:
 * 1551748800123.jpg, IMG_20190305_093012.jpg), or the old page's tooltip (点击查看大图).
 */
const NOT_DESCRIPTION = /^[^\s/\\]+\.(?:jpe?g|png|gif|bmp|webp|tiff?)$|^(?:请)?(?:点击|单击|点此|查看)(?:查看|放大|浏览|打开)?(?:大图|原图|图片)?$|^(?:请)?(?:点击|单击|点此).{0,8}(?:大图|原图|图片|下一页|下一张)$/i;
const describing = (text: string | null | undefined): string | undefined => (text && !NOT_DESCRIPTION.test(text.trim()) ? text : undefined);

/** Each picture renamed by `image`, or taken out; a title or alt that is a file's name or a tooltip goes (the site shows a title as the caption). */
function setImages(parent: Parents, image: (src: string) => string | undefined): void {
  parent.children = parent.children.flatMap((node): RootContent[] => {
    if (node.type === 'image') {
      const url = image(node.url);
      return url === undefined ? [] : [{ ...node, url, alt: describing(node.alt) ?? '', title: describing(node.title) ?? null }];
    }
    if ('children' in node) setImages(node, image);
    return [node];
  }) as typeof parent.children;
}

/** Each link's address as `link` gives it (those `clean` made into their words or pictures are gone). */
function setLinks(parent: Parents, link: (href: string) => string): void {
  for (const node of parent.children) {
    if (node.type === 'link') node.url = link(node.url);
    if ('children' in node) setLinks(node, link);
  }
}

/** Paragraphs split at line breaks (old bodies separate paragraphs with <br>), unpadded, empty ones dropped. */
function tidy(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
      return [{ ...node, children: tidy(node.children) } as RootContent];
    }
    if (node.type === 'heading') {
      // The article's title is the page's one <h1> (the content check refuses another): an old body's <h1> becomes ##.
      const heading = { ...node, depth: Math.max(node.depth, 2) as typeof node.depth, children: unpad(node.children) };
      return hasContent(heading) ? [heading] : [];
    }
    // A Markdown table cell is one line: its lines are joined with <br>.
    if (node.type === 'tableCell') {
      const lines = linesOf(node.children).filter((line) => !isControls(line));
      return [{ ...node, children: lines.flatMap((line, i): PhrasingContent[] => (i ? [{ type: 'html', value: '<br>' }, ...line] : line)) }];
    }
    if (node.type === 'table' || node.type === 'tableRow') return [{ ...node, children: tidy(node.children) } as RootContent];
    if (node.type !== 'paragraph') return [node];
    return linesOf(node.children).map((children): Paragraph => ({ type: 'paragraph', children }));
  });
}

/**
 * A picture alone in its paragraph and the caption line under it (图为…（马远征 摄）, often in
 * the same centred box, split by tidy at its <br>) become one picture with that caption as its
 * title, which the site shows under the picture (captions.ts). Otherwise the caption would be
 * an indented paragraph of the story.
 */
function captioned(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node, index): RootContent[] => {
    const previous = nodes[index - 1];
    if (node.type === 'paragraph' && previous && pictureOf(previous) && isCaptionLine(toString(node))) return [];
    const picture = pictureOf(node);
    const next = nodes[index + 1];
    if (!picture || next?.type !== 'paragraph' || pictureOf(next) || !isCaptionLine(toString(next))) return [node];
    return [{ type: 'paragraph', children: [{ ...picture, title: toString(next).trim() }] }];
  });
}

/** The picture of a paragraph that holds nothing else. */
function pictureOf(node: RootContent): Extract<PhrasingContent, { type: 'image' }> | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [only, ...rest] = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  return rest.length === 0 && only?.type === 'image' && !only.title ? only : undefined;
}

/** Text split at its line breaks, each line unpadded, empty lines dropped. */
function linesOf(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'break') lines.push([]);
    else lines.at(-1)!.push(child);
  }
  return lines.map(unpad).filter((line) => hasContent({ type: 'paragraph', children: line }));
}

function unpad(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^[\s\u00a0\u3000]+/, '');
  const last = children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/[\s\u00a0\u3000]+$/, '');
  return children.filter((child) => child.type !== 'text' || child.value !== '');
}

const hasContent = (node: Nodes): boolean => toString(node).replace(PADDING, '') !== '' || hasImage(node);
const hasImage = (node: Nodes): boolean => node.type === 'image' || ('children' in node && node.children.some(hasImage));
/** A link the content check refuses (`java&#9;script:` too, as a browser reads it): its words stay, so the import builds. */
const isScript = (node: Nodes): boolean => node.type === 'link' && unsafeScheme(node.url) !== undefined;
const isBlank = (node: Nodes) => node.type === 'text' && node.value.replace(PADDING, '') === '';
/**
 * A link within the old page (#_ftn1, a Word footnote's; #part2): the names and ids it led to do
 * not come over, so it leads nowhere here. Its words stay.
 */
const isInPage = (node: Nodes): boolean => node.type === 'link' && node.url.startsWith('#');
/** A link that only moved about the old page: to its top (`#`, `#top`), or by a script. */
const isPageControl = (node: Nodes): boolean => isScript(node) || (node.type === 'link' && /^#(top)?$/i.test(node.url));
/** 返回顶部, 打印本页, 关闭窗口: the old page's controls, not the article's words. */
const isControls = (nodes: Nodes[]): boolean => nodes.some(isPageControl) && nodes.every((node) => isPageControl(node) || isBlank(node));

/** Inline fixes, innermost first; `within`: the links, bold and italics that `parent` is within. */
function clean(parent: Parents, within: ReadonlySet<string> = new Set()): void {
  const inner = /^(link|strong|emphasis)$/.test(parent.type) ? new Set([...within, parent.type]) : within;
  parent.children = joined(parent.children as RootContent[]) as typeof parent.children;
  parent.children = parent.children.flatMap((node): RootContent[] => {
    if (node.type === 'paragraph' && isControls(node.children)) return [];
    if ('children' in node) clean(node, inner);
    if (node.type === 'link' && (isScript(node) || isInPage(node))) return node.children;
    // Bold within bold (<b><strong>, Word's <b><span><b>) is bold once: written twice it is **__…__**,
    // and the words after it as character references (&#x6587;), for CommonMark to close it.
    if ((node.type === 'strong' || node.type === 'emphasis') && inner.has(node.type)) return node.children;
    // <a href="/uploads/big.jpg"><img src="/uploads/small.jpg"></a>: the larger file is not coming along.
    if (node.type === 'link' && PICTURE_FILE.test(node.url.replace(/[?#].*$/, '')) && node.children.every((child) => child.type === 'image' || isBlank(child))) {
      return node.children.filter((child) => child.type === 'image');
    }
    if (node.type === 'text' && !inner.has('link')) return linkAddresses(node);
    if (node.type === 'strong' || node.type === 'emphasis') return unpunctuated(node);
    // Old tables have no <th>: the header row comes out empty, and the first row is the header.
    if (node.type === 'table' && node.children.length > 1 && toString(node.children[0]!).trim() === '') {
      return [{ ...node, children: node.children.slice(1) }];
    }
    return [node];
  }) as typeof parent.children;
}

/**
 * Bold next to bold is one bold: Word parts a bold line into runs (<b>一、</b><b>基本情况</b>),
 * which came out as **一**、**基本情况**; italics likewise.
 */
function joined(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if ((node.type === 'strong' || node.type === 'emphasis') && last?.type === node.type) {
      out[out.length - 1] = { ...last, children: [...last.children, ...node.children] };
    } else {
      out.push(node);
    }
  }
  return out;
}

/** Text with the addresses written out in it as links: `<http://…>` in Markdown. */
function linkAddresses(node: Text): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let at = 0;
  for (const match of node.value.matchAll(ADDRESS)) {
    const address = match[0].replace(ADDRESS_END, '');
    if (!address.includes('.', address.indexOf('//') + 2)) continue;
    parts.push({ type: 'text', value: node.value.slice(at, match.index) });
    const url = /^www\./i.test(address) ? `http://${address}` : address;
    parts.push({ type: 'link', url, children: [{ type: 'text', value: address }] });
    at = match.index + address.length;
  }
  if (!parts.length) return [node];
  parts.push({ type: 'text', value: node.value.slice(at) });
  return parts.filter((part) => part.type !== 'text' || part.value !== '');
}

/**
 * Bold or italic text without punctuation at its edges: CommonMark does not read
 * **“社会组织”**后 as bold, and the converter would write the neighbours as &#x540E;.
 * “**社会组织**”后 reads as the editor meant. Bold around a whole link goes inside it.
 */
function unpunctuated(node: Extract<Nodes, { type: 'strong' | 'emphasis' }>): RootContent[] {
  const only = node.children.length === 1 ? node.children[0]! : undefined;
  if (only?.type === 'link') return [{ ...only, children: unpunctuated({ ...node, children: only.children }) as typeof only.children }];
  const first = node.children[0];
  const last = node.children.at(-1);
  const before = first?.type === 'text' ? (LEADING_PUNCTUATION.exec(first.value)?.[0] ?? '') : '';
  if (before && first?.type === 'text') first.value = first.value.slice(before.length);
  const after = last?.type === 'text' ? (TRAILING_PUNCTUATION.exec(last.value)?.[0] ?? '') : '';
  if (after && last?.type === 'text') last.value = last.value.slice(0, -after.length);
  const inside = node.children.filter((child) => child.type !== 'text' || child.value !== '');
  return [
    ...(before ? [{ type: 'text' as const, value: before }] : []),
    ...(inside.length ? [{ ...node, children: inside }] : []),
    ...(after ? [{ type: 'text' as const, value: after }] : []),
  ];
}
