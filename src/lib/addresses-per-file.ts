/**
 * The build's setting of how many old addresses a file of the 404 page's table holds, apart from
 * old-addresses.ts, which the 404 page's script imports: what reads the build's environment and
 * stops it stays out of the browser.
 */
import { ADDRESSES_PER_FILE } from './old-addresses.ts';
import { wholeNumberSetting } from './whole-number-setting.ts';

/**
 * How many addresses a file holds in this build: BAODAO_OLD_ADDRESSES_PER_FILE when set (the
 * test site sets a few, to have several files), else ADDRESSES_PER_FILE. Anything but a positive
 * whole number stops the build with the variable named (whole-number-setting.ts): -1 made no file
 * at all, and the build stopped in oldAddressTable with “Cannot set properties of undefined”.
 */
export const addressesPerFile = (env: Record<string, string | undefined> = process.env): number =>
  wholeNumberSetting(env, 'BAODAO_OLD_ADDRESSES_PER_FILE', ADDRESSES_PER_FILE, '每个文件放多少个旧地址');
