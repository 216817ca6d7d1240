/**
 * Every old address the site answers (`aliases` of articles and sections), with where it
 * leads: the alias pages ([...alias].ts) and the 404 page's list (old-addresses.json.ts).
 */
import type { ArticleData, SectionData } from './schema.ts';
import { sectionUrl } from './urls.ts';

export interface MovedPage {
  alias: string;
  /** The page's new address. */
  url: string;
  title: string;
  kind: 'article' | 'section';
}

export function movedPages({
  articles,
  sections,
}: {
  articles: readonly { url: string; data: Pick<ArticleData, 'title' | 'aliases'> }[];
  sections: readonly Pick<SectionData, 'id' | 'name' | 'aliases'>[];
}): MovedPage[] {
  return [
    ...articles.flatMap(({ url, data }) => data.aliases.map((alias) => ({ alias, url, title: data.title, kind: 'article' as const }))),
    ...sections.flatMap(({ id, name, aliases }) => aliases.map((alias) => ({ alias, url: sectionUrl(id), title: name, kind: 'section' as const }))),
  ];
}
