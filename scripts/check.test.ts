/** `npm run check:content`: what an editor sees for good content, and for bad. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { temporaryFolders } from '../tests/support/temporary.ts';

const check = (content: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...process.env, GITHUB_ACTIONS: '', ...env, BAODAO_CONTENT: content }, encoding: 'utf8' });

const temporary = temporaryFolders();

/** A copy of the demo content with `changes` (path → text) made to it. */
function contentWith(changes: Record<string, string>): string {
  const dir = temporary('baodao-check-', 'content');
  for (const [file, text] of Object.entries(changes)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const SEED = 'articles/2024/01/weifang-minzheng-shehui-zuzhi.md';
const seed = readFileSync(path.join('content', SEED), 'utf8');

test('good content passes, with the counts and the warning about names that match no person', () => {
  const result = check('content');
  expect(result.status, result.stderr).toBe(0);
  const files = (folder: string, extension: RegExp) => readdirSync(path.join('content', folder)).filter((name) => extension.test(name)).length;
  expect(result.stdout).toMatch(
    new RegExp(`^内容检查通过：\\d+ 篇文章，${files('people', /\.yaml$/)} 位人员，${files('topics', /\.mdx?$/)} 个专题，${files('pages', /\.md$/)} 个页面。$`, 'm'),
  );
  // The demo has contributors on purpose who are not in content/people (the build warns the same way).
  expect(result.stderr).toMatch(/^警告 \(warning\): 以下 \d+ 个署名在人员查询（content\/people\/）中找不到/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
});

test('bad content fails, one line per problem, no stack trace', () => {
  const result = check('tests/fixtures/broken');
  expect(result.status).toBe(1);
  const count = Number(/内容检查发现 (\d+) 个问题/.exec(result.stderr)?.[1]);
  expect(count).toBeGreaterThan(10);
  expect(result.stderr.split('\n').filter((line) => line.startsWith('tests/fixtures/broken/'))).toHaveLength(count);
  expect(result.stderr).not.toMatch(/^\s+at /m);
});

test('a broken sections.yaml is named alone, not as a wrong section in every article', () => {
  const result = check(contentWith({ 'sections.yaml': '- id: today\n  name: 今日资讯\n order: 1\n' }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/内容检查发现 1 个问题：\n.*sections\.yaml:\d+: YAML 格式错误/);
});

test('two sections of one order are named at the second, with the first: which leads would be left to the file', () => {
  const sections = readFileSync('content/sections.yaml', 'utf8').replace(/(id: video\n(?: .*\n)*?  order: )\d+/, '$15');
  const result = check(contentWith({ 'sections.yaml': sections }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/sections\.yaml: 第 6 项 order — 排序 order 5 与栏目 opinion（法治评论）相同/);
});

test('an old address leads to one page: a section’s that an article has too is named', () => {
  const sections = readFileSync('content/sections.yaml', 'utf8').replace('id: law\n', 'id: law\n  aliases: [/html/2024/0315/1024.html]\n');
  const result = check(contentWith({ 'sections.yaml': sections }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/sections\.yaml: aliases — 栏目 law 的旧地址 \/html\/2024\/0315\/1024\.html 已被 \S+linhe-fayuan-jiashi-tiaojie\.md 使用/);
});

test('an article whose file is renamed keeps its former address in aliases, and a link to that address leads to it; an alias that is an article file’s address is named', () => {
  const renamed = 'articles/2024/01/weifang-minzheng.md';
  const former = '/articles/2024/01/weifang-minzheng-shehui-zuzhi/';
  const withAliases = (aliases: string) => seed.replace(/^title: /m, `aliases: [${aliases}]\ntitle: `);
  const linking = 'articles/2025/07/5g-jizhan-jiufen-tiaojie.md';
  const linked = `${readFileSync(path.join('content', linking), 'utf8')}\n见[旧文](${former})。\n`;
  // One copy, changed between the checks (and removed after them: every copy is one more for afterAll to delete).
  const dir = contentWith({ [linking]: linked });
  const checkWith = (files: Record<string, string | undefined>) => {
    for (const [file, text] of Object.entries(files)) {
      if (text === undefined) rmSync(path.join(dir, file), { force: true });
      else writeFileSync(path.join(dir, file), text);
    }
    return check(dir);
  };
  try {
    // README and the check's own warning on a misfiled article tell editors to keep the former address so.
    const kept = checkWith({ [SEED]: undefined, [renamed]: withAliases(former) });
    expect(kept.status, kept.stderr).toBe(0);
    // Without it, the link is to no article.
    const lost = checkWith({ [renamed]: seed });
    expect(lost.status).toBe(1);
    expect(lost.stderr).toMatch(/5g-jizhan-jiufen-tiaojie\.md:\d+: 链接的文章 \/articles\/2024\/01\/weifang-minzheng-shehui-zuzhi\/ 不存在/);
    // Its own address, or another article's (the seed, back): both pages would be written to one file.
    const taken = checkWith({ [SEED]: seed, [renamed]: withAliases(`/articles/2024/01/weifang-minzheng/, ${former}`) });
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/weifang-minzheng\.md: aliases 第 1 项 — 旧地址 \/articles\/2024\/01\/weifang-minzheng\/ 就是本文现在的地址/);
    expect(taken.stderr).toMatch(/weifang-minzheng\.md: aliases 第 2 项 — 旧地址 \/articles\/2024\/01\/weifang-minzheng-shehui-zuzhi\/ 是文章 \S*weifang-minzheng-shehui-zuzhi\.md 的地址/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a link written in the body’s HTML to an attachment or an article that is not there is named on its line, as a Markdown one is', () => {
  const linking = 'articles/2025/07/5g-jizhan-jiufen-tiaojie.md';
  const text = `${readFileSync(path.join('content', linking), 'utf8')}\n<p>附件：<a href="/files/2025/07/panjue.pdf">判决书</a></p>\n\n<table>\n<tr><td><a href="/articles/2025/07/meiyou/">报道</a></td></tr>\n</table>\n`;
  const line = (written: string) => text.split('\n').findIndex((each) => each.includes(written)) + 1;
  const dir = contentWith({ [linking]: text });
  const result = check(dir);
  rmSync(dir, { recursive: true, force: true });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`5g-jizhan-jiufen-tiaojie.md:${line('panjue.pdf')}: 链接的附件 /files/2025/07/panjue.pdf 不存在`);
  expect(result.stderr).toContain(`5g-jizhan-jiufen-tiaojie.md:${line('meiyou')}: 链接的文章 /articles/2025/07/meiyou/ 不存在`);
});

test('x.md and x.mdx in one folder, one address, are both named', () => {
  const result = check(contentWith({ [SEED.replace(/\.md$/, '.mdx')]: seed }));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('weifang-minzheng-shehui-zuzhi.md: 与 weifang-minzheng-shehui-zuzhi.mdx 是同一个文章地址');
  expect(result.stderr).toContain('weifang-minzheng-shehui-zuzhi.mdx: 与 weifang-minzheng-shehui-zuzhi.md 是同一个文章地址');
});

test('a topic saved as x.md and x.mdx, one address, is named in both files (Astro kept one without a word)', () => {
  const topic = readFileSync(path.join('content', 'topics/fanzha.md'), 'utf8');
  const result = check(contentWith({ 'topics/fanzha.mdx': topic.replace(/^title: .*$/m, 'title: 反诈专题（改为 mdx）') }));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('fanzha.md: 与 fanzha.mdx 是同一个专题地址：只保留一个文件');
  expect(result.stderr).toContain('fanzha.mdx: 与 fanzha.md 是同一个专题地址：只保留一个文件');
});

/** The seed article with `cover` as its cover and `picture` (Markdown) at the end of its body. */
const seedWithPictures = (cover: string, picture: string) =>
  seed.replace(/^title: .*$/m, `$&\ncover:\n  image: ${cover}\n  alt: 封面`).replace(/\n$/, `\n\n${picture}\n`);

test('a picture in a format the build cannot resize (TIFF, BMP) is named, in the body and as a cover', () => {
  const article = seedWithPictures('./cover.bmp', '![扫描件](./scan.tif)');
  const result = check(contentWith({ 'articles/2024/01/scan.md': article, 'articles/2024/01/scan.tif': 'II*', 'articles/2024/01/cover.bmp': 'BM' }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/scan\.md: cover\.image — 图片 \.\/cover\.bmp 的格式网站不能处理：请转换为 JPEG 或 PNG$/m);
  expect(result.stderr).toMatch(/scan\.md:\d+: 图片 \.\/scan\.tif 的格式网站不能处理/);
});

test('a picture the build cannot read (empty, damaged, too large) is named with its field or line, not left to the build', () => {
  const article = seedWithPictures('./empty.jpg', '![现场](./damaged.png)');
  const result = check(contentWith({ 'articles/2024/01/pictures.md': article, 'articles/2024/01/empty.jpg': '', 'articles/2024/01/damaged.png': '<html>' }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/pictures\.md: cover\.image — 图片 \.\/empty\.jpg 无法读取/);
  expect(result.stderr).toMatch(/pictures\.md:\d+: 图片 \.\/damaged\.png 无法读取/);
});

test('a picture written in another case than its file is named with the name to write: a Mac or a PC finds it, the build server does not', () => {
  // articles/2026/03/ holds body-photo.jpg.
  const article = seedWithPictures('./Body-Photo.JPG', '![现场](./BODY-PHOTO.jpg)');
  const result = check(contentWith({ 'articles/2026/03/cased.md': article }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/cased\.md: cover\.image — 图片 \.\/Body-Photo\.JPG 的大小写与文件名不一致：请写成 \.\/body-photo\.jpg（/);
  expect(result.stderr).toMatch(/cased\.md:\d+: 图片 \.\/BODY-PHOTO\.jpg 的大小写与文件名不一致：请写成 \.\/body-photo\.jpg（/);
});

test('a video written in another case than its file is named with the name to write, in the front matter and in the body; so is its poster', () => {
  // public/media/ holds demo-video.webm; articles/2026/09/ holds fanzha-poster.jpg.
  const article = seed
    .replace(/^title: .*$/m, '$&\nvideo:\n  src: /media/Demo-Video.WEBM\n  poster: ./Fanzha-Poster.jpg')
    .replace(/\n$/, '\n\n<video src="/MEDIA/demo-video.webm" controls />\n\n<video controls>\n  <source src="/media/no-such.mp4" />\n</video>\n');
  const result = check(contentWith({ 'articles/2026/09/cased.mdx': article }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/cased\.mdx: video\.src — 视频 \/media\/Demo-Video\.WEBM 的大小写与文件名不一致：请写成 \/media\/demo-video\.webm（/);
  expect(result.stderr).toMatch(/cased\.mdx: video\.poster — 图片 \.\/Fanzha-Poster\.jpg 的大小写与文件名不一致：请写成 \.\/fanzha-poster\.jpg（/);
  expect(result.stderr).toMatch(/cased\.mdx:\d+: 视频 \/MEDIA\/demo-video\.webm 的大小写与文件名不一致：请写成 \/media\/demo-video\.webm（/);
  expect(result.stderr).toMatch(/cased\.mdx:\d+: 找不到正文中的视频文件 public\/media\/no-such\.mp4（/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
});

test('a video in a body written beside the article, or at an http:// address, is named on its line', () => {
  const article = seed.replace(/\n$/, '\n\n<video src="./clip.mp4" controls></video>\n\n<video src="http://v.example.cn/a.mp4" controls></video>\n');
  const lineOf = (text: string) => article.split('\n').findIndex((line) => line.includes(text)) + 1;
  const result = check(contentWith({ 'articles/2024/01/beside.md': article, 'articles/2024/01/clip.mp4': '' }));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`beside.md:${lineOf('./clip.mp4')}: 视频 ./clip.mp4 不会随文章发布`);
  expect(result.stderr).toContain(`beside.md:${lineOf('http://v.example.cn')}: 视频 http://v.example.cn/a.mp4 以 http:// 开头`);
});

test('a body video’s poster is named on its line where its video would be (beside the article, http://, missing, in another case), and when it is no picture', () => {
  const posters = ['./poster.jpg', 'http://v.example.cn/p.jpg', '/media/no-such.jpg', '/Favicon.svg', '/media/demo-video.webm', '/favicon.svg'];
  const article = seed.replace(/\n$/, `\n\n${posters.map((poster) => `<video src="/media/demo-video.webm" poster="${poster}" controls></video>`).join('\n\n')}\n`);
  const lineOf = (text: string) => article.split('\n').findIndex((line) => line.includes(`poster="${text}"`)) + 1;
  // Beside the article, it is never published, even with its file there.
  const result = check(contentWith({ 'articles/2024/01/posters.md': article, 'articles/2024/01/poster.jpg': '' }));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`posters.md:${lineOf('./poster.jpg')}: 视频封面 ./poster.jpg 不会随文章发布`);
  expect(result.stderr).toContain(`posters.md:${lineOf('http://v.example.cn/p.jpg')}: 视频封面 http://v.example.cn/p.jpg 以 http:// 开头`);
  expect(result.stderr).toContain(`posters.md:${lineOf('/media/no-such.jpg')}: 找不到正文中的视频封面文件 public/media/no-such.jpg（`);
  expect(result.stderr).toContain(`posters.md:${lineOf('/Favicon.svg')}: 视频封面 /Favicon.svg 的大小写与文件名不一致：请写成 /favicon.svg（`);
  expect(result.stderr).toContain(`posters.md:${lineOf('/media/demo-video.webm')}: 图片 /media/demo-video.webm 的格式网站不能处理`);
  expect(result.stderr).toMatch(/内容检查发现 5 个问题/);
});

test('a body’s HTML <img> is named on its line as a poster is (beside the article it is never published, even with its file there), and in another case than its file; a Markdown picture under public/ that is not there', () => {
  const article = seed.replace(/\n$/, '\n\n<p align="center"><img src="./site.jpg" alt="现场"></p>\n\n<img src="/Favicon.svg" alt="">\n\n<img src="/favicon.svg" alt="">\n\n![现场](/media/gone.jpg)\n');
  const lineOf = (text: string) => article.split('\n').findIndex((line) => line.includes(text)) + 1;
  const result = check(contentWith({ 'articles/2024/01/img.md': article, 'articles/2024/01/site.jpg': '' }));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`img.md:${lineOf('<img src="./site.jpg"')}: 图片 ./site.jpg 不会随文章发布（正文里 HTML 的 <img>`);
  expect(result.stderr).toContain(`img.md:${lineOf('/Favicon.svg')}: 图片 /Favicon.svg 的大小写与文件名不一致：请写成 /favicon.svg（`);
  expect(result.stderr).toContain(`img.md:${lineOf('(/media/gone.jpg)')}: 找不到正文中的图片文件 public/media/gone.jpg（`);
  expect(result.stderr).toMatch(/内容检查发现 3 个问题/);
});

test('articles dated later are listed with their dates, soonest first; drafts are not', () => {
  const dated = (date: string, extra = '') => seed.replace(/^date: .*$/m, `date: ${date}`).replace(/^title: .*$/m, `title: 定时${date.slice(0, 4)}${extra}`);
  const result = check(
    contentWith({
      'articles/2024/01/later.md': dated('2062-01-23 09:08:47'),
      'articles/2024/01/sooner.md': dated('2061-05-01 08:00:00'),
      'articles/2024/01/draft.md': dated('2060-01-01 08:00:00', '\ndraft: true'),
    }),
  );
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(
    /^提示：2 篇文章定时发布，日期到了之后的第一次构建才会发布：\n {2}2061-05-01 08:00:00 \S+\/articles\/2024\/01\/sooner\.md\n {2}2062-01-23 09:08:47 \S+\/articles\/2024\/01\/later\.md$/m,
  );
});

test('a pin on an article older than 30 days is honoured, and listed with its date so nobody forgets it', () => {
  // The demo pins one article in 今日资讯, dated long before the clock set here.
  const result = spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...process.env, BAODAO_CONTENT: 'content', BAODAO_NOW: '2026-11-26T08:00:00+08:00' }, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(
    /^提示：1 篇置顶文章发布已超过 30 天，仍排在栏目列表最前面；不再需要置顶的，请从 flags 删去 pinned：\n {2}2026-01-12 15:00:00 \S*content\/articles\/2026\/01\/qingchuan-lianghui-fazhi\.md$/m,
  );
  const fresh = spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...process.env, BAODAO_CONTENT: 'content', BAODAO_NOW: '2026-01-20T08:00:00+08:00' }, encoding: 'utf8' });
  expect(fresh.stdout).not.toContain('置顶文章');
});

test('a 头条 flagged more than 7 days ago, with later articles under it, is honoured, and named with its date so nobody forgets to change it', () => {
  // The demo's 头条 is dated 2026-11-19 09:00; one article (2026-11-25) came out after it.
  const check = (now: string) => spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...process.env, BAODAO_CONTENT: 'content', BAODAO_NOW: now }, encoding: 'utf8' });
  const result = check('2026-11-27T10:00:00+08:00');
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(
    /^提示：首页头条发布已超过 7 天，之后已发布 1 篇文章，都排在它下面；要换头条，请给新的头条文章的 flags 加上 headline，或从这篇的 flags 删去 headline（没有文章标 headline 时，最新的一篇是头条）：\n {2}2026-11-19 09:00:00 \S*content\/articles\/2026\/11\/qingchuan-shehui-zuzhi-cujin-tiaoli\.md$/m,
  );
  expect(check('2026-11-26T08:00:00+08:00').stdout).not.toContain('首页头条');
});

test('more than 3 pins in a section are refused at each, with the section and the other files named; a scheduled pin counts, a draft’s does not', () => {
  // The demo pins one article in 今日资讯 (today); three more make four.
  const pinned = (title: string, extra = '') => seed.replace(/^flags: .*$/m, 'flags: [置顶]').replace(/^title: .*$/m, `title: ${title}${extra}`);
  const three = {
    'articles/2024/01/pin-a.md': pinned('置顶一'),
    'articles/2024/01/pin-b.md': pinned('置顶二', '\ndraft: true'),
    'articles/2024/01/pin-c.md': pinned('置顶三'),
  };
  expect(check(contentWith(three)).status).toBe(0);
  const result = check(contentWith({ ...three, 'articles/2024/01/pin-d.md': pinned('置顶四').replace(/^date: .*$/m, 'date: 2062-01-23 09:08:47') }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/内容检查发现 4 个问题/);
  expect(result.stderr).toMatch(
    /\S*articles\/2024\/01\/pin-d\.md: flags — 栏目 today（今日资讯）有 4 篇置顶文章，最多 3 篇（置顶太多会把最新的新闻挤出栏目第一页和首页）：请去掉 1 篇的 pinned。同栏目置顶的还有：\S*pin-a\.md、\S*pin-c\.md、\S*qingchuan-lianghui-fazhi\.md$/m,
  );
  expect(result.stderr).not.toContain('pin-b.md');
  expect(result.stderr).not.toMatch(/^\s+at /m);
});

test('a link to an article not published yet is a warning, not a stop: it may be published within the hour, or withdrawn', () => {
  const draft = seed.replace(/^title: .*$/m, 'title: 草稿\ndraft: true');
  const linking = seed.replace(/^title: .*$/m, 'title: 链接草稿').replace(/\n---\n/, '\n---\n\n见[草稿](/articles/2024/01/a-draft/)。\n');
  const result = check(contentWith({ 'articles/2024/01/a-draft.md': draft, 'articles/2024/01/linking.md': linking }));
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toMatch(
    /^警告 \(warning\): 以下 1 个链接指向还没有发布（或文件有错误）的文章，读者现在打开会是 404：\n {2}\S*linking\.md:\d+ → \/articles\/2024\/01\/a-draft\/$/m,
  );
});

/** A content file's `text` with `links` (Markdown) at the top of its body, one a paragraph, in their order. */
const withLinks = (text: string, links: readonly string[]) => text.replace(/\n---\n/, `\n---\n\n${links.map((link) => `见${link}。`).join('\n\n')}\n`);

test('a link to an old address (aliases) of a draft or of an article dated later is a warning as a link to its own address is: a 404 for now', () => {
  const old = (article: string, aliases: string) => article.replace(/^title: .*$/m, `$&\naliases: [${aliases}]`);
  const links = [
    '[草稿旧址](/html/2024/0531/998.html)',
    '[定时动态地址](/plus/view.php?aid=997&from=timeline)',
    '[全址](https://www.fazhibaodao.example/a/caogao)',
    // A published article's old address leads to it.
    '[已发布旧址](/html/2024/0315/1024.html)',
    '[另一篇](/plus/view.php?aid=9970)',
  ];
  const inBody = (text: string) => withLinks(text, links);
  const result = check(
    contentWith({
      'articles/2024/01/a-draft.md': old(seed.replace(/^title: .*$/m, 'title: 草稿\ndraft: true'), '/html/2024/0531/998.html, /a/caogao/'),
      'articles/2024/01/later.md': old(seed.replace(/^title: .*$/m, 'title: 定时稿').replace(/^date: .*$/m, 'date: 2062-01-23 09:08:47'), '/plus/view.php?aid=997'),
      'articles/2024/01/linking.md': inBody(seed.replace(/^title: .*$/m, 'title: 链接旧地址')),
      'pages/contact.md': inBody(readFileSync('content/pages/contact.md', 'utf8')),
      // Not from a draft: no reader follows its links.
      'articles/2024/01/draft-linking.md': inBody(seed.replace(/^title: .*$/m, 'title: 草稿链接\ndraft: true')),
    }),
  );
  expect(result.status, result.stderr).toBe(0);
  const to = (address: string, id: string) => `${address.replace(/[.?/]/g, '\\$&')}（\\/articles\\/2024\\/01\\/${id}\\/ 的旧地址）`;
  const lines = (file: string) => [
    ` {2}\\S*${file}:\\d+ → ${to('/html/2024/0531/998.html', 'a-draft')}`,
    ` {2}\\S*${file}:\\d+ → ${to('/plus/view.php?aid=997&from=timeline', 'later')}`,
    ` {2}\\S*${file}:\\d+ → ${to('/a/caogao', 'a-draft')}`,
  ];
  expect(result.stderr).toMatch(
    new RegExp(
      ['^警告 \\(warning\\): 以下 6 个链接指向还没有发布（或文件有错误）的文章，读者现在打开会是 404：', ...lines('articles/2024/01/linking\\.md'), ...lines('pages/contact\\.md')].join('\n') + '$',
      'm',
    ),
  );
  expect(result.stderr).not.toMatch(/1024\.html|aid=9970|draft-linking\.md/);
});

test('a link to a page (单页) or a topic readers will not get — a draft, a topic with no published article yet — is a warning that says why', () => {
  const about = readFileSync('content/pages/about.md', 'utf8');
  const links = '见[招聘](/pages/zhaopin/)、[反诈专题](/topics/fanzha/)和[筹备中的专题](https://www.fazhibaodao.example/topics/weichengnianren-baohu/)。';
  const inBody = (text: string, line: string) => text.replace(/\n---\n/, `\n---\n\n${line}\n`);
  const result = check(
    contentWith({
      'pages/zhaopin.md': about.replace(/^title: .*$/m, 'title: 招聘启事\ndraft: true'),
      'topics/fanzha.md': readFileSync('content/topics/fanzha.md', 'utf8').replace(/^title: .*$/m, '$&\ndraft: true'),
      // The topic's tag is only on a draft: it waits for its first article.
      'topics/weichengnianren-baohu.md': readFileSync('content/topics/weichengnianren-baohu.md', 'utf8').replace(/^tag: .*$/m, 'tag: 筹备中专题'),
      'articles/2024/01/a-draft.md': seed.replace(/^title: .*$/m, 'title: 草稿\ndraft: true').replace(/^tags: .*$/m, 'tags: [筹备中专题]'),
      // From a published article, a page and a published topic; not from a draft or an article not yet published.
      'articles/2024/01/linking.md': inBody(seed.replace(/^title: .*$/m, 'title: 链接'), links),
      'pages/contact.md': inBody(readFileSync('content/pages/contact.md', 'utf8'), '另见[招聘](/pages/zhaopin/)。'),
      'topics/shehui-zuzhi.md': inBody(readFileSync('content/topics/shehui-zuzhi.md', 'utf8'), '另见[反诈专题](/topics/fanzha/)。'),
      'articles/2024/01/draft-linking.md': inBody(seed.replace(/^title: .*$/m, 'title: 草稿链接\ndraft: true'), links),
      'articles/2062/01/later-linking.md': inBody(seed.replace(/^title: .*$/m, 'title: 定时链接').replace(/^date: .*$/m, 'date: 2062-01-23 09:08:47'), links),
    }),
  );
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toMatch(
    new RegExp(
      [
        '^警告 \\(warning\\): 以下 5 个链接指向还没有发布的页面或专题，读者现在打开会是 404：',
        ' {2}\\S*articles/2024/01/linking\\.md:\\d+ → /pages/zhaopin/ 是草稿（draft: true）',
        ' {2}\\S*articles/2024/01/linking\\.md:\\d+ → /topics/fanzha/ 是草稿（draft: true）',
        ' {2}\\S*articles/2024/01/linking\\.md:\\d+ → /topics/weichengnianren-baohu/ 还没有已发布的文章，暂不发布',
        ' {2}\\S*pages/contact\\.md:\\d+ → /pages/zhaopin/ 是草稿（draft: true）',
        ' {2}\\S*topics/shehui-zuzhi\\.md:\\d+ → /topics/fanzha/ 是草稿（draft: true）$',
      ].join('\n'),
      'm',
    ),
  );
  expect(result.stderr).not.toMatch(/(draft|later)-linking\.md/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
});

test('an article scheduled for later that links to no article at all fails now, not in the unattended build that publishes it', () => {
  const later = seed
    .replace(/^title: .*$/m, 'title: 定时稿')
    .replace(/^date: .*$/m, 'date: 2062-01-23 09:08:47')
    .replace(/\n---\n/, '\n---\n\n见[旧文](/articles/2024/01/no-such-article/)。\n');
  const result = check(contentWith({ 'articles/2024/01/later.md': later }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/later\.md:\d+: 链接的文章 \/articles\/2024\/01\/no-such-article\/ 不存在/);
});

test('a draft may hold what its published form may not: code, a link to a file', () => {
  const draft = seed
    .replace(/^title: .*$/m, 'title: 写作中\ndraft: true')
    .replace(/\n---\n/, '\n---\n\n{待核实} 见[上文](../02/x.md)。\n');
  const result = check(contentWith({ 'articles/2024/01/writing.mdx': draft }));
  expect(result.status, result.stderr).toBe(0);
});

test('a required field mistyped is one problem, told the name to write, not also missing', () => {
  const mistyped = seed.replace(/^title: /m, 'titel: ');
  const result = check(contentWith({ 'articles/2024/01/mistyped.md': mistyped }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/内容检查发现 1 个问题：\n\S*mistyped\.md: titel — 未知字段“titel”（拼写错误？应写 title）$/m);
  expect(result.stderr).not.toMatch(/缺少标题/);
});

test('a field other systems have is told where its content goes; a misspelt one is asked about', () => {
  const withKeys = seed.replace(/^title: .*$/m, '$&\nphotographer: 唐一鸣\ncategories: [今日资讯]\ntitel: 标题');
  const result = check(contentWith({ 'articles/2024/01/other-system.md': withKeys }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/other-system\.md: photographer — 本站没有“photographer”这一项：摄影写在题图的 cover\.credit/);
  expect(result.stderr).toMatch(/other-system\.md: categories — 本站没有“categories”这一项：栏目写在 section/);
  expect(result.stderr).toMatch(/other-system\.md: titel — 未知字段“titel”（拼写错误？应写 title）/);
});

test('sections.yml is named, with the name it needs', () => {
  const sections = readFileSync(path.join('content', 'sections.yaml'), 'utf8');
  const dir = contentWith({ 'sections.yml': sections });
  rmSync(path.join(dir, 'sections.yaml'));
  const result = check(dir);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/sections\.yml: 这个文件不会被读取：栏目文件应命名为 sections\.yaml/);
});

test('an article saved as text or a Word file (x.md.txt, as Windows hides the .txt) is named, not skipped', () => {
  const result = check(contentWith({ 'articles/2024/01/notepad.md.txt': seed, 'articles/2024/01/word.docx': 'PK' }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/notepad\.md\.txt: 这个文件不会发布：文章要存成 \.md 文件/);
  expect(result.stderr).toMatch(/word\.docx: 这个文件不会发布/);
});

test('a symbolic link is named, not followed by the build alone: one leading nowhere stopped Astro in English, one to its own folder published its articles twice, one to an article published it unchecked', () => {
  const dir = contentWith({});
  const folder = path.join(dir, 'articles/2024/01');
  symlinkSync('gone.md', path.join(folder, 'dangling.md'));
  symlinkSync('.', path.join(folder, 'loop'));
  symlinkSync('../../../topics/fanzha.md', path.join(folder, 'linked.md'));
  const result = check(dir);
  expect(result.status).toBe(1);
  const shown = path.relative(process.cwd(), folder);
  for (const [name, target] of [['dangling.md', 'gone.md'], ['loop', '.'], ['linked.md', '../../../topics/fanzha.md']]) {
    expect(result.stderr.split('\n')).toContain(
      `${shown}/${name}: 这是符号链接（快捷方式，指向 ${target}），网站只读真正的文件和文件夹：请把它换成所指的文件本身，或删去它`,
    );
  }
  expect(result.stderr).toMatch(/内容检查发现 3 个问题/);
});

test('a content folder that is not there is told by its sections.yaml, with no stack trace', () => {
  const result = check(path.join(temporary('baodao-check-'), 'no-such-content'));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/no-such-content\/sections\.yaml: 找不到栏目文件 sections\.yaml$/m);
  expect(result.stderr).not.toMatch(/^\s+at |ENOENT|Node\.js v/m);
});

test('a file or a folder the user may not read is named, where the check stopped with Node’s stack trace; a picture so is named with its field', () => {
  // Root reads any file: as root (a container), the check runs as nobody, as an editor's account would.
  const asUser = process.getuid?.() === 0 ? ['runuser', ['-u', 'nobody', '--', process.execPath]] as const : [process.execPath, []] as const;
  const checkAs = (dir: string) =>
    spawnSync(asUser[0], [...asUser[1], 'scripts/check.ts'], { env: { ...process.env, GITHUB_ACTIONS: '', BAODAO_CONTENT: dir }, encoding: 'utf8' });
  const told = '没有读取权限，内容检查和构建都读不了它：请给它读取权限（文件 chmod a+r，文件夹 chmod a+rx），或删去它';
  for (const [unreadable, where] of [
    [SEED, SEED],
    ['articles/2024/06', 'articles/2024/06'],
    ['sections.yaml', 'sections.yaml'],
    ['articles/2024/06/fazhi-fuxiaozhang-cover.jpg', 'articles/2024/06/fazhi-fuxiaozhang-jin-xiaoyuan.md: cover.image — 图片 ./fazhi-fuxiaozhang-cover.jpg'],
  ] as const) {
    const dir = contentWith({});
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, unreadable), 0o000);
    const result = checkAs(dir);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).not.toMatch(/^\s+at |EACCES|Node\.js v/m);
    expect(result.stderr.split('\n')).toContain(`${path.relative(process.cwd(), path.join(dir, where))}${where === unreadable ? ': ' : ' '}${told}`);
    chmodSync(path.join(dir, unreadable), 0o755);
  }
});

test('an article saved under topics/ is told so on each field a topic does not have, and a Markdown file under people/ is told people are YAML', () => {
  const result = check(contentWith({ 'topics/misfiled.md': seed, 'people/wang.md': seed }));
  expect(result.status).toBe(1);
  for (const field of ['section', 'author', 'editor', 'source', 'dateline', 'correspondents', 'flags']) {
    expect(result.stderr).toMatch(new RegExp(`topics/misfiled\\.md: ${field} — 本站没有“${field}”这一项：这是文章的字段，专题没有：这个文件像是一篇文章，文章请放在 articles/年/月/ 下`));
  }
  expect(result.stderr).toMatch(/topics\/misfiled\.md: tags — 本站没有“tags”这一项：专题按一个标签选文章，写 tag（单数）/);
  expect(result.stderr).not.toMatch(/topics\/misfiled\.md: \S+ — 未知字段/);
  expect(result.stderr).toMatch(/people\/wang\.md: 这个文件不会发布：人员文件用 YAML 格式，扩展名 \.yaml/);
});

test('a link to a section, person or topic that is not there, or to an article by the site’s full address, is named', () => {
  const linking = seed
    .replace(/^title: .*$/m, 'title: 链接')
    .replace(/\n---\n/, '\n---\n\n见[栏目](/sections/sports/)、[记者](/people/no-one/)、[专题](/topics/fanzha/)和[旧文](https://www.fazhibaodao.example/articles/2024/01/no-such/)。\n');
  const result = check(contentWith({ 'articles/2024/01/linking.md': linking }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的栏目 \/sections\/sports\/ 不存在，读者打开会是 404/);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的人员 \/people\/no-one\/ 不存在/);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的文章 \/articles\/2024\/01\/no-such\/ 不存在/);
  expect(result.stderr).not.toContain('/topics/fanzha/');
});

test('a link to a later page of a section, person, topic or the tag index is read too: its id, its number and the tag index’s count of pages checked, page 1 numbered passing only where there is a page 2', () => {
  const linking = seed
    .replace(/^title: .*$/m, 'title: 链接')
    .replace(
      /\n---\n/,
      '\n---\n\n见[栏目](/sections/sports/2/)、[记者](/people/no-one/3/)、[专题](/topics/no-such/2/)、[第一页](/sections/today/1/)、[标签](/tags/page/9/)、[第二页](/sections/today/2/)和[标签第一页](/tags/page/1/)。\n',
    );
  const result = check(contentWith({ 'articles/2024/01/linking.md': linking }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的栏目 \/sections\/sports\/ 不存在，读者打开会是 404/);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的人员 \/people\/no-one\/ 不存在/);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的专题 \/topics\/no-such\/ 不存在/);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的标签总页 \/tags\/page\/9\/ 不存在，读者打开会是 404：标签总页现在共 1 页（\/tags\/）/);
  // Page 1 numbered of a listing of one page (this tag index's) is not there, as its page 2 is not.
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的标签总页 \/tags\/page\/1\/ 不存在，读者打开会是 404：标签总页现在共 1 页（\/tags\/）/);
  expect(result.stderr).toMatch(/内容检查发现 5 个问题/);
  // Page 1 numbered of a listing with later pages sends readers to the listing's own address (movedPages): it works.
  expect(result.stderr).not.toMatch(/链接的\S+ \/sections\/today\/[12]\//);
});

