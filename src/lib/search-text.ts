/**
 * Text as the search index stores it and as queries look for it: every character is its own
 * token, so a query finds exactly the articles that contain it as a substring (what readers
 * of a Chinese site expect; Pagefind's own word segmentation misses and over-matches).
 * Shared by the build (indexing), the search page (queries, excerpts, marks) and articles
 * opened from its results (marks).
 *
 * - Han characters, letters and digits are one token each (Pagefind folds case on both sides).
 * - Text and queries are read in one search form (searchForms): full-width letters, digits and
 *   symbols as their half-width selves (５０％ is 50%), a unit sign as its letters (℃ is °C), a
 *   间隔号 however typed as ·, and none in a name (阿依买买提 finds 阿依·买买提), and a number that
 *   cites or dates (第二百零九条, 第十四届, 二〇二三年十月) in digits, shown as written (第209条 finds
 *   it); it is indexed as written too, with the words around it (writtenCopies), so 二百零九 and
 *   九条 find it as well.
 * - Punctuation and common symbols are tokens too, indexed through Pagefind's
 *   `includeCharacters` (INDEXED_SYMBOLS), so 坊,民 is not found by 坊民 and PM2.5 is found.
 *   Any other symbol (emoji, rare signs) is spelt as OTHER_SYMBOL and its code point in six
 *   HEX_DIGITS, tokens no text can produce: 😀 finds 😀 and nothing else.
 * - Whitespace and punctuation a reader puts around or between words part a query (queryParts):
 *   《民法典》 looks for 民法典, “社会组织” for 社会组织; every part is an exact phrase.
 * - A run of whitespace becomes one BREAK token: not indexed, but it takes a position, so no
 *   match spans it. FIELD_BREAK, a break of the same kind, ends the body in a record, so an
 *   excerpt knows where the article's words stop and its bylines and tags begin.
 */
import { MIDDLE_DOTS } from './middle-dots.ts';
import { wordBreaks } from './phrases.ts';
import { FULL_WIDTH_PUNCTUATION } from './punctuation.ts';

/** Elements whose text is never indexed (nor marked on an article opened from the results). */
export const UNINDEXED_ELEMENTS = ['script', 'style', 'template', 'noscript', 'svg'] as const;

/** Stands for a run of whitespace: takes a position, never indexed, never typed. */
export const BREAK = '\uE000';
/**
 * A BREAK that also ends a field: after the body, and before each of the fields that follow
 * it (see recordContent). Indexed as BREAK is (not at all), and as long, so records keep
 * their size and positions.
 */
export const FIELD_BREAK = '\uE003';
/**
 * Starts a written copy (writtenCopies): a number read as digits as it is written, with the
 * words around it in its clause. Indexed as BREAK is (not at all), and as long.
 */
export const WRITTEN_BREAK = '\uE004';
/** Stands for ASCII ", which Pagefind reserves for phrases. */
export const QUOTE = '\uE001';
/** Starts the spelling of a symbol not in INDEXED_SYMBOLS (emoji, rare signs): six HEX_DIGITS follow. */
export const OTHER_SYMBOL = '\uE002';
/** Hexadecimal digits 0–f as tokens of their own (private use, so no text contains them). */
export const HEX_DIGITS: readonly string[] = Array.from({ length: 16 }, (_, digit) => String.fromCharCode(0xe010 + digit));
const SPELLING = 6;
const hexDigit = new Map(HEX_DIGITS.map((token, digit) => [token, digit.toString(16)]));

/** The tokens that stand for a symbol not in INDEXED_SYMBOLS. */
const spelt = (code: number): string[] => [
  OTHER_SYMBOL,
  ...[...code.toString(16).padStart(SPELLING, '0')].map((digit) => HEX_DIGITS[parseInt(digit, 16)]!),
];

const SYMBOL_RANGES: [number, number][] = [
  [0x21, 0x7e], // ASCII
  [0xa2, 0xa5], // ¢ £ ¤ ¥
  [0xa7, 0xb7], // § ¨ © « ¬ ® ° ± ² ³ ´ µ ¶ ·
  [0xd7, 0xd7], // ×
  [0xf7, 0xf7], // ÷
  [0x2010, 0x2027], // dashes, quotes, bullets, ellipsis
  [0x2030, 0x203b], // ‰ ′ ″ ※
  [0x20a0, 0x20bf], // currency signs: € ₩ ₹ …
  [0x2103, 0x2103], // ℃
  [0x2116, 0x2116], // №
  [0x2160, 0x216b], // Ⅰ–Ⅻ
  [0x2190, 0x2193], // ← ↑ → ↓
  [0x2460, 0x2473], // ①–⑳
  [0x25a0, 0x25cf], // ■ □ ▲ △ ◆ ◇ ○ ●
  [0x2605, 0x2606], // ★ ☆
  [0x3000, 0x303f], // CJK Symbols and Punctuation
  [0x3371, 0x33ff], // squared units: ㎡ ㎏ ㎞ …
  [0xff01, 0xff65], // Full-width forms
  [0xffe0, 0xffe6], // full-width ￠ ￡ ￢ ￣ ￤ ￥ ￦
];

const isSymbol = (c: string) => /[\p{P}\p{S}]/u.test(c);
/** The codes from `first` to `last`, both included. */
const codes = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, i) => first + i);
const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

/**
 * Full-width punctuation that parts a query (PARTING): in Chinese text it is punctuation and
 * keeps its width (an excerpt shows ，。：), except where JOINING makes it text, between two
 * Latin letters or digits (ＰＭ２．５, １０：３０, １，３２０), where it is its half-width self.
 */
const WIDE_PUNCTUATION = new Set('！＂＇（），－．：；＜＞？［］｛｝');
/** Full-width forms that are their half-width selves wherever they stand: letters, digits and symbols (％ ＋ ／ ～ ￥). */
const WIDE = /^[\uff01-\uff5e\uffe0-\uffe2\uffe4-\uffe6]$/u;
const LATIN_LETTER_OR_DIGIT = /^[A-Za-z0-9]$/u;
/**
 * A 间隔号 inside a name, in the place of the one written: a private-use character for each
 * way of writing it, so an excerpt shows the one the article has.
 */
