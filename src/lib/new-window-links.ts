/**
 * A link in a body's HTML that opens another window (`<a href="…" target="_blank">`, as pasted
 * from a web page or an embed's code) is given `rel="noopener"`: without it the page it opens
 * gets `window.opener` in the browsers that predate the HTML standard's implied noopener (before
 * Chrome 88, which the X5 and UC engines of older Chinese phone browsers are), and can replace
 * this article with a look-alike page while the reader is away. The site's own share links carry
 * it already (ShareArticle.astro); an editor need not know to write it.
 */
import { Parser } from 'htmlparser2';

/** Elements whose `target` opens a window: links and image-map areas. */
const LINKS = new Set(['a', 'area']);
/** Targets that stay in this page's window. */
const SAME_WINDOW = /^_(self|parent|top)$/i;

/** Whether a link with these `target` and `rel` needs noopener. */
export function opensWindow(target: string | undefined, rel: string | undefined): boolean {
  if (target === undefined || target.trim() === '' || SAME_WINDOW.test(target.trim())) return false;
  return !/(^|\s)(noopener|noreferrer)(\s|$)/i.test(rel ?? '');
}

/** One attribute of a start tag as HTML reads it, after the name: its name and the whole of it as written. */
const ATTRIBUTE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/y;

/**
 * `html` with `rel="noopener"` given to each link that opens a window without it: added to the
 * editor's own `rel` (`noopener nofollow`), or written after the tag's name.
 */
export function withNoopener(html: string): string {
  if (!/target/i.test(html)) return html;
  const changes: { from: number; to: number; text: string }[] = [];
  let tag: { name: string; index: number; attributes: Map<string, string> } | undefined;
  const opened = () => {
    if (!tag || !LINKS.has(tag.name)) return;
    const rel = tag.attributes.get('rel');
    if (!opensWindow(tag.attributes.get('target'), rel)) return;
    const value = ['noopener', ...(rel?.trim().split(/\s+/).filter(Boolean) ?? [])].join(' ');
    const text = ` rel="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    const name = /^<[^\s/>]+/.exec(html.slice(tag.index))![0];
    let at = tag.index + name.length;
    // The editor's rel, the first (the one a browser reads), is replaced; without one, ours goes after the name.
    for (ATTRIBUTE.lastIndex = at; ; ) {
      const attribute = ATTRIBUTE.exec(html);
      if (!attribute || attribute[0] === '') break;
      if (attribute[1]!.toLowerCase() === 'rel') {
        changes.push({ from: at, to: ATTRIBUTE.lastIndex, text });
        return;
      }
      at = ATTRIBUTE.lastIndex;
    }
    const after = tag.index + name.length;
    changes.push({ from: after, to: after, text });
  };
  const parser = new Parser({
    onopentagname(name) {
      tag = { name, index: parser.startIndex, attributes: new Map() };
    },
    onattribute(name, value) {
      // The first occurrence is the one a browser reads.
      if (tag && !tag.attributes.has(name)) tag.attributes.set(name, value);
    },
    // Only a tag that ends (`>`) is a tag: the browser drops one cut off.
    onopentag: opened,
  });
  parser.write(html);
  parser.end();
  return changes.reduceRight((out, { from, to, text }) => `${out.slice(0, from)}${text}${out.slice(to)}`, html);
}
