/**
 * Articles imported from an old CMS's export (`npm run import`) build, read as the old
 * articles did, keep their old addresses and are found by search.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, expect, inject, test } from 'vitest';
import { runBuild } from './support/build.ts';
import { squash } from './support/html.ts';
import { openSiteSearch } from './support/pagefind.ts';
import { ROOT, oldAddressesOf, readPage } from './support/site.ts';

const CONTENT = path.join(ROOT, '.build/import-content');
/** The site's public folder, copied as the content is: the import copies attachments into it. */
const PUBLIC = path.join(ROOT, '.build/import-public');
const OUT = path.join(ROOT, '.build/import-site');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const ARTICLE = '/articles/2024/01/12345/';

let article: HTMLElement;
beforeAll(() => {
  for (const [from, to] of [
    ['content', CONTENT],
    ['public', PUBLIC],
  ] as const) {
    rmSync(to, { recursive: true, force: true });
    cpSync(path.join(ROOT, from), to, { recursive: true });
  }
  for (const [csv, ...options] of [['dedecms.csv'], ['gbk.csv'], ['attachments.csv', '--old-host', 'www.fzbd.cn']]) {
    const run = spawnSync(
      process.execPath,
      ['scripts/import.ts', path.join(FIXTURES, csv!), '--sections', path.join(FIXTURES, 'sections.yaml'), '--files', path.join(FIXTURES, 'site'), ...options],
      { cwd: ROOT, env: { ...process.env, BAODAO_CONTENT: CONTENT, BAODAO_PUBLIC: PUBLIC }, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`import of ${csv} failed:\n${run.stderr}`);
  }
  const build = runBuild({ BAODAO_CONTENT: CONTENT, BAODAO_PUBLIC: PUBLIC, BAODAO_OUT: OUT, BAODAO_NOW: inject('buildNow') });
  if (build.status !== 0) throw new Error(`the imported content did not build:\n${build.output.slice(-4000)}`);
  article = parse(readPage(ARTICLE, OUT));
});

test('the title’s entities are decoded and the time is the old Unix time in Beijing', () => {
  expect(squash(article.querySelector('h1')!.textContent)).toBe('“枫桥经验”在潍坊落地生根');
  // 1706000000 is 2024-01-23 08:53:20 UTC.
  expect(article.querySelector('.article-meta time')!.textContent).toBe('2024-01-23 16:53:20');
  expect(squash(article.querySelector('.article-meta')!.textContent)).toContain('来源：法治报道');
});

test('the old section number is now the mapped section; the byline holds names, not 本报记者, and 通讯员 go to the dateline', () => {
  expect(squash(article.querySelector('.breadcrumb')!.textContent)).toContain('地方动态');
  expect(squash(article.querySelector('.byline')!.textContent)).toBe('作者：张文玉马远征');
  expect(squash(article.querySelector('.dateline')!.textContent)).toBe('（通讯员：王五）');
});

test('the body reads as the old one did: paragraphs, bold, a picture in the site’s sizes, a table', () => {
  const body = article.querySelector('.article__body')!.clone() as typeof article;
  // The dateline leading the first paragraph is the page's, read above.
  for (const dateline of body.querySelectorAll('.dateline')) dateline.remove();
  const paragraphs = body.querySelectorAll('p').map((p) => p.textContent.trim()).filter(Boolean);
  expect(paragraphs).toEqual([
    '潍坊市坚持和发展新时代“枫桥经验”，全市调解组织去年化解纠纷5239件。',
    '第二段：人民调解员扎根基层。',
    '第三段：调解协议履行率达到98%。',
    '调解室面积120m2，预约见www.fzbd.cn/tiaojie，或到现场。',
    '潍坊市司法局',
  ]);
  // The 落款 the old body set at the right is at the right, as on the old page.
  expect(body.querySelectorAll('p.align-right').map((p) => p.textContent)).toEqual(['潍坊市司法局']);
  expect(body.querySelector('sup')!.textContent).toBe('2');
  expect(body.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['http://www.fzbd.cn/tiaojie']);
  expect(body.querySelector('strong')!.textContent).toBe('枫桥经验');
  expect(body.querySelector('img')!.getAttribute('srcset')).toMatch(/ 360w/);
  expect(body.querySelectorAll('th').map((th) => th.textContent)).toEqual(['项目', '数量']);
  expect(body.textContent).not.toMatch(/返回顶部|广告|#p#|责任编辑/);
});

test('an old body’s 腾讯视频 player plays on the page: at https://, fitted to the column in its shape, named for screen readers by the title', () => {
  const players = article.querySelectorAll('.article__body iframe');
  expect(players).toHaveLength(1);
  const player = players[0]!;
  // Saved at http:// by the old CMS, which an https page blocks.
  expect(player.getAttribute('src')).toBe('https://v.qq.com/iframe/player.html?vid=w0033abcd12&tiny=0&auto=0');
  expect([player.getAttribute('width'), player.getAttribute('height')]).toEqual(['640', '498']);
  expect(player.classList.contains('embed-sized')).toBe(true);
  expect(player.getAttribute('title')).toBe(squash(article.querySelector('h1')!.textContent));
  expect(player.hasAttribute('allowfullscreen')).toBe(true);
  expect(player.hasAttribute('frameborder')).toBe(false);
});

test('the closing 责任编辑 line of the old body is the article’s editor line', () => {
  expect(squash(article.querySelector('.editor-line')!.textContent)).toBe('责任编辑：乔海印');
});

test('the old addresses still lead to the article: the static one as a page, the dynamic one through the 404 page', () => {
  const redirect = parse(readPage('/a/difang/20240123/12345.html', OUT));
  expect(redirect.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0; url=${ARTICLE}`);
  expect(oldAddressesOf(OUT)).toMatchObject({ '/plus/view.php?aid=12345': ARTICLE });
});

test('an article that was waiting for review in the old system is imported as a draft and not published', () => {
  expect(existsSync(path.join(CONTENT, 'articles/2023/12/12346.md'))).toBe(true);
  expect(existsSync(path.join(OUT, 'articles/2023/12/12346/index.html'))).toBe(false);
});

test('a link to an article an earlier import brought over, at its old address, leads to its new one', () => {
  const later = parse(readPage('/articles/2024/06/22001/', OUT));
  const link = later.querySelectorAll('.article__body a').find((a) => a.textContent.includes('枫桥经验'));
  expect(link?.getAttribute('href')).toBe(ARTICLE);
});

test('a document an old body linked to is published with the site, and the article links to it', () => {
  const page = parse(readPage('/articles/2019/03/30101/', OUT));
  const links = page.querySelectorAll('.article__body a');
  for (const [words, old] of [
    ['附件：判决书', 'd/file/2019/判决书.pdf'],
    ['统计表', 'uploads/soft/190305/1-1Z305093012.xlsx'],
  ] as const) {
    const href = links.find((a) => a.textContent === words)?.getAttribute('href');
    expect(href, words).toMatch(/^\/files\//);
    const served = path.join(OUT, decodeURIComponent(href!));
    expect(existsSync(served), `${href} in dist`).toBe(true);
    expect(readFileSync(served)).toEqual(readFileSync(path.join(FIXTURES, 'site', old)));
  }
});

test('imported articles are found by search, the GBK export’s too', async () => {
  const engine = await openSiteSearch(OUT);
  for (const [query, url] of [
    ['枫桥经验', ARTICLE],
    ['法律进乡村', '/articles/2024/06/22001/'],
  ] as const) {
    const results = await engine.find({ query, filters: {}, sort: 'date' });
    const urls = await Promise.all(results.map(async (result) => (await result.data()).url));
    expect(urls).toContain(url);
  }
});
