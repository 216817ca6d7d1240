/**
 * The widest file any picture is published in, the one place that decides it: twice the widest
 * box a picture shows in, so a 2× screen gets every pixel it can show and no more. The article's
 * column (a cover, a picture in the body) is at most 46rem, 736 px (`--measure` in global.css);
 * the 头条's picture is at most as wide (the screen less the page's padding below 48rem, three
 * fifths of the page's 72rem beside 推荐 above, ≤ 658 px); a listing's picture at most 607 px
 * (above the title on a phone). 1440 serves 720 px at 2× (1.96× of the column, and a 393 px 3×
 * iPhone's 1083). A camera's 6000 px original was published whole as the `<img src>`: 15 MB of
 * WebP no reader downloads (browsers take a file from `srcset`), ~5 s of encoding in every cold
 * build. The image service (src/lib/image-service.ts) holds every picture to it.
 * The one wider box, a topic page's cover band (up to 70rem, but at most 22rem tall), gets 1.3×.
 */
export const LARGEST_PICTURE_WIDTH = 1440;

/**
 * A picture as wide as the article's column (a cover, a picture in the body): the widths it is
 * made in, and how wide it shows (`sizes`: the screen less the page's padding, at most the
 * column's 46rem, `--measure` in global.css). The largest serves the column on 2× screens and 3×
 * phones, so none of them falls through to a larger file.
 */
export const COLUMN_PICTURE: { widths: number[]; sizes: string } = {
  widths: [360, 720, 1080, LARGEST_PICTURE_WIDTH],
  sizes: '(max-width: 48rem) calc(100vw - 2rem), 46rem',
};

/**
 * The 头条's picture on the front page (HeadlineStory): as wide as the column below 48rem (the
 * screen less the page's 1rem padding either side); from 48rem three fifths of the page beside
 * 推荐 (`.front-top`'s 3fr 2fr with a 1.5rem gap in global.css: (100vw − 3.5rem) × 3/5), up to
 * the page's 72rem (41.1rem, 658 px). Its sizes said 640px above 760px: a 768 px tablet at 2×,
 * drawing it 418 px wide, took a file for 1,280.
 */
export const HEADLINE_PICTURE: { widths: number[]; sizes: string } = {
  widths: COLUMN_PICTURE.widths,
  sizes: '(max-width: 47.99rem) calc(100vw - 2rem), (max-width: 72rem) calc(60vw - 2.1rem), 41.1rem',
};

/**
 * A listing's picture (ArticleCard, TopicCard): cut to 16:9 when it is made, the shape of the box
 * it shows in (`.article-card__thumb` in global.css), of the 头条's picture and of most covers;
 * 240 px wide beside the text from 40rem on, the column's width above the title on a phone (up
 * to 607 px, 1,214 on a 2× screen). A picture made in another shape was cut and enlarged in the
 * reader's browser.
 */
export const THUMBNAIL_PICTURE = {
  width: 240,
  height: 135,
  widths: [240, 480, 720, 960, 1280],
  // Below 40rem, not up to it: at 640 px global.css's (min-width: 40rem) puts the picture beside the
  // text, 240 px, and a 2× screen took the 1,200 px file of the phone's column.
  sizes: '(max-width: 39.99rem) calc(100vw - 2rem), 240px',
};

/**
 * A person's photo on their 人员查询 page (PersonProfile): a 160 px square (`.person-profile__photo`
 * in global.css) at the top of the page, in widths for 1×, 2× and 3× screens. Made in 160 and 320
 * only, a 3× phone (most of them) drew the 320 px file 480 device pixels wide, blurred; a photo
 * narrower than 480 px is offered at its own width instead.
 */
export const PROFILE_PICTURE = {
  width: 160,
  widths: [160, 320, 480],
  sizes: '160px',
};

/** A person's photo described, on the profile and on its share cards. */
export const photoAlt = (name: string): string => `${name}的照片`;

/**
 * The width of a page's share picture (src/lib/share-picture.ts), for share cards, Open Graph,
 * NewsArticle's `image` and Baidu's 时间因子: Google asks pictures of Article results shown large
 * (Discover) to be at least 1200 px wide; WeChat and Weibo cut any size down to their cards.
 * Within LARGEST_PICTURE_WIDTH, and no wider than the picture itself.
 */
export const SHARE_PICTURE_WIDTH = 1200;

