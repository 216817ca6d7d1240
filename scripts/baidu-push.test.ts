/**
 * `npm run baidu-push`: the articles a build adds are found against the live site's sitemaps,
 * and pushed to Baidu as its API takes them. A local server plays the live site and Baidu.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import site from '../src/site.config.ts';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'baodao-push-'));
const file = path.join(dir, 'push.txt');

const index = (origin: string) => `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin}/sitemap-0.xml</loc></sitemap></sitemapindex>`;
const urlset = (urls: [string, string?][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls
    .map(([loc, lastmod]) => `<url><loc>${site.url}${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
    .join('')}</urlset>`;

/** What the live site has: one article, and one that a 更正 changes in the build. */
const LIVE: [string, string?][] = [
  ['/'],
  ['/articles/2024/01/old/', '2024-01-23T09:08:47+08:00'],
  ['/articles/2024/01/corrected/', '2024-01-24T09:00:00+08:00'],
];
const BUILT: [string, string?][] = [
  ['/'],
  ['/tags/新标签/'],
  ['/articles/2024/01/old/', '2024-01-23T09:08:47+08:00'],
  ['/articles/2024/01/corrected/', '2024-02-01T10:00:00+08:00'],
  ['/articles/2024/02/new/', '2024-02-02T08:00:00+08:00'],
];

/** Requests to the Baidu stand-in, and what it answers next. */
const pushed: { query: URLSearchParams; body: string }[] = [];
let answer: object = {};
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url!, origin);
    if (request.method === 'POST' && url.pathname === '/urls') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        pushed.push({ query: url.searchParams, body });
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
      });
      return;
    }
    // As the real site's: its index names the sitemaps at the public address, not this server's.
    const files: Record<string, string> = { '/sitemap-index.xml': index(site.url), '/sitemap-0.xml': urlset(LIVE) };
    const found = files[url.pathname];
    response.writeHead(found ? 200 : 404).end(found ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dist = path.join(dir, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'sitemap-index.xml'), index(site.url));
  writeFileSync(path.join(dist, 'sitemap-0.xml'), urlset(BUILT));
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const push = async (args: string[], env: Record<string, string> = {}) => {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/baidu-push.ts', ...args], { env: { ...process.env, BAIDU_PUSH_TOKEN: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

describe('npm run baidu-push', () => {
  test('list: the articles the live site lacks or has older, newest first, and no listing', async () => {
    const result = await push(['list', file, '--live', origin, '--dist', path.join(dir, 'dist')]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(`${site.url}/articles/2024/02/new/\n${site.url}/articles/2024/01/corrected/\n`);
    expect(result.stdout).toContain('新的或更新了的文章 2 篇');
  });

  test('list: a live site out of reach (the first deploy) means nothing to push, and the deploy goes on', async () => {
    const result = await push(['list', file, '--live', 'http://127.0.0.1:9', '--dist', path.join(dir, 'dist')]);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('');
    expect(result.stderr).toMatch(/^警告 \(warning\): 读不到线上网站的 sitemap/);
  });

  test('list and send: a live site or an API that never answers is given up after --timeout, and the deploy goes on', async () => {
    const waiting: ServerResponse[] = [];
    const silent = createServer((_, response) => waiting.push(response));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const listed = await push(['list', file, '--live', address, '--dist', path.join(dir, 'dist'), '--timeout', '1']);
      expect(listed.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe('');
      expect(listed.stderr).toMatch(/^警告 \(warning\): 读不到线上网站的 sitemap（1 秒内没有回应；/);
      writeFileSync(file, `${site.url}/articles/2024/02/new/\n`);
      const sent = await push(['send', file, '--endpoint', `${address}/urls`, '--timeout', '1'], { BAIDU_PUSH_TOKEN: 'sekrit' });
      expect(sent.code).toBe(0);
      expect(sent.stderr).toMatch(/^警告 \(warning\): 推送失败：1 秒内没有回应/);
    } finally {
      for (const response of waiting) response.end();
      silent.close();
    }
  });

  test('send: pushes the list with the token and says what Baidu took', async () => {
    writeFileSync(file, `${site.url}/articles/2024/02/new/\n${site.url}/articles/2024/01/corrected/\n`);
    answer = { remain: 8, success: 2, not_same_site: [], not_valid: [] };
    pushed.length = 0;
    const result = await push(['send', file, '--endpoint', `${origin}/urls`], { BAIDU_PUSH_TOKEN: 'sekrit' });
    expect(result.code, result.stderr).toBe(0);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]!.query.get('site')).toBe(site.url);
    expect(pushed[0]!.query.get('token')).toBe('sekrit');
    expect(pushed[0]!.body).toBe(`${site.url}/articles/2024/02/new/\n${site.url}/articles/2024/01/corrected/`);
    expect(result.stdout).toContain('百度收下 2 个地址，今天还可推送 8 个');
  });

  test('send: a refusal is a warning in Chinese, never a failed deploy; without a token nothing is sent', async () => {
    // Its own list: the file is whatever the test before left (none, or the empty list of a live site out of reach).
    writeFileSync(file, `${site.url}/articles/2024/02/new/\n`);
    answer = { error: 400, message: 'over quota' };
    const refused = await push(['send', file, '--endpoint', `${origin}/urls`], { BAIDU_PUSH_TOKEN: 'sekrit' });
    expect(refused.code).toBe(0);
    expect(refused.stderr).toContain('今天的推送额度已用完');
    expect(refused.stderr).not.toMatch(/^\s+at /m);
    pushed.length = 0;
    const untokened = await push(['send', file, '--endpoint', `${origin}/urls`]);
    expect(untokened.code).toBe(0);
    expect(untokened.stdout).toContain('没有设置 BAIDU_PUSH_TOKEN');
    expect(pushed).toHaveLength(0);
  });

  test('a wrong command line, or no build to list, fails with the usage or the reason', async () => {
    const wrong = await push(['lsit', file]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('用法：npm run baidu-push');
    const unbuilt = await push(['list', file, '--live', origin, '--dist', path.join(dir, 'no-build')]);
    expect(unbuilt.code).toBe(1);
    expect(unbuilt.stderr).toContain('先运行 npm run build');
  });
});
