/** 归档: articles by year and month, months as the site's time zone counts them. */
import { zonedParts } from './dates.ts';

export interface Dated {
  data: { date: Date };
}

export interface ArchiveMonth<A extends Dated> {
  year: number;
  month: number;
  /** Newest first, when the input is. */
  articles: A[];
}

export interface ArchiveYear<A extends Dated> {
  year: number;
  count: number;
  /** Newest month first. */
  months: ArchiveMonth<A>[];
}

/** Groups articles (newest first) into years and months, newest first. */
export function groupByMonth<A extends Dated>(articles: readonly A[], timeZone: string): ArchiveYear<A>[] {
  const months = new Map<string, ArchiveMonth<A>>();
  for (const article of articles) {
    const { year, month } = zonedParts(article.data.date, timeZone);
    const key = `${year}-${month}`;
    let entry = months.get(key);
    if (!entry) months.set(key, (entry = { year, month, articles: [] }));
    entry.articles.push(article);
  }
  const years = new Map<number, ArchiveYear<A>>();
  for (const entry of [...months.values()].sort((a, b) => b.year - a.year || b.month - a.month)) {
    let year = years.get(entry.year);
    if (!year) years.set(entry.year, (year = { year: entry.year, count: 0, months: [] }));
    year.months.push(entry);
    year.count += entry.articles.length;
  }
  return [...years.values()];
}
