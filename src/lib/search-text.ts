/**
 * Text as the search index stores it and as queries look for it: every character is its own
 * token, so a query finds exactly the articles that contain it as a substring (what readers
 * of a Chinese site expect; Pagefind's own word segmentation misses and over-matches).
 * Shared by the build (indexing) and the search page (queries, excerpts).
 *
 * - Han characters, letters and digits are one token each (full-width forms folded to ASCII;
 *   Pagefind folds case on both sides).
 * - Punctuation and common symbols are tokens too, indexed through Pagefind's
 *   `includeCharacters` (INDEXED_SYMBOLS), so 坊,民 is not found by 坊民 and PM2.5 is found.
 *   Any other symbol becomes OTHER_SYMBOL on both sides.
 * - A run of whitespace becomes one BREAK token: not indexed, but it takes a position, so no
 *   match spans it.
 */

/** Stands for a run of whitespace: takes a position, never indexed, never typed. */
export const BREAK = '\uE000';
/** Stands for ASCII ", which Pagefind reserves for phrases. */
export const QUOTE = '\uE001';
/** Stands for any symbol not in INDEXED_SYMBOLS (emoji, rare signs). */
export const OTHER_SYMBOL = '\uE002';

const SYMBOL_RANGES: [number, number][] = [
  [0x21, 0x7e], // ASCII
  [0xa1, 0xbf], // Latin-1 punctuation and signs
  [0xd7, 0xd7], // ×
  [0xf7, 0xf7], // ÷
  [0x2010, 0x205e], // General Punctuation
  [0x2100, 0x214f], // Letterlike Symbols (℃, №)
  [0x2160, 0x2188], // Roman numerals
  [0x2190, 0x21ff], // Arrows
  [0x2200, 0x22ff], // Mathematical Operators
  [0x2460, 0x24ff], // Enclosed Alphanumerics (①)
  [0x25a0, 0x25ff], // Geometric Shapes (■ ○ ★ lookalikes)
  [0x2600, 0x26ff], // Miscellaneous Symbols (★ ☆)
  [0x3000, 0x303f], // CJK Symbols and Punctuation
  [0x30fb, 0x30fb], // ・
  [0xfe30, 0xfe4f], // CJK Compatibility Forms
  [0xff01, 0xff65], // Full-width forms
];

const isSymbol = (c: string) => /[\p{P}\p{S}]/u.test(c);

/** Every punctuation or symbol character the index stores as a token (same list for every part). */
export const INDEXED_SYMBOLS: string = (() => {
  let out = QUOTE + OTHER_SYMBOL;
  for (const [from, to] of SYMBOL_RANGES) {
    for (let code = from; code <= to; code++) {
      const c = String.fromCharCode(code);
      if (c !== '"' && isSymbol(c) && !isFullWidthWord(code)) out += c;
    }
  }
  return out;
})();

function isFullWidthWord(code: number): boolean {
  return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

const indexedSymbols = new Set(INDEXED_SYMBOLS);

/** Tokens of `text`, as the index stores them. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (let c of text.normalize('NFC')) {
    const code = c.codePointAt(0)!;
    if (/\s/u.test(c)) {
      if (tokens.length > 0 && tokens.at(-1) !== BREAK) tokens.push(BREAK);
      continue;
    }
    if (isFullWidthWord(code)) c = String.fromCharCode(code - 0xfee0);
    if (/\p{M}/u.test(c) && tokens.length > 0 && tokens.at(-1) !== BREAK) {
      tokens[tokens.length - 1] += c; // a combining mark belongs to the character before it
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(c)) tokens.push(c);
    else if (c === '"') tokens.push(QUOTE);
    else if (indexedSymbols.has(c)) tokens.push(c);
    else if (/[\p{C}]/u.test(c)) continue; // control and format characters: nothing to find
    else tokens.push(OTHER_SYMBOL);
  }
  if (tokens.at(-1) === BREAK) tokens.pop();
  return tokens;
}

/** The content of a search record: tokens joined by single spaces. */
export function spaced(text: string): string {
  return tokenize(text).join(' ');
}

/**
 * What a reader typed, as Pagefind phrase queries: one per whitespace-separated segment,
 * each a quoted run of single tokens (`"潍 坊"`). Several segments are all required.
 */
export function queryPhrases(query: string): string[] {
  const phrases: string[] = [];
  let current: string[] = [];
  for (const token of [...tokenize(query), BREAK]) {
    if (token === BREAK) {
      if (current.length > 0) phrases.push(`"${current.join(' ')}"`);
      current = [];
    } else {
      current.push(token.toLowerCase());
    }
  }
  return phrases;
}

/** The query's segments as plain words (for the unquoted, ranking search). */
export function queryTerms(query: string): string {
  return tokenize(query)
    .filter((token) => token !== BREAK)
    .join(' ')
    .toLowerCase();
}

/** An excerpt or content from the index, back as readers wrote it (the token spaces removed). */
export function unspace(text: string): string {
  return text
    .replace(/ /g, '')
    .replace(/<\/mark><mark>/g, '')
    .replaceAll(BREAK, ' ')
    .replaceAll(QUOTE, '"')
    .replaceAll(OTHER_SYMBOL, '');
}
