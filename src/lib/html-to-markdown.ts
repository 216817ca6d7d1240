/**
 * An article body as an old CMS stores it (HTML from DedeCMS, EmpireCMS and the like) turned
 * into the Markdown of an article file. Paragraphs, headings, lists, tables, links and pictures
 * stay; fonts, spans, inline styles, comments, scripts and page-break markers go. Typed indents
 * (　　, &nbsp;) go too, since the site indents paragraphs itself. javascript: links become
 * their words, and a paragraph of nothing but such links (the old page's 返回顶部, 打印本页)
 * goes. A link from a picture to its own larger file becomes the picture. Embedded players
 * (<iframe>, <embed>, <video> …) cannot come along and are named in `left`. A closing 责任编辑
 * line, which old bodies often end with, is taken out and returned as the editor.
 */
import type { Element, Root as HtmlRoot, RootContent as HtmlContent } from 'hast';
import type { Image, Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

export interface ConvertedBody {
  markdown: string;
  /** Names on a closing 责任编辑 line, which is no longer in `markdown`. */
  editor: string[] | undefined;
  /** Embedded players the Markdown does not carry, as `<iframe src="…">`. */
  left: string[];
}

/** A picture file, by its name. */
export const PICTURE_FILE = /\.(jpe?g|png|gif|webp|avif|tiff?|svg)$/i;

/**
 * Comments (Word's <!--[if gte mso 9]> blocks among them), and the page-break markers with
 * which DedeCMS (`#p#分页标题#e#`) and EmpireCMS (`[!--empirenews.page--]`) split long articles.
 */
const NOT_TEXT = /<!--[\s\S]*?-->|#p#[^#]*#e#|\[!--empirenews\.page--\]/g;
/** Elements that embed a player or a plug-in: nothing in Markdown stands for them. */
const EMBEDS = new Set(['iframe', 'embed', 'object', 'video', 'audio']);
/** Space an editor typed to indent or pad a line: ordinary, no-break and ideographic. */
const PADDING = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g;
/** （责任编辑：乔海印） and its variants, alone in the last paragraph. */
const EDITOR_LINE = /^[（(【[]?\s*责任编辑\s*[:：]\s*([^）)】\]]+?)\s*[）)】\]]?$/;
/** Between several names on one line. */
export const NAME_SEPARATORS = /[\s,，、;；/]+/;

/**
 * `image` receives each picture's address as written in the HTML and returns the one the
 * Markdown should name (a file beside the article, or the same address).
 */
export function htmlToMarkdown(html: string, image: (src: string) => string): ConvertedBody {
  const left: string[] = [];
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: HtmlRoot) => takeEmbeds(tree, left))
    .use(rehypeRemark)
    // Columns are not padded to line up: Chinese characters are two columns wide in an editor.
    .use(remarkGfm, { tablePipeAlign: false })
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', listItemIndent: 'one', fences: true });
  const root = processor.runSync(processor.parse(html.replace(NOT_TEXT, ''))) as Root;
  root.children = tidy(root.children);
  clean(root);
  const last = root.children.at(-1);
  const editorLine = last?.type === 'paragraph' ? EDITOR_LINE.exec(toString(last)) : null;
  if (editorLine) root.children.pop();
  visitImages(root, (node) => {
    node.url = image(node.url);
  });
  const markdown = root.children.length ? processor.stringify(root).trim() + '\n' : '';
  return { markdown, editor: editorLine ? editorLine[1]!.split(NAME_SEPARATORS).filter(Boolean) : undefined, left };
}

/** Takes the embedded players out of the tree, naming each in `found`. */
function takeEmbeds(node: HtmlRoot | HtmlContent, found: string[]): void {
  if (!('children' in node)) return;
  node.children = node.children.filter((child) => {
    if (child.type !== 'element' || !EMBEDS.has(child.tagName)) return true;
    const src = embedSource(child);
    found.push(src ? `<${child.tagName} src="${src}">` : `<${child.tagName}>`);
    return false;
  }) as typeof node.children;
  for (const child of node.children) takeEmbeds(child, found);
}

