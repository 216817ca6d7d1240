/**
 * The picture a share card (Weibo, QQ, Telegram, X …) shows for a page without a picture of
 * its own: the site's icon, large enough for the cards' 200 px minimum.
 */
import { SHARE_ICON_SIZE } from '../lib/images.ts';
import { iconPng, pngResponse } from '../lib/site-icon.ts';

export const GET = async () => pngResponse(await iconPng(SHARE_ICON_SIZE));
