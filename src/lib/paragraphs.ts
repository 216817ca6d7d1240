/**
 * Chinese text as editors paste it into a Markdown paragraph, read as they mean it. One rule
 * for the rendered article (markdown-plugins.ts) and the 导读 taken from its first paragraph
 * (summary.ts):
 *
 * - a line starts a new paragraph, even without the blank line Markdown wants, when it starts
 *   with full-width spaces (段首空两格, as Word and old CMSs indent), or em spaces or no-break
 *   spaces as a web page's source writes them (&emsp;&emsp;); the spaces go, as the site's
 *   style indents every paragraph, after a line that ends a sentence (。！？…) outside quotes
 *   and brackets or only labels (all bold, 【案情回顾】, 一、基本案情), before a question or an
 *   answer (问：答：), before an item (一、（一）1.（1）①, 第五条) after punctuation, and before
 *   a date alone (the 落款 of a notice): editors press Enter for a paragraph, as in Word;
 * - a line break between two Chinese characters or marks, or between one and a digit, is no
 *   space at all (Markdown would show one: 行内 换行, 2024年 3月), also where bold, a link or
 *   code meets the text; between Latin words (and Chinese and Latin) it stays a space;
 * - a space beside a full-width punctuation mark, with Chinese, another mark or a digit on its
 *   other side, goes (门槛。 《条例》, **门槛。** 《条例》, as Word pastes them): a full-width mark
 *   carries its own space. A space between a mark and a Latin word stays, and so does a
 *   full-width space (姓名：　张三 is the editor's).
 */
import { FULL_WIDTH_PUNCTUATION } from './punctuation.ts';

/** Han characters and the full-width punctuation that sits among them. */
const CHINESE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018-\\u201d\\u2026\\u00b7';
const LINE_BREAK = '[ \\t]*\\r?\\n[ \\t]*';
const JOINED_BREAK = new RegExp(
  `(?<=[${CHINESE}])${LINE_BREAK}(?=[${CHINESE}0-9])|(?<=[${CHINESE}0-9])${LINE_BREAK}(?=[${CHINESE}])`,
  'gu',
);
/** Chinese characters and marks (not the full-width space) and digits: what a full-width mark needs no space beside. */
const BESIDE_MARK = `[\\p{Script=Han}\\u3001-\\u303f\\uff01-\\uffef\\u2014\\u2018-\\u201d\\u2026\\u00b70-9]`;
/** Spaces on a line (no line break, no full-width space: an editor's), one pasted from Word (U+00A0) included. */
const LINE_SPACES = '[^\\S\\r\\n\\u3000]+';
const SPACE_BESIDE_MARK = new RegExp(
  `(?<=[${FULL_WIDTH_PUNCTUATION}])${LINE_SPACES}(?=${BESIDE_MARK})|(?<=${BESIDE_MARK})${LINE_SPACES}(?=[${FULL_WIDTH_PUNCTUATION}])`,
  'gu',
);
/**
 * A text without the line breaks among Chinese and the spaces beside full-width punctuation
 * (see above): for closeUp, and for the text of the body's own HTML (closedUpHtml in
 * markdown-plugins.ts), where a line break Word wrote into `<p>李某\n向其…</p>` showed as a space.
 */
export const closedUp = (value: string) => value.replace(JOINED_BREAK, '').replace(SPACE_BESIDE_MARK, '');
/**
 * A piece of a line's text closed up (closedUp) as it stands between the text shown just `before`
 * and just `after` it (a character each, or ''), as in <span>李某</span>⏎<span>向其</span>, where
 * the line break is among Chinese only with its neighbours read: the piece alone, changed.
 */
export function closedUpBetween(before: string, value: string, after: string): string {
  return closedUp(before + value + after).slice(before.length, after.length > 0 ? -after.length : undefined);
}
/** What closeUp may take out: a line break or a space. */
const MAY_CLOSE = /\n|[^\S\r\n\u3000]/;
/**
 * A typed indent (段首空两格): full-width spaces, or as a web page's source or an online
 * editor writes them, em or en spaces (`&emsp;&emsp;`) or two or more no-break spaces
 * (`&nbsp;&nbsp;&nbsp;&nbsp;`), which Markdown keeps as text: shown after the site's own indent,
 * they indented a paragraph twice. A single no-break space is not an indent.
 */