test('a link to a page past a listing’s last (a section’s, a person’s, a topic’s, a tag’s, an archive month’s) or to a tag or a month no article has is named with the listing’s count of pages; its pages up to the last, and page 1 numbered, pass', () => {
  // 21 articles make two pages (pageSize 20) of a tag, a month, a person and a topic of their own.
  const paged = Object.fromEntries(
    Array.from({ length: 21 }, (_, index) => [
      `articles/2019/05/fenye-${index + 1}.md`,
      `---\ntitle: 分页测试${index + 1}\ndate: 2019-05-${String(index + 1).padStart(2, '0')} 09:00\nsection: law\nsource: 法治报道\nauthor: 测试员\neditor: 乔海印\ntags: [分页测试]\n---\n\n正文。\n`,
    ]),
  );
  const links = [
    ...['/tags/分页测试/2/', '/tags/%E5%88%86%E9%A1%B5%E6%B5%8B%E8%AF%95/3/', '/archive/2019/05/2/', '/archive/2019/05/3/', '/archive/2019/05/1/'],
    ...['/people/ce-shi/2/', '/people/ce-shi/3/', '/topics/fenye-ceshi/2/', '/topics/fenye-ceshi/3/index.html', '/sections/today/0/', '/sections/today/99/'],
    ...['/tags/没有这个标签/', '/archive/1999/01/', '/tags/page/0/', '/tags/草稿标签/2/', '/archive/2019/06/'],
  ];
  const linking = seed.replace(/^title: .*$/m, 'title: 链接').replace(/\n---\n/, `\n---\n\n${links.map((link, index) => `[第${index}个](${link})`).join('、')}。\n`);
  const result = check(
    contentWith({
      ...paged,
      'articles/2024/01/linking.md': linking,
      // A tag and a month only a draft has: their listings come with it, a warning for now.
      'articles/2019/06/caogao.md': paged['articles/2019/05/fenye-1.md']!.replace('2019-05-01', '2019-06-01').replace('[分页测试]', '[草稿标签]\ndraft: true'),
      'people/ce-shi.yaml': 'name: 测试员\nroles: [记者]\naffiliation: 法治报道\nbio: 测试。\nstatus: 在职\n',
      'topics/fenye-ceshi.md': '---\ntitle: 分页测试专题\ndescription: 测试。\ndate: 2019-05-22 09:00\ntag: 分页测试\n---\n',
    }),
  );
  expect(result.status).toBe(1);
  const named = (kind: string, link: string, count: string) =>
    expect(result.stderr).toMatch(new RegExp(`linking\\.md:\\d+: 链接的${kind} ${link} 不存在，读者打开会是 404：这个${kind}现在共 ${count}`));
  named('标签', '/tags/分页测试/3/', '2 页（/tags/分页测试/ 到 /tags/分页测试/2/）');
  named('归档月份', '/archive/2019/05/3/', '2 页（/archive/2019/05/ 到 /archive/2019/05/2/）');
  named('人员', '/people/ce-shi/3/', '2 页（/people/ce-shi/ 到 /people/ce-shi/2/）');
  named('专题', '/topics/fenye-ceshi/3/', '2 页（/topics/fenye-ceshi/ 到 /topics/fenye-ceshi/2/）');
  named('栏目', '/sections/today/0/', '\\d+ 页（/sections/today/ 到 /sections/today/\\d+/）');
  named('栏目', '/sections/today/99/', '\\d+ 页');
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的标签 \/tags\/没有这个标签\/ 不存在，读者打开会是 404\n/);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的归档月份 \/archive\/1999\/01\/ 不存在，读者打开会是 404\n/);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的标签总页 \/tags\/page\/0\/ 不存在/);
  expect(result.stderr).toMatch(/内容检查发现 9 个问题/);
  expect(`${result.stdout}${result.stderr}`).toMatch(/linking\.md:\d+ → \/tags\/草稿标签\/ 还没有已发布的文章/);
  expect(`${result.stdout}${result.stderr}`).toMatch(/linking\.md:\d+ → \/archive\/2019\/06\/ 还没有已发布的文章/);
  expect(result.stderr).not.toMatch(/链接的\S+ \/(?:tags\/分页测试|archive\/2019\/05|people\/ce-shi|topics\/fenye-ceshi)\/[12]\//);
});

