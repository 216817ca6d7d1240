/**
 * Additions to Astro's Markdown renderer (Sätteri) for article bodies.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import type { ElementContent, Parents } from 'hast';
import type {
  Custom,
  HastFilteredVisitor,
  HastNode,
  HastPluginDefinition,
  HastPluginEntry,
  HastVisitorContext,
  MdastContent,
  MdastPluginDefinition,
  MdastPluginEntry,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from 'satteri';
import { ATTACHMENT, attachmentNote, percentDecoded } from './attachments.ts';
import { FLANK, flankChineseBold } from './chinese-bold.ts';
import { captionParts } from './captions.ts';
import { publicDir } from './content-dir.ts';
import { OPENING_CLASS } from './dateline.ts';
import { BESIDE_ARTICLE, COLUMN_PICTURE, OPENING_PICTURE_TEXT, pictureAbove } from './images.ts';
import { mdxAttributeText } from './mdx-attribute.ts';
import { opensWindow } from './new-window-links.ts';
import { closeUp, closedUpBetween, isEditorsNote, isLabel, paragraphsOf, withoutIndent } from './paragraphs.ts';
import { PHONE_IN_TEXT } from './phones.ts';
import { FULL_WIDTH_PUNCTUATION } from './punctuation.ts';
import { SIMPLIFIED_CHARACTERS, TRADITIONAL_CHARACTERS, toSimplified } from './simplified-converter.ts';
import { SIMPLIFIED_LANG, TRADITIONAL_LANG, blockPassages, mayHaveTraditional } from './traditional-passages.ts';
import { absoluteUrl, decodePath } from './urls.ts';

/**
 * The spaces flankChineseBold gave Chinese bold before parsing (chinese-bold.ts), out of the
 * text again, before the other plugins read it; chineseBoldLeftovers takes out any that ended
 * up where this pass does not look.
 */
const chineseBoldSpaces: MdastPluginEntry = ({ source }) =>
  source.includes(FLANK) && {
    name: 'baodao-chinese-bold',
    text(node, ctx) {
      if (!node.value.includes(FLANK)) return;
      const value = node.value.replaceAll(FLANK, '');
      ctx.replaceNode(node, value ? [{ type: 'text', value }] : []);
    },
  };

/**
 * Only a body with a full-width, em or no-break space (as a character or an entity: `&emsp;`), or a line followed by a
 * line (not a blank one), can need pastedParagraphs to split it or take out an indent.
 */
