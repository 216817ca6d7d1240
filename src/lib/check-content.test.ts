import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { EMPTY_BODY, articleProblems, checkContent, checkMessages, oldPinsNotice, pageProblems, passedSummary, scheduledNotice, smallPictureMessage, unmatchedWarning, videoProblems } from './check-content.ts';
import { temporaryFolders } from '../../tests/support/temporary.ts';

const temporary = temporaryFolders();

test('the unmatched-name warning stays a few lines however large the archive', () => {
  const files = (n: number) => Array.from({ length: n }, (_, i) => `a/${i}.md`);
  expect(unmatchedWarning(new Map())).toBeUndefined();
  expect(unmatchedWarning(new Map([['钱晓薇', files(2)]]))?.text).toBe(
    '以下 1 个署名在人员查询（content/people/）中找不到，不会链接到人员页面：\n  钱晓薇:a/0.md、a/1.md',
  );
  const many = unmatchedWarning(new Map(Array.from({ length: 40 }, (_, i) => [`名${i}`, files(500)])))!.text;
  expect(many.split('\n')).toHaveLength(1 + 30 + 1);
  expect(many).toContain('  名0:a/0.md、a/1.md、a/2.md 等 500 篇');
  expect(many.endsWith('  等，共 40 个署名')).toBe(true);
});

test('the unmatched-name warning is about each file, told every name in it, however many the text shows', () => {
  const unmatched = new Map([
    ['钱晓薇', ['a/1.md', 'a/2.md']],
    ['甄立伟', ['a/2.md']],
    ...Array.from({ length: 40 }, (_, i) => [`名${i}`, ['b/1.md']] as [string, string[]]),
  ]);
  const { files } = unmatchedWarning(unmatched)!;
  expect(files.map(({ file }) => file)).toEqual(['a/1.md', 'a/2.md', 'b/1.md']);
  expect(files[1]).toEqual({ file: 'a/2.md', field: '', message: '署名 钱晓薇、甄立伟 在人员查询（content/people/）中找不到，不会链接到人员页面' });
  expect(files[2]!.message.split('、')).toHaveLength(40);
});

test('the scheduled notice lists the first ten and counts the rest', () => {
  expect(scheduledNotice([])).toBeUndefined();
  const scheduled = Array.from({ length: 12 }, (_, i) => ({ file: `a/${i}.md`, date: `2099-01-${String(i + 1).padStart(2, '0')} 08:00:00` }));
  const notice = scheduledNotice(scheduled)!;
  expect(notice.split('\n')).toHaveLength(1 + 10 + 1);
  expect(notice).toMatch(/^12 篇文章定时发布/);
  expect(notice).toContain('  2099-01-01 08:00:00 a/0.md');
  expect(notice.endsWith('  等，共 12 篇')).toBe(true);
});

test('the notice of old pins lists each with its date, the first ten, and counts the rest', () => {
  expect(oldPinsNotice([])).toBeUndefined();
  expect(oldPinsNotice([{ file: 'a/1.md', date: '2026-01-12 15:00:00' }])).toBe(
    '1 篇置顶文章发布已超过 30 天，仍排在栏目列表最前面；不再需要置顶的，请从 flags 删去 pinned：\n  2026-01-12 15:00:00 a/1.md',
  );
  const many = oldPinsNotice(Array.from({ length: 12 }, (_, i) => ({ file: `a/${i}.md`, date: '2026-01-12 15:00:00' })))!;
  expect(many.split('\n')).toHaveLength(1 + 10 + 1);
  expect(many.endsWith('  等，共 12 篇')).toBe(true);
});

test('an article with no body is stopped, unless it is a draft or a video with its caption', () => {
  const article = { title: '标题一', author: ['马远征'], editor: ['乔海印'], draft: false };
  const empty = '---\ntitle: 标题一\n---\n\n  \n';
  expect(articleProblems(article, empty)).toEqual([{ field: '正文', message: expect.stringMatching(/^正文为空/) }]);
  expect(articleProblems(article, '---\ntitle: 标题一\n---')).toHaveLength(1);
  expect(articleProblems({ ...article, draft: true }, empty)).toEqual([]);
  expect(articleProblems({ ...article, video: { src: 'https://v.example.cn/a.mp4' } }, empty)).toEqual([]);
  expect(articleProblems(article, `${empty}正文。\n`)).toEqual([]);
});