test('a link to an attachment under /files/ that public/ does not hold is named; one it holds passes, its name written in Chinese or percent-encoded', () => {
  const publicCopy = temporary('baodao-public-');
  mkdirSync(path.join(publicCopy, 'files'));
  writeFileSync(path.join(publicCopy, 'files', '判决书.pdf'), '%PDF-1.4');
  const linking = seed
    .replace(/^title: .*$/m, 'title: 附件')
    .replace(/\n---\n/, '\n---\n\n见[判决书](/files/判决书.pdf)、[同一份](/files/%E5%88%A4%E5%86%B3%E4%B9%A6.pdf)、[起诉书](/files/起诉书.pdf)和[大写的](/files/判决书.PDF)。\n');
  const result = check(contentWith({ 'articles/2024/01/linking.md': linking }), { BAODAO_PUBLIC: publicCopy });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的附件 \/files\/起诉书\.pdf 不存在（应有文件 \S*files\/起诉书\.pdf），读者打开会是 404/);
  expect(result.stderr).not.toContain('判决书.pdf 不存在');
  // A Mac or a PC opens it, the build server and the host do not: told the name to write.
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的附件 \/files\/判决书\.PDF 的大小写与文件名不一致：请写成 \/files\/判决书\.pdf（/);
});

test('an attachment named with # or ? is found at its address written with %23 or %3F, as the host and the page’s note read it; written with # or ?, the link is told where it breaks and what to write', () => {
  const publicCopy = temporary('baodao-public-');
  mkdirSync(path.join(publicCopy, 'files'));
  writeFileSync(path.join(publicCopy, 'files', '判决书#1.pdf'), '%PDF-1.4');
  writeFileSync(path.join(publicCopy, 'files', '通知?.pdf'), '%PDF-1.4');
  const linking = seed
    .replace(/^title: .*$/m, 'title: 附件')
    .replace(/\n---\n/, '\n---\n\n见[判决书](/files/判决书%231.pdf)、[通知](/files/通知%3F.pdf)。\n\n又见[判决书](/files/判决书#1.pdf)和[通知](/files/通知?.pdf)。\n');
  const result = check(contentWith({ 'articles/2024/01/linking.md': linking }), { BAODAO_PUBLIC: publicCopy });
  expect(result.status).toBe(1);
  const told = result.stderr.split('\n').filter((line) => line.includes('linking.md:'));
  expect(told).toEqual([
    expect.stringMatching(/linking\.md:\d+: 链接的附件 \/files\/判决书#1\.pdf 到“#”就断了：网址里的 # 不算文件名，读者打开的是 \/files\/判决书，会是 404：请写成 \/files\/判决书%231\.pdf，或给文件改名$/),
    expect.stringMatching(/linking\.md:\d+: 链接的附件 \/files\/通知\?\.pdf 到“\?”就断了：网址里的 \? 不算文件名，读者打开的是 \/files\/通知，会是 404：请写成 \/files\/通知%3F\.pdf，或给文件改名$/),
  ]);
});

test('a page (单页) is held to what an article is: its fields, its file name, its links; a link to a page not there is named', () => {
  const about = readFileSync('content/pages/about.md', 'utf8');
  const linking = seed.replace(/\n---\n/, '\n---\n\n见[关于我们](/pages/about/)和[投稿须知](/pages/tougao/)。\n');
  const result = check(
    contentWith({
      'articles/2024/01/linking.md': linking,
      'pages/contact.md': about.replace('title: 关于我们', 'title: 联系我们\nauthor: 马远征'),
      'pages/tiaokuan.md': about.replace('](/pages/contact/)', '](/pages/banquan/)'),
      'pages/Tougao.md': about,
      'pages/shengming.mdx': about,
    }),
  );
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的页面 \/pages\/tougao\/ 不存在，读者打开会是 404/);
  expect(result.stderr).not.toContain('/pages/about/ 不存在');
  expect(result.stderr).toMatch(/pages\/tiaokuan\.md:\d+: 链接的页面 \/pages\/banquan\/ 不存在/);
  expect(result.stderr).toMatch(/pages\/contact\.md: author — 本站没有“author”这一项：页面不署名/);
  expect(result.stderr).toMatch(/pages\/Tougao\.md: 页面文件直接放在 pages\/ 下，文件名只用小写字母/);
  expect(result.stderr).toMatch(/pages\/shengming\.mdx: 页面文件直接放在 pages\/ 下/);
});