export const NAME_DOTS: readonly string[] = [...MIDDLE_DOTS].map((_, i) => String.fromCharCode(0xe020 + i));
const nameDot = new Map(NAME_DOTS.map((stand, i) => [stand, MIDDLE_DOTS[i]!]));
/** Private-use characters that ride on a token (a name's 间隔号, the numerals of a number read as digits): never indexed. */
const RIDING = /[\uE020-\uE04F]+$/u;
/** A token as a query's token matches it: without what rides on it. */
const bare = (token: string) => {
  const last = token.charCodeAt(token.length - 1);
  return token.length > 1 && last >= 0xe020 && last <= 0xe04f ? token.replace(RIDING, '') : token;
};
/**
 * Unit signs an input method gives as one character, where a reader types the letters they
 * stand for (㎏ or kg, ℃ or °C, ㎡ or m2, ㎧ or m/s): each is read as its letters, its
 * normalize('NFKC') with ∕ as the / a keyboard types, so either finds the other. Not the squared
 * era and company names (㍻ 平成, ㍿ 株式会社) nor the days (㏠ 1日).
 */
const UNIT_FORMS = new Map(
  [0x2103, 0x2109, ...codes(0x3371, 0x337a), ...codes(0x3380, 0x33df)].map((code) => {
    const sign = String.fromCharCode(code);
    return [sign, sign.normalize('NFKC').replace(/∕/gu, '/')];
  }),
);
/** A power after a unit's letters (m², km³), read as its digit, as ㎡ is m2 and readers type m2. */
const POWERS = new Set('²³');

/**
 * The words after a number that make it a citation in legal news, where articles write it in
 * Chinese numerals and readers type digits, or the reverse: a law's article, paragraph and item,
 * its chapter, section and part (第二百零九条第一款), a congress's session and meeting (第十四届,
 * 第五次会议, which date every law), a decree's number (主席令第三十一号).
 */
const CITING = new Set('条款项章节编届次号');
/** The digits of Chinese numerals, by value (〇 and 零 both 0). */
const CHINESE_DIGITS = new Map([...'〇零一二三四五六七八九'].map((c, i) => [c, Math.max(0, i - 1)]));
const CHINESE_UNITS = new Map([['十', 10], ['百', 100], ['千', 1000]]);
/** The characters of a number written in Chinese numerals. */
const NUMERALS = '〇零一二三四五六七八九十百千';
const CHINESE_NUMERAL = new RegExp(`^[${NUMERALS}]$`, 'u');
/** One digit as the index holds a number read as digits. */
const DIGIT = /^\d$/u;
/**
 * A number in Chinese numerals in digits: 二百零九 is 209, 十四 is 14, 一千零一十 is 1010; one
 * without 十, 百 or 千 is read digit by digit, as a year is written (二〇二三 is 2023).
 */
export function chineseNumber(numerals: string): string {
  const chars = [...numerals];
  if (!chars.some((c) => CHINESE_UNITS.has(c))) return chars.map((c) => CHINESE_DIGITS.get(c)).join('');
  let total = 0;
  let digit = 0;
  for (const c of chars) {
    const unit = CHINESE_UNITS.get(c);
    if (unit === undefined) digit = CHINESE_DIGITS.get(c)!;
    else [total, digit] = [total + (digit || 1) * unit, 0];
  }
  return String(total + digit);
}
/**
 * Stand-ins for the Chinese numerals a number read as digits was written in: they ride on its
 * first digit's token (Pagefind does not index a private-use character, as with NAME_DOTS), so an
 * excerpt shows 第二百零九条 where the index holds 第 2 0 9 条. DIGITS_SHOWN rides on the others.
 */
const numeralStand = (numeral: string) => String.fromCharCode(0xe040 + NUMERALS.indexOf(numeral));
const NUMERAL_STANDS = new Map([...NUMERALS].map((numeral) => [numeralStand(numeral), numeral]));
const DIGITS_SHOWN = '\uE03F';

/** Characters search never sees: control, format (word joiners, zero-width spaces) and private-use ones. */
const INVISIBLE = /^[^\P{C}\s]$/u;
/** The characters whose search form depends on their neighbours: the 间隔号s and WIDE_PUNCTUATION. */
const CONTEXTUAL = new Set([...MIDDLE_DOTS, ...WIDE_PUNCTUATION, ...POWERS]);

/**
 * How search reads each of `chars` (NFC): the one rule for indexed text, queries and marks,
 * so 50% finds ５０％ and the reverse (README "Search"). A full-width letter, digit or symbol
 * is its half-width self (String.prototype.normalize('NFKC') of it), a unit sign the letters
 * it stands for (UNIT_FORMS: ℃ is °C, ㎡ is m2, the one form longer than a character), and a
 * power after a unit's letters its digit (m² is m2; 10² stays); no other compatibility form is
 * folded (① stays as written). Full-width punctuation is folded only between two Latin
 * letters or digits (WIDE_PUNCTUATION). A 间隔号, however typed, is ·, except between two
 * letters (Han or Latin: 阿依·买买提, 约翰·F·肯尼迪), where it is a NAME_DOTS stand-in: a name
 * is found with or without it. Between digits it is text (3·15 is not 315). Neighbours are the
 * nearest characters search sees (a word joiner bound to a 间隔号 is not one). A number in Chinese
 * numerals that cites (inDigits: 第二百零九条, 第十四届, 二〇二三年), and a date's month and day
 * (dateInDigits: 二〇二三年十月, 十月二十日), is its digits, at its first numeral, the others nothing
 * (第209条, 10月20日).
 */
export function searchForms(chars: readonly string[]): string[] {
  const forms = characterForms(chars);
  numbersInDigits(forms);
  return forms;
}

/** searchForms but for numbers, which stay as written: the form a query's part ending in numerals is looked for in (queryParts). */
function characterForms(chars: readonly string[]): string[] {
  // Every article goes through here: most characters are none of these, told by a test of the code first.
  const narrow = new Array<string>(chars.length);
  const contextual: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const code = c.charCodeAt(0);
    if (code >= 0xff01) narrow[i] = WIDE.test(c) && !WIDE_PUNCTUATION.has(c) ? c.normalize('NFKC') : c;
    else narrow[i] = code <= 0x33df && code >= 0x2103 && (code >= 0x3371 || code <= 0x2109) ? (UNIT_FORMS.get(c) ?? c) : c;
    if (CONTEXTUAL.has(c)) contextual.push(i);
  }
  const near = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < narrow.length; j += step) {
      if (INVISIBLE.test(narrow[j]!)) continue;
      const letters = [...narrow[j]!]; // a unit sign's (°C): the one beside i
      return step === 1 ? letters[0]! : letters.at(-1)!;
    }
    return '';
  };
  const forms = narrow.slice();
  for (const i of contextual) {
    const c = narrow[i]!;
    const dot = MIDDLE_DOTS.indexOf(c);
    const [before, after] = [near(i, -1), near(i, 1)];
    if (dot >= 0) forms[i] = /^\p{L}$/u.test(before) && /^\p{L}$/u.test(after) ? NAME_DOTS[dot]! : '·';
    else if (POWERS.has(c)) forms[i] = /^[A-Za-z]$/u.test(before) ? c.normalize('NFKC') : c;
    else if (JOINING.test(c) && LATIN_LETTER_OR_DIGIT.test(before) && LATIN_LETTER_OR_DIGIT.test(after)) forms[i] = c.normalize('NFKC');
  }
  return forms;
}

