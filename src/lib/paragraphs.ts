/**
 * Chinese text as editors paste it into a Markdown paragraph, read as they mean it. One rule
 * for the rendered article (markdown-plugins.ts) and the 导读 taken from its first paragraph
 * (summary.ts):
 *
 * - a line starts a new paragraph, even without the blank line Markdown wants, when it starts
 *   with full-width spaces (段首空两格, as Word and old CMSs indent; the spaces go, as the site's
 *   style indents every paragraph), when the line before ends a sentence (。！？), when it
 *   starts as a question, an answer or an item (问：答：, 一、（一）1.（1）①, 第五条), or when it
 *   is a date alone (the 落款 of a notice): editors press Enter for a paragraph, as in Word;
 * - a line break between two Chinese characters or marks, or between one and a digit, is no
 *   space at all (Markdown would show one: 行内 换行, 2024年 3月), also where bold, a link or
 *   code meets the text; between Latin words (and Chinese and Latin) it stays a space.
 */

/** Han characters and the full-width punctuation that sits among them. */
const CHINESE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018-\\u201d\\u2026\\u00b7';
const LINE_BREAK = '[ \\t]*\\r?\\n[ \\t]*';
const JOINED_BREAK = new RegExp(
  `(?<=[${CHINESE}])${LINE_BREAK}(?=[${CHINESE}0-9])|(?<=[${CHINESE}0-9])${LINE_BREAK}(?=[${CHINESE}])`,
  'gu',
);
/** A line break, with the spaces around it and the full-width indent after it. */
const NEW_LINE = /[ \t]*\r?\n[ \t]*(\u3000*)/g;
const LEADING_INDENT = /^[ \t]*\u3000+/;
/** What ends a sentence, a closing quote or bracket after it included. */
const SENTENCE_END = /[。！？!?…][”’」』）)]*$/u;
const NUMERAL = '[一二三四五六七八九十百千零〇]';
/** How a question, an answer, an item of a list, an article of a law or a date alone starts its line. */
const OWN_LINE = new RegExp(
  `^(?:[问答][：:]|${NUMERAL}+、|[（(](?:${NUMERAL}+|\\d{1,3})[）)]|\\d{1,3}[.．、](?!\\d)|[\\u2460-\\u2473]|第(?:${NUMERAL}+|\\d+)[条章节款项]|\\d{4}年\\d{1,2}月\\d{1,2}日[ \\t]*(?:\\r?\\n|$))`,
  'u',
);

/** Where `value` (between the texts `before` and `after`) has a line break that starts a paragraph: [start, end) of each. */
function paragraphBreaks(value: string, before: string, after: string): [number, number][] {
  const breaks: [number, number][] = [];
  for (const match of value.matchAll(NEW_LINE)) {
    const start = match.index;
    const end = start + match[0].length;
    const next = `${value.slice(end)}${after}`;
    if (match[1] || SENTENCE_END.test(`${before}${value.slice(0, start)}`) || OWN_LINE.test(next)) breaks.push([start, end]);
  }
  return breaks;
}

/** What is needed of an inline Markdown node (mdast's phrasing content, in any of its libraries). */
interface Inline {
  type: string;
  value?: string;
  children?: readonly Inline[];
}

/** Inline nodes whose children are text of the same line (bold, links …). */
const CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

const text = <T extends Inline>(value: string): T => ({ type: 'text', value }) as T;

/** The text a node shows, as far as its neighbours' line breaks need to know it. */
function shown(node: Inline): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (CONTAINERS.has(node.type)) return (node.children ?? []).map(shown).join('');
  return ''; // a picture, a hard line break, HTML: no character to join to
}

/**
 * `nodes` with the line breaks among Chinese removed from their text, also inside bold and
 * links and where a text meets its neighbour; `undefined` when there are none.
 */
function joinLines<T extends Inline>(nodes: readonly T[]): T[] | undefined {
  // Every text in order, so that a text's first and last line break can see past its node.
  const texts: Inline[] = [];
  const collect = (node: Inline) => {
    if (node.type === 'text' || node.type === 'inlineCode' || !CONTAINERS.has(node.type)) texts.push(node);
    else node.children?.forEach(collect);
  };
  nodes.forEach(collect);
  const joined = new Map<Inline, string>();
  texts.forEach((node, index) => {
    if (node.type !== 'text' || !node.value?.includes('\n')) return;
    const before = [...shown(texts[index - 1] ?? text(''))].at(-1) ?? '';
    const after = [...shown(texts[index + 1] ?? text(''))][0] ?? '';
    const value = `${before}${node.value}${after}`.replace(JOINED_BREAK, '');
    const inner = value.slice(before.length, value.length - after.length);
    if (inner !== node.value) joined.set(node, inner);
  });
  if (joined.size === 0) return undefined;
  const rebuild = <N extends Inline>(node: N): N[] => {
    const value = joined.get(node);
    if (value !== undefined) return value ? [text<N>(value)] : [];
    if (!CONTAINERS.has(node.type) || !node.children) return [node];
    return [{ ...node, children: node.children.flatMap(rebuild) }];
  };
  return nodes.flatMap(rebuild);
}

/**
 * A paragraph's inline nodes as the paragraphs they make: one list of nodes per paragraph,
 * changed only as above. Returns `undefined` when nothing changes.
 */
export function paragraphsOf<T extends Inline>(children: readonly T[]): T[][] | undefined {
  const paragraphs: T[][] = [[]];
  let split = false;
  /** What the reader sees of the nodes before (or after) `index`, as far as a line's start or end needs it. */
  const seen = (from: number, to: number) => children.slice(from, to).map(shown).join('');
  children.forEach((child, index) => {
    if (child.type !== 'text' || child.value === undefined) {
      paragraphs.at(-1)!.push(child);
      return;
    }
    let value = child.value;
    const afterBreak = children[index - 1]?.type === 'break';
    if ((index === 0 || afterBreak) && LEADING_INDENT.test(value)) {
      value = value.replace(LEADING_INDENT, '');
      // An indented line after a hard line break (two spaces or \ at the end of the line before) starts a paragraph too.
      if (afterBreak) {
        paragraphs.at(-1)!.pop();
        paragraphs.push([]);
      }
    }
    let from = 0;
    const lines: string[] = [];
    for (const [start, end] of paragraphBreaks(value, seen(0, index).slice(-8), seen(index + 1, children.length).slice(0, 24))) {
      lines.push(value.slice(from, start));
      from = end;
    }
    lines.push(value.slice(from));
    lines.forEach((line, at) => {
      if (at > 0) paragraphs.push([]);
      if (line !== child.value) split = true;
      if (line) paragraphs.at(-1)!.push(line === child.value ? child : text(line));
    });
  });
  let joined = false;
  const result = paragraphs
    .map((nodes) => {
      const lines = joinLines(nodes);
      if (lines) joined = true;
      return lines ?? nodes;
    })
    .filter((nodes) => nodes.length > 0);
  return split || joined ? result : undefined;
}
