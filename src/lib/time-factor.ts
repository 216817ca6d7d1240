/**
 * 时间因子: when an article was published and last changed, as Chinese search engines read it
 * from the page's head (besides Open Graph's article:published_time / modified_time).
 *
 * - Baidu (百度搜索资源平台《落地页时间因子规范》): a JSON-LD block in Baidu's own context, with
 *   `pubDate` and `upDate` as the site's wall clock in `YYYY-MM-DDTHH:mm:ss` (the `T` required,
 *   no offset), and 0, 1 or 3 pictures.
 * - ByteDance (头条搜索): `<meta property="bytedance:published_time">` and
 *   `bytedance:updated_time`, ISO 8601 with the offset (`2024-01-23T09:08:47+08:00`): the same
 *   values as article:published_time / modified_time, so the page gives them from those.
 */
import { formatWallClockIso } from './dates.ts';

const BAIDU_CONTEXT = 'https://ziyuan.baidu.com/contexts/cambrian.jsonld';

interface BaiduTimeFactor {
  '@context': typeof BAIDU_CONTEXT;
  /** The page's canonical address. */
  '@id': string;
  title: string;
  images?: string[];
  description: string;
  pubDate: string;
  upDate: string;
}

/** Baidu shows one picture or three beside a result, never two: two are cut to one, more to three. */
export function baiduImages(urls: readonly string[]): string[] {
  return urls.slice(0, urls.length >= 3 ? 3 : 1);
}

interface TimedPage {
  /** Canonical address, absolute. */
  url: string;
  title: string;
  description: string;
  /** Absolute addresses of the page's pictures, the share picture first. */
  images: readonly string[];
  published: Date;
  /** The last change (更新 or 更正); the publication time when none. */
  modified: Date;
}

/** Baidu's 时间因子 block of a page, dates in `timeZone`; no `images` when it has none. */
export function baiduTimeFactor(page: TimedPage, timeZone: string): BaiduTimeFactor {
  const images = baiduImages(page.images);
  return {
    '@context': BAIDU_CONTEXT,
    '@id': page.url,
    title: page.title,
    ...(images.length > 0 && { images }),
    description: page.description,
    pubDate: formatWallClockIso(page.published, timeZone),
    upDate: formatWallClockIso(page.modified, timeZone),
  };
}
