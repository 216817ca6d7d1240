/**
 * Tells Baidu about new articles as soon as they are published (百度搜索资源平台 普通收录,
 * API 提交), instead of waiting for its crawler. Two steps around a deploy:
 *
 *   npm run baidu-push -- list <file> [--live <address>] [--dist dist]
 *     before it: the articles of the build (its sitemaps) that the live site lacks, or has
 *     with an earlier lastmod (更新, 更正), newest first, one address a line, into <file>;
 *   npm run baidu-push -- send <file>
 *     after it: pushes them with the site's token (BAIDU_PUSH_TOKEN), 2,000 a request at most,
 *     and says what Baidu answered.
 *
 * A push is a favour to the site, not part of publishing it: any problem (live site out of
 * reach, no token, a refusal, the day's quota used up) is printed as a warning and the exit
 * code stays 0, so the deploy goes on. Only a wrong command line, or no build to list, fails.
 * `--endpoint` replaces Baidu's address (tests use their own server). Every request gives up
 * after `--timeout` seconds (30 by default): a live site or an API that accepts the connection
 * and never answers would otherwise hold the deploy for minutes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newArticles, readSitemaps } from '../src/lib/sitemaps.ts';
import { absoluteUrl, sitemapUrl } from '../src/lib/urls.ts';
import site from '../src/site.config.ts';

const USAGE = `用法：npm run baidu-push -- list <地址文件> [--live 线上网站地址] [--dist 网站文件夹] [--timeout 秒数]
      npm run baidu-push -- send <地址文件> [--endpoint 接口地址] [--timeout 秒数]（需设置环境变量 BAIDU_PUSH_TOKEN）`;
/** Baidu's API for new pages, and the most addresses it takes in one request. */
const BAIDU_API = 'http://data.zz.baidu.com/urls';
const PER_REQUEST = 2000;
/** Baidu's answers, in words for the person reading the deploy log. */
const REFUSALS: Record<string, string> = {
  'site error': '站点未在百度搜索资源平台验证，或 site.config.ts 的 url 与验证的站点不一致',
  'empty content': '推送的内容为空',
  'only 2000 urls are allowed once': '一次最多推送 2000 个地址',
  'over quota': '今天的推送额度已用完，明天再推',
  'token is not valid': 'BAIDU_PUSH_TOKEN 不对：请到百度搜索资源平台“普通收录 → API提交”复制',
  'not found': '接口地址不对',
};

const warn = (message: string) => console.warn(`警告 (warning): ${message}`);

/** Seconds each request may take (--timeout). */
let timeout = 30;
/** What went wrong with a request, for the log: a timeout said in Chinese. */
const failure = (error: unknown) =>
  error instanceof Error && error.name === 'TimeoutError' ? `${timeout} 秒内没有回应` : error instanceof Error ? error.message : String(error);

function readArgs() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { live: { type: 'string' }, dist: { type: 'string' }, endpoint: { type: 'string' }, timeout: { type: 'string' } },
    });
    const [command, file, ...rest] = positionals;
    const timeout = Number(values.timeout ?? 30);
    if ((command !== 'list' && command !== 'send') || !file || rest.length > 0 || !(timeout > 0)) throw new Error();
    return { command, file, ...values, timeout };
  } catch {
    console.error(USAGE);
    process.exit(1);
  }
}

async function list(file: string, live: string, dist: string): Promise<void> {
  let built: Map<string, string | undefined>;
  try {
    built = await readSitemaps(absoluteUrl(sitemapUrl(), site.url), (address) => readFile(path.join(dist, new URL(address, site.url).pathname), 'utf8'));
  } catch {
    console.error(`${dist} 里没有完整的 sitemap：先运行 npm run build`);
    process.exit(1);
  }
  let known: Map<string, string | undefined>;
  try {
    // The index names its sitemaps at the site's public address: ask the live site for them.
    known = await readSitemaps(absoluteUrl(sitemapUrl(), live), async (address) => {
      const response = await fetch(absoluteUrl(new URL(address, live).pathname, live), { signal: AbortSignal.timeout(timeout * 1000) });
      if (!response.ok) throw new Error(`${address}: HTTP ${response.status}`);
      return response.text();
    });
  } catch (error) {
    await writeFile(file, '');
    warn(`读不到线上网站的 sitemap（${failure(error)}；第一次发布时如此），这次不推送`);
    return;
  }
  const pages = newArticles(known, built);
  await writeFile(file, pages.map((page) => `${page}\n`).join(''));
  console.log(`新的或更新了的文章 ${pages.length} 篇，写入 ${file}`);
}

/** What Baidu answered one request: it took some, or refused (and then no request after it can do better). */
async function push(pages: string[], endpoint: string, token: string): Promise<boolean> {
  const address = `${endpoint}?site=${encodeURIComponent(site.url)}&token=${encodeURIComponent(token)}`;
  let reply: { success?: number; remain?: number; not_same_site?: string[]; not_valid?: string[]; error?: number; message?: string };
  try {
    const response = await fetch(address, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: pages.join('\n'),
      signal: AbortSignal.timeout(timeout * 1000),
    });
    reply = (await response.json()) as typeof reply;
  } catch (error) {
    warn(`推送失败：${failure(error)}`);
    return false;
  }
  if (reply.error !== undefined || reply.success === undefined) {
    warn(`百度拒绝了推送：${(reply.message && REFUSALS[reply.message]) ?? reply.message ?? '没有说明'}（${reply.error ?? ''} ${reply.message ?? ''}）`);
    return false;
  }
  console.log(`百度收下 ${reply.success} 个地址，今天还可推送 ${reply.remain ?? '?'} 个`);
  if (reply.not_same_site?.length) warn(`不属于本站、未收下的地址：${reply.not_same_site.join(' ')}`);
  if (reply.not_valid?.length) warn(`无效、未收下的地址：${reply.not_valid.join(' ')}`);
  return true;
}

async function send(file: string, endpoint: string): Promise<void> {
  const token = process.env['BAIDU_PUSH_TOKEN'];
  if (!token) {
    console.log('没有设置 BAIDU_PUSH_TOKEN：不推送');
    return;
  }
  let pages: string[];
  try {
    pages = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
  } catch {
    warn(`读不到地址文件 ${file}：不推送`);
    return;
  }
  if (pages.length === 0) {
    console.log('没有新文章要推送');
    return;
  }
  for (let from = 0; from < pages.length; from += PER_REQUEST) {
    if (!(await push(pages.slice(from, from + PER_REQUEST), endpoint, token))) return;
  }
}

const args = readArgs();
timeout = args.timeout;
if (args.command === 'list') await list(args.file, args.live ?? site.url, args.dist ?? 'dist');
else await send(args.file, args.endpoint ?? BAIDU_API);
