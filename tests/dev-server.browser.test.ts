/**
 * `npm run dev`: drafts and scheduled articles are shown, marked; search uses the index of
 * the last build, or says plainly that it needs `npm run build`; a mistake in an article
 * leaves that article out, said in Chinese in the terminal and on every page, and the rest of
 * the site up; warnings are on every page too, below the problems, marked as not stopping the build.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { POLL, launchBrowser, settleDevServer, startServer, type Preview } from './support/browser.ts';
import { buildEnv, runBuild } from './support/build.ts';
import { ROOT, SITE, TEST_CONTENT, TEST_PUBLIC, builtFile, filesUnder } from './support/site.ts';
import { formatDateTime } from '../src/lib/dates.ts';
import { searchManifestUrl } from '../src/lib/urls.ts';
import site from '../src/site.config.ts';

let dev: Preview;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A test that fails prints what its server said while it ran: a failure seen only under load is
 * told apart by the server's side (an article left out, Astro's English error, a reload).
 */
function printWhenFailed(server: () => Preview | undefined): void {
  let said = 0;
  beforeEach(() => {
    said = server()?.output().length ?? 0;
  });
  afterEach(({ task }) => {
    if (task.result?.state === 'fail') console.error(`npm run dev printed during “${task.name}”:\n${server()?.output().slice(said) ?? ''}`);
  });
}