/** Numbers that cite or date in `forms` as their digits (inDigits, dateInDigits), in place. */
function numbersInDigits(forms: string[]): void {
  for (let i = 0; i < forms.length; i++) {
    if (CITING.has(forms[i]!) || forms[i] === '年') inDigits(forms, i);
    else if (DATE_PARTS.has(forms[i]!)) dateInDigits(forms, i);
  }
}

/** What joins the two ends of a span of months or days: 十月至十二月, 一日到十五日. */
const DATE_SPAN = new Set('至到');
/** The largest month before 月 and day before 日. */
const DATE_PARTS = new Map([
  ['月', 12],
  ['日', 31],
]);

/** The digits right before forms[at] (a number read as digits ends in forms it emptied). */
function digitsBefore(forms: readonly string[], at: number): string {
  let from = at;
  while (from > 0 && (forms[from - 1] === '' || /^\d+$/u.test(forms[from - 1]!))) from--;
  return forms.slice(from, at).join('');
}

/** A month or day in digits (10) or written with its places (十, 二十一), within its bounds: its value, or 0. */
function dateValue(written: string, largest: number): number {
  const value = /^\d+$/u.test(written) ? Number(written) : PLACED.test(written) ? Number(chineseNumber(written)) : 0;
  return value >= 1 && value <= largest ? value : 0;
}

/**
 * The month or day in Chinese numerals right before forms[at] (月, 日), in digits, in a date: a
 * month after a year of four digits or before a day (二〇二三年十月, 十月二十日), a day after a month
 * in digits (so 十月二十日 is 10月20日, 二〇二三年十月二十日 2023年10月20日, as judgments date themselves,
 * and 10月20日 finds them), and the end of a span from a month or day in digits (DATE_SPAN: 二〇二三年
 * 十月至十二月 is 2023年10月至12月): the first numeral becomes the digits, the others nothing. Only
 * there: alone, 十月 and 一月 are words (十月革命, 一月之内), and 十五日 a span of days (十五日内, 每月十五日).
 */
function dateInDigits(forms: string[], at: number): void {
  let start = at;
  while (start > 0 && CHINESE_NUMERAL.test(forms[start - 1]!)) start--;
  const largest = DATE_PARTS.get(forms[at]!)!;
  const value = start < at ? dateValue(forms.slice(start, at).join(''), largest) : 0;
  if (value === 0) return;
  const before = start - 1;
  // The end of a span whose start is a date's month or day in digits is one too (10月至十二月).
  const spanEnd = DATE_SPAN.has(forms[before]!) && forms[before - 1] === forms[at] && dateValue(digitsBefore(forms, before - 1), largest) > 0;
  if (!spanEnd && forms[at] === '月') {
    let end = at + 1;
    while (end < forms.length && (CHINESE_NUMERAL.test(forms[end]!) || DIGIT.test(forms[end]!))) end++;
    const day = forms[end] === '日' && dateValue(forms.slice(at + 1, end).join(''), DATE_PARTS.get('日')!) > 0;
    if (!day && !(forms[before] === '年' && digitsBefore(forms, before).length === 4)) return;
  } else if (!spanEnd && (forms[before] !== '月' || dateValue(digitsBefore(forms, before), DATE_PARTS.get('月')!) === 0)) return;
  forms[start] = String(value);
  for (let i = start + 1; i < at; i++) forms[i] = '';
}

/**
 * A number written with its places, as a citation writes it: 二百零九, 十四, 一千零一十, 二百〇九, 十,
 * 五. Not numerals side by side, which are ordinary words: 唯一一条, 三四次 (three or four times),
 * 三四十次, 五一.
 */
const PLACED = /^(?![零〇])(?:[一二三四五六七八九]千)?(?:[零〇]?[一二三四五六七八九]百)?(?:[零〇]?[一二三四五六七八九]?十)?(?:[零〇]?[一二三四五六七八九])?$/u;
/** Characters before which a number is part of a larger one and is not cut from it: 一万二千条, 三亿五千次, 两百条. */
const LARGER_NUMBER = new Set('万亿两');

/**
 * The number in Chinese numerals right before forms[at], in digits, when it cites a law's
 * article or a session (CITING) or is a year written digit by digit (二〇二三年): the first numeral
 * becomes the digits, the others nothing. A citation is a number written with its places
 * (PLACED): after 第 of any length (第五条, 第二百零九条), without 第 one of two numerals or more
 * with 十, 百 or 千 in it (五十六条, 十四届). Everything else stays as written, being words that
 * readers search as written (README "Search"): one numeral alone (三项制度, 一次性, 统一条款),
 * numerals side by side (唯一一条, 三四次, 五一节), a number inside a larger one (一万二千条, 两百条),
 * and any number before 节 without 第 (二十四节气, 三八节; 第二节 cites).
 */
function inDigits(forms: string[], at: number): void {
  let start = at;
  while (start > 0 && CHINESE_NUMERAL.test(forms[start - 1]!)) start--;
  if (start === at || LARGER_NUMBER.has(forms[start - 1]!)) return;
  const numerals = forms.slice(start, at).join('');
  const placed = /[十百千]/u.test(numerals);
  const cites =
    forms[at] === '年'
      ? numerals.length === 4 && !placed
      : PLACED.test(numerals) && (forms[start - 1] === '第' || (forms[at] !== '节' && placed && numerals.length >= 2));
  if (!cites) return;
  forms[start] = chineseNumber(numerals);
  for (let i = start + 1; i < at; i++) forms[i] = '';
}

/** The tokens of a text and where each comes from: text.slice(from[i], to[i]). */
interface Tokens {
  tokens: string[];
  from: number[];
  to: number[];
}

/**
 * Tokens of `text` (NFC) with their places in it; tokenize() without the places. A query's
 * parts are read without `numbers`: queryParts has read them, and one it keeps as written
 * (二〇二三年十) stays so.
 */
