/** `npm run import`: what an editor sees for a good export, and for a bad one. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { temporaryFolders } from '../tests/support/temporary.ts';

const FIXTURES = 'tests/fixtures/import';
const SECTIONS = ['--sections', `${FIXTURES}/sections.yaml`];
const FILES = ['--files', `${FIXTURES}/site`];

const temporary = temporaryFolders();
/** A copy of the demo content to import into. */
const content = () => temporary('baodao-import-', 'content');

const run = (dir: string, args: string[]) =>
  spawnSync(process.execPath, ['scripts/import.ts', ...args], { env: { ...process.env, BAODAO_CONTENT: dir }, encoding: 'utf8' });

const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

test('a good export is imported whole: articles in their month folders, pictures beside them', () => {
  const dir = content();
  const result = run(dir, [`${FIXTURES}/dedecms.csv`, ...SECTIONS, ...FILES]);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^已导入 2 篇文章到 .*，复制图片 1 张。/m);
  expect(result.stderr).toMatch(/1 张正文图片在别的网站上，没有复制/);
  expect(result.stderr).toMatch(/1 处正文内容没有原样导入.*\n  2024\/01\/12345\.md: <script>document\.write\("广告"\)（脚本）已删除\n/);
  expect(existsSync(path.join(dir, 'articles/2024/01/12345.md'))).toBe(true);
  // 腾讯视频's players come along, at https://, sized as written and named by the article's title, and the content check below takes them without a word.
  expect(readFileSync(path.join(dir, 'articles/2024/01/12345.md'), 'utf8')).toContain(
    '\n<iframe src="https://v.qq.com/iframe/player.html?vid=w0033abcd12&amp;tiny=0&amp;auto=0" width="640" height="498" title="“枫桥经验”在潍坊落地生根" allowfullscreen></iframe>\n',
  );
  expect(readFileSync(path.join(dir, 'articles/2023/12/12346.md'), 'utf8')).toContain(
    '\n<iframe src="https://v.qq.com/txp/iframe/player.html?vid=abc" width="640" height="360" title="最高法发布民事审判工作指导意见" allowfullscreen></iframe>\n',
  );
  expect(readFileSync(path.join(dir, 'articles/2024/01/12345-1.jpg'))).toEqual(readFileSync(`${FIXTURES}/site/uploads/allimg/240123/1-1.jpg`));
  const check = spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...process.env, BAODAO_CONTENT: dir }, encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  expect(check.stderr).not.toMatch(/1234[56]\.md:\d+|iframe|嵌入/);
});