/**
 * A cover or a video's poster narrower than this is enlarged by the browser in the smallest box it
 * fills, a listing card's picture beside its text (THUMBNAIL_PICTURE, 240 px), and on the front
 * page and a phone's listing more: a blur, and a CMS's 1×1 spacer a block of one colour. The
 * build never enlarges it, so the content check warns of it (src/lib/check-content.ts).
 */
export const SMALLEST_SHARED_PICTURE = THUMBNAIL_PICTURE.width;

/**
 * The widest a listing's picture is drawn: on a phone, the column's width above the title, up to
 * 607 px (a 639 px screen less its 1rem margins: THUMBNAIL_PICTURE's sizes); from 40rem on it is
 * 240 px beside the text.
 */
export const PHONE_THUMBNAIL_WIDTH = 607;

/**
 * How many times a phone's listing enlarges a picture `width`×`height` px: to fill its 16:9 box
 * at PHONE_THUMBNAIL_WIDTH, cut as THUMBNAIL_PICTURE is (a picture wider than 16:9 by its height).
 */
export function phoneListingEnlargement(width: number, height: number): number {
  const boxHeight = (PHONE_THUMBNAIL_WIDTH * THUMBNAIL_PICTURE.height) / THUMBNAIL_PICTURE.width;
  return Math.max(PHONE_THUMBNAIL_WIDTH / width, boxHeight / height);
}

/** What shows where a picture made into a JPEG (which has no transparency) is transparent: the page's white (`--paper` in global.css). */
export const JPEG_BACKGROUND = '#fff';

/**
 * The size a picture is made in when `wanted` is asked of it (`original` is the picture's own):
 * in the same shape, but never wider than the picture, which would only enlarge it, nor than
 * LARGEST_PICTURE_WIDTH. Rounded as Astro rounds sizes.
 */
export function publishedSize(wanted: { width: number; height: number }, original: { width: number }): { width: number; height: number } {
  const width = Math.min(wanted.width, original.width, LARGEST_PICTURE_WIDTH);
  if (width >= wanted.width) return wanted;
  return { width: Math.round(width), height: Math.max(1, Math.round((wanted.height * width) / wanted.width)) };
}

/** The widths of a `srcset` within LARGEST_PICTURE_WIDTH: a wider one becomes that width, once. */
export function publishedWidths(widths: readonly number[]): number[] {
  return [...new Set(widths.map((width) => Math.min(width, LARGEST_PICTURE_WIDTH)))];
}

/** The site's icon as a bitmap (src/pages/apple-touch-icon.png.ts): the size iPhones use on a home screen. */
export const TOUCH_ICON_SIZE = 180;

/** The site's icon as the share picture of a page without its own (src/pages/share.png.ts). */
export const SHARE_ICON_SIZE = 512;

/**
 * The sizes of the site's icon in /favicon.ico (src/pages/favicon.ico.ts): a tab's and a
 * bookmark's, at 1× and 2×, and Windows' 48 px.
 */
export const ICO_SIZES = [16, 32, 48] as const;

/** A picture's path written relative to the article's file (`./photo.jpg`, `../01/photo.jpg`). */
export const BESIDE_ARTICLE = /^\.{1,2}\//;

/** The picture formats the build can make its sizes from (Astro's image service, with sharp), with their file extensions. */
const PICTURE_FORMATS = { JPEG: ['jpg', 'jpeg'], PNG: ['png'], WebP: ['webp'], GIF: ['gif'], AVIF: ['avif'], SVG: ['svg'] };

/** A picture file of one of those formats, by its name. */
export const PICTURE_FILE = new RegExp(`\\.(${Object.values(PICTURE_FORMATS).flat().join('|')})$`, 'i');

/**
 * The formats the build reads from a file's bytes, whatever its name (Astro's VALID_INPUT_FORMATS):
 * those above, and TIFF and APNG, which sharp reads (a scan renamed .jpg is published as a JPEG
 * is; named .tif it is refused by its name). A HEIC or a BMP stopped the build in English,
 * naming only its copy under /_astro/.
 */
const READ_FORMATS = [...Object.values(PICTURE_FORMATS).flat(), 'tiff', 'apng'];

/** Whether a format read from a file's bytes (Astro's probe says `jpg`, `png`, `svg`, `heic`, `bmp` …) is one the build reads. */
export const isPictureFormat = (format: string): boolean => READ_FORMATS.includes(format.toLowerCase());

/** Those formats as editors are told them: JPEG、PNG、WebP、GIF、AVIF 或 SVG. */
export const PICTURE_FORMAT_NAMES = Object.keys(PICTURE_FORMATS).join('、').replace(/、(?=[^、]*$)/, ' 或 ');

