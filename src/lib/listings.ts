/**
 * The site's paginated listings (a section's, a person's, a topic's, a tag's and an archive month's
 * articles, and the tag index), each with its address and how many pages it has, counted as
 * src/pages/ cuts them: paginate at the site's pageSize (pageRoutes), topicPages for a topic, and
 * tagsPerPage for the tag index: /sections/<id>/7/ exists only while the section has 7 pages,
 * which the content check holds a body's links to. The page 1 numbered (/sections/<id>/1/,
 * numberedPage) of a listing with later pages sends readers to the listing's own address
 * (movedPages, answersPageOne in urls.ts).
 */
import type { ArchiveYear } from './archive.ts';
import { formatMonth } from './dates.ts';
import { paginate } from './pagination.ts';
import type { TagGroup } from './tags.ts';
import { topicPages, type TopicPart } from './topics.ts';
import { monthSegment, monthUrl, personUrl, sectionUrl, tagUrl, tagsUrl, topicUrl } from './urls.ts';

/** The kinds of listing, as the first part of their addresses names them; `tag-index` is /tags/ and /tags/page/<n>/. */
export type ListingKind = 'sections' | 'people' | 'topics' | 'tags' | 'archive' | 'tag-index';

export interface Listing {
  kind: ListingKind;
  /** Its id among its kind: a section's, a person's or a topic's id, a tag, a month (2024/01); '' for the tag index. */
  id: string;
  /** What it is called, as its heading says: 今日资讯, 马远征, 标签：潍坊, 2024年1月. */
  name: string;
  /** The address of its page `page` (page 1: the listing's own). */
  url: (page: number) => string;
  /** How many pages it has: at least 1, an empty listing being one empty page. */
  pages: number;
}

/** What the listings are made of, each list as its pages list it (src/lib/site-index.ts, content.ts). */
export interface ListingSources<A> {
  /** Sections in display order, each with its articles (site-index.ts, groupBySection). */
  sections: readonly { id: string; name: string; articles: readonly A[] }[];
  /** Everyone in 人员查询, with the articles their page lists (bylines.ts, peopleArticles). */
  people: readonly { id: string; name: string; articles: readonly A[] }[];
  /** Published topics with their parts (topics.ts, publishedTopicParts). */
  topics: readonly { id: string; title: string; parts: readonly TopicPart<A>[] }[];
  /** Tags with their articles, most used first (tags.ts, groupByTag). */
  tags: readonly TagGroup<A & { data: { tags: readonly string[] } }>[];
  /** Years and months with their articles (archive.ts, groupByMonth). */
  archive: readonly ArchiveYear<A & { data: { date: Date } }>[];
}

/** Every paginated listing the build makes of `sources`, `pageSize` articles a page and `tagsPerPage` tags a page of the tag index. */
export function listings<A>(sources: ListingSources<A>, pageSize: number, tagsPerPage: number): Listing[] {
  const pages = (articles: readonly unknown[]) => paginate(articles, pageSize).length;
  return [
    ...sources.sections.map(({ id, name, articles }) => ({ kind: 'sections' as const, id, name, url: (page: number) => sectionUrl(id, page), pages: pages(articles) })),
    ...sources.people.map(({ id, name, articles }) => ({ kind: 'people' as const, id, name, url: (page: number) => personUrl(id, page), pages: pages(articles) })),
    ...sources.topics.map(({ id, title, parts }) => ({
      kind: 'topics' as const,
      id,
      name: title,
      url: (page: number) => topicUrl(id, page),
      pages: topicPages(parts, pageSize).length,
    })),
    ...sources.tags.map(({ tag, articles }) => ({ kind: 'tags' as const, id: tag, name: `标签：${tag}`, url: (page: number) => tagUrl(tag, page), pages: pages(articles) })),
    ...sources.archive.flatMap(({ months }) =>
      months.map(({ year, month, articles }) => ({
        kind: 'archive' as const,
        id: `${year}/${monthSegment(month)}`,
        name: formatMonth(year, month),
        url: (page: number) => monthUrl(year, month, page),
        pages: pages(articles),
      })),
    ),
    { kind: 'tag-index', id: '', name: '标签', url: tagsUrl, pages: paginate(sources.tags, tagsPerPage).length },
  ];
}

