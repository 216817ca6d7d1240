import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { PARSE_OPTIONS, problemsFrom } from './errors.ts';
import { readFrontmatter } from './frontmatter.ts';
import { ARTICLE_FIELD_HINTS, PAGE_FIELD_HINTS, TOPIC_FIELD_HINTS, articleSchema, localImagePath, pageSchema, personSchema, sectionsFileSchema, siteConfigSchema, topicSchema } from './schema.ts';

const schema = articleSchema({
  sections: [
    { id: 'today', name: '今日资讯' },
    { id: 'law', name: '法治要闻' },
  ],
  timeZone: 'Asia/Shanghai',
  siteName: '法治报道',
  image: z.string(),
});
const SEED = 'content/articles/2024/01/weifang-minzheng-shehui-zuzhi.md';
const seed = readFrontmatter(readFileSync(SEED, 'utf8')).data;

const minimal = {
  title: '标题',
  date: '2024-01-23 09:08:47',
  section: 'today',
  source: '法治报道',
  author: '马远征',
  editor: '乔海印',
};

/** The fields the schema names in its problems with `data`. */
function badFields(data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return problemsFrom('x.md', result.error).map((p) => p.field);
}

describe('article schema', () => {
  test("accepts the seed article's front matter as its file (SEED) writes it", () => {
    const article = schema.parse(seed);
    expect(article.title).toBe('潍坊市民政局多措并举提升社会组织服务平台效能');
    expect(article.date.toISOString()).toBe('2024-01-23T01:08:47.000Z');
    expect(article.author).toEqual(['马远征', '张文玉']);
    expect(article.correspondents).toEqual(['马远征', '张文玉']);
    expect(article.editor).toEqual(['乔海印']);
    expect(article.tags).toEqual(['潍坊', '社会组织', '民政']);
    expect(article.draft).toBe(false);
  });

  test("a repost, whose 来源 is another outlet, may have no author; the outlet's own article may not", () => {
    const { author, ...anonymous } = minimal;
    expect(author).toBeTruthy();
    expect(schema.parse({ ...anonymous, source: '新华社' }).author).toEqual([]);
    expect(schema.safeParse({ ...anonymous, source: '法治报道青川记者站' }).success, 'a bureau of the outlet').toBe(false);
    expect(schema.safeParse({ ...anonymous, source: '本报' }).success, 'the outlet as 本报').toBe(false);
    const own = schema.safeParse(anonymous);
    expect(own.success).toBe(false);
    const [problem, ...more] = problemsFrom('a.md', own.error!);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ field: 'author' });
    expect(problem!.message).toContain('本站稿件须署名');
  });

  // A flag written as a field of its own, as draft is (pinned: true), or as another system
  // names it (WordPress sticky, Hexo top), and 撤稿 by another word: told where it goes.
  test.each([
    [{ pinned: true }, 'pinned', '置顶写在 flags：flags: [pinned]'],
    [{ 置顶: true }, '置顶', '置顶写在 flags：flags: [pinned]'],
    [{ sticky: true }, 'sticky', '置顶写在 flags：flags: [pinned]'],
    [{ top: 1 }, 'top', '置顶写在 flags：flags: [pinned]'],
    [{ headline: true }, 'headline', '头条写在 flags：flags: [headline]'],
    [{ 推荐: '是' }, '推荐', '推荐写在 flags：flags: [featured]'],
    [{ 撤稿: '2026-11-26' }, '撤稿', '撤稿写在 withdrawn'],
    [{ withdraw: true }, 'withdraw', '撤稿写在 withdrawn'],
  ])('%j is told where it goes', (field, key, message) => {
    const result = schema.safeParse({ ...minimal, ...field });
    expect(result.success).toBe(false);
    expect(problemsFrom('a.md', result.error!, ARTICLE_FIELD_HINTS)).toEqual([{ file: 'a.md', field: key, message: expect.stringContaining(message) }]);
  });

  // The site's messages and README name each field in Chinese first (标题 title): an editor may write that name.
  test.each([
    ['标题', 'title'],
    ['栏目', 'section'],
    ['导读', 'summary'],
    ['标签', 'tags'],
    ['更正', 'corrections'],
    ['更新时间', 'updated'],
  ])('a field written by its Chinese name, %s, is told its key, %s', (key, field) => {
    const { [field as keyof typeof minimal]: value, ...rest } = minimal as Record<string, unknown>;
    const result = schema.safeParse({ ...rest, [key]: value ?? 'x' }, PARSE_OPTIONS);
    expect(result.success).toBe(false);
    // One mistake, one line: a required field so written is not told as missing too.
    expect(problemsFrom('a.md', result.error!, ARTICLE_FIELD_HINTS, schema)).toEqual([{ file: 'a.md', field: key, message: `未知字段“${key}”：字段名要写英文，${key}应写 ${field}` }]);
  });

  test('masks in a title, summary or correction are text, not Markdown to refuse', () => {
    const masked = {
      ...minimal,
      title: '男子冒用他人手机号138****1234办理贷款被判刑',
      summary: '张**、李**等人被判刑',
      corrections: [{ date: '2026-11-21', text: '原文将被告人姓名误写为“王**”，现已更正。' }],
    };
    expect(schema.safeParse(masked).success).toBe(true);
  });

  test.each([
    ['title', { title: '“青川通”App上线&nbsp;便民' }, '&nbsp; 是网页代码', '请写成空格'],
    ['summary', { summary: '&ldquo;青川通&rdquo;上线' }, '&ldquo; 是网页代码', '请写成““”'],
    ['subtitle', { subtitle: '筑巢引凤&#12288;孵化支持' }, '&#12288; 是网页代码', '请写成空格'],
    ['corrections 第 1 项 text', { corrections: [{ date: '2026-11-21', text: '金额应为&#x31;万元' }] }, '&#x31; 是网页代码', '请写成“1”'],
  ])('an HTML entity pasted into %s, which readers would see as its letters, is told the character to write', (field, data, entity, instead) => {
    const result = schema.safeParse({ ...minimal, ...data });
    expect(result.success).toBe(false);
    const [problem] = problemsFrom('a.md', result.error!);
    expect(problem).toEqual({ file: 'a.md', field, message: expect.stringContaining(entity) });
    expect(problem!.message).toContain(instead);
  });

  test.each([
    ['title', { title: '潍坊市民政局\b多措并举' }, 'U+0008（第 6 个字之后）'],
    ['summary', { summary: '\u0085近年来' }, 'U+0085（开头）'],
    ['author 第 2 项', { author: ['马远征', '张文\u0001玉'] }, 'U+0001（第 2 个字之后）'],
  ])('a control character pasted into %s, unseen by readers but fatal to the feed, is named with its place', (field, data, named) => {
    const result = schema.safeParse({ ...minimal, ...data });
    expect(result.success).toBe(false);
    const [problem] = problemsFrom('a.md', result.error!);
    expect(problem).toEqual({ file: 'a.md', field, message: expect.stringContaining(`看不见的控制字符 ${named}`) });
  });

  test('an ampersand that starts no entity is text', () => {
    expect(schema.safeParse({ ...minimal, title: 'A&B公司与C&amp公司&c;纠纷案', summary: '甲&乙' }).success).toBe(true);
  });

  test('one author is read as a list of one', () => {
    expect(schema.parse(minimal).author).toEqual(['马远征']);
  });

  test.each([
    [['index.html'], '标签不能是 index.html：它是标签总页的文件名'],
    // /tags/page/2/ is the tag index's page 2: a tag page (or Page, one folder on a Mac's disk) would take it.
    [['page'], '标签不能是 page：/tags/page/2/ 是标签总页第 2 页的地址'],
    [['Page'], '标签不能是 page：/tags/page/2/ 是标签总页第 2 页的地址'],
    [['  '], '标签 tags 不能为空'],
    // A folder's name holds 255 bytes: 86 Chinese characters stopped the build with ENAMETOOLONG.
    [['长'.repeat(86)], '标签有 86 个字，太长了：标签是关键词，最多 60 个字（长的说法请写进标题或导读）'],
    [['😀'.repeat(61)], '标签有 61 个字，太长了：标签是关键词，最多 60 个字（长的说法请写进标题或导读）'],
  ])('the tag %j is told one thing, in Chinese: the build stopped on index.html in English, and a blank tag was also told it held / \\ ? # %%', (tags, message) => {
    expect(problemsFrom('a.md', schema.safeParse({ ...minimal, tags }).error!)).toEqual([{ file: 'a.md', field: 'tags 第 1 项', message }]);
  });

  test('a tag of 60 characters, even of four bytes each, is taken', () => {
    expect(schema.parse({ ...minimal, tags: ['😀'.repeat(60), '长'.repeat(60)] }).tags).toHaveLength(2);
  });

  test('a tag of digits alone is taken (12348, the legal-aid hotline): the tag index pages at /tags/page/2/, not /tags/2/', () => {
    expect(schema.parse({ ...minimal, tags: ['12348', '2', 'pages'] }).tags).toEqual(['12348', '2', 'pages']);
  });

  test('tags are trimmed and repeats removed', () => {
    expect(schema.parse({ ...minimal, tags: [' 民政 ', '民政', '潍坊'] }).tags).toEqual(['民政', '潍坊']);
  });

  test('flags accept English and Chinese names', () => {
    expect(schema.parse({ ...minimal, flags: ['headline', '推荐', '滚动', 'featured', '置顶', 'pinned'] }).flags).toEqual([
      'headline',
      'featured',
      'ticker',
      'pinned',
    ]);
  });

  test('an unknown flag is told every flag there is, 置顶 included', () => {
    const result = schema.safeParse({ ...minimal, flags: ['top'] });
    expect(result.error?.issues[0]?.message).toBe('未知标记“top”，可选：headline 头条、featured 推荐、ticker 滚动、pinned 置顶');
  });

  test('a repost names its original title, its address, or both', () => {
    expect(schema.parse({ ...minimal, original: { title: ' 原题 ' } }).original).toEqual({ title: '原题' });
    expect(schema.parse({ ...minimal, original: { url: 'https://www.court.gov.example/a.html' } }).original?.url).toBe('https://www.court.gov.example/a.html');
    expect(schema.parse(minimal).original).toBeUndefined();
  });

  test('a picture is a path relative to the file, from ./ or ../; the message names the field', () => {
    expect(schema.parse({ ...minimal, cover: { image: '../12/a.jpg', alt: '图' } }).cover?.image).toBe('../12/a.jpg');
    const result = schema.safeParse({ ...minimal, cover: { image: 'a.jpg', alt: '图' } });
    expect(problemsFrom('a.md', result.error!).map((p) => p.message)).toEqual(['题图 cover.image 应相对于文章文件，以 ./ 或 ../ 开头：请写成 ./a.jpg']);
    // As Windows writes it: Explorer's address, or `\` between folders. Told the path to write, once.
    const windows = schema.safeParse({ ...minimal, cover: { image: '.\\a.jpg', alt: '图' }, video: { src: '/media/a.webm', poster: 'C:\\Users\\甲\\p.jpg' } });
    expect(problemsFrom('a.md', windows.error!).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'cover.image: 题图 cover.image 里的“\\”是 Windows 的写法，网址要用“/”：请写成 ./a.jpg',
      'video.poster: 视频封面 video.poster 是这台电脑上的位置，读者看不到：请把图片放到文章文件旁边，写成 ./p.jpg',
    ]);
    expect(schema.safeParse({ ...minimal, cover: { image: './photos\\a.jpg', alt: '图' } }).success).toBe(false);
    const web = schema.safeParse({ ...minimal, cover: { image: 'https://img.example.cn/a.jpg', alt: '图' } });
    expect(problemsFrom('a.md', web.error!).map((p) => p.message)).toEqual(['题图 cover.image 是网址：网站只发布放在文章文件旁边的图片，请先把图片下载到文章文件旁边，再写成 ./图片文件名']);
    const photo = personSchema({ image: localImagePath }).safeParse({ name: '林', roles: ['记者'], status: '在职', photo: '/a.jpg' });
    expect(problemsFrom('p.yaml', photo.error!).map((p) => p.message)).toEqual(['图片路径应相对于所在文件，以 ./ 或 ../ 开头']);
  });

  test('cover, video, aliases and corrections are read', () => {
    const article = schema.parse({
      ...minimal,
      cover: { image: './a.jpg', alt: '培育中心', caption: '说明', credit: '马远征 摄' },
      video: { src: '/media/a.webm', poster: './p.jpg' },
      aliases: ['/html/2024/0123/1.html', '/plus/view.php?aid=1'],
      corrections: [{ date: '2024-01-24 10:00', text: '更正了人数。' }],
    });
    expect(article.cover?.alt).toBe('培育中心');
    expect(article.aliases).toEqual(['/html/2024/0123/1.html', '/plus/view.php?aid=1']);
    expect(article.corrections[0]?.date.toISOString()).toBe('2024-01-24T02:00:00.000Z');
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['an unknown key', { ...minimal, titel: 'x' }, 'titel'],
    ['a section that does not exist', { ...minimal, section: 'sports' }, 'section'],
    ['a date that cannot be read', { ...minimal, date: '2024-13-45' }, 'date'],
    ['a date that is not text', { ...minimal, date: 20240123 }, 'date'],
    ['a missing title', { ...minimal, title: undefined }, 'title'],
    ['a missing date', { ...minimal, date: undefined }, 'date'],
    ['a missing section', { ...minimal, section: undefined }, 'section'],
    ['a missing source', { ...minimal, source: undefined }, 'source'],
    ['a missing author', { ...minimal, author: undefined }, 'author'],
    ['an empty author list', { ...minimal, author: [] }, 'author'],
    ['a missing editor', { ...minimal, editor: undefined }, 'editor'],
    ['an empty title', { ...minimal, title: '  ' }, 'title'],
    ['Markdown in a summary, shown as written', { ...minimal, summary: '**据新华社**报道' }, 'summary'],
    ['a Markdown link in a correction, shown as written', { ...minimal, corrections: [{ date: '2026-11-21', text: '原稿[《醉驾》](/articles/x/)中案号有误' }] }, 'corrections 第 1 项 text'],
    ['a cover without alt', { ...minimal, cover: { image: './a.jpg' } }, 'cover.alt'],
    ['an unknown key in cover', { ...minimal, cover: { image: './a.jpg', alt: 'a', size: 3 } }, 'cover.size'],
    ['a video without poster', { ...minimal, video: { src: '/a.webm' } }, 'video.poster'],
    ['an unknown flag', { ...minimal, flags: ['top'] }, 'flags 第 1 项'],
    ['a video over http, which an https page does not play', { ...minimal, video: { src: 'http://v.example/a.mp4', poster: './p.jpg' } }, 'video.src'],
    ['draft that is not a boolean', { ...minimal, draft: 'yes' }, 'draft'],
    ['an alias that is not a path', { ...minimal, aliases: ['old.html'] }, 'aliases 第 1 项'],
    ['an alias with an empty query string', { ...minimal, aliases: ['/plus/view.php?'] }, 'aliases 第 1 项'],
    ['the list of old addresses as an alias', { ...minimal, aliases: ['/old-addresses/0.json?x=1'] }, 'aliases 第 1 项'],
    ['the nginx list of old addresses as an alias', { ...minimal, aliases: ['/old-addresses.nginx?x=1'] }, 'aliases 第 1 项'],
    ['an alias a static host cannot serve as a page', { ...minimal, aliases: ['/old/123'] }, 'aliases 第 1 项'],
    ['an alias over one of the site’s own addresses', { ...minimal, aliases: ['/sections/today/'] }, 'aliases 第 1 项'],
    ['the front page as an alias', { ...minimal, aliases: ['/'] }, 'aliases 第 1 项'],
    ['the front page file as an alias', { ...minimal, aliases: ['/index.html'] }, 'aliases 第 1 项'],
    ['a tag that is a folder name of its own', { ...minimal, tags: ['..'] }, 'tags 第 1 项'],
    ['the dead-link list as an alias', { ...minimal, aliases: ['/dead-links.txt?x=1'] }, 'aliases 第 1 项'],
    ['a withdrawal written as yes or no', { ...minimal, withdrawn: true }, 'withdrawn'],
    ['a withdrawal without a reason', { ...minimal, withdrawn: { date: '2024-02-01' } }, 'withdrawn.reason'],
    ['a withdrawal without a date', { ...minimal, withdrawn: { reason: '法院判决' } }, 'withdrawn.date'],
    ['a withdrawal whose date cannot be read', { ...minimal, withdrawn: { date: '2024-02-30', reason: '法院判决' } }, 'withdrawn.date'],
    ['an unknown key in a withdrawal', { ...minimal, withdrawn: { date: '2024-02-01', reason: '法院判决', by: '乔海印' } }, 'withdrawn.by'],
    ['a video address that is not a web address', { ...minimal, video: { src: 'ftp://x/a.mp4', poster: './p.jpg' } }, 'video.src'],
    ['a video on the editor’s own disk', { ...minimal, video: { src: 'D:\\视频\\x.mp4', poster: './p.jpg' } }, 'video.src'],
    ['a cover given as a path alone', { ...minimal, cover: './a.jpg' }, 'cover'],
    ['a tag with a slash', { ...minimal, tags: ['9/11'] }, 'tags 第 1 项'],
    ['tags that are not a list', { ...minimal, tags: '民政' }, 'tags'],
    ['a repost that names neither its original title nor its address', { ...minimal, original: {} }, 'original'],
    ['a repost address that is not a web address', { ...minimal, original: { title: '原题', url: '人民法院报' } }, 'original.url'],
    ['a repost given as a title alone', { ...minimal, original: '原题' }, 'original'],
  ])('rejects %s, naming the field', (_, data, field) => {
    expect(badFields(data)).toContain(field);
  });

  test('a cover or video written as one path says how to write it, in Chinese', () => {
    for (const data of [{ ...minimal, cover: './a.jpg' }, { ...minimal, video: '/media/a.mp4' }]) {
      const result = schema.safeParse(data);
      expect(result.success).toBe(false);
      expect(problemsFrom('a.md', result.error!)[0]!.message).toMatch(/^(题图 cover|视频 video) 应写成几行/);
    }
  });

  test('messages are for editors: in Chinese, naming the value', () => {
    const result = schema.safeParse({ ...minimal, section: 'sports' });
    expect(result.success).toBe(false);
    expect(problemsFrom('a.md', result.error!)).toEqual([
      { file: 'a.md', field: 'section', message: '栏目“sports”不存在，可选：today（今日资讯）、law（法治要闻）' },
    ]);
  });

  test.each([
    ['法治要闻', '栏目请写 id：法治要闻 是 law'],
    ['Law', '栏目 id 只用小写字母：“Law”请写成 law'],
    ['TODAY', '栏目 id 只用小写字母：“TODAY”请写成 today'],
  ])('a section written as %s, by its name or in capitals, is told the id to write', (section, message) => {
    const result = schema.safeParse({ ...minimal, section });
    expect(problemsFrom('a.md', result.error!)).toEqual([{ file: 'a.md', field: 'section', message }]);
  });

  test.each([
    ['a list of one', 'section: [law]', '栏目 section 只写一个栏目 id，不是列表：如 section: law（文章只属于一个栏目；相关的文章用 tags 或专题连起来）'],
    ['a list of two', 'section: [sports, law]', '栏目 section 只写一个栏目 id，不是列表：如 section: law（文章只属于一个栏目；相关的文章用 tags 或专题连起来）'],
    ['an old system’s category number', 'section: 12', '栏目“12”不存在，可选：today（今日资讯）、law（法治要闻）'],
    ['nothing after its colon', 'section:', '栏目 section 不能为空'],
  ])('a section written as %s is told so, not that it is missing', (_, line, message) => {
    const data = readFrontmatter(`---\n${line}\n---\n`).data;
    const result = schema.safeParse({ ...minimal, section: data['section'] });
    expect(problemsFrom('a.md', result.error!)).toEqual([{ file: 'a.md', field: 'section', message }]);
  });

  test('names and tags typed with a Chinese comma (read by YAML as one value) are refused, saying how to write a list', () => {
    // [马远征，张文玉] in YAML is a list of one string: the comma is full-width.
    const data = readFrontmatter('---\nauthor: [马远征，张文玉]\ntags: [示例，民政]\neditor: 乔海印、唐一鸣\n---\n').data as object;
    const result = schema.safeParse({ ...minimal, ...data });
    expect(result.success).toBe(false);
    const problems = problemsFrom('a.md', result.error!);
    expect(problems.map((p) => p.field).sort()).toEqual(['author 第 1 项', 'editor', 'tags 第 1 项']);
    for (const problem of problems) expect(problem.message).toContain('用半角逗号分隔');
    expect(schema.parse({ ...minimal, author: ['马远征', '张文玉'], tags: ['示例', '民政'] }).author).toEqual(['马远征', '张文玉']);
  });

  test.each([
    ['a half-width semicolon', 'author: 马远征; 张文玉', 'author', '中有“;”：多个请写成 [马远征, 张文玉]，用半角逗号分隔'],
    ['a full-width semicolon', 'author: [马远征；张文玉]', 'author 第 1 项', '中有“；”：多个请写成 [马远征, 张文玉]'],
    ['a slash', 'editor: 马远征/张文玉', 'editor', '中有“/”：多个请写成 [马远征, 张文玉]'],
    ['a half-width comma without brackets', 'author: 马远征, 张文玉', 'author', '中有“,”：多个请写成 [马远征, 张文玉]'],
    ['full-width brackets', 'author: ［马远征, 张文玉］', 'author', '用了全角方括号“［］”：多个请写成 [马远征, 张文玉]'],
    ['a list item indented unlike the others', 'author: 马远征\n  - 张文玉', 'author', '中有“ - ”：像是列表有一项的缩进和其他项不一样'],
    ['a semicolon in tags, told with a list of tags', 'tags: [潍坊；民政]', 'tags 第 1 项', '标签 tags 中有“；”：多个请写成 [潍坊, 民政]，用半角逗号分隔'],
    ['a Chinese comma in tags, told with a list of tags', 'tags: [潍坊，民政]', 'tags 第 1 项', '标签 tags 中有“，”：多个请写成 [潍坊, 民政]'],
  ])('names or tags joined by %s (read by YAML as one) are refused, saying how to write a list', (_, line, field, message) => {
    const data = readFrontmatter(`---\n${line}\n---\n`).data as object;
    const result = schema.safeParse({ ...minimal, ...data });
    expect(problemsFrom('a.md', result.error!)).toEqual([{ file: 'a.md', field, message: expect.stringContaining(message) }]);
  });

  test('a title before names written with a slash (文/图 王五) is told as a title, not as names joined by /', () => {
    const result = schema.safeParse({ ...minimal, author: '文/图 王五' });
    expect(problemsFrom('a.md', result.error!)).toEqual([{ file: 'a.md', field: 'author', message: expect.stringContaining('不写“本报记者”“通讯员”等称谓') }]);
  });

  test('Chinese names separated by spaces, as a printed byline has them, are refused; a Latin name keeps its space', () => {
    const data = readFrontmatter('---\nauthor: 马远征 张文玉\ncorrespondents: [王某　李四五]\neditor: John Smith\ntags: [营商 环境, COVID 19]\n---\n').data as object;
    const result = schema.safeParse({ ...minimal, ...data });
    expect(result.success).toBe(false);
    const problems = problemsFrom('a.md', result.error!);
    expect(problems.map((p) => p.field).sort()).toEqual(['author', 'correspondents 第 1 项', 'tags 第 1 项']);
    for (const problem of problems.filter((p) => p.field !== 'tags 第 1 项')) expect(problem.message).toContain('几个名字用空格隔开了');
    // A tag is a folder: 营商 环境 would be /tags/营商%20环境/ beside /tags/营商环境/. A Latin tag keeps its space.
    expect(problems.find((p) => p.field === 'tags 第 1 项')?.message).toBe('标签“营商 环境”中间有空格：请去掉空格（营商环境），或分成几个标签，如 [营商, 环境]');
    expect(schema.parse({ ...minimal, editor: 'John Smith', author: '欧阳 修' }).editor).toEqual(['John Smith']);
    expect(schema.parse({ ...minimal, author: ['阿依古丽·买买提', '佚名'] }).author).toEqual(['阿依古丽·买买提', '佚名']);
    const spaced = schema.safeParse({ ...minimal, author: '阿依古丽·买买提 张三' });
    expect(problemsFrom('a.md', spaced.error!)[0]?.message).toContain('几个名字用空格隔开了');
    const typed = schema.safeParse({ ...minimal, author: '阿依古丽‧买买提 张三' });
    expect(problemsFrom('a.md', typed.error!)[0]?.message).toContain('几个名字用空格隔开了');
  });

  test('a title written before a name (本报记者 张三) is refused, saying to write the name alone', () => {
    for (const author of ['本报记者 张三', '通讯员：李四', '本报见习记者 王五', '新华社记者罗沙', '摄影：李四', '文/图 王五', '文/马远征', '图/李四']) {
      const result = schema.safeParse({ ...minimal, author });
      expect(result.success, author).toBe(false);
      expect(problemsFrom('a.md', result.error!)[0]?.message, author).toContain('不写“本报记者”“通讯员”等称谓');
    }
  });

  test('an old address that is the home page with a query string (/?cat=3) is refused: a static host answers it with the home page', () => {
    for (const alias of ['/?cat=3', '/index.html?cat=3']) {
      const result = schema.safeParse({ ...minimal, aliases: [alias] });
      expect(problemsFrom('a.md', result.error!)[0]?.message, alias).toContain('是首页加参数');
    }
    expect(schema.parse({ ...minimal, aliases: ['/e/action/ListInfo/?classid=2'] }).aliases).toEqual(['/e/action/ListInfo/?classid=2']);
  });

  test('an old address too long to keep (a part over a file name’s 255 bytes; over 1,000 bytes as a browser sends it) is told so at its item, not left to stop the build in English', () => {
    const long = '关于进一步加强社会组织规范化建设提升服务能力的实施意见'.repeat(4);
    for (const [alias, words] of [
      [`/html/${encodeURIComponent(long)}.html`, '中的一段有 329 字节，超过文件名的上限 255 字节'],
      [`/bbs/${long}${long}.php?tid=1`, '太长：浏览器发出时有 1959 字节'],
    ] as const) {
      const result = schema.safeParse({ ...minimal, aliases: ['/html/1.html', alias] }, PARSE_OPTIONS);
      expect(problemsFrom('a.md', result.error!), alias).toEqual([{ file: 'a.md', field: 'aliases 第 2 项', message: expect.stringContaining(words) }]);
    }
  });

  test.each([
    ['http://www.fzbd.cn/html/2026/1128/99.html', '/html/2026/1128/99.html'],
    ['https://fzbd.cn/plus/view.php?aid=99', '/plus/view.php?aid=99'],
    ['HTTP://WWW.FZBD.CN/html/jinrizixun/', '/html/jinrizixun/'],
    ['//www.fzbd.cn/html/2026/1128/99.html', '/html/2026/1128/99.html'],
    // Copied without http://, as an address bar shows it: the host is no path.
    ['www.fzbd.cn/html/2026/1128/99.html', '/html/2026/1128/99.html'],
    ['fzbd.cn:8080/plus/view.php?aid=99', '/plus/view.php?aid=99'],
  ])('an old address copied from the address bar with its site, %s, is told the part to write, %s, as npm run import keeps it', (alias, path) => {
    const result = sectionsFileSchema.safeParse([{ id: 'today', name: '今日资讯', order: 1, aliases: [alias] }]);
    const told = `旧地址 aliases 只写网址中域名后面的部分（新网站接替旧网站的域名）：请写成 ${path}`;
    expect(problemsFrom('sections.yaml', result.error!)).toEqual([{ file: 'sections.yaml', field: '第 1 项 aliases 第 1 项', message: told }]);
    const article = schema.safeParse({ ...minimal, aliases: ['/html/1.html', alias] });
    expect(problemsFrom('a.md', article.error!)).toEqual([{ file: 'a.md', field: 'aliases 第 2 项', message: told }]);
  });

  test.each(['html/2026/1128/99.html', 'index.php/archives/12/', 'view.php?aid=99'])('an old address without its first /, %s, that names no site is told to start with /', (alias) => {
    const result = schema.safeParse({ ...minimal, aliases: [alias] });
    expect(problemsFrom('a.md', result.error!)).toEqual([{ file: 'a.md', field: 'aliases 第 1 项', message: '旧地址 aliases 应以 / 开头，且不含空格或 #' }]);
  });

  test('an old address may not take a page’s address (/pages/…): an article would answer in the page’s place', () => {
    for (const alias of ['/pages/about/', '/pages/about/index.html', '/pages/x.php?id=1']) {
      const result = schema.safeParse({ ...minimal, aliases: [alias] });
      expect(problemsFrom('a.md', result.error!)[0]?.message, alias).toBe(`旧地址“${alias}”与本站现有地址冲突`);
    }
  });

  test('an article’s own former address (/articles/年/月/文件名/, its file renamed or moved) is an old address; anything else under /articles/ is the site’s', () => {
    expect(schema.parse({ ...minimal, aliases: ['/articles/2024/01/weifang-minzheng/'] }).aliases).toEqual(['/articles/2024/01/weifang-minzheng/']);
    for (const alias of ['/articles/', '/articles/2024/01/', '/articles/2024/13/x/', '/articles/2024/01/X/', '/articles/2024/01/x/qr.html', '/articles/x.php?id=1']) {
      const result = schema.safeParse({ ...minimal, aliases: [alias] });
      expect(problemsFrom('a.md', result.error!)[0]?.message, alias).toBe(`旧地址“${alias}”与本站现有地址冲突`);
    }
  });

  test.each([
    ['corrections 第 1 项', '更正 corrections 的每一条写成两行：- date: 更正时间', { corrections: ['2026-11-07 10:00 原稿中的金额有误'] }],
    ['corrections 第 1 项', '更正 corrections 的每一条写成两行：- date: 更正时间', { corrections: [['2026-11-07 10:00', '原稿中的金额有误']] }],
    ['flags 第 1 项', '标记 flags 的每一项只写一个标记', { flags: [{ headline: true }] }],
    ['aliases 第 2 项', '旧地址 aliases 的每一项只写一个地址', { aliases: ['/a/', ['/b/']] }],
  ])('an item of a list written in another form: %s — %s…, in Chinese, not in zod’s English', (field, message, data) => {
    const problems = problemsFrom('a.md', schema.safeParse({ ...minimal, ...data }).error!);
    expect(problems.map((p) => p.field)).toEqual([field]);
    expect(problems[0]!.message).toContain(message);
    expect(problems[0]!.message).not.toMatch(/[A-Z][a-z]+ [a-z]+/);
  });

  test.each([
    ['date: ""', 'date', '发布时间 date 不能为空'],
    ['updated: ""', 'updated', '更新时间 updated 是空的：不写更新时间就删去这一行，或在 updated: 后面写上更新时间'],
    ["section: ''", 'section', '栏目 section 不能为空'],
  ])('an empty value in quotes, %s, is told as empty, as the field with nothing after it is, not as a value “” that cannot be found', (line, field, message) => {
    const data = readFrontmatter(`---\n${line}\n---\n`).data as object;
    expect(problemsFrom('a.md', schema.safeParse({ ...minimal, ...data }).error!)).toEqual([{ file: 'a.md', field, message }]);
  });

  test.each([
    ['date: [2024-06-05 10:00]', 'date', '发布时间 date 只写一个时间，不加 [ ] 或 { }，如 date: 2024-01-23 09:08:47'],
    ['date: {day: 2024-06-05}', 'date', '发布时间 date 只写一个时间，不加 [ ] 或 { }，如 date: 2024-01-23 09:08:47'],
    ['updated: [2024-06-05 10:00, 2024-06-06 10:00]', 'updated', '更新时间 updated 只写一个时间，不加 [ ] 或 { }，如 updated: 2024-01-23 09:08:47'],
  ])('a date written as a list or a map, %s, is told to be one date, not that its text is unreadable', (line, field, message) => {
    const data = readFrontmatter(`---\n${line}\n---\n`).data as object;
    expect(problemsFrom('a.md', schema.safeParse({ ...minimal, ...data }).error!)).toEqual([{ file: 'a.md', field, message }]);
  });

  test('a value YAML reads as a number or a yes/no is told to be quoted; a date written as digits is not called missing', () => {
    const data = readFrontmatter('---\ntitle: 2026\nsource: true\ndate: 20261120\nauthor:\n---\n').data as object;
    const result = schema.safeParse({ ...minimal, ...data });
    expect(problemsFrom('a.md', result.error!)).toEqual([
      { file: 'a.md', field: 'title', message: '标题 title 必须是文字：全是数字（或 true、false）时请给整个值加上半角引号，如 "2026"' },
      { file: 'a.md', field: 'date', message: '发布时间 date“20261120”无法识别，请写成 2024-01-23 09:08:47' },
      { file: 'a.md', field: 'source', message: '来源 source 必须是文字：全是数字（或 true、false）时请给整个值加上半角引号，如 "true"' },
      { file: 'a.md', field: 'author', message: '作者 author 不能为空' },
    ]);
  });

  test('a number reading changes is told as written, never as changed: Excel’s notation, 18 digits, a leading 0', () => {
    const data = readFrontmatter('---\ntitle: 9.90121E+14\nsource: 990120210001731234\ndateline: 0123\n---\n').data as object;
    expect(problemsFrom('a.md', schema.safeParse({ ...minimal, ...data }).error!)).toEqual([
      { file: 'a.md', field: 'title', message: '标题 title “9.90121E+14”是 Excel 的科学计数法，号码的后几位已经丢了：请照原件重新输入完整的号码，并给整个值加上半角引号（写成 "完整号码"）' },
      { file: 'a.md', field: 'source', message: '来源 source 必须是文字：不加引号的 990120210001731234 会被读成数字 990120210001731200：请给整个值加上半角引号，如 "990120210001731234"' },
      { file: 'a.md', field: 'dateline', message: '电头 dateline 必须是文字：不加引号的 0123 会被读成数字 123：请给整个值加上半角引号，如 "0123"' },
    ]);
    const person = personSchema({ image: z.string() }).safeParse({
      ...(readFrontmatter('---\ncredential:\n  kind: 记者证号\n  number: 9.90121E+14\n---\n').data as object),
      name: '林',
      roles: ['记者'],
      status: '在职',
    });
    expect(problemsFrom('p.yaml', person.error!)[0]!.message).toMatch(/^证件号 credential\.number “9\.90121E\+14”是 Excel 的科学计数法/);
    // A section's order may still be written 1.0.
    expect(sectionsFileSchema.parse(readFrontmatter('---\nx: [{ id: today, name: 今日资讯, order: 1.0 }]\n---\n').data['x'])[0]!.order).toBe(1);
  });

  test('two sections of one order are refused, naming the other: the file’s order would decide, and a section moved up by its order would not move', () => {
    const sections = [
      { id: 'today', name: '今日资讯', order: 1 },
      { id: 'opinion', name: '法治评论', order: 5 },
      { id: 'video', name: '视频', order: 5 },
    ];
    expect(problemsFrom('sections.yaml', sectionsFileSchema.safeParse(sections).error!)).toEqual([
      { file: 'sections.yaml', field: '第 3 项 order', message: '排序 order 5 与栏目 opinion（法治评论）相同：导航和首页按 order 从小到大排列，请给每个栏目不同的 order' },
    ]);
    expect(sectionsFileSchema.safeParse(sections.map((section, index) => ({ ...section, order: index }))).success).toBe(true);
  });

  test.each([
    [{ order: 1.5 }, '排序 order 1.5 应为整数，如 2'],
    [{ order: null }, '排序 order 不能为空：请写数字，越小越靠前'],
    [{}, '缺少排序 order：请写 order: 数字，越小越靠前'],
    [{ order: '一' }, '排序 order 应为数字'],
  ])('a section’s order written %j is told what to write (1.5 and a missing order were told “应为数字”)', (order, message) => {
    const result = sectionsFileSchema.safeParse([{ id: 'today', name: '今日资讯', ...order }]);
    expect(problemsFrom('sections.yaml', result.error!)).toEqual([{ file: 'sections.yaml', field: '第 1 项 order', message }]);
  });

  test('an update or a correction dated before the article (a mistyped year) is named; the same day without a time is fine', () => {
    const result = schema.safeParse({
      ...minimal,
      updated: '2023-01-24 10:00',
      corrections: [{ date: '2024-01-23', text: '当天更正。' }, { date: '2023-12-30', text: '年份打错。' }],
    });
    expect(problemsFrom('a.md', result.error!)).toEqual([
      { file: 'a.md', field: 'updated', message: '更新时间 updated（2023-01-24 10:00:00）早于发布时间 date（2024-01-23 09:08:47）：请检查年份和月份' },
      { file: 'a.md', field: 'corrections 第 2 项 date', message: '更正时间 corrections.date（2023-12-30）早于发布时间 date（2024-01-23 09:08:47）：请检查年份和月份' },
    ]);
    expect(schema.safeParse({ ...minimal, updated: '2024-01-23', corrections: [{ date: '2024-01-23', text: '当天更正。' }] }).success).toBe(true);
  });

  test.each([
    ['2024年3月5日', '请写成 2024-03-05 09:00（文章页显示发布的时和分，请写上时间）'],
    ['2024/03/05 10:00', '请写成 2024-03-05 10:00'],
    ['2024年3月5日 10：30', '请写成 2024-03-05 10:30'],
    ['去年三月', '请写成 2024-01-23 09:08:47'],
    // A time zone in words, or after GMT or UTC: the site's is left out, another is written as an offset; CST said to be read as Beijing time.
    ['2026-11-28 09:00 北京时间', '请写成 2026-11-28 09:00（时区不用写：不写时区即网站的时区 Asia/Shanghai）'],
    ['2026-11-28 09:00 CST', '请写成 2026-11-28 09:00（CST 按北京时间，若是美国中部时间请写成 2026-11-28 09:00 -06:00；时区不用写：不写时区即网站的时区 Asia/Shanghai）'],
    ['2026-11-28 09:00 GMT+8', '请写成 2026-11-28 09:00（时区不用写：不写时区即网站的时区 Asia/Shanghai）'],
    ['2026-11-28 09:00 UTC', '请写成 2026-11-28 09:00 +00:00（网站的时区 Asia/Shanghai 以外的时间，写明时差）'],
    ['2026/11/28 21:00 GMT-5', '请写成 2026-11-28 21:00 -05:00（网站的时区 Asia/Shanghai 以外的时间，写明时差）'],
  ])('an article’s date written %s, as Chinese or other programs write it, is told the date to write', (date, message) => {
    const result = schema.safeParse({ ...minimal, date });
    expect(problemsFrom('a.md', result.error!)).toEqual([{ file: 'a.md', field: 'date', message: `发布时间 date“${date}”无法识别，${message}` }]);
  });

  test.each([
    // A minus and an hour right after a time is a time range: it was read as 09:00 at -10:30, and the editor told to write that.
    ['2026-11-28 09:00-10:30', '像是时间段（09:00 到 10:30），不是时区：只写开始的时间，请写成 2026-11-28 09:00（若 -10:30 确是时差，写成 2026-11-28 09:00 -10:30）'],
    ['2026-11-28 09:00 - 11:00', '像是时间段（09:00 到 11:00），不是时区：只写开始的时间，请写成 2026-11-28 09:00（若 -11:00 确是时差，写成 2026-11-28 09:00 -11:00）'],
    ['2024/1/23 9:00-12', '像是时间段（09:00 到 12:00），不是时区：只写开始的时间，请写成 2024-01-23 09:00（若 -12:00 确是时差，写成 2024-01-23 09:00 -12:00）'],
    // An offset of hours alone: an offset only after GMT or UTC.
    ['2026-11-28T09:00+08', '的时差 +08 要写出小时和分钟（只写小时的，只在 GMT 或 UTC 后面，如 GMT+8）：请写成 2026-11-28 09:00 +08:00'],
    ['2026/11/28 21:00 -5', '的时差 -5 要写出小时和分钟（只写小时的，只在 GMT 或 UTC 后面，如 GMT+8）：请写成 2026-11-28 21:00 -05:00'],
  ])('an article’s date written %s, a time range or an offset of hours alone, is told so and the date to write', (date, message) => {
    const result = schema.safeParse({ ...minimal, date });
    expect(problemsFrom('a.md', result.error!)).toEqual([{ file: 'a.md', field: 'date', message: `发布时间 date“${date}”${message}` }]);
  });

  test('a date with an offset of hours and minutes after a space, as the check tells it, is read', () => {
    expect(schema.parse({ ...minimal, date: '2026-11-28 09:00 -10:30' }).date.toISOString()).toBe('2026-11-28T19:30:00.000Z');
  });

  test('a value in Chinese quotation marks, which YAML keeps as part of it, is told to drop them where they never belong; a title may start with a quotation', () => {
    const result = schema.safeParse({
      ...minimal,
      title: '“老同学”视频借钱竟是AI换脸',
      date: '“2024-01-23 09:08”',
      section: '“today”',
      author: ['马远征', '“张文玉”'],
      editor: '‘乔海印’',
      tags: ['“示例”', '民政'],
    });
    const told = (written: string) => `两边有中文引号，引号会被当作内容的一部分：请去掉引号，写成 ${written}`;
    expect(problemsFrom('a.md', result.error!)).toEqual([
      { file: 'a.md', field: 'date', message: `发布时间 date ${told('2024-01-23 09:08')}` },
      { file: 'a.md', field: 'section', message: `栏目 section ${told('today')}` },
      { file: 'a.md', field: 'author 第 2 项', message: `作者 author ${told('张文玉')}` },
      { file: 'a.md', field: 'editor', message: `责任编辑 editor ${told('乔海印')}` },
      { file: 'a.md', field: 'tags 第 1 项', message: `标签 tags ${told('示例')}` },
    ]);
    // A date in quotes that is also written otherwise: the quotes go, and the date to write is told once.
    expect(schema.safeParse({ ...minimal, date: '“2024年3月5日 10:00”' }).error?.issues[0]?.message).toBe(`发布时间 date ${told('2024-03-05 10:00')}`);
    expect(schema.safeParse({ ...minimal, date: '“三月五日”' }).error?.issues[0]?.message).toBe('发布时间 date“三月五日”无法识别，请写成 2024-01-23 09:08:47');
    // By its name, or not a section at all: the quotes are not what is shown back.
    expect(schema.safeParse({ ...minimal, section: '“法治要闻”' }).error?.issues[0]?.message).toBe(`栏目 section ${told('law')}`);
    expect(schema.safeParse({ ...minimal, section: '“体育”' }).error?.issues[0]?.message).toMatch(/^栏目“体育”不存在/);
  });

  test.each([
    ['date', '2024-04-31 10:00', '发布时间 date“2024-04-31 10:00”不存在：2024 年 4 月只有 30 天，请核对后改正'],
    ['date', '2024年2月30日 10:00', '发布时间 date“2024年2月30日 10:00”不存在：2024 年 2 月只有 29 天，请核对后改正'],
    ['date', '2024-03-05 24:00', '发布时间 date“2024-03-05 24:00”不存在：24:00 请写成第二天的 00:00'],
    ['updated', '2024-02-30', '更新时间 updated“2024-02-30”不存在：2024 年 2 月只有 29 天，请核对后改正'],
  ])('a %s written in the right form but not in the calendar (%s) is told which number is wrong, not the form', (field, date, message) => {
    // Told “无法识别，请写成 2024-01-23 09:08:47”, an editor who had written just that form found nothing to change.
    const result = schema.safeParse({ ...minimal, [field]: date });
    expect(problemsFrom('a.md', result.error!)).toEqual([{ file: 'a.md', field, message }]);
  });

  test('a date that may be a day alone is told the day to write', () => {
    const result = schema.safeParse({ ...minimal, updated: '2024年3月5日' });
    expect(problemsFrom('a.md', result.error!)).toEqual([{ file: 'a.md', field: 'updated', message: '更新时间 updated“2024年3月5日”无法识别，请写成 2024-03-05' }]);
  });

  test('an article’s date needs its time, which its page shows: a day alone is refused with the line to write; other dates may be a day', () => {
    for (const date of ['2026-10-10', ' 2026-10-10 ']) {
      const result = schema.safeParse({ ...minimal, date });
      expect(problemsFrom('a.md', result.error!), date).toEqual([
        { file: 'a.md', field: 'date', message: '发布时间 date“2026-10-10”没有写时间：文章页显示发布的时和分，请写上时间，如 date: 2026-10-10 09:00' },
      ]);
    }
    expect(schema.parse({ ...minimal, date: '2026-10-10 09:00' }).date.toISOString()).toBe('2026-10-10T01:00:00.000Z');
    expect(schema.parse({ ...minimal, date: '2026-10-10T09:00+08:00' }).date.toISOString()).toBe('2026-10-10T01:00:00.000Z');
    expect(schema.safeParse({ ...minimal, updated: '2026-10-10', date: '2026-10-09 09:00' }).success).toBe(true);
    // An offset is no time: its 08:00 once passed for one.
    expect(problemsFrom('a.md', schema.safeParse({ ...minimal, date: '2026-10-10 +08:00' }).error!)[0]?.message).toContain('没有写时间');
  });

  test('a withdrawal is read in the site’s time zone; its reason is kept as written', () => {
    const article = schema.parse({ ...minimal, withdrawn: { date: '2024-02-01 10:00', reason: '当事人申请，依法删除' } });
    expect(article.withdrawn).toEqual({ date: new Date('2024-02-01T02:00:00.000Z'), reason: '当事人申请，依法删除' });
    expect(schema.parse(minimal).withdrawn).toBeUndefined();
  });

  test('a withdrawal is told in Chinese when it is not written as its two lines, or dated before the article', () => {
    expect(problemsFrom('a.md', schema.safeParse({ ...minimal, withdrawn: '法院判决' }).error!)).toEqual([
      { file: 'a.md', field: 'withdrawn', message: '撤稿 withdrawn 应写成两行：date: 撤稿时间 和 reason: 撤稿原因（只供编辑部留档，读者看不到）' },
    ]);
    expect(problemsFrom('a.md', schema.safeParse({ ...minimal, withdrawn: { date: '2024-02-01', reason: ' ' } }).error!)).toEqual([
      { file: 'a.md', field: 'withdrawn.reason', message: '撤稿原因 withdrawn.reason 不能为空' },
    ]);
    expect(problemsFrom('a.md', schema.safeParse({ ...minimal, withdrawn: { date: '2023-01-24', reason: '年份打错' } }).error!)).toEqual([
      { file: 'a.md', field: 'withdrawn.date', message: '撤稿时间 withdrawn.date（2023-01-24）早于发布时间 date（2024-01-23 09:08:47）：请检查年份和月份' },
    ]);
    // The day it came out, even before its time of day (written without one), is fine.
    expect(schema.safeParse({ ...minimal, withdrawn: { date: '2024-01-23', reason: '当天撤稿' } }).success).toBe(true);
  });

  test('a withdrawn draft is refused: a withdrawal replaces draft: true, which would leave readers and Baidu a bare 404', () => {
    const result = schema.safeParse({ ...minimal, draft: true, withdrawn: { date: '2024-02-01', reason: '法院判决' } });
    expect(problemsFrom('a.md', result.error!)).toEqual([
      { file: 'a.md', field: 'draft', message: expect.stringMatching(/^已撤稿的文章不要再写 draft: true，请删去这一行/) },
    ]);
  });

  test('a video address that is a web page (a video site’s, or .html) is refused; a file’s is fine', () => {
    const video = (src: string) => schema.safeParse({ ...minimal, video: { src, poster: './p.jpg' } });
    for (const src of ['https://v.qq.com/x/page/a0012.html', 'https://www.bilibili.com/video/BV1xx', 'https://www.example.cn/video/1.shtml']) {
      expect(problemsFrom('a.md', video(src).error!), src).toEqual([
        { file: 'a.md', field: 'video.src', message: expect.stringMatching(/^视频地址 video\.src 是一个网页，不是视频文件/) },
      ]);
    }
    for (const src of ['https://media.example.cn/2024/a.mp4', '/media/a.mp4', 'https://cdn.example.cn/v/a.mp4?sign=1']) {
      expect(video(src).success, src).toBe(true);
    }
  });

  test('a video’s captions (字幕) are a WebVTT file under public/; anything else is refused, naming video.captions', () => {
    const video = (captions: string) => schema.safeParse({ ...minimal, video: { src: '/media/a.mp4', poster: './p.jpg', captions } });
    expect(video('/media/a.vtt').success).toBe(true);
    expect(video('/media/2024/庭审.VTT').success).toBe(true);
    for (const captions of ['/media/a.srt', './a.vtt', 'https://cdn.example.cn/a.vtt', '//cdn.example.cn/a.vtt', '/media/a.vtt?v=2']) {
      expect(problemsFrom('a.md', video(captions).error!), captions).toEqual([
        { file: 'a.md', field: 'video.captions', message: '视频字幕 video.captions 应是 public/ 下的 WebVTT 字幕文件，以 / 开头、以 .vtt 结尾，如 /media/x.vtt' },
      ]);
    }
  });

  test('a field left blank is named as empty', () => {
    const data = readFrontmatter('---\ntitle:\n---\n').data as object;
    const result = schema.safeParse({ ...minimal, ...data });
    expect(problemsFrom('a.md', result.error!)).toEqual([{ file: 'a.md', field: 'title', message: '标题 title 不能为空' }]);
  });

  test.each([
    ['summary:', 'summary', '导读 summary 是空的：不写导读就删去这一行，或在 summary: 后面写上导读'],
    ['summary: ""', 'summary', '导读 summary 是空的：不写导读就删去这一行，或在 summary: 后面写上导读'],
    ['subtitle: "  "', 'subtitle', '副标题 subtitle 是空的：不写副标题就删去这一行，或在 subtitle: 后面写上副标题'],
    ['dateline:', 'dateline', '电头 dateline 是空的：不写电头就删去这一行，或在 dateline: 后面写上电头'],
    ['correspondents:', 'correspondents', '通讯员 correspondents 是空的：不写通讯员就删去这一行，或在 correspondents: 后面写上通讯员'],
    ['correspondents: []', 'correspondents', '通讯员 correspondents 是空的：不写通讯员就删去这一行，或在 correspondents: 后面写上通讯员'],
    ['updated:', 'updated', '更新时间 updated 是空的：不写更新时间就删去这一行，或在 updated: 后面写上更新时间'],
    ['original:\n  title:\n  url: https://example.com/a.html', 'original.title', '原标题 original.title 是空的：不写原标题就删去这一行，或在 title: 后面写上原标题'],
    ['cover:\n  image: ./a.jpg\n  alt: 图\n  caption:', 'cover.caption', '图片说明 cover.caption 是空的：不写图片说明就删去这一行，或在 caption: 后面写上图片说明'],
    ['tags:', 'tags', '标签 tags 是空的：不写标签就删去这一行，或写成 tags: [潍坊, 民政]'],
    ['flags:', 'flags', '标记 flags 是空的：不写标记就删去这一行，或写成 flags: [headline, featured]'],
    ['aliases:', 'aliases', '旧地址 aliases 是空的：不写旧地址就删去这一行，或写成 aliases: [/html/2024/0123/1.html]'],
    ['corrections:', 'corrections', '更正 corrections 是空的：不写更正就删去这一行，或在下面写上 - date: 更正时间 和 text: 更正内容'],
    ['cover:', 'cover', '题图 cover 是空的：不写题图就删去这一行，或在下面写上 image: ./photo.jpg 和 alt: 图片描述（可加 caption、credit）'],
    ['video:', 'video', '视频 video 是空的：不写视频就删去这一行，或在下面写上 src: /media/x.mp4 和 poster: ./poster.jpg（可加 caption）'],
    ['original:', 'original', '转载信息 original 是空的：不写转载信息就删去这一行，或在下面写上 title: 原标题（可加 url: 原文链接）'],
    ['withdrawn:', 'withdrawn', '撤稿 withdrawn 是空的：不写撤稿就删去这一行，或在下面写上两行 date: 撤稿时间 和 reason: 撤稿原因'],
  ])('an optional field left blank (%s) is told to go or be filled in, not that it 不能为空', (line, field, message) => {
    const data = readFrontmatter(`---\n${line}\n---\n`).data as object;
    const result = schema.safeParse({ ...minimal, ...data });
    expect(problemsFrom('a.md', result.error!)).toEqual([{ file: 'a.md', field, message }]);
  });

  test.each([
    ['tags: 潍坊', 'tags', '标签 tags 应为列表，如 [潍坊, 民政]'],
    ['aliases: 3', 'aliases', '旧地址 aliases 应为列表，如 [/html/2024/0123/1.html]'],
    ['corrections: 已更正', 'corrections', '更正 corrections 应为列表，每条写成 - date: 更正时间 和 text: 更正内容'],
  ])('a list written as one value (%s) is shown the list to write', (line, field, message) => {
    const data = readFrontmatter(`---\n${line}\n---\n`).data as object;
    expect(problemsFrom('a.md', schema.safeParse({ ...minimal, ...data }).error!)).toEqual([{ file: 'a.md', field, message }]);
  });

  test('a required field left blank is still told it 不能为空: the line cannot go', () => {
    const data = readFrontmatter('---\nsource:\neditor:\n---\n').data as object;
    expect(problemsFrom('a.md', schema.safeParse({ ...minimal, ...data }).error!).map((p) => p.message)).toEqual([
      '来源 source 不能为空',
      '责任编辑 editor 不能为空',
    ]);
  });
});