test('a page (单页) with no body is stopped as an article is, unless it is a draft', () => {
  const empty = '---\ntitle: 投稿须知\n---\n\n  \n';
  expect(pageProblems({ draft: false }, empty)).toEqual([{ field: '正文', message: EMPTY_BODY }]);
  expect(pageProblems({ draft: true }, empty)).toEqual([]);
  expect(pageProblems({ draft: false }, `${empty}投稿请寄编辑部。\n`)).toEqual([]);
});

test('a withdrawn article is held to nothing about what readers would see: an emptied body, the template’s words, a video not there', async () => {
  const withdrawn = { date: new Date('2024-02-01T02:00:00Z'), reason: '法院判决要求删除' };
  const article = { title: '标题', author: ['作者'], editor: ['责任编辑'], draft: false, video: { src: '/media/gone.mp4' } };
  const emptied = '---\ntitle: 标题\n---\n';
  // Published, the same article is stopped on each.
  expect(articleProblems(article, emptied).map((p) => p.field)).toEqual(['title', 'author', 'editor']);
  expect((await videoProblems(article)).map((p) => p.field)).toEqual(['video.src']);
  expect(articleProblems({ ...article, video: undefined }, emptied).map((p) => p.field)).toContain('正文');
  expect(articleProblems({ ...article, withdrawn }, emptied)).toEqual([]);
  expect(articleProblems({ ...article, video: undefined, withdrawn }, emptied)).toEqual([]);
  expect(await videoProblems({ ...article, withdrawn })).toEqual([]);
});

test('a check that passed says what it checked: articles, people, topics and pages (单页)', () => {
  expect(passedSummary({ articles: 49, people: 15, topics: 3, pages: 2 })).toBe('内容检查通过：49 篇文章，15 位人员，3 个专题，2 个页面。');
});

test('a video under public/ named in another case than its file is told the name to write: a Mac or a PC plays it, the server does not', async () => {
  // public/media/ holds demo-video.webm.
  expect(await videoProblems({ video: { src: '/media/Demo-Video.webm' } })).toEqual([
    { field: 'video.src', message: expect.stringMatching(/^视频 \/media\/Demo-Video\.webm 的大小写与文件名不一致：请写成 \/media\/demo-video\.webm（/) },
  ]);
  expect(await videoProblems({ video: { src: '/media/demo-video.webm' } })).toEqual([]);
  expect(await videoProblems({})).toEqual([]);
});

test('a video’s captions (video.captions) not under public/, or in another case than their file, are named by their field', async () => {
  // public/media/ holds demo-video.vtt.
  expect(await videoProblems({ video: { src: '/media/demo-video.webm', captions: '/media/demo-video.vtt' } })).toEqual([]);
  expect(await videoProblems({ video: { src: '/media/demo-video.webm', captions: '/media/no-such.vtt' } })).toEqual([
    { field: 'video.captions', message: '找不到视频字幕文件 public/media/no-such.vtt（站内字幕放在 public/ 下，地址从 / 写起，如 /media/2024/video.vtt）' },
  ]);
  expect(await videoProblems({ video: { src: '/media/gone.mp4', captions: '/media/Demo-Video.vtt' } })).toEqual([
    { field: 'video.src', message: expect.stringMatching(/^找不到视频文件 public\/media\/gone\.mp4/) },
    { field: 'video.captions', message: expect.stringMatching(/^字幕 \/media\/Demo-Video\.vtt 的大小写与文件名不一致：请写成 \/media\/demo-video\.vtt（/) },
  ]);
});

const nothing = { unmatched: new Map(), sharedNames: new Map(), linksToUnpublished: [], linksToWithdrawn: [], topicsListingWithdrawn: [], withdrawnTopics: [], scheduled: [], emptyTopics: [], oldPins: [], oldHeadline: undefined, linksToUnbuilt: [], otherFrames: [], untitledFrames: [], longFields: [], smallPictures: [], misfiled: [], changedLater: [], changedUnseen: [] };

