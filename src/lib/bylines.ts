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

/**
 * A byline that stands for a role, not a named person: the outlet's own voice (本报评论员, 本报记者,
 * 本报特约评论员), another outlet's (新华社记者, 人民日报评论员), a guest's unnamed (特约评论员), or
 * none known (佚名).
 */
const TITLE = '(?:特约|特邀|首席|资深|见习)?(?:评论员|记者|通讯员|撰稿人|观察员|编辑|评论员文章)';
const ROLE = new RegExp(`^(?:本报|本网|本台|本站|本刊|本社|\\p{Script=Han}{1,6}(?:日报|晚报|报|社|台|网))?${TITLE}$|^佚名$`, 'u');
/** A role after the outlet's own name (法治报道评论员, 法治报道特约评论员): its title alone. */
const TITLE_ALONE = new RegExp(`^${TITLE}$`, 'u');

/**
 * A byline that names an organisation: a newsroom's department or bureau (法治报道编辑部, 青川记者站,
 * 评论部), a group of writers (课题组, 联合调查组), an outlet (新华社, 法治日报), a court, a procuratorate
 * or another office that signs what it wrote (东岭区人民法院, 青川市公安局, 市委宣传部), by how it ends
 * after two characters or more (three before 部, 局 …, so that no three-character name is one), or one
 * of the wire services; a person in 人员查询 of such a name is a person all the same (structuredAuthors).
 */
const ORGANIZATION =
  /^(?:新华社|中新社|中国新闻社)$|^\p{Script=Han}{2,}(?:编辑部|评论部|理论部|新闻部|报社|杂志社|通讯社|出版社|记者站|中心|课题组|调研组|调查组|采访组|报道组|写作组|工作组|记者组|委员会|办公室|办公厅|研究院|研究所|研究会|协会|学会|联合会|法院|检察院|政府|公司|集团|大学|学院|日报|晚报)$|^\p{Script=Han}{3,}[部厅局处所站]$/u;

/**
 * What a byline names: a person, an organisation, or a role (ROLE), by how it is written; `siteName`
 * and a name starting with it (法治报道, 法治报道青川记者站) are the outlet itself, but for its name
 * with a title (法治报道评论员, 法治报道记者), a role as 本报评论员 is.
 */
export function bylineKind(name: string, siteName?: string): 'person' | 'organization' | 'role' {
  if (ROLE.test(name)) return 'role';
  if (siteName && name.startsWith(siteName)) return TITLE_ALONE.test(name.slice(siteName.length)) ? 'role' : 'organization';
  if (ORGANIZATION.test(name)) return 'organization';
  return 'person';
}

/** An author in NewsArticle's structured data (schema.org). */
export type StructuredAuthor = { '@type': 'Person'; name: string; url?: string } | { '@type': 'Organization'; name: string };

/**
 * An article's authors as NewsArticle's structured data gives them, as Google's Article guidance asks:
 * a person as a Person, with the profile the byline links to (`profileOf`, an absolute address), which
 * tells namesakes apart; an organisation as an Organization; a role (本报评论员, 特约评论员) not at all,
 * as it names no one, and `author.name` is a name, never a title. An article with no author left, a
 * repost without authors among them, is by its source, an Organization (本报评论员's is the outlet).
 */
export function structuredAuthors(
  { author, source }: { author: readonly string[]; source: string },
  profileOf: (name: string) => string | undefined,
  siteName: string,
): StructuredAuthor[] {
  const named = author.flatMap((name): StructuredAuthor[] => {
    const profile = profileOf(name);
    if (profile) return [{ '@type': 'Person', name, url: profile }];
    const kind = bylineKind(name, siteName);
    return kind === 'role' ? [] : [{ '@type': kind === 'organization' ? 'Organization' : 'Person', name }];
  });
  return named.length > 0 ? named : [{ '@type': 'Organization', name: source }];
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

/**
 * Names that match no person, each with the files it appears in: for the build's warning. A byline
 * that names no person (bylineKind: 本报评论员, 法治报道编辑部, with `siteName` the outlet's) is not one:
 * no person's file would ever be written for it, and it was told at every build.
 */
export function unmatchedNames(
  articles: readonly { file: string; article: Credited }[],
  names: ReadonlySet<string>,
  siteName?: string,
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const { file, article } of articles) {
    for (const name of creditedNames(article)) {
      if (names.has(name) || bylineKind(name, siteName) !== 'person') continue;
      let files = result.get(name);
      if (!files) result.set(name, (files = []));
      files.push(file);
    }
  }
  return new Map([...result].sort(([a], [b]) => a.localeCompare(b, 'zh-CN')));
}