const MAY_BE_PASTED = /[\u3000\u2002\u2003\u00a0]|&[#\w]+;|[^\r\n][ \t]*\r?\n(?![ \t]*(?:\r?\n|$))/;
/**
 * A space as the source may write it: the character, or an entity that the parser reads as one
 * (`&nbsp;`, as text copied from a web page or a CMS has it beside a 。).
 */
const SOURCE_SPACE = '(?:[^\\S\\n\\u3000]|&[#\\w]+;)';
/** Only a body with a line holding a full-width mark and a space can have a space for closeUp to take out. */
const MAY_HAVE_SPACED_MARK = new RegExp(`[${FULL_WIDTH_PUNCTUATION}].*?${SOURCE_SPACE}|${SOURCE_SPACE}.*?[${FULL_WIDTH_PUNCTUATION}]`, 'u');

/**
 * A paragraph pasted as Chinese text is usually meant: lines indented with full-width spaces
 * are paragraphs of their own, and a line break among Chinese characters, or a space beside a
 * full-width mark, is no space (paragraphs.ts). In a tight list, whose items show no
 * paragraphs, they become lines.
 */
const pastedParagraphs: MdastPluginEntry = ({ source }) =>
  (MAY_BE_PASTED.test(source) || MAY_HAVE_SPACED_MARK.test(source)) && {
    name: 'baodao-pasted-paragraphs',
    paragraph(node, ctx) {
      const paragraphs = paragraphsOf(node.children);
      if (!paragraphs) return;
      const parent = ctx.parent(node);
      if (parent?.type === 'listItem' && !parent.spread) {
        const lines = paragraphs.flatMap((children, index) => [...(index > 0 ? [{ type: 'break' as const }] : []), ...children]);
        ctx.replaceNode(node, { type: 'paragraph', children: lines });
        return;
      }
      ctx.replaceNode(node, paragraphs.map((children) => ({ type: 'paragraph', children })));
    },
  };

/** A Han character: an indented block holding one is text, not code. */
const HAN = /\p{Script=Han}/u;

/**
 * The paragraphs of a block Markdown made code because it was indented with four spaces or a
 * tab, as text copied from a PDF, a plain-text judgment or a typewritten notice often is, when
 * it holds Chinese: each run of lines between blank ones, as the text it is (no Markdown is
 * read in it, so 138****1234 stays masked). `undefined` for a fenced block (```), which is
 * code, and for an indented one without Chinese (code written so). `source` is the Markdown
 * the node's position points into. For the renderer (indentedText) and the 导读 (summary.ts).
 */
export function indentedParagraphs(
  node: { type: string; value?: string | undefined; position?: { start: { offset?: number | undefined } } | undefined },
  source: string,
): string[] | undefined {
  const start = node.position?.start.offset;
  if (node.type !== 'code' || start === undefined || !node.value || !HAN.test(node.value)) return undefined;
  if (/^[ \t]*(?:`{3}|~{3})/.test(source.slice(start))) return undefined;
  return node.value.split(/\n[ \t]*\n/).map((lines) => lines.trim()).filter(Boolean);
}

/**
 * A block indented as pasted text is (indentedParagraphs) is shown as paragraphs, not as code
 * in monospace with every line break kept; pastedParagraphs, after it, reads their lines as
 * Chinese text. Code is written between ``` lines.
 */
const indentedText: MdastPluginEntry = ({ source }) =>
  /(?:^|\n)(?: {4}|\t)/.test(source) && {
    name: 'baodao-indented-text',
    options: { position: true },
    code(node, ctx) {
      const paragraphs = indentedParagraphs(node, source);
      if (paragraphs) ctx.replaceNode(node, paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })));
    },
  };

/**
 * A paragraph of the body's own HTML loses the indent typed at its start (`<p>　　本报讯…</p>`,
 * `<p><span>&nbsp;&nbsp;&nbsp;&nbsp;…`, as old CMSs, Word and online editors write every
 * paragraph), as a Markdown paragraph does (pastedParagraphs): the site indents every paragraph,
 * so it was indented twice. An indent after a `<br>` inside it stays, the only one that line has.
 */
const htmlParagraphIndents: HastPluginEntry = ({ source }) =>
  /[\u3000\u2002\u2003\u00a0]|&[#\w]+;/.test(source) && {
    name: 'baodao-html-paragraph-indents',
    text(node, ctx) {
      const value = withoutIndent(node.value);
      if (value === undefined) return;
      // The paragraph's first text: every node on the way up to the <p> is its parent's first, but for blank text or a comment.
      let child: Readonly<HastNode> = node;
      for (;;) {
        const parent: Readonly<Parents> | undefined = ctx.parent(child);
        const index = ctx.indexOf(child);
        if (parent?.type !== 'element' || index === undefined) return;
        const before = parent.children.slice(0, index);
        if (!before.every((sibling) => sibling.type === 'comment' || (sibling.type === 'text' && !sibling.value.trim()))) return;
        if (parent.tagName === 'p') break;
        child = parent;
      }
      ctx.replaceNode(node, { type: 'text', value });
    },
  };

/** Elements whose text is shown as written, line breaks and spaces included. */
const AS_WRITTEN = new Set(['pre', 'code', 'kbd', 'samp', 'textarea', 'script', 'style']);

/**
 * The text of the body's own HTML read as a Markdown paragraph's is (closedUp): a line break among
 * Chinese characters is no space, nor is a space beside a full-width mark. Word and old editors
 * wrap the lines of their HTML (`<p>被告李某\n向其借款…</p>`), and a browser shows each such break
 * as a space among the Chinese (李某 向其). Only in a body with HTML; Markdown's own text is closed
 * up already, and code is left as written.
 */
const closedUpHtml: HastPluginEntry = ({ source }) =>
  /<[a-z]/i.test(source) && {
    name: 'baodao-closed-up-html',
    text(node, ctx) {
      // A line break at the text's edge is read with the character beside it in the next or last
      // inline element, as the browser lays them out: Word writes <span>李某</span>⏎<span>向其</span>.
      const edges = /^[ \t]*\r?\n|\n[ \t]*$/.test(node.value);
      const before = edges ? besideInLine(node, ctx, -1) : '';
      const after = edges ? besideInLine(node, ctx, 1) : '';
      const value = closedUpBetween(before, node.value, after);
      if (value === node.value) return;
      for (let parent = ctx.parent(node); parent?.type === 'element'; parent = ctx.parent(parent)) {
        if (AS_WRITTEN.has(parent.tagName)) return;
      }
      ctx.replaceNode(node, { type: 'text', value });
    },
  };

/** Elements a line of text runs through, as Word and old CMSs wrap its words (code is not one: it is shown as written). */
const IN_LINE = new Set(['a', 'abbr', 'b', 'big', 'cite', 'del', 'em', 'font', 'i', 'ins', 'mark', 'o:p', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'u']);

/**
 * The character shown just before (`-1`) or after (`1`) a text node in its line of HTML, past the
 * edges of the inline elements around it and beside it (IN_LINE) and comments; '' where a line
 * break, a picture, code or the paragraph's edge is there instead.
 */
function besideInLine(node: Readonly<HastNode>, ctx: HastVisitorContext, side: -1 | 1): string {
  // One character, a Han one beyond U+FFFF (a surrogate pair) whole.
  const edge = (text: string) => (side > 0 ? String.fromCodePoint(text.codePointAt(0)!) : /[\udc00-\udfff]$/.test(text) ? text.slice(-2) : text.slice(-1));
  for (let child = node; ; ) {
    const parent: Readonly<Parents> | undefined = ctx.parent(child);
    const index = ctx.indexOf(child);
    if (parent?.type !== 'element' || index === undefined) return '';
    const siblings = side < 0 ? parent.children.slice(0, index).reverse() : parent.children.slice(index + 1);
    for (const sibling of siblings) {
      if (sibling.type === 'comment') continue;
      const text = sibling.type === 'text' ? sibling.value : sibling.type === 'element' && IN_LINE.has(sibling.tagName) ? ctx.textContent(sibling) : undefined;
      if (text === undefined) return '';
      if (text) return edge(text);
    }
    if (!IN_LINE.has(parent.tagName)) return '';
    child = parent;
  }
}

/** A heading's and a table cell's text closed up as a paragraph's is (closeUp): 一、 基本案情 is 一、基本案情. */
const closedUpLines: MdastPluginEntry = ({ source }) =>
  MAY_HAVE_SPACED_MARK.test(source) && {
    name: 'baodao-closed-up-lines',
    heading(node, ctx) {
      const children = closeUp(node.children);
      if (children) ctx.setProperty(node, 'children', children);
    },
    tableCell(node, ctx) {
      const children = closeUp(node.children);
      if (children) ctx.setProperty(node, 'children', children);
    },
  };

/** U+2060 WORD JOINER: no line break on either side of it, and nothing a reader sees or a search finds (search-text.ts skips format characters). */
export const WORD_JOINER = '\u2060';
/** 间隔号, the middle dot of 鲁社齐心·向阳同行 and of a transcribed name (阿依古丽·买买提). */
const INTERPUNCT = /\u00b7/g;

/**
 * A 间隔号 never starts a line (鲁社齐心 / ·向阳同行), nor ends one: Chromium breaks on either side
 * of U+00B7 in Chinese text, even under `line-break: strict`. Each is bound to the characters
 * beside it with a WORD JOINER, in the body's text (headings, links, table cells and captions
 * too; never in code), also where its neighbour is in the next node (**鲁社齐心**·向阳).
 */
const boundInterpuncts: MdastPluginEntry = ({ source }) =>
  source.includes('\u00b7') && {
    name: 'baodao-bound-interpuncts',
    text(node, ctx) {
      if (!node.value.includes('\u00b7')) return;
      ctx.replaceNode(node, { type: 'text', value: node.value.replace(INTERPUNCT, `${WORD_JOINER}\u00b7${WORD_JOINER}`) });
    },
  };

/**
 * A note's raised number ([^1]) never starts a line: Chromium breaks between a character and a
 * digit, so a line began with the number and the 。 after it (利息 / ¹。), on a phone and on
 * paper. It is bound to the character before it with a WORD JOINER, wherever it stands (after
 * bold, a link or a space too). What follows it needs none: no line starts with a closing mark
 * (。，、）” …), and a number keeps to the mark after it.
 */
const boundNoteReferences: MdastPluginEntry = ({ source }) =>
  source.includes('[^') && {
    name: 'baodao-bound-note-references',
    footnoteReference(node, ctx) {
      ctx.insertBefore(node, { type: 'text', value: WORD_JOINER });
    },
  };

/** An inline Markdown node, as far as literalMarks reads it. */
interface InlineNode {
  type: string;
  children?: InlineNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const MARKS = new Set(['delete', 'emphasis', 'strong']);
const WORD = /[\p{L}\p{N}]/u;

/** Whether the character just before `at` (or at `at`, with `after`) is a letter, digit or Han, a character beyond U+FFFF included. */
function wordAround(source: string, at: number, after: boolean): boolean {
  let code = source.codePointAt(after ? at : at - 1);
  if (!after && code !== undefined && code >= 0xdc00 && code <= 0xdfff && at >= 2) code = source.codePointAt(at - 2);
  return code !== undefined && WORD.test(String.fromCodePoint(code));
}

/** Whether the asterisk at `at` is in a run of three or more between two characters: a mask (138****1234), not ***粗斜体***. */
function inMask(source: string, at: number): boolean {
  let from = at;
  let to = at;
  while (from > 0 && source[from - 1] === '*') from--;
  while (source[to] === '*') to++;
  return to - from >= 3 && wordAround(source, from, false) && wordAround(source, to, true);
}

/**
 * The mark a strike or emphasis was written with, when it is text and not markup: one tilde
 * (1~3年), or asterisks that mask a number or a name, as legal news does: a run of three or
 * more between two characters (138****1234, 370102********1234), or one asterisk with a
 * character on both sides at either end (张*明和李*华, and 张*和李*, 李*和王*。, whose
 * last asterisk ends a name). Emphasis among Chinese is written bold.
 */
function literalMark(node: InlineNode, source: string): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  if (node.type === 'delete') return source.startsWith('~~', start) ? undefined : '~';
  if ((node.type !== 'emphasis' && node.type !== 'strong') || source[start] !== '*') return undefined;
  const mark = node.type === 'strong' ? '**' : '*';
  if (inMask(source, start) || inMask(source, end - 1)) return mark;
  const word = (at: number, after: boolean) => wordAround(source, at, after);
  const between = (at: number) => word(at, false) && word(at + 1, true);
  if (mark === '*' && (between(start) || between(end - 1))) return mark;
  return undefined;
}

/**
 * Inline nodes as they are, but for the marks that are text (literalMark), which become that
 * text around their contents; `source` is the Markdown the nodes' positions point into. For the
 * renderer (literalMarks) and the 导读 taken from the body (summary.ts).
 */
export function unmark(nodes: readonly InlineNode[], source: string): InlineNode[] {
  return nodes.flatMap((node): InlineNode[] => {
    const children = node.children && unmark(node.children, source);
    const mark = MARKS.has(node.type) ? literalMark(node, source) : undefined;
    if (mark) {
      const text = { type: 'text', value: mark };
      return [text, ...(children ?? []), text];
    }
    const same = !children || (children.length === node.children!.length && children.every((child, index) => child === node.children![index]));
    return [same ? node : { ...node, children }];
  });
}

/**
 * Tildes and asterisks that GitHub's Markdown would read as markup, kept as the text they are
 * in Chinese news (literalMark): only ~~删除~~ strikes, and 1~3年 or 5000~10000元 stay ranges;
 * 138****1234 and 张*明 stay masked. The outermost mark answers for those inside it.
 */
const literalMarks: MdastPluginEntry = ({ source }) => {
  if (!/[~*]/.test(source)) return null;
  const visit = (node: Readonly<InlineNode>, ctx: Parameters<NonNullable<MdastPluginDefinition['delete']>>[1]) => {
    const parent = ctx.parent(node as never);
    if (parent && MARKS.has(parent.type)) return;
    const nodes = unmark([node as InlineNode], source);
    if (nodes.length === 1 && nodes[0] === node) return;
    ctx.replaceNode(node as never, nodes as unknown as MdastContent[]);
  };
  return { name: 'baodao-literal-marks', options: { position: true }, delete: visit, emphasis: visit, strong: visit };
};

/**
 * A wide table scrolls sideways inside its own box on small screens; the box can be focused
 * and scrolled with the keyboard, and is named for screen readers (a group, not a landmark,
 * so several tables in one article are fine). Written so for a browser without script; the
 * page's script (src/scripts/scrolling-tables.ts) keeps this only on a box that scrolls.
 */
const SCROLL_BOX = '<div class="table-scroll" tabindex="0" role="group" aria-label="表格（可左右滚动）"></div>';

const scrollableTables: HastPluginDefinition = {
  name: 'baodao-scrollable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.wrapNode(node, { raw: SCROLL_BOX });
    },
  },
  // An .mdx body's table written as JSX (<table>, as one with merged cells must be) is boxed the same.
  mdxJsxFlowElement: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.wrapNode(node, { raw: SCROLL_BOX });
    },
  },
};

