/** Which link of a navigation (the header's, the footer's) is where the reader is. */
import { homeUrl } from './urls.ts';

/**
 * aria-current of a link to `href` on the page at `here`: `page` on the link to this very page,
 * `true` on the link to the part of the site it is in (by default any page under `href`: a
 * listing's later pages, a tag under 标签, a month under 归档); none otherwise. Every page is under
 * the front page, which is only ever `page`.
 */
export function currentLink(here: string, href: string, within = href !== homeUrl() && here.startsWith(href)): 'page' | 'true' | undefined {
  return here === href ? 'page' : within ? 'true' : undefined;
}
