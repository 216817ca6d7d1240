import { describe, expect, test } from 'vitest';
import { relatedArticles, type Relatable } from './related.ts';

let clock = Date.UTC(2024, 0, 1);
/** Articles are made oldest first; `newest` lists them newest first as the site does. */
function article(id: string, section: string, tags: string[]): Relatable {
  clock += 3600_000;
  return { id, data: { section, tags, date: new Date(clock) } };
}
const newest = (...list: Relatable[]) => [...list].sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
const ids = (list: Relatable[] | undefined) => (list ?? []).map((a) => a.id);

describe('relatedArticles', () => {
  test('more shared tags first, then same section, then newest', () => {
    const a = article('a', 'law', ['民政', '潍坊', '社会组织']);
    const twoTags = article('two-tags', 'video', ['民政', '潍坊']);
    const oneTagSameSection = article('one-tag-same', 'law', ['民政']);
    const oneTagOtherOld = article('one-tag-other-old', 'video', ['社会组织']);
    const oneTagOtherNew = article('one-tag-other-new', 'video', ['潍坊']);
    const sameSectionNoTag = article('same-section', 'law', ['其他']);
    const unrelatedNewest = article('unrelated', 'video', ['其他']);
    const related = relatedArticles(
      newest(a, twoTags, oneTagSameSection, oneTagOtherOld, oneTagOtherNew, sameSectionNoTag, unrelatedNewest),
    );
    expect(ids(related.get('a'))).toEqual(['two-tags', 'one-tag-same', 'one-tag-other-new', 'one-tag-other-old', 'same-section']);
  });

  test('never the article itself, and at most the limit', () => {
    const list = newest(...Array.from({ length: 12 }, (_, i) => article(`x${i}`, 'law', ['民政'])));
    const related = relatedArticles(list);
    for (const item of list) {
      const chosen = ids(related.get(item.id));
      expect(chosen).toHaveLength(5);
      expect(chosen).not.toContain(item.id);
      expect(new Set(chosen).size).toBe(5);
    }
    expect(ids(relatedArticles(list, { limit: 3 }).get('x0'))).toHaveLength(3);
  });

  test('without shared tags: the same section, then the newest of the site', () => {
    const lonely = article('lonely', 'law', []);
    const law1 = article('law1', 'law', ['a']);
    const video1 = article('video1', 'video', ['b']);
    const law2 = article('law2', 'law', ['c']);
    const video2 = article('video2', 'video', ['d']);
    expect(ids(relatedArticles(newest(lonely, law1, video1, law2, video2)).get('lonely'))).toEqual([
      'law2',
      'law1',
      'video2',
      'video1',
    ]);
  });

  test('a site of one article has nothing related', () => {
    expect(ids(relatedArticles([article('only', 'law', ['a'])]).get('only'))).toEqual([]);
  });

  test('only articles it is given (published ones) are chosen', () => {
    const published = article('published', 'law', ['民政']);
    article('draft', 'law', ['民政']); // made but not passed in, as the index leaves drafts out
    const other = article('other', 'law', ['民政']);
    expect(ids(relatedArticles(newest(published, other)).get('other'))).toEqual(['published']);
  });
});
