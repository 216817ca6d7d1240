/**
 * Chinese text as editors paste it into a Markdown paragraph, read as they mean it. One rule
 * for the rendered article (markdown-plugins.ts) and the 导读 taken from its first paragraph
 * (summary.ts):
 *
 * - a line that starts with full-width spaces (段首空两格, as Word and old CMSs indent) starts a
 *   new paragraph, even without the blank line Markdown wants; the spaces themselves go, as
 *   the site's style indents every paragraph;
 * - a line break between two Chinese characters or marks is no space at all (Markdown would
 *   show one: 行内 换行); between Latin words it stays a space.
 */

/** Han characters and the full-width punctuation that sits among them. */
const CHINESE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018-\\u201d\\u2026\\u00b7';
const BREAK_BETWEEN_CHINESE = new RegExp(`(?<=[${CHINESE}])[ \\t]*\\n[ \\t]*(?=[${CHINESE}])`, 'gu');
/** A line break followed by a full-width indent. */
const INDENTED_LINE = /[ \t]*\n[ \t]*\u3000+/;
const LEADING_INDENT = /^[ \t]*\u3000+/;

/** What is needed of an inline Markdown node (mdast's phrasing content, in any of its libraries). */
interface Inline {
  type: string;
  value?: string;
}

const text = <T extends Inline>(value: string): T => ({ type: 'text', value }) as T;

/**
 * A paragraph's inline nodes as the paragraphs they make: one list of nodes per paragraph
 * (only text nodes are changed, and only as above). Returns `undefined` when nothing changes.
 */
export function paragraphsOf<T extends Inline>(children: readonly T[]): T[][] | undefined {
  const paragraphs: T[][] = [[]];
  let changed = false;
  children.forEach((child, index) => {
    if (child.type !== 'text' || child.value === undefined) {
      paragraphs.at(-1)!.push(child);
      return;
    }
    const value = index === 0 ? child.value.replace(LEADING_INDENT, '') : child.value;
    value.split(INDENTED_LINE).forEach((line, at) => {
      if (at > 0) paragraphs.push([]);
      const joined = line.replace(BREAK_BETWEEN_CHINESE, '');
      if (joined !== child.value) changed = true;
      if (joined) paragraphs.at(-1)!.push(joined === child.value ? child : text(joined));
    });
  });
  const kept = paragraphs.filter((nodes) => nodes.length > 0);
  return changed ? kept : undefined;
}
