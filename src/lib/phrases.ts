/** What parts two phrases of a headline: spaces, full-width ones too. */
export const PHRASE_SPACE = /[\s\u3000]+/u;

/**
 * A headline's phrases: the parts its spaces separate. A Chinese headline pauses with a space
 * (把法庭“搬”到村头 东岭区法院巡回审判进乡村), and a line should break there rather than inside
 * a phrase (…到村头 东 / 岭区法院…, a place name torn in two).
 */
export function titlePhrases(title: string): string[] {
  return title.split(PHRASE_SPACE).filter((phrase) => phrase !== '');
}

/** Chinese words, as the browser's and Node's ICU know them; undefined in a browser without Intl.Segmenter. */
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/** Whether wordBreaks can find words here: false in a browser without Intl.Segmenter, where a headline breaks as any text. */
export const WORDS_KNOWN = segmenter !== undefined;

const ONE_HAN = /^\p{Script=Han}$/u;
/**
 * A character and 的 or 了 that ICU reads as one word (真的, 到了, 人的). After a single
 * character it is often the last character of an idiom or name ICU does not know, taken with
 * the particle after it: 以假乱真的 is 以|假|乱|真的, 张冠李戴了 is 张|冠|李|戴了, and the words
 * broke inside the idiom (以假乱 / 真的). There it is read as two single characters. (Not 地 or
 * 得: after a single character those are nearly always words of their own, 土地, 当地, 取得.)
 */
const WITH_PARTICLE = /^\p{Script=Han}[的了]$/u;
/** A single numeral character, which goes with the word after it (一季度, 三周年, 十余年). */
const NUMERAL = /^[一二三四五六七八九十百千万亿两零〇几]$/u;
const ENDS_HAN_OR_DIGIT = /[\p{Script=Han}\p{N}]$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
/** A Chinese number written in characters, or an ordinal (第三十二, 十四, 四十五), which keeps what follows it as digits do. */
const CHINESE_NUMBER = /^[第〇零一二三四五六七八九十百千万亿两几]+$/u;
const CHINESE_NUMERAL = /^[〇零一二三四五六七八九十百千万亿两几]/u;
/**
 * A Latin letter or a digit. Between one and a double quotation mark, after ” or before “, the
 * browser gives no break (Unicode's rules break beside a quotation mark only next to a Chinese
 * character), so a run such as “青川通”App上线, once wider than the line (text at 200% on a
 * phone), broke inside the Latin word: “青川通”A / pp上线. A break is put there (not after a
 * digit, which keeps what follows it).
 */
const QUOTED_LATIN = /^[\p{N}\p{Script=Latin}]$/u;

/**
 * Where a line may break inside a headline's phrase: the offsets in `text` (UTF-16) between two
 * of its words, for a `<wbr>` under `word-break: keep-all` (a line then breaks only there, at a
 * space or at punctuation, never inside a word: 提升, not 提 / 升). Words are Intl.Segmenter's,
 * except that a single character is not a word of its own: it goes with the word before it
 * (临河县, 调解员, 劳动者, and the names the dictionary lacks, 青川 and 东岭, which come as
 * single characters), or, first in its run or a numeral, with the word after it (向河道,
 * 一季度), as does a run of them that ICU ended with a character and a particle (以假乱真的:
 * WITH_PARTICLE); and a number keeps what follows it (2023年度, 412家, 2.3万元), in digits or in
 * characters (第三十二条, 四十五周年, “十五五”时期). Breaks are only
 * between letters and digits: around punctuation the browser's own rules stay (no line starts
 * with 。 or ends with “), but for a double quotation mark beside a Latin word or a number
 * (QUOTED_LATIN). None where Intl.Segmenter is missing.
 */
export function wordBreaks(text: string): number[] {
  if (!segmenter) return [];
  const segments: { segment: string; index: number }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const last = segments.at(-1)?.segment ?? '';
    if (WITH_PARTICLE.test(segment) && ONE_HAN.test(last)) {
      const [character, particle] = [...segment] as [string, string];
      segments.push({ segment: character, index }, { segment: particle, index: index + character.length });
    } else {
      segments.push({ segment, index });
    }
  }
  /** Whether segment `i` is a single character that goes with the word before it. */
  const joinsBack = (i: number) => {
    const segment = segments[i]?.segment ?? '';
    return ONE_HAN.test(segment) && !NUMERAL.test(segment) && ENDS_HAN_OR_DIGIT.test(segments[i - 1]?.segment ?? '');
  };
  const breaks: number[] = [];
  for (let i = 1; i < segments.length; i++) {
    const before = segments[i - 1]!.segment;
    const { segment, index } = segments[i]!;
    const last = [...before].at(-1)!;
    const first = String.fromCodePoint(segment.codePointAt(0)!);
    if ((last === '”' && QUOTED_LATIN.test(first)) || (QUOTED_LATIN.test(last) && !DIGIT.test(last) && first === '“')) {
      breaks.push(index);
      continue;
    }
    if (!LETTER_OR_DIGIT.test(last) || !LETTER_OR_DIGIT.test(first) || DIGIT.test(last)) continue;
    // ICU cuts a number written in characters (第三 / 十二条, 四十 / 五周年): it stays whole, with what follows it.
    if (CHINESE_NUMBER.test(before) || (CHINESE_NUMERAL.test(last) && CHINESE_NUMERAL.test(first))) continue;
    if (joinsBack(i) || (ONE_HAN.test(before) && !joinsBack(i - 1))) continue;
    breaks.push(index);
  }
  return breaks;
}

/** A phrase of a headline as its words: the text between its wordBreaks. */
export function titleWords(phrase: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (const at of wordBreaks(phrase)) {
    words.push(phrase.slice(from, at));
    from = at;
  }
  words.push(phrase.slice(from));
  return words;
}