const INDENT = '(?:[\\u3000\\u2002\\u2003]|\\u00a0[ \\t]*(?=[\\u00a0\\u3000\\u2002\\u2003]))[\\u3000\\u2002\\u2003\\u00a0 \\t]*';
/** A line break, with the spaces around it and the indent after it. */
const NEW_LINE = new RegExp(`[ \\t]*\\r?\\n[ \\t]*(${INDENT})?`, 'g');
const LEADING_INDENT = new RegExp(`^[ \\t]*${INDENT}`);
/**
 * A text without the indent typed at its start (LEADING_INDENT, spaces and line breaks before it
 * included), or `undefined` when it has none: for a paragraph of a body's own HTML
 * (`<p>　　本报讯…</p>`, as old CMSs and Word write every paragraph), which the site indents as
 * it indents Markdown's (htmlParagraphIndents in markdown-plugins.ts).
 */
export function withoutIndent(value: string): string | undefined {
  const rest = value.replace(/^[ \t\r\n]+/, '');
  return LEADING_INDENT.test(rest) ? rest.replace(LEADING_INDENT, '') : undefined;
}
/** What ends a sentence, a closing quote or bracket after it included. */
const SENTENCE_END = /[。！？!?…][”’」』）)]*$/u;
/** How a line that introduces items ends: 法院认定：, 一是……； */
const ITEM_BEFORE = /[。！？!?；;：:，,、…][”’」』）)]*$/u;
const NUMERAL = '[一二三四五六七八九十百千零〇]';
/** A question or an answer. */
const QA = /^[问答][：:]/u;
/** An item, a heading or an article of a law: 一、（一）1.（1）① 第五条. */
const ITEM = new RegExp(`^(?:${NUMERAL}+、|[（(](?:${NUMERAL}+|\\d{1,3})[）)]|\\d{1,3}[.．、](?!\\d)|[\\u2460-\\u2473]|第(?:${NUMERAL}+|\\d+)[条章节款项])`, 'u');
/** A date alone on its line, as a notice's 落款 ends it (not 截至\n2025年12月31日\n，共……). */
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日[ \t]*(?:$|\r?\n(?![ \t]*[，。、；：,.;:]))/u;
/** A line that only labels what follows: 【案情回顾】 (isLabel, and a line read in paragraphsOf). */
const BRACKETED_LABEL = /^\s*【[^】]*】\s*$/u;
/** More than a label: a sentence ends inside it (a 导语 set in bold is story text). */
const SENTENCES = /[。！？；!?;]./u;
/** A paragraph that is the editor's note before a story (编者按：…), not the story. */
const EDITORS_NOTE = /^[【\[（(]?(?:编者按|编者的话|编者注|编者附言|编前语?|编后语?)[】\]）)]?\s*[：:]?/u;

/** Whether a paragraph is an editor's note (编者按：, **编者按**：): the 电头 leads the story after it. */
export function isEditorsNote(nodes: readonly Inline[]): boolean {
  return EDITORS_NOTE.test(nodes.map(shown).join('').trimStart());
}
const OPENERS = '“‘「『（(《〈【';
const CLOSERS = '”’」』）)》〉】';

/** How many quotes and brackets are open after `text`, `depth` being open before it (a stray closer, as in 1）, closes none). */
function depthAfter(depth: number, text: string): number {
  for (const char of text) {
    if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char) && depth > 0) depth--;
  }
  return depth;
}

/** What is needed of an inline Markdown node (mdast's phrasing content, in any of its libraries). */
interface Inline {
  type: string;
  value?: string;
  children?: readonly Inline[];
}

/**
 * Whether a paragraph (or a line) only labels what follows: all bold (**【案情回顾】**,
 * **一、基本案情**; not a 导语 set in bold, in which a sentence ends) or a bracketed heading (【案情回顾】). For the 导读 (summary.ts), which skips it,
 * and the dateline, which leads the paragraph after it (openingParagraph in markdown-plugins.ts).
 */
