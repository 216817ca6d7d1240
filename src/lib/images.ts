/**
 * A picture as wide as the article's column (a cover, a picture in the body): the widths it is
 * made in, and how wide it shows (`sizes`: the screen less the page's padding, at most 720 px),
 * so a phone downloads the 360 or 720 px file and not the largest.
 */
export const COLUMN_PICTURE: { widths: number[]; sizes: string } = {
  widths: [360, 720, 1080],
  sizes: '(max-width: 760px) calc(100vw - 2rem), 720px',
};

/** The site's icon as a bitmap (src/pages/apple-touch-icon.png.ts): the size iPhones use on a home screen. */
export const TOUCH_ICON_SIZE = 180;
