import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { readFrontmatter } from './frontmatter.ts';
import { columnProblems, importRow, readByline, type ImportedArticle, type ImportOptions, type RowProblem } from './import-row.ts';

const OPTIONS: ImportOptions = {
  sections: new Map([['12', 'local']]),
  siteSections: [
    { id: 'today', name: '今日资讯' },
    { id: 'local', name: '地方动态' },
    { id: 'law', name: '法治要闻' },
  ],
  timeZone: 'Asia/Shanghai',
  siteName: '法治报道',
  oldHosts: ['www.fzbd.cn'],
};

const ROW = {
  id: '12345',
  title: '潍坊推广“枫桥经验”',
  date: '1706000000',
  section: '12',
  author: '张文玉',
  editor: '乔海印',
  body: '<p>正文。</p>',
};

function imported(row: Record<string, string>): ImportedArticle {
  const result = importRow(row, OPTIONS);
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result.article;
}

function problems(row: Record<string, string>): RowProblem[] {
  const result = importRow(row, OPTIONS);
  return 'problems' in result ? result.problems : [];
}

const frontOf = (row: Record<string, string>) => readFrontmatter(imported(row).text).data as Record<string, unknown>;

describe('importRow', () => {
  test('a Unix time is written in the site’s time zone, and the file goes in that month’s folder', () => {
    // 1706000000 is 2024-01-23 08:53:20 UTC, 16:53:20 in Beijing; 1704038400 is 2023-12-31 16:00 UTC, already January in Beijing.
    expect(frontOf(ROW)['date']).toBe('2024-01-23 16:53:20');
    expect(imported(ROW).path).toBe('2024/01/12345.md');
    expect(imported({ ...ROW, date: '1704038400' }).path).toBe('2024/01/12345.md');
    expect(imported({ ...ROW, date: '2023-12-31 23:30:00' }).path).toBe('2023/12/12345.md');
  });

  test.each([
    ['2024/1/23 9:08', '2024-01-23 09:08:00'],
    ['2024/01/23 09:08:47', '2024-01-23 09:08:47'],
    ['2024/1/23', '2024-01-23 00:00:00'],
    ['2024-01-23T01:08:47.000Z', '2024-01-23 09:08:47'],
  ])('a date as Excel re-saves it, or a timestamp, %j, is read in the site’s time zone: %s', (date, written) => {
    expect(frontOf({ ...ROW, date })['date']).toBe(written);
  });

  test.each([
    // 2019-03-05 01:05 UTC.
    ['2019年3月5日', '2019-03-05 00:00:00'],
    ['2019年3月5日 9:05', '2019-03-05 09:05:00'],
    ['2019年03月05日09时05分', '2019-03-05 09:05:00'],
    ['2019年3月5日 9点5分30秒', '2019-03-05 09:05:30'],
    ['2019 年 3 月 5 日 09：05：30', '2019-03-05 09:05:30'],
    // As the content check reads a date written by hand (dateAsMeant): one rule for both.
    ['２０１９年３月５日', '2019-03-05 00:00:00'],
    ['2019.03.05 09:05', '2019-03-05 09:05:00'],
    ['2019年3月5日 9点05', '2019-03-05 09:05:00'],
    ['1551747900000', '2019-03-05 09:05:00'],
    ['1551747900123', '2019-03-05 09:05:00'],
    // With a time zone as an old system writes it: the moment it names, in the site's time.
    ['2019/3/5 9:05 北京时间', '2019-03-05 09:05:00'],
    ['2019-03-05 01:05 UTC', '2019-03-05 09:05:00'],
    ['2019-03-05 09:05 GMT+8', '2019-03-05 09:05:00'],
    ['2019-03-05 09:05 +0800', '2019-03-05 09:05:00'],
    ['2019-03-04 20:05 -05:00', '2019-03-05 09:05:00'],
  ])('a date written the Chinese way, or a Unix time in milliseconds, %j, is read in the site’s time zone: %s', (date, written) => {
    expect(frontOf({ ...ROW, date })['date']).toBe(written);
  });

  test('a Unix time in milliseconds is the same moment as in seconds: the file goes in that month in Beijing', () => {
    // 2023-12-31 16:00 UTC: already January in Beijing.
    expect(imported({ ...ROW, date: '1704038400000' }).path).toBe(imported({ ...ROW, date: '1704038400' }).path);
    expect(imported({ ...ROW, date: '1704038400000' }).path).toBe('2024/01/12345.md');
  });

  test.each(['2024/2/30 9:08', '23/1/2024 9:08', '1/23/2024 9:08', '2024/1/23 25:00', '3月5日', '2019年2月30日', '2019年3月5日 9时', '2019年3月5日 25:05', '2019年3月5日 下午', '155174790000'])(
    'an impossible or ambiguous date, %j, is refused',
    (date) => {
      expect(problems({ ...ROW, date })).toEqual([
        { field: 'date', message: `发布时间“${date}”无法识别：应为 Unix 时间戳（秒或毫秒）、2024-01-23 09:08:47、2024/1/23 9:08 或 2024年1月23日 9:08` },
      ]);
    },
  );

  test.each([
    // A time range was stored as 09:00 at -10:30, 20 hours after the 09:00 meant.
    ['2026-11-28 09:00-10:30', '像是时间段（09:00 到 10:30），不是时区：只写开始的时间，请写成 2026-11-28 09:00（若 -10:30 确是时差，写成 2026-11-28 09:00 -10:30）'],
    ['2026-11-28 09:00 - 11:00', '像是时间段（09:00 到 11:00），不是时区：只写开始的时间，请写成 2026-11-28 09:00（若 -11:00 确是时差，写成 2026-11-28 09:00 -11:00）'],
    ['2024/1/23 9:00-12', '像是时间段（09:00 到 12:00），不是时区：只写开始的时间，请写成 2024-01-23 09:00（若 -12:00 确是时差，写成 2024-01-23 09:00 -12:00）'],
    // An offset of hours alone, as a range's end may read: only after GMT or UTC.
    ['2026-11-28 09:00 +8', '的时差 +8 要写出小时和分钟（只写小时的，只在 GMT 或 UTC 后面，如 GMT+8）：请写成 2026-11-28 09:00 +08:00'],
    // CST is also US Central Time, 14 hours from Beijing.
    ['2026-11-28 09:00 CST', '的 CST 也是美国中部时间，无法确定是哪一个：北京时间请写成 2026-11-28 09:00 +08:00，美国中部时间写成 2026-11-28 09:00 -06:00'],
  ])('a date whose time zone may be something else, %j, is refused with what to write, never read as an offset', (date, message) => {
    expect(problems({ ...ROW, date })).toEqual([{ field: 'date', message: `发布时间“${date}”${message}` }]);
  });

  test.each(['45314.38', '45314'])('an Excel date serial, %j, is refused with how to fix the sheet, never guessed', (date) => {
    expect(problems({ ...ROW, date })).toEqual([
      { field: 'date', message: expect.stringMatching(new RegExp(`^发布时间“${date.replace('.', '\\.')}”是一个数字：Excel 把日期列变成了数字.*单元格格式设为“日期”.*另存为 CSV`)) },
    ]);
  });

  test('an old section number is mapped; a section id of the site is taken as it is', () => {
    expect(frontOf(ROW)['section']).toBe('local');
    expect(frontOf({ ...ROW, section: 'law' })['section']).toBe('law');
    expect(problems({ ...ROW, section: '99' })).toEqual([{ field: 'section', message: expect.stringContaining('“99”') }]);
  });

  test('entities and tags in text columns are decoded and dropped; an empty source is the site', () => {
    const front = frontOf({ ...ROW, title: '&ldquo;枫桥经验&rdquo;<font color=red>在潍坊</font>', summary: '导读&nbsp;一句。', source: '' });
    expect(front['title']).toBe('“枫桥经验”在潍坊');
    expect(front['summary']).toBe('导读 一句。');
    expect(front['source']).toBe('法治报道');
  });

  test('a database NULL, as phpMyAdmin and INTO OUTFILE write it, is an empty cell', () => {
    const front = frontOf({ ...ROW, subtitle: 'NULL', summary: '\\N', tags: 'NULL', headline: 'NULL', url: '\\N' });
    expect(front).not.toHaveProperty('subtitle');
    expect(front).not.toHaveProperty('summary');
    expect(front).not.toHaveProperty('tags');
    expect(front).not.toHaveProperty('flags');
    expect(front).not.toHaveProperty('aliases');
    expect(problems({ ...ROW, body: 'NULL' })).toEqual([{ field: 'body', message: expect.stringMatching(/^正文为空/) }]);
  });

  test('bylines are split into names, without the roles written before them; 通讯员 names are correspondents', () => {
    expect(readByline('本报记者 张文玉、马远征')).toEqual({ author: ['张文玉', '马远征'], correspondents: [] });
    expect(readByline('记者张文玉 通讯员王五,赵六')).toEqual({ author: ['张文玉'], correspondents: ['王五', '赵六'] });
    expect(readByline('文/图 张文玉 张文玉')).toEqual({ author: ['张文玉'], correspondents: [] });
    expect(readByline('见习记者 张文玉 本报通讯员王五 张文玉')).toEqual({ author: ['张文玉'], correspondents: ['王五'] });
    expect(readByline('本报评论员 马远征')).toEqual({ author: ['马远征'], correspondents: [] });
    expect(readByline('本报记者 John Smith 马远征 通讯员 Jean-Luc O’Neill、王五')).toEqual({ author: ['John Smith', '马远征'], correspondents: ['Jean-Luc O’Neill', '王五'] });
    expect(readByline('记者Anna Lee, Tom Smith')).toEqual({ author: ['Anna Lee', 'Tom Smith'], correspondents: [] });
    expect(problems({ ...ROW, author: '记者 John Smith' })).toEqual([]);
  });

  test.each([
    ['新华社记者 张文玉', ['张文玉'], []],
    ['法治日报全媒体记者马远征 县法院通讯员 王五', ['马远征'], ['王五']],
    ['（记者 张文玉 马远征）', ['张文玉', '马远征'], []],
    ['【本报记者 张文玉】', ['张文玉'], []],
    ['马远征(实习生)', ['马远征'], []],
    ['本报讯 记者 张文玉', ['张文玉'], []],
    ['新华社北京3月5日电 记者 张文玉 报道', ['张文玉'], []],
    ['张讯、李电', ['张讯', '李电'], []],
  ])('a byline as reposts and old pages type it, %j, gives its names alone', (byline, author, correspondents) => {
    expect(readByline(byline)).toEqual({ author, correspondents });
    expect(frontOf({ ...ROW, author: '记者 John Smith' })['author']).toEqual(['John Smith']);
    expect(frontOf({ ...ROW, author: '本报记者 张文玉 通讯员 王五' })).toMatchObject({ author: ['张文玉'], correspondents: ['王五'] });
    expect(frontOf({ ...ROW, tags: '枫桥经验,调解 潍坊，民政、调解' })['tags']).toEqual(['枫桥经验', '调解', '潍坊', '民政']);
  });

  test('the editor comes from the column, or else from the body’s closing line', () => {
    expect(frontOf(ROW)['editor']).toEqual(['乔海印']);
    const fromBody = imported({ ...ROW, editor: '', body: '<p>正文。</p><p>（责任编辑：马远征）</p>' });
    expect(readFrontmatter(fromBody.text).data).toMatchObject({ editor: ['马远征'] });
    expect(fromBody.text).not.toContain('责任编辑');
    expect(problems({ ...ROW, editor: '' })).toEqual([{ field: 'editor', message: expect.stringContaining('缺少责任编辑') }]);
  });

  test('flags and drafts are read from 1 and 0; anything else is named', () => {
    expect(frontOf({ ...ROW, headline: '1', featured: '0', ticker: '1', draft: '0' })).toMatchObject({ flags: ['headline', 'ticker'] });
    expect(frontOf({ ...ROW, featured: '1', pinned: '1' })).toMatchObject({ flags: ['featured', 'pinned'] });
    expect(frontOf({ ...ROW, pinned: '0' })).not.toHaveProperty('flags');
    expect(problems({ ...ROW, pinned: '置顶' })).toEqual([{ field: 'pinned', message: expect.stringContaining('1 或 0') }]);
    expect(frontOf({ ...ROW, draft: '1' })['draft']).toBe(true);
    expect(frontOf(ROW)).not.toHaveProperty('draft');
    expect(problems({ ...ROW, headline: '头条' })).toEqual([{ field: 'headline', message: expect.stringContaining('1 或 0') }]);
  });

  test('an old address becomes an alias, without the old domain; a bad one is named by its column', () => {
    expect(frontOf({ ...ROW, url: 'http://www.fzbd.cn/a/difang/20240123/12345.html' })['aliases']).toEqual(['/a/difang/20240123/12345.html']);
    expect(frontOf({ ...ROW, url: '//www.fzbd.cn/a/1.html' })['aliases']).toEqual(['/a/1.html']);
    // Without http://, as an address bar shows it: the site is still no part of the path.
    expect(frontOf({ ...ROW, url: 'www.fzbd.cn/a/1.html' })['aliases']).toEqual(['/a/1.html']);
    expect(frontOf({ ...ROW, url: '/a/1.html  http://www.fzbd.cn/plus/view.php?aid=1' })['aliases']).toEqual(['/a/1.html', '/plus/view.php?aid=1']);
    expect(problems({ ...ROW, url: '/a/1.php' })).toEqual([{ field: 'url', message: expect.stringContaining('.html') }]);
  });

  test('an old address too long for any host to keep (a long Chinese slug) is left out and named; the article and its other addresses come over', () => {
    const slug = '关于进一步加强社会组织规范化建设提升服务能力的实施意见'.repeat(4).slice(0, 90);
    const article = imported({ ...ROW, url: `/html/${slug}.html http://www.fzbd.cn/plus/view.php?aid=1` });
    expect(readFrontmatter(article.text).data['aliases']).toEqual(['/plus/view.php?aid=1']);
    expect(article.aliases).toEqual(['/plus/view.php?aid=1']);
    expect(article.leftOutAliases).toEqual([
      `旧地址“/html/${slug.slice(0, 34)}…”中的一段有 275 字节，超过文件名的上限 255 字节（约 85 个汉字），网站无法为它生成跳转页面：这个旧地址没有保留（文章和它的其他旧地址已导入）`,
    ]);
    expect(imported(ROW).leftOutAliases).toEqual([]);
  });

  test('an old section mapped to a section the site does not have says so', () => {
    const options = { ...OPTIONS, sections: new Map([['12', 'sports']]) };
    const result = importRow(ROW, options);
    expect('problems' in result && result.problems).toEqual([{ field: 'section', message: expect.stringMatching(/把“12”对应到“sports”，但本站没有这个栏目/) }]);
  });

  test('pictures on the old site are to be copied beside the article, once each; others stay where they are', () => {
    const article = imported({
      ...ROW,
      url: '/a/difang/20240123/12345.html',
      body: [
        '<p><img src="/uploads/allimg/240123/%E7%8E%B0%E5%9C%BA.JPEG?x=1"></p>',
        '<p><img src="../../uploads/b.png"></p>', // from /a/difang/20240123/
        '<p><img src="http://www.fzbd.cn/uploads/allimg/240123/%E7%8E%B0%E5%9C%BA.JPEG"></p>',
        '<p><img src="https://img.example.com/c.jpg"></p>',
        '<p><img src="file:///C:/Users/a/clip_image002.jpg"><img src="">正文。</p>',
      ].join(''),
    });
    expect(article.pictures).toEqual([
      { from: '/uploads/allimg/240123/现场.JPEG', file: '12345-1.jpg' },
      { from: '/a/uploads/b.png', file: '12345-2.png' },
    ]);
    expect(article.text.match(/\]\(\.\/12345-1\.jpg\)/g)).toHaveLength(2);
    expect(article.remote).toEqual(['https://img.example.com/c.jpg']);
    expect(article.text).toContain('](https://img.example.com/c.jpg)');
    expect(article.text).not.toMatch(/file:|!\[\]\(\)/);
    expect(article.notices).toEqual([expect.stringMatching(/^正文图片 file:\/\/\/C:\/Users\/a\/clip_image002\.jpg 是作者电脑上的文件/)]);
  });

  test('what an old CMS stored that would run code or change the page does not come over, and the article builds', () => {
    const article = imported({
      ...ROW,
      body: [
        '<p onclick="alert(1)">正文<a href="vbscript:msgbox(1)">甲</a><a href="java&#9;script:alert(1)">乙</a>。</p>',
        '<p><img src="javascript:alert(1)"><img src="https://img.example.com/c.jpg" onerror="alert(1)"></p>',
        '<script>alert(1)</script><style>body { display: none }</style><meta http-equiv="refresh" content="0;url=https://example.com/">',
        '<base href="https://example.com/"><form action="https://example.com/"><input name="p"></form><iframe srcdoc="<script>alert(1)</script>"></iframe>',
      ].join(''),
    });
    expect(article.text).not.toMatch(/script|onclick|onerror|refresh|<base|<form|srcdoc|display/);
    expect(article.text).toContain('正文甲乙。');
    expect(article.text).toContain('](https://img.example.com/c.jpg)');
    expect(article.notices).toContainEqual('正文图片的地址 javascript:alert(1) 是 javascript: 代码，不是图片：没有导入');
  });

  test('a picture in a format the build cannot resize is named', () => {
    expect(problems({ ...ROW, body: '<p><img src="/uploads/scan.tif"></p>' })).toEqual([{ field: 'body', message: expect.stringContaining('/uploads/scan.tif 的格式网站不能处理') }]);
  });

  test('a repost (来源 another outlet) may have an empty author column; the outlet’s own article may not', () => {
    const repost = imported({ ...ROW, author: '', source: '新华社' });
    expect(repost.text).toContain('source: 新华社');
    expect(repost.text).not.toContain('author');
    expect(problems({ ...ROW, author: '' })).toEqual([{ field: 'author', message: expect.stringContaining('本站稿件须署名') }]);
  });

  test('every problem of a row is named with its field, not only the first', () => {
    const found = problems({ id: '12 345', title: '', date: '1月23日', section: '12', author: '', editor: '乔海印', body: '<p>&nbsp;</p>' });
    expect(found.map((problem) => problem.field).sort()).toEqual(['author', 'body', 'date', 'id', 'title']);
    expect(found.every((problem) => /[\u4e00-\u9fff]/.test(problem.message))).toBe(true);
  });

  test('the new-article template’s words, which the build refuses to publish, are refused here', () => {
    expect(problems({ ...ROW, title: '标题' })).toEqual([{ field: 'title', message: expect.stringContaining('占位文字') }]);
    expect(problems({ ...ROW, body: '<p>正文第一段。</p>' })).toEqual([{ field: 'body', message: expect.stringContaining('占位文字') }]);
  });

  test('a picture written in its address (pasted from Word into the old editor) becomes a file beside the article, named by its real format', async () => {
    const png = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#c00' } }).png().toBuffer();
    const jpeg = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#00c' } }).jpeg().toBuffer();
    const pasted = `data:image/png;base64,${png.toString('base64')}`;
    // Word's editors called many a picture image/png whatever it was.
    const mislabelled = `data:image/png;base64,${jpeg.toString('base64')}`;
    const article = imported({ ...ROW, body: `<p><img src="${pasted}" alt="图一"></p><p>正文。<img src="${mislabelled}"></p><p><img src="${pasted}"></p>` });
    expect(article.pictures).toEqual([
      { from: 'data:image/png…（第 1 张内嵌图片）', file: '12345-1.png', inline: { bytes: Buffer.from(png), address: pasted } },
      { from: 'data:image/png…（第 2 张内嵌图片）', file: '12345-2.jpg', inline: { bytes: Buffer.from(jpeg), address: mislabelled } },
    ]);
    expect(article.text).toContain('![图一](./12345-1.png)');
    expect(article.text).toContain('正文。![](./12345-2.jpg)');
    expect(article.text).not.toContain('data:');
    expect(article.notices).toEqual([]);
  });

  test('a picture written in its address that is none, or that the importer was told to leave out, is left out and named; the article is imported', () => {
    const article = imported({ ...ROW, body: '<p><img src="data:image/png;base64,AAAA"><img src="data:text/html,x"></p><p>正文。</p>' });
    expect(article.pictures).toEqual([]);
    expect(article.text).not.toContain('data:');
    expect(article.notices).toEqual([
      expect.stringMatching(/^正文图片 data:image\/png…（第 1 张内嵌图片） 不是 .* 图片（或已损坏），网站不能显示：没有导入$/),
      '正文图片的地址 data:text/html,x… 是写在地址里的文件，不是图片：没有导入',
    ]);
    const svg = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>')}`;
    const result = importRow({ ...ROW, body: `<p><img src="${svg}"></p><p>正文。</p>` }, { ...OPTIONS, leaveOut: new Set([svg]) });
    expect('article' in result && result.article.pictures).toEqual([]);
    expect('article' in result && result.article.text).not.toContain('![');
  });

  test('a link to another old article leads to its new address, whichever way the old page wrote it; others are left as written', () => {
    const moved = (address: string) =>
      ({ '/html/2019/0305/50002.html': '/articles/2019/03/50002/', '/plus/view.php?aid=50003': '/articles/2019/03/50003/' })[address];
    const row = {
      ...ROW,
      url: 'http://www.fzbd.cn/html/2024/0123/12345.html',
      body: [
        '<p><a href="/html/2019/0305/50002.html">甲</a>',
        '<a href="../../2019/0305/50002.html#zx">乙</a>',
        '<a href="http://www.fzbd.cn/plus/view.php?aid=50003">丙</a>',
        '<a href="/html/2019/0305/59999.html">丁</a>',
        '<a href="http://www.court.gov.cn/html/2019/0305/50002.html">戊</a>',
        '<a href="#top">己</a></p>',
      ].join(''),
    };
    const result = importRow(row, { ...OPTIONS, moved });
    if ('problems' in result) throw new Error(JSON.stringify(result.problems));
    const links = [...result.article.text.matchAll(/\[(.)\]\(([^)]*)\)/g)].map(([, text, href]) => [text, href]);
    expect(links).toEqual([
      ['甲', '/articles/2019/03/50002/'],
      ['乙', '/articles/2019/03/50002/#zx'],
      ['丙', '/articles/2019/03/50003/'],
      ['丁', '/html/2019/0305/59999.html'],
      ['戊', 'http://www.court.gov.cn/html/2019/0305/50002.html'],
    ]);
    // A link within the old page leads nowhere here: its words stay (html-to-markdown.ts).
    expect(result.article.text).toMatch(/\)己\n/);
    // Without `moved`, the links of the old site are named, for the importer to look up once it knows every row.
    expect(imported(row).oldLinks).toEqual(['/html/2019/0305/50002.html', '/html/2019/0305/50002.html', '/plus/view.php?aid=50003', '/html/2019/0305/59999.html']);
    expect(result.article.oldLinks).toEqual(['/html/2019/0305/59999.html']);
  });

  test('a link to an attachment on the old site (.doc, .pdf) is named for the editor: it is not copied, and leads nowhere once the old site is gone', () => {
    const row = { ...ROW, url: '/html/2024/0123/12345.html', body: '<p>附件：<a href="/uploads/soft/240123/1-1.doc">会议材料</a>、<a href="http://www.fzbd.cn/d/file/%E9%80%9A%E7%9F%A5.pdf">通知</a>，<a href="/html/2024/0122/12344.html">昨日报道</a>，<a href="https://www.court.gov.cn/a.pdf">外站</a></p>' };
    expect(imported(row).notices).toEqual([
      expect.stringMatching(/^正文链接的附件 \/uploads\/soft\/240123\/1-1\.doc 在旧网站上，没有复制/),
      expect.stringMatching(/^正文链接的附件 \/d\/file\/通知\.pdf 在旧网站上，没有复制/),
    ]);
  });

  test('a link to a document the old site’s folder has is linked where the import copies it, under /files/ in the article’s month; one it lacks stays, named', () => {
    const row = {
      ...ROW,
      url: '/html/2024/0123/12345.html',
      body: '<p><a href="/d/file/2019/%E5%88%A4%E5%86%B3%E4%B9%A6.pdf">判决书</a>、<a href="http://www.fzbd.cn/uploads/soft/1-1.XLSX#sheet">统计表</a>、<a href="../../../d/file/2019/判决书.pdf">全文</a>、<a href="/uploads/soft/missing.doc">通知</a>、<a href="/uploads/big.jpg">大图</a></p>',
    };
    const present = new Set(['/d/file/2019/判决书.pdf', '/uploads/soft/1-1.XLSX', '/uploads/big.jpg']);
    const result = importRow(row, { ...OPTIONS, attachment: (path) => present.has(path) });
    if ('problems' in result) throw new Error(JSON.stringify(result.problems));
    const { attachments, text, notices } = result.article;
    // Each document once, named as the article's pictures are, in the article's month.
    expect(attachments).toEqual([
      { from: '/d/file/2019/判决书.pdf', file: 'files/2024/01/12345-1.pdf' },
      { from: '/uploads/soft/1-1.XLSX', file: 'files/2024/01/12345-2.xlsx' },
    ]);
    const links = Object.fromEntries([...text.matchAll(/\[([^\]]+)\]\(([^)]*)\)/g)].map(([, words, href]) => [words, href]));
    expect(links).toEqual({
      判决书: `/${attachments[0]!.file}`,
      统计表: `/${attachments[1]!.file}#sheet`,
      全文: `/${attachments[0]!.file}`,
      通知: '/uploads/soft/missing.doc',
      // A picture is no document to download: it stays named.
      大图: '/uploads/big.jpg',
    });
    expect(notices).toEqual([expect.stringMatching(/^正文链接的附件 \/uploads\/soft\/missing\.doc 在旧网站上，没有复制/), expect.stringMatching(/^正文链接的附件 \/uploads\/big\.jpg /)]);
  });

  test('a document an article imported before copies is linked where that one copies it, not copied again; an article read again keeps its own copies', () => {
    const row = { ...ROW, url: '/html/2024/0123/12345.html', body: '<p><a href="/d/file/2019/%E5%88%A4%E5%86%B3%E4%B9%A6.pdf#p2">判决书</a>、<a href="/uploads/soft/1-1.xlsx">统计表</a></p>' };
    const present = new Set(['/d/file/2019/判决书.pdf', '/uploads/soft/1-1.xlsx']);
    const read = (copied: Map<string, { file: string; article: string }>) => {
      const result = importRow(row, { ...OPTIONS, attachment: (path) => present.has(path), copied: (path) => copied.get(path) });
      if ('problems' in result) throw new Error(JSON.stringify(result.problems));
      const { attachments, text } = result.article;
      return { attachments, links: Object.fromEntries([...text.matchAll(/\[([^\]]+)\]\(([^)]*)\)/g)].map(([, words, href]) => [words, href])) };
    };
    // Another article (2023/12/12340.md) copies the judgment: this one links its copy, and copies only the sheet, named as the first of its own.
    const earlier = new Map([['/d/file/2019/判决书.pdf', { file: 'files/2023/12/12340-1.pdf', article: '2023/12/12340.md' }]]);
    expect(read(earlier)).toEqual({
      attachments: [{ from: '/uploads/soft/1-1.xlsx', file: 'files/2024/01/12345-1.xlsx' }],
      links: { 判决书: '/files/2023/12/12340-1.pdf#p2', 统计表: '/files/2024/01/12345-1.xlsx' },
    });
    // Read again (its links to old articles written), the copies the map names as its own are still its to make.
    const own = new Map([
      ['/d/file/2019/判决书.pdf', { file: 'files/2024/01/12345-1.pdf', article: '2024/01/12345.md' }],
      ['/uploads/soft/1-1.xlsx', { file: 'files/2024/01/12345-2.xlsx', article: '2024/01/12345.md' }],
    ]);
    expect(read(own).attachments).toEqual([
      { from: '/d/file/2019/判决书.pdf', file: 'files/2024/01/12345-1.pdf' },
      { from: '/uploads/soft/1-1.xlsx', file: 'files/2024/01/12345-2.xlsx' },
    ]);
  });

  test('a link to an old category’s list leads to the section --sections maps it to: by its number (list.php?tid=, ListInfo classid=) or by its address', () => {
    const sections = new Map([
      ['12', 'local'],
      ['3', 'law'],
      ['/a/difang/', 'local'],
      ['/html/fazhi', 'law'],
      ['7', 'no-such-section'],
    ]);
    const lists: [string, string][] = [
      ['/plus/list.php?tid=3', '/sections/law/'],
      ['list.php?tid=12', '/sections/local/'],
      ['http://www.fzbd.cn/e/action/ListInfo/?classid=3', '/sections/law/'],
      ['/e/action/ListInfo.php?classid=12&page=2', '/sections/local/'],
      ['/a/difang/', '/sections/local/'],
      ['/a/difang', '/sections/local/'],
      ['/a/difang/index.html#top', '/sections/local/#top'],
      ['/a/difang/list_12_2.html', '/sections/local/'],
      ['/html/fazhi/', '/sections/law/'],
      // Not mapped, or mapped to no section of the site: left as written, for the old address to lead on.
      ['/plus/list.php?tid=4', '/plus/list.php?tid=4'],
      ['/plus/list.php?tid=7', '/plus/list.php?tid=7'],
      ['/a/shehui/', '/a/shehui/'],
      ['/a/difang/20240123/12345.html', '/a/difang/20240123/12345.html'],
      ['/plus/view.php?aid=3', '/plus/view.php?aid=3'],
    ];
    const row = { ...ROW, url: '/plus/view.php?aid=12345', body: `<p>${lists.map(([href], i) => `<a href="${href}">链接${i}</a>`).join('、')}</p>` };
    const result = importRow(row, { ...OPTIONS, sections });
    if ('problems' in result) throw new Error(JSON.stringify(result.problems));
    const links = [...result.article.text.matchAll(/\[链接(\d+)\]\(([^)]*)\)/g)].map(([, i, href]) => [lists[Number(i)]![0], href]);
    expect(links).toEqual(lists);
  });

  test('a link written relative to the old page (../0305/50002.html) is written from the site’s root, as the old page meant it, and the row is imported', () => {
    const row = { ...ROW, url: '/html/2024/0123/12345.html', body: '<p><a href="../0122/12344.html#zx">昨日报道</a>，<a href="12346.html">下一篇</a></p>' };
    expect(problems(row)).toEqual([]);
    expect(imported(row).text).toContain('[昨日报道](/html/2024/0122/12344.html#zx)，[下一篇](/html/2024/0123/12346.html)\n');
  });
});

test('a column named in Chinese, or in capitals, is told its name once, not as unknown and missing both', () => {
  expect(columnProblems(['编号', '标题', 'Date', '栏目', '作者', '正文', '责任编辑', '点击'])).toEqual([
    '列名“编号”请写成“id”：文章导出文件的列名用英文',
    '列名“标题”请写成“title”：文章导出文件的列名用英文',
    '列名“Date”请写成“date”：文章导出文件的列名用英文',
    '列名“栏目”请写成“section”：文章导出文件的列名用英文',
    '列名“作者”请写成“author”：文章导出文件的列名用英文',
    '列名“正文”请写成“body”：文章导出文件的列名用英文',
    '列名“责任编辑”请写成“editor”：文章导出文件的列名用英文',
    '未知列“点击”（拼写错误？）',
  ]);
});

test('columnProblems names unknown and missing columns', () => {
  expect(columnProblems(['id', 'title', 'date', 'section', 'author', 'body', 'editor'])).toEqual([]);
  expect(columnProblems(['id', 'titel', 'date', 'section', 'author', 'body'])).toEqual(['未知列“titel”（拼写错误？）', '缺少列“title”：标题']);
});