/** Where an embedded player's content is: its src or data, or its first <source>. */
function embedSource(element: Element): string | undefined {
  const own = element.properties['src'] ?? element.properties['data'];
  if (typeof own === 'string') return own;
  const source = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'source');
  return typeof source?.properties['src'] === 'string' ? source.properties['src'] : undefined;
}

/** Paragraphs split at line breaks (old bodies separate paragraphs with <br>), unpadded, empty ones dropped. */
function tidy(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'blockquote') return [{ ...node, children: tidy(node.children) as typeof node.children }];
    if (node.type !== 'paragraph') return [node];
    const lines: PhrasingContent[][] = [[]];
    for (const child of node.children) {
      if (child.type === 'break') lines.push([]);
      else lines.at(-1)!.push(child);
    }
    return lines.map((children): Paragraph => ({ type: 'paragraph', children: unpad(children) })).filter(hasContent);
  });
}

function unpad(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^[\s\u00a0\u3000]+/, '');
  const last = children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/[\s\u00a0\u3000]+$/, '');
  return children.filter((child) => child.type !== 'text' || child.value !== '');
}

const hasContent = (paragraph: Paragraph): boolean => toString(paragraph).replace(PADDING, '') !== '' || hasImage(paragraph);
const hasImage = (node: Nodes): boolean => node.type === 'image' || ('children' in node && node.children.some(hasImage));

/** Punctuation, symbols or space at the start or the end of bold or italic text: “ ” 《 》 （ ）… */
const LEADING_PUNCTUATION = /^[\p{P}\p{S}\s]+/u;
const TRAILING_PUNCTUATION = /[\p{P}\p{S}\s]+$/u;

/**
 * Inline fixes: javascript: links become their words; punctuation at the edges of bold or
 * italic text moves outside it (**“社会组织”**后 is not bold in CommonMark, “**社会组织**”后
 * is); a table whose header row came out empty (old tables have no <th>) takes its first row
 * as the header.
 */
function clean(parent: Parents): void {
  parent.children = parent.children.flatMap((node): RootContent[] => {
    // 返回顶部, 打印本页, 关闭窗口: the old page's controls, not the article's words.
    if (node.type === 'paragraph' && node.children.some(isScript) && node.children.every((child) => isScript(child) || isBlank(child))) return [];
    if ('children' in node) clean(node);
    if (node.type === 'link' && isScript(node)) return node.children;
    // <a href="/uploads/big.jpg"><img src="/uploads/small.jpg"></a>: the larger file is not coming along.
    if (node.type === 'link' && PICTURE_FILE.test(node.url.replace(/[?#].*$/, '')) && node.children.every((child) => child.type === 'image' || isBlank(child))) {
      return node.children.filter((child) => child.type === 'image');
    }
    if ((node.type === 'strong' || node.type === 'emphasis') && node.children.length) {
      const first = node.children[0]!;
      const last = node.children.at(-1)!;
      const before = first.type === 'text' ? (LEADING_PUNCTUATION.exec(first.value)?.[0] ?? '') : '';
      if (before && first.type === 'text') first.value = first.value.slice(before.length);
      const after = last.type === 'text' ? (TRAILING_PUNCTUATION.exec(last.value)?.[0] ?? '') : '';
      if (after && last.type === 'text') last.value = last.value.slice(0, -after.length);
      const inside = node.children.filter((child) => child.type !== 'text' || child.value !== '');
      return [
        ...(before ? [{ type: 'text' as const, value: before }] : []),
        ...(inside.length ? [{ ...node, children: inside }] : []),
        ...(after ? [{ type: 'text' as const, value: after }] : []),
      ];
    }
    if (node.type === 'table' && node.children.length > 1 && toString(node.children[0]!).trim() === '') {
      return [{ ...node, children: node.children.slice(1) }];
    }
    return [node];
  }) as typeof parent.children;
}

const isScript = (node: RootContent): boolean => node.type === 'link' && /^\s*javascript:/i.test(node.url);
const isBlank = (node: Nodes) => node.type === 'text' && node.value.replace(PADDING, '') === '';

function visitImages(node: Root | RootContent, visit: (image: Image) => void): void {
  if (node.type === 'image') visit(node);
  if ('children' in node) for (const child of node.children) visitImages(child, visit);
}
