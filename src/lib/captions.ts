/**
 * 图注: the line under a news picture, as Chinese papers write it — 图为培育中心一角（马远征 摄）.
 * One place for what a caption looks like, for the renderer (a picture's title is its caption)
 * and the importer (an old page's caption line under its picture becomes that title).
 */

/**
 * A caption's closing credit: （马远征 摄）, （林晓雨 制图）, （东岭区法院供图）, （资料图）, or
 * led by what it credits, （摄影：马远征）, （图：东岭区法院）; as typed, with spaces inside the
 * brackets (（记者 马远征 摄 ）) and a full stop after them (…（马远征 摄）。), which are dropped.
 */
const CREDIT = /^(.*?)\s*[（(]\s*([^（）()]*?(?:摄|摄影|制图|供图|绘图|绘|资料图|截图)|(?:摄影|摄|图片?|制图)[:：]\s*[^（）()]+?)\s*[）)][。.]?$/s;

/** How a caption line starts when it says what the picture shows: 图为…, 图：…, ▲…, 上图… */
const CAPTION_START = /^(?:图为|图[:：]|图片[:：]|[▲△↑]|[上下左右]图[为:：])/;

/** Longer than this, a line under a picture is the next paragraph of the story, not its caption. */
const CAPTION_LENGTH = 100;

/** A caption and its credit, apart: `图为培育中心一角（马远征 摄）` → 图为培育中心一角, 马远征 摄. */
export function captionParts(title: string): { caption: string; credit: string | undefined } {
  const text = title.trim();
  const match = CREDIT.exec(text);
  return match && match[1] ? { caption: match[1], credit: match[2]!.trim() } : { caption: text, credit: undefined };
}

/** Whether a short line right under a picture is its caption: it starts as one, or ends with a credit. */
export function isCaptionLine(text: string): boolean {
  const line = text.trim();
  return line !== '' && [...line].length <= CAPTION_LENGTH && (CAPTION_START.test(line) || CREDIT.test(line));
}
