import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import site from '../../../site.config.ts';
import { getSiteIndex } from '../../../lib/content.ts';
import { FEED_XMLNS, feedChannel, feedItems, feedText } from '../../../lib/feed.ts';
import { absoluteUrl, sectionFeedUrl, sectionUrl } from '../../../lib/urls.ts';
import type { SectionData } from '../../../lib/schema.ts';

export async function getStaticPaths() {
  const { sections } = await getSiteIndex();
  return sections.map((section) => ({ params: { section: section.id }, props: { section } }));
}

export async function GET({ props }: APIContext<{ section: SectionData }>) {
  const { section } = props;
  const { bySection } = await getSiteIndex();
  const articles = bySection.get(section.id) ?? [];
  return rss({
    title: feedText(`${section.name} - ${site.name}`),
    description: feedText(section.description ?? site.description),
    // The channel links to the section's page; item links are site-absolute, so they are unaffected.
    site: absoluteUrl(sectionUrl(section.id), site.url),
    items: feedItems(articles, site.timeZone),
    xmlns: FEED_XMLNS,
    customData: feedChannel(articles, absoluteUrl(sectionFeedUrl(section.id), site.url), site.timeZone),
  });
}