/** What an editor converts a picture the site cannot use to: formats every use of a picture takes, share cards included. */
export const CONVERT_PICTURE_TO = 'JPEG 或 PNG';

/**
 * The fields whose picture is made into the JPEG of a share card (src/lib/share-picture.ts): an
 * article's cover or, without one, its video's poster (articlePicture), a topic's cover. Astro
 * does not rasterise an SVG (image.dangerouslyProcessSVG is off: librsvg would run whatever the
 * file holds) and stops the build in English, so these take bitmaps only. Elsewhere (a body's
 * picture, a person's photo) an SVG is served as it is.
 */
export const SHARED_PICTURE_FIELDS: readonly string[] = ['cover.image', 'video.poster'];

/** An article's picture, on its card, on the front page and in share cards: its cover, or else its video's poster. */
export const articlePicture = <Image>(data: {
  cover?: { image: Image } | undefined;
  video?: { poster: Image } | undefined;
}): Image | undefined => data.cover?.image ?? data.video?.poster;

/**
 * What an article page shows above its body: its video (the player with its poster), or else its
 * cover; neither, undefined. The page shows it by this rule, and openingPicture
 * (markdown-plugins.ts) reads it from the front matter to leave the body's pictures lazy under
 * one: the cover is asked for first (fetchpriority="high"), and a body picture asked for beside it
 * took a phone's bandwidth from it (the cover finished 870–950 ms instead of 710–835 ms at 375 px,
 * 150 ms round trips, 1.6 Mbps).
 */
export function pictureAbove<Cover, Video>(data: { cover?: Cover | null | undefined; video?: Video | null | undefined }): { video: Video } | { cover: Cover } | undefined {
  if (data.video) return { video: data.video };
  if (data.cover) return { cover: data.cover };
  return undefined;
}

/**
 * Whether a page's own picture can stand for it on share cards, when no editor chose it for that
 * (a body's picture, a person's photo): a bitmap, as Astro makes no JPEG of an SVG, at least
 * SMALLEST_SHARED_PICTURE wide (a narrower one is an icon or a CMS's spacer, a blur enlarged on a card).
 */
export const shareable = ({ width, format }: { width: number; format: string }): boolean => format !== 'svg' && width >= SMALLEST_SHARED_PICTURE;

/**
 * The picture an article's share cards, structured data and 时间因子 show, with its alt text: its
 * cover, or else its video's poster (articlePicture), or else the first picture of its body
 * (`bodyPictures`, src/lib/body-picture.ts) that `fits` (`shareable`, read as share-picture.ts
 * reads it); none, and the page shares the site's icon.
 */
export function sharedPictureOf<Image>(
  data: {
    title: string;
    cover?: { image: Image; alt: string } | undefined;
    video?: { poster: Image; caption?: string | undefined } | undefined;
    bodyPictures?: readonly { image: Image; alt: string }[] | undefined;
  },
  fits: (image: Image) => boolean,
): { image: Image; alt: string } | undefined {
  const picture = articlePicture(data);
  if (picture) return { image: picture, alt: data.cover?.alt ?? data.video?.caption ?? data.title };
  const shown = data.bodyPictures?.find(({ image }) => fits(image));
  return shown && { image: shown.image, alt: shown.alt || data.title };
}

/**
 * How much of an article's text may come before its body's first picture for that picture to
 * load at once, not lazily (markdown-plugins.ts, openingPicture): an article without a cover often
 * opens with a picture after a paragraph or two, as imported ones do, and it is then the largest
 * thing on the first screen. Measured in Chromium at 17 px: 107 characters put the picture's top
 * at 554 px on a 1280 × 800 screen and 711 px on a 414 × 896 phone, where it was the largest
 * paint, lazily fetched only once the page was laid out (~1.0–1.5 s against ~0.7 s for the text,
 * at 150 ms round trips). 300 characters are ~16 lines on a 375 px phone: its first screen or the
 * next, within the 1,250 px under the screen at which Chromium fetches a lazy picture anyway, so
 * loading it at once costs a reader no bytes a lazy one would not.
 */
export const OPENING_PICTURE_TEXT = 300;

/**
 * Which card of a listing has the picture to load at once, not lazily: the first picture, when
 * it can be on a phone's first screen (measured at 360–430 px: the first card's picture starts
 * ~370 px down, a card without one is ~190 px tall, so up to the third card); -1 for none.
 */
export function firstScreenPicture<T>(cards: readonly T[], hasPicture: (card: T) => boolean): number {
  return cards.slice(0, 3).findIndex(hasPicture);
}