describe('sections file', () => {
  test('rejects repeated ids and bad ids', () => {
    const result = sectionsFileSchema.safeParse([
      { id: 'today', name: '今日资讯', order: 1 },
      { id: 'today', name: '重复', order: 2 },
      { id: 'Bad Id', name: '坏', order: 3 },
    ]);
    expect(result.success).toBe(false);
    const fields = problemsFrom('sections.yaml', result.error!).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['第 2 项 id', '第 3 项 id']));
  });

  test('a section keeps its old list addresses (aliases), held to the rules of an article’s', () => {
    const [today] = sectionsFileSchema.parse([{ id: 'today', name: '今日资讯', order: 1, aliases: ['/html/jinrizixun/', '/plus/list.php?tid=1'] }]);
    expect(today!.aliases).toEqual(['/html/jinrizixun/', '/plus/list.php?tid=1']);
    expect(sectionsFileSchema.parse([{ id: 'law', name: '法治要闻', order: 2 }])[0]!.aliases).toEqual([]);
    const result = sectionsFileSchema.safeParse([{ id: 'today', name: '今日资讯', order: 1, aliases: ['/sections/old/', 'list.php'] }]);
    expect(problemsFrom('sections.yaml', result.error!).map((p) => [p.field, p.message])).toEqual([
      ['第 1 项 aliases 第 1 项', '旧地址“/sections/old/”与本站现有地址冲突'],
      ['第 1 项 aliases 第 2 项', '旧地址 aliases 应以 / 开头，且不含空格或 #'],
      ['第 1 项 aliases 第 2 项', '旧地址 aliases 应以 / 或 .html 结尾（静态网站才能当作网页送出），或带 ? 参数，如 /plus/view.php?aid=123'],
    ]);
  });
});