test('a topic’s body is held to what an article’s is: its links, its pictures', () => {
  const topic = readFileSync('content/topics/fanzha.md', 'utf8').replace(/\n---\n/, '\n---\n\n见[栏目](/sections/sports/)和[旧文](/articles/2024/01/no-such/)。\n\n![图](./no-such.jpg)\n');
  const result = check(contentWith({ 'topics/fanzha.md': topic }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/topics\/fanzha\.md:\d+: 链接的栏目 \/sections\/sports\/ 不存在，读者打开会是 404/);
  expect(result.stderr).toMatch(/topics\/fanzha\.md:\d+: 链接的文章 \/articles\/2024\/01\/no-such\/ 不存在/);
  expect(result.stderr).toMatch(/topics\/fanzha\.md:\d+: 找不到正文中的图片文件 \.\/no-such\.jpg/);
});

test('a page (单页) with no body is stopped as an article is; a draft page may be empty', () => {
  const about = readFileSync('content/pages/about.md', 'utf8');
  const empty = about.replace(/\n---\n[\s\S]*$/, '\n---\n\n');
  const result = check(contentWith({ 'pages/about.md': empty }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/^\S*pages\/about\.md: 正文 — 正文为空：请写上正文后再发布（或保留 draft: true）$/m);
  const draft = check(contentWith({ 'pages/tougao.md': empty.replace(/^title: .*$/m, 'title: 投稿须知\ndraft: true') }));
  expect(draft.status, draft.stderr).toBe(0);
});

test('no old address can take a page’s address: an article’s or a section’s under /pages/ is named', () => {
  const sections = readFileSync('content/sections.yaml', 'utf8').replace('id: law\n', 'id: law\n  aliases: [/pages/contact/]\n');
  const result = check(contentWith({ 'sections.yaml': sections, [SEED]: seed.replace(/^title: .*$/m, '$&\naliases: [/pages/about/]') }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/weifang-minzheng-shehui-zuzhi\.md: aliases 第 1 项 — 旧地址“\/pages\/about\/”与本站现有地址冲突/);
  expect(result.stderr).toMatch(/sections\.yaml: 第 2 项 aliases 第 1 项 — 旧地址“\/pages\/contact\/”与本站现有地址冲突/);
});

test('a footer page (footer.pages in the site config) that is not there, or a draft, is named: every page would link to a 404', () => {
  const dir = contentWith({ 'pages/about.md': readFileSync('content/pages/about.md', 'utf8').replace(/^title: .*$/m, '$&\ndraft: true') });
  rmSync(path.join(dir, 'pages/contact.md'));
  const result = check(dir);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/^src\/site\.config\.ts: footer\.pages 第 1 项 — 页脚页面“about”是草稿（\S*pages\/about\.md 里 draft: true）/m);
  expect(result.stderr).toMatch(/^src\/site\.config\.ts: footer\.pages 第 2 项 — 页脚页面“contact”不存在：应有页面文件 \S*pages\/contact\.md$/m);
});

test('a field in a list is named by its item, counted from 1 as editors count, in the article and in a topic', () => {
  const commas = seed.replace(/^author: .*$/m, 'author: [马远征，张文玉]');
  const topic = readFileSync('content/topics/shehui-zuzhi.md', 'utf8').replace('2025/03/shehui-zuzhi-xinyong-guanli', '2025/03/no-such-article');
  const result = check(contentWith({ 'articles/2024/01/commas.md': commas, 'topics/shehui-zuzhi.md': topic }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/commas\.md: author 第 1 项 — .*用半角逗号分隔/);
  expect(result.stderr).toMatch(/shehui-zuzhi\.md: parts 第 2 项 articles 第 2 项 — 文章“2025\/03\/no-such-article”不存在/);
});

test('a topic whose tag no article has, drafts included, is a typo: named with its file and field', () => {
  const topic = readFileSync('content/topics/weichengnianren-baohu.md', 'utf8').replace(/^tag: .*$/m, 'tag: 未成年保护');
  const parts = readFileSync('content/topics/shehui-zuzhi.md', 'utf8').replace(/( {4}articles:\n(?: {6}- .*\n)+)/, '    tag: 社会组识\n');
  const result = check(contentWith({ 'topics/weichengnianren-baohu.md': topic, 'topics/shehui-zuzhi.md': parts }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/weichengnianren-baohu\.md: tag — 没有文章带标签“未成年保护”/);
  expect(result.stderr).toMatch(/shehui-zuzhi\.md: parts 第 1 项 tag — 没有文章带标签“社会组识”/);
});

test('a topic whose articles are all drafts or dated later is not published yet, like a draft: the check says so and passes', () => {
  const draft = seed.replace(/^title: .*$/m, 'title: 草稿\ndraft: true').replace(/^tags: .*$/m, 'tags: [筹备中专题]');
  const later = seed.replace(/^title: .*$/m, 'title: 定时稿').replace(/^date: .*$/m, 'date: 2062-01-23 09:08:47').replace(/^tags: .*$/m, 'tags: [筹备中专题]');
  const topic = readFileSync('content/topics/weichengnianren-baohu.md', 'utf8').replace(/^tag: .*$/m, 'tag: 筹备中专题');
  const ids = readFileSync('content/topics/fanzha.md', 'utf8').replace(/^articles:\n(?: {2}- .*\n)+/m, 'articles:\n  - 2024/01/a-draft\n');
  const result = check(
    contentWith({ 'articles/2024/01/a-draft.md': draft, 'articles/2024/01/later.md': later, 'topics/weichengnianren-baohu.md': topic, 'topics/fanzha.md': ids }),
  );
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^提示：2 个专题还没有已发布的文章，暂不发布.*\n {2}\S*topics\/fanzha\.md\n {2}\S*topics\/weichengnianren-baohu\.md$/m);
});

/** `article` (the seed's text, changed), withdrawn. */
const withdrawing = (article: string) => article.replace(/^title: .*$/m, '$&\nwithdrawn:\n  date: 2024-02-01 10:00\n  reason: 当事人申请，依法删除');

test('a withdrawn article is never held back by what the build no longer reads: its body, its pictures', () => {
  const article = seed
    .replace(/^title: .*$/m, '$&\ncover:\n  image: ./deleted-cover.jpg\n  alt: 已删除的题图')
    .replace(/\n---\n/, '\n---\n\n{待核实} 见[上文](../02/x.md)和[旧文](/articles/2024/01/no-such-article/)。\n\n<Figure>\n![现场](./deleted.jpg)\n');
  const result = check(contentWith({ 'articles/2024/01/taken-down.mdx': withdrawing(article) }));
  expect(result.status, result.stderr).toBe(0);
  // The same article, published, is stopped.
  const published = check(contentWith({ 'articles/2024/01/taken-down.mdx': article }));
  expect(published.status).toBe(1);
  expect(published.stderr).toMatch(/taken-down\.mdx: cover\.image — 找不到图片文件 \.\/deleted-cover\.jpg/);
  expect(published.stderr).toMatch(/taken-down\.mdx:\d+: <Figure> 没有结束标签/);
});

test('a withdrawn article’s front matter must still be right: the build reads it', () => {
  const article = withdrawing(seed).replace(/^  reason: .*\n/m, '').replace(/^date: .*$/m, 'date: 2024-02-30 09:00');
  const result = check(contentWith({ 'articles/2024/01/taken-down.md': article }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/taken-down\.md: date — 发布时间 date“2024-02-30 09:00”不存在：2024 年 2 月只有 29 天/);
  expect(result.stderr).toMatch(/taken-down\.md: withdrawn\.reason — 缺少撤稿原因 withdrawn\.reason/);
});

test('a withdrawn article is not listed as scheduled, nor asked about its names; a link to it is a warning that names it', () => {
  const later = withdrawing(seed)
    .replace(/^date: .*$/m, 'date: 2061-05-01 08:00:00')
    .replace(/^  date: .*$/m, '  date: 2061-05-01 09:00')
    .replace(/^author: .*$/m, 'author: 无此人员');
  const linking = seed.replace(/^title: .*$/m, 'title: 链接撤稿').replace(/\n---\n/, '\n---\n\n见[原报道](/articles/2024/01/taken-down/)。\n');
  const result = check(contentWith({ 'articles/2024/01/taken-down.md': later, 'articles/2024/01/linking.md': linking }));
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).not.toContain('定时发布');
  expect(result.stderr).toMatch(
    /^警告 \(warning\): 以下 1 个链接指向已撤稿的文章，读者打开只会看到文章已删除：请删去这些链接（链接文字引用了原标题的，一并改掉）：\n {2}\S*linking\.md:\d+ → \/articles\/2024\/01\/taken-down\/$/m,
  );
  expect(result.stderr).not.toContain('还没有发布');
  expect(result.stderr).not.toContain('无此人员');
});

test('a link to a tag or a month only withdrawn articles have is a 404 named, not a listing to come: they never publish', () => {
  // The seed's tags and month are others' too: this one has its own, and a draft shares neither.
  const taken = withdrawing(seed).replace(/^date: .*$/m, 'date: 2019-07-02 09:00').replace(/^tags: .*$/m, 'tags: [撤稿标签]');
  const linking = seed.replace(/^title: .*$/m, 'title: 链接').replace(/\n---\n/, '\n---\n\n见[标签](/tags/撤稿标签/)和[月份](/archive/2019/07/)。\n');
  const result = check(contentWith({ 'articles/2019/07/taken-down.md': taken, 'articles/2024/01/linking.md': linking }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的标签 \/tags\/撤稿标签\/ 不存在，读者打开会是 404\n/);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接的归档月份 \/archive\/2019\/07\/ 不存在，读者打开会是 404\n/);
  expect(`${result.stdout}${result.stderr}`).not.toContain('还没有已发布的文章');
});

test('a link to a withdrawn article’s old address (aliases) is a warning as a link to its own address is: it leads to the same 404', () => {
  const taken = withdrawing(seed).replace(/^title: .*$/m, '$&\naliases: [/html/2024/0531/999.html, /plus/view.php?aid=999, /a/jiu/]');
  const links = [
    '[旧地址](/html/2024/0531/999.html)',
    '[动态地址](/plus/view.php?aid=999&from=timeline)',
    '[全址](https://www.fazhibaodao.example/a/jiu)',
    '[另一篇](/plus/view.php?aid=9990)',
    '[原报道](/articles/2024/01/taken-down/)',
  ];
  // One a paragraph: listed in the order of the body's lines.
  const inBody = (text: string) => withLinks(text, links);
  const result = check(
    contentWith({
      'articles/2024/01/taken-down.md': taken,
      'articles/2024/01/linking.md': inBody(seed.replace(/^title: .*$/m, 'title: 链接旧地址')),
      'pages/contact.md': inBody(readFileSync('content/pages/contact.md', 'utf8')),
      // Not from a draft: no reader follows its links.
      'articles/2024/01/draft-linking.md': inBody(seed.replace(/^title: .*$/m, 'title: 草稿链接\ndraft: true')),
    }),
  );
  expect(result.status, result.stderr).toBe(0);
  const old = (address: string) => `${address.replace(/[.?/]/g, '\\$&')}（/articles/2024/01/taken-down/ 的旧地址）`;
  const lines = (file: string) => [
    ` {2}\\S*${file}:\\d+ → ${old('/html/2024/0531/999.html')}`,
    ` {2}\\S*${file}:\\d+ → ${old('/plus/view.php?aid=999&from=timeline')}`,
    ` {2}\\S*${file}:\\d+ → ${old('/a/jiu')}`,
    ` {2}\\S*${file}:\\d+ → \\/articles\\/2024\\/01\\/taken-down\\/`,
  ];
  expect(result.stderr).toMatch(
    new RegExp(
      ['^警告 \\(warning\\): 以下 8 个链接指向已撤稿的文章，读者打开只会看到文章已删除：请删去这些链接（链接文字引用了原标题的，一并改掉）：', ...lines('articles/2024/01/linking\\.md'), ...lines('pages/contact\\.md')].join('\n') + '$',
      'm',
    ),
  );
  expect(result.stderr).not.toContain('aid=9990');
  expect(result.stderr).not.toContain('draft-linking.md');
});

test('a topic that lists a withdrawn article is a warning naming the topic, the item and the article; a topic whose articles are all withdrawn is said to be so, not waiting', () => {
  const topic = (title: string, selection: string) => `---\ntitle: ${title}\ndescription: 测试专题。\ndate: 2024-02-02 09:00:00\n${selection}\n---\n\n测试专题。\n`;
  const result = check(
    contentWith({
      'articles/2024/01/taken-down.md': withdrawing(seed).replace(/^tags: .*$/m, 'tags: [撤稿专题标签, 筹备中专题]'),
      'articles/2024/01/a-draft.md': seed.replace(/^title: .*$/m, 'title: 草稿\ndraft: true').replace(/^tags: .*$/m, 'tags: [筹备中专题]'),
      // Published still, with its other articles.
      'topics/fanzha.md': readFileSync('content/topics/fanzha.md', 'utf8').replace(/^articles:\n(?: {2}- .*\n)+/m, '$&  - 2024/01/taken-down\n'),
      // Its only articles, listed or tagged, are withdrawn.
      'topics/chegao.md': topic('撤稿专题', 'parts:\n  - title: 原报道\n    articles: [2024/01/taken-down]'),
      'topics/weichengnianren-baohu.md': readFileSync('content/topics/weichengnianren-baohu.md', 'utf8').replace(/^tag: .*$/m, 'tag: 撤稿专题标签'),
      // A draft is still to come: it waits.
      'topics/dengdai.md': topic('等待专题', 'tag: 筹备中专题'),
      // A draft topic is not asked about.
      'topics/caogao.md': topic('草稿专题', 'articles: [2024/01/taken-down]\ndraft: true'),
      'articles/2024/01/linking.md': seed.replace(/^title: .*$/m, 'title: 链接专题').replace(/\n---\n/, '\n---\n\n见[专题](/topics/weichengnianren-baohu/)。\n'),
    }),
  );
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toMatch(
    /^警告 \(warning\): 以下 2 处专题列出的文章已撤稿，不再显示在专题里：请从专题中删去：\n {2}\S*topics\/chegao\.md: parts 第 1 项 articles 第 1 项 → 2024\/01\/taken-down\n {2}\S*topics\/fanzha\.md: articles 第 6 项 → 2024\/01\/taken-down$/m,
  );
  expect(result.stderr).toMatch(
    /^警告 \(warning\): 以下 2 个专题的文章都已撤稿，专题不再发布（没有专题页，也不在专题列表里）：请给专题另选文章，或删去专题文件：\n {2}\S*topics\/chegao\.md\n {2}\S*topics\/weichengnianren-baohu\.md$/m,
  );
  expect(result.stderr).toMatch(/^ {2}\S*linking\.md:\d+ → \/topics\/weichengnianren-baohu\/ 的文章都已撤稿，不再发布$/m);
  expect(result.stdout).toMatch(/^提示：1 个专题还没有已发布的文章，暂不发布.*\n {2}\S*topics\/dengdai\.md$/m);
  expect(`${result.stdout}${result.stderr}`).not.toContain('caogao.md');
});

test('in GitHub Actions, each problem is also an annotation on its file and line, which a pull request shows there', () => {
  const article = seed.replace(/^section: .*$/m, 'section: todya').replace(/^title: .*$/m, '$&\ncover:\n  image: ./weifang.jpg\n  alt: ""');
  const lines = article.split('\n');
  const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start)) + 1;
  const dir = contentWith({ [SEED]: article });
  const result = check(dir, { GITHUB_ACTIONS: 'true' });
  expect(result.status).toBe(1);
  const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
  const file = path.relative(process.cwd(), path.join(dir, SEED)).replaceAll(':', '%3A').replaceAll(',', '%2C');
  const at = (line: number, field: string) => annotations.filter((annotation) => annotation.startsWith(`::error file=${file},line=${line},title=内容检查：${field}::`));
  expect(at(lineOf('section:'), 'section')).toEqual([expect.stringContaining('::栏目“todya”不存在')]);
  expect(at(lineOf('  alt:'), 'cover.alt')).toHaveLength(1);
  // Every problem the log names is annotated as an error, and nothing else (its warnings are warnings).
  const count = Number(/内容检查发现 (\d+) 个问题/.exec(result.stderr)?.[1]);
  expect(annotations.filter((annotation) => annotation.startsWith('::error'))).toHaveLength(count);
  expect(annotations.filter((annotation) => !annotation.startsWith('::error')).every((annotation) => annotation.startsWith('::warning'))).toBe(true);
  // Outside GitHub Actions, none.
  expect(check(dir).stdout).not.toContain('::error');
});

test('in GitHub Actions, each file a warning is about is also a warning annotation, on its line where known; the log says the warning as before', () => {
  const linking = seed.replace(/^title: .*$/m, 'title: 链接草稿').replace(/\n---\n/, '\n---\n\n见[草稿](/articles/2024/01/a-draft/)。\n');
  const fanzha = readFileSync('content/topics/fanzha.md', 'utf8').replace(/^articles:\n(?: {2}- .*\n)+/m, '$&  - 2024/01/taken-down\n');
  const dir = contentWith({
    'articles/2024/01/a-draft.md': seed.replace(/^title: .*$/m, 'title: 草稿\ndraft: true'),
    'articles/2024/01/linking.md': linking,
    'articles/2024/01/taken-down.md': withdrawing(seed).replace(/^title: .*$/m, 'title: 撤稿'),
    'topics/fanzha.md': fanzha,
  });
  const result = check(dir, { GITHUB_ACTIONS: 'true' });
  expect(result.status, result.stderr).toBe(0);
  const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
  const file = (rel: string) => path.relative(process.cwd(), path.join(dir, rel));
  const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;
  expect(annotations).toContain(
    `::warning file=${file('articles/2024/01/linking.md')},line=${lineOf(linking, '见[草稿](/articles/2024/01/a-draft/)。')},title=内容检查::链接 /articles/2024/01/a-draft/ 指向还没有发布（或文件有错误）的文章，读者现在打开会是 404`,
  );
  // A topic's item, by its field: on the item's line.
  expect(annotations).toContainEqual(
    expect.stringMatching(new RegExp(`^::warning file=${file('topics/fanzha.md')},line=${lineOf(fanzha, '  - 2024/01/taken-down')},title=内容检查：articles 第 \\d+ 项::列出的文章 2024/01/taken-down 已撤稿`)),
  );
  // Each article with a byline that matches no person (the demo has some on purpose), named once with its names.
  expect(annotations).toContain(`::warning file=${file('articles/2024/03/linhe-fayuan-jiashi-tiaojie.md')},title=内容检查::署名 钱晓薇 在人员查询（content/people/）中找不到，不会链接到人员页面`);
  // Every file the warnings name, and nothing else; none for the whole warning.
  const named = new Set([...result.stderr.matchAll(/[^\s:：、]+\.(?:md|yaml)\b/g)].map(([named]) => named));
  expect(new Set(annotations.map((annotation) => /^::warning file=([^,]+),/.exec(annotation)?.[1]))).toEqual(named);
  expect(result.stderr).toMatch(/^警告 \(warning\): 以下 1 个链接指向还没有发布（或文件有错误）的文章，读者现在打开会是 404：\n {2}\S*linking\.md:\d+ → \/articles\/2024\/01\/a-draft\/$/m);
  expect(result.stderr).not.toContain('::');
  // Outside GitHub Actions, none.
  expect(check(dir).stdout).not.toContain('::warning');
});

test('two people with one name are a warning naming both files: bylines with it link to neither', () => {
  const person = readFileSync('content/people/ma-yuanzheng.yaml', 'utf8');
  const namesake = person.replace(/^credential:[\s\S]*?(?=^\S)/m, '').replace(/^bio: .*$/m, 'bio: 另一位同名的通讯员。');
  const result = check(contentWith({ 'people/ma-yuanzheng-2.yaml': namesake }));
  expect(result.status, result.stderr).toBe(0);
  const name = /^name: (.*)$/m.exec(person)![1];
  const warning = result.stderr.split('警告 (warning): ').find((text) => text.includes('不止一位'));
  expect(warning).toMatch(/^以下 1 个姓名在人员查询（content\/people\/）中不止一位，署名中的这些名字不会链接到任何一位（无法判断是谁）：\n/);
  const line = warning!.split('\n')[1]!;
  expect(line.startsWith(`  ${name}：`)).toBe(true);
  expect(line.split('：')[1]!.split('、').map((file) => path.basename(file)).sort()).toEqual(['ma-yuanzheng-2.yaml', 'ma-yuanzheng.yaml']);
  // The demo's directory has no namesakes.
  expect(check('content').stderr).not.toContain('不止一位');
});

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#c33"/></svg>\n';

test('an SVG made into a share card (an article’s video poster, a topic’s cover) is refused with its field; in a body and as a person’s photo it is served as it is', () => {
  const article = seed
    .replace(/^title: .*$/m, '$&\nvideo:\n  src: /media/demo-video.webm\n  poster: ./chart.svg')
    .replace(/\n$/, '\n\n![示意图](./chart.svg)\n');
  const topic = readFileSync('content/topics/fanzha.md', 'utf8').replace(/^date: .*$/m, '$&\ncover:\n  image: ./chart.svg\n  alt: 示意图');
  const person = readFileSync('content/people/xu-zhiheng.yaml', 'utf8').replace(/^name: .*$/m, '$&\nphoto: ./chart.svg');
  const result = check(
    contentWith({
      'articles/2024/01/svg.md': article,
      'articles/2024/01/chart.svg': SVG,
      'topics/fanzha.md': topic,
      'topics/chart.svg': SVG,
      'people/xu-zhiheng.yaml': person,
      'people/chart.svg': SVG,
    }),
  );
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/内容检查发现 2 个问题/);
  expect(result.stderr).toMatch(/svg\.md: video\.poster — 图片 \.\/chart\.svg 是 SVG 格式：.*请转换为 JPEG 或 PNG$/m);
  expect(result.stderr).toMatch(/topics\/fanzha\.md: cover\.image — 图片 \.\/chart\.svg 是 SVG 格式：.*请转换为 JPEG 或 PNG$/m);
});