test('links to pages and topics readers will not get are one warning, each link with why, and about each link’s file and line', () => {
  expect(checkMessages(nothing).warnings).toEqual([]);
  const linksToUnbuilt = [
    { file: 'content/articles/2024/01/a.md:9', url: '/pages/zhaopin/', why: '是草稿（draft: true）' },
    { file: 'content/pages/about.md:12', url: '/topics/fanzha/', why: '还没有已发布的文章，暂不发布' },
  ];
  expect(checkMessages({ ...nothing, linksToUnbuilt }).warnings).toEqual([
    {
      text:
        '以下 2 个链接指向还没有发布的页面或专题，读者现在打开会是 404：\n' +
        '  content/articles/2024/01/a.md:9 → /pages/zhaopin/ 是草稿（draft: true）\n' +
        '  content/pages/about.md:12 → /topics/fanzha/ 还没有已发布的文章，暂不发布',
      files: [
        { file: 'content/articles/2024/01/a.md:9', field: '', message: '链接指向的 /pages/zhaopin/ 是草稿（draft: true），读者现在打开会是 404' },
        { file: 'content/pages/about.md:12', field: '', message: '链接指向的 /topics/fanzha/ 还没有已发布的文章，暂不发布，读者现在打开会是 404' },
      ],
    },
  ]);
});

test('every warning is about the files it names, each told what the warning says of it', () => {
  const { warnings } = checkMessages({
    ...nothing,
    sharedNames: new Map([['马远征', ['people/a.yaml', 'people/b.yaml']]]),
    linksToUnpublished: [{ file: 'x.md:7', id: '2024/01/draft' }],
    linksToWithdrawn: [{ file: 'y.md:8', id: '2024/01/gone', address: '/plus/view.php?aid=9' }],
    topicsListingWithdrawn: [{ file: 'topics/t.md', field: 'articles 第 2 项', id: '2024/01/gone' }],
    withdrawnTopics: ['topics/u.md'],
  });
  expect(warnings.flatMap(({ files }) => files)).toEqual([
    { file: 'people/a.yaml', field: 'name', message: '姓名“马远征”在人员查询（content/people/）中不止一位，署名中的这个名字不会链接到任何一位（无法判断是谁）；同名的还有 people/b.yaml' },
    { file: 'people/b.yaml', field: 'name', message: '姓名“马远征”在人员查询（content/people/）中不止一位，署名中的这个名字不会链接到任何一位（无法判断是谁）；同名的还有 people/a.yaml' },
    { file: 'x.md:7', field: '', message: '链接 /articles/2024/01/draft/ 指向还没有发布（或文件有错误）的文章，读者现在打开会是 404' },
    {
      file: 'y.md:8',
      field: '',
      message: '链接 /plus/view.php?aid=9（/articles/2024/01/gone/ 的旧地址） 指向已撤稿的文章，读者打开只会看到文章已删除：请删去这个链接（链接文字引用了原标题的，一并改掉）',
    },
    { file: 'topics/t.md', field: 'articles 第 2 项', message: '列出的文章 2024/01/gone 已撤稿，不再显示在专题里：请从专题中删去' },
    { file: 'topics/u.md', field: '', message: '专题的文章都已撤稿，专题不再发布（没有专题页，也不在专题列表里）：请给专题另选文章，或删去专题文件' },
  ]);
  // The terminal's words are as they were: a heading and a line a link.
  expect(warnings[2]!.text).toBe('以下 1 个链接指向已撤稿的文章，读者打开只会看到文章已删除：请删去这些链接（链接文字引用了原标题的，一并改掉）：\n  y.md:8 → /plus/view.php?aid=9（/articles/2024/01/gone/ 的旧地址）');
});

test('a title or a summary far too long is a warning naming the file, the field and its length', () => {
  const { warnings } = checkMessages({ ...nothing, longFields: [{ file: 'a.md', field: 'summary', length: 1200 }] });
  expect(warnings).toEqual([
    {
      text: '以下 1 处标题或导读过长，可能是误粘贴了正文：\n  a.md: 导读 summary 有 1200 字，超过 300 字，可能是误粘贴了正文：请检查',
      files: [{ file: 'a.md', field: 'summary', message: '导读 summary 有 1200 字，超过 300 字，可能是误粘贴了正文：请检查' }],
    },
  ]);
});

