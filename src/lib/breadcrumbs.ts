/**
 * A page's breadcrumb (您当前的位置：首页 > 今日资讯): the trail readers see (Breadcrumb.astro)
 * and the BreadcrumbList search engines read are made from one list here, so the path Google
 * shows under a result is the one the page shows.
 */
import { absoluteUrl, homeUrl } from './urls.ts';

export interface Crumb {
  label: string;
  /** Where it links; none on the last item when it is the current page. */
  href?: string | undefined;
}

/** 首页, then the page's own items. */
export const breadcrumbTrail = (items: readonly Crumb[]): Crumb[] => [{ label: '首页', href: homeUrl() }, ...items];

/**
 * The trail as schema.org BreadcrumbList (what Google's breadcrumb rich result reads): positions
 * from 1, names as shown, links as absolute addresses on `site`. An item without a link (the
 * current page) has no `item`, which Google reads as the page's own address; never an empty one.
 */
export function breadcrumbList(trail: readonly Crumb[], site: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      ...(crumb.href && { item: absoluteUrl(crumb.href, site) }),
    })),
  };
}
