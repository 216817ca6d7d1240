/**
 * Who appears on which articles: authors, correspondents (通讯员) and editors (责任编辑),
 * matched to the 人员查询 directory by name.
 */

interface Credited {
  id: string;
  data: { author: readonly string[]; correspondents?: readonly string[] | undefined; editor: readonly string[] };
}

/** Every name credited on an article, once. */
export function creditedNames(article: Credited): string[] {
  return [...new Set([...article.data.author, ...(article.data.correspondents ?? []), ...article.data.editor])];
}

/** Who an article is by, in one line: its authors, or the outlet a repost without authors came from. */
export function writtenBy(data: { author: readonly string[]; source: string }): string {
  return data.author.length > 0 ? data.author.join(' ') : data.source;
}

type Credit = '作者' | '通讯员' | '责任编辑';

/** How `name` is credited on an article (作者, 通讯员, 责任编辑), in that order: for a person's list of articles. */
export function creditsOf(article: Credited, name: string): Credit[] {
  const credits: Credit[] = [];
  if (article.data.author.includes(name)) credits.push('作者');
  if (article.data.correspondents?.includes(name)) credits.push('通讯员');
  if (article.data.editor.includes(name)) credits.push('责任编辑');
  return credits;
}

/** Each person's articles (in the order given, newest first), keyed by the person's name. */
export function articlesByName<A extends Credited>(articles: readonly A[], names: ReadonlySet<string>): Map<string, A[]> {
  const result = new Map<string, A[]>([...names].map((name) => [name, []]));
  for (const article of articles) {
    for (const name of creditedNames(article)) result.get(name)?.push(article);
  }
  return result;
}

/** Names that match no person, each with the files it appears in: for the build's warning. */
export function unmatchedNames(
  articles: readonly { file: string; article: Credited }[],
  names: ReadonlySet<string>,
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const { file, article } of articles) {
    for (const name of creditedNames(article)) {
      if (names.has(name)) continue;
      let files = result.get(name);
      if (!files) result.set(name, (files = []));
      files.push(file);
    }
  }
  return new Map([...result].sort(([a], [b]) => a.localeCompare(b, 'zh-CN')));
}