test('a link to another article by a path from the file is told the article’s address; one to where no article is, that the article does not exist', () => {
  const linking = seed.replace(/^date: .*$/m, 'date: 2026-10-08 09:00:00').replace(/\n---\n/, '\n---\n\n[上一篇](../09/shipin-fanzha-xuanchuan/)\n\n[材料](../09/cailiao/)\n');
  const result = check(contentWith({ 'articles/2026/10/linking.md': linking }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/内容检查发现 2 个问题/);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接 \.\.\/09\/shipin-fanzha-xuanchuan\/ 是文件路径，读者打开会是 404：请写成文章地址 \/articles\/2026\/09\/shipin-fanzha-xuanchuan\/$/m);
  expect(result.stderr).toMatch(/linking\.md:\d+: 链接 \.\.\/09\/cailiao\/ 指向的文章 \/articles\/2026\/09\/cailiao\/ 不存在，读者打开会是 404/);
});

test('two people with one credential number, as readers type it, are refused, each naming the other', () => {
  const same = readFileSync('content/people/guo-jingwen.yaml', 'utf8').replace(/number: .*/, 'number: fzbd 2021 017');
  const result = check(contentWith({ 'people/guo-jingwen.yaml': same }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/内容检查发现 2 个问题/);
  expect(result.stderr).toMatch(/people\/guo-jingwen\.yaml: credential\.number — 证件号 fzbd 2021 017 与 \S*people\/xu-zhiheng\.yaml 的相同：读者在人员查询里凭证件号核实身份/);
  expect(result.stderr).toMatch(/people\/xu-zhiheng\.yaml: credential\.number — 证件号 FZBD-2021-017 与 \S*people\/guo-jingwen\.yaml 的相同/);
});

test('a sections.yaml saved as GBK is named, as an article would be, not published as a garbled navigation', () => {
  const dir = contentWith({});
  // 今日资讯 in GBK, as Notepad on a Chinese Windows saves it.
  const [before, after] = readFileSync('content/sections.yaml', 'utf8').split('今日资讯');
  writeFileSync(path.join(dir, 'sections.yaml'), Buffer.concat([Buffer.from(before!), Buffer.from('bdf1c8d5d7cad1b6', 'hex'), Buffer.from(after!)]));
  const result = check(dir);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/内容检查发现 1 个问题：\n\S*sections\.yaml: 文件不是 UTF-8 编码（可能是 GBK）：请在编辑器里另存为 UTF-8，否则读者会看到乱码$/m);
});