test('the content check refuses a tag spelt as another but for case, naming both files, and warns of a title far too long', async () => {
  const dir = temporary('baodao-tags-');
  writeFileSync(path.join(dir, 'sections.yaml'), '- id: law\n  name: 法治要闻\n  order: 1\n');
  mkdirSync(path.join(dir, 'articles/2024/01'), { recursive: true });
  const article = (name: string, tags: string, title = '枫林县警调联动') =>
    writeFileSync(
      path.join(dir, 'articles/2024/01', `${name}.md`),
      `---\ntitle: ${title}\ndate: 2024-01-23 09:00\nsection: law\nsource: 法治报道\nauthor: 马远征\neditor: 乔海印\ntags: ${tags}\n---\n\n正文。\n`,
    );
  article('a', '[law, 民政]');
  article('c', '[law]');
  article('b', '[Law]', '长'.repeat(300));
  const result = await checkContent(dir, { timeZone: 'Asia/Shanghai', name: '法治报道', pageSize: 20 }, new Date('2030-01-01'));
  const file = (name: string) => path.relative(process.cwd(), path.join(dir, 'articles/2024/01', `${name}.md`));
  expect(result.problems).toEqual([{ file: file('b'), field: 'tags', message: expect.stringContaining(`标签“Law”与另一种写法只差大小写或空格（${file('a')}、${file('c')} 写作“law”）：请写成“law”`) }]);
  expect(result.longFields).toEqual([{ file: file('b'), field: 'title', length: 300 }]);
});

test('an article dated in another month than its folder is one warning, naming the file, the date and both folders, and told at its date', () => {
  const misfiled = [{ file: 'content/articles/2026/10/x.md', date: '2025-10-10 09:00:00', folder: '2026/10', dated: '2025/10' }];
  const [warning, ...rest] = checkMessages({ ...nothing, misfiled }).warnings;
  expect(rest).toEqual([]);
  expect(warning!.text).toMatch(/^以下 1 篇文章的日期与所在的年\/月文件夹不一致。文章按日期归档.*把原来的网址写进 aliases）：\n {2}content\/articles\/2026\/10\/x\.md: date 2025-10-10 09:00:00 归档在 2025\/10，文件在 2026\/10\/$/);
  expect(warning!.files).toEqual([
    { file: 'content/articles/2026/10/x.md', field: 'date', message: expect.stringMatching(/^日期 2025-10-10 09:00:00 归档在 2025\/10，文件却在 2026\/10\/ 下。文章按日期归档/) },
  ]);
});

/**
 * A content folder of one section (law) and a writer of its articles of 2026-11, each with its
 * `date` and the front matter lines `more` (an 更新, 更正 …).
 */
function datedArticles(prefix: string) {
  const dir = temporary(prefix);
  writeFileSync(path.join(dir, 'sections.yaml'), '- id: law\n  name: 法治要闻\n  order: 1\n');
  mkdirSync(path.join(dir, 'articles/2026/11'), { recursive: true });
  const article = (name: string, date: string, more: string) =>
    writeFileSync(
      path.join(dir, 'articles/2026/11', `${name}.md`),
      `---\ntitle: 枫林县警调联动\ndate: ${date}\nsection: law\nsource: 法治报道\nauthor: 马远征\neditor: 乔海印\n${more}---\n\n正文。\n`,
    );
  return { dir, article };
}

