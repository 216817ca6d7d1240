import rss from '@astrojs/rss';
import site from '../site.config.ts';
import { getSiteIndex } from '../lib/content.ts';
import { FEED_XMLNS, feedChannel, feedItems, feedText } from '../lib/feed.ts';
import { absoluteUrl, feedUrl } from '../lib/urls.ts';

export async function GET() {
  const { articles } = await getSiteIndex();
  return rss({
    title: feedText(site.name),
    description: feedText(site.description),
    site: site.url,
    items: feedItems(articles, site.timeZone),
    xmlns: FEED_XMLNS,
    customData: feedChannel(articles, absoluteUrl(feedUrl(), site.url), site.timeZone),
  });
}
