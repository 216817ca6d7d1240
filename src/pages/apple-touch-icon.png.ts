/**
 * The icon an iPhone puts on a home screen, and that it asks for at this address even when no
 * page links it.
 */
import { TOUCH_ICON_SIZE } from '../lib/images.ts';
import { iconPng, pngResponse } from '../lib/site-icon.ts';

export const GET = async () => pngResponse(await iconPng(TOUCH_ICON_SIZE));