export function isLabel(nodes: readonly Inline[]): boolean {
  const content = nodes.filter((node) => node.type !== 'break' && !(node.type === 'text' && !node.value?.trim()));
  if (content.length > 0 && content.every((node) => node.type === 'strong' || node.type === 'emphasis')) return !SENTENCES.test(content.map(shown).join('').trim());
  return content.length === 1 && content[0]!.type === 'text' && BRACKETED_LABEL.test(content[0]!.value ?? '');
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

/** Spaces and line breaks (not the full-width space) at the start and at the end of a text. */
const LEADING_SPACES = /^[^\S\u3000]+/u;
const TRAILING_SPACES = /[^\S\u3000]+$/u;

/**
 * The first character before (`step` -1) or after (1) `texts[index]` that is not a space or a
 * line break, which closeUp takes out by the same rules; none past a node showing no character
 * (a picture, a hard line break, HTML).
 */
function neighbour(texts: readonly Inline[], index: number, step: -1 | 1): string {
  for (let at = index + step; at >= 0 && at < texts.length; at += step) {
    const value = shown(texts[at]!);
    if (value === '') return '';
    const trimmed = value.replace(step < 0 ? TRAILING_SPACES : LEADING_SPACES, '');
    if (trimmed) return (step < 0 ? [...trimmed].at(-1) : [...trimmed][0])!;
  }
  return '';
}

/**
 * `nodes` with the line breaks among Chinese and the spaces beside full-width punctuation
 * removed from their text (see above), also inside bold and links and where a text meets its
 * neighbour (**门槛。** 《条例》); never inside code. `undefined` when there are none. For the
 * lines of a paragraph (paragraphsOf), and a heading's or a table cell's (markdown-plugins.ts).
 */
export function closeUp<T extends Inline>(nodes: readonly T[]): T[] | undefined {
  // Every text in order, so that a text's first and last line break can see past its node.
  const texts: Inline[] = [];
  const collect = (node: Inline) => {
    if (node.type === 'text' || node.type === 'inlineCode' || !CONTAINERS.has(node.type)) texts.push(node);
    else node.children?.forEach(collect);
  };
  nodes.forEach(collect);
  const joined = new Map<Inline, string>();
  texts.forEach((node, index) => {
    if (node.type !== 'text' || !node.value || !MAY_CLOSE.test(node.value)) return;
    const before = neighbour(texts, index, -1);
    const after = neighbour(texts, index, 1);
    const value = closedUp(`${before}${node.value}${after}`);
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
  const texts = children.map(shown);
  const paragraphs: T[][] = [[]];
  let changed = false;
  /** The current paragraph's open quotes and brackets and its last characters; the current line's text and what it holds. */
  const state = { depth: 0, end: '', line: '', bold: false, other: false };
  const read = (value: string, bold = false) => {
    state.depth = depthAfter(state.depth, value);
    state.end = (state.end + value).slice(-8);
    state.line += value;
    if (bold) state.bold = true;
    else if (value.trim()) state.other = true;
  };
  const newLine = () => Object.assign(state, { line: '', bold: false, other: false });
  const newParagraph = () => {
    paragraphs.push([]);
    Object.assign(state, { depth: 0, end: '' });
    changed = true;
  };
  const push = (node: T) => paragraphs.at(-1)!.push(node);
  /** The text after node `index`, as far as the start of a line needs it. */
  const following = (index: number) => {
    let out = '';
    for (let next = index + 1; next < children.length && out.length < 24; next++) out += texts[next];
    return out;
  };
  /** Whether the line just read ends its paragraph, `next` being the text after it. */
  const ends = (next: string) => {
    const line = state.line.trim();
    const label = (state.bold && !state.other) || BRACKETED_LABEL.test(line) || (ITEM.test(line) && !/\p{P}$/u.test(line));
    if (label) return true;
    if (state.depth > 0) return false;
    return SENTENCE_END.test(state.end) || QA.test(next) || DATE_LINE.test(next) || (ITEM.test(next) && ITEM_BEFORE.test(state.end));
  };

  children.forEach((child, index) => {
    if (child.type !== 'text' || child.value === undefined) {
      push(child);
      if (child.type === 'break') newLine();
      else read(texts[index]!, child.type === 'strong' || child.type === 'emphasis');
      return;
    }
    let value = child.value;
    const afterBreak = children[index - 1]?.type === 'break';
    if ((index === 0 || afterBreak) && LEADING_INDENT.test(value)) {
      value = value.replace(LEADING_INDENT, '');
      changed = true;
      // An indented line after a hard line break (two spaces or \ at the end of the line before) starts a paragraph too.
      if (afterBreak) {
        paragraphs.at(-1)!.pop();
        newParagraph();
      }
    }
    const after = following(index);
    let lineStart = 0;
    let pieceStart = 0;
    const piece = (to: number) => {
      const part = value.slice(pieceStart, to);
      if (part) push(part === child.value ? child : text<T>(part));
    };
    for (const match of value.matchAll(NEW_LINE)) {
      const end = match.index + match[0].length;
      read(value.slice(lineStart, match.index));
      if (match[1] || ends(`${value.slice(end)}${after}`)) {
        piece(match.index);
        newParagraph();
        pieceStart = end;
      }
      newLine();
      lineStart = end;
    }
    read(value.slice(lineStart));
    piece(value.length);
  });
  let joined = false;
  const result = paragraphs
    .map((nodes) => {
      const lines = closeUp(nodes);
      if (lines) joined = true;
      return lines ?? nodes;
    })
    .filter((nodes) => nodes.length > 0);
  return changed || joined ? result : undefined;
}