test('a problem does not hide the warnings: every problem is printed, then the warnings', () => {
  const draft = seed.replace(/^title: .*$/m, 'title: 草稿\ndraft: true');
  const linking = seed.replace(/^title: .*$/m, 'title: 链接草稿').replace(/\n---\n/, '\n---\n\n见[草稿](/articles/2024/01/a-draft/)。\n');
  const mistyped = seed.replace(/^title: .*$/m, 'title: 栏目写错').replace(/^section: .*$/m, 'section: sports');
  const result = check(contentWith({ 'articles/2024/01/a-draft.md': draft, 'articles/2024/01/linking.md': linking, 'articles/2024/01/mistyped.md': mistyped }));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/^内容检查发现 1 个问题：\n\S*mistyped\.md: section — 栏目“sports”不存在[^\n]*\n/);
  const problems = result.stderr.indexOf('内容检查发现');
  const warning = result.stderr.search(/^警告 \(warning\): 以下 1 个链接指向还没有发布（或文件有错误）的文章，读者现在打开会是 404：\n {2}\S*linking\.md:\d+ → \/articles\/2024\/01\/a-draft\/$/m);
  expect(warning).toBeGreaterThan(problems);
  expect(result.stdout).not.toContain('内容检查通过');
});

test('an article dated in another year or month than its folder is a warning naming the file, the date and the folder; a draft is not told, nor is the demo', () => {
  const dated = (title: string, date: string, extra = '') => seed.replace(/^date: .*$/m, `date: ${date}`).replace(/^title: .*$/m, `title: ${title}${extra}`);
  const result = check(
    contentWith({
      'articles/2026/10/wrong-year.md': dated('年份写错', '2025-10-10 09:00'),
      // 2026-10-31 23:30 in Beijing is 15:30 UTC: filed by the site's time zone, not the machine's.
      'articles/2026/10/late-night.md': dated('深夜', '2026-10-31 23:30:00'),
      'articles/2026/10/a-draft.md': dated('草稿', '2026-11-02 09:00', '\ndraft: true'),
    }),
  );
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toMatch(/^警告 \(warning\): 以下 1 篇文章的日期与所在的年\/月文件夹不一致。[^\n]*\n {2}\S*articles\/2026\/10\/wrong-year\.md: date 2025-10-10 09:00:00 归档在 2025\/10，文件在 2026\/10\/$/m);
  expect(check('content').stderr).not.toContain('文件夹不一致');
});

test("the README's example of a stopped build is what the check prints for those three mistakes, line for line", () => {
  const readme = readFileSync('README.md', 'utf8');
  const example = /```\n构建失败 \(build failed\):\n(内容检查发现[^\n]*\n[\s\S]*?)```/.exec(readme)![1]!.trim().split('\n');
  const file = 'articles/2024/01/x.md';
  const article = '---\ntitel: 测试文章\ndate: 2024-01-23 09:08\nsection: sports\nsource: 法治报道\nauthor: [马远征, 张文玉 乔海印]\neditor: 乔海印\n---\n\n正文第一段。\n';
  const result = check(contentWith({ [file]: article }));
  expect(result.status).toBe(1);
  // Named as the README names it, from the project's content/.
  const printed = result.stderr.split('\n').map((line) => line.replace(/^\S*?articles\/2024\/01\/x\.md/, `content/${file}`));
  const start = printed.findIndex((line) => line.startsWith('内容检查发现'));
  expect(printed.slice(start, start + example.length)).toEqual(example);
});
