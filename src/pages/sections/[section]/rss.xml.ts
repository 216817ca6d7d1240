import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import site from '../../../site.config.ts';
import { getSiteIndex } from '../../../lib/content.ts';
import { FEED_XMLNS, feedItems } from '../../../lib/feed.ts';
import type { SectionData } from '../../../lib/schema.ts';

export async function getStaticPaths() {
  const { sections } = await getSiteIndex();
  return sections.map((section) => ({ params: { section: section.id }, props: { section } }));
}

export async function GET({ props }: APIContext<{ section: SectionData }>) {
  const { section } = props;
  const { bySection } = await getSiteIndex();
  return rss({
    title: `${section.name} - ${site.name}`,
    description: section.description ?? site.description,
    site: site.url,
    items: feedItems(bySection.get(section.id) ?? [], site.timeZone),
    xmlns: FEED_XMLNS,
    customData: '<language>zh-cn</language>',
  });
}
