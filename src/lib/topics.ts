/** 专题: the articles a topic selects, by tag or by id, whole or in named parts, and whether readers get it. */
import { z } from 'astro/zod';
import { fieldName } from './errors.ts';
import { paginate, type Page } from './pagination.ts';
import { unpublishedAsWritten } from './publish.ts';
import { topicSchema, type TopicData } from './schema.ts';
import { groupByTag } from './tags.ts';

export interface TopicPart<A> {
  /** Part title (最新进展, 深度报道 …); none when the topic is not split. */
  title: string | undefined;
  articles: A[];
}

interface Selection {
  tag?: string | undefined;
  articles?: string[] | undefined;
}

/**
 * The message for an article id that names no article; one written as the article's address
 * or file (/articles/2024/01/x/, 2024/01/x.md) is told the form an id takes, with its own.
 */
export function noSuchArticle(id: string): string {
  const meant = /^\/?(?:articles\/)?(\d{4}\/\d{2}\/[^/]+?)(?:\.mdx?|\/)?$/.exec(id)?.[1];
  return meant && meant !== id
    ? `文章“${id}”不存在：专题里的文章写 id（articles/ 下的路径，不带 /articles/、结尾的 / 和 .md），如 ${meant}`
    : `文章“${id}”不存在`;
}

/** The message for a tag that no article has. */
const noSuchTag = (tag: string) => `没有文章带标签“${tag}”（草稿和定时发布的也没有）：请检查拼写，专题收录带这个标签的文章`;

/** A topic's selections, the whole topic's or each part's, with where each is written (`parts`, 0). */
function selections(topic: Pick<TopicData, 'tag' | 'articles' | 'parts'>): (Selection & { at: (string | number)[] })[] {
  return topic.parts ? topic.parts.map((part, index) => ({ ...part, at: ['parts', index] })) : [{ ...topic, at: [] }];
}

/**
 * What is wrong with a topic's selections, by field: an id of no article (`exists`) or a tag no
 * article has (`tagged`), drafts and articles dated later counted. Either is a typo: the
 * topic, or its part, would stay empty for good.
 */
export function selectionProblems(
  topic: Pick<TopicData, 'tag' | 'articles' | 'parts'>,
  exists: (id: string) => boolean,
  tagged: (tag: string) => boolean,
): { field: string; message: string }[] {
  return selections(topic).flatMap(({ tag, articles, at }) => [
    ...(tag !== undefined && !tagged(tag) ? [{ field: fieldName([...at, 'tag']), message: noSuchTag(tag) }] : []),
    ...(articles ?? []).flatMap((id, index) => (exists(id) ? [] : [{ field: fieldName([...at, 'articles', index]), message: noSuchArticle(id) }])),
  ]);
}

/**
 * The articles a topic lists by id (`articles`, its own or a part's) that are `withdrawn` (撤稿),
 * by field: topicParts leaves them out for good, and nothing on the topic's page says so. (A
 * tag selects whatever articles have it: a withdrawn one just goes.)
 */
export function withdrawnSelections(topic: Pick<TopicData, 'tag' | 'articles' | 'parts'>, withdrawn: (id: string) => boolean): { field: string; id: string }[] {
  return selections(topic).flatMap(({ articles, at }) =>
    (articles ?? []).flatMap((id, index) => (withdrawn(id) ? [{ field: fieldName([...at, 'articles', index]), id }] : [])),
  );
}

/**
 * Resolves a topic's selections from the published articles. `byTag` lists are newest first;
 * explicit ids keep the editor's order. An id of an article that `exists` but is not published
 * yet (a draft, or scheduled) is left out until it is, so a topic can be prepared ahead of
 * its articles, and a withdrawn one for good (withdrawnSelections names it to the editor); a
 * part left with no articles is left out too. No parts at all: none of the
 * topic's articles is published yet, and the topic is not published either (an empty page
 * tells readers nothing), like a draft, until the first build after its first article's. An
 * id of no article throws, naming it.
 */
export function topicParts<A>(
  topic: Pick<TopicData, 'tag' | 'articles' | 'parts'>,
  byId: ReadonlyMap<string, A>,
  byTag: ReadonlyMap<string, readonly A[]>,
  exists: (id: string) => boolean,
): TopicPart<A>[] {
  const select = ({ tag, articles }: Selection): A[] => {
    if (tag !== undefined) return [...(byTag.get(tag) ?? [])];
    return (articles ?? []).flatMap((id) => {
      const article = byId.get(id);
      if (article) return [article];
      if (exists(id)) return [];
      throw new Error(noSuchArticle(id));
    });
  };
  const parts = topic.parts
    ? topic.parts.map((part) => ({ title: part.title, articles: select(part) }))
    : [{ title: undefined, articles: select(topic) }];
  return parts.filter((part) => part.articles.length > 0);
}

