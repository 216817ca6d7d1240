/**
 * The one place pages read collections from. Pages never filter drafts or future articles
 * themselves: they use `getSiteIndex()`, which applies the publish rule once per build.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import site from '../site.config.ts';
import { peopleArticles } from './bylines.ts';
import { buildTime } from './publish.ts';
import { buildSiteIndex, newestFirst, type Article, type SiteIndex } from './site-index.ts';
import { uniqueBy } from './unique.ts';
import { pageUrl, personUrl, topicUrl } from './urls.ts';
import { ContentError } from './errors.ts';
import { cachedByKey } from './keyed-cache.ts';
import { contentDir } from './content-dir.ts';
import { addressesPerFile } from './addresses-per-file.ts';
import { movedPages, oldAddressTable } from './old-addresses.ts';
import { listings } from './listings.ts';
import { tagsPerPage } from './tags.ts';
import { publishedTopicParts, topicsByArticle, type TopicPart } from './topics.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type SiteArticle = Article<ArticleEntry>;

async function load(): Promise<SiteIndex<ArticleEntry>> {
  const [entries, sections] = await Promise.all([entriesOf('articles'), entriesOf('sections')]);
  return buildSiteIndex({
    entries,
    sections: sections.map((section) => section.data).sort((a, b) => a.order - b.order),
    now: buildTime(),
    timeZone: site.timeZone,
    includeUnpublished: import.meta.env.DEV,
  });
}

type CollectionName = 'articles' | 'sections' | 'people' | 'topics' | 'pages';

/** The collections a newsroom may not have yet, each read from the content folder of its name. */
const OPTIONAL = new Set<CollectionName>(['people', 'topics', 'pages']);

/**
 * `getCollection(name)`, but an optional collection whose folder holds no file is empty without
 * asking Astro, which warns in English at every read of a collection with no entry (“The
 * collection "topics" does not exist or is empty”): once a build, and at every page `npm run dev` serves.
 */
async function entriesOf<N extends CollectionName>(name: N): Promise<CollectionEntry<N>[]> {
  if (OPTIONAL.has(name) && !holdsFiles(path.join(contentDir(), name))) return [];
  return getCollection(name);
}

function holdsFiles(folder: string): boolean {
  try {
    return readdirSync(folder).some((file) => !file.startsWith('.'));
  } catch {
    return false;
  }
}

/**
 * What `collections` hold now, as a key: every entry's id and digest (of its file, so an edit,
 * an added, renamed or deleted file, and an entry left out for a mistake all change it), and,
 * with the articles, how many are dated after now (a scheduled article's 定时发布 mark goes
 * when its time comes, though no file changed).
 */
async function contentVersion(collections: readonly CollectionName[]): Promise<string> {
  const now = buildTime().getTime();
  const lists = await Promise.all(collections.map(async (name) => ({ name, entries: await entriesOf(name) })));
  return lists
    .map(({ name, entries }) => {
      const scheduled = name === 'articles' ? (entries as ArticleEntry[]).filter((entry) => entry.data.date.getTime() > now).length : 0;
      return `${name} ${scheduled}\n${entries.map((entry) => `${entry.id} ${entry.digest ?? ''}`).join('\n')}`;
    })
    .join('\n');
}

/**
 * `load` once per build. In development, where content changes as you edit, again whenever
 * `collections` (those `load` reads) have changed since the last time: arranging 10,000 articles
 * takes seconds (related articles most of it), and a page asks for it several times.
 */
function perBuild<T>(load: () => Promise<T>, collections: readonly CollectionName[]): () => Promise<T> {
  let cached: Promise<T> | undefined;
  const latest = cachedByKey(load);
  return () => (import.meta.env.DEV ? contentVersion(collections).then(latest) : (cached ??= load()));
}

/** The site's articles, arranged once per build. */
export const getSiteIndex = perBuild(load, ['articles', 'sections']);

/** The site's paginated listings with their pages (src/lib/listings.ts), once per build. */
export const getListings = perBuild(async () => {
  const [index, { list }, topics] = await Promise.all([getSiteIndex(), getPeople(), getTopics()]);
  return listings(
    {
      sections: index.sections.map(({ id, name }) => ({ id, name, articles: index.sectionListings.get(id) ?? [] })),
      people: list.map(({ id, data, articles }) => ({ id, name: data.name, articles })),
      topics: topics.map(({ id, data, parts }) => ({ id, title: data.title, parts })),
      tags: index.tags,
      archive: index.archive,
    },
    site.pageSize,
    tagsPerPage(),
  );
}, ['articles', 'sections', 'people', 'topics']);

/**
 * Every address that sends readers on (movedPages: old addresses, listings' page 1 numbered),
 * once per build: the pages [...alias].ts writes, nginx's map, and what `npm run dev` answers.
 */
