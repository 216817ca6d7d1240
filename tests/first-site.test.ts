/**
 * A newsroom's first site: sections, the footer's 单页 and one article, no people/, an empty
 * topics/ (as a newsroom that has not written a topic yet keeps it). It builds, and the build
 * says nothing in English about the folders it does not need yet.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runBuild, type BuildRun } from './support/build.ts';
import { ROOT } from './support/site.ts';

const CONTENT = path.join(ROOT, '.build/first-site-content');
const OUT = path.join(ROOT, '.build/first-site');

describe('a site with no people and no topics yet', () => {
  let run: BuildRun;
  beforeAll(() => {
    rmSync(CONTENT, { recursive: true, force: true });
    cpSync(path.join(ROOT, 'tests/fixtures/first-site'), CONTENT, { recursive: true });
    mkdirSync(path.join(CONTENT, 'topics'));
    run = runBuild({ BAODAO_CONTENT: CONTENT, BAODAO_OUT: OUT });
  }, 180_000);

  test('builds', () => {
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(path.join(OUT, 'articles/2025/01/chunjie-shipin-anquan-choujian/index.html'), 'utf8')).toContain('<html lang="zh-CN"');
  });

  test('with no warning from Astro about the folders it lacks (it warned, in English, of each folder and collection)', () => {
    expect(run.output).not.toMatch(/\[WARN\]|does not exist|No files found|is empty/);
  });

  test('its people and topics listings say there is none yet', () => {
    const text = (page: string) => readFileSync(path.join(OUT, page), 'utf8');
    expect(text('people/index.html')).toContain('暂无人员信息');
    expect(text('topics/index.html')).toContain('暂无专题');
  });
});