describe('person schema', () => {
  const person = personSchema({ image: z.string() });
  test('accepts a reporter with a credential', () => {
    expect(
      person.parse({ name: '林晓雨', roles: ['记者'], credential: { kind: '记者证号', number: '11000000001' }, status: '在职' }),
    ).toMatchObject({ name: '林晓雨' });
  });
  test.each([
    [{ name: '林', roles: ['主编'], status: '在职' }, 'roles 第 1 项'],
    [{ name: '林', roles: ['记者'], status: '退休' }, 'status'],
    [{ name: '林', roles: ['记者'], status: '在职', credential: { kind: '身份证', number: '1' } }, 'credential.kind'],
  ])('rejects %j at %s', (data, field) => {
    const result = person.safeParse(data);
    expect(result.success).toBe(false);
    expect(problemsFrom('p.yaml', result.error!).map((p) => p.field)).toContain(field);
  });
  test.each([
    [['责任编辑', '编辑'], ['编辑', '责任编辑']],
    [['摄影', '记者'], ['记者', '摄影']],
    [['通讯员', '摄影', '记者', '责任编辑', '编辑'], ['记者', '编辑', '责任编辑', '通讯员', '摄影']],
    [['编辑', '编辑'], ['编辑']],
  ])('roles written as %j are read as %j: one order for everyone (that of ROLES), each role once', (written, read) => {
    expect(person.parse({ name: '林', roles: written, status: '在职' }).roles).toEqual(read);
  });
  test.each([
    [{ name: '林', status: '在职' }, 'roles', '缺少角色 roles：请写成 roles: [记者]，可选 记者、编辑、责任编辑、通讯员、摄影，几个用半角逗号分隔，如 [编辑, 责任编辑]'],
    [{ name: '林', roles: null, status: '在职' }, 'roles', '角色 roles 不能为空：请写成 roles: [记者]，可选 记者、编辑、责任编辑、通讯员、摄影，几个用半角逗号分隔，如 [编辑, 责任编辑]'],
    [{ name: '林', roles: '记者', status: '在职' }, 'roles', '角色 roles 应为列表：请写成 roles: [记者]，可选 记者、编辑、责任编辑、通讯员、摄影，几个用半角逗号分隔，如 [编辑, 责任编辑]'],
    [{ name: '林', roles: ['记者'] }, 'status', '缺少状态 status：请写 status: 在职（或 离职）'],
    [{ name: '林', roles: ['记者'], status: '在职', bio: null }, 'bio', '简介 bio 是空的：不写简介就删去这一行，或在 bio: 后面写上简介'],
  ])('%j: the field left out or empty is told as missing, with what to write', (data, field, message) => {
    const result = person.safeParse(data);
    expect(problemsFrom('p.yaml', result.error!)).toEqual([{ file: 'p.yaml', field, message }]);
  });
  test.each([
    // YAML reads an empty file, or one of comments alone, as null.
    [null, /^文件是空的：请写成 name: 马远征、roles: \[记者\]、status: 在职/],
    [[{ name: '白露', roles: ['通讯员'], status: '在职' }], /^人员文件的内容应是“字段: 值”，每行一个，不以 - 开头：请写成 name: 马远征/],
    ['白露', /^人员文件的内容应是“字段: 值”/],
  ])('a file holding %j, no fields, is told what a person’s file holds, in Chinese (zod said “expected object, received null”)', (data, message) => {
    const result = person.safeParse(data);
    expect(problemsFrom('p.yaml', result.error!)).toEqual([{ file: 'p.yaml', field: '', message: expect.stringMatching(message) }]);
  });
  test('a credential written as its number alone says how to write it, in Chinese', () => {
    const result = person.safeParse({ name: '林', roles: ['记者'], status: '在职', credential: 11000000001 });
    expect(problemsFrom('p.yaml', result.error!)).toEqual([
      { file: 'p.yaml', field: 'credential', message: '证件 credential 应写成几行：kind: 记者证号（或 工作证号）和 number: 证件号' },
    ]);
  });
});