/**
 * An SVG chart or a MathML formula pasted into a body keeps its `xmlns`: read into elements
 * (`rawHtml`), the renderer names that attribute `:xmlns` (a namespace declaration with an empty
 * prefix) and would write it so, an attribute no browser or validator knows.
 */
const namespaceDeclarations: HastPluginDefinition = {
  name: 'baodao-namespace-declarations',
  element: {
    filter: ['svg', 'math'],
    visit(node, ctx) {
      const value = node.properties?.[':xmlns'];
      if (value === undefined) return;
      ctx.setProperty(node, ':xmlns', null);
      ctx.setProperty(node, 'xmlns', value);
    },
  },
};

/**
 * An HTML table's widths as Word, WPS and old CMSs write them, in pixels or points for the page
 * they came from (`<table width="600" cellspacing="0" cellpadding="0">`, `<col width="120">`,
 * `<td width="300">`, `style="width: 414.8pt"`), go: the site lays the table out as it does a
 * Markdown one. Kept, they held a table of two columns at 600 px, so a phone scrolled it
 * sideways where it would have shown it whole, and on A5 paper, which cannot scroll, a column
 * was cut off at the sheet's edge. (`cellspacing` and `cellpadding` did nothing under the site's
 * cell rules; HTML no longer has them.)
 */
/** A declaration of a `style` attribute (`TEXT-ALIGN: CENTER`), as written but trimmed, with its property in lower case and its value. */
interface Declaration {
  text: string;
  property: string;
  value: string;
}

/** The declarations of a `style` attribute, empty ones left out; none for no style. One reading for every rule that reads a style. */
function declarations(style: unknown): Declaration[] {
  if (typeof style !== 'string') return [];
  return style
    .split(';')
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => {
      const colon = text.indexOf(':');
      return { text, property: colon < 0 ? '' : text.slice(0, colon).trim().toLowerCase(), value: colon < 0 ? '' : text.slice(colon + 1).trim() };
    });
}

/** Declarations written back as a `style` attribute, or null (the attribute goes) for none. */
const styleOf = (kept: readonly Declaration[]) => (kept.length > 0 ? `${kept.map((declaration) => declaration.text).join('; ')};` : null);

const tableWidths: HastPluginDefinition = {
  name: 'baodao-table-widths',
  element: {
    filter: ['table', 'colgroup', 'col', 'th', 'td'],
    visit(node, ctx) {
      for (const name of ['width', 'cellSpacing', 'cellPadding']) if (node.properties?.[name] !== undefined) ctx.setProperty(node, name, null);
      const style = node.properties?.['style'];
      if (typeof style !== 'string' || !/width/i.test(style)) return;
      ctx.setProperty(node, 'style', styleOf(declarations(style).filter((declaration) => declaration.property !== 'width')));
    },
  },
};

/** A cell of at most this many characters (a name, an amount, a date) is never broken across lines. */
const SHORT_CELL = 6;

/**
 * Table cells: one aligned in Markdown (`| ---: |`) carries a class, not a `style` attribute
 * (browsers that predate `style-src-attr` would refuse the attribute under the pages'
 * Content-Security-Policy and lose the alignment of every figure column), and so does one an
 * HTML table aligns with `align`, which the site's cell rule overrides; a short one
 * (王某某, 1.2万元, 被告人) is not broken across lines on a phone: its table scrolls instead.
 * A header cell says what it heads, unless the editor wrote it (`scope`): in a row of header
 * cells its column (those it spans), beside data cells its row. A table with merged header
 * cells (金额 over 原告主张 and 法院支持) needs it for a screen reader to read each figure
 * with its headers (WCAG H63).
 */
/** A header cell's `scope`: in a row of header cells (HTML or JSX, as the body writes them) its column, beside data cells its row. */
function headerScope(row: { children: readonly { type: string; tagName?: string; name?: string | null }[] }): 'col' | 'row' {
  const header = (cell: (typeof row.children)[number]) =>
    cell.type === 'element' ? cell.tagName === 'th' : cell.type === 'mdxJsxFlowElement' || cell.type === 'mdxJsxTextElement' ? cell.name === 'th' : true;
  return row.children.every(header) ? 'col' : 'row';
}

/** Whether a cell's text is short enough (a name, an amount, a date) never to be broken across lines. */
const shortCell = (text: string) => [...text.trim()].length <= SHORT_CELL;

/** The classes an element carries, as strings. */
const classesOf = (node: Readonly<Extract<HastNode, { type: 'element' }>>) => {
  const classes = node.properties?.['className'];
  return Array.isArray(classes) ? classes.map(String) : [];
};

/** The most characters an amount has (1,190,567.89元 is 13): a longer run of digits is an account or an ID. */
const AMOUNT_LENGTH = 13;

/**
 * Whether a cell's text is an amount (a sum, a count, a share: 1,190,567.89, -3.5%, 44,000.00元),
 * which global.css keeps whole on paper where the sheet has room: torn, 856,000.0 / 0 misreads.
 * It has a thousands separator, a decimal point or a unit; a plain run of digits (an ID number,
 * 510822199003074510, a bank account) or a dotted date (2023.12.11) is not one: kept whole too, a
 * six-column table of names, IDs, accounts and amounts printed 739 px wide on A4's 673.
 */
const numberCell = (text: string) => {
  const trimmed = text.trim();
  return (
    [...trimmed].length <= AMOUNT_LENGTH &&
    /^[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:%|％|元|万元|亿元)?$/.test(trimmed) &&
    /[,.%％元]/.test(trimmed)
  );
};

/** A table of more than this many columns is set smaller on paper and its cells may break there (global.css): no cell of it is marked a number. */
const NUMBER_CELL_COLUMNS = 6;

/** An element of the body, as HTML or as JSX, as far as tagOf and columnsOf read it. */
interface BodyElement {
  type: string;
  tagName?: string;
  name?: string | null;
  children?: readonly BodyElement[];
}

const tagOf = (node: BodyElement) => (node.type === 'element' ? node.tagName : node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? node.name : undefined);

/** columnsOf's answers, each table read once however many of its cells ask. */
const columnsRead = new WeakMap<object, number>();

/** The most cells a row of `table` has (its thead, tbody and tfoot read through), as global.css counts them (`tr > :nth-child(7)`). */
function columnsOf(table: BodyElement): number {
  const known = columnsRead.get(table);
  if (known !== undefined) return known;
  let most = 0;
  const read = (node: BodyElement) => {
    for (const child of node.children ?? []) {
      const tag = tagOf(child);
      if (tag === 'tr') most = Math.max(most, (child.children ?? []).filter((cell) => /^t[dh]$/.test(tagOf(cell) ?? '')).length);
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') read(child);
    }
  };
  read(table);
  columnsRead.set(table, most);
  return most;
}

/** Whether the table a cell is in has more columns than NUMBER_CELL_COLUMNS. */
function inWideTable(cell: Readonly<HastNode>, ctx: HastVisitorContext): boolean {
  for (let node: Readonly<HastNode> | Readonly<Parents> | undefined = ctx.parent(cell); node; node = ctx.parent(node as Readonly<HastNode>)) {
    if (tagOf(node as BodyElement) === 'table') return columnsOf(node as BodyElement) > NUMBER_CELL_COLUMNS;
  }
  return false;
}

/**
 * The class that keeps a cell's text whole: `cell-short` on screen and paper, or, for an amount in a table of
 * up to six columns (`wide` says it has more), `cell-number` on paper.
 */
const wholeCell = (text: string, wide: () => boolean = () => false) => (shortCell(text) ? ['cell-short'] : numberCell(text) && !wide() ? ['cell-number'] : []);

/**
 * An .mdx body's table cell written as JSX (<td>, <th>): scoped and marked short or a number as a Markdown
 * table's; a class written on it is kept, and one written as code in braces is left as it is.
 */
