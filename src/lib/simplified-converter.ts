/**
 * OpenCC's Taiwan-to-mainland conversion (opencc-js: Taiwan's forms, then the phrases that
 * convert as a whole, 頭髮 → 头发, then each character), built from opencc-js's own tables
 * at build time into the search page's worker (src/scripts/simplified-worker.ts), loaded only when asked.
 */
/*! opencc-js 1.4.2 (MIT, the nk2028 project) with OpenCC's dictionaries (Apache-2.0, BYVoid), as published in this script. */
import { ConverterBuilder, type LocalePreset } from 'opencc-js/core';
import compatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import twPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import tw from 'opencc-js/dict/TWVariantsRev';
import phrases from 'opencc-js/dict/TSPhrases';
import characters from 'opencc-js/dict/TSCharacters';

// opencc-js's own tw → cn preset, without the Hong Kong and Japanese tables it also holds.
const preset: LocalePreset = {
  from: { tw: [[twPhrases, tw]] },
  to: { cn: [[phrases, characters]] },
  configs: {
    tw2s: {
      normalizationChain: [[compatibility]],
      segmentation: [phrases],
      conversionChain: [[twPhrases, tw], [phrases, characters]],
    } as NonNullable<LocalePreset['configs']>[string],
  },
};

export const toSimplified = ConverterBuilder(preset)({ from: 'tw', to: 'cn' });
