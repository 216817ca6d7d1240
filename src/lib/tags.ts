/** 标签: every tag with its articles, most used first. */
import { wholeNumberSetting } from './whole-number-setting.ts';

/**
 * Tags a page of the tag index (/tags/) lists. Measured on a site of 3,040 tags: on one page the
 * index was 358 KB (52 KB gzipped) and 80 screens on a 375 px phone, its tags used once (most of
 * them) at the far end; 200 a page make 16 pages of 30 KB and about 6 screens each, a section's
 * page of 20 articles being 8. Numbered pages go under /tags/page/ (tagsUrl), as a tag may be a number.
 */
export const TAGS_PER_PAGE = 200;

/**
 * Tags a page of the index holds in this build: BAODAO_TAGS_PER_PAGE when set (the test site
 * sets a few, to have several pages), else TAGS_PER_PAGE; anything but a positive whole number
 * stops the build with the variable named (whole-number-setting.ts).
 */
export const tagsPerPage = (env: Record<string, string | undefined> = process.env): number =>
  wholeNumberSetting(env, 'BAODAO_TAGS_PER_PAGE', TAGS_PER_PAGE, '标签总页每页放多少个标签');

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
