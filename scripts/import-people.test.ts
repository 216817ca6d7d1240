/** `npm run import:people`: what an editor sees for a good staff directory, and for a bad one. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { temporaryFolders } from '../tests/support/temporary.ts';

const FIXTURES = 'tests/fixtures/import-people';
const FILES = ['--files', FIXTURES];

const temporary = temporaryFolders();
/** A copy of the demo content to import into. */
const content = () => temporary('baodao-import-people-', 'content');

const run = (dir: string, args: string[], script = 'scripts/import-people.ts') =>
  spawnSync(process.execPath, [script, ...args], { env: { ...process.env, BAODAO_CONTENT: dir }, encoding: 'utf8' });

const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

test('a good directory is imported whole: a file for each person, named in pinyin, the photo beside it', () => {
  const dir = content();
  const result = run(dir, [`${FIXTURES}/people.csv`, ...FILES]);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^已导入 4 位人员到 .*people\/，复制照片 1 张。$/m);
  // Names in the demo's bylines that matched no one link to their pages now.
  expect(result.stdout).toMatch(/文章署名中的 韩启明（1 篇）、钱晓薇（2 篇）现在链接到人员页面。/);
  expect(readFileSync(path.join(dir, 'people/qian-xiaowei.yaml'), 'utf8')).toBe(
    [
      'name: 钱晓薇',
      'roles: [记者]',
      'title: 记者',
      'affiliation: 法治报道',
      'bio: 跑法院口，关注审判执行与司法公开。（示例人物）',
      'photo: ./qian-xiaowei.jpg',
      'credential:',
      '  kind: 记者证号',
      '  number: "990120220003415"',
      'status: 在职',
      '',
    ].join('\n'),
  );
  expect(readFileSync(path.join(dir, 'people/qian-xiaowei.jpg'))).toEqual(readFileSync(`${FIXTURES}/photos/Qian.JPG`));
  // 记者证 is read as 记者证号; a quoted cell keeps its comma and quotes.
  expect(readFileSync(path.join(dir, 'people/han-qiming.yaml'), 'utf8')).toContain('roles: [记者, 编辑]\ntitle: 评论部主任\naffiliation: 法治报道\nbio: 撰写评论，"法治时评"栏目主笔。');
  // A compound surname is one word, a surname read as a surname (单 shan).
  expect(readFileSync(path.join(dir, 'people/ouyang-siyuan.yaml'), 'utf8')).toContain('kind: 工作证号\n  number: QC-2023-017\n');
  expect(readFileSync(path.join(dir, 'people/shan-lixin.yaml'), 'utf8')).toContain('status: 离职');
  const check = spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...process.env, BAODAO_CONTENT: dir }, encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  expect(check.stdout).toContain('19 位人员');
});

test('a directory saved as GBK with English column names reads the same', () => {
  const bytes = readFileSync(`${FIXTURES}/people-gbk.csv`);
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture really is GBK').toThrow();
  const dir = content();
  const result = run(dir, [`${FIXTURES}/people-gbk.csv`]);
  expect(result.status, result.stderr).toBe(0);
  expect(readFileSync(path.join(dir, 'people/zhen-liwei.yaml'), 'utf8')).toBe(
    'name: 甄立伟\nroles: [记者]\naffiliation: 法治报道\ncredential:\n  kind: 记者证号\n  number: "990120200004562"\nstatus: 在职\n',
  );
  expect(readFileSync(path.join(dir, 'people/jia-mingxuan.yaml'), 'utf8')).toContain('roles: [记者, 编辑]\ntitle: 见习记者\n');
});

test('a directory saved as Excel’s “Unicode 文本” (UTF-16 with its BOM, tab-separated) reads the same', () => {
  const dir = content();
  const txt = path.join(dir, '人员.txt');
  // As Excel writes it: CRLF between rows; a cell holding a line break or a tab in quotes.
  const sheet = ['姓名\t角色\t单位\t证件类型\t证件号\t状态\t简介', '甄立伟\t记者、编辑\t法治报道\t记者证\t990120200004562\t在职\t"跑法院口。\n关注\t执行。"'].join('\r\n');
  writeFileSync(txt, Buffer.from(`\ufeff${sheet}\r\n`, 'utf16le'));
  const result = run(dir, [txt]);
  expect(result.status, result.stderr).toBe(0);
  expect(readFileSync(path.join(dir, 'people/zhen-liwei.yaml'), 'utf8')).toBe(
    'name: 甄立伟\nroles: [记者, 编辑]\naffiliation: 法治报道\nbio: 跑法院口。 关注 执行。\ncredential:\n  kind: 记者证号\n  number: "990120200004562"\nstatus: 在职\n',
  );
});

