/**
 * Full-width punctuation, as a character-class body: 。，、；：？！（）《》【】「」 and the like
 * (CJK Symbols and Punctuation, and the full-width forms of ASCII punctuation). Curly quotes,
 * —— and …… are shared with English and left to each user to add.
 */
export const FULL_WIDTH_PUNCTUATION = '\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';