export const getMovedPages = perBuild(async () => movedPages(await getSiteIndex(), await getListings()), ['articles', 'sections', 'people', 'topics']);

/**
 * The 404 page's table of old addresses with a query string, in its files (oldAddressTable),
 * once per build: the 404 page tells its script how many files there are, and
 * old-addresses/[file].json.ts writes them. BAODAO_OLD_ADDRESSES_PER_FILE sets how many
 * addresses a file holds (addressesPerFile; ADDRESSES_PER_FILE by default): the test site's few addresses are
 * split into as many files, so that the browser tests find them only if the 404 page's script
 * chooses the files as the build did.
 */
export const getOldAddressTable = perBuild(
  async () => oldAddressTable(movedPages(await getSiteIndex()), addressesPerFile()),
  ['articles', 'sections'],
);

type PersonEntry = CollectionEntry<'people'>;

export interface SitePerson {
  id: string;
  url: string;
  data: PersonEntry['data'];
  /** Published articles the person wrote, reported (通讯员) or edited, newest first. */
  articles: SiteArticle[];
}

export interface People {
  /** Everyone, in the order of their names (Chinese collation). */
  list: SitePerson[];
  /** People by the name bylines use; names two people share are left out (no guessing). */
  byName: Map<string, SitePerson>;
  /** Every person's name, those two people share too: a byline of one names a person (structuredAuthors). */
  names: ReadonlySet<string>;
}

async function loadPeople(): Promise<People> {
  const [entries, { articles }] = await Promise.all([entriesOf('people'), getSiteIndex()]);
  const credits = peopleArticles(entries, articles);
  const list = entries
    .map((entry, index) => ({
      id: entry.id,
      url: personUrl(entry.id),
      data: entry.data,
      articles: credits[index]!,
    }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN') || a.id.localeCompare(b.id));
  return { list, byName: uniqueBy(list, (person) => person.data.name), names: new Set(list.map((person) => person.data.name)) };
}

/** The 人员查询 directory and each person's articles, once per build. */
export const getPeople = perBuild(loadPeople, ['articles', 'sections', 'people']);

type TopicEntry = CollectionEntry<'topics'>;

export interface SiteTopic {
  id: string;
  url: string;
  data: TopicEntry['data'];
  entry: TopicEntry;
  parts: TopicPart<SiteArticle>[];
  /** Articles in all parts, without repeats. */
  count: number;
}

/** Published topics (publishedTopicParts: not drafts, with at least one article published), newest first, with their articles. */
async function loadTopics(): Promise<SiteTopic[]> {
  const [entries, site, articles] = await Promise.all([entriesOf('topics'), getSiteIndex(), entriesOf('articles')]);
  const published = { byId: site.byId, byTag: new Map(site.tags.map((group) => [group.tag, group.articles])) };
  const ids = new Set(articles.map((article) => article.id));
  return entries
    .flatMap((entry) => {
      let parts: TopicPart<SiteArticle>[] | undefined;
      try {
        // In development an article with a mistake is left out (src/lib/loaders.ts), and the
        // content check names it: a topic listing it just goes without it.
        parts = publishedTopicParts(entry.data, published, (id) => ids.has(id) || import.meta.env.DEV, { drafts: import.meta.env.DEV });
      } catch (error) {
        throw new ContentError([{ file: entry.filePath ?? entry.id, field: 'articles', message: (error as Error).message }]);
      }
      if (!parts) return [];
      const count = new Set(parts.flatMap((part) => part.articles)).size;
      return [{ id: entry.id, url: topicUrl(entry.id), data: entry.data, entry, parts, count }];
    })
    .sort(newestFirst);
}

export const getTopics = perBuild(loadTopics, ['articles', 'sections', 'topics']);

/** 所属专题: the published topics that list each article, newest first, by article id, once per build. */
export const getTopicsByArticle = perBuild(async () => topicsByArticle(await getTopics()), ['articles', 'sections', 'topics']);

type PageEntry = CollectionEntry<'pages'>;

export interface SitePage {
  id: string;
  url: string;
  data: PageEntry['data'];
  entry: PageEntry;
}

/** Standalone pages (单页) that are published: not drafts (`npm run dev` shows those too). */
export const getPages = perBuild(async (): Promise<SitePage[]> =>
  (await entriesOf('pages'))
    .filter((entry) => import.meta.env.DEV || !entry.data.draft)
    .map((entry) => ({ id: entry.id, url: pageUrl(entry.id), data: entry.data, entry })),
  ['pages'],
);

/**
 * The pages the footer links to (`footer.pages` of the site config), in that order. One that
 * is not there is left out: the content check names it, and stops a build.
 */
export const getFooterPages = perBuild(async (): Promise<SitePage[]> => {
  const byId = new Map((await getPages()).map((page) => [page.id, page]));
  return site.footer.pages.flatMap((id) => byId.get(id) ?? []);
}, ['pages']);
