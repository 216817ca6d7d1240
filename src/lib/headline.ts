/**
 * 头条: the front page's lead story, and when it looks forgotten. The one place for the rule:
 * the newest published article flagged `headline`, or the newest article when none is.
 */

/** A 头条 dated more than this many days before the build, with later news, is named in the content check's notice (still honoured). */
export const HEADLINE_NOTICE_DAYS = 7;

const DAY = 24 * 60 * 60 * 1000;

export const isHeadline = (data: { flags: readonly string[] }): boolean => data.flags.includes('headline');

/** The 头条 of `articles` (newest first): the newest flagged `headline`, else the newest. */
export function headlineOf<A extends { data: { flags: readonly string[] } }>(articles: readonly A[]): A | undefined {
  return articles.find((article) => isHeadline(article.data)) ?? articles[0];
}

/**
 * The 头条 of `articles` (published, newest first) when it looks forgotten: flagged `headline`,
 * dated more than HEADLINE_NOTICE_DAYS before `now`, and with articles published after it (the
 * front page lists them under a lead story older than they are), with how many. A flag stays
 * until an editor flags a later article: one nobody remembers keeps an old story at the top of
 * the front page for good.
 */
export function staleHeadline<A extends { data: { flags: readonly string[]; date: Date } }>(
  articles: readonly A[],
  now: Date,
): { headline: A; newer: number } | undefined {
  const headline = headlineOf(articles);
  if (!headline || !isHeadline(headline.data)) return undefined;
  if (now.getTime() - headline.data.date.getTime() <= HEADLINE_NOTICE_DAYS * DAY) return undefined;
  const newer = articles.indexOf(headline);
  return newer > 0 ? { headline, newer } : undefined;
}
