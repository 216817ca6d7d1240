/**
 * The site's icon as an ICO file: at the address browsers and other readers ask for when a page
 * names no icon (a feed or a picture opened alone), and for those that show no SVG icon (Safari
 * before version 26 among them).
 */
import { ICO_SIZES } from '../lib/images.ts';
import { iconIco } from '../lib/site-icon.ts';

export const GET = async () => new Response(await iconIco(ICO_SIZES), { headers: { 'Content-Type': 'image/x-icon' } });