const jsxTableCells: HastFilteredVisitor<MdxJsxFlowElementHast | MdxJsxTextElementHast> = {
  filter: ['th', 'td'],
  visit(node, ctx) {
    const written = (name: string) => node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name);
    const added: { type: 'mdxJsxAttribute'; name: string; value: string }[] = [];
    if (node.name === 'th' && !written('scope')) added.push({ type: 'mdxJsxAttribute', name: 'scope', value: headerScope(ctx.parent(node)) });
    const classWritten = written('class') ?? written('className');
    const classes = classWritten && mdxAttributeText(classWritten.value);
    const whole = !classWritten || classes !== undefined ? wholeCell(ctx.textContent(node), () => inWideTable(node as Readonly<HastNode>, ctx)) : [];
    if (whole.length > 0) added.push({ type: 'mdxJsxAttribute', name: classWritten?.type === 'mdxJsxAttribute' ? classWritten.name : 'class', value: [classes, ...whole].filter(Boolean).join(' ') });
    if (added.length === 0) return;
    const kept = node.attributes.filter((attribute) => whole.length === 0 || attribute !== classWritten);
    // setProperty would set an HTML property named `attributes`: the element is written anew.
    ctx.replaceNode(node, { ...node, attributes: [...kept, ...added] });
  },
};

/** An alignment HTML's `align` attribute writes (`<td align="right">`, `<TR ALIGN=CENTER>`), as the class name's part it becomes. */
const writtenAlign = (value: unknown) => (typeof value === 'string' ? /^\s*(left|center|right)\s*$/i.exec(value)?.[1]?.toLowerCase() : undefined);

/**
 * The alignment a `style` attribute gives (`text-align: center;`, `TEXT-ALIGN: CENTER; font-size: 16px`),
 * as writtenAlign's; `only` when it says nothing else, so that the class can stand for it.
 */
function styleAlign(style: unknown): { align: string | undefined; only: boolean } {
  const written = declarations(style);
  const aligns = written.map(({ property, value }) => (property === 'text-align' && /^[a-z-]+$/i.test(value) ? value.toLowerCase() : undefined));
  const align = aligns.findLast((found) => found !== undefined);
  return { align: align === undefined ? undefined : writtenAlign(align) ?? 'other', only: written.length === 1 && align !== undefined };
}

/**
 * The alignment a paragraph, heading or block of the body's HTML is shown with: its style's
 * `text-align`, or else its `align` attribute; 'other' for one the site has no class for (justify).
 * For the renderer (alignedBlocks) and the 导读, which skips a centred title (summary.ts).
 */
export const blockAlign = (style: unknown, align: unknown): string | undefined => styleAlign(style).align ?? writtenAlign(align);

const tableCells: HastPluginDefinition = {
  name: 'baodao-table-cells',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const row = ctx.parent(node);
      if (node.tagName === 'th' && !node.properties?.['scope']) ctx.setProperty(node, 'scope', headerScope(row));
      const style = styleAlign(node.properties?.['style']);
      // `align` on the cell, or else on its row, as Word, WPS and old CMSs write it: the site's cell
      // rule (text-align: left) overrode what the attribute asks, so amounts stood at the left. A
      // `style` with text-align and more is obeyed as it is.
      const written = node.properties?.['align'];
      const attribute = writtenAlign(written);
      const rowAlign = row?.type === 'element' ? writtenAlign(row.properties?.['align']) : undefined;
      const styled = style.only && style.align !== 'other' ? style.align : undefined;
      const align = styled ?? (style.align ? undefined : (attribute ?? (written === undefined ? rowAlign : undefined)));
      if (styled) ctx.setProperty(node, 'style', null);
      if (attribute) ctx.setProperty(node, 'align', null);
      // Every cell of the row carries it now (the attribute aligns nothing else).
      if (rowAlign) ctx.setProperty(row!, 'align', null);
      const classes = [...(align ? [`align-${align}`] : []), ...wholeCell(ctx.textContent(node), () => inWideTable(node, ctx))];
      if (classes.length > 0) ctx.setProperty(node, 'className', classes);
    },
  },
  mdxJsxFlowElement: jsxTableCells,
  mdxJsxTextElement: jsxTableCells,
};

/**
 * A paragraph or heading of the body's HTML aligned as old CMSs, Word and online editors write
 * it (`<p align="center">`, `<p style="text-align: center;">`: a judgment's 民事判决书, a notice's
 * 落款) carries the alignment's class, as a table cell does: centred or at the right, it is not
 * indented (global.css), where the site's 2em pushed a centred title 1em right of the column's
 * middle. The attribute goes (HTML no longer has it); a `style` saying more than its alignment is
 * kept as written. A `<div align="center">` keeps its attribute, which also centres a table or a
 * picture inside it (global.css does not indent its paragraphs either).
 */
const alignedBlocks: HastPluginDefinition = {
  name: 'baodao-aligned-blocks',
  element: {
    filter: ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node, ctx) {
      const style = styleAlign(node.properties?.['style']);
      const attribute = writtenAlign(node.properties?.['align']);
      const align = blockAlign(node.properties?.['style'], node.properties?.['align']);
      if (align === undefined || align === 'other') return;
      if (attribute) ctx.setProperty(node, 'align', null);
      if (style.only) ctx.setProperty(node, 'style', null);
      ctx.setProperty(node, 'className', [...classesOf(node), `align-${align}`]);
    },
  },
};

/**
 * A picture of the body's HTML floated beside the text, as old CMSs and online editors write it
 * (`<img align="left">`, `style="float: left"` as UEditor writes it), carries a class in its place
 * (`float-left`, `float-right`): global.css floats it where the column has room for the text
 * beside it, a little apart from it, and not on a phone, where the text beside a 220 px picture
 * was a strip of 6 characters a line. The attribute goes (HTML no longer has it), and so does the
 * style's float, which the class could not undo.
 */
const floatedPictures: HastPluginDefinition = {
  name: 'baodao-floated-pictures',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const attribute = node.properties?.['align'];
      const style = declarations(node.properties?.['style']);
      const floats = style.filter((declaration) => declaration.property === 'float');
      const written = floats.map(({ value }) => /^(left|right)$/i.exec(value)?.[1]).findLast((side) => side !== undefined);
      // A style's float answers for the picture, as it does in the browser (float: none over align="left").
      const side = (floats.length > 0 ? written : typeof attribute === 'string' ? /^\s*(left|right)\s*$/i.exec(attribute)?.[1] : undefined)?.toLowerCase();
      if (!side) return;
      if (typeof attribute === 'string' && /^\s*(left|right)\s*$/i.test(attribute)) ctx.setProperty(node, 'align', null);
      if (floats.length > 0) ctx.setProperty(node, 'style', styleOf(style.filter((declaration) => declaration.property !== 'float')));
      ctx.setProperty(node, 'className', [...classesOf(node), `float-${side}`]);
    },
  },
};

/** A link's text that is an address (https://…/0839-1234567.html, www.…, mailto:, 0839-1234567@…): not a number to keep whole. */
const ADDRESS_TEXT = /^\s*(?:[a-z][a-z\d+.-]*:\/\/|www\.|mailto:)\S*\s*$|^\s*[^\s@]+@[^\s@]+\s*$/i;

/** The attribute `name` of an .mdx body's JSX element, as written (its value in quotes, in braces or none). */
const jsxWritten = (node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, name: string) =>
  node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name);

