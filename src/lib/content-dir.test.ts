import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { temporaryFolders } from '../../tests/support/temporary.ts';
import { savedSections } from './content-dir.ts';

const folder = temporaryFolders();

const today = '- id: today\n  name: 今日资讯\n  order: 1\n';
const law = '- id: law\n  name: 法治要闻\n  order: 2\n';

describe('savedSections', () => {
  /** A content folder whose sections.yaml holds `text`, its sections as read, and a way to save it again. */
  function saved(text: string, options?: Parameters<typeof savedSections>[1]) {
    const dir = folder('baodao-sections-');
    const file = path.join(dir, 'sections.yaml');
    writeFileSync(file, text);
    const sections = savedSections(dir, options);
    const ids = () => sections.list().map(({ id }) => id);
    return { sections, ids, save: (now: string) => writeFileSync(file, now) };
  }

  const development = { development: true };

  test('in development, a section added or taken out since the first read is in the list, or gone from it', () => {
    const { sections, ids, save } = saved(today, development);
    expect(ids()).toEqual(['today']);
    expect(path.basename(sections.file)).toBe('sections.yaml');
    save(today + law);
    expect(ids()).toEqual(['today', 'law']);
    save(law);
    expect(ids()).toEqual(['law']);
  });

  test('in development, a file that cannot be read keeps the last list, until it is saved right', () => {
    const { ids, save } = saved(today + law, development);
    // A mistake, then a save read half-written.
    save(`${today}${law}  order: 2a\n`);
    expect(ids()).toEqual(['today', 'law']);
    save(`${today}- id: law\n`);
    expect(ids()).toEqual(['today', 'law']);
    save(today);
    expect(ids()).toEqual(['today']);
  });

  test('a build reads the file once: a save while it runs, right or with a mistake, changes no list', () => {
    const { ids, save } = saved(today);
    expect(ids()).toEqual(['today']);
    save(today + law);
    expect(ids()).toEqual(['today']);
    save(`${today}${law}  order: 2a\n`);
    expect(ids()).toEqual(['today']);
  });

  test('a first read that fails says what is wrong, in the file’s words', () => {
    expect(() => saved(`${today}- id: law\n  name: 法治要闻\n  order: 1\n`)).toThrow(/order 1 与栏目 today（今日资讯）相同/);
  });

  test('in development, a file with a mistake when the server starts is no sections, until it is saved right', () => {
    const { ids, save } = saved(`${today}${law}  order: 2a\n`, development);
    expect(ids()).toEqual([]);
    save(today + law);
    expect(ids()).toEqual(['today', 'law']);
  });
});
