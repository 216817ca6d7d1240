/**
 * OpenCC's Taiwan-to-mainland conversion (opencc-js: Taiwan's forms, then the phrases that
 * convert as a whole, 頭髮 → 头发, then each character), built from opencc-js's own tables
 * at build time into the search page's worker (src/scripts/simplified-worker.ts), loaded only when asked.
 */
/*! opencc-js 1.4.2 (MIT, the nk2028 project) with OpenCC's dictionaries (Apache-2.0, BYVoid), as published in this script. */
import { ConverterBuilder, ConverterFactory, type LocalePreset } from 'opencc-js/core';
import compatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import twPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import tw from 'opencc-js/dict/TWVariantsRev';
import phrases from 'opencc-js/dict/TSPhrases';
import characters from 'opencc-js/dict/TSCharacters';

// Taiwan's phrases keep a character its table changes alone (顯著 stays, 著 → 着), but only as
// written in traditional characters: a query or an article's 显著, with a simplified 显, became
// 显着, a misspelling. So each phrase is also read in simplified characters (显著 → 显著).
const mainland = ConverterFactory([phrases, characters]);
const simplifiedPhrases = String(twPhrases)
  .split('|')
  .flatMap((entry): [string, string][] => {
    const [from = '', to = ''] = entry.split(' ');
    const simplified = mainland(from);
    return simplified === from ? [] : [[simplified, mainland(to)]];
  });

// opencc-js's own tw → cn preset, without the Hong Kong and Japanese tables it also holds.
const preset: LocalePreset = {
  from: { tw: [[twPhrases, simplifiedPhrases, tw]] },
  to: { cn: [[phrases, characters]] },
  configs: {
    tw2s: {
      normalizationChain: [[compatibility]],
      segmentation: [phrases],
      conversionChain: [[twPhrases, simplifiedPhrases, tw], [phrases, characters]],
    } as NonNullable<LocalePreset['configs']>[string],
  },
};

export const toSimplified = ConverterBuilder(preset)({ from: 'tw', to: 'cn' });

/** OpenCC's table of single characters, as [traditional, simplified] pairs that differ. */
const changedCharacters = String(characters)
  .split('|')
  .flatMap((entry): [string, string][] => {
    const [from = '', to = ''] = entry.split(' ');
    return from !== to ? [[from, to]] : [];
  });

/**
 * The characters OpenCC's table makes simplified when they stand alone (臺, 灣, and a few that
 * simplified words keep, as 乾 in 乾隆; not 么 nor 著, which it leaves): a text with none of them
 * has nothing to convert, which a look-up of each character tells faster than a conversion
 * (src/lib/traditional-passages.ts).
 */
export const TRADITIONAL_CHARACTERS: ReadonlySet<string> = new Set(changedCharacters.map(([from]) => from));

/**
 * The characters OpenCC's table makes of traditional ones (这, 们, 责, and some that traditional
 * text writes too, 台, 干), less those it changes itself: a quote with two of them and nothing to
 * convert is in simplified characters (src/lib/traditional-passages.ts).
 */
export const SIMPLIFIED_CHARACTERS: ReadonlySet<string> = new Set(
  changedCharacters.flatMap(([, to]) => [...to]).filter((c) => !TRADITIONAL_CHARACTERS.has(c)),
);