/** Whether an element is a `tel:` link: HTML's `<a href="tel:…">`, or the same written as JSX in an .mdx body. */
const isTelLink = (node: Readonly<HastNode>) => {
  const href =
    node.type === 'element' && node.tagName === 'a'
      ? node.properties?.['href']
      : (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a'
        ? mdxAttributeText(jsxWritten(node, 'href')?.value)
        : undefined;
  return typeof href === 'string' && /^tel:/i.test(href);
};

/**
 * An .mdx body's `tel:` link written as JSX (`<a href="tel:…">0839 1234567</a>`) is the `phone`, as
 * the same link in Markdown or HTML is (phoneNumbers); a class written on it is kept, and one written
 * as code in braces is left as it is.
 */
const jsxPhoneLinks: HastFilteredVisitor<MdxJsxFlowElementHast | MdxJsxTextElementHast> = {
  filter: ['a'],
  visit(node, ctx) {
    if (!isTelLink(node as Readonly<HastNode>) || !/[\s-]/.test(ctx.textContent(node))) return;
    const classWritten = jsxWritten(node, 'class') ?? jsxWritten(node, 'className');
    const classes = classWritten && mdxAttributeText(classWritten.value);
    if (classWritten && classes === undefined) return;
    const written = classes?.split(/\s+/).filter(Boolean) ?? [];
    if (written.includes('phone')) return;
    const name = classWritten?.type === 'mdxJsxAttribute' ? classWritten.name : 'class';
    const kept = node.attributes.filter((attribute) => attribute !== classWritten);
    // setProperty would set an HTML property named `attributes`: the element is written anew.
    ctx.replaceNode(node, { ...node, attributes: [...kept, { type: 'mdxJsxAttribute', name, value: [...written, 'phone'].join(' ') }] });
  },
};

/**
 * A phone number in the text (联系电话：0839-1234567, PHONE_IN_TEXT in phones.ts) is set in a
 * `phone` span, which global.css keeps whole on a line: Chromium broke it at its hyphen, 010- at
 * one line's end and 57027107 on the next, at 375 px. Its hyphens stay as written, so a number
 * copied still dials. Left as it is in code (kbd, samp, a <pre>'s spans too: AS_WRITTEN) and in a
 * link's text that is an address (https://…/0839-1234567.html). A `tel:` link written in the body
 * (`[拨打 010-57027107](tel:+86-10-57027107)`, or `<a href="tel:…">` in HTML or an .mdx body's JSX) is itself the `phone`, which html-validate's
 * tel-non-breaking reads on the link, not on a span inside it. Only a body with a hyphen between
 * digits or a `tel:` link is read: every text node of every article was.
 */
const phoneNumbers: HastPluginEntry = ({ source }) =>
  /\d-\d|tel:/i.test(source) && {
    name: 'baodao-phone-numbers',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        if (!isTelLink(node) || !/[\s-]/.test(ctx.textContent(node))) return;
        const classes = classesOf(node);
        if (!classes.includes('phone')) ctx.setProperty(node, 'className', [...classes, 'phone']);
      },
    },
    mdxJsxFlowElement: jsxPhoneLinks,
    mdxJsxTextElement: jsxPhoneLinks,
    text(node, ctx) {
      // search, not test: test would leave the global pattern's lastIndex past the first number for matchAll.
      if (node.value.search(PHONE_IN_TEXT) < 0) return;
      for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent as Readonly<HastNode>)) {
        // An .mdx body's code is JSX (<kbd>, <code>): read by its name as HTML's by its tag.
        if (AS_WRITTEN.has(tagOf(parent as BodyElement) ?? '')) return;
        if (isTelLink(parent as Readonly<HastNode>)) return;
        if (parent.type !== 'element') continue;
        if (classesOf(parent).includes('phone')) return;
        if (parent.tagName === 'a' && ADDRESS_TEXT.test(ctx.textContent(parent))) return;
      }
      const parts: ElementContent[] = [];
      let from = 0;
      for (const found of node.value.matchAll(PHONE_IN_TEXT)) {
        if (found.index > from) parts.push({ type: 'text', value: node.value.slice(from, found.index) });
        parts.push({ type: 'element', tagName: 'span', properties: { className: ['phone'] }, children: [{ type: 'text', value: found[0] }] });
        from = found.index + found[0].length;
      }
      if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
      ctx.replaceNode(node, parts);
    },
  };

/** Whether `node` is an element of the body (HTML, or an .mdx body's JSX) with a `lang` of its own, which an editor wrote. */
function hasLang(node: Readonly<Parents>): boolean {
  if (node.type === 'element') return node.properties['lang'] !== undefined;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'lang');
  return false;
}

/** The blocks of a body whose text is read for traditional characters, each whole, across its inline elements. */
const TEXT_BLOCKS = ['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption'];

/** Elements that hold blocks, not a line of text: a list item or a cell holding them is read in its blocks, each on its own. */
const HOLDS_BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul']);

/** Elements a passage's span may not go into: code, and SVG's and MathML's own text, which shows no HTML span. */
const NOT_MARKED = new Set([...AS_WRITTEN, 'svg', 'math']);

/** The text of a node of the body, as a reader reads it (not its comments). */
const textOf = (node: Readonly<ElementContent> | Readonly<HastNode>): string =>
  node.type === 'text' ? node.value : 'children' in node && Array.isArray(node.children) ? (node.children as ElementContent[]).map(textOf).join('') : '';

/** The same, for judging its script: the text of code, SVG, MathML and an element with a lang of its own each character an object (U+FFFC), not Han. */
const judgedTextOf = (node: Readonly<ElementContent>): string =>
  node.type === 'element' && (NOT_MARKED.has(node.tagName) || node.properties['lang'] !== undefined)
    ? '\uFFFC'.repeat(textOf(node).length)
    : node.type === 'element'
      ? node.children.map(judgedTextOf).join('')
      : textOf(node);

/**
 * `children` (of a block, or of an inline element in it) with the passage of their text from `start` to
 * `end` in a `<span lang>`, or undefined when the span would cross an element's edge: a passage inside one
 * element is marked inside it (not inside code, SVG, MathML or an element with a lang of its own), one
 * across several from text to text (他说：“臺灣的**空氣**品質很好。”) in a span around them.
 */
function withPassage(children: readonly ElementContent[], start: number, end: number, lang: string): ElementContent[] | undefined {
  let offset = 0;
  const parts = children.map((child) => {
    const from = offset;
    offset += textOf(child).length;
    return { child, from, to: offset };
  });
  const within = parts.find(({ from, to }) => from <= start && end <= to && (from < start || end < to));
  if (within && within.child.type !== 'text') {
    const { child, from } = within;
    if (child.type !== 'element' || NOT_MARKED.has(child.tagName) || child.properties['lang'] !== undefined) return undefined;
    const inner = withPassage(child.children, start - from, end - from, lang);
    return inner && children.map((other) => (other === child ? { ...child, children: inner } : other));
  }
  const first = parts.findIndex(({ from, to }) => from <= start && start < to);
  const last = parts.findIndex(({ from, to }) => from < end && end <= to);
  if (first < 0 || last < first) return undefined;
  const head = parts[first]!;
  const tail = parts[last]!;
  if ((head.from < start && head.child.type !== 'text') || (end < tail.to && tail.child.type !== 'text')) return undefined;
  const text = (value: string): ElementContent[] => (value ? [{ type: 'text', value }] : []);
  const inside = parts.slice(first, last + 1).flatMap(({ child, from, to }) =>
    child.type === 'text' && (from < start || end < to) ? text(child.value.slice(Math.max(start - from, 0), Math.min(end, to) - from)) : [child],
  );
  return [
    ...children.slice(0, first),
    ...(head.child.type === 'text' ? text(head.child.value.slice(0, start - head.from)) : []),
    { type: 'element', tagName: 'span', properties: { lang }, children: inside },
    ...(tail.child.type === 'text' ? text(tail.child.value.slice(end - tail.from)) : []),
    ...children.slice(last + 1),
  ];
}

/**
 * A passage in traditional characters (a quote of a reader in Taiwan, 臺灣的空氣品質……) marked
 * `lang="zh-Hant"`, so that a screen reader reads it in that voice, not the page's zh-CN
 * (src/lib/traditional-passages.ts). Each block is read whole, across its bold, links and phone
 * numbers: a traditional one carries the lang itself (a simplified quote in it, 稱「这是我们的责任」,
 * a span of zh-Hans), or else each traditional quote in it is a span, where one can be without
 * crossing an element's edge, and is left unmarked where not. Not in code, SVG or MathML, nor where
 * the editor gave a `lang` already. Only a body with two characters OpenCC's table changes is read.
 */
const traditionalPassagesMarked: HastPluginEntry = ({ source }) =>
  mayHaveTraditional(source, TRADITIONAL_CHARACTERS) && {
    name: 'baodao-traditional-passages',
    element: {
      filter: TEXT_BLOCKS,
      visit(node, ctx) {
        if (hasLang(node) || node.children.some((child) => (child.type === 'element' ? HOLDS_BLOCKS.has(child.tagName) : child.type === 'mdxJsxFlowElement'))) return;
        for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent as Readonly<HastNode>)) {
          if (NOT_MARKED.has(tagOf(parent as BodyElement) ?? '') || hasLang(parent)) return;
        }
        const passages = blockPassages(node.children.map(judgedTextOf).join(''), toSimplified, SIMPLIFIED_CHARACTERS);
        if (passages.whole) {
          let children: ElementContent[] | undefined = node.children;
          for (const { start, end } of passages.simplified) children = children && withPassage(children, start, end, SIMPLIFIED_LANG);
          if (children) {
            ctx.setProperty(node, 'lang', TRADITIONAL_LANG);
            if (passages.simplified.length > 0) ctx.setProperty(node, 'children', children);
            return;
          }
        }
        let children: ElementContent[] = node.children;
        for (const { start, end } of passages.traditional) children = withPassage(children, start, end, TRADITIONAL_LANG) ?? children;
        if (children !== node.children) ctx.setProperty(node, 'children', children);
      },
    },
  };

