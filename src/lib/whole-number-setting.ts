/**
 * The one rule for a build setting read from the environment that counts something (articles a
 * part of the search index holds, old addresses a file of the 404 page's table holds): a positive
 * whole number, or unset for the default. Anything else stops the build naming the variable, in
 * Chinese, before it is used: left to the code that uses it, `abc` and `0` fell back to the default
 * without a word, and `-5` or `1.5` stopped the build in English, after every page was built.
 */
import { ContentError } from './errors.ts';

/**
 * The setting `name` of `env`: its number when written, `fallback` when unset or empty. `counts`
 * says what the number counts, for the message (每个文件放多少个旧地址).
 */
export function wholeNumberSetting(env: Record<string, string | undefined>, name: string, fallback: number, counts: string): number {
  const written = env[name];
  if (written === undefined || written.trim() === '') return fallback;
  // Leading zeros are the same number (020 is 20), as a person reads it.
  if (!/^\s*0*[1-9]\d*\s*$/.test(written)) {
    throw new ContentError([{ file: `环境变量 ${name}`, field: '', message: `“${written}”不是正整数，请写${counts}，如 ${fallback}` }]);
  }
  return Number(written);
}