/** A part's articles on one page of its topic: the part by its place among the topic's parts (0 …). */
export interface TopicRun<A> extends TopicPart<A> {
  part: number;
}

/**
 * A topic's pages, as a section's are: its articles, part after part, `size` to a page (the
 * site's pageSize), each page's articles in runs by part, so that a part begun on one page goes
 * on under its title on the next. `total` counts articles, as a listing's does. A topic of 400
 * articles was one page of 209 KB and 106 screens on a phone.
 */
export function topicPages<A>(parts: readonly TopicPart<A>[], size: number): Page<TopicRun<A>>[] {
  const entries = parts.flatMap((part, index) => part.articles.map((article) => ({ index, article })));
  return paginate(entries, size).map((page) => {
    const runs: TopicRun<A>[] = [];
    for (const { index, article } of page.items) {
      const last = runs.at(-1);
      if (last?.part === index) last.articles.push(article);
      else runs.push({ part: index, title: parts[index]!.title, articles: [article] });
    }
    return { ...page, items: runs };
  });
}

/** Published articles as topics select them: by id, and by tag (each list newest first when the articles are). */
export interface Selectable<A> {
  byId: ReadonlyMap<string, A>;
  byTag: ReadonlyMap<string, readonly A[]>;
}

/** Articles arranged for topicParts. */
export function selectable<A extends { id: string; data: { tags: readonly string[] } }>(articles: readonly A[]): Selectable<A> {
  return {
    byId: new Map(articles.map((article) => [article.id, article])),
    byTag: new Map(groupByTag(articles).map((group) => [group.tag, group.articles])),
  };
}

/**
 * The one rule for whether readers get a topic: it is not a draft (`drafts`: `npm run dev` shows
 * them), and at least one of its articles is `published`. Its parts (topicParts) when they do;
 * nothing when they do not: no page, not in the 专题 list, and, in a build, none of its pictures
 * (src/lib/loaders.ts reads it for its front matter only, see topicUnpublishedAsWritten).
 */
export function publishedTopicParts<A>(
  topic: Pick<TopicData, 'tag' | 'articles' | 'parts'> & { draft?: boolean | undefined },
  published: Selectable<A>,
  exists: (id: string) => boolean,
  { drafts = false }: { drafts?: boolean } = {},
): TopicPart<A>[] | undefined {
  if (topic.draft === true && !drafts) return undefined;
  const parts = topicParts(topic, published.byId, published.byTag, exists);
  return parts.length > 0 ? parts : undefined;
}

/** An article's id and front matter as written (before its schema: dates as text). */
export interface WrittenArticle {
  id: string;
  data: Record<string, unknown>;
}

/**
 * The articles a build publishes at `now` (unpublishedAsWritten), from their front matter as
 * written, their tags trimmed as the schema trims them: what topicUnpublishedAsWritten selects from.
 */
export function publishedAsWritten(articles: readonly WrittenArticle[], now: Date, timeZone: string): Selectable<{ id: string; data: { tags: string[] } }> {
  return selectable(
    articles
      .filter(({ data }) => !unpublishedAsWritten(data, now, timeZone))
      .map(({ id, data }) => ({
        id,
        data: { tags: Array.isArray(data['tags']) ? data['tags'].filter((tag) => typeof tag === 'string').map((tag) => tag.trim()) : [] },
      })),
  );
}

/**
 * Whether a build shows readers nothing of a topic, given its front matter as written and the
 * articles it publishes (publishedAsWritten): the rule of publishedTopicParts, read before the
 * topic is loaded, so that the build reads such a topic for its front matter only and publishes
 * none of its pictures (src/lib/loaders.ts). Front matter that its schema refuses is left to
 * the schema to report (a build's content check has stopped it before).
 */
export function topicUnpublishedAsWritten(data: Record<string, unknown>, published: Selectable<unknown>, timeZone: string): boolean {
  const topic = topicSchema({ image: z.unknown(), timeZone }).safeParse(data);
  return topic.success && publishedTopicParts(topic.data, published, () => true) === undefined;
}

/**
 * The topics each article belongs to, by article id, in the order of `topics` (a topic once
 * for an article, however many of its parts list it): worked out once for the whole site, so
 * an article page looks its topics up instead of going through every topic.
 */
export function topicsByArticle<T extends { parts: readonly TopicPart<{ id: string }>[] }>(topics: readonly T[]): Map<string, T[]> {
  const byArticle = new Map<string, T[]>();
  for (const topic of topics) {
    const ids = new Set(topic.parts.flatMap((part) => part.articles.map((article) => article.id)));
    for (const id of ids) {
      const listed = byArticle.get(id);
      if (listed) listed.push(topic);
      else byArticle.set(id, [topic]);
    }
  }
  return byArticle;
}
