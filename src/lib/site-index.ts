/**
 * The site's articles, read once and arranged for every page: newest first, by section,
 * with each article's neighbours. Built in one pass over the collection so no page has to
 * scan all articles.
 */
import { groupByMonth, type ArchiveYear } from './archive.ts';
import { headlineOf } from './headline.ts';
import { pinnedFirst } from './pinned.ts';
import { standing, unpublishedReason } from './publish.ts';
import { relatedArticles } from './related.ts';
import { groupByTag, type TagGroup } from './tags.ts';
import type { ArticleData, SectionData } from './schema.ts';
import { articleUrl } from './urls.ts';

/** What the index needs of a collection entry. */
export interface ArticleEntry {
  id: string;
  data: ArticleData;
}

export interface Article<E extends ArticleEntry = ArticleEntry> {
  id: string;
  url: string;
  data: ArticleData;
  section: SectionData;
  /** 导读: the summary, or the first paragraph (filled in by the loader), or else a video's caption. */
  summary: string;
  /** Set only in development, for drafts and scheduled articles. */
  status: '草稿' | '定时发布' | undefined;
  entry: E;
}

export interface Neighbours<E extends ArticleEntry = ArticleEntry> {
  /** 上一篇: the next older article in the same section. */
  older: Article<E> | undefined;
  /** 下一篇: the next newer article in the same section. */
  newer: Article<E> | undefined;
}

/**
 * A withdrawn article (撤稿), as much of it as the site still needs: its addresses, which answer
 * 404 and are listed for Baidu's 死链提交. Nothing readers could see of it (its title least of
 * all: a takedown may be about the title itself).
 */
interface WithdrawnArticle {
  id: string;
  url: string;
  aliases: readonly string[];
}

export interface SiteIndex<E extends ArticleEntry = ArticleEntry> {
  now: Date;
  sections: SectionData[];
  /** Published articles, newest first. */
  articles: Article<E>[];
  byId: Map<string, Article<E>>;
  /** Each section's articles, newest first; every section has a list, maybe empty. Feeds and neighbours read it. */
  bySection: Map<string, Article<E>[]>;
  /**
   * Each section's listing, as its pages and its block on the front page show it: pinned
   * articles (置顶) first, newest first among them, then the rest, newest first; the same
   * articles as bySection.
   */
  sectionListings: Map<string, Article<E>[]>;
  neighbours: Map<string, Neighbours<E>>;
  /** 头条: the newest article flagged headline, else the newest article. */
  headline: Article<E> | undefined;
  /** 推荐: articles flagged featured, newest first, the headline left out. */
  featured: Article<E>[];
  /** 滚动: articles flagged ticker, then the latest, up to TICKER_SIZE. */
  ticker: Article<E>[];
  /** 标签: most used first. */
  tags: TagGroup<Article<E>>[];
  /** 归档: years and months, newest first. */
  archive: ArchiveYear<Article<E>>[];
  /** 相关文章 of each article, by id. */
  related: Map<string, Article<E>[]>;
  /** Withdrawn articles, in id order: in none of the lists above, even in development. */
  withdrawn: WithdrawnArticle[];
}

export const TICKER_SIZE = 10;
const FEATURED_SIZE = 8;

/** Newest first; equal times in id order, so every build orders alike. */
export function newestFirst(a: { id: string; data: { date: Date } }, b: { id: string; data: { date: Date } }): number {
  return b.data.date.getTime() - a.data.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Each section's articles, in the order given (newest first): every section has a list, maybe empty. */
export function groupBySection<A extends { data: { section: string } }>(articles: readonly A[], sections: readonly Pick<SectionData, 'id'>[]): Map<string, A[]> {
  const bySection = new Map<string, A[]>(sections.map((section) => [section.id, []]));
  for (const article of articles) bySection.get(article.data.section)?.push(article);
  return bySection;
}

export interface BuildOptions<E extends ArticleEntry> {
  entries: readonly E[];
  /** Sections in display order. */
  sections: readonly SectionData[];
  now: Date;
  /** The site's time zone: archive months are its months. */
  timeZone: string;
  /** Development shows drafts and scheduled articles, marked (never a withdrawn one). */
  includeUnpublished?: boolean;
}

export function buildSiteIndex<E extends ArticleEntry>({
  entries,
  sections,
  now,
  timeZone,
  includeUnpublished = false,
}: BuildOptions<E>): SiteIndex<E> {
  const sectionById = new Map(sections.map((section) => [section.id, section]));
  const withdrawn: WithdrawnArticle[] = [];
  const shown: E[] = [];
  for (const entry of entries) {
    const state = standing(entry.data, now);
    if (state === '撤稿') withdrawn.push({ id: entry.id, url: articleUrl(entry.id), aliases: entry.data.aliases });
    else if (state === '已发布' || includeUnpublished) shown.push(entry);
  }
  const articles = shown
    .map((entry): Article<E> => {
      const section = sectionById.get(entry.data.section);
      if (!section) throw new Error(`${entry.id}: unknown section ${entry.data.section}`);
      return {
        id: entry.id,
        url: articleUrl(entry.id),
        data: entry.data,
        section,
        // A video article may be its video alone, and a photo story its pictures: the video's
        // caption, else the cover's, then stands for it, so its page's description (and its
        // structured data's, and Baidu's 时间因子) is not empty. Left empty, none is written.
        summary: entry.data.summary ?? entry.data.firstParagraph ?? entry.data.video?.caption ?? entry.data.cover?.caption ?? '',
        status: unpublishedReason(entry.data, now),
        entry,
      };
    })
    .sort(newestFirst);

  const bySection = groupBySection(articles, sections);

  const neighbours = new Map<string, Neighbours<E>>();
  for (const list of bySection.values()) {
    list.forEach((article, index) => {
      neighbours.set(article.id, { newer: list[index - 1], older: list[index + 1] });
    });
  }

  const headline = headlineOf(articles);
  const featured = articles
    .filter((article) => article !== headline && article.data.flags.includes('featured'))
    .slice(0, FEATURED_SIZE);
  const ticker = articles.filter((article) => article.data.flags.includes('ticker')).slice(0, TICKER_SIZE);
  for (const article of articles) {
    if (ticker.length >= TICKER_SIZE) break;
    if (!ticker.includes(article)) ticker.push(article);
  }

  return {
    now,
    sections: [...sections],
    articles,
    byId: new Map(articles.map((article) => [article.id, article])),
    bySection,
    sectionListings: new Map([...bySection].map(([id, list]) => [id, pinnedFirst(list)])),
    neighbours,
    headline,
    featured,
    ticker,
    tags: groupByTag(articles),
    archive: groupByMonth(articles, timeZone),
    related: relatedArticles(articles),
    withdrawn: withdrawn.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
