/**
 * Bad content stops the build with a message naming the file and the field — no stack
 * trace — and the previous output stays as it was: a build succeeds whole or fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEnv, runBuild, type BuildRun } from './support/build.ts';
import { ROOT } from './support/site.ts';

const OUT = path.join(ROOT, '.build/broken-out');
const MARKER = path.join(OUT, 'previous-build.txt');

function previousOutput() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(MARKER, 'the last good build');
}

function expectUntouched(run: BuildRun) {
  expect(run.status).toBe(1);
  expect(run.output).toContain('构建失败');
  expect(run.output).not.toMatch(/^\s+at .+:\d+/m);
  expect(readFileSync(MARKER, 'utf8')).toBe('the last good build');
  expect(readdirSync(OUT)).toEqual(['previous-build.txt']);
  expect(readdirSync(path.dirname(OUT)).filter((name) => name.includes('broken-out.'))).toEqual([]);
}

describe('broken front matter', () => {
  let run: BuildRun;
  beforeAll(() => {
    previousOutput();
    run = runBuild({ BAODAO_CONTENT: 'tests/fixtures/broken', BAODAO_OUT: OUT });
  });

  test.each([
    ['articles/2024/01/unknown-key.md', 'titel', '未知字段'],
    ['articles/2024/01/bad-section.md', 'section', '栏目“sports”不存在'],
    ['articles/2024/01/bad-date.md', 'date', '“2024-13-45 10:00”不存在：没有 13 月（月份是 1 到 12）'],
    ['articles/2024/01/missing-editor.md', 'editor', '缺少责任编辑'],
    ['articles/2024/01/cover-without-alt.md', 'cover.alt', '缺少题图说明'],
    ['articles/2024/01/missing-cover.md', 'cover.image', '找不到图片文件'],
    ['articles/2024/01/template-words.md', 'title', '新文章模板里的占位文字'],
    ['articles/2024/01/template-words.md', 'author', '新文章模板里的占位文字'],
    ['articles/2024/01/template-words.md', 'editor', '新文章模板里的占位文字'],
    ['articles/2024/01/template-words.md', 'summary', '新文章模板里的占位文字'],
    ['articles/2024/01/template-words.md', '正文', '新文章模板里的占位文字'],
    ['articles/2024/01/missing-video.md', 'video.src', '找不到视频文件 public/media/no-such-video.mp4'],
    ['articles/2024/01/chinese-comma.md', 'author 第 1 项', '用半角逗号分隔'],
    ['people/bad-person.yaml', 'status', '在职 或 离职'],
    ['topics/bad-topic.md', 'articles 第 2 项', '文章“2024/01/no-such-article”不存在'],
  ])('%s: names the field %s', (file, field, message) => {
    const line = run.output.split('\n').find((l) => l.startsWith(`tests/fixtures/broken/${file}: ${field} — `));
    expect(line, run.output).toBeDefined();
    expect(line).toContain(message);
  });

  test('a YAML syntax error names the file and the line', () => {
    expect(run.output).toMatch(/^tests\/fixtures\/broken\/articles\/2024\/01\/bad-yaml\.md:\d+: YAML 格式错误/m);
  });

  test('a file saved as GBK is named before it is published as mojibake', () => {
    expect(run.output).toMatch(/^tests\/fixtures\/broken\/articles\/2024\/01\/gbk-encoded\.md: 文件不是 UTF-8 编码/m);
  });

  test('front matter never closed is named as such, not as missing fields', () => {
    expect(run.output).toMatch(/^tests\/fixtures\/broken\/articles\/2024\/01\/unclosed-frontmatter\.md:1: 开头的 --- 没有结尾/m);
    expect(run.output).not.toMatch(/unclosed-frontmatter\.md: title/);
  });

  test('a misplaced or misnamed file is named', () => {
    expect(run.output).toMatch(/^tests\/fixtures\/broken\/articles\/2024\/01\/Bad_Name\.md: 文章应放在/m);
  });

  test('a Markdown or YAML file the site would never read (outside articles/, .MD, people/x.yml) is named, not skipped', () => {
    expect(run.output).toMatch(/^tests\/fixtures\/broken\/stray\.md: 这个文件不会发布/m);
    expect(run.output).toMatch(/^tests\/fixtures\/broken\/articles\/2024\/01\/upper-case\.MD: 这个文件不会发布/m);
    expect(run.output).toMatch(/^tests\/fixtures\/broken\/people\/typo\.yml: 这个文件不会发布：人员文件放在 people\/ 下，扩展名用小写 \.yaml$/m);
  });

  test('a picture in the body that is not there is named in Chinese, before Astro starts', () => {
    expect(run.output).toMatch(/^tests\/fixtures\/broken\/articles\/2024\/01\/missing-body-image\.md:\d+: 找不到正文中的图片文件 \.\/no-such-photo\.jpg$/m);
    expect(run.output).not.toContain('ImageNotFound');
  });

  test('a picture in the body written as Windows writes a path is told the path to write: Astro stopped in English on one, and published the other as a picture no reader could load', () => {
    expect(run.output).toMatch(/^tests\/fixtures\/broken\/articles\/2024\/01\/windows-picture\.md:12: 图片 \.\\poster\.jpg 里的“\\”是 Windows 的写法，网址要用“\/”：请写成 \.\/poster\.jpg$/m);
    expect(run.output).toMatch(/^tests\/fixtures\/broken\/articles\/2024\/01\/windows-picture\.md:14: 图片 C:\\Users\\甲\\Desktop\\现场\.jpg 是这台电脑上的位置，读者看不到：请把图片放到文章文件旁边，写成 \.\/现场\.jpg$/m);
  });

  test('a <Figure> in a .md article (where readers would see it as text) is named', () => {
    expect(run.output).toMatch(/^tests\/fixtures\/broken\/articles\/2024\/01\/figure-in-md\.md:\d+: <Figure> 只能用在 \.mdx 文章里/m);
  });

  test.each([
    ['mdx-braces.mdx', 10, '正文里的 import / export 用不上'],
    ['mdx-braces.mdx', 12, '{变量} 会被当作代码，读者看不到'],
    ['mdx-unclosed.mdx', 10, '<Figure> 没有结束标签：请在后面加上 </Figure>'],
    ['script-in-body.md', 12, '正文里不能有 <script>'],
    ['page-changing-html.md', 12, '正文里不能有 <meta>：它作用于整个页面（http-equiv="refresh" 会把读者带离本站）'],
    ['page-changing-html.md', 14, '链接不能是 javascript: 代码'],
    ['unbalanced-html.md', 12, '</div> 前面没有对应的 <div>：它会提前结束页面自己的 <div>'],
    ['unbalanced-html.md', 14, '<div class="old-cms"> 没有对应的 </div>'],
    ['unbalanced-html.md', 17, '<b> 没有对应的 </b>'],
    ['bad-links.md', 10, '链接 ../01/bad-section.md 是文件路径，读者打开会是 404：请写成文章地址 /articles/2024/01/bad-section/'],
    ['bad-links.md', 10, '链接的文章 /articles/2024/01/no-such-article/ 不存在'],
  ])('the body of %s: line %i is named in Chinese before Astro starts', (file, line, message) => {
    const lines = run.output.split('\n').filter((l) => l.startsWith(`tests/fixtures/broken/articles/2024/01/${file}:${line}: `));
    expect(lines.some((l) => l.includes(message)), run.output).toBe(true);
  });

  test('the warnings follow the problems: a problem does not hide them', () => {
    const warning = run.output.search(/^警告 \(warning\): 以下 \d+ 个署名在人员查询（content\/people\/）中找不到/m);
    expect(warning, run.output).toBeGreaterThan(run.output.indexOf('内容检查发现'));
    expect(run.output.slice(warning)).not.toMatch(/^tests\/fixtures\/broken\//m);
  });

  test('every problem is reported at once, with no stack trace, and nothing is published', () => {
    // One line per problem, every one of them, in one run.
    const count = Number(/内容检查发现 (\d+) 个问题/.exec(run.output)?.[1]);
    expect(count).toBeGreaterThanOrEqual(15);
    expect(run.output.split('\n').filter((line) => line.startsWith('tests/fixtures/broken/'))).toHaveLength(count);
    expectUntouched(run);
  });
});

describe('a picture Astro cannot read or make', () => {
  let run: BuildRun;
  beforeAll(() => {
    previousOutput();
    run = runBuild({ BAODAO_CONTENT: 'tests/fixtures/broken-render', BAODAO_OUT: OUT });
  });

  test('is named with its article and field before Astro starts, and the previous output stays', () => {
    expect(run.output).toMatch(
      /^tests\/fixtures\/broken-render\/articles\/2024\/01\/not-a-picture\.md: cover\.image — 图片 \.\/not-a-picture\.jpg 无法读取/m,
    );
    expect(run.output).not.toContain('[build]');
    expectUntouched(run);
  });

  test('an SVG cover, which Astro would not make into the share card’s JPEG, is named with its field, not left to Astro in English', () => {
    expect(run.output).toMatch(
      /^tests\/fixtures\/broken-render\/articles\/2024\/01\/svg-cover\.md: cover\.image — 图片 \.\/svg-cover\.svg 是 SVG 格式：.*请转换为 JPEG 或 PNG$/m,
    );
    expect(run.output).not.toContain('UnsupportedImageFormat');
    expectUntouched(run);
  });
});

describe('pictures as a photo desk hands them over, that cannot be published', () => {
  const content = path.join(ROOT, '.build/photo-desk-content');
  const folder = path.join(content, 'articles/2024/01');
  const shown = path.relative(ROOT, folder);
  let run: BuildRun;

  /** An article in `folder` with `cover` as its cover and `body` as its body. */
  const article = (name: string, cover: string | undefined, body: string) =>
    writeFileSync(
      path.join(folder, `${name}.md`),
      `---\ntitle: 图片测试\ndate: 2024-01-05 10:00\nsection: today\nsource: 法治报道\nauthor: 甲\neditor: 乙\n${cover ? `cover:\n  image: ${cover}\n  alt: 现场\n` : ''}---\n\n${body}\n`,
    );

  beforeAll(async () => {
    previousOutput();
    rmSync(content, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    cpSync('content/sections.yaml', path.join(content, 'sections.yaml'));
    // The site's sections and footer pages, so that these pictures are all that could stop the build.
    cpSync('content/pages', path.join(content, 'pages'), { recursive: true });
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .jpeg()
      .toBuffer();
    // An upload that stopped half way.
    writeFileSync(path.join(folder, 'cut.jpg'), photo.subarray(0, photo.length >> 1));
    article('cut-cover', './cut.jpg', '正文。');
    // A chart that carries a script.
    writeFileSync(path.join(folder, 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" onload="alert(1)"/>');
    article('script-chart', undefined, '正文。\n\n![图表](./chart.svg)');
    // An iPhone's HEIC renamed .jpg: an AVIF made into a HEIF of HEVC, which sharp here cannot read.
    const heic = Buffer.from(await sharp(photo).avif().toBuffer());
    for (const [from, to] of [['avif', 'heic'], ['av01', 'hvc1'], ['av1C', 'hvcC']] as const) {
      for (let at = heic.indexOf(from); at >= 0; at = heic.indexOf(from, at + 1)) heic.write(to, at);
    }
    writeFileSync(path.join(folder, 'IMG_0001.jpg'), heic);
    article('iphone-cover', './IMG_0001.jpg', '正文。');
    run = runBuild({ BAODAO_CONTENT: content, BAODAO_OUT: OUT });
  });

  test.each([
    ['cut-cover.md: cover.image', '图片 ./cut.jpg 不完整'],
    ['script-chart.md:12:', '图片 ./chart.svg 是带有脚本的 SVG'],
    ['iphone-cover.md: cover.image', '图片 ./IMG_0001.jpg 实际是 HEIC 格式（苹果手机照片的格式），网站不能处理：请转换为 JPEG 或 PNG'],
  ])('%s is named in Chinese with the picture, before Astro starts', (where, message) => {
    const line = run.output.split('\n').find((l) => l.startsWith(`${shown}/${where}`));
    expect(line, run.output).toBeDefined();
    expect(line).toContain(message);
  });

  test('nothing is published, and Astro never met them', () => {
    expect(run.output).not.toContain('[build]');
    expect(run.output).not.toContain('UnsupportedImageFormat');
    expectUntouched(run);
  });
});

describe('a bad site configuration', () => {
  test('a BAODAO_NOW the machine would have to place in its own time zone fails clearly', () => {
    previousOutput();
    const run = runBuild({ BAODAO_OUT: OUT, BAODAO_NOW: '2024-06-01 08:00:00' });
    expect(run.output).toMatch(/^环境变量 BAODAO_NOW: “2024-06-01 08:00:00”不是带时区的时间/m);
    expectUntouched(run);
  });

  test.each([
    // abc and 0 were the default without a word; -5 stopped the build in English once every page was built.
    ['BAODAO_SEARCH_PART_SIZE', 'abc'],
    ['BAODAO_SEARCH_PART_SIZE', '-5'],
    ['BAODAO_OLD_ADDRESSES_PER_FILE', '0'],
    // Read only by the tag index's pages, 0 would stop the build inside Astro, once the content check had run.
    ['BAODAO_TAGS_PER_PAGE', '0'],
  ])('%s=%s fails clearly, naming the variable, before the content check and Astro', (name, value) => {
    previousOutput();
    const run = runBuild({ BAODAO_OUT: OUT, [name]: value });
    expect(run.output).toMatch(new RegExp(`^构建失败 \\(build failed\\):\n环境变量 ${name}: “${value}”不是正整数，请写.+，如 \\d+$`, 'm'));
    expect(run.output).not.toMatch(/Astro|提示：|警告/);
    expectUntouched(run);
  });

  test('an empty content folder fails clearly', () => {
    previousOutput();
    const empty = path.join(ROOT, '.build/empty-content');
    rmSync(empty, { recursive: true, force: true });
    mkdirSync(empty, { recursive: true });
    const run = runBuild({ BAODAO_CONTENT: empty, BAODAO_OUT: OUT });
    expect(run.output).toContain('sections.yaml');
    expectUntouched(run);
    expect(existsSync(path.join(empty, 'articles'))).toBe(false);
  });
});

describe('a site config that TypeScript cannot read', () => {
  // A copy of the project's code with the config edited, so that the project's own stays whole.
  const project = path.join(ROOT, '.build/bad-config-project');
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const config = readFileSync(path.join(ROOT, 'src/site.config.ts'), 'utf8');
  /** `npm run check:content` and `npm run build` in the copy, with `from` in the config written `to`. */
  function runWith(from: string, to: string): { check: BuildRun; build: BuildRun; line: number } {
    expect(config).toContain(from);
    rmSync(project, { recursive: true, force: true });
    mkdirSync(project, { recursive: true });
    for (const part of ['src', 'scripts', 'package.json']) cpSync(path.join(ROOT, part), path.join(project, part), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
    const edited = config.replace(from, to);
    writeFileSync(path.join(project, 'src/site.config.ts'), edited);
    const env = buildEnv({ BAODAO_CONTENT: path.join(ROOT, 'content'), BAODAO_OUT: OUT });
    const run = (script: string): BuildRun => {
      const result = spawnSync(process.execPath, [script], { cwd: project, env, encoding: 'utf8' });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    };
    previousOutput();
    return { check: run('scripts/check.ts'), build: run('scripts/build.ts'), line: edited.split('\n').findIndex((l) => l.includes(to)) + 1 };
  }

  test.each([
    ['a comma left out', "  lang: 'zh-CN',", "  lang: 'zh-CN'", '少了半角逗号“,”'],
    ['Chinese quotes', "  lang: 'zh-CN',", '  lang: ‘zh-CN’,', '全角的“‘”'],
    ['text without quotes', "  name: '法治报道',", '  name: 法治报道,', "请写成 '法治报道'"],
  ])('%s is told in Chinese with the file and line, by the check and the build, and nothing is published', (_, from, to, message) => {
    const { check, build, line } = runWith(from, to);
    for (const run of [check, build]) {
      expect(run.status, run.output).toBe(1);
      const told = run.output.split('\n').find((l) => l.startsWith(`src/site.config.ts:${line}: `));
      expect(told, run.output).toContain(message);
      expect(run.output).not.toMatch(/^\s+at .+:\d+|Node\.js v|ERR_INVALID_TYPESCRIPT_SYNTAX/m);
    }
    expectUntouched(build);
  });
});

describe('a folder the build cannot write', () => {
  test('fails with the folder named, no stack trace, and the previous output kept', () => {
    previousOutput();
    // The build keeps its cache beside the output's name (.build/<name>-cache): here a file.
    const cache = path.join(ROOT, '.build', `${path.basename(OUT)}-cache`);
    rmSync(cache, { recursive: true, force: true });
    writeFileSync(cache, 'not a folder');
    try {
      const run = runBuild({ BAODAO_OUT: OUT });
      expect(run.output).toContain(`.build/${path.basename(OUT)}-cache`);
      expectUntouched(run);
    } finally {
      rmSync(cache, { force: true });
    }
  });
});