test('an 更新 or 更正 of a published article or page dated after the build is one warning, naming each file, field and date as written; one of an article still to come is not', async () => {
  const { dir, article } = datedArticles('baodao-later-');
  mkdirSync(path.join(dir, 'pages'), { recursive: true });
  // 12 for 11 in the month, 2027 for 2026 in the year; the build runs on 2026-11-27 at 09:00.
  article('updated', '2026-11-20 09:00', 'updated: 2026-12-21 10:00\n');
  article('corrected', '2026-11-20 09:00', 'corrections:\n  - date: 2026-11-21\n    text: 更正一\n  - date: 2027-11-22\n    text: 更正二\n');
  article('fine', '2026-11-20 09:00', 'updated: 2026-11-27 08:59\ncorrections:\n  - date: 2026-11-27\n    text: 更正\n');
  article('scheduled', '2026-12-01 09:00', 'updated: 2026-12-02\n');
  writeFileSync(path.join(dir, 'pages/about.md'), '---\ntitle: 关于我们\nupdated: 2026-12-26\n---\n\n本站简介。\n');
  const result = await checkContent(dir, { timeZone: 'Asia/Shanghai', name: '法治报道', pageSize: 20 }, new Date('2026-11-27T09:00:00+08:00'));
  expect(result.problems).toEqual([]);
  const file = (name: string) => path.relative(process.cwd(), path.join(dir, name));
  expect(result.changedLater).toEqual([
    { file: file('articles/2026/11/corrected.md'), field: 'corrections 第 2 项 date', date: '2027-11-22' },
    { file: file('articles/2026/11/updated.md'), field: 'updated', date: '2026-12-21 10:00:00' },
    { file: file('pages/about.md'), field: 'updated', date: '2026-12-26' },
  ]);
  const [warning, ...rest] = checkMessages({ ...nothing, changedLater: result.changedLater }).warnings;
  expect(rest).toEqual([]);
  expect(warning!.text).toBe(
    `以下 3 处更新或更正的时间晚于现在。读者会看到一个还没到的时间，sitemap、RSS 和结构化数据也把它当作最后修改时间告诉搜索引擎：年、月或日写错了请改正：\n` +
      `  ${file('articles/2026/11/corrected.md')}: corrections 第 2 项 date 2027-11-22\n` +
      `  ${file('articles/2026/11/updated.md')}: updated 2026-12-21 10:00:00\n` +
      `  ${file('pages/about.md')}: updated 2026-12-26`,
  );
  expect(warning!.files[1]).toEqual({ file: file('articles/2026/11/updated.md'), field: 'updated', message: expect.stringMatching(/^时间 2026-12-21 10:00:00 晚于现在。读者会看到/) });
});

test('an 更新 or 更正 of a published article dated no later than the article (the day it came out, written as the day alone) is one warning, naming each file, field and both dates as written', async () => {
  const { dir, article } = datedArticles('baodao-unseen-');
  article('same-day', '2026-11-20 09:00', 'corrections:\n  - date: 2026-11-20\n    text: 更正一\n  - date: 2026-11-20 15:30\n    text: 更正二\n');
  article('mistyped', '2026-11-20 09:00', 'updated: 2026-11-20 08:00\n');
  article('fine', '2026-11-20 09:00', 'updated: 2026-11-20 09:01\ncorrections:\n  - date: 2026-11-21\n    text: 更正\n');
  article('draft', '2026-11-20 09:00', 'draft: true\nupdated: 2026-11-20\n');
  const result = await checkContent(dir, { timeZone: 'Asia/Shanghai', name: '法治报道', pageSize: 20 }, new Date('2026-11-27T09:00:00+08:00'));
  expect(result.problems).toEqual([]);
  const file = (name: string) => path.relative(process.cwd(), path.join(dir, name));
  expect(result.changedUnseen).toEqual([
    { file: file('articles/2026/11/mistyped.md'), field: 'updated', date: '2026-11-20 08:00:00', published: '2026-11-20 09:00:00' },
    { file: file('articles/2026/11/same-day.md'), field: 'corrections 第 1 项 date', date: '2026-11-20', published: '2026-11-20 09:00:00' },
  ]);
  const [warning, ...rest] = checkMessages({ ...nothing, changedUnseen: result.changedUnseen }).warnings;
  expect(rest).toEqual([]);
  expect(warning!.text).toMatch(/^以下 2 处更新或更正的时间不晚于文章的发布时间。.*sitemap 的 lastmod、结构化数据的 dateModified 和百度推送都不会告诉搜索引擎文章改过：发布当天的更新或更正请写上时间/);
  expect(warning!.text.split('\n').slice(1)).toEqual([
    `  ${file('articles/2026/11/mistyped.md')}: updated 2026-11-20 08:00:00（发布时间 2026-11-20 09:00:00）`,
    `  ${file('articles/2026/11/same-day.md')}: corrections 第 1 项 date 2026-11-20（发布时间 2026-11-20 09:00:00）`,
  ]);
  expect(warning!.files[1]).toEqual({
    file: file('articles/2026/11/same-day.md'),
    field: 'corrections 第 1 项 date',
    message: expect.stringMatching(/^时间 2026-11-20 不晚于发布时间 2026-11-20 09:00:00。/),
  });
});

