/**
 * 置顶: an article flagged `pinned` leads its section's listing (page 1, and the section's
 * block on the front page) whatever its date, marked 置顶. Every other list stays by date.
 * The one place for what a pin is, how a pinned listing is ordered, how many pins a section
 * takes and when a pin looks forgotten.
 */

/**
 * At most this many pins in one section. The front page shows 6 titles of a section: with 3
 * pinned, half of them (and 17 of the listing's 20) are still the latest news; more pins would
 * push the news off the front page and page 1, which a list of notices should never do.
 */
export const PINNED_LIMIT = 3;

/** A pin on an article older than this many days is named in the content check's notice (still honoured). */
export const PIN_NOTICE_DAYS = 30;

const DAY = 24 * 60 * 60 * 1000;

export const isPinned = (data: { flags: readonly string[] }): boolean => data.flags.includes('pinned');

/**
 * A section's listing: its pinned articles first, then the rest. `articles` come newest first
 * and each group keeps that order, so several pins stand newest first; every article is in
 * the result once, so the listing's count and pages are what they were.
 */
export function pinnedFirst<A extends { data: { flags: readonly string[] } }>(articles: readonly A[]): A[] {
  const pinned = articles.filter((article) => isPinned(article.data));
  return pinned.length === 0 ? [...articles] : [...pinned, ...articles.filter((article) => !isPinned(article.data))];
}

/** A pinned article as the content check sees it: its file, section id and date. */
export interface Pin {
  file: string;
  section: string;
  date: Date;
}

/**
 * What is wrong with the pins of the articles readers will see (published or scheduled: the
 * build that publishes a scheduled one runs unattended): a section with more than
 * PINNED_LIMIT, told at each of its pinned files with the others named. `sectionName` gives
 * a section's name as readers know it.
 */
export function pinProblems(pins: readonly Pin[], sectionName: (id: string) => string): { file: string; field: string; message: string }[] {
  const problems: { file: string; field: string; message: string }[] = [];
  for (const [section, inSection] of Map.groupBy(pins, (pin) => pin.section)) {
    if (inSection.length <= PINNED_LIMIT) continue;
    for (const pin of inSection) {
      const others = inSection.filter((other) => other !== pin).map((other) => other.file);
      problems.push({
        file: pin.file,
        field: 'flags',
        message: `栏目 ${section}（${sectionName(section)}）有 ${inSection.length} 篇置顶文章，最多 ${PINNED_LIMIT} 篇（置顶太多会把最新的新闻挤出栏目第一页和首页）：请去掉 ${inSection.length - PINNED_LIMIT} 篇的 pinned。同栏目置顶的还有：${others.join('、')}`,
      });
    }
  }
  return problems;
}

/** Pins on articles dated more than PIN_NOTICE_DAYS before `now`, oldest first: perhaps forgotten. */
export function oldPins<P extends Pin>(pins: readonly P[], now: Date): P[] {
  return pins.filter((pin) => now.getTime() - pin.date.getTime() > PIN_NOTICE_DAYS * DAY).sort((a, b) => a.date.getTime() - b.date.getTime());
}
