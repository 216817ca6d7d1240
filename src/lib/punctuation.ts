/**
 * Full-width punctuation, as a character-class body: 。，、；：？！（）《》【】「」 and the like
 * (CJK Symbols and Punctuation, and the full-width forms of ASCII punctuation). Curly quotes,
 * —— and …… are shared with English and left to each user to add.
 */
export const FULL_WIDTH_PUNCTUATION = '\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';

/** Chinese quotation marks, opening and closing, as a Chinese keyboard types them. */
const CHINESE_QUOTES: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '『': '』' };

/**
 * What is inside `value` when Chinese quotation marks enclose all of it (`“cases”`, as an
 * editor quotes a value in YAML on a Chinese keyboard): YAML keeps them as part of the value.
 * Undefined when they do not (`“老同学”视频借钱…` is a title that starts with a quotation).
 */
export function chineseQuoted(value: string): string | undefined {
  const text = value.trim();
  const close = CHINESE_QUOTES[text[0] ?? ''];
  if (!close || text.length < 3 || !text.endsWith(close)) return undefined;
  const inner = text.slice(1, -1);
  // “甲”和“乙”: two quotations, not one value in quotes.
  return inner.includes(close) || inner.includes(text[0]!) ? undefined : inner.trim();
}

/** What an editor is told of a value in Chinese quotation marks, where they would be kept: `written` is what to write instead. */
export const chineseQuotedMessage = (written: string) => `两边有中文引号，引号会被当作内容的一部分：请去掉引号，写成 ${written}`;