/** A size written as an HTML attribute in pixels (`640`, `640px`, which browsers read as 640), not in per cent. */
const pixels = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? /^\s*([1-9]\d*)(?:px)?\s*$/i.exec(String(value))?.[1] : undefined);

/** The properties a style that sizes a player sets: one written so is left as written. */
const SIZING = ['width', 'height', 'aspect-ratio'];

/**
 * What an embedded player written `width` × `height` in pixels, with `style`, is given to keep its
 * shape when the column narrows it: its style with the aspect ratio its size gives, and `embed-sized`
 * (global.css: height: auto). Undefined for one sized otherwise (in per cent, on one side, in its style).
 */
function embedShape(width: unknown, height: unknown, style: unknown): { width: string; height: string; style: string } | undefined {
  const [across, down] = [pixels(width), pixels(height)];
  const written = declarations(style);
  if (!across || !down || written.some(({ property }) => SIZING.includes(property))) return undefined;
  return { width: across, height: down, style: styleOf([...written, { text: `aspect-ratio: ${across} / ${down}`, property: 'aspect-ratio', value: `${across} / ${down}` }])! };
}

/** An .mdx body's `<iframe width="640" height="360">` (JSX), shaped as the body's HTML one is (sizedEmbeds); code in braces is left. */
const jsxSizedEmbeds: HastFilteredVisitor<MdxJsxFlowElementHast | MdxJsxTextElementHast> = {
  filter: ['iframe'],
  visit(node, ctx) {
    const written = (name: string) => node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name);
    // A size in braces is a number (width={640}); anything else there is code, as the content check reads it.
    const size = (name: string) => {
      const value = written(name)?.value;
      return typeof value === 'object' && value !== null && /^\s*\d+\s*$/.test(value.value) ? value.value.trim() : mdxAttributeText(value);
    };
    const styleWritten = written('style');
    const style = styleWritten && mdxAttributeText(styleWritten.value);
    const shape = styleWritten && style === undefined ? undefined : embedShape(size('width'), size('height'), style);
    const classWritten = written('class') ?? written('className');
    const classes = classWritten && mdxAttributeText(classWritten.value);
    if (classWritten && classes === undefined) return;
    const lazy = written('loading') === undefined;
    if (!shape && !lazy) return;
    const replaced = new Set(shape ? ['width', 'height', 'style', classWritten?.type === 'mdxJsxAttribute' ? classWritten.name : 'class'] : []);
    const kept = node.attributes.filter((attribute) => attribute.type !== 'mdxJsxAttribute' || !replaced.has(attribute.name));
    const added = [
      ...(shape
        ? [
            { name: 'width', value: shape.width },
            { name: 'height', value: shape.height },
            { name: 'style', value: shape.style },
            { name: classWritten?.type === 'mdxJsxAttribute' ? classWritten.name : 'class', value: [classes, 'embed-sized'].filter(Boolean).join(' ') },
          ]
        : []),
      ...(lazy ? [{ name: 'loading', value: 'lazy' }] : []),
    ].map(({ name, value }) => ({ type: 'mdxJsxAttribute' as const, name, value }));
    // setProperty would set an HTML property named `attributes`: the element is written anew.
    ctx.replaceNode(node, { ...node, attributes: [...kept, ...added] });
  },
};

/**
 * An embedded player pasted with its site's code (`<iframe width="640" height="360">`, as a page
 * written for the desktop holds one; 哔哩哔哩's and 腾讯视频's embed codes give no size, and the
 * player takes the browser's 300 × 150) keeps its shape when global.css narrows it to the column:
 * it is marked `embed-sized` (height: auto) and given the aspect ratio of its width and height
 * (`style="aspect-ratio: 640 / 360"`, `640px` written as `640`), which every browser reads, where
 * the ratio read from the attributes themselves (typed attr()) was Chromium's alone: at 320 px,
 * elsewhere, a 640 × 360 player was 241 px wide and still 360 high. A player sized in per cent or in
 * its style is left as written. Each loads when the reader scrolls near it (`loading="lazy"`, unless
 * written otherwise), not with the article. Only a body with an <iframe> is read.
 */
const sizedEmbeds: HastPluginEntry = ({ source }) =>
  /<iframe/i.test(source) && {
    name: 'baodao-sized-embeds',
    element: {
      filter: ['iframe'],
      visit(node, ctx) {
        if (node.properties?.['loading'] === undefined) ctx.setProperty(node, 'loading', 'lazy');
        const shape = embedShape(node.properties?.['width'], node.properties?.['height'], node.properties?.['style']);
        if (!shape) return;
        ctx.setProperty(node, 'width', shape.width);
        ctx.setProperty(node, 'height', shape.height);
        ctx.setProperty(node, 'style', shape.style);
        ctx.setProperty(node, 'className', [...classesOf(node), 'embed-sized']);
      },
    },
    mdxJsxFlowElement: jsxSizedEmbeds,
    mdxJsxTextElement: jsxSizedEmbeds,
  };

/**
 * A picture in the body beside the article (`![说明](./photo.jpg)`) is made in the column's
 * widths (`image.breakpoints` in astro.config.ts, up to its own width) and says how wide it
 * shows, as a cover does, instead of one file of the original's size for every screen. Astro's
 * image step, which runs after this, reads `layout` and `sizes` from the element.
 */
const responsiveImages: HastPluginDefinition = {
  name: 'baodao-responsive-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const src = node.properties?.['src'];
      if (typeof src !== 'string' || !BESIDE_ARTICLE.test(src) || node.properties?.['sizes']) return;
      ctx.setProperty(node, 'layout', 'full-width');
      ctx.setProperty(node, 'sizes', COLUMN_PICTURE.sizes);
    },
  },
};

/**
 * The body's first picture, when at most OPENING_PICTURE_TEXT characters of text come before it,
 * loads at once (`loading="eager"`), where Astro makes every picture beside the article lazy: it
 * is then on or near the first screen, the largest thing there in an article without a cover, and
 * a lazy picture is asked for only once the page is laid out, not as soon as its tag is read.
 * A picture of the public folder (`/media/…`) is not made lazy, so is left as it is. Under a
 * cover or a video (pictureAbove, read from the front matter Astro gives the renderer as
 * `data.astro.frontmatter`) the body's pictures stay lazy: the cover is the one asked for first.
 */
const openingPicture: HastPluginEntry = ({ data }) =>
  !pictureAbove(data.astro?.frontmatter ?? {}) && {
    name: 'baodao-opening-picture',
    before(root, ctx) {
      let text = 0;
      const first = (nodes: readonly Readonly<HastNode>[]): Readonly<HastNode> | null | undefined => {
        for (const node of nodes) {
          if (node.type === 'text') {
            text += node.value.replace(/\s/g, '').length;
            if (text > OPENING_PICTURE_TEXT) return null;
          } else if (node.type === 'element' && node.tagName === 'img') {
            return node;
          } else if ('children' in node) {
            const found = first(node.children as readonly Readonly<HastNode>[]);
            if (found !== undefined) return found;
          }
        }
        return undefined;
      };
      const picture = first(root.children);
      if (picture?.type !== 'element') return;
      const src = picture.properties?.['src'];
      if (typeof src === 'string' && BESIDE_ARTICLE.test(src)) ctx.setProperty(picture, 'loading', 'eager');
    },
  };

/**
 * A picture alone in its paragraph with a title (`![说明](./x.jpg "图为…（马远征 摄）")`) is a
 * captioned figure, as `<Figure>` makes one in MDX: the title is shown under the picture, its
 * credit apart, and is no longer a tooltip. Done before HTML, where a title taken off a picture
 * would still reach Astro's image step as an empty `title=""`.
 */