test('a cover narrower than a listing’s picture (a CMS’s 1×1 spacer, a 40×30 icon) is a warning naming the file, the field, the picture and its size', async () => {
  const dir = temporary('baodao-small-');
  writeFileSync(path.join(dir, 'sections.yaml'), '- id: law\n  name: 法治要闻\n  order: 1\n');
  const folder = path.join(dir, 'articles/2024/01');
  mkdirSync(folder, { recursive: true });
  const article = async (name: string, width: number, height: number) => {
    await sharp({ create: { width, height, channels: 3, background: '#888' } }).png().toFile(path.join(folder, `${name}.png`));
    writeFileSync(
      path.join(folder, `${name}.md`),
      `---\ntitle: 枫林县警调联动\ndate: 2024-01-23 09:00\nsection: law\nsource: 法治报道\nauthor: 马远征\neditor: 乔海印\ncover:\n  image: ./${name}.png\n  alt: 现场\n---\n\n正文。\n`,
    );
  };
  await article('spacer', 1, 1);
  await article('icon', 40, 30);
  await article('photo', 800, 600);
  const result = await checkContent(dir, { timeZone: 'Asia/Shanghai', name: '法治报道', pageSize: 20 }, new Date('2030-01-01'));
  expect(result.problems).toEqual([]);
  const file = (name: string) => path.relative(process.cwd(), path.join(folder, `${name}.md`));
  expect(result.smallPictures).toEqual([
    { file: file('icon'), field: 'cover.image', src: './icon.png', width: 40, height: 30 },
    { file: file('spacer'), field: 'cover.image', src: './spacer.png', width: 1, height: 1 },
  ]);
  const [warning] = checkMessages({ ...nothing, smallPictures: result.smallPictures.slice(0, 1) }).warnings;
  const message = smallPictureMessage(result.smallPictures[0]!);
  expect(message).toMatch(/^图片 \.\/icon\.png 只有 40×30 像素：/);
  expect(warning).toEqual({ text: `以下 1 张题图或视频封面太小：\n  ${file('icon')}: cover.image — ${message}`, files: [{ file: file('icon'), field: 'cover.image', message }] });
});

test.each([
  // A CMS's spacer shows as its colour, in any box.
  [1, 1, '列表、首页和分享卡片会把它放大成一片颜色'],
  [3, 2, '列表、首页和分享卡片会把它放大成一片颜色'],
  [200, 4, '列表、首页和分享卡片会把它放大成一片颜色'],
  // Anything larger: how many times a phone's listing (607 px wide, 16:9) enlarges it.
  [40, 30, '手机上的列表会把它放大到 607 像素宽（约 15 倍），显得模糊'],
  [200, 300, '手机上的列表会把它放大到 607 像素宽（约 3 倍），显得模糊'],
  [239, 135, '手机上的列表会把它放大到 607 像素宽（约 2.5 倍），显得模糊'],
  // Wider than 16:9: cut to the box by its height, 341 px on a phone.
  [230, 40, '手机上的列表会把它放大到 607 像素宽（约 8.5 倍），显得模糊'],
])('a %s×%s cover is told what a listing makes of it, with the picture and its size', (width, height, shown) => {
  const message = smallPictureMessage({ field: 'cover.image', src: './small.png', width, height });
  expect(message).toMatch(new RegExp(`^图片 \\./small\\.png 只有 ${width}×${height} 像素：`));
  expect(message).toContain(shown);
  expect(message).toMatch(/请换一张宽 1200 像素以上的图片$/);
  // The one-colour remark is for a spacer only, the enlargement for anything larger.
  expect(message.includes('一片颜色')).toBe(!message.includes('倍'));
});