describe('npm run dev', () => {
  // Stopped before the next server starts: two dev servers of one project share .astro/ (Astro's
  // data store and its lists of pictures), and each reads the other's once written.
  beforeAll(async () => {
    dev = await startServer('dev', { BAODAO_CONTENT: TEST_CONTENT, BAODAO_PUBLIC: TEST_PUBLIC, BAODAO_OUT: SITE });
    await settleDevServer(browser, `${dev.url}/`);
  });
  afterAll(async () => {
    await dev?.stop();
  });
  printWhenFailed(() => dev);
  test('shows a draft, marked 草稿, and a future article, marked 定时发布', async () => {
    const page = await browser.newPage();
    await page.goto(`${dev.url}/articles/2026/01/draft-never-published/`);
    expect(await page.textContent('h1')).toContain('草稿测试文章永不发布');
    expect(await page.textContent('.status-badge')).toBe('草稿');
    // In full, pictures and all: a build alone leaves them out (tests/unpublished.test.ts).
    expect(await page.textContent('main')).toContain('鹦鹉螺草稿标记');
    const pictures = await page.$$eval('main img', (images) => (images as HTMLImageElement[]).map((image) => ({ alt: image.alt, src: image.src })));
    const drafts = pictures.filter(({ alt }) => alt.startsWith('草稿'));
    expect(drafts.map(({ alt }) => alt).sort()).toEqual(['草稿正文图片说明', '草稿题图说明']);
    for (const { src } of drafts) expect((await page.request.get(src)).status(), src).toBe(200);
    // Content that passes its check shows no problems box.
    expect(await page.$('.dev-problems')).toBeNull();
    await page.goto(`${dev.url}/articles/2099/01/future-scheduled/`);
    expect(await page.textContent('.status-badge')).toBe('定时发布');
    expect(await page.textContent('main')).toContain('时光机定时标记');
    // Marked wherever else it is listed: 相关文章 (the draft of the same tag), 上一篇/下一篇, 滚动.
    const marks = (list: string, title: string) =>
      page.$$eval(list, (items, title) => items.filter((item) => item.textContent!.includes(title)).map((item) => item.querySelector('.status-badge')?.textContent), title);
    expect(await marks('.related li', '未来草稿测试文章')).toEqual(['草稿']);
    await page.goto(`${dev.url}${await page.getAttribute('.article-neighbours a[rel="prev"]', 'href')}`);
    expect(await marks('.article-neighbours p', '定时发布测试文章来自未来')).toEqual(['定时发布']);
    await page.goto(`${dev.url}/`);
    expect(await marks('.ticker li', '定时发布测试文章来自未来')).toEqual(['定时发布']);
    await page.goto(`${dev.url}/sections/today/`);
    expect(await page.$$eval('.article-card .status-badge', (badges) => badges.map((b) => b.textContent))).toContain('草稿');
    await page.close();
  });

  test('the content check’s warnings are on every page, marked as not stopping the build, in the terminal’s words', async () => {
    const page = await browser.newPage();
    for (const shown of ['/', '/articles/2025/07/5g-jizhan-jiufen-tiaojie/']) {
      await expect
        .poll(async () => {
          await page.goto(`${dev.url}${shown}`, { waitUntil: 'domcontentloaded' });
          return (await page.$('.dev-warnings__title'))?.textContent();
        }, POLL)
        .toMatch(/^内容检查有 \d+ 条警告（只是提醒，不会让 npm run build 停止，网站照常构建）：$/);
      const warnings = await page.$$eval('.dev-warnings li', (items) => items.map((item) => item.textContent));
      // The fixtures' topic whose articles are all withdrawn, and the demo's bylines that match no person.
      expect(warnings).toContainEqual(expect.stringMatching(/^以下 1 个专题的文章都已撤稿，专题不再发布.*：\n {2}\S*topics\/chegao-zhuanti\.md$/));
      expect(warnings).toContainEqual(expect.stringMatching(/^以下 \d+ 个署名在人员查询（content\/people\/）中找不到，不会链接到人员页面：\n {2}/));
      // Shown as the terminal prints them, a line each.
      expect(await page.$eval('.dev-warnings code', (code) => getComputedStyle(code).whiteSpace)).toBe('pre-wrap');
    }
    await page.close();
  });

  test('an old address sends the reader on to its article or section, as on the built site; a withdrawn article’s stays a 404', async () => {
    const page = await browser.newPage();
    const article = '/articles/2024/03/linhe-fayuan-jiashi-tiaojie/';
    // The article's own former address (a renamed file), an old CMS's static page and a section's old list.
    for (const [old, now] of [
      ['/articles/2024/03/linhe-jiashi-tiaojie/', article],
      ['/html/2024/0315/1024.html', article],
      ['/html/jinrizixun/', '/sections/today/'],
      // Left to the 404 page's script, as on a static host.
      ['/plus/view.php?aid=1024', article],
    ]) {
      await page.goto(`${dev.url}${old}`);
      await page.waitForURL(`${dev.url}${now}`, POLL);
      expect(await page.locator('h1').first().textContent(), old).not.toBe('页面不存在');
    }
    const withdrawn = await page.goto(`${dev.url}/html/2026/1125/8848.html`);
    expect(withdrawn?.status()).toBe(404);
    await page.close();
  });

  test('a build or a type check beside it (as an editor runs one for the preview’s search, or npm run check) leaves the preview its drafts’ pictures, and the build publishes none of them', async () => {
    const out = path.join(ROOT, '.build/beside-dev');
    const draft = async () => {
      const response = await fetch(`${dev.url}/articles/2026/01/draft-never-published/`);
      const html = await response.text();
      return [response.status, ['草稿题图说明', '草稿正文图片说明'].filter((alt) => html.includes(`alt="${alt}"`))];
    };
    try {
      const run = runBuild({ BAODAO_CONTENT: TEST_CONTENT, BAODAO_PUBLIC: TEST_PUBLIC, BAODAO_OUT: out });
      expect(run.status, run.output.slice(-3000)).toBe(0);
      // The build's lists of pictures left the preview's draft cover failing with Astro's English
      // LocalImageUsedWrongly ("Local images must be imported.") until its pictures changed.
      await expect.poll(draft, POLL).toEqual([200, ['草稿题图说明', '草稿正文图片说明']]);
      // And the preview's lists, on disk again, are not the build's: no picture of the draft is published.
      expect(filesUnder(out).filter((file) => /caogao-(cover|body)/.test(file))).toEqual([]);
      // astro sync (run by astro check, and before tsc) writes the lists as a build does.
      const sync = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['sync'], { cwd: ROOT, env: buildEnv({ BAODAO_CONTENT: TEST_CONTENT, BAODAO_PUBLIC: TEST_PUBLIC }), encoding: 'utf8' });
      expect(sync.status, `${sync.stdout}${sync.stderr}`).toBe(0);
      await expect.poll(draft, POLL).toEqual([200, ['草稿题图说明', '草稿正文图片说明']]);
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(`${out}-cache`, { recursive: true, force: true });
    }
  });

  test('search serves the index of the last build', async () => {
    const page = await browser.newPage();
    await page.goto(`${dev.url}/search/?q=${encodeURIComponent('社会组织')}`);
    await expect.poll(() => page.textContent('[data-search-status]'), POLL).toMatch(/^找到 \d+ 条结果$/);
    // Said above the search: an editor searching for a title just saved, or for a draft, is told
    // why it is not found, and how old the index is.
    const built = formatDateTime(statSync(builtFile(searchManifestUrl())).mtime, site.timeZone);
    expect(await page.textContent('[data-dev-search-note]')).toMatch(
      new RegExp(`^\\s*预览中的搜索用的是最近一次 npm run build（${built}）生成的索引：此后保存的修改.*草稿和定时发布的文章也搜不到`),
    );
    await page.close();
  });
});

