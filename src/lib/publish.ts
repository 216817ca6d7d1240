/**
 * The one rule for what readers may see: an article is published when it is not a draft, not
 * withdrawn (撤稿) and its date has come. `now` is a parameter so the rule can be tested;
 * builds pass the build time (or BAODAO_NOW, for reproducible builds).
 */
import { parseSiteDate } from './dates.ts';
import { ContentError } from './errors.ts';

interface Publishable {
  draft: boolean;
  date: Date;
  /** 撤稿: set once the article is withdrawn. */
  withdrawn?: object | undefined;
}

/**
 * Where an article stands at `now`:
 * - 草稿: never published, nothing at its address;
 * - 撤稿: withdrawn, from the first build after it is marked so, whatever its dates: it is in no
 *   list, its addresses answer 404 and are listed for Baidu's 死链提交 (a takedown must never
 *   wait for a date);
 * - 定时发布: published by the first build after its date;
 * - 已发布: published.
 */
type Standing = '已发布' | '撤稿' | '草稿' | '定时发布';

export function standing(article: Publishable, now: Date): Standing {
  if (article.draft) return '草稿';
  if (article.withdrawn !== undefined) return '撤稿';
  if (article.date.getTime() > now.getTime()) return '定时发布';
  return '已发布';
}

export function isPublished(article: Publishable, now: Date): boolean {
  return standing(article, now) === '已发布';
}

/**
 * Whether readers will never see an article's body, a draft's or a withdrawn article's: nothing
 * in it is held to what readers would get (links, the template's words, an empty body). Takes
 * front matter as written too, before its schema.
 */
export function neverShown(article: { draft?: unknown; withdrawn?: unknown }): boolean {
  return article.draft === true || withdrawnAsWritten(article);
}

/**
 * Whether front matter withdraws its article (`withdrawn:` with anything in it), as written or
 * parsed. The build then reads nothing of it but its front matter (src/lib/loaders.ts), and the
 * content check asks nothing else of it: an editor may empty its body, or delete a picture a
 * takedown is about.
 */
export function withdrawnAsWritten(data: { withdrawn?: unknown }): boolean {
  return data.withdrawn !== undefined && data.withdrawn !== null;
}

/**
 * Whether a build shows readers nothing of an entry, as written (front matter before its
 * schema): withdrawn, a draft, or, when `timeZone` is given (articles, whose date schedules
 * them), dated after `now`. The build then reads its front matter only (src/lib/loaders.ts), so
 * that none of its pictures are published with the site.
 */
export function unpublishedAsWritten(data: { draft?: unknown; withdrawn?: unknown; date?: unknown }, now: Date, timeZone?: string): boolean {
  if (neverShown(data)) return true;
  if (timeZone === undefined) return false;
  const date = dateAsWritten(data, timeZone);
  return date !== undefined && date.getTime() > now.getTime();
}

/** An article's date as its front matter has it before its schema (a YAML date, or text in the site's time zone): undefined when it is not one. */
export function dateAsWritten(data: { date?: unknown }, timeZone: string): Date | undefined {
  return data.date instanceof Date ? data.date : typeof data.date === 'string' ? parseSiteDate(data.date, timeZone) : undefined;
}

/**
 * Whether an article, as written, comes out between `since` and `now`: a build at `now`
 * publishes it and one at `since` did not. The hourly deploy builds only when one does
 * (scripts/due.ts): nothing else a build shows depends on the time it runs.
 */
export function becameDue(data: { draft?: unknown; withdrawn?: unknown; date?: unknown }, since: Date, now: Date, timeZone: string): boolean {
  return unpublishedAsWritten(data, since, timeZone) && !unpublishedAsWritten(data, now, timeZone);
}

/** What an article or a page says changed in it since it came out: its 更新 time, its 更正. */
interface Changes {
  updated?: Date | undefined;
  corrections?: readonly { date: Date }[] | undefined;
}

/** A change's date with its place in the front matter (`updated`, or `corrections`, its index, `date`). */
interface DatedChange {
  path: (string | number)[];
  date: Date;
}

/** The changes an article or a page says it had (更新, each 更正), each with its place in the front matter. */
const datedChanges = (written: Changes): DatedChange[] => [
  ...(written.updated ? [{ path: ['updated'], date: written.updated }] : []),
  ...(written.corrections ?? []).map(({ date }, index) => ({ path: ['corrections', index, 'date'], date })),
];

/**
 * The changes an article or a page says it had (更新, each 更正) dated after `now`, each with its
 * place in the front matter: a mistyped year, month or day. The page shows it as written, and
 * the sitemap's lastmod, the feed's lastBuildDate and dateModified give search engines and
 * feed readers a last change still to come.
 */
export function changesAfter(written: Changes, now: Date): DatedChange[] {
  return datedChanges(written).filter(({ date }) => date.getTime() > now.getTime());
}

/**
 * The changes an article says it had (更新, each 更正) dated no later than its publication, each
 * with its place in the front matter: most often a correction made the day the article came out,
 * written as the day alone, which is that day's 00:00 (or a time mistyped). Its last change
 * (lastModified) stays its publication, so the sitemap's lastmod, dateModified, 时间因子's upDate
 * and the Baidu push (which sends an article again only when its lastmod moves) never say it changed.
 */
export function changesUnseen(written: Changes & { date: Date }): DatedChange[] {
  return datedChanges(written).filter(({ date }) => date.getTime() <= written.date.getTime());
}

/** When an article last changed for readers: its date, its 更新 time or its latest 更正, whichever is latest. */
export function lastModified(article: Changes & { date: Date }): Date {
  return new Date(Math.max(article.date.getTime(), ...datedChanges(article).map(({ date }) => date.getTime())));
}

/** Why an article would not be published yet, for marking it in `npm run dev` (a withdrawn one is not shown at all). */
export function unpublishedReason(article: Publishable, now: Date): '草稿' | '定时发布' | undefined {
  const state = standing(article, now);
  return state === '草稿' || state === '定时发布' ? state : undefined;
}

/**
 * The build's "now": BAODAO_NOW when set (an ISO date with its offset, so that it never
 * depends on the machine's time zone), else the clock.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env['BAODAO_NOW'];
  if (!fixed) return new Date();
  const date = new Date(fixed);
  if (Number.isNaN(date.getTime()) || !/\d[T ]\d.*(Z|[+-]\d\d:?\d\d)$/i.test(fixed.trim())) {
    throw new ContentError([
      { file: '环境变量 BAODAO_NOW', field: '', message: `“${fixed}”不是带时区的时间，请写成 2024-01-23T09:08:47+08:00 这样` },
    ]);
  }
  return date;
}
