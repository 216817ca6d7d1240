import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PAGES_SITE_LIMIT, siteSizeWarning, tarSize } from './site-size.ts';

describe('tarSize', () => {
  test.each([
    [[], 1],
    [[0], 1],
    [[1, 512, 513], 1],
    [[2000, 1_962, 19_552, 0, 511], 3],
  ])('files of %j bytes in %i folders take what tar writes', (sizes, folders) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'baodao-tar-'));
    try {
      const site = path.join(dir, 'dist');
      const paths = [site, ...Array.from({ length: folders - 1 }, (_, i) => path.join(site, `d${i}`))];
      for (const folder of paths) mkdirSync(folder, { recursive: true });
      sizes.forEach((bytes, i) => writeFileSync(path.join(paths[i % paths.length]!, `f${i}`), Buffer.alloc(bytes, 'x')));
      // No padding of the archive to tar's 10 KB records: what is left is the tar format itself.
      const tar = execFileSync('tar', ['--record-size=512', '-cf', '-', '-C', site, '.']);
      expect(tarSize(sizes, folders)).toBe(tar.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('siteSizeWarning', () => {
  test('no warning well under the limit', () => {
    expect(siteSizeWarning({ artifactBytes: 394_312_192, articles: 10_000 })).toBeUndefined();
    expect(siteSizeWarning({ artifactBytes: PAGES_SITE_LIMIT * 0.79, articles: 20_000 })).toBeUndefined();
  });

  test('near the limit: how full, and about how many more articles fit', () => {
    const warning = siteSizeWarning({ artifactBytes: PAGES_SITE_LIMIT * 0.9, articles: 9_000 });
    // 0.1 of the limit left, at 0.9/9,000 of it an article: 1,000 more.
    expect(warning).toContain('的 90%');
    expect(warning).toContain('再发约 1,000 篇就会超过');
    expect(warning).toContain('README “Deploy”');
  });

  test('over the limit: the deploy may fail', () => {
    const warning = siteSizeWarning({ artifactBytes: PAGES_SITE_LIMIT + 1, articles: 30_000 });
    expect(warning).toContain('的 100%');
    expect(warning).toContain('可能失败');
    expect(warning).not.toContain('再发');
  });
});