test('an <iframe> from another site than a video site’s player is one warning, naming each file and line and its address; a player, an http:// one (refused) and a draft’s are not in it', async () => {
  const { dir } = datedArticles('baodao-frames-');
  const article = (name: string, body: string, more = '') =>
    writeFileSync(
      path.join(dir, 'articles/2026/11', `${name}.md`),
      `---\ntitle: 枫林县警调联动\ndate: 2026-11-20 09:00\nsection: law\nsource: 法治报道\nauthor: 马远征\neditor: 乔海印\n${more}---\n\n${body}`,
    );
  article('map', '调解室位置：\n\n<iframe src="https://map.example.cn/embed?pos=1" width="640" height="360" title="地图"></iframe>\n\n视频：\n\n<iframe src="//v.qq.com/x/page/w0033abcd12.html"></iframe>\n');
  article('player', '<iframe src="https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&amp;page=1" width="640" height="360" title="庭审" allowfullscreen></iframe>\n');
  article('http', '正文。\n\n<iframe src="http://map.example.cn/embed?pos=1"></iframe>\n');
  article('draft', '<iframe src="https://map.example.cn/embed?pos=2"></iframe>\n', 'draft: true\n');
  const result = await checkContent(dir, { timeZone: 'Asia/Shanghai', name: '法治报道', pageSize: 20 }, new Date('2026-11-27T09:00:00+08:00'));
  const file = (name: string) => path.relative(process.cwd(), path.join(dir, 'articles/2026/11', `${name}.md`));
  // The http:// one is a problem, as before: browsers block it in an https page.
  expect(result.problems).toEqual([{ file: `${file('http')}:12`, field: '', message: expect.stringMatching(/^嵌入的网页 http:\/\/map\.example\.cn\/embed\?pos=1 以 http:\/\/ 开头/) }]);
  expect(result.otherFrames).toEqual([
    { file: `${file('map')}:12`, src: 'https://map.example.cn/embed?pos=1' },
    { file: `${file('map')}:16`, src: '//v.qq.com/x/page/w0033abcd12.html' },
  ]);
  const [warning, ...rest] = checkMessages({ ...nothing, otherFrames: result.otherFrames }).warnings;
  expect(rest).toEqual([]);
  expect(warning!.text).toBe(
    '以下 2 个嵌入的网页（<iframe>）不是腾讯视频、哔哩哔哩、优酷、爱奇艺的播放器：请在手机和电脑上打开文章，确认它显示得出来、来源可靠；视频网站的视频请用它“分享”里的嵌入代码：\n' +
      `  ${file('map')}:12 → https://map.example.cn/embed?pos=1\n` +
      `  ${file('map')}:16 → //v.qq.com/x/page/w0033abcd12.html`,
  );
  expect(warning!.files[0]).toEqual({ file: `${file('map')}:12`, field: '', message: expect.stringMatching(/^嵌入的网页 https:\/\/map\.example\.cn\/embed\?pos=1 不是腾讯视频/) });
});

test('an <iframe> without a title in a published article or page is one warning, naming each file, line and address; a titled one and a draft’s are not in it', async () => {
  const { dir } = datedArticles('baodao-untitled-frames-');
  mkdirSync(path.join(dir, 'pages'), { recursive: true });
  const article = (name: string, body: string, more = '') =>
    writeFileSync(
      path.join(dir, 'articles/2026/11', name),
      `---\ntitle: 枫林县警调联动\ndate: 2026-11-20 09:00\nsection: law\nsource: 法治报道\nauthor: 马远征\neditor: 乔海印\n${more}---\n\n${body}`,
    );
  // A video site's player pasted from its 嵌入代码, which (as 哔哩哔哩's) has no title.
  article('player.md', '庭审视频：\n\n<iframe src="https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7" width="640" height="360" allowfullscreen></iframe>\n');
  article('titled.mdx', '<iframe src="https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7" title="庭审视频" allowfullscreen />\n');
  article('map.mdx', '正文。\n\n<iframe src="https://v.qq.com/txp/iframe/player.html?vid=abc" title="" />\n');
  article('draft.md', '<iframe src="https://player.bilibili.com/player.html?bvid=BV1"></iframe>\n', 'draft: true\n');
  writeFileSync(path.join(dir, 'pages/about.md'), '---\ntitle: 关于我们\n---\n\n本站简介。\n\n<iframe src="https://player.youku.com/embed/XNDk"></iframe>\n');
  const result = await checkContent(dir, { timeZone: 'Asia/Shanghai', name: '法治报道', pageSize: 20 }, new Date('2026-11-27T09:00:00+08:00'));
  const file = (name: string) => path.relative(process.cwd(), path.join(dir, name));
  expect(result.problems).toEqual([]);
  expect(result.untitledFrames).toEqual([
    { file: `${file('articles/2026/11/map.mdx')}:12`, src: 'https://v.qq.com/txp/iframe/player.html?vid=abc' },
    { file: `${file('articles/2026/11/player.md')}:12`, src: 'https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7' },
    { file: `${file('pages/about.md')}:7`, src: 'https://player.youku.com/embed/XNDk' },
  ]);
  const [warning, ...rest] = checkMessages({ ...nothing, untitledFrames: result.untitledFrames }).warnings;
  expect(rest).toEqual([]);
  // What an editor reads, in its words, not through the constant that makes it: rewording it must be seen here.
  const [heading, ...lines] = warning!.text.split('\n');
  expect(heading).toMatch(/^以下 3 个嵌入的网页（<iframe>）没有 title：读屏软件.*请写上，如 title="[^"]+"：$/);
  expect(lines).toEqual([
    `  ${file('articles/2026/11/map.mdx')}:12 → https://v.qq.com/txp/iframe/player.html?vid=abc`,
    `  ${file('articles/2026/11/player.md')}:12 → https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7`,
    `  ${file('pages/about.md')}:7 → https://player.youku.com/embed/XNDk`,
  ]);
  expect(warning!.files[2]).toMatchObject({ file: `${file('pages/about.md')}:7`, field: '' });
  expect(warning!.files[2]!.message).toMatch(/^嵌入的网页 https:\/\/player\.youku\.com\/embed\/XNDk 没有 title：读屏软件.*如 title="[^"]+"$/);
});

