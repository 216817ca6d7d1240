/** RSS items for @astrojs/rss, dated in the site's time zone. */
import type { RSSFeedItem } from '@astrojs/rss';
import { escapeUTF8 } from 'entities';
import { writtenBy } from './bylines.ts';
import { formatRfc822 } from './dates.ts';
import { lastModified } from './publish.ts';
import type { Article } from './site-index.ts';

/** Newest articles in a feed. */
export const FEED_SIZE = 50;

/**
 * Characters XML 1.0 cannot hold, not even written as `&#8;`: control characters (a backspace or
 * Word's soft line break pasted into a title from an old CMS), lone surrogates, U+FFFE and U+FFFF.
 * One of them makes the whole feed ill-formed, and a feed reader then shows none of it.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for a feed, without the characters XML cannot hold (they show as nothing on a page). */
export const feedText = (value: string): string => value.replace(NOT_XML, '');

export function feedItems(articles: readonly Article[], timeZone: string): RSSFeedItem[] {
  return articles.slice(0, FEED_SIZE).map((article) => ({
    title: feedText(article.data.title),
    link: article.url,
    // Feed readers show a description as HTML (RSS 2.0: "entity-encoded HTML is allowed"): the
    // summary is text, so its `<b>` or `&amp;` must reach the reader as those characters, as the page shows them.
    description: escapeUTF8(feedText(article.summary)),
    // A tag named as the section (以案说法 in 以案说法) is one category, not two.
    categories: [...new Set([article.section.name, ...article.data.tags])].map(feedText),
    customData: [
      `<pubDate>${formatRfc822(article.data.date, timeZone)}</pubDate>`,
      `<dc:creator>${escapeUTF8(feedText(writtenBy(article.data)))}</dc:creator>`,
    ].join(''),
  }));
}

/** Namespaces the feed's custom data uses. */
export const FEED_XMLNS = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

/**
 * The channel's own data: language, the feed's address (atom:link rel="self", which feed
 * readers and validators expect) and lastBuildDate, the latest change (publication, 更新 or
 * 更正) among the articles in the feed, so a build that changes none of them leaves it as it was.
 */
export function feedChannel(articles: readonly Article[], feedUrl: string, timeZone: string): string {
  const changed = articles.slice(0, FEED_SIZE).map((article) => lastModified(article.data).getTime());
  return [
    '<language>zh-cn</language>',
    `<atom:link href="${escapeUTF8(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    changed.length > 0 ? `<lastBuildDate>${formatRfc822(new Date(Math.max(...changed)), timeZone)}</lastBuildDate>` : '',
  ].join('');
}
