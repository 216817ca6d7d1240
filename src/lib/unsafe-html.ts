/**
 * What a body may not hold because it would run code or change the whole page rather than the
 * article: scripts, styles, event handlers, addresses that are code (`javascript:`) or a document
 * of their own (`data:`), plug-ins, forms, and the `<meta>`, `<base>` and `<link>` that steer the
 * page (a `<meta http-equiv="refresh">` sends readers to another site). The renderer publishes a
 * body's HTML as written, so each is refused by the content check, with its line, rather than left
 * to the pages' Content-Security-Policy, which stops some of them (not a redirect) and none in a
 * feed reader or a copy of the page. Tags are read as a browser's tokenizer reads them (entities
 * decoded, `"/onerror=` and `alt=">"` included), one rule for an .md body's HTML, an .mdx body's
 * elements and Markdown's links and pictures (src/lib/article-body.ts), and for the importer,
 * which makes such a link its words (src/lib/html-to-markdown.ts).
 */
import { Parser } from 'htmlparser2';
import { fileSize } from './attachments.ts';
import { dataPicture } from './data-picture.ts';
import { srcsetAddresses } from './srcset.ts';

/** Why an address is refused, by its scheme: it runs code, or holds the document it opens. */
const CODE_SCHEMES = new Set(['javascript', 'vbscript']);
const DATA_SCHEME = 'data';

/**
 * The scheme (`javascript:`, `vbscript:`, `data:`) of an address that runs code or opens a document
 * written inside it, read as browsers read an address (tabs and line breaks anywhere, and control
 * characters and spaces around it, do not count: `java&#9;script:` is `javascript:`); undefined for
 * any other. A picture's `data:image/…` is a picture, told otherwise (inlinePicture).
 */
