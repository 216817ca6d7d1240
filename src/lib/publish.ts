/**
 * The one rule for what readers may see: an article is published when it is not a draft and
 * its date has come. `now` is a parameter so the rule can be tested; builds pass the build
 * time (or BAODAO_NOW, for reproducible builds).
 */
import { ContentError } from './errors.ts';

interface Publishable {
  draft: boolean;
  date: Date;
}

export function isPublished(article: Publishable, now: Date): boolean {
  return !article.draft && article.date.getTime() <= now.getTime();
}

/** When an article last changed for readers: its date, its 更新 time or its latest 更正, whichever is latest. */
export function lastModified(article: {
  date: Date;
  updated?: Date | undefined;
  corrections?: readonly { date: Date }[] | undefined;
}): Date {
  const times = [article.date, article.updated, ...(article.corrections ?? []).map((c) => c.date)]
    .filter((date): date is Date => date !== undefined)
    .map((date) => date.getTime());
  return new Date(Math.max(...times));
}

/** Why an article would not be published, for marking it in `npm run dev`. */
export function unpublishedReason(article: Publishable, now: Date): '草稿' | '定时发布' | undefined {
  if (article.draft) return '草稿';
  if (article.date.getTime() > now.getTime()) return '定时发布';
  return undefined;
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
