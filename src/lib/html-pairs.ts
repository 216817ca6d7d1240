/**
 * HTML in a .md body whose tags do not pair up. The renderer sets an article's HTML into the
 * page as written, so a tag never closed takes in what the page puts after the body, and a
 * stray end tag closes the page's own elements. Measured on built pages in Chromium: an unclosed
 * <div> puts the 责任编辑 line into the body; an unclosed <table> or <blockquote> the share
 * buttons, tags, related articles and footer too, squeezed into a table cell, all inside the
 * region search indexes; an unclosed <font>, <b> or <a> is reopened by the browser in every
 * following paragraph, to the footer (the rest of the page red, bold or one link); an unclosed
 * <!-- hides the rest of the page; <video … /> hides the text after it (/> closes nothing in
 * HTML); a stray </div> ends the body early, the paragraphs after it lose its layout.
 *
 * The body's HTML is read as a browser reads it (parse5, the HTML standard's parser), with the
 * elements Markdown makes around it (paragraphs, lists, tables), so that a tag opened in one
 * paragraph and closed in another is seen as the browser sees it.
 *
 * The body's HTML is read a second time, by htmlparser2's tokenizer, for what it may not hold
 * (unsafe-html.ts): on purpose. That check needs every tag as written, and a tree loses some a
 * page still acts on (a <body onload> in the body is no element, but the browser gives the page's
 * own <body> its onload); this one needs the tree, which htmlparser2 does not build as browsers
 * do (no reopened <b> or <font>). htmlparser2 serves four other modules besides.
 */
import { defaultTreeAdapter, html as HTML, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import type { MdastNode } from 'satteri';
import { blankComments } from './html-comments.ts';

interface HtmlPairProblem {
  /** Line in the body (from 1). */
  line: number;
  message: string;
}

/** Elements HTML closes by itself: they have no end tag (<br>, <img>), or the next element or the parent's end closes them (<p>, <li>, <td>). */
const NO_END_TAG_NEEDED = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'rb', 'rt', 'rtc', 'rp', 'optgroup', 'option', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot',
  'colgroup', 'caption', 'html', 'head', 'body',
]);

/**
 * HTML's formatting elements: one still open where a paragraph or a cell ends is opened again
 * in the next, to the end of the page, until an end tag of its name (HTML standard, “reconstruct
 * the active formatting elements”).
 */
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);

/** The page's own elements around a body (src/pages/articles/[...id].astro): a stray end tag of one of these closes it early. */
const AROUND_THE_BODY = new Set(['div', 'article', 'main', 'body', 'html']);

/** The elements Markdown makes around a body's HTML and in it, by node type; text is a letter, as the browser's handling of an open tag depends on what follows it. */
const MARKDOWN_ELEMENTS: Record<string, string> = {
  paragraph: 'p',
  blockquote: 'blockquote',
  listItem: 'li',
  table: 'table',
  tableRow: 'tr',
  tableCell: 'td',
  emphasis: 'em',
  strong: 'strong',
  delete: 'del',
  link: 'a',
  linkReference: 'a',
  footnoteDefinition: 'div',
};
/** Nodes whose HTML is one element with nothing in it to pair, or text. */
const MARKDOWN_LEAVES: Record<string, string> = {
  text: 'x',
  inlineCode: '<code>x</code>',
  code: '<pre><code>x</code></pre>',
  image: '<img>',
  imageReference: '<img>',
  break: '<br>',
  thematicBreak: '<hr>',
};

/** A piece of the body's own HTML in the outline: where it starts there, and its line in the body. */
interface Piece {
  from: number;
  value: string;
  line: number;
}

/** The body as HTML elements: Markdown's in outline, the body's own HTML as written. */
function outline(root: MdastNode): { html: string; pieces: Piece[] } {
  let html = '';
  const pieces: Piece[] = [];
  const add = (node: MdastNode, inline: boolean) => {
    if (node.type === 'html') {
      pieces.push({ from: html.length, value: node.value, line: node.position?.start.line ?? 1 });
      // A block of HTML ends its line, as the renderer writes it.
      html += inline ? node.value : `${node.value}\n`;
      return;
    }
    const leaf = MARKDOWN_LEAVES[node.type];
    if (leaf) {
      html += leaf;
      return;
    }
    const tag = node.type === 'heading' ? `h${node.depth}` : node.type === 'list' ? (node.ordered ? 'ol' : 'ul') : MARKDOWN_ELEMENTS[node.type];
    if (tag) html += `<${tag}>`;
    const holdsText = inline || node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
    if ('children' in node) node.children.forEach((child) => add(child as MdastNode, holdsText));
    if (tag) html += `</${tag}>`;
  };
  add(root, false);
  return { html, pieces };
}

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;

/** Every element and comment in `node`, in document order. */
function* descendants(node: Node): Generator<DefaultTreeAdapterTypes.ChildNode> {
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    yield child;
    yield* descendants(child);
    if (child.nodeName === 'template') yield* descendants((child as DefaultTreeAdapterTypes.Template).content);
  }
}

/** A start tag as written, for the message: short ones whole (<font color="red">), long ones by name (<div …>, <video … />). */
function startTagText(written: string, name: string): string {
  const tag = written.replace(/\s+/g, ' ');
  if (tag.length <= 40) return tag;
  return tag.endsWith('/>') ? `<${name} … />` : `<${name} …>`;
}

/**
 * The tags of a .md body's HTML that do not pair up, each on the line of its start tag (an end
 * tag with no start, on its own line). Comments are skipped, and so is code: Markdown's code is
 * text, never HTML.
 */
