/** RSS items for @astrojs/rss, dated in the site's time zone. */
import type { RSSFeedItem } from '@astrojs/rss';
import { escapeUTF8 } from 'entities';
import { formatRfc822 } from './dates.ts';
import type { Article } from './site-index.ts';

/** Newest articles in a feed. */
export const FEED_SIZE = 50;

export function feedItems(articles: readonly Article[], timeZone: string): RSSFeedItem[] {
  return articles.slice(0, FEED_SIZE).map((article) => ({
    title: article.data.title,
    link: article.url,
    description: article.summary,
    categories: [article.section.name, ...article.data.tags],
    customData: [
      `<pubDate>${formatRfc822(article.data.date, timeZone)}</pubDate>`,
      `<dc:creator>${escapeUTF8(article.data.author.join(' '))}</dc:creator>`,
    ].join(''),
  }));
}

/** Namespaces the items' custom data uses. */
export const FEED_XMLNS = { dc: 'http://purl.org/dc/elements/1.1/' };
