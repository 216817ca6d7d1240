/**
 * The build's setting of how many articles a part of the search index holds (search-parts.ts),
 * read where the index is built (src/integrations/search-index.ts), and checked before any page is
 * built (scripts/build-site.ts).
 */
import { wholeNumberSetting } from './whole-number-setting.ts';

/**
 * Most articles in one part of the search index. Pagefind holds about 0.65 MB per article while it
 * writes a part, next to the ~1.2 GB Astro keeps until the build ends: 2,000 keep a 10,000-article
 * build under 3 GB in all (measured by npm run bench; README, Performance).
 */
export const SEARCH_PART_SIZE = 2000;

/**
 * Articles a part holds in this build: BAODAO_SEARCH_PART_SIZE when set (the test site sets 20, to
 * have several parts; the bench tries others), else SEARCH_PART_SIZE. Anything but a positive whole
 * number stops the build with the variable named (whole-number-setting.ts): `abc` and `0` were
 * SEARCH_PART_SIZE without a word, and `-5` or `1.5` stopped the build in English once every page
 * was built, in the search index's partition.
 */
export const searchPartSize = (env: Record<string, string | undefined> = process.env): number =>
  wholeNumberSetting(env, 'BAODAO_SEARCH_PART_SIZE', SEARCH_PART_SIZE, '搜索索引每个分卷放多少篇文章');