function tokenSpans(text: string, numbers = true): Tokens {
  const tokens: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (token: string, start: number, end: number) => {
    tokens.push(token);
    from.push(start);
    to.push(end);
  };
  const chars = [...text];
  const forms = numbers ? searchForms(chars) : characterForms(chars);
  let at = 0;
  for (let i = 0; i < forms.length; i++) {
    const c = forms[i]!;
    const start = at;
    at += chars[i]!.length;
    const code = c.codePointAt(0)!;
    const last = tokens.length - 1;
    if (c !== chars[i] && CHINESE_NUMERAL.test(chars[i]!)) {
      // A number read as digits (第二百零九条 is 第209条): a token a digit, each in the place of the
      // whole number, so a match marks the numerals as written; the first carries them for an excerpt.
      let end = i + 1;
      while (end < forms.length && forms[end] === '') at += chars[end++]!.length;
      const written = chars.slice(i, end).map(numeralStand).join('');
      [...c].forEach((digit, k) => push(digit + (k === 0 ? written : DIGITS_SHOWN), start, at));
      i = end - 1;
      continue;
    }
    if (c !== chars[i] && c.length > 1 && UNIT_FORMS.has(chars[i]!)) {
      // A unit sign is the letters it stands for (℃ is °C), a token each, every one in the sign's
      // place: a match of any of them marks the sign. Each is a letter, a digit or an indexed symbol (° / .).
      for (const letter of c) push(letter, start, at);
      continue;
    }
    if (/\s/u.test(c)) {
      if (last >= 0 && tokens[last] !== BREAK) push(BREAK, start, at);
      continue;
    }
    if (nameDot.has(c) && c !== chars[i]) {
      // Inside a name the 间隔号 rides on the letter before it: Pagefind does not index it
      // (a private-use character), so 阿依买买提 finds 阿依·买买提, but an excerpt shows it.
      // Its place is in no token's span: a mark covers it only inside a match.
      tokens[last] += c;
      continue;
    }
    if (/\p{M}/u.test(c) && last >= 0 && tokens[last] !== BREAK) {
      // A combining mark belongs to the character before it. A variation selector (▶️ = ▶ +
      // U+FE0F) only chooses how it looks, and a spelt symbol's tokens stay as spelt: either
      // way the mark is in the character's place but not in its token, so ▶ finds ▶️.
      if (!VARIATION_SELECTOR.test(c) && !hexDigit.has(tokens[last]!)) tokens[last] += c;
      to[last] = at;
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(c)) push(c, start, at);
    else if (c === '"') push(QUOTE, start, at);
    // Control, format and private-use characters: nothing to find, and no stand-in token can come from text.
    else if (/[\p{C}]/u.test(c)) continue;
    else if (indexedSymbols.has(c)) push(c, start, at);
    else for (const token of spelt(code)) push(token, start, at);
  }
  if (tokens.at(-1) === BREAK) {
    tokens.pop();
    from.pop();
    to.pop();
  }
  return { tokens, from, to };
}

/** Tokens of `text`, as the index stores them. */
export function tokenize(text: string): string[] {
  return tokenSpans(text.normalize('NFC')).tokens;
}

/** Whether tokens[i] is the first digit of a number read as digits (it carries the numerals written). */
const numberAt = (tokens: readonly string[], i: number): boolean => NUMERAL_STANDS.has(tokens[i]!.slice(bare(tokens[i]!).length)[0] ?? '');

/** Whether tokens[i] is a digit of a year read as digits (二〇二三年, 2 0 2 3 年). */
function yearAt(tokens: readonly string[], i: number): boolean {
  let first = i;
  while (first > 0 && tokens[first]!.endsWith(DIGITS_SHOWN)) first--;
  let end = first + 1;
  while (end < tokens.length && tokens[end]!.endsWith(DIGITS_SHOWN)) end++;
  return numberAt(tokens, first) && end - first === 4 && tokens[end] === '年';
}

/**
 * tokens[from, to) as written: a number read as digits is its numerals again (第209条 is
 * 第二百零九条), each in the place of the whole number (`place`: the tokens it stands for),
 * so what is found in the written text is marked on the tokens the index holds. With
 * `yearsInDigits`, a year stays in digits, as a date's copy holds it (dateCopies: 2023年十一月).
 */
function asWritten(
  tokens: readonly string[],
  from: number,
  to: number,
  yearsInDigits = false,
): { view: string[]; place: [number, number][]; numeral: boolean[] } {
  const view: string[] = [];
  const place: [number, number][] = [];
  const numeral: boolean[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    const year = yearsInDigits && yearAt(tokens, i);
    if (token.endsWith(DIGITS_SHOWN) && !year) continue; // shown at the number's first digit
    if (!numberAt(tokens, i) || year) {
      view.push(bare(token));
      place.push([i, i + 1]);
      numeral.push(false);
      continue;
    }
    let end = i + 1;
    while (end < to && tokens[end]!.endsWith(DIGITS_SHOWN)) end++;
    for (const stand of token.slice(bare(token).length)) {
      view.push(NUMERAL_STANDS.get(stand)!);
      place.push([i, end]);
      numeral.push(true);
    }
  }
  return { view, place, numeral };
}

/**
 * Whether tokens[i] parts a query (no part of one runs across it): a break, or a mark that
 * parts a query as queryParts reads it (partsQuery).
 */
function partsQueries(tokens: readonly string[], i: number): boolean {
  const near = (k: number) => bare(tokens[k] ?? '').toLowerCase();
  return tokens[i] === BREAK || partsQuery(bare(tokens[i]!), near(i - 1), near(i + 1));
}

/**
 * How many characters either side of a number read as digits its written copy holds, within its
 * clause: what readers type of it in numerals, the number, 第 before it, its word and the words
 * after it (二百零九, 第二百零九, 九条, 零九条规定), and no more: a judgment cites 条 in most clauses,
 * and a copy of each whole clause made its text half again as long (README "Search"). A clause
 * that dates is copied whole (writtenCopies).
 */
const COPY_REACH = 3;

/**
 * The written copies of `tokens`, each after a WRITTEN_BREAK: every number read as digits as
 * written, with up to COPY_REACH characters either side in its clause, a number in digits counting
 * as one, never cut (依照第二百零九条规定, not 零九条规定); numbers closer joined in one copy. A clause
 * with a date's month or day read as digits (dateInDigits) is copied whole: a query without the
 * date's year keeps 十月 and 十一月 as written (十月作出终审判决, 巡查定在十一月), with any words
 * around them, and few clauses date. A date whose year and month are both in numerals
 * (二〇二三年十一月) is copied again with the year in digits (2023年十一月, dateCopies), as readers type
 * a year in digits and the month as the input method gives it: 2023年十 and 2023年十一 find it on
 * the way to 2023年十一月, a part that ends in numerals being looked for as written (queryParts).
 * The index holds 第 2 0 9 条, and what a reader types of the number in numerals without what
 * makes it cite (二百零九, 九条, 第二百零九) is found in the copy, as it is in the article. A clause
 * runs between two marks that part a query (partsQueries), so no copy joins what the article
 * parts; a copy shows nowhere (excerptOf and highlight find such a part in the text).
 */
