/** 标签: every tag with its articles, most used first. */

interface Tagged {
  data: { tags: readonly string[] };
}

export interface TagGroup<A extends Tagged> {
  tag: string;
  /** Newest first, when the input is. */
  articles: A[];
}

/** Groups articles (newest first) by tag: most used tag first, then by Chinese collation. */
export function groupByTag<A extends Tagged>(articles: readonly A[]): TagGroup<A>[] {
  const byTag = new Map<string, A[]>();
  for (const article of articles) {
    for (const tag of article.data.tags) {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = []));
      list.push(article);
    }
  }
  return [...byTag]
    .map(([tag, list]) => ({ tag, articles: list }))
    .sort((a, b) => b.articles.length - a.articles.length || a.tag.localeCompare(b.tag, 'zh-CN'));
}

/**
 * `<meta name="keywords">` and NewsArticle's `keywords`: the tags joined by commas, as pages
 * of DedeCMS and EmpireCMS give them; none for an article without tags.
 */
export function keywordsOf(tags: readonly string[]): string | undefined {
  return tags.length > 0 ? tags.join(',') : undefined;
}