test('a bad directory names every problem with its row, name and column, and writes nothing', () => {
  const dir = content();
  const before = files(dir);
  const result = run(dir, [`${FIXTURES}/people-broken.csv`, ...FILES]);
  expect(result.status).toBe(1);
  const lines = result.stderr.split('\n').filter((line) => line.startsWith(`${FIXTURES}/people-broken.csv`));
  expect(lines).toEqual([
    expect.stringMatching(/第 2 行（姓名 马远征）: 姓名 — \S*people\/ma-yuanzheng\.yaml 已存在，不会覆盖：同一位不必再导入.*如 ma-yuanzheng-2$/),
    expect.stringMatching(/第 3 行（姓名 王建华）: 证件号 — “9\.90121E\+14”是 Excel 的科学计数法/),
    expect.stringMatching(/第 4 行（姓名 李红）: 状态 — 状态 status 应为 在职 或 离职，而不是“在岗”/),
    expect.stringMatching(/第 5 行（姓名 赵刚）: 角色 — 第 1 项“摄影记者”：角色应为 记者、编辑、责任编辑、通讯员、摄影 之一/),
    expect.stringMatching(/第 6 行（姓名 孙莉）: 照片 — 找不到照片 photos\/missing\.jpg/),
    expect.stringMatching(/第 8 行（姓名 周平）: 姓名 — 与第 7 行同名：同一位请删去一行；同名的两位，加一列“id”（或“文件名”）.*如 zhou-ping-2$/),
  ]);
  expect(result.stderr).toMatch(/导入未完成：6 位有问题（共 6 个），没有写入任何文件。修正后重试，或加 --skip-invalid 只导入其余 2 位。/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(files(dir)).toEqual(before);
});

test('--skip-invalid imports the good rows and says how many were left out', () => {
  const dir = content();
  const result = run(dir, [`${FIXTURES}/people-broken.csv`, ...FILES, '--skip-invalid']);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/已导入 2 位人员.*跳过有问题的 6 位/);
  expect(readFileSync(path.join(dir, 'people/zhou-ping.yaml'), 'utf8')).toContain('status: 在职');
  expect(existsSync(path.join(dir, 'people/wu-jing.yaml'))).toBe(true);
  expect(readFileSync(path.join(dir, 'people/ma-yuanzheng.yaml'), 'utf8'), 'never overwritten').toContain('title: 社管办主任');
});

test('a row a comma short is named at its row, with its name, and --skip-invalid imports the others', () => {
  const dir = content();
  const csv = path.join(dir, 'short.csv');
  writeFileSync(csv, ['姓名,角色,状态,简介', '"周平",记者,在职,"跑法院口。\n关注审判执行。"', '吴静,记者,在职', '郑直,编辑,在职,'].join('\n'));
  const result = run(dir, [csv]);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/short\.csv 第 3 行（姓名 吴静）: 这一行有 3 格，第一行有 4 个列名：少了逗号？/);
  const skipping = run(dir, [csv, '--skip-invalid']);
  expect(skipping.status, skipping.stderr).toBe(0);
  expect(skipping.stdout).toMatch(/已导入 2 位人员.*跳过有问题的 1 位/);
});

test('importing the same directory twice refuses to overwrite what the first run wrote', () => {
  const dir = content();
  expect(run(dir, [`${FIXTURES}/people-gbk.csv`]).status).toBe(0);
  const again = run(dir, [`${FIXTURES}/people-gbk.csv`]);
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(/第 2 行（姓名 甄立伟）: name — \S*zhen-liwei\.yaml 已存在，不会覆盖/);
});

test('two people of one name come in when an id column tells them apart, and the editor is told their bylines link to neither', () => {
  const dir = content();
  const csv = path.join(dir, 'namesakes.csv');
  writeFileSync(csv, ['姓名,角色,状态,文件名', '马远征,记者,在职,ma-yuanzheng-2', '钱晓薇,记者,在职,', '钱晓薇,编辑,在职,qian-xiaowei-bianji'].join('\n'));
  const result = run(dir, [csv]);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toMatch(/以下姓名现在不止一位，文章署名中的这些名字不链接到任何一位.*\n {2}马远征：ma-yuanzheng\.yaml、ma-yuanzheng-2\.yaml\n {2}钱晓薇：qian-xiaowei\.yaml、qian-xiaowei-bianji\.yaml/);
  expect(result.stdout).not.toMatch(/现在链接到人员页面/);
  expect(files(path.join(dir, 'people'))).toEqual(expect.arrayContaining(['ma-yuanzheng-2.yaml', 'qian-xiaowei.yaml', 'qian-xiaowei-bianji.yaml']));
});