export function writtenCopies(tokens: readonly string[]): string[][] {
  const copies: string[][] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !partsQueries(tokens, i)) continue;
    const { view, numeral } = asWritten(tokens, start, i);
    // COPY_REACH characters from view[k] by `step`, a number in digits one, whole: where they end.
    const reach = (k: number, step: 1 | -1) => {
      let at = k;
      for (let n = 0; n < COPY_REACH && at + step >= 0 && at + step < view.length; n++) {
        at += step;
        while (DIGIT.test(view[at]!) && DIGIT.test(view[at + step] ?? '')) at += step;
      }
      return at;
    };
    // A month or day read as digits: its numerals end before 月 or 日, as no number that cites does.
    const dated = numeral.some((isNumeral, k) => isNumeral && !numeral[k + 1] && DATE_PARTS.has(view[k + 1] ?? ''));
    if (dated) {
      copies.push([WRITTEN_BREAK, ...view], ...dateCopies(tokens, start, i));
      start = i + 1;
      continue;
    }
    let around: [number, number] | undefined;
    numeral.forEach((isNumeral, k) => {
      if (!isNumeral) return;
      const [from, to] = [reach(k, -1), reach(k, 1) + 1];
      if (around && from <= around[1]) around[1] = to;
      else {
        if (around) copies.push([WRITTEN_BREAK, ...view.slice(...around)]);
        around = [from, to];
      }
    });
    if (around) copies.push([WRITTEN_BREAK, ...view.slice(...around)]);
    start = i + 1;
  }
  return copies;
}

/**
 * The dates in tokens[from, to) whose year and month the article writes in numerals (二〇二三年十一月),
 * each as a copy with the year in digits as the index holds it and the rest as written, up to the
 * date's last 月 or 日 (2023年十一月, 2023年十月二十日): where a reader who types the year in digits
 * finds the month typed so far in numerals (2023年十, 2023年十一), as the index has it in digits.
 */
function dateCopies(tokens: readonly string[], from: number, to: number): string[][] {
  const copies: string[][] = [];
  for (let i = from; i < to; i++) {
    // A year read as digits: its first digit carries the numerals, the others DIGITS_SHOWN, then 年.
    if (!numberAt(tokens, i)) continue;
    let end = i + 1;
    while (end < to && tokens[end]!.endsWith(DIGITS_SHOWN)) end++;
    if (!yearAt(tokens, i) || end + 1 >= to || !numberAt(tokens, end + 1)) continue;
    let last = end + 1;
    for (let k = end + 1; k < to && (DATE_PARTS.has(tokens[k]!) || DIGIT.test(bare(tokens[k]!))); k++) if (DATE_PARTS.has(tokens[k]!)) last = k;
    if (last === end + 1) continue;
    copies.push([WRITTEN_BREAK, ...asWritten(tokens, i, last + 1, true).view]);
    i = last;
  }
  return copies;
}

/**
 * A record's content has fixed places: the title (and subtitle) in the first TITLE_SLOTS
 * positions, the summary in the next SUMMARY_SLOTS, then the body and the bylines. Padding
 * is BREAK tokens, which take positions but are never indexed. Where a phrase is first
 * found then tells whether it is in the title, the summary or the body, without loading the
 * article: the search ranks title matches first.
 *
 * After the body come `rest` (bylines, source, editor, dateline, captions, tags: found, never
 * shown as an excerpt), then a title or summary too long for its place, each after a
 * FIELD_BREAK, so excerptOf() can tell the body, `rest` and such a field apart, and last the
 * written copies (writtenCopies) of the fields that have any, but the title's and summary's
 * where they fit in their places, each after a WRITTEN_BREAK; excerptOf() shows none.
 */
export const TITLE_SLOTS = 200;
export const SUMMARY_SLOTS = 600;

/** The indexed content of an article: its fields in their places, as spaced tokens. */
export function recordContent(fields: { title: string; summary: string; body: string; rest: string }): string {
  const tail: string[] = [];
  const copies: string[] = [];
  /**
   * A field in its place, padded, its written copies after it where they fit, so a number typed
   * in numerals ranks as in the title or summary; one too long for its place goes to the end,
   * still searchable, as do its copies.
   */
  const placed = (text: string, slots: number) => {
    const tokens = tokenize(text);
    const written = writtenCopies(tokens);
    if (tokens.length >= slots) {
      tail.push(FIELD_BREAK, ...tokens);
      copies.push(...written.flat());
      return new Array<string>(slots).fill(BREAK);
    }
    // Each copy in the field's place while there is room, in order; the others at the end.
    const held = tokens.slice();
    for (const copy of written) {
      if (held.length + copy.length <= slots) held.push(...copy);
      else copies.push(...copy);
    }
    return [...held, ...new Array<string>(slots - held.length).fill(BREAK)];
  };
  const [body, rest] = [tokenize(fields.body), tokenize(fields.rest)];
  return [
    ...placed(fields.title, TITLE_SLOTS),
    ...placed(fields.summary, SUMMARY_SLOTS),
    ...body,
    FIELD_BREAK,
    ...rest,
    ...tail,
    ...writtenCopies(body).flat(),
    ...writtenCopies(rest).flat(),
    ...copies,
  ].join(' ');
}

/** 0 for a match in the title, 1 in the summary, 2 elsewhere, from the match's position. */
export function matchTier(position: number): 0 | 1 | 2 {
  return position < TITLE_SLOTS ? 0 : position < TITLE_SLOTS + SUMMARY_SLOTS ? 1 : 2;
}

/**
 * Marks that part a query as a space does: brackets and quotation marks of every kind
 * (《》【】（）“”「」"', and <> typed for 《》), dashes (——) and the marks that end a clause or
 * a sentence, half-width or full-width (。，、：；？！…). A reader puts them around or between
 * words, not into what the words must match: 《民法典》 looks for 民法典, as most articles write
 * it, 法律、援助 for 法律 and 援助. Other marks and symbols (· % / & ℃ ① 😀) are text to find.
 */
const PARTING = /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Pd}"'!,.:;?<>＜＞。、，：；？！．＂＇…‥｡､﹐﹑﹒﹔﹕﹖﹗]$/u;
/**
 * Of PARTING, the marks that are text between two Latin letters or digits: PM2.5, 12345-1, 10:30,
 * 1,320, don't and McDonald’s (the apostrophe phones and articles write). A dash (2019–2020) parts.
 */
