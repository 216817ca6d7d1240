/**
 * One tag written two ways across the site, differing only in case or in spaces (Law and law,
 * COVID 19 and COVID19): each would be a tag page of its own, each listing half the articles,
 * and /tags/Law/ and /tags/law/ are one folder on a Mac's or a PC's disk, where one page
 * silently takes the other's place. Refused, not warned of: the fix is a word in the file named,
 * and the site must not build a page that a disk may lose.
 */
import type { Problem } from './errors.ts';

/** Tags shown apart only by case and spaces are one tag. */
const tagKey = (tag: string) => tag.toLowerCase().replace(/\s+/g, '');

/** Other files named in a message, before “等”. */
const FILES_SHOWN = 3;

/**
 * What is wrong with the tags of `articles` (each a file and its tags): a spelling of a tag that
 * another spelling of it outnumbers is told to be written as that one (files using it named);
 * where none outnumbers the others, every file is told of the others.
 */
export function tagSpellingProblems(articles: readonly { file: string; tags: readonly string[] }[]): Problem[] {
  /** Spellings of each tag, each with the files that use it. */
  const byKey = new Map<string, Map<string, string[]>>();
  for (const { file, tags } of articles) {
    for (const tag of tags) {
      const spellings = byKey.get(tagKey(tag)) ?? new Map<string, string[]>();
      byKey.set(tagKey(tag), spellings);
      spellings.set(tag, [...(spellings.get(tag) ?? []), file]);
    }
  }
  const problems: Problem[] = [];
  for (const spellings of byKey.values()) {
    if (spellings.size < 2) continue;
    const most = Math.max(...[...spellings.values()].map((files) => files.length));
    const leading = [...spellings].filter(([, files]) => files.length === most);
    const usual = leading.length === 1 ? leading[0]![0] : undefined;
    for (const [tag, files] of spellings) {
      if (tag === usual) continue;
      const others = [...spellings].filter(([other]) => other !== tag && (usual === undefined || other === usual));
      const written = others
        .map(([other, where]) => {
          const shown = where.slice(0, FILES_SHOWN).join('、') + (where.length > FILES_SHOWN ? ` 等 ${where.length} 篇` : ' ');
          return `${shown}写作“${other}”`;
        })
        .join('，');
      const fix = usual === undefined ? '请统一成一种写法' : `请写成“${usual}”`;
      for (const file of new Set(files)) {
        problems.push({
          file,
          field: 'tags',
          message: `标签“${tag}”与另一种写法只差大小写或空格（${written}）：${fix}，否则会成为两个标签页，在 Windows、macOS 上还会互相覆盖`,
        });
      }
    }
  }
  return problems;
}