test('a photo path never reaches outside the --files folder, and a photo the build cannot read is named', () => {
  const dir = content();
  const photos = temporary('baodao-photos-');
  writeFileSync(path.join(photos, 'empty.jpg'), '');
  const csv = path.join(dir, 'photos.csv');
  writeFileSync(csv, ['姓名,角色,状态,照片', '王一,记者,在职,../x.jpg', '王二,记者,在职,/empty.jpg', '王三,记者,在职,Empty.jpg', '王四,记者,在职,照片.jpg'].join('\n'));
  const result = run(dir, [csv, '--files', photos]);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/第 2 行（姓名 王一）: 照片 — 照片 \.\.\/x\.jpg 在 --files 文件夹之外/);
  expect(result.stderr).toMatch(/第 3 行（姓名 王二）: 照片 — 图片 \/empty\.jpg 无法读取/);
  expect(result.stderr).toMatch(/第 4 行（姓名 王三）: 照片 — 图片 Empty\.jpg 的大小写与文件名不一致：请写成 empty\.jpg/);
  expect(result.stderr).toMatch(/第 5 行（姓名 王四）: 照片 — 找不到照片 照片\.jpg/);
  const without = run(dir, [csv]);
  expect(without.stderr).toMatch(/第 2 行（姓名 王一）: 照片 — 照片 \.\.\/x\.jpg：请用 --files 指向照片所在的文件夹/);
});

test('a write that fails takes back every file the import wrote, the people folder included', () => {
  const dir = content();
  rmSync(path.join(dir, 'people'), { recursive: true });
  const before = files(dir);
  // A file name longer than the disk takes (255 bytes) fails only when it is written, after the rows before it.
  const long = 'a'.repeat(300);
  const csv = path.join(dir, 'long.csv');
  writeFileSync(csv, ['姓名,角色,状态,照片,id', '钱晓薇,记者,在职,photos/Qian.JPG,', `王五,记者,在职,,${long}`].join('\n'));
  const result = run(dir, [csv, ...FILES]);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(new RegExp(`^写入 \\S*people/${long}\\.yaml 失败（.*），已撤回本次写入的所有文件。$`, 'm'));
  expect(files(dir)).toEqual([...before, 'long.csv'].sort());
});

test('a directory with a misspelt or missing column is named before any row is read', () => {
  const dir = content();
  const csv = path.join(dir, 'columns.csv');
  writeFileSync(csv, '姓名,角色,性别,证件号\n马远征,记者,男,1\n');
  const result = run(dir, [csv]);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/未知列“性别”（拼写错误？人员查询没有这一项：不需要的列请删去）/);
  expect(result.stderr).toMatch(/缺少列“状态”（或 status）：在职 或 离职/);
  expect(result.stderr).toMatch(/有“证件号”列，却没有“证件类型”/);
  expect(result.stderr).toMatch(/^用法：npm run import:people/m);
});

test('each importer sends the other’s export to the right command', () => {
  const dir = content();
  expect(run(dir, [`${FIXTURES}/people.csv`], 'scripts/import.ts').stderr).toMatch(/people\.csv 是人员名单：请用 npm run import:people 导入/);
  expect(run(dir, ['tests/fixtures/import/dedecms.csv']).stderr).toMatch(/dedecms\.csv 是文章的导出文件：文章请用 npm run import 导入/);
});

test('no file, or an option it does not know, shows how to use it', () => {
  const dir = content();
  expect(run(dir, []).stderr).toMatch(/^用法：npm run import:people/);
  expect(run(dir, ['x.csv', '--sections', 'x.yaml']).stderr).toMatch(/^用法：npm run import:people/);
  expect(run(dir, ['missing.csv']).stderr).toMatch(/找不到人员名单 missing\.csv/);
  // A folder was read as the list: Node stopped with its stack.
  expect(run(dir, [FIXTURES]).stderr.trim()).toBe(`${FIXTURES} 是文件夹，不是人员名单：请写人员名单（.csv 文件）的路径`);
  expect(run(dir, [`${FIXTURES}/people.csv`, '--files', 'nowhere']).stderr).toMatch(/找不到文件夹 nowhere（--files 写文件夹的路径）/);
  const empty = path.join(dir, 'empty.csv');
  writeFileSync(empty, '姓名,角色,状态\n');
  expect(run(dir, [empty]).stderr).toMatch(/没有人员：第一行应是列名，之后每行一位/);
});