const JOINING = /^[-'’.,:;!?－＇．，：；！？]$/u;
const LATIN_OR_DIGIT = /^[a-z0-9]$/u;
/** Whether `c`, between `before` and `after` (lower case), parts a query: whitespace, or PARTING unless JOINING joins them. */
const partsQuery = (c: string, before: string, after: string): boolean =>
  /\s/u.test(c) || (PARTING.test(c) && !(JOINING.test(c) && LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(after)));
/** 间隔号s at the start or end of a query's part, as searchForms writes them (·). */
const EDGE_DOTS = /^·+|·+$/gu;
/** An article of a law as a query has it once read in digits (searchForms): 第209条, 第133条, or 209条 after the law's name. */
const LAW_ARTICLE = /第?\d+条/gu;
/** How a law's name ends, where a reader types its article without 第: 民法典209条, 刑法133条, 条例, 规定, 解释, 办法, 细则. */
const LAW_NAME_END = /^[法典例定释则]$/u;

/**
 * A character of a query as search reads it (`form`: a number that cites or dates in digits, one
 * a unit) and as the reader wrote it (`written`: the number's numerals on its first digit, nothing
 * on the others), so a part is looked for either way (queryParts).
 */
interface QueryChar {
  form: string;
  written: string;
}
const formOf = (part: readonly QueryChar[]) => part.map((c) => c.form).join('');

/**
 * `part` cut before each article of a law cited after other words (民法典|第二百零九条, 刑法|第133条之一,
 * 民法典|209条): articles write the name in 书名号 (《中华人民共和国民法典》第二百零九条), so the words
 * read whole found none of them. Without 第 only after a law's name (LAW_NAME_END): 共|50条 would
 * find every article with 共 anywhere. An article cut so is looked for with its 第, as the reader
 * means it and articles write it: 民法典209条 is 民法典 and 第209条, as 209条 was also the end of
 * 第1209条. (No lookbehind: the search page runs on phones whose Safari has none.)
 */
function lawArticles(part: QueryChar[]): QueryChar[][] {
  const form = formOf(part);
  const cuts = [...form.matchAll(LAW_ARTICLE)]
    .map((article) => article.index)
    .filter((at) => at > 0 && (form[at] === '第' || LAW_NAME_END.test(form[at - 1]!)));
  return [0, ...cuts].map((at, i) => {
    const piece = part.slice(at, [...cuts, part.length][i]);
    return i > 0 && piece[0]!.form !== '第' ? [{ form: '第', written: '第' }, ...piece] : piece;
  });
}

/**
 * A 案号 typed without its brackets (2023京01民终123号, 2025青0105民初7788号): the year, which articles
 * write in brackets ((2023), （2023）, 〔2023〕, each parting a query), and the rest, each a part of
 * its own. A year before 年 is no 案号 (2023年5号).
 */
const CASE_NUMBER = /^((?:19|20)\d{2})((?!年)\p{Script=Han}+\d*\p{Script=Han}+\d+号?)$/u;
const caseNumber = (part: QueryChar[]): QueryChar[][] => (CASE_NUMBER.test(formOf(part)) ? [part.slice(0, 4), part.slice(4)] : [part]);

/**
 * Every punctuation or symbol character the index stores as a token (same list for every part):
 * those searchForms leaves as they are, as it alone says which reach the index (a full-width ％,
 * a ・ never do: they are read as % and ·).
 */
export const INDEXED_SYMBOLS: string = (() => {
  let out = QUOTE + OTHER_SYMBOL + HEX_DIGITS.join('');
  for (const [from, to] of SYMBOL_RANGES) {
    for (let code = from; code <= to; code++) {
      const c = String.fromCharCode(code);
      if (c !== '"' && isSymbol(c) && searchForms([c])[0] === c) out += c;
    }
  }
  return out;
})();

const indexedSymbols = new Set(INDEXED_SYMBOLS);

/**
 * What must occur, as text: the parts of the query, read as searchForms reads text (full-width
 * letters, digits and symbols as their half-width selves, a 间隔号 however typed as ·, and
 * none inside a name), in lower case, with characters that are not text (zero-width spaces,
 * the word joiner copied with a 间隔号) left out. Whitespace (the full-width space too) and
 * PARTING marks part it; a query of nothing else has no part, and is no search at all (the
 * search page asks for words). The one rule the search page, the index's queries, excerpts
 * and an article's marks follow; tests/search.test.ts finds each part in the sources' text by
 * substring search. A law's article cited after its name (民法典第二百零九条, 民法典209条) is a
 * part of its own (LAW_ARTICLE): the articles put the name in 书名号; so is the year of a 案号 typed
 * without its brackets (CASE_NUMBER).
 */
export function queryParts(query: string): string[] {
  const chars = [...query.normalize('NFC').replace(/[^\P{C}\s]/gu, '')];
  const written = characterForms(chars);
  const forms = written.slice();
  numbersInDigits(forms);
  // Each character in lower case by itself, as the index folds each token (a final Σ is σ there);
  // a unit sign's letters each by itself, and a number in digits a digit each.
  const read: QueryChar[] = [];
  forms.forEach((form, i) => {
    if (form === '') read.at(-1)!.written += written[i]; // a numeral of the number before
    else if (!nameDot.has(form)) {
      const numerals = form !== written[i] && CHINESE_NUMERAL.test(written[i]!);
      [...form].forEach((c, k) => read.push({ form: c.toLowerCase(), written: numerals ? (k === 0 ? written[i]! : '') : c.toLowerCase() }));
    }
  });
  const parts: QueryChar[][] = [[]];
  read.forEach(({ form }, i) => {
    if (partsQuery(form, read[i - 1]?.form ?? '', read[i + 1]?.form ?? '')) parts.push([]);
    else parts.at(-1)!.push(read[i]!);
  });
  // A 间隔号 at a part's edge joins nothing: typed before a given name (·买买提), after a first
  // one (阿依·) or alone between spaces (阿依 · 买买提), it was looked for as text and found no
  // name, whose 间隔号 the index holds inside it (searchForms). Between digits it stays (3·15).
  // A law's article typed after its name is a part of its own: found where the article cites it.
  // A part that ends in numerals is looked for as written: they may be the start of a number the
  // article reads as digits (二〇二三年十 of 二〇二三年十月, 2023年九月八 of 2023年九月八日), where the part
  // read in digits (2023年十, 2023年9月八) is neither in the index (2023年10月, 2023年9月8日) nor in
  // the clause's written copy (writtenCopies), which holds it as written.
  return parts
    .flatMap(caseNumber)
    .flatMap(lawArticles)
    .map((part) => {
      const form = formOf(part);
      return CHINESE_NUMERAL.test(form.at(-1) ?? '') ? part.map((c) => c.written).join('') : form;
    })
    .map((part) => part.replace(EDGE_DOTS, ''))
    .filter((part) => part !== '');
}

/** Quotation marks a reader may type around a query or its words: 《》 stay, as they name a title. */
const QUOTES = '“”"\'‘’「」『』';
const SURROUNDING_QUOTES = new RegExp(`^[\\s${QUOTES}]+|[\\s${QUOTES}]+$`, 'gu');
const QUOTATION_MARK = new RegExp(`[${QUOTES}]`, 'u');

/**
 * The query as the page quotes it back (“社会组织”的搜索结果): as typed, but without the quotation
 * marks the reader typed around it, which would double the page's own (““社会组织””). Marks
 * around its words are the reader's, kept as typed: “法律” “援助” and "民政" "青川" are quoted by
 * them already, and “民政”青川 is quoted whole by the page's, not cut to “民政”青川” (a mark
 * taken off one end, another put on, the two then pairing with nothing).
 */
export function quotedQuery(query: string): string {
  const words = query.replace(SURROUNDING_QUOTES, '');
  if (!QUOTATION_MARK.test(words)) return `“${words}”`;
  const typed = query.trim();
  return QUOTATION_MARK.test(typed.at(0)!) && QUOTATION_MARK.test(typed.at(-1)!) ? typed : `“${typed}”`;
}

/** The query's parts (queryParts) as token runs: what must occur, each as a whole. */
function querySegments(query: string): string[][] {
  return queryParts(query)
    .map((part) => tokenSpans(part.normalize('NFC'), false).tokens)
    .filter((segment) => segment.length > 0);
}

/**
 * Where in tokens[from, to) `segment` is, as [start, end) of tokens: as the index holds the text,
 * and, for a segment with numerals, as the text is written (asWritten: 二百零九 in 第二百零九条,
 * which the index holds as digits and its written copy as written, writtenCopies).
 */
function occurrences(tokens: readonly string[], segment: readonly string[], from = 0, to = tokens.length): [number, number][] {
  const found: [number, number][] = [];
  outer: for (let i = from; i + segment.length <= to; i++) {
    for (let j = 0; j < segment.length; j++) if (bare(tokens[i + j]!).toLowerCase() !== segment[j]) continue outer;
    found.push([i, i + segment.length]);
  }
  if (!segment.some((token) => CHINESE_NUMERAL.test(token))) return found;
  // As written, and with years in digits as a date's copy has them (dateCopies: 2023年十 in 二〇二三年十一月).
  for (const { view, place, numeral } of [asWritten(tokens, from, to), asWritten(tokens, from, to, true)]) {
    written: for (let i = 0; i + segment.length <= view.length; i++) {
      for (let j = 0; j < segment.length; j++) if (view[i + j]!.toLowerCase() !== segment[j]) continue written;
      // Found as the index holds it too, unless it has a number's numerals.
      const [at, end] = [place[i]![0], place[i + segment.length - 1]![1]];
      const again = found.some(([a, b]) => a === at && b === end); // in both views: no year in it
      if (numeral.slice(i, i + segment.length).includes(true) && !again) found.push([at, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/**
 * What a reader typed, as Pagefind phrase queries: one per part (queryParts), each a quoted
 * run of single tokens (`"潍 坊"`). Several parts are all required.
 */
export function queryPhrases(query: string): string[] {
  return querySegments(query).map((segment) => `"${segment.join(' ')}"`);
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One full-width punctuation mark: 。，、（） and the like. */
const CHINESE_PUNCTUATION = new RegExp(`^[${FULL_WIDTH_PUNCTUATION}]$`, 'u');

/**
 * How a break reads: a space, except beside Chinese punctuation, which carries its own room
 * (paragraphs run together in an excerpt, and 作出规定。 为社会 would show a stray half-width
 * space). Curly quotes serve English too, and after a heading's closing ” the space is all
 * that parts it from the paragraph: beside them it stays.
 */
function breakText(before = '', after = ''): string {
  return CHINESE_PUNCTUATION.test(before) || CHINESE_PUNCTUATION.test(after) ? '' : ' ';
}

/** How the token at `i` reads: a spelt symbol shows at its OTHER_SYMBOL, its digits show nothing; a name's 间隔号 as written. */
function display(tokens: readonly string[], i: number): string {
  const token = tokens[i]!;
  if (token === BREAK) return breakText(tokens[i - 1], tokens[i + 1]);
  if (token === QUOTE) return '"';
  if (hexDigit.has(token)) return '';
  const riding = token.slice(bare(token).length);
  // A number read as digits shows the numerals it was written in, at its first digit.
  if (riding === DIGITS_SHOWN) return '';
  if (NUMERAL_STANDS.has(riding[0] ?? '')) return [...riding].map((stand) => NUMERAL_STANDS.get(stand)).join('');
  if (riding) return `${bare(token)}${nameDot.get(riding)}`;
  if (token !== OTHER_SYMBOL) return token;
  const digits = tokens.slice(i + 1, i + 1 + SPELLING).map((digit) => hexDigit.get(digit) ?? '');
  const code = parseInt(digits.join(''), 16);
  return digits.join('').length === SPELLING && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** Runs of text, each marked or not; adjacent pieces alike join into one run. */
function runs(pieces: Iterable<[text: string, mark: boolean]>): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const [text, mark] of pieces) {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/** Tokens an excerpt shows (a character each, mostly). */
const EXCERPT_LENGTH = 90;

/** How far (in tokens) an excerpt's start or end may move to fall between two words. */
const WORD_REACH = 8;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
/** A mark that ends what comes before it (，。）” …): no excerpt starts with one. */
const CLOSING = /^[\p{Pe}\p{Pf}\p{Po}]/u;
/** A mark that opens what comes after it (（“《): no excerpt ends with one. */
const OPENING = /^[\p{Ps}\p{Pi}]/u;

/**
 * The places in tokens[from, to) where an excerpt may start (`start`) or end: never inside a
 * word (江渡市 cut to …渡市), words being wordBreaks' (Intl.Segmenter's, the ones a title
 * breaks between), nor inside a spelt symbol; a start not before a closing mark (…，该院),
 * an end not after an opening one (“…). At whitespace and punctuation, between words, and
 * at the edges of the field. In a browser without Intl.Segmenter only between a letter and
 * a mark or a space.
 */
function cuts(tokens: readonly string[], [from, to]: [number, number], field: [number, number], side: 'start' | 'end'): number[] {
  // The words around the range, read as text: a letter or digit token as itself, anything else as a space.
  // A number read as digits needs no rule of its own: its first digit reads as the numerals
  // written and the others as nothing, so a cut among them falls at the same place in this text
  // as a cut before the word that ends the number (条, 年), and shows the same.
  const context: [number, number] = [Math.max(field[0], from - WORD_REACH), Math.min(field[1], to + WORD_REACH)];
  const offsets = new Map<number, number>();
  let text = '';
  for (let i = context[0]; i < context[1]; i++) {
    offsets.set(i, text.length);
    text += LETTER_OR_DIGIT.test(tokens[i]!) ? display(tokens, i) : ' ';
  }
  const between = new Set(wordBreaks(text));
  const places: number[] = [];
  for (let p = from; p <= to; p++) {
    if (p === field[0] || p === field[1]) {
      places.push(p);
      continue;
    }
    const [before, after] = [tokens[p - 1]!, tokens[p]!];
    if (hexDigit.has(after) || before === OTHER_SYMBOL) continue; // inside a spelt symbol
    if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after) && !between.has(offsets.get(p)!)) continue;
    if (side === 'start' ? CLOSING.test(after) : OPENING.test(before)) continue;
    places.push(p);
  }
  return places;
}

/** The place of `cuts` nearest `at` (the earlier of two as near for an end, the later for a start); `at` when there is none. */
function nearestCut(tokens: readonly string[], at: number, range: [number, number], field: [number, number], side: 'start' | 'end'): number {
  let best = at;
  let distance = Infinity;
  for (const place of cuts(tokens, range, field, side)) {
    const d = Math.abs(place - at);
    if (d < distance || (d === distance && side === 'start')) [best, distance] = [place, d];
  }
  return best;
}

/**
 * Where the fields after the fixed places lie, as [start, end): the body, and any title or
 * summary too long for its place (`rest`, between them, is left out).
 */
function laterFields(tokens: readonly string[]): { body: [number, number]; overflow: [number, number][] } {
  const fields: [number, number][] = [];
  let start = TITLE_SLOTS + SUMMARY_SLOTS;
  const copies = beforeCopies(tokens, [start, tokens.length])[1];
  for (let i = start; i < copies; i++) {
    if (tokens[i] !== FIELD_BREAK) continue;
    fields.push([start, i]);
    start = i + 1;
  }
  fields.push([start, copies]);
  return { body: fields[0]!, overflow: fields.slice(2) };
}

/** tokens[from, to) up to the written copies in it (recordContent), which are never shown. */
function beforeCopies(tokens: readonly string[], [from, to]: [number, number]): [number, number] {
  const copies = tokens.indexOf(WRITTEN_BREAK, from);
  return [from, copies >= 0 && copies < to ? copies : to];
}

/**
 * An excerpt of an indexed content around the query, as text runs (never HTML): the body's
 * first match if there is one (of the query's longest part, if the body has it), else the summary's, else the subtitle's (else that of a title
 * or summary too long for its place), with every segment marked. Only the article's words
 * are shown: a query found only in `title` (the title the result shows, marked by
 * highlight()) or only in `rest` (bylines, source, editor, dateline, captions, tags) gets the
 * opening of the summary, or of the body when there is no summary.
 */
export function excerptOf(content: string, query: string, title = ''): ExcerptPart[] {
  const tokens = content.split(' ');
  const segments = querySegments(query);
  const { body, overflow } = laterFields(tokens);
  const summary = beforeCopies(tokens, [TITLE_SLOTS, TITLE_SLOTS + SUMMARY_SLOTS]);
  const subtitle = beforeCopies(tokens, [Math.min(tokenize(title).length, TITLE_SLOTS), TITLE_SLOTS]);
  let region = tokens.slice(...summary).some((token) => token !== BREAK) ? summary : body;
  let first = -1;
  // Of several parts, the longest is the most telling: a 案号's number rather than the year in
  // its brackets (（2025）青0105民初7788号), which an article's opening may hold far before it.
  const longest = segments.reduce<string[]>((a, b) => (b.length > a.length ? b : a), []);
  for (const candidate of [body, summary, subtitle, ...overflow]) {
    const hits = segments.flatMap((segment) => occurrences(tokens, segment, ...candidate).map(([at]) => at));
    if (hits.length > 0) {
      region = candidate;
      const telling = occurrences(tokens, longest, ...candidate).map(([at]) => at);
      first = Math.min(...(telling.length > 0 ? telling : hits));
      break;
    }
  }
  const [regionStart, regionEnd] = region;
  let start = first < 0 ? regionStart : Math.max(regionStart, first - Math.floor(EXCERPT_LENGTH / 3));
  let end = Math.min(regionEnd, start + EXCERPT_LENGTH);
  start = Math.max(regionStart, Math.min(start, end - EXCERPT_LENGTH));
  // Between two words, not before the match (nor, for the end, at or before the start).
  if (start > regionStart) {
    start = nearestCut(tokens, start, [Math.max(regionStart, start - WORD_REACH), first < 0 ? start : Math.min(first, start + WORD_REACH)], region, 'start');
  }
  if (end < regionEnd) {
    end = nearestCut(tokens, end, [Math.max(start + 1, end - WORD_REACH), Math.min(regionEnd, end + WORD_REACH)], region, 'end');
  }
  const marked = new Array<boolean>(end - start).fill(false);
  for (const segment of segments) {
    for (const [at, to] of occurrences(tokens, segment, start, end)) {
      // A match that starts inside a number read as digits (209条 in 第一千二百零九条) marks it from
      // its first digit, which shows the numerals: the others show nothing, and only 条 was marked.
      let first = at;
      while (first > start && tokens[first]!.endsWith(DIGITS_SHOWN)) first--;
      for (let k = first; k < to; k++) marked[k - start] = true;
    }
  }
  const pieces: [string, boolean][] = [];
  if (start > regionStart) pieces.push(['…', false]);
  for (let i = start; i < end; i++) pieces.push([display(tokens, i), marked[i - start]!]);
  if (tokens.slice(end, regionEnd).some((token) => token !== BREAK)) pieces.push(['…', false]);
  const parts = runs(pieces);
  for (const part of parts) if (!part.mark) part.text = part.text.replace(/ {2,}/g, ' ');
  // No space at either end, nor between an end's … and the text, where a cut falls on a paragraph's break.
  if (parts[0] && !parts[0].mark) parts[0].text = parts[0].text.replace(/^(…?)\s+/, '$1');
  const last = parts.at(-1);
  if (last && !last.mark) last.text = last.text.replace(/\s+(…?)$/, '$1');
  return parts.filter((part) => part.text !== '');
}

/** `text` as written (a title, a paragraph), as runs with every occurrence of the query's segments marked. */
export function highlight(text: string, query: string): ExcerptPart[] {
  const written = text.normalize('NFC');
  const { tokens, from, to } = tokenSpans(written);
  const marked = new Array<boolean>(written.length).fill(false);
  for (const segment of querySegments(query)) {
    for (const [at, end] of occurrences(tokens, segment)) marked.fill(true, from[at], to[end - 1]);
  }
  const pieces: [string, boolean][] = [];
  let at = 0;
  for (const c of written) {
    pieces.push([c, marked[at]!]);
    at += c.length;
  }
  return runs(pieces);
}
