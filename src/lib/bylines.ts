/**
 * Who appears on which articles: authors, correspondents (通讯员) and editors (责任编辑),
 * matched to the 人员查询 directory by name.
 */
import { uniqueBy } from './unique.ts';

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
 * The titles a printed byline puts before a name, or stands for when alone (本报记者, 摄影, 实习生):
 * the schema refuses a name field that starts with one (本报记者 张三), and ROLE reads a byline of
 * one as a role. One list for both.
 */
export const BYLINE_TITLES = ['记者', '通讯员', '评论员', '实习生', '编辑', '摄影'] as const;

/** A title, with what may go before it: 特约评论员, 首席记者, 摄影记者, 实习记者, 撰稿人. */
const TITLE = `(?:特约|特邀|首席|资深|见习|实习|摄影)?(?:评论员文章|${BYLINE_TITLES.join('|')}|撰稿人|观察员)`;

/**
 * A byline that stands for a role, not a named person: the outlet's own voice (本报评论员, 本报记者,
 * 本报摄影记者, 本报实习生), another outlet's (新华社记者, 人民日报评论员, 央视记者, 澎湃新闻记者), a
 * guest's unnamed (特约评论员), or none known (佚名).
 */
const ROLE = new RegExp(`^(?:本报|本网|本台|本站|本刊|本社|央视|央广|\\p{Script=Han}{1,6}(?:日报|晚报|新闻|报|社|台|网))?${TITLE}$|^佚名$`, 'u');
/** A role after the outlet's own name (法治报道评论员, 法治报道特约评论员): its title alone. */
const TITLE_ALONE = new RegExp(`^${TITLE}$`, 'u');

/**
 * Bodies and outlets whose usual names say what they are by no ending long enough to read: a
 * ministry's three characters (公安部) are a name's too (王建部), and an outlet's name (新华网) one of
 * its own. A short list of the central ones bylines name most; others are read by their endings.
 */
const KNOWN_BODIES = new Set([
  '新华社', '中新社', '中国新闻社', '新华网', '人民网', '央视网', '中新网', '光明网', '央视', '中央电视台',
  '国务院', '全国人大', '全国人大常委会', '全国政协', '最高人民法院', '最高人民检察院', '最高法', '最高检',
  '中纪委', '中央纪委', '国家监委', '中央纪委国家监委', '中央政法委', '公安部', '司法部', '国家安全部',
  '外交部', '民政部', '教育部', '财政部', '商务部', '统计局',
]);

/**
 * A four-character name of a compound surname and a two-character given name (欧阳中心, 司马建部,
 * 诸葛文站, 上官学院), which the endings below would read as an organisation; an outlet named so
 * (东方日报, 濮阳日报) stays one.
 */
const COMPOUND_SURNAME_NAME =
  /^(?:欧阳|司马|诸葛|上官|司徒|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|令狐|夏侯|端木|独孤|南宫|西门|轩辕|澹台|申屠|百里|呼延|钟离|太史|淳于|赫连|万俟|闻人|濮阳)\p{Script=Han}{2}$/u;

/**
 * A byline that names an organisation by how it ends: a newsroom's department or bureau (法治报道编辑部,
 * 青川记者站, 评论部), a group of writers (课题组, 联合调查组), an outlet (法治日报, 澎湃新闻), a court, a
 * procuratorate or another office that signs what it wrote (东岭区人民法院, 市检察院, 青川市公安局,
 * 市委宣传部). An ending of three characters or more (检察院, 委员会, 记者站) may follow one character
 * (市检察院); one of two (法院, 中心, 学院) two or more, or a 省, 市, 县 or 区 (区法院); one of one (部, 局 …)
 * three or more, so that no name of three characters is one (王建部, 李中心). Its limits: an office of
 * two characters and 部 or 局 (公安部, 统计局) is known only from KNOWN_BODIES, a four-character name
 * ending so only from COMPOUND_SURNAME_NAME, and a person in 人员查询 of such a name is a person all the
 * same (structuredAuthors, unmatchedNames).
 */
const ORGANIZATION = new RegExp(
  [
    '^\\p{Script=Han}+(?:编辑部|评论部|理论部|新闻部|杂志社|通讯社|出版社|记者站|课题组|调研组|调查组|采访组|报道组|写作组|工作组|记者组|委员会|办公室|办公厅|研究院|研究所|研究会|联合会|检察院|人民法院)$',
    '^(?:\\p{Script=Han}{2,}|[省市县区])(?:报社|中心|法院|政府|公司|集团|大学|学院|协会|学会|日报|晚报|新闻)$',
    '^\\p{Script=Han}{3,}[部厅局处所站]$',
  ].join('|'),
  'u',
);

/**
 * What a byline names: a person, an organisation, or a role (ROLE), by how it is written; `siteName`
 * and a name starting with it (法治报道, 法治报道青川记者站) are the outlet itself, but for its name
 * with a title (法治报道评论员, 法治报道记者), a role as 本报评论员 is.
 */
export function bylineKind(name: string, siteName?: string): 'person' | 'organization' | 'role' {
  if (ROLE.test(name)) return 'role';
  if (siteName && name.startsWith(siteName)) return TITLE_ALONE.test(name.slice(siteName.length)) ? 'role' : 'organization';
  if (KNOWN_BODIES.has(name)) return 'organization';
  if (COMPOUND_SURNAME_NAME.test(name) && !/(?:日报|晚报|新闻)$/u.test(name)) return 'person';
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
 * A name in 人员查询 (`people`, every person's name) is a person whatever it says, one that two people
 * share too, which has no profile to link (the byline links none).
 */
export function structuredAuthors(
  { author, source }: { author: readonly string[]; source: string },
  profileOf: (name: string) => string | undefined,
  siteName: string,
  people: ReadonlySet<string> = new Set(),
): StructuredAuthor[] {
  const named = author.flatMap((name): StructuredAuthor[] => {
    const profile = profileOf(name);
    if (profile) return [{ '@type': 'Person', name, url: profile }];
    const kind = people.has(name) ? 'person' : bylineKind(name, siteName);
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
 * The articles a person's page (/people/<id>/) lists, for each of `people` in their order: those
 * crediting their name (articlesByName, in the order given, newest first); none for a name two
 * people share, which links to neither (no guessing who).
 */
export function peopleArticles<P extends { data: { name: string } }, A extends Credited>(people: readonly P[], articles: readonly A[]): A[][] {
  const byName = uniqueBy(people, (person) => person.data.name);
  const credits = articlesByName(articles, new Set(byName.keys()));
  return people.map((person) => (byName.get(person.data.name) === person ? (credits.get(person.data.name) ?? []) : []));
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