test('a picture whose path leads out of the content folder (a cover, a body’s picture, a person’s photo) is refused, naming the file, the field and the path; one in another folder of it is a picture as any', async () => {
  // The content folder sits one level down, so that ../../../../ from an article reaches files beside it.
  const root = temporary('baodao-outside-');
  const dir = path.join(root, 'content');
  mkdirSync(path.join(dir, 'articles/2024/01'), { recursive: true });
  mkdirSync(path.join(dir, 'articles/2024/02'), { recursive: true });
  mkdirSync(path.join(dir, 'people'), { recursive: true });
  writeFileSync(path.join(dir, 'sections.yaml'), '- id: law\n  name: 法治要闻\n  order: 1\n');
  const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#888' } }).jpeg().toBuffer();
  writeFileSync(path.join(root, 'outside.jpg'), photo);
  writeFileSync(path.join(dir, 'articles/2024/01/inside.jpg'), photo);
  const article = (name: string, cover: string, body: string) =>
    writeFileSync(
      path.join(dir, `articles/2024/02/${name}.md`),
      `---\ntitle: 枫林县警调联动\ndate: 2024-02-03 09:00\nsection: law\nsource: 法治报道\nauthor: 马远征\neditor: 乔海印\ncover:\n  image: ${cover}\n  alt: 现场\n---\n\n正文。\n\n${body}\n`,
    );
  article('outside', '../../../../outside.jpg', '![说明](../../../../outside.jpg)\n\n![说明](../../../../etc/%E7%8E%B0%E5%9C%BA.jpg)');
  article('inside', '../01/inside.jpg', '![说明](../01/inside.jpg)');
  writeFileSync(path.join(dir, 'people/ma-yuanzheng.yaml'), 'name: 马远征\nroles: [记者]\nstatus: 在职\nphoto: ../../outside.jpg\n');
  const result = await checkContent(dir, { timeZone: 'Asia/Shanghai', name: '法治报道', pageSize: 20 }, new Date('2030-01-01'));
  const file = (name: string) => path.relative(process.cwd(), path.join(dir, name));
  const told = (src: string, name: string) => `图片 ${src} 在内容文件夹（content/）之外，网站不发布那里的文件：请把图片复制到这个文件旁边，写成 ./${name}`;
  expect(result.problems).toEqual([
    { file: `${file('articles/2024/02/outside.md')}:15`, field: '', message: told('../../../../outside.jpg', 'outside.jpg') },
    // Not there at all: where it leads is told first, as it is never looked for.
    { file: `${file('articles/2024/02/outside.md')}:17`, field: '', message: told('../../../../etc/%E7%8E%B0%E5%9C%BA.jpg', '现场.jpg') },
    { file: file('articles/2024/02/outside.md'), field: 'cover.image', message: told('../../../../outside.jpg', 'outside.jpg') },
    { file: file('people/ma-yuanzheng.yaml'), field: 'photo', message: told('../../outside.jpg', 'outside.jpg') },
  ]);
});