describe('npm run dev without a build, and with a mistake in one article', () => {
  let bare: Preview;
  const content = path.join(ROOT, '.build/dev-content');
  // Its own copy of public/, whose attachments a test replaces and deletes.
  const devPublic = path.join(ROOT, '.build/dev-public');
  const article = path.join(content, 'articles/2024/02/qingchuan-shehui-zuzhi-nianjian.md');
  const url = '/articles/2024/02/qingchuan-shehui-zuzhi-nianjian/';
  // A second one whose front matter is not even YAML (Astro reads that before any schema).
  const unreadable = path.join(content, 'articles/2024/01/weifang-minzheng-shehui-zuzhi.md');
  // A third whose cover is a damaged file: Astro reads it only when a page loads, and without
  // the check every page of the preview failed.
  const damaged = path.join(content, 'articles/2024/03/sanyiwu-xiaofei-weiquan.md');
  // A fourth with a damaged picture in its body.
  const damagedBody = path.join(content, 'articles/2024/04/dongling-jiancha-heliu-gongyi-susong.md');
  // A fifth, right, that links to a draft: a warning, with its line.
  const linking = path.join(content, 'articles/2025/07/5g-jizhan-jiufen-tiaojie.md');
  // Two whose front matter is right but whose text is not: an .mdx body with a <b> never closed
  // (Astro's MDXError, in English, once the page is opened) and a file saved as GBK (mojibake).
  // Both dated an hour ago and 滚动, so that they would lead the front page's lists and ticker.
  const mdxUrl = '/articles/2026/11/cuti-wei-bihe/';
  const gbkUrl = '/articles/2024/01/gbk-encoded/';
  const anHourAgo = `${new Date(Date.now() - 3_600_000).toISOString().slice(0, 19)}Z`;
  let linkLine: number;
  let good: string;
  printWhenFailed(() => bare);
  beforeAll(async () => {
    const empty = path.join(ROOT, '.build/no-build-yet');
    mkdirSync(empty, { recursive: true });
    rmSync(content, { recursive: true, force: true });
    cpSync(TEST_CONTENT, content, { recursive: true });
    rmSync(devPublic, { recursive: true, force: true });
    cpSync(TEST_PUBLIC, devPublic, { recursive: true });
    good = readFileSync(article, 'utf8');
    writeFileSync(article, good.replace(/^section: .*$/m, 'section: sports'));
    writeFileSync(unreadable, readFileSync(unreadable, 'utf8').replace(/^title: .*$/m, 'title: [视频]潍坊市民政局'));
    writeFileSync(damaged, readFileSync(damaged, 'utf8').replace(/^title: .*$/m, '$&\ncover:\n  image: ./damaged.jpg\n  alt: 损坏的图片'));
    writeFileSync(path.join(path.dirname(damaged), 'damaged.jpg'), 'not a picture');
    writeFileSync(damagedBody, `${readFileSync(damagedBody, 'utf8')}\n![现场](./damaged-body.jpg)\n`);
    writeFileSync(path.join(path.dirname(damagedBody), 'damaged-body.jpg'), '');
    const linked = `${readFileSync(linking, 'utf8')}\n见[草稿](/articles/2026/01/draft-never-published/)。\n`;
    writeFileSync(linking, linked);
    linkLine = linked.split('\n').indexOf('见[草稿](/articles/2026/01/draft-never-published/)。') + 1;
    writeFileSync(
      path.join(content, 'articles/2026/11/cuti-wei-bihe.mdx'),
      `---\ntitle: 粗体没有闭合的文章\ndate: ${anHourAgo}\nsection: today\nsource: 法治报道\nauthor: 甲\neditor: 乙\nflags: [ticker]\n---\n\n正文里<b>重点没有闭合。\n`,
    );
    // The fixture's bytes are GBK; its date and flags are ASCII, changed byte for byte.
    const gbk = readFileSync(path.join(ROOT, 'tests/fixtures/broken/articles/2024/01/gbk-encoded.md'), 'latin1');
    writeFileSync(path.join(content, 'articles/2024/01/gbk-encoded.md'), gbk.replace(/^date: .*$/m, `date: ${anHourAgo}\nflags: [ticker]`), 'latin1');
    bare = await startServer('dev', { BAODAO_CONTENT: content, BAODAO_PUBLIC: devPublic, BAODAO_OUT: empty });
    await settleDevServer(browser, `${bare.url}/`);
  });
  afterAll(async () => {
    await bare?.stop();
    rmSync(content, { recursive: true, force: true });
    rmSync(devPublic, { recursive: true, force: true });
  });

  test('the search page says search needs npm run build', async () => {
    const page = await browser.newPage();
    await page.goto(`${bare.url}/search/?q=${encodeURIComponent('社会组织')}`);
    await expect.poll(() => page.textContent('[data-search-status]'), POLL).toContain('npm run build');
    // No index, so no note of its age.
    expect(await page.$('[data-dev-search-note]')).toBeNull();
    await page.close();
  });

  test('the server starts anyway: the articles are left out, the terminal says why in Chinese, and a fix brings one back', async () => {
    expect((await fetch(`${bare.url}${url}`)).status).toBe(404);
    expect((await fetch(`${bare.url}/articles/2024/01/weifang-minzheng-shehui-zuzhi/`)).status).toBe(404);
    expect((await fetch(`${bare.url}/articles/2024/03/sanyiwu-xiaofei-weiquan/`)).status).toBe(404);
    expect((await fetch(`${bare.url}/articles/2024/04/dongling-jiancha-heliu-gongyi-susong/`)).status).toBe(404);
    expect((await fetch(`${bare.url}/articles/2025/07/5g-jizhan-jiufen-tiaojie/`)).status).toBe(200);
    await expect.poll(bare.output, POLL).toMatch(/内容检查发现 6 个问题（npm run build 会因此停止）：/);
    expect(bare.output()).toMatch(/\S*sanyiwu-xiaofei-weiquan\.md: cover\.image — 图片 \.\/damaged\.jpg 无法读取/);
    expect(bare.output()).toMatch(/\S*dongling-jiancha-heliu-gongyi-susong\.md:\d+: 图片 \.\/damaged-body\.jpg 无法读取/);
    expect(bare.output()).toMatch(/\S*qingchuan-shehui-zuzhi-nianjian\.md: section — 栏目“sports”不存在/);
    expect(bare.output()).toMatch(/\S*weifang-minzheng-shehui-zuzhi\.md:2: YAML 格式错误：以 \[ 或 \{ 开头的值会被当作列表/);
    expect(bare.output()).not.toContain('InvalidContentEntryDataError');
    expect(bare.output()).toMatch(/\S*cuti-wei-bihe\.mdx:\d+: <b> 没有结束标签/);
    expect(bare.output()).toMatch(/\S*gbk-encoded\.md: 文件不是 UTF-8 编码/);

    // The browser says it too, on every page: the missing article's 404 and the front page.
    const page = await browser.newPage();
    for (const shown of [url, '/']) {
      await expect
        .poll(async () => {
          await page.goto(`${bare.url}${shown}`, { waitUntil: 'domcontentloaded' });
          return (await page.$('.dev-problems'))?.textContent();
        }, POLL)
        .toMatch(/内容检查发现 6 个问题/);
      const lines = await page.$$eval('.dev-problems li', (items) => items.map((item) => item.textContent));
      expect(lines).toContainEqual(expect.stringMatching(/qingchuan-shehui-zuzhi-nianjian\.md: section — 栏目“sports”不存在/));
      expect(lines).toContainEqual(expect.stringMatching(/weifang-minzheng-shehui-zuzhi\.md:2: YAML 格式错误/));
    }
    // Closed before the fix: the dev server reloads open pages when content changes.
    await page.close();

    writeFileSync(article, good);
    await expect.poll(async () => (await fetch(`${bare.url}${url}`)).status, POLL).toBe(200);
    // The check runs again on the change: five problems left, the YAML one, the pictures, the MDX and the GBK.
    await expect.poll(bare.output, POLL).toMatch(/内容检查发现 5 个问题（npm run build 会因此停止）：/);
    const fixed = await browser.newPage();
    await fixed.goto(`${bare.url}${url}`);
    expect(await fixed.textContent('.dev-problems')).toMatch(/内容检查发现 5 个问题/);
    await fixed.close();
  });

  test('an .mdx article that does not compile and a GBK one are left out too: not in the lists, not in the ticker, not opened with Astro’s English error', async () => {
    expect((await fetch(`${bare.url}${mdxUrl}`)).status).toBe(404);
    expect((await fetch(`${bare.url}${gbkUrl}`)).status).toBe(404);
    const page = await browser.newPage();
    await page.goto(`${bare.url}/`);
    const links = await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    // The front page is there, ticker and lists (the rest stays up), without the two.
    expect(await page.$$('.ticker a')).not.toHaveLength(0);
    expect(links).not.toContain(mdxUrl);
    expect(links).not.toContain(gbkUrl);
    await page.goto(`${bare.url}/sections/today/`);
    const listed = await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(listed).not.toContain(mdxUrl);
    expect(listed).not.toContain(gbkUrl);
    await page.close();
    expect(bare.output()).not.toContain('MDXError');
    expect(bare.output()).toMatch(/\S*cuti-wei-bihe\.mdx 有错误，开发服务器暂不显示它/);
    expect(bare.output()).toMatch(/\S*gbk-encoded\.md 有错误，开发服务器暂不显示它/);
  });

  test('warnings are shown below the problems, each link with its file and line', async () => {
    const page = await browser.newPage();
    await expect
      .poll(async () => {
        await page.goto(`${bare.url}/`, { waitUntil: 'domcontentloaded' });
        return page.$$eval('.dev-problems, .dev-warnings', (boxes) => boxes.map((box) => box.className));
      }, POLL)
      .toEqual(['dev-problems', 'dev-warnings']);
    const warnings = await page.$$eval('.dev-warnings li', (items) => items.map((item) => item.textContent));
    expect(warnings).toContainEqual(
      expect.stringMatching(
        new RegExp(`^以下 1 个链接指向还没有发布（或文件有错误）的文章，读者现在打开会是 404：\\n {2}\\S*5g-jizhan-jiufen-tiaojie\\.md:${linkLine} → /articles/2026/01/draft-never-published/$`),
      ),
    );
    // The terminal says it too.
    expect(bare.output()).toContain(`5g-jizhan-jiufen-tiaojie.md:${linkLine} → /articles/2026/01/draft-never-published/`);
    await page.close();
  });

  test('an edit to an article shows without a restart: its page and its section’s listing, and the edit undone shows the old title again', async () => {
    // The preview keeps the site's arrangement of articles between requests (src/lib/content.ts):
    // a saved file must still show on the next load.
    const linkingUrl = '/articles/2025/07/5g-jizhan-jiufen-tiaojie/';
    const titled = async (title: string) => {
      const [article, listing] = await Promise.all([
        fetch(`${bare.url}${linkingUrl}`).then((response) => response.text()),
        fetch(`${bare.url}/sections/local/`).then((response) => response.text()),
      ]);
      // Without their tags: a title is broken between words with <wbr>.
      const text = (html: string) => html.replace(/<[^>]*>/g, '');
      return text(article).includes(title) && text(listing).includes(title);
    };
    const original = readFileSync(linking, 'utf8');
    const oldTitle = /^title: (.*)$/m.exec(original)![1]!.split(' ')[0]!;
    expect(await titled(oldTitle)).toBe(true);
    try {
      writeFileSync(linking, original.replace(/^title: .*$/m, 'title: 板凳会改题鹦鹉螺'));
      await expect.poll(() => titled('板凳会改题鹦鹉螺'), POLL).toBe(true);
    } finally {
      writeFileSync(linking, original);
    }
    await expect.poll(() => titled(oldTitle), POLL).toBe(true);
  });

  test('an open page is reloaded when the content check finds something new, and when it is gone', async () => {
    // An article saved as text: a problem, in a file the preview itself never reads, so nothing
    // else would reload the page; the check runs beside the server and says when it is done.
    const text = path.join(content, 'articles/2024/01/jizhe-biji.md.txt');
    // A context of its own, closed at the end whatever the page is doing: a page the server
    // reloads can keep a navigation or a close waiting for good.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${bare.url}/`);
    // Read while the page may be reloading: an evaluation caught by a reload can wait for good, so each gives up after 2 s.
    const listed = () =>
      Promise.race([
        page.$$eval('.dev-problems li', (items) => items.map((item) => item.textContent).join('\n')).catch(() => ''),
        new Promise<string>((resolve) => setTimeout(() => resolve(''), 2_000)),
      ]);
    try {
      writeFileSync(text, '---\ntitle: 记者笔记\n---\n');
      await expect.poll(listed, POLL).toContain('jizhe-biji.md.txt');
    } finally {
      rmSync(text, { force: true });
    }
    await expect.poll(listed, POLL).not.toContain('jizhe-biji.md.txt');
    await Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  });

  test('a picture taken out of its article then deleted, copied in after its article names it, or deleted while named: the article follows, and the rest of the preview stays up', async () => {
    const picked = path.join(content, 'articles/2025/06/zhishi-chanquan-fuwuzhan.md');
    const pickedUrl = '/articles/2025/06/zhishi-chanquan-fuwuzhan/';
    const picture = path.join(path.dirname(picked), 'houlai-timu.jpg');
    const copyPicture = () => cpSync(path.join(content, 'articles/2025/07/5g-jizhan-xianchang.jpg'), picture);
    const original = readFileSync(picked, 'utf8');
    const withCover = original.replace(/^title: .*$/m, '$&\ncover:\n  image: ./houlai-timu.jpg\n  alt: 后来放进的题图');
    const marker = path.join(content, 'articles/2025/07/5g-jizhan-jiufen-tiaojie.md');
    const markerUrl = '/articles/2025/07/5g-jizhan-jiufen-tiaojie/';
    const markerOriginal = readFileSync(marker, 'utf8');
    const status = async (url: string) => (await fetch(`${bare.url}${url}`)).status;
    const shown = async () => {
      const response = await fetch(`${bare.url}${pickedUrl}`);
      return response.status === 200 && (await response.text()).includes('houlai-timu.jpg');
    };
    try {
      // Shown, taken out of the article, then deleted: nothing may still ask for it (replaceEntry,
      // src/lib/loaders.test.ts, checks Astro's list of pictures itself).
      copyPicture();
      writeFileSync(picked, withCover);
      await expect.poll(shown, POLL).toBe(true);
      // Written in place, in one write of the same length: a save read half-written leaves the article
      // out for a moment, and would hide what this tests.
      const file = openSync(picked, 'r+');
      writeSync(file, withCover.replace(/\ncover:[^]*题图/, (cover) => `\n#${' '.repeat(Buffer.byteLength(cover) - 2)}`));
      closeSync(file);
      await expect.poll(async () => (await status(pickedUrl)) === 200 && !(await shown()), POLL).toBe(true);
      rmSync(picture);
      // The server learns of the deletion from its watcher, in order: once an edit made after it
      // shows, the deletion has been dealt with, and the pages must still answer.
      writeFileSync(marker, markerOriginal.replace(/^title: .*$/m, '$&（删图之后）'));
      await expect.poll(async () => (await fetch(`${bare.url}${markerUrl}`)).text(), POLL).toContain('（删图之后）');
      expect([await status('/'), await status(pickedUrl)]).toEqual([200, 200]);
      // Named before it is there: left out, said on the page; copied in, the article is back with it
      // (Astro reads an article again only when its own file changes, not a picture beside it).
      writeFileSync(picked, withCover);
      await expect.poll(() => status(pickedUrl), POLL).toBe(404);
      await expect.poll(async () => (await fetch(`${bare.url}/`)).text(), POLL).toContain('找不到图片文件 ./houlai-timu.jpg');
      copyPicture();
      await expect.poll(shown, POLL).toBe(true);
      // Deleted while the article names it: the article is left out, every other page stays up.
      rmSync(picture);
      await expect.poll(async () => [await status('/'), await status(pickedUrl)], POLL).toEqual([200, 404]);
    } finally {
      writeFileSync(picked, original);
      writeFileSync(marker, markerOriginal);
      rmSync(picture, { force: true });
    }
  });

  test('a section taken out of sections.yaml, or added while the server runs: its articles follow, and every other page stays up', async () => {
    const sectionsFile = path.join(content, 'sections.yaml');
    const original = readFileSync(sectionsFile, 'utf8');
    const video = /^- id: video\n(?: .*\n)*/m.exec(original)![0];
    const videoUrl = '/articles/2025/09/shipin-kaixue-fazhi-diyike/';
    // Written before its section, as an editor told 栏目不存在 would add it next.
    const added = path.join(content, 'articles/2026/11/minsheng-rexian.md');
    const addedUrl = '/articles/2026/11/minsheng-rexian/';
    const status = async (url: string) => (await fetch(`${bare.url}${url}`)).status;
    // Read on the front page, which lists every section: an article's own page may be answered for a
    // moment from Astro's cache of the pages it had (its getStaticPaths), whatever the content.
    const onFrontPage = async (url: string) => (await (await fetch(`${bare.url}/`)).text()).includes(`href="${url}"`);
    expect(await onFrontPage(videoUrl)).toBe(true);
    try {
      writeFileSync(sectionsFile, original.replace(video, ''));
      await expect.poll(async () => [await status('/'), await status('/sections/law/'), await onFrontPage(videoUrl)], POLL).toEqual([200, 200, false]);
      writeFileSync(added, '---\ntitle: 民生热线新栏目的文章\ndate: 2026-11-20 10:00\nsection: minsheng\nsource: 法治报道\nauthor: 甲\neditor: 乙\n---\n\n正文。\n');
      await expect.poll(bare.output, POLL).toMatch(/minsheng-rexian\.md: section — 栏目“minsheng”不存在/);
      writeFileSync(sectionsFile, `${original}- id: minsheng\n  name: 民生热线\n  order: 99\n`);
      await expect.poll(async () => [await onFrontPage(addedUrl), await onFrontPage(videoUrl)], POLL).toEqual([true, true]);
    } finally {
      writeFileSync(sectionsFile, original);
      rmSync(added, { force: true });
    }
    await expect.poll(async () => [await status('/'), await onFrontPage(addedUrl)], POLL).toEqual([200, false]);
  });

  test('an attachment replaced, deleted or copied back: the note after its link follows, and the content check names it while it is missing', async () => {
    const articleUrl = '/articles/2023/12/jiduan-neirong/';
    const address = '/files/2023/12/jiduan-neirong-1.pdf';
    const pdf = path.join(devPublic, address);
    const original = readFileSync(pdf);
    // The fixture's file is 329 bytes.
    const small = '（PDF，1 KB）';
    // The note in the list item of the link to the file, or undefined without one. The article
    // with its link, not a page without it: while the preview reads the article again it is a
    // 404, which has no note either (a wait for the note gone then passed before the article was read).
    const note = async () => {
      const response = await fetch(`${bare.url}${articleUrl}`);
      const html = await response.text();
      const link = html.indexOf(`href="${address}"`);
      if (!response.ok || link < 0) return `HTTP ${response.status}, ${link < 0 ? 'no link' : 'link'}`;
      const item = html.slice(link).split('</li>')[0]!;
      // Its kind and size, around the address it holds for paper.
      const found = /class="file-note"[^>]*>([^<]*)(?:<span class="file-address">[^<]*<\/span>)?([^<]*)</.exec(item);
      return found ? `${found[1]}${found[2]}` : undefined;
    };
    const missing = async () => (await (await fetch(`${bare.url}/`)).text()).includes(`链接的附件 ${address} 不存在`);
    try {
      await expect.poll(note, POLL).toBe(small);
      // A new version copied over it: 300 KB.
      writeFileSync(pdf, Buffer.concat([original, Buffer.alloc(300 * 1024 - original.length, 0x20)]));
      await expect.poll(note, POLL).toBe('（PDF，300 KB）');
      // Deleted: no note, and the check (which reads public/ as a build does) says the link is a 404.
      rmSync(pdf);
      await expect.poll(async () => [await note(), await missing()], POLL).toEqual([undefined, true]);
      // Copied back: the note, and the problem gone.
      writeFileSync(pdf, original);
      await expect.poll(async () => [await note(), await missing()], POLL).toEqual([small, false]);
    } finally {
      writeFileSync(pdf, original);
    }
  });
});