const captionedPictures: MdastPluginDefinition = {
  name: 'baodao-captioned-pictures',
  paragraph(node, ctx) {
    const content = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
    const [picture, ...rest] = content;
    if (rest.length > 0 || picture?.type !== 'image' || !picture.title?.trim()) return;
    const { caption, credit } = captionParts(picture.title);
    const credited: Custom[] = credit
      ? [{ type: 'credit', data: { hName: 'span', hProperties: { className: ['credit'] } }, children: [{ type: 'text', value: `（${credit}）` }] }]
      : [];
    ctx.replaceNode(node, {
      type: 'figure',
      data: { hName: 'figure', hProperties: { className: ['body-figure'] } },
      children: [
        { type: 'paragraph', children: [{ ...picture, title: null }] },
        { type: 'figcaption', data: { hName: 'figcaption' }, children: [{ type: 'text', value: caption }, ...credited] },
      ],
    });
  },
};

/** A quotation's source line: a dash (——, or —— after a space) and who or what is quoted. */
const QUOTE_SOURCE = /^\s*(?:——|－－|--)\s*\S/u;

/**
 * A quotation's last paragraph that names its source (——《中华人民共和国民法典》第一千一百六十五条,
 * ——摘自…) is marked `quote-source`, set apart from the quoted text at the right as Chinese
 * type sets it; read after the paragraphs are split, so a source on the quotation's last line
 * without a blank line before it is one too.
 */
const quoteSources: MdastPluginDefinition = {
  name: 'baodao-quote-sources',
  blockquote(node, ctx) {
    const last = node.children.at(-1);
    if (node.children.length < 2 || last?.type !== 'paragraph') return;
    if (!QUOTE_SOURCE.test(ctx.textContent(last))) return;
    ctx.setProperty(last, 'data', { ...last.data, hProperties: { className: ['quote-source'] } });
  },
};

/** Whether a block shows no text of its own to read: a picture (captioned or not), a video or other HTML without text, a comment, MDX imports. */
function noText(node: InlineNode & { value?: string; name?: string | null }): boolean {
  switch (node.type) {
    case 'figure':
    case 'mdxjsEsm':
    case 'definition':
      return true;
    case 'mdxJsxFlowElement':
      return node.name === 'Figure';
    case 'html':
      // A rule (<hr>) has no text, but parts the body as Markdown's *** does: past it is not the opening.
      return !/<hr\b/i.test(node.value ?? '') && (node.value ?? '').replace(/<!--[\s\S]*?-->|<[^>]*>/g, '').trim() === '';
    case 'paragraph':
      return (node.children ?? []).every((child) => ['image', 'imageReference', 'html', 'break'].includes(child.type) || (child.type === 'text' && !(child as { value?: string }).value?.trim()));
    default:
      return false;
  }
}

/**
 * The first paragraph of story text is marked `opening`, for the 电头 to lead it (src/lib/dateline.ts),
 * as a newspaper sets it: past headings, labels (【案情回顾】, all bold: isLabel, the rule the 导读
 * skips them by), an editor's note (编者按：…) and pictures above it. A body that opens with anything else (a list, a table, a
 * quotation) has no `opening`. Run after the paragraphs are split and pictures captioned.
 */
const openingParagraph: MdastPluginDefinition = {
  name: 'baodao-opening-paragraph',
  before(root, ctx) {
    for (const node of root.children) {
      const block = node as InlineNode & { value?: string; name?: string | null };
      if (block.type === 'heading' || noText(block)) continue;
      if (node.type !== 'paragraph') {
        // The body's own HTML (<p>　　本报讯…</p>) is one block here; read into elements, its paragraphs are paragraphs.
        if (node.type === 'html') ctx.data[OPENING_IN_HTML] = true;
        return;
      }
      if (isLabel(node.children) || isEditorsNote(node.children)) continue;
      ctx.setProperty(node, 'data', { ...node.data, hProperties: { className: [OPENING_CLASS] } });
      return;
    }
  },
};

/** Set in the document's data by openingParagraph when it stops at the body's own HTML, for htmlOpeningParagraph to go on. */
const OPENING_IN_HTML = 'baodaoOpeningInHtml';

/** Elements that only hold the body's HTML paragraphs: Word's <div class="WordSection1">, an old CMS's <div id="content">. */
const HTML_WRAPPERS = new Set(['div', 'section', 'article']);

/** What isLabel and isEditorsNote read of a paragraph: text, bold, emphasis, a line break. */
interface ReadInline {
  type: string;
  value?: string;
  children?: ReadInline[];
}

/** A paragraph of the body's HTML as the inline nodes isLabel and isEditorsNote read: bold as bold, a line break, text. */
function inlineOf(node: Readonly<HastNode>): ReadInline[] {
  if (node.type === 'text') return [{ type: 'text', value: node.value }];
  if (node.type !== 'element') return [];
  if (node.tagName === 'br') return [{ type: 'break' }];
  const children = node.children.flatMap(inlineOf);
  if (node.tagName === 'strong' || node.tagName === 'b') return [{ type: 'strong', children }];
  if (node.tagName === 'em' || node.tagName === 'i') return [{ type: 'emphasis', children }];
  return children;
}

/** Blocks of the body's HTML that are not story paragraphs (a rule, a table, a list, a quotation, code): the opening is not past them. */
const HTML_NOT_OPENING = /^(hr|table|ul|ol|dl|blockquote|pre)$/;

/** The alignment an element of the body's HTML is shown with: alignedBlocks's class, or else its style or `align` (a `<div align="center">` keeps it). */
function shownAlign(node: Readonly<Extract<HastNode, { type: 'element' }>>): string | undefined {
  const marked = classesOf(node).find((name) => /^align-(left|center|right)$/.test(name));
  return marked?.slice('align-'.length) ?? blockAlign(node.properties?.['style'], node.properties?.['align']);
}

/**
 * The first paragraph of story text among `nodes` read as openingParagraph reads Markdown's: past
 * headings, pictures, labels, an editor's note, a line (<p>, a heading, words) centred or set at
 * the right (a judgment's court and 民事判决书, alignedBlocks), and into a wrapper or a <center>,
 * whose alignment its paragraphs take, as global.css shows them; `null` where the body goes on with
 * anything else (a rule, a list, a table, a quotation, even centred: an old CMS's
 * `<table align="center">` is the story's table, not a title), `undefined` where `nodes` end first.
 */
function openingAmong(nodes: readonly Readonly<HastNode>[], ctx: HastVisitorContext, around?: string): Readonly<HastNode> | null | undefined {
  const apart = (align: string | undefined) => align === 'center' || align === 'right';
  for (const node of nodes) {
    if (node.type === 'comment' || (node.type === 'text' && !node.value.trim())) continue;
    if (node.type !== 'element') {
      // Words of a centred <div align="center">民事判决书</div>: a line of it, not a paragraph to lead.
      if (node.type === 'text' && apart(around)) continue;
      return null;
    }
    // A rule has no text and a table may hold only a picture: the rule parts the body, a table of a picture does not.
    if (node.tagName === 'hr' || (HTML_NOT_OPENING.test(node.tagName) && ctx.textContent(node).trim())) return null;
    const align = node.tagName === 'center' ? 'center' : (shownAlign(node) ?? around);
    // <center> too: old CMSs centred a table or a picture in one, as well as a title.
    if (HTML_WRAPPERS.has(node.tagName) || node.tagName === 'center') {
      const found = openingAmong(node.children, ctx, align);
      if (found !== undefined) return found;
      continue;
    }
    if (/^h[1-6]$/.test(node.tagName) || node.tagName === 'figure' || apart(align) || !ctx.textContent(node).trim()) continue;
    if (node.tagName !== 'p') return null;
    const inline = inlineOf(node);
    if (!isLabel(inline) && !isEditorsNote(inline)) return node;
  }
  return undefined;
}

/**
 * The first paragraph of story text in the body's own HTML is marked `opening`, as openingParagraph
 * marks a Markdown one, for the 电头 to lead it: a body pasted as HTML paragraphs (<p>　　本报讯…</p>,
 * as old CMSs and Word write every paragraph) had the dateline on a line of its own above it. Its
 * own classes stay, after the mark (ledByDateline finds it so).
 */
const htmlOpeningParagraph: HastPluginDefinition = {
  name: 'baodao-html-opening-paragraph',
  before(root, ctx) {
    if (ctx.data[OPENING_IN_HTML] !== true) return;
    const opening = openingAmong(root.children, ctx);
    if (opening?.type !== 'element') return;
    ctx.setProperty(opening, 'className', [OPENING_CLASS, ...classesOf(opening)]);
  },
};

/** Whether a link's text is its own address: a bare `https://…`, or `www.…`, to which GFM adds `http://`. */
export const isOwnAddress = (text: string, href: string) => text === href || `http://${text}` === href;

