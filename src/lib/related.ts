/**
 * 相关文章: for every article at once, up to `limit` others — those sharing the most tags
 * first, then ones in the same section, then the newest. Computed for the whole site in one
 * pass over tag lists, never by comparing every article with every other.
 */

export interface Relatable {
  id: string;
  data: { tags: readonly string[]; section: string; date: Date };
}

interface RelatedOptions {
  /** Articles shown per page. */
  limit?: number;
  /** How many of a tag's newest articles are considered per tag (bounds work for tags on thousands of articles). */
  perTag?: number;
}

/**
 * `articles` must be newest first. Returns each article's related articles by id.
 */
export function relatedArticles<A extends Relatable>(
  articles: readonly A[],
  { limit = 5, perTag = 60 }: RelatedOptions = {},
): Map<string, A[]> {
  const rank = new Map(articles.map((article, index) => [article, index]));
  const byTag = new Map<string, A[]>();
  const bySection = new Map<string, A[]>();
  for (const article of articles) {
    for (const tag of article.data.tags) {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = []));
      if (list.length < perTag + 1) list.push(article);
    }
    let list = bySection.get(article.data.section);
    if (!list) bySection.set(article.data.section, (list = []));
    if (list.length < limit + 1) list.push(article);
  }

  const result = new Map<string, A[]>();
  for (const article of articles) {
    const shared = new Map<A, number>();
    for (const tag of article.data.tags) {
      for (const other of byTag.get(tag) ?? []) {
        if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const sameSection = (other: A) => (other.data.section === article.data.section ? 1 : 0);
    const chosen = [...shared.keys()]
      .sort(
        (a, b) =>
          shared.get(b)! - shared.get(a)! || sameSection(b) - sameSection(a) || rank.get(a)! - rank.get(b)!,
      )
      .slice(0, limit);
    const taken = new Set<A>(chosen);
    taken.add(article);
    for (const pool of [bySection.get(article.data.section) ?? [], articles]) {
      for (const other of pool) {
        if (chosen.length >= limit) break;
        if (!taken.has(other)) {
          chosen.push(other);
          taken.add(other);
        }
      }
    }
    result.set(article.id, chosen);
  }
  return result;
}