describe('topic schema', () => {
  const topic = topicSchema({ image: z.string(), timeZone: 'Asia/Shanghai' });
  const base = { title: '专题', description: '简介', date: '2024-01-01' };
  test('selects by tag, by ids, or by named parts', () => {
    expect(topic.safeParse({ ...base, tag: '民政' }).success).toBe(true);
    expect(topic.safeParse({ ...base, articles: ['2024/01/a'] }).success).toBe(true);
    expect(topic.safeParse({ ...base, parts: [{ title: '最新进展', tag: '民政' }, { title: '评论', articles: ['2024/01/a'] }] }).success).toBe(true);
  });
  test('needs exactly one way of selecting', () => {
    expect(topic.safeParse(base).success).toBe(false);
    expect(topic.safeParse({ ...base, tag: '民政', articles: ['2024/01/a'] }).success).toBe(false);
    expect(topic.safeParse({ ...base, parts: [{ title: '评论' }] }).success).toBe(false);
  });
  test.each([
    [{ tag: '民政', cover: './cover.jpg' }, 'cover', '题图 cover 应写成几行：image: ./photo.jpg 和 alt: 图片描述'],
    [{ tag: '民政', cover: null }, 'cover', '题图 cover 是空的：不写题图就删去这一行，或在下面写上 image: ./photo.jpg 和 alt: 图片描述'],
    [{ tag: '民政', draft: 1 }, 'draft', '草稿 draft 应为 true 或 false'],
    [{ tag: '民政', draft: '是' }, 'draft', '草稿 draft 应为 true 或 false'],
    [{ parts: ['最新进展'] }, 'parts 第 1 项', '部分 parts 的每一项写成几行：- title: 部分标题，下一行与 title 对齐写 tag: 标签（或 articles: [文章 id]）'],
    [{ parts: [] }, 'parts', '部分 parts 至少要有一项'],
    [{ articles: [] }, 'articles', '文章 articles 至少要有一篇：写上文章 id，如 [2024/01/weifang-minzheng]'],
  ])('%j is told in Chinese at its field, as an article’s is (zod said “expected object, received string”)', (data, field, message) => {
    const result = topic.safeParse({ ...base, ...data });
    expect(problemsFrom('t.md', result.error!, TOPIC_FIELD_HINTS, topic)).toEqual([{ file: 't.md', field, message }]);
  });
});