export function unpairedHtml(root: MdastNode): HtmlPairProblem[] {
  const { html, pieces } = outline(root);
  if (pieces.length === 0) return [];
  /** The piece holding the outline's character at `offset`, if it is the body's own HTML. */
  const pieceAt = (offset: number) => pieces.findLast((piece) => piece.from <= offset && offset < piece.from + piece.value.length);
  const lineAt = (piece: Piece, offset: number) => piece.line + (piece.value.slice(0, offset - piece.from).match(/\n/g)?.length ?? 0);

  let commentLeftOpen = false;
  const context = defaultTreeAdapter.createElement('div', HTML.NS.HTML, []);
  const fragment = parseFragment(context, html, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => {
      if (error.code === 'eof-in-comment') commentLeftOpen = true;
    },
  });

  const problems: HtmlPairProblem[] = [];
  /** Elements by their start tag: the browser reopens a formatting element (<b>, <font>, <a>) in each following paragraph, as another element. */
  const byStart = new Map<number, Element[]>();
  const endTags = new Set<number>();
  let lastComment: DefaultTreeAdapterTypes.CommentNode | undefined;
  for (const node of descendants(fragment)) {
    if (node.nodeName === '#comment') lastComment = node as DefaultTreeAdapterTypes.CommentNode;
    if (!('tagName' in node)) continue;
    const location = node.sourceCodeLocation;
    if (location?.endTag) endTags.add(location.endTag.startOffset);
    if (!location?.startTag || !pieceAt(location.startTag.startOffset)) continue;
    const same = byStart.get(location.startTag.startOffset) ?? [];
    byStart.set(location.startTag.startOffset, [...same, node]);
  }

  /** End tags the browser skips or that close something else: where each is, and its name as written. */
  const strays: { offset: number; name: string; piece: Piece; used: boolean }[] = [];
  for (const piece of pieces) {
    for (const tag of blankComments(piece.value).matchAll(/<\/([a-zA-Z][^\s/>]*)[^>]*>/g)) {
      const name = tag[1]!;
      const offset = piece.from + tag.index;
      // </img>, </td> and the like close nothing that could run on: the browser skips or closes them as it should.
      if (!endTags.has(offset) && !NO_END_TAG_NEEDED.has(name.toLowerCase())) strays.push({ offset, name, piece, used: false });
    }
  }

  for (const [offset, elements] of byStart) {
    const element = elements[0]!;
    const start = element.sourceCodeLocation!.startTag!;
    const written = html.slice(start.startOffset, start.endOffset);
    // The name as the editor wrote it (<FONT>), not as HTML reads it (font).
    const name = /^<([^\s/>]+)/.exec(written)![1]!;
    // A <Figure> in a .md body is told to make the file .mdx (article-body.ts), where MDX pairs its tags.
    if (name === 'Figure') continue;
    // An SVG's or MathML's <path … /> closes itself, as in XML.
    const selfClosedForeign = element.namespaceURI !== HTML.NS.HTML && written.endsWith('/>');
    if (NO_END_TAG_NEEDED.has(element.tagName) || selfClosedForeign || elements.some((each) => each.sourceCodeLocation?.endTag)) continue;
    const piece = pieceAt(offset)!;
    const line = lineAt(piece, offset);
    const late = strays.find((stray) => !stray.used && stray.name.toLowerCase() === element.tagName && stray.offset > offset);
    // A crossed bold or italic (<b><i>…</b></i>) is mended by the browser: its end tag ends it where it stands.
    if (late && FORMATTING.has(element.tagName)) {
      late.used = true;
      continue;
    }
    if (written.endsWith('/>')) {
      problems.push({
        line,
        message: `${startTagText(written, name)} 不会自己结束：HTML 里只有 <br />、<img /> 这类标签能用 /> 写完，<${name}> 要写成 <${name} …></${name}>，否则后面的内容都会被套进去`,
      });
    } else if (late) {
      late.used = true;
      problems.push({
        line,
        message: `${startTagText(written, name)} 和第 ${lineAt(late.piece, late.offset)} 行的 </${name}> 没有配上对：它在所在的段落或外层的标签结束时就结束了，标签不能跨过它们；请在同一段、同一层里开始和结束（跨几段的，每段各写一对）`,
      });
    } else {
      problems.push({
        line,
        message: `${startTagText(written, name)} 没有对应的 </${name}>：浏览器会自己决定它在哪里结束，后面的内容可能都被套进去（一直到责任编辑、分享和页脚）；请在它该结束的地方加上 </${name}>`,
      });
    }
  }

  for (const stray of strays.filter((each) => !each.used)) {
    problems.push({
      line: lineAt(stray.piece, stray.offset),
      message: `</${stray.name}> 前面没有对应的 <${stray.name}>：${
        AROUND_THE_BODY.has(stray.name.toLowerCase()) ? `它会提前结束页面自己的 <${stray.name}>，后面的正文就不在正文的版式里了；` : ''
      }请删去它，或在前面补上 <${stray.name}>`,
    });
  }

  if (commentLeftOpen && lastComment?.sourceCodeLocation) {
    const offset = lastComment.sourceCodeLocation.startOffset;
    const piece = pieceAt(offset);
    if (piece) {
      problems.push({ line: lineAt(piece, offset), message: '<!-- 没有对应的 -->：后面的正文和页面的其余部分（责任编辑、分享、页脚）都会成为注释，读者看不到；请在注释结束的地方加上 -->' });
    }
  }
  // </div></div> on one line is one thing to put right.
  const said = new Set<string>();
  return problems
    .filter(({ line, message }) => !said.has(`${line} ${message}`) && said.add(`${line} ${message}`))
    .sort((a, b) => a.line - b.line);
}
