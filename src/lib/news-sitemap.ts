/**
 * The Google News sitemap (src/pages/sitemap-news.xml.ts): the articles published in the last
 * two days, each with the outlet's name, its language, its publication time and its title, as
 * Google's news sitemaps take them. Google reads it as often as the rest of the site; the
 * hourly build writes it again whenever it publishes, and when an article's two days end
 * (leftNewsSitemap), so it follows the newsroom.
 */
import { escapeUTF8 } from 'entities';
import { formatIso } from './dates.ts';
import { feedText } from './feed.ts';
import { dateAsWritten, unpublishedAsWritten } from './publish.ts';
import { absoluteUrl } from './urls.ts';

/** Google News takes articles of the last two days only: older ones are left out, not kept with stale news tags. */
export const NEWS_SITEMAP_DAYS = 2;

/** At most 1,000 addresses in a news sitemap (Google's limit); the newest are kept. */
export const NEWS_SITEMAP_SIZE = 1000;

const DAY = 24 * 60 * 60 * 1000;

/** The news sitemap of a build at `now` lists the articles dated after this: NEWS_SITEMAP_DAYS before it. */
const listedAfter = (now: Date) => now.getTime() - NEWS_SITEMAP_DAYS * DAY;

/**
 * Whether an article, as written (front matter before its schema), is in the news sitemap of a
 * build at `since` and not in that of a build at `now`: published by then, its two days ended
 * between the two. The hourly deploy builds then too (scripts/due.ts), as it does when one
 * comes out (becameDue in publish.ts): after quiet days the live file would otherwise keep
 * listing articles past their two days, which Google asks publishers not to do.
 */
export function leftNewsSitemap(data: { draft?: unknown; withdrawn?: unknown; date?: unknown }, since: Date, now: Date, timeZone: string): boolean {
  if (unpublishedAsWritten(data, since, timeZone)) return false;
  const date = dateAsWritten(data, timeZone)?.getTime();
  return date !== undefined && date > listedAfter(since) && date <= listedAfter(now);
}

/**
 * The language as news sitemaps name it: ISO 639 (`en`, `fr`), but `zh-cn` for Simplified
 * Chinese and `zh-tw` for Traditional, whatever region the site writes (`zh-CN`, `zh-Hans`).
 */
export function newsLanguage(lang: string): string {
  const [language = '', ...rest] = lang.toLowerCase().split(/[-_]/);
  if (language !== 'zh') return language;
  return rest.some((subtag) => ['tw', 'hk', 'mo', 'hant'].includes(subtag)) ? 'zh-tw' : 'zh-cn';
}

interface NewsArticle {
  url: string;
  data: { title: string; date: Date };
}

/**
 * The articles (newest first, as the site index holds them) dated within NEWS_SITEMAP_DAYS
 * before `now`, at most NEWS_SITEMAP_SIZE, as a news sitemap. Which are published is the site
 * index's to say (publish.ts), not this list's: in `npm run dev`, where the index holds drafts
 * and scheduled articles, this sitemap shows them as every list does. With none, the sitemap
 * is empty, which Google accepts (it says so in Search Console, as a warning).
 */
export function newsSitemap(
  articles: readonly NewsArticle[],
  { now, site }: { now: Date; site: { name: string; url: string; lang: string; timeZone: string } },
): string {
  const recent = articles.filter(({ data }) => data.date.getTime() > listedAfter(now)).slice(0, NEWS_SITEMAP_SIZE);
  const text = (value: string) => escapeUTF8(feedText(value));
  const publication = `<news:publication><news:name>${text(site.name)}</news:name><news:language>${newsLanguage(site.lang)}</news:language></news:publication>`;
  const urls = recent.map(
    ({ url, data }) =>
      `<url><loc>${text(absoluteUrl(url, site.url))}</loc><news:news>${publication}` +
      `<news:publication_date>${formatIso(data.date, site.timeZone)}</news:publication_date>` +
      `<news:title>${text(data.title)}</news:title></news:news></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