describe('page schema', () => {
  const page = pageSchema({ timeZone: 'Asia/Shanghai' });
  const problems = (data: unknown) => {
    const result = page.safeParse(data);
    return result.success ? [] : problemsFrom('content/pages/about.md', result.error, PAGE_FIELD_HINTS);
  };
  test('needs a title; a description, an update in the site’s time zone and draft are optional', () => {
    expect(page.parse({ title: '关于我们' })).toEqual({ title: '关于我们', draft: false });
    const full = page.parse({ title: '联系我们', description: '联系方式', updated: '2026-11-20 10:00', draft: true });
    expect(full.updated?.toISOString()).toBe('2026-11-20T02:00:00.000Z');
    expect(full).toMatchObject({ description: '联系方式', draft: true });
  });
  test.each([
    [{}, 'title', '缺少标题 title'],
    [{ title: '' }, 'title', '标题 title 不能为空'],
    [{ title: '关于我们', description: null }, 'description', '简介 description 是空的：不写简介就删去这一行，或在 description: 后面写上简介'],
    [{ title: '**关于**我们' }, 'title', '按原样显示'],
    [{ title: '关于我们', updated: '去年' }, 'updated', '更新时间 updated“去年”无法识别'],
    [{ title: '关于我们', draft: '是' }, 'draft', '草稿 draft 应为 true 或 false'],
    [{ title: '关于我们', titel: '关于' }, 'titel', '未知字段“titel”'],
    [{ title: '关于我们', date: '2026-11-20' }, 'date', '页面没有发布时间'],
    // An article's 撤稿 and 置顶 have no page counterpart: told what to do instead.
    [{ title: '关于我们', withdrawn: { date: '2026-11-26', reason: '不再需要' } }, 'withdrawn', '页面不撤稿'],
    [{ title: '关于我们', flags: ['pinned'] }, 'flags', '页面没有标记'],
  ])('%j is refused at %s, in Chinese', (data, field, message) => {
    expect(problems(data)).toContainEqual({ file: 'content/pages/about.md', field, message: expect.stringContaining(message) });
  });
});

