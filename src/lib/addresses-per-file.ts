/**
 * The build's setting of how many old addresses a file of the 404 page's table holds, apart from
 * old-addresses.ts, which the 404 page's script imports: what reads the build's environment and
 * stops it stays out of the browser.
 */
import { ContentError } from './errors.ts';
import { ADDRESSES_PER_FILE } from './old-addresses.ts';

/**
 * How many addresses a file holds in this build: BAODAO_OLD_ADDRESSES_PER_FILE when set (the
 * test site sets a few, to have several files), else ADDRESSES_PER_FILE. Anything but a positive
 * whole number stops the build with the variable named: -1 made no file at all, and the build
 * stopped in oldAddressTable with “Cannot set properties of undefined”.
 */
export function addressesPerFile(env: Record<string, string | undefined> = process.env): number {
  const written = env['BAODAO_OLD_ADDRESSES_PER_FILE'];
  if (written === undefined || written.trim() === '') return ADDRESSES_PER_FILE;
  if (!/^\s*[1-9]\d*\s*$/.test(written)) {
    throw new ContentError([{ file: '环境变量 BAODAO_OLD_ADDRESSES_PER_FILE', field: '', message: `“${written}”不是正整数，请写每个文件放多少个旧地址，如 64` }]);
  }
  return Number(written);
}
