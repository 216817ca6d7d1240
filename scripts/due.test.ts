import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../tests/support/temporary.ts';

const HOUR = 3_600_000;
/** A front-matter date in the site's time zone (UTC+8), `hours` from now. */
const beijing = (hours: number) => new Date(Date.now() + hours * HOUR + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');

const temporary = temporaryFolders();

function content(articles: Record<string, string>) {
  const dir = temporary('due-');
  for (const [file, frontmatter] of Object.entries(articles)) {
    mkdirSync(path.dirname(path.join(dir, 'articles', file)), { recursive: true });
    writeFileSync(path.join(dir, 'articles', file), `---\n${frontmatter}\n---\n\n正文。\n`);
  }
  return dir;
}

/** Runs the script as the workflow does, under a machine time zone other than the site's. */
function due(dir: string, since: string) {
  const output = path.join(dir, 'github-output');
  writeFileSync(output, '');
  const run = spawnSync(process.execPath, ['scripts/due.ts', since], {
    encoding: 'utf8',
    env: { ...process.env, BAODAO_CONTENT: dir, GITHUB_OUTPUT: output, TZ: 'America/New_York' },
  });
  return { ...run, output: readFileSync(output, 'utf8') };
}

const anHourAgo = () => new Date(Date.now() - HOUR).toISOString();

describe('scripts/due.ts', () => {
  it('says due, naming the article, when one came out since the last build', () => {
    const dir = content({
      '2026/11/old.md': `title: 旧\ndate: ${beijing(-72)}`,
      '2026/11/due.md': `title: 到点\ndate: ${beijing(-0.5)}`,
      '2026/11/later.md': `title: 以后\ndate: ${beijing(5)}`,
    });
    const run = due(dir, anHourAgo());
    expect(run.output).toBe('due=true\n');
    expect(run.stdout).toContain('1 篇文章已到发布时间');
    expect(run.stdout).toContain(path.join(dir, 'articles/2026/11/due.md'));
    expect(run.status).toBe(0);
  });

  it('says not due when nothing came out (a draft or a withdrawn article does not)', () => {
    const dir = content({
      '2026/11/old.md': `title: 旧\ndate: ${beijing(-72)}`,
      '2026/11/draft.md': `title: 草稿\ndate: ${beijing(-0.5)}\ndraft: true`,
      '2026/11/gone.md': `title: 撤稿\ndate: ${beijing(-0.5)}\nwithdrawn:\n  date: ${beijing(-0.2)}\n  reason: 错误`,
      '2026/11/later.md': `title: 以后\ndate: ${beijing(5)}`,
    });
    const run = due(dir, anHourAgo());
    expect(run.output).toBe('due=false\n');
    expect(run.status).toBe(0);
  });

  it('says due on a quiet day when an article\'s two days in the news sitemap ended since the last build, naming it', () => {
    const dir = content({
      '2026/11/old.md': `title: 旧\ndate: ${beijing(-72)}`,
      '2026/11/ended.md': `title: 满两天\ndate: ${beijing(-48.5)}`,
      '2026/11/recent.md': `title: 昨天\ndate: ${beijing(-24)}`,
    });
    const run = due(dir, anHourAgo());
    expect(run.output).toBe('due=true\n');
    expect(run.stdout).toContain('1 篇文章发布已满两天');
    expect(run.stdout).toContain(path.join(dir, 'articles/2026/11/ended.md'));
    expect(run.stdout).not.toContain('recent.md');
  });

  it('says not due when no article\'s two days ended since the last build (a draft\'s or a withdrawn article\'s do not count)', () => {
    const dir = content({
      '2026/11/before.md': `title: 上次构建前已满两天\ndate: ${beijing(-49.5)}`,
      '2026/11/recent.md': `title: 昨天\ndate: ${beijing(-47.5)}`,
      '2026/11/draft.md': `title: 草稿\ndate: ${beijing(-48.5)}\ndraft: true`,
      '2026/11/gone.md': `title: 撤稿\ndate: ${beijing(-48.5)}\nwithdrawn:\n  date: ${beijing(-47)}\n  reason: 错误`,
    });
    expect(due(dir, anHourAgo()).output).toBe('due=false\n');
  });

  it.each([
    ['a time without its offset', '2026-11-27 09:02', {}],
    ['no time', '', {}],
    ['front matter it cannot read', anHourAgo(), { '2026/11/bad.md': 'title: [没有结尾' }],
  ])('builds anyway on %s', (_, since, articles) => {
    const run = due(content(articles), since);
    expect(run.output).toBe('due=true\n');
    expect(run.stderr).not.toMatch(/\bat /);
  });
});
