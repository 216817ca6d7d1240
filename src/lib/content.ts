/**
 * The one place pages read collections from. Pages never filter drafts or future articles
 * themselves: they use `getSiteIndex()`, which applies the publish rule once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime } from './publish.ts';
import { buildSiteIndex, type Article, type SiteIndex } from './site-index.ts';
import { uniqueBy } from './unique.ts';
import { personUrl } from './urls.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type SiteArticle = Article<ArticleEntry>;

async function load(): Promise<SiteIndex<ArticleEntry>> {
  const [entries, sections] = await Promise.all([getCollection('articles'), getCollection('sections')]);
  return buildSiteIndex({
    entries,
    sections: sections.map((section) => section.data).sort((a, b) => a.order - b.order),
    now: buildTime(),
    includeUnpublished: import.meta.env.DEV,
  });
}

let cached: Promise<SiteIndex<ArticleEntry>> | undefined;

/** The site's articles, arranged once per build (re-read on every request in development). */
export function getSiteIndex(): Promise<SiteIndex<ArticleEntry>> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

export type PersonEntry = CollectionEntry<'people'>;

export interface SitePerson {
  id: string;
  url: string;
  data: PersonEntry['data'];
}

export interface People {
  /** Everyone, in the order of their names (Chinese collation). */
  list: SitePerson[];
  /** People by the name bylines use; names two people share are left out (no guessing). */
  byName: Map<string, SitePerson>;
}

async function loadPeople(): Promise<People> {
  const entries = await getCollection('people');
  const list = entries
    .map((entry) => ({ id: entry.id, url: personUrl(entry.id), data: entry.data }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN') || a.id.localeCompare(b.id));
  return { list, byName: uniqueBy(list, (person) => person.data.name) };
}

let cachedPeople: Promise<People> | undefined;

export function getPeople(): Promise<People> {
  if (import.meta.env.DEV) return loadPeople();
  cachedPeople ??= loadPeople();
  return cachedPeople;
}