export function unsafeScheme(address: string, { picture = false }: { picture?: boolean } = {}): string | undefined {
  const read = address.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(read)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (CODE_SCHEMES.has(scheme)) return `${scheme}:`;
  if (scheme === DATA_SCHEME && !(picture && /^data:image\//i.test(read))) return 'data:';
  return undefined;
}

/**
 * What an address that `unsafeScheme` refuses is told, `where` being what holds it (链接, 图片,
 * `<iframe> 的 src`).
 */
export function unsafeAddressMessage(where: string, scheme: string): string {
  return scheme === 'data:'
    ? `${where}不能是 data: 地址（地址里直接写着一个网页或文件）：浏览器会拦下它，有的还会运行其中的代码；请改用 https:// 的网址，或把文件放在 public/ 下，写成 /files/x.pdf 这样的地址`
    : `${where}不能是 ${scheme} 代码：文章页面不运行正文里的代码`;
}

/**
 * Whether `address` is a picture written into its own address (`data:image/png;base64,…`), as Word,
 * UEditor and old CMSs' exports paste one, read as unsafeScheme reads an address.
 */
export const inlinePicture = (address: string): boolean => /^data:image\//i.test(address.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+/, ''));

/**
 * What a picture written into its address is told, `where` being what holds it (图片的地址, `<img> 的 src `)
 * and `beside` whether its file goes beside the article (a Markdown picture, an `<img>`) or under
 * public/ (a `<video>`'s poster): published as it is, its bytes went into the page's HTML (a photo
 * of 2 MB made a page of 2.7 MB, base64 being a third larger), never made smaller for a phone,
 * never read by the picture checks, never shared; the importer writes a body picture so written as a
 * file beside its article (src/lib/import-row.ts), as the editor is told to, and a video it leaves
 * out with its poster (src/lib/html-to-markdown.ts), so that only a picture's message says so.
 */
export function inlinePictureMessage(where: string, address: string, beside = true): string {
  const picture = dataPicture(address, '');
  const type = 'type' in picture ? picture.type : '.png';
  const size = 'bytes' in picture ? `，${fileSize(picture.bytes.length)}` : '';
  const instead = beside ? `放在文章文件旁边，写成 ![说明](./图片${type})（npm run import 导入旧文章时会自动这样做）` : `放在 public/ 下，写成 /media/2024/poster${type}`;
  const written = /^\s*(data:[^,;]*)/i.exec(address)?.[1] ?? 'data:';
  return `${where}是 ${written}（整张图片写在地址里${size}）：它会原样塞进网页，页面变大，手机上也不缩小，也不能分享：请把图片另存为文件，${instead}`;
}

/** Attributes holding an address a browser opens, loads or submits to. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'codebase']);
/**
 * Where an address is a picture's, so that a `data:image/…` there is told as a picture written into
 * its address (inlinePictureMessage: to be saved as a file), not refused as a document: an `<img>`'s,
 * a `<picture>`'s `<source>`'s (their `srcset` too, read apart), a video's poster; only an SVG's
 * `<image>` may keep one (a chart pasted as SVG often carries one, with no file to point to).
 */
const PICTURE_ADDRESS: Record<string, readonly string[]> = { img: ['src'], source: ['src'], video: ['poster'], image: ['href', 'xlink:href'] };
/** Elements whose address is a link a reader follows: told as 链接. */
const LINKS = new Set(['a', 'area']);

/** A <style> in a body would restyle the whole page, and the pages' Content-Security-Policy refuses it anyway. */
const STYLE_ELEMENT = '正文里不能有 <style>：页面只用网站统一的样式，正文里的样式不会生效';
const SCRIPT_ELEMENT = '正文里不能有 <script>：文章页面不运行正文里的代码';

/** Elements refused whatever their attributes, with what each would do. */
const REFUSED_ELEMENTS: Record<string, string> = {
  script: SCRIPT_ELEMENT,
  style: STYLE_ELEMENT,
  object: '正文里不能有 <object>：网站不运行插件（Flash 等），读者看到的是空白；视频请用 <video>，或视频网站分享代码里的 <iframe>',
  embed: '正文里不能有 <embed>：网站不运行插件（Flash 等），读者看到的是空白；视频请用 <video>，或视频网站分享代码里的 <iframe>',
  applet: '正文里不能有 <applet>：网站不运行插件（Java 小程序），读者看到的是空白',
  form: '正文里不能有 <form>：网站是静态网页，没有接收表单的程序，读者填了也提交不出去；请写明联系方式，或链接到能填写的网页',
  meta: '正文里不能有 <meta>：它作用于整个页面（http-equiv="refresh" 会把读者带离本站），请删去',
  base: '正文里不能有 <base>：它改变页面上所有相对地址的去处，请删去',
  link: '正文里不能有 <link>：它给整个页面加载别处的样式或文件，请删去',
};

/** An element's attribute as written: its name (lower case for HTML, as written for MDX) and value. */
interface Attribute {
  name: string;
  value: string;
}

/**
 * What is wrong with one element of a body (`name` in lower case, as the browser reads it): one
 * message each, none when it is fine. `written` is the tag as the editor wrote it, for the
 * messages (outside an SVG the browser reads `<image>` as `<img>`).
 */
export function unsafeElement(name: string, attributes: readonly Attribute[], written = name): string[] {
  const problems: string[] = [];
  const refused = REFUSED_ELEMENTS[name];
  if (refused) problems.push(refused);
  for (const { name: asWritten, value } of attributes) {
    const attribute = asWritten.toLowerCase();
    if (attribute.startsWith('on')) {
      problems.push(`<${written}> 带有 on… 事件代码（${asWritten}）：文章页面不运行正文里的代码`);
    } else if (attribute === 'srcdoc') {
      problems.push(`<${written}> 的 srcdoc 是写在正文里的一整个网页，不能用：嵌入别的网页请用 src="https://…"（视频网站或地图分享代码里的地址）`);
    } else if (attribute === 'srcset') {
      // Each candidate is a picture the browser may load instead of src (<img srcset="data:… 2x">, a <picture>'s <source>).
      const where = `<${written}> 的 ${asWritten} `;
      for (const address of srcsetAddresses(value)) {
        const scheme = unsafeScheme(address, { picture: true });
        if (scheme) problems.push(unsafeAddressMessage(where, scheme));
        else if (inlinePicture(address)) problems.push(inlinePictureMessage(where, address));
      }
    } else if (ADDRESS_ATTRIBUTES.has(attribute) || attribute === 'xlinkhref') {
      const picture = PICTURE_ADDRESS[name]?.includes(attribute) ?? false;
      const scheme = unsafeScheme(value, { picture });
      const where = LINKS.has(name) && /href$/.test(attribute) ? '链接' : `<${written}> 的 ${asWritten} `;
      if (scheme) problems.push(unsafeAddressMessage(where, scheme));
      // An SVG's <image> is part of the drawing pasted with it (a chart), which has no file of its own to point to.
      else if (picture && name !== 'image' && inlinePicture(value)) problems.push(inlinePictureMessage(where, value, attribute !== 'poster'));
    }
  }
  return problems;
}

/**
 * Where a piece of a body's HTML is read: inside an `<svg>` an earlier piece opened. Markdown
 * makes a one-line `<svg …><image …/></svg>` a piece per tag, and a lone `<image>` would be read
 * as HTML's `<img>` (a browser's tokenizer renames it), whose `href` is no picture's address.
 */
interface HtmlContext {
  inSvg: boolean;
}

/** What a piece of HTML inside an SVG is read after: the SVG itself, which the browser has opened. */
const SVG_OPENED = '<svg>';

/**
 * The problems of every tag in a piece of a body's HTML (`unsafeElement`), each with the index of
 * its `<` in `html`. Comments are skipped (a browser shows nothing of them), and so is what a
 * `<textarea>` or `<title>` holds, which is text. `context` says whether the piece starts inside
 * an `<svg>`, and is left saying whether the next one does (pieces read in the body's order).
 */
export function unsafeHtml(html: string, context: HtmlContext = { inSvg: false }): { index: number; message: string }[] {
  if (!html.includes('<')) return [];
  const before = context.inSvg ? SVG_OPENED : '';
  const read = before + html;
  const found: { index: number; message: string }[] = [];
  let tag: { name: string; written: string; index: number; attributes: Attribute[] } | undefined;
  const close = () => {
    if (tag) for (const message of unsafeElement(tag.name, tag.attributes, tag.written)) found.push({ index: tag.index, message });
    tag = undefined;
  };
  const parser = new Parser({
    onopentagname(name) {
      close();
      const index = parser.startIndex - before.length;
      if (index < 0) return;
      const written = /^<([^\s/>]+)/.exec(html.slice(index))?.[1]?.toLowerCase() ?? name;
      tag = { name, written, index, attributes: [] };
    },
    onattribute(name, value) {
      tag?.attributes.push({ name, value });
    },
    onopentag: close,
  });
  parser.write(read);
  // Before end(), which closes every element left open.
  context.inSvg = parser.isInForeignContext();
  parser.end();
  close();
  return found;
}