test('a document a body links to on the old site is copied from --files under public/files/, and linked there; one not in the folder stays, named', () => {
  const dir = content();
  // The site's public folder, copied as the content is: the import writes attachments there.
  const publicFolder = path.join(dir, '.public');
  cpSync('public', publicFolder, { recursive: true });
  const env = { ...process.env, BAODAO_CONTENT: dir, BAODAO_PUBLIC: publicFolder };
  const result = spawnSync(process.execPath, ['scripts/import.ts', `${FIXTURES}/attachments.csv`, ...SECTIONS, ...FILES, '--old-host', 'www.fzbd.cn'], { env, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/附件 2 个/);
  expect(result.stderr).toMatch(/正文链接的附件 \/uploads\/soft\/190305\/通知\.doc 在旧网站上，没有复制/);
  const text = readFileSync(path.join(dir, 'articles/2019/03/30101.md'), 'utf8');
  const linked = Object.fromEntries([...text.matchAll(/\[([^\]]+)\]\(([^)]*)\)/g)].map(([, words, href]) => [words, href]));
  // Each found document is served from the site's root as the copy of the file the old page linked.
  for (const [words, old] of [
    ['附件：判决书', 'd/file/2019/判决书.pdf'],
    ['统计表', 'uploads/soft/190305/1-1Z305093012.xlsx'],
  ] as const) {
    expect(linked[words]).toMatch(/^\/files\//);
    expect(readFileSync(path.join(publicFolder, linked[words]!))).toEqual(readFileSync(path.join(FIXTURES, 'site', old)));
  }
  expect(linked['通知']).toBe('/uploads/soft/190305/通知.doc');
  const check = spawnSync(process.execPath, ['scripts/check.ts'], { env, encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
});

test('a document two articles link is copied once, under the first, and both link that copy; the report counts files copied', () => {
  const dir = content();
  const publicFolder = path.join(dir, '.public');
  cpSync('public', publicFolder, { recursive: true });
  const env = { ...process.env, BAODAO_CONTENT: dir, BAODAO_PUBLIC: publicFolder };
  const result = spawnSync(process.execPath, ['scripts/import.ts', `${FIXTURES}/attachments-shared.csv`, ...SECTIONS, ...FILES, '--old-host', 'www.fzbd.cn'], { env, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const links = (file: string) =>
    Object.fromEntries([...readFileSync(path.join(dir, 'articles', file), 'utf8').matchAll(/\[([^\]]+)\]\(([^)]*)\)/g)].map(([, words, href]) => [words, href]));
  const first = links('2019/03/30201.md');
  // The second links to the first article too, so it is read again once every row is: its link to the judgment still leads to the one copy.
  const second = links('2019/04/30202.md');
  expect(second['此前报道']).toBe('/articles/2019/03/30201/');
  expect(first['附件：判决书']).toMatch(/^\/files\/2019\/03\/30201-1\.pdf$/);
  expect(second['判决书']).toBe(first['附件：判决书']);
  expect(second['统计表']).toMatch(/^\/files\/2019\/04\/30202-1\.xlsx$/);
  // Before, the judgment was copied twice (30201-1.pdf and 30202-1.pdf), and the report said 附件 3 个.
  const copied = files(path.join(publicFolder, 'files'));
  expect(copied.filter((file) => /\.(pdf|xlsx)$/.test(file))).toEqual(['2019/03/30201-1.pdf', '2019/04/30202-1.xlsx']);
  expect(readFileSync(path.join(publicFolder, first['附件：判决书']!))).toEqual(readFileSync(path.join(FIXTURES, 'site/d/file/2019/判决书.pdf')));
  expect(result.stdout).toMatch(/附件 2 个/);
  const check = spawnSync(process.execPath, ['scripts/check.ts'], { env, encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
});

test('an export saved as GBK, as Chinese Windows tools save it, reads the same as UTF-8', () => {
  const bytes = readFileSync(`${FIXTURES}/gbk.csv`);
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture really is GBK').toThrow();
  const dir = content();
  const result = run(dir, [`${FIXTURES}/gbk.csv`, ...SECTIONS]);
  expect(result.status, result.stderr).toBe(0);
  expect(readFileSync(path.join(dir, 'articles/2024/06/22001.md'), 'utf8')).toContain('县司法局开展“法律进乡村”活动');
});

test('a sheet saved as Excel’s “Unicode 文本” (UTF-16 with its BOM, tab-separated, .txt) reads the same', () => {
  const dir = content();
  const txt = path.join(dir, 'unicode.txt');
  // As Excel writes it: CRLF between rows; a cell holding a line break, a tab or a quote in quotes, its quotes doubled.
  const sheet = [
    'id\ttitle\tdate\tsection\tauthor\teditor\tbody',
    '40001\t县法院“送法进村”\t2024/1/23 9:08\tlocal\t本报记者 张文玉\t乔海印\t"<p>第一段。</p>\n<p>他说：""法律\t就在身边""。</p>"',
  ].join('\r\n');
  writeFileSync(txt, Buffer.from(`\ufeff${sheet}\r\n`, 'utf16le'));
  const result = run(dir, [txt]);
  expect(result.status, result.stderr).toBe(0);
  const article = readFileSync(path.join(dir, 'articles/2024/01/40001.md'), 'utf8');
  expect(article).toContain('title: 县法院“送法进村”\n');
  expect(article).toMatch(/^date: '?2024-01-23 09:08:00'?$/m);
  expect(article).toMatch(/第一段。\n\n他说："法律\s+就在身边"。\n$/);
});

test('rows a spreadsheet left with nothing in them are not rows to import; a bad row after them keeps its number in the sheet', () => {
  const dir = content();
  const csv = path.join(dir, 'cleared.csv');
  const row = (id: number, title: string) => `${id},${title},1706000000,local,张三,李四,<p>正文。</p>`;
  // Row 3 was typed in and cleared, as spreadsheets save it; rows 6 and 7, below the last, too.
  writeFileSync(csv, ['id,title,date,section,author,editor,body', row(1, '标题1'), ',,,,,,', row(2, '标题2'), row(3, ''), ',,,,,,', ',,,,,,', ''].join('\r\n'));
  const result = run(dir, [csv]);
  expect(result.status).toBe(1);
  expect(result.stderr.split('\n').filter((line) => line.startsWith(csv))).toEqual([`${csv} 第 5 行（编号 3）: title — 标题 title 不能为空`]);
  expect(result.stderr).toMatch(/导入未完成：1 篇有问题（共 1 个），没有写入任何文件。修正后重试，或加 --skip-invalid 只导入其余 2 篇。/);
});

test('an old id two rows share is named at the second, whatever their dates: it is one article exported twice', () => {
  const dir = content();
  const csv = path.join(dir, 'twice.csv');
  const row = (id: number, date: string) => `${id},标题${id},${date},local,张三,李四,<p>正文。</p>`;
  writeFileSync(csv, ['id,title,date,section,author,editor,body', row(502, '2024-01-05 08:00:00'), row(503, '2024-01-06 08:00:00'), row(502, '2024-02-05 08:00:00'), row(503, '2024-01-06 08:00:00')].join('\n'));
  const result = run(dir, [csv]);
  expect(result.status).toBe(1);
  expect(result.stderr.split('\n').filter((line) => line.startsWith(csv))).toEqual([
    expect.stringMatching(/第 4 行（编号 502）: id — 编号与第 2 行相同/),
    expect.stringMatching(/第 5 行（编号 503）: id — 编号与第 3 行相同/),
  ]);
});

test('stopped with Ctrl+C while the content check runs on what it wrote, the import takes every file back', async () => {
  const dir = content();
  const before = files(dir);
  const csv = path.join(dir, 'stop.csv');
  const rows = Array.from({ length: 50 }, (_, i) => `${i + 1},标题${i + 1},1262304000,local,张三,李四,<p>正文。</p>`);
  writeFileSync(csv, ['id,title,date,section,author,editor,body', ...rows].join('\n'));
  const child = spawn(process.execPath, ['scripts/import.ts', csv], { env: { ...process.env, BAODAO_CONTENT: dir } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // The last file is written just before the check starts, as Ctrl+C finds it.
  const last = path.join(dir, 'articles/2010/01/50.md');
  while (!existsSync(last)) await new Promise((resolve) => setTimeout(resolve, 2));
  child.kill('SIGINT');
  expect(await exited).toBe(1);
  expect(stderr).toMatch(/导入被中断，已撤回本次写入的所有文件。/);
  expect(files(dir)).toEqual([...before, 'stop.csv'].sort());
});

test('a workbook renamed .csv is told what it is and how to save it, with the file, and writes nothing', () => {
  const dir = content();
  const before = files(dir);
  const xlsx = path.join(dir, 'export.csv');
  writeFileSync(xlsx, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 0x14)]));
  const result = run(dir, [xlsx]);
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(`${xlsx}: 这是 Excel 工作簿（.xlsx），不是 CSV 文件（也许只改了扩展名）：请在 Excel 或 WPS 中打开它，“另存为”“CSV UTF-8（逗号分隔）”或“Unicode 文本”，再导入那个文件\n`);
  expect(files(dir)).toEqual([...before, 'export.csv'].sort());
});

test('a bad export names every problem with its row, id and field, and writes nothing', () => {
  const dir = content();
  const before = files(dir);
  const result = run(dir, [`${FIXTURES}/broken.csv`, ...SECTIONS, ...FILES]);
  expect(result.status).toBe(1);
  const lines = result.stderr.split('\n').filter((line) => line.startsWith(`${FIXTURES}/broken.csv`));
  expect(lines).toEqual([
    expect.stringMatching(/第 2 行（编号 30001）: date — .*“1月23日”/),
    expect.stringMatching(/第 3 行（编号 30002）: section — .*“99”/),
    expect.stringMatching(/第 4 行（编号 30003）: editor — 缺少责任编辑/),
    expect.stringMatching(/第 5 行（编号 30004）: body — 正文图片 \/uploads\/allimg\/000000\/missing\.jpg .*找不到/),
  ]);
  expect(result.stderr).toMatch(/导入未完成：4 篇有问题.*没有写入任何文件/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(files(dir)).toEqual(before);
});

test('a body picture the content check would refuse (cut short by the old server, an SVG with a script) is named with its row, and nothing is written', async () => {
  const dir = content();
  const before = files(dir);
  const site = temporary('baodao-old-site-');
  mkdirSync(path.join(site, 'uploads'));
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
    .jpeg()
    .toBuffer();
  writeFileSync(path.join(site, 'uploads/cut.jpg'), photo.subarray(0, photo.length >> 1));
  writeFileSync(path.join(site, 'uploads/chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><script>alert(1)</script></svg>');
  const csv = path.join(site, 'export.csv');
  writeFileSync(
    csv,
    [
      'id,title,date,section,author,editor,body',
      '40001,图片传了一半,1706000000,12,张三,李四,"<p><img src=""/uploads/cut.jpg""></p><p>正文。</p>"',
      '40002,图表带脚本,1706000000,12,张三,李四,"<p><img src=""/uploads/chart.svg""></p><p>正文。</p>"',
    ].join('\n'),
  );
  const result = run(dir, [csv, ...SECTIONS, '--files', site]);
  expect(result.status).toBe(1);
  expect(result.stderr.split('\n').filter((line) => line.startsWith(csv))).toEqual([
    expect.stringMatching(/第 2 行（编号 40001）: body — 正文图片 \/uploads\/cut\.jpg 不完整/),
    expect.stringMatching(/第 3 行（编号 40002）: body — 正文图片 \/uploads\/chart\.svg 是带有脚本的 SVG/),
  ]);
  expect(files(dir)).toEqual(before);
});

test('a picture written in its address (pasted from Word into the old editor) is written beside its article; one cut short is named with its row and left out', async () => {
  const dir = content();
  const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
    .png()
    .toBuffer();
  const data = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`;
  const csv = path.join(dir, 'export.csv');
  writeFileSync(
    csv,
    [
      'id,title,date,section,author,editor,body',
      `40001,粘贴的图片,1706000000,12,张三,李四,"<p><img src=""${data(png)}"" alt=""现场""></p><p>正文。</p><p><img src=""${data(png.subarray(0, png.length >> 1))}""></p>"`,
    ].join('\n'),
  );
  const result = run(dir, [csv, ...SECTIONS]);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^已导入 1 篇文章到 .*，复制图片 1 张。/m);
  expect(result.stderr).toMatch(/1 张写在正文地址里的 data: 内嵌图片网站不能用，没有导入.*\n  .*export\.csv 第 2 行（编号 40001）: 正文图片 data:image\/png…（第 2 张内嵌图片） 不完整/);
  expect(readFileSync(path.join(dir, 'articles/2024/01/40001-1.png'))).toEqual(png);
  expect(existsSync(path.join(dir, 'articles/2024/01/40001-2.png'))).toBe(false);
  const text = readFileSync(path.join(dir, 'articles/2024/01/40001.md'), 'utf8');
  expect(text).toContain('![现场](./40001-1.png)');
  expect(text).not.toContain('data:');
});

test('a row a comma short is named at its row in the sheet, with its id, below a body of many lines; --skip-invalid imports the others', () => {
  const dir = content();
  const csv = path.join(dir, 'short.csv');
  const body = '"<p>第一段。</p>\n<p>第二段。</p>\n<p>第三段。</p>"';
  // Rows 2–4: a body of three lines (file lines 2–4), a row with no author cell (line 5), a good row.
  writeFileSync(csv, ['id,title,date,section,author,editor,body', `1,标题1,1706000000,local,张三,李四,${body}`, '2,标题2,1706000000,local,李四,<p>正文。</p>', '3,标题3,1706000000,local,张三,李四,<p>正文。</p>'].join('\n'));
  const result = run(dir, [csv]);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/short\.csv 第 3 行（编号 2）: 这一行有 6 格，第一行有 7 个列名：少了逗号？/);
  const skipping = run(dir, [csv, '--skip-invalid']);
  expect(skipping.status, skipping.stderr).toBe(0);
  expect(skipping.stdout).toMatch(/已导入 2 篇文章.*跳过有问题的 1 篇/);
});

test('--skip-invalid imports the good rows and says how many were left out', () => {
  const dir = content();
  const result = run(dir, [`${FIXTURES}/broken.csv`, ...SECTIONS, ...FILES, '--skip-invalid']);
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/已导入 1 篇文章.*跳过有问题的 4 篇/);
  expect(readdirSync(path.join(dir, 'articles/2024/01'))).toContain('30005.md');
});

test('importing the same export twice refuses to overwrite what the first run wrote', () => {
  const dir = content();
  expect(run(dir, [`${FIXTURES}/gbk.csv`, ...SECTIONS]).status).toBe(0);
  const again = run(dir, [`${FIXTURES}/gbk.csv`, ...SECTIONS]);
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(/编号 22001）: id — .*22001\.md 已存在/);
});

test('a picture path never reaches outside the old site’s folder', () => {
  const dir = content();
  const csv = path.join(dir, 'climb.csv');
  const row = (id: number, src: string) => `${id},标题${id},1706000000,local,张三,李四,"<p><img src=""${src}""></p>"`;
  writeFileSync(csv, ['id,title,date,section,author,editor,body', row(1, '/../../../etc/x.jpg'), row(2, '/a%2F..%2F..%2F..%2F..%2Fx.jpg')].join('\n'));
  const result = run(dir, [csv, ...FILES]);
  expect(result.status).toBe(1);
  // Dots resolve as a browser resolves them, inside the site; escaped slashes are refused.
  expect(result.stderr).toMatch(/第 2 行.*正文图片 \/etc\/x\.jpg 找不到/);
  expect(result.stderr).toMatch(/第 3 行.*正文图片 \/a\/\.\.\/\.\.\/\.\.\/\.\.\/x\.jpg 在旧网站文件夹之外/);
});

test('an old address an article already answers is named before writing, and --skip-invalid leaves that row out', () => {
  const dir = content();
  const csv = path.join(dir, 'taken.csv');
  const row = (id: number, url: string) => `${id},标题${id},1706000000,local,张三,李四,<p>正文。</p>,${url}`;
  writeFileSync(csv, ['id,title,date,section,author,editor,body,url', row(1, '/a/1.html'), row(2, '/html/2024/0315/1024.html')].join('\n'));
  const result = run(dir, [csv]);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/第 3 行（编号 2）: url — 旧地址 \/html\/2024\/0315\/1024\.html 已被 \S+linhe-fayuan-jiashi-tiaojie\.md 使用/);
  const skipping = run(dir, [csv, '--skip-invalid']);
  expect(skipping.status, skipping.stderr).toBe(0);
  expect(skipping.stdout).toMatch(/已导入 1 篇文章.*跳过有问题的 1 篇/);
});

test('an old address too long to keep (an old archive’s long Chinese slug) is named with its row and left out; the article and its other address are imported', () => {
  const dir = content();
  const csv = path.join(dir, 'long.csv');
  const slug = '关于进一步加强社会组织规范化建设提升服务能力的实施意见'.repeat(4).slice(0, 90);
  writeFileSync(csv, ['id,title,date,section,author,editor,body,url', `7,潍坊推进社会组织规范化建设,1706000000,local,张三,李四,<p>正文。</p>,/html/${slug}.html /plus/view.php?aid=7`].join('\n'));
  const result = run(dir, [csv]);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/已导入 1 篇文章/);
  expect(result.stderr).toMatch(new RegExp(`1 个旧地址太长，网站保留不了，没有写进 aliases（文章已导入）：\\n  .*long\\.csv 第 2 行（编号 7）: 旧地址“/html/${slug.slice(0, 34)}…”中的一段有 275 字节`));
  expect(readFileSync(path.join(dir, 'articles/2024/01/7.md'), 'utf8')).toContain('\naliases: [/plus/view.php?aid=7]\n');
});

test('a body’s link to another old article leads to its new address: one in the export, or one already here; one to a row left out stays as written', () => {
  const dir = content();
  const csv = path.join(dir, 'links.csv');
  const row = (id: number, title: string, url: string, body: string) => `${id},${title},1551748800,local,张三,李四,"${body}",${url}`;
  const links = [
    '<a href=""/html/2019/0305/2.html"">下一篇</a>',
    '<a href=""http://www.fzbd.cn/plus/view.php?aid=2"">动态地址</a>',
    '<a href=""../../2024/0315/1024.html"">已导入的</a>',
    '<a href=""/html/2019/0305/3.html"">跳过的</a>',
  ].join('，');
  writeFileSync(
    csv,
    [
      'id,title,date,section,author,editor,body,url',
      // The first row links to the second, below it, to an article imported before (the demo's), and to a row left out.
      row(1, '标题1', 'http://www.fzbd.cn/html/2019/0305/1.html', `<p>相关报道：${links}。</p>`),
      row(2, '标题2', '/html/2019/0305/2.html /plus/view.php?aid=2', '<p>正文。</p>'),
      row(3, '', '/html/2019/0305/3.html', '<p>没有标题。</p>'),
    ].join('\n'),
  );
  const result = run(dir, [csv, '--old-host', 'www.fzbd.cn', '--skip-invalid']);
  expect(result.status, result.stderr).toBe(0);
  expect(readFileSync(path.join(dir, 'articles/2019/03/1.md'), 'utf8')).toContain(
    '相关报道：[下一篇](/articles/2019/03/2/)，[动态地址](/articles/2019/03/2/)，[已导入的](/articles/2024/03/linhe-fayuan-jiashi-tiaojie/)，[跳过的](/html/2019/0305/3.html)。\n',
  );
});

test('what only the whole content check can see undoes the import, new folders included', () => {
  const dir = content();
  const before = files(dir);
  const csv = path.join(dir, 'link.csv');
  // 1262304000 is 2010-01-01 08:00 in Beijing: a year folder the content does not have yet.
  const row = (id: number, body: string) => `${id},标题${id},1262304000,local,张三,李四,"${body}"`;
  writeFileSync(csv, ['id,title,date,section,author,editor,body', row(1, '<p>正文。</p>'), row(2, '<p>见<a href=""/articles/2009/12/nope/"">旧文</a>。</p>')].join('\n'));
  const result = run(dir, [csv, '--skip-invalid']);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/2010\/01\/2\.md:\d+: 链接的文章 \/articles\/2009\/12\/nope\/ 不存在/);
  expect(result.stderr).toMatch(/导入未完成：写入后的内容检查发现上面 1 个问题，已撤回本次写入的所有文件。/);
  expect(files(dir)).toEqual([...before, 'link.csv'].sort());
});

test('two rows with one old address, an id taken by an .mdx article, a damaged picture: each named before writing', () => {
  const dir = content();
  writeFileSync(path.join(dir, 'articles/2024/01/7.mdx'), 'x');
  const files = temporary('baodao-old-site-');
  writeFileSync(path.join(files, 'empty.jpg'), '');
  const csv = path.join(dir, 'rows.csv');
  const row = (id: number, url: string, body = '<p>正文。</p>') => `${id},标题${id},1706000000,local,张三,李四,"${body}",${url}`;
  writeFileSync(
    csv,
    ['id,title,date,section,author,editor,body,url', row(5, '/a/5.html'), row(6, '/a/5.html'), row(7, '/a/7.html'), row(8, '/a/8.html', '<p><img src=""/empty.jpg""></p>')].join('\n'),
  );
  const result = run(dir, [csv, '--files', files]);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/第 3 行（编号 6）: url — 旧地址 \/a\/5\.html 与第 2 行相同/);
  expect(result.stderr).toMatch(/第 4 行（编号 7）: id — .*7\.mdx 已存在/);
  expect(result.stderr).toMatch(/第 5 行（编号 8）: body — 正文图片 \/empty\.jpg 无法读取/);
});

test('rows dated later are imported and named as scheduled, with their dates: not published until then', () => {
  const dir = content();
  const csv = path.join(dir, 'later.csv');
  const row = (id: number, date: string) => `${id},标题${id},${date},local,张三,李四,<p>正文。</p>`;
  writeFileSync(csv, ['id,title,date,section,author,editor,body', row(1, '1706000000'), row(2, '2099-03-01 09:00:00'), row(3, '2099/1/5 8:30')].join('\n'));
  const result = run(dir, [csv]);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/已导入 3 篇文章/);
  expect(result.stdout).toMatch(/^导入的文章中，2 篇文章定时发布，日期到了之后的第一次构建才会发布：\n {2}2099-01-05 08:30:00 \S*articles\/2099\/01\/3\.md\n {2}2099-03-01 09:00:00 \S*articles\/2099\/03\/2\.md$/m);
  expect(result.stdout).not.toMatch(/2024\/01\/1\.md/);
});

test('an export with a misspelt or missing column is named before any row is read', () => {
  const dir = content();
  const csv = path.join(dir, 'columns.csv');
  writeFileSync(csv, 'id,titel,date,section,author,body\n1,标题,1706000000,local,张三,<p>正文</p>\n');
  const result = run(dir, [csv]);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/未知列“titel”（拼写错误？）/);
  expect(result.stderr).toMatch(/缺少列“title”：标题/);
  expect(result.stderr).toMatch(/^用法：npm run import/m);
});

test('no file, or an option it does not know, shows how to use it', () => {
  const dir = content();
  expect(run(dir, []).stderr).toMatch(/^用法：npm run import/);
  expect(run(dir, ['x.csv', '--force']).stderr).toMatch(/^用法：npm run import/);
  expect(run(dir, ['missing.csv']).stderr).toMatch(/找不到导出文件 missing\.csv/);
});

test('a folder where the export, --sections or --files are meant is named, with no stack trace, and nothing is written', () => {
  const dir = content();
  const before = files(dir);
  for (const [args, told] of [
    [[`${FIXTURES}/site`], `${FIXTURES}/site 是文件夹，不是导出文件：请写导出文件（.csv 文件）的路径`],
    [[`${FIXTURES}/dedecms.csv`, '--sections', FIXTURES], `找不到栏目对应表 ${FIXTURES}（--sections 写 .yaml 文件的路径）`],
    [[`${FIXTURES}/dedecms.csv`, ...SECTIONS, '--files', `${FIXTURES}/dedecms.csv`], `找不到文件夹 ${FIXTURES}/dedecms.csv（--files 写文件夹的路径）`],
  ] as const) {
    const result = run(dir, [...args]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(told);
  }
  expect(files(dir)).toEqual(before);
});
