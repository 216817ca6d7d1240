import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../src/lib/check-content.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { writeCorpus } from './bench-corpus.ts';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'baodao-corpus-'));

describe('the benchmark corpus', () => {
  const dir = tmp();
  const stats = writeCorpus({ articles: 300, dir, pages: ['about'] });

  test('is valid under the site schema, with the pages the footer names', async () => {
    const result = await checkContent(dir, { timeZone: 'Asia/Shanghai', name: '法治报道', footer: { pages: ['about'] } }, new Date('2030-01-01'));
    expect(result.problems).toEqual([]);
    expect(result.articles).toBe(300);
  });

  test('has Chinese bodies of 1,500–3,000 characters, over several years', () => {
    expect(stats.characters / 300).toBeGreaterThan(1500);
    expect(stats.characters / 300).toBeLessThan(3300);
    expect(stats.years.length).toBeGreaterThanOrEqual(5);
  });

  test('is the same every time', () => {
    const again = tmp();
    writeCorpus({ articles: 300, dir: again });
    const first = readFileSync(path.join(dir, 'sections.yaml'), 'utf8');
    expect(readFileSync(path.join(again, 'sections.yaml'), 'utf8')).toBe(first);
    const sample = (d: string) => readFileSync(path.join(d, 'articles/2020/01/bench-000000.md'), 'utf8');
    expect(sample(again)).toBe(sample(dir));
    expect(readFrontmatter(sample(dir)).data['section']).toBeTypeOf('string');
  });
});