/**
 * A link whose text is its own address (isOwnAddress) is marked, so that on paper, where
 * every other outside link is followed by its address, it is not printed twice.
 */
const addressLinks: HastPluginDefinition = {
  name: 'baodao-address-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      const [only, ...rest] = node.children ?? [];
      if (typeof href !== 'string' || rest.length > 0 || only?.type !== 'text') return;
      if (isOwnAddress(only.value, href)) ctx.setProperty(node, 'className', ['link-address']);
    },
  },
};

/**
 * A link to an attachment (`/files/…`, under public/) is followed by its kind and size, read
 * from the file (attachments.ts): （PDF，179 KB）, kept on one line, and not indexed by search.
 * Inside it, the file's full address, which global.css shows on paper only (（PDF，179 KB，https://…/判决书.pdf）):
 * a printed 附件 said what it was and not where to find it, as a link to another site does
 * (`a[href^='http']::after`), since a link of the site's own is written without the site's address.
 * One that is not there is left as it is: the content check has named it.
 */
const attachmentLinks = (siteUrl: string): HastPluginEntry => ({ source }) =>
  source.includes('/files/') && {
    name: 'baodao-attachment-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        const address = typeof href === 'string' ? ATTACHMENT.exec(href)?.[0] : undefined;
        if (!address) return;
        let bytes: number;
        try {
          const files = path.join(publicDir(), 'files');
          const local = path.join(publicDir(), percentDecoded(address));
          if (!local.startsWith(`${files}${path.sep}`)) return;
          const file = statSync(local);
          if (!file.isFile()) return;
          bytes = file.size;
        } catch {
          return;
        }
        const note = attachmentNote(address, bytes, ctx.textContent(node));
        const printed: ElementContent = { type: 'element', tagName: 'span', properties: { className: ['file-address'] }, children: [{ type: 'text', value: `，${decodePath(absoluteUrl(address, siteUrl))}` }] };
        // Inside the note's closing bracket.
        const children: ElementContent[] = [{ type: 'text', value: note.slice(0, -1) }, printed, { type: 'text', value: note.slice(-1) }];
        ctx.insertAfter(node, { type: 'element', tagName: 'span', properties: { className: ['file-note'], dataPagefindIgnore: '' }, children });
      },
    },
  };

/** An .mdx body's `<a target="_blank">` (a JSX element, not HTML): its `rel` with noopener first. */
const jsxNewWindowLinks: HastFilteredVisitor<MdxJsxFlowElementHast | MdxJsxTextElementHast> = {
  filter: ['a', 'area'],
  visit(node, ctx) {
    const written = (name: string) => node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name);
    // Read as the content check reads them: in quotes, or a plain string in braces (target={"_blank"}).
    const target = mdxAttributeText(written('target')?.value);
    const relWritten = written('rel');
    const rel = relWritten && mdxAttributeText(relWritten.value);
    // Other code in braces, which the content check refuses in a body, is left as it is.
    if (target === undefined || (relWritten && rel === undefined) || !opensWindow(target, rel)) return;
    const others = node.attributes.filter((attribute) => attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'rel');
    const value = ['noopener', ...(rel?.split(/\s+/).filter(Boolean) ?? [])].join(' ');
    // setProperty would set an HTML property named `attributes`: the element is written anew.
    ctx.replaceNode(node, { ...node, attributes: [...others, { type: 'mdxJsxAttribute', name: 'rel', value }] });
  },
};

/**
 * A link that opens another window gets `rel="noopener"` (new-window-links.ts): in the body's
 * own HTML, which the renderer reads into elements (`rawHtml`), and on an element an .mdx body writes.
 */
const newWindowLinks: HastPluginEntry = ({ source }) =>
  /target/i.test(source) && {
    name: 'baodao-new-window-links',
    element: {
      filter: ['a', 'area'],
      visit(node, ctx) {
        const { target, rel } = node.properties ?? {};
        const rels = rel === undefined || rel === null ? [] : (Array.isArray(rel) ? rel.map(String) : String(rel).split(/\s+/)).filter(Boolean);
        if (typeof target === 'string' && opensWindow(target, rels.join(' '))) ctx.setProperty(node, 'rel', ['noopener', ...rels]);
      },
    },
    mdxJsxFlowElement: jsxNewWindowLinks,
    mdxJsxTextElement: jsxNewWindowLinks,
  };

/** The last of those spaces: in code, the body's own HTML (read into elements) and a picture's description. */
const chineseBoldLeftovers: HastPluginEntry = ({ source }) =>
  source.includes(FLANK) && {
    name: 'baodao-chinese-bold-leftovers',
    text(node, ctx) {
      if (node.value.includes(FLANK)) ctx.replaceNode(node, { type: 'text', value: node.value.replaceAll(FLANK, '') });
    },
    element: {
      filter: ['img'],
      visit(node, ctx) {
        const alt = node.properties?.['alt'];
        if (typeof alt === 'string' && alt.includes(FLANK)) ctx.setProperty(node, 'alt', alt.replaceAll(FLANK, ''));
      },
    },
  };

/** Footnotes (`[^1]`) labelled in Chinese. */
const FOOTNOTES = { footnotes: { label: '注释', backLabel: '返回正文第 {reference} 处' } };

/**
 * Every addition, in the order the renderer runs them (articleProcessor and the tests use this
 * one list), for the site at `siteUrl`, the address a printed attachment note gives: passed in,
 * not imported from site.config.ts, as the content check loads this module before it has read
 * that file, and a config TypeScript cannot read is told by its line, not by Node's stack trace.
 * chineseBoldSpaces first, literalMarks before pastedParagraphs, which rebuilds the
 * paragraphs it changes (closedUpLines closes up headings and table cells as it does paragraphs),
 * openingParagraph once they and the captioned pictures are made (htmlOpeningParagraph goes on in
 * the body's HTML once it is elements and its aligned lines are marked), boundInterpuncts and
 * boundNoteReferences last, on the text as it stays. Footnotes (`[^1]`) are labelled
 * in Chinese. A `.md` body's own HTML is read into elements (`rawHtml`), so that the HTML
 * plugins reach it as they reach Markdown's: a table written in HTML, as one with merged
 * header cells or a caption must be, scrolls in its box and keeps its short cells whole, as a
 * Markdown table does (it was squeezed into the column, 赔偿义务人 one character a line).
 */
export const articlePlugins = (siteUrl: string) => ({
  mdastPlugins: [chineseBoldSpaces, indentedText, literalMarks, pastedParagraphs, closedUpLines, captionedPictures, openingParagraph, quoteSources, boundInterpuncts, boundNoteReferences],
  hastPlugins: [chineseBoldLeftovers, closedUpHtml, htmlParagraphIndents, namespaceDeclarations, scrollableTables, tableWidths, tableCells, alignedBlocks, htmlOpeningParagraph, floatedPictures, sizedEmbeds, responsiveImages, openingPicture, addressLinks, attachmentLinks(siteUrl), newWindowLinks, phoneNumbers, traditionalPassagesMarked],
  features: { rawHtml: true as const, gfm: FOOTNOTES },
});

/**
 * The same for `.mdx` bodies, whose HTML is JSX and reaches the plugins as it is: read as
 * HTML, an `<a target={"_blank"}>` became an element that jsxNewWindowLinks no longer saw.
 * A JSX table is boxed and its cells marked by the plugins' JSX visitors (scrollableTables, jsxTableCells).
 */
export const mdxArticlePlugins = (siteUrl: string) => ({ ...articlePlugins(siteUrl), features: { gfm: FOOTNOTES } });

/** An article's Markdown as the renderer is given it: Chinese bold made bold (chinese-bold.ts). */
export const articleSource = flankChineseBold;

/**
 * Astro's Markdown processor (Sätteri) for `.md` and `.mdx` articles alike, with
 * articlePlugins (mdxArticlePlugins for `.mdx`) and each body passed through articleSource first.
 */
export function articleProcessor(siteUrl: string): ReturnType<typeof satteri> {
  const processor = satteri(articlePlugins(siteUrl));
  const mdxProcessor = satteri(mdxArticlePlugins(siteUrl));
  return {
    ...processor,
    async createRenderer(shared) {
      const renderer = await processor.createRenderer(shared);
      return { render: (content, options) => renderer.render(articleSource(content), options) };
    },
    async createMdxRenderer(shared, mdx) {
      const renderer = await mdxProcessor.createMdxRenderer!(shared, mdx);
      return { process: (content, filePath, frontmatter) => renderer.process(articleSource(content), filePath, frontmatter) };
    },
  };
}
