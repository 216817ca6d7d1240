/**
 * 图注: the line under a news picture, as Chinese papers write it — 图为培育中心一角（马远征 摄）.
 * One place for what a caption looks like, for the renderer (a picture's title is its caption)
 * and the importer (an old page's caption line under its picture becomes that title).
 */
import { MIDDLE_DOTS } from './middle-dots.ts';

/**
 * A caption's closing credit: （马远征 摄）, （林晓雨 制图）, （东岭区法院供图）, （资料图）, or
 * led by what it credits, （摄影：马远征）, （图：东岭区法院）; as typed, with spaces inside the
 * brackets (（记者 马远征 摄 ）) and a full stop after them (…（马远征 摄）。), which are dropped.
 */
const CREDIT = /^(.*?)\s*[（(]\s*([^（）()]*?(?:摄|摄影|制图|供图|绘图|绘|资料图|截图)|(?:摄影|摄|图片?|制图)[:：]\s*[^（）()]+?)\s*[）)][。.]?$/s;

const HAN = '\\p{Script=Han}';
/** A Chinese name: 马远征, 阿依古丽·买买提. */
const NAME = `${HAN}{2,4}(?:[${MIDDLE_DOTS}]${HAN}{1,8})?`;
/** A name of two or three characters: 庭审现场 is four, and a caption's words, not a name. */
const SHORT_NAME = `${HAN}{2,3}(?:[${MIDDLE_DOTS}]${HAN}{1,8})?`;
/** One name or several: joined by 、 (马远征、张文玉), or by spaces when each is short (马远征 张文玉). */
const NAMES = `(?:${NAME}(?:、${NAME})*|${SHORT_NAME}(?:\\s+${SHORT_NAME})+)`;
/** What a byline puts before names: 记者, 本报记者, 新华社记者, 通讯员, 实习生. */
const TITLED = `(?:${HAN}{0,6}?(?:记者|通讯员|实习生)\\s*)?`;

/**
 * A caption's credit written after it, outside brackets, as papers print it at a line's end:
 * …现场。马远征 摄, …现场 马远征/摄, …现场。本报记者 马远征 张文玉 摄, …现场。本报记者 马远征摄,
 * …现场。林晓雨 制图, …现场。东岭区法院供图, …现场。摄影：马远征, …现场。图/马远征, …现场。资料图.
 * Only after a sentence's end or a space, and only names (with their title) before 摄, 制图,
 * 供图 or 绘图, set apart by a space or a /: a caption that ends with 拍摄, 摄影展 or 制图
 * (市民用手机拍摄, 图为市民参观摄影展, 工作人员正在制图) has no credit. Names run into 摄 only
 * after a title set apart by a space (本报记者 马远征摄), never after 拍 (记者 在现场拍摄).
 */
const CREDIT_AFTER = new RegExp(
  `^(.*?(?:[。！？；!?;…]\\s*|\\s+))(${[
    `${TITLED}${NAMES}(?:\\s+|\\s*[/／]\\s*)(?:摄|制图|供图|绘图)`,
    `${HAN}{0,6}?(?:记者|通讯员|实习生)\\s+${NAMES}(?<!拍)摄`,
    `${HAN}{2,12}(?<!提)供图`,
    `(?:摄影|摄)\\s*[:：/／]\\s*${TITLED}${NAMES}`,
    `图片?\\s*[/／]\\s*${TITLED}${NAMES}`,
    '资料图片?',
  ].join('|')})[。.]?$`,
  'su',
);

/** How a caption line starts when it says what the picture shows: 图为…, 图：…, ▲…, 上图… */
const CAPTION_START = /^(?:图为|图[:：]|图片[:：]|[▲△↑]|[上下左右]图[为:：])/;

/** Longer than this, a line under a picture is the next paragraph of the story, not its caption. */
export const CAPTION_LENGTH = 100;

/**
 * A caption and its credit, apart: `图为培育中心一角（马远征 摄）` → 图为培育中心一角, 马远征 摄;
 * `图为培育中心一角。马远征 摄` too (the 。 before a credit written after the caption goes, as
 * the one after a bracketed credit does: the page shows the credit in brackets after the caption).
 */
export function captionParts(title: string): { caption: string; credit: string | undefined } {
  const text = title.trim();
  const bracketed = CREDIT.exec(text);
  if (bracketed?.[1]) return { caption: bracketed[1], credit: bracketed[2]!.trim() };
  const after = CREDIT_AFTER.exec(text);
  const caption = after?.[1]!.trim().replace(/。$/, '');
  return after && caption ? { caption, credit: after[2]!.trim() } : { caption: text, credit: undefined };
}

/** Whether a short line right under a picture is its caption: it starts as one, or ends with a credit. */
export function isCaptionLine(text: string): boolean {
  const line = text.trim();
  return line !== '' && [...line].length <= CAPTION_LENGTH && (CAPTION_START.test(line) || CREDIT.test(line) || CREDIT_AFTER.test(line));
}