describe('site config schema', () => {
  const valid = {
    name: '法治报道',
    description: '简介',
    url: 'https://example.cn',
    navigation: [],
    footer: {
      licence: '许可证',
      icp: { label: 'ICP', href: 'https://beian.miit.gov.cn/' },
      police: { label: '公安', href: 'https://www.beian.gov.cn/' },
      phones: ['010-1'],
      email: 'a@b.cn',
    },
  };
  test('takes one licence or a list of them, each a line of the footer', () => {
    expect(siteConfigSchema.parse(valid).footer.licence).toEqual(['许可证']);
    const two = ['广播电视节目制作经营许可证：（京）字第22754号', '互联网新闻信息服务许可证：11120170001'];
    expect(siteConfigSchema.parse({ ...valid, footer: { ...valid.footer, licence: two } }).footer.licence).toEqual(two);
  });
  test('lists footer pages by file name, in the order given; none by default', () => {
    expect(siteConfigSchema.parse(valid).footer.pages).toEqual([]);
    expect(siteConfigSchema.parse({ ...valid, footer: { ...valid.footer, pages: ['contact', 'about'] } }).footer.pages).toEqual(['contact', 'about']);
  });
  test('defaults the time zone to Asia/Shanghai and the language to zh-CN', () => {
    const config = siteConfigSchema.parse(valid);
    expect(config.timeZone).toBe('Asia/Shanghai');
    expect(config.lang).toBe('zh-CN');
  });
  test.each([
    [{ ...valid, timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ ...valid, url: 'not a url' }, 'url'],
    [{ ...valid, footer: { ...valid.footer, email: 'nope' } }, 'footer.email'],
    [{ ...valid, footer: { ...valid.footer, licence: [] } }, 'footer.licence'],
    [{ ...valid, colour: 'red' }, 'colour'],
    [{ ...valid, footer: { ...valid.footer, pages: ['about.md'] } }, 'footer.pages 第 1 项'],
    [{ ...valid, footer: { ...valid.footer, pages: ['about', 'about'] } }, 'footer.pages'],
    [{ ...valid, footer: { ...valid.footer, pages: 'about' } }, 'footer.pages'],
  ])('rejects %j at %s', (data, field) => {
    const result = siteConfigSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(problemsFrom('site.config.ts', result.error!).map((p) => p.field)).toContain(field);
  });
  test.each([
    ['pageSize', '每页文章数 pageSize 应为数字', { ...valid, pageSize: '20' }],
    ['pageSize', '每页文章数 pageSize 应为整数', { ...valid, pageSize: 12.5 }],
    ['pageSize', '每页文章数 pageSize 至少为 1', { ...valid, pageSize: 0 }],
    ['timeZone', '时区 timeZone 应为文字', { ...valid, timeZone: 8 }],
    ['navigation', '导航 navigation 应为列表', { ...valid, navigation: '专题' }],
    ['navigation 第 1 项 href', '缺少链接 href', { ...valid, navigation: [{ label: '专题' }] }],
    ['footer', '页脚 footer 应写成', { ...valid, footer: undefined }],
    ['footer.icp', 'ICP 备案 footer.icp 应写成', { ...valid, footer: { ...valid.footer, icp: '京ICP备10039517号' } }],
    ['footer.police', '公网安备 footer.police 应写成', { ...valid, footer: { ...valid.footer, police: '京公网安备11010102007124号' } }],
    ['footer.phones', '监督电话 footer.phones 应为列表', { ...valid, footer: { ...valid.footer, phones: '010-1' } }],
    ['footer.phones', '监督电话 footer.phones 至少要写一个号码', { ...valid, footer: { ...valid.footer, phones: [] } }],
  ])('%s: %s…, in Chinese, not in zod’s English', (field, message, data) => {
    const problems = problemsFrom('site.config.ts', siteConfigSchema.safeParse(data, PARSE_OPTIONS).error!);
    expect(problems.map((p) => p.field)).toEqual([field]);
    expect(problems[0]!.message).toContain(message);
    expect(problems[0]!.message).not.toMatch(/[A-Z][a-z]+ [a-z]+/);
  });
});
