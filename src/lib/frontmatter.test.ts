import { describe, expect, test } from 'vitest';
import { FrontmatterSyntaxError, readFrontmatter } from './frontmatter.ts';

/** The fields of an article after its title: a mistake in the title is named at the title, not at the end. */
const FIELDS = 'subtitle: 副题\ndate: 2024-01-23 09:00\nsection: law\nsource: 法治报道\nauthor: [马远征, 张文玉]\neditor: 乔海印\n';

describe('readFrontmatter', () => {
  test('keeps dates as the text the editor wrote', () => {
    const { data, body } = readFrontmatter('---\ndate: 2024-01-23 09:08:47\nday: 2024-01-23\n---\n\n正文\n');
    expect(data).toEqual({ date: '2024-01-23 09:08:47', day: '2024-01-23' });
    expect(body).toBe('\n正文\n');
  });

  test('reads lists, booleans and numbers', () => {
    expect(readFrontmatter('---\nauthor: [马远征, 张文玉]\ndraft: true\norder: 3\n---\n').data).toEqual({
      author: ['马远征', '张文玉'],
      draft: true,
      order: 3,
    });
  });

  test('a file without front matter is all body', () => {
    expect(readFrontmatter('正文')).toEqual({ data: {}, body: '正文' });
  });

  test('a YAML error names the line in the file', () => {
    try {
      readFrontmatter('---\ntitle: ok\nauthor: [马远征\n---\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FrontmatterSyntaxError);
      expect((error as FrontmatterSyntaxError).line).toBe(3);
      expect((error as Error).message).toMatch(/^YAML 格式错误/);
    }
  });

  test.each([
    ['a full-width colon after a field name', '---\ndate: 2024-01-23\ntitle：枫林县警调联动\nsection: today\n---\n', 3, '全角“：”'],
    ['a Chinese field name and a full-width colon', '---\n标题：县法院开庭\ndate: 2026-11-20 09:00\nsection: law\n---\n', 2, '全角“：”；字段名也要写英文'],
    ['a Chinese field name and a full-width colon, last', '---\ntitle: 县法院开庭\neditor: 乔海印\n标签：[法院]\n---\n', 4, '全角“：”；字段名也要写英文'],
    ['a Chinese field name and a full-width colon, in the middle', '---\ntitle: 县法院开庭\n责任编辑：乔海印\nsummary: 县法院开庭。\n---\n', 3, '全角“：”'],
    ['a Chinese field name with a Latin letter and a full-width colon', '---\ntitle: 县法院开庭\n视频src：/media/a.mp4\n---\n', 3, '全角“：”；字段名也要写英文'],
    ['every field a Chinese name and a full-width colon', '---\n标题：县法院开庭\n日期：2026-11-20 09:00\n栏目：law\n---\n', 2, '全角“：”；字段名也要写英文'],
    ['a half-width colon inside an unquoted value', '---\ntitle: 枫林县: 警调联动\nsection: today\n---\n', 2, '请给整个值加引号'],
    ['a value that starts with brackets', '---\ndate: 2024-01-23\ntitle: [视频]枫林县警调联动\nsection: today\n---\n', 3, '以 [ 或 { 开头的值会被当作列表'],
    ['quotes that close before the value ends', '---\ndate: 2024-01-23\ntitle: "青川通"App上线136项服务\nsection: today\n---\n', 3, '用另一种引号括起整个值'],
    ['a value that starts with @', '---\ntitle: @青川发布 通报\nsection: today\n---\n', 2, '值不能以 @'],
    ['a value that starts with *', '---\ntitle: *本报讯* 枫林县\nsection: today\n---\n', 2, '值不能以 @'],
    // Pasted from an old CMS or Word: YAML refused the file in English, and named no character.
    ['a backspace in a value', '---\ntitle: 县法院\bBB开庭\nsection: today\n---\n', 2, '这一行有看不见的控制字符 U+0008（第 10 个字之后）'],
    ['an escape in a later field', '---\ntitle: 县法院开庭\neditor: \u001b乔海印\n---\n', 3, '这一行有看不见的控制字符 U+001B（第 8 个字之后）'],
    ['a NUL', '---\ntitle: 县法院开庭\nsummary: 导读\u0000\n---\n', 3, '这一行有看不见的控制字符 U+0000（第 11 个字之后）'],
    ['a hashtag cut off as a comment', '---\ntitle: 青川市开展 #护苗2026# 专项行动\nsection: today\n---\n', 2, '“ #”之后会被当作注释'],
    ['a hashtag in a list item', '---\ntitle: 标题\ntags:\n  - 护苗\n  - 专项 #2026\n---\n', 5, '“ #”之后会被当作注释'],
    ['a value that starts with &', '---\ntitle: &nbsp;标题\n---\n', 2, '值不能以 & 开头'],
    ['a double hashtag cut off as a comment', '---\ntitle: 开展 ##护苗\n---\n', 2, '“ #”之后会被当作注释'],
    ['a hashtag in a nested field', '---\ncover:\n  image: ./a.jpg\n  alt: 图 #1\n---\n', 4, '“ #”之后会被当作注释'],
    ['no space after a field’s colon', '---\ntitle:枫林县警调联动\ndate: 2024-01-23\nsection: today\n---\n', 2, '冒号后面要有一个空格'],
    ['no space after a nested field’s colon', '---\ntitle: 标题\ncover:\n  image:./a.jpg\n  alt: 图\n---\n', 4, '冒号后面要有一个空格'],
    ['an indent of full-width spaces', '---\ntitle: 标题\ncover:\n　　image: ./a.jpg\n---\n', 4, '全角空格“　”：缩进只能用半角空格'],
    // YAML names the end of the front matter: the mistake is where the quote opens.
    ['a quote never closed', `---\ntitle: "测试文章\n${FIELDS}---\n`, 2, '引号没有闭合：值以 " 开头，请在值的末尾补上 "，如 title: "测试文章"'],
    ['a quote never closed before a quoted value', '---\ntitle: "测试文章\nsubtitle: "副题"\nsection: law\n---\n', 2, '引号没有闭合'],
    ['a single quote never closed', "---\ntitle: '测试文章\nsection: law\n---\n", 2, "引号没有闭合：值以 ' 开头，请在值的末尾补上 '"],
    // YAML names the line after: the mistake is where the [ opens.
    ['a list without its ]', '---\ntitle: 标题\ndate: 2024-01-23 09:00\nsection: law\nsource: 法治报道\nauthor: [马远征, 张文玉\ndateline: 法治报道讯\neditor: 乔海印\n---\n', 6, '缺少 ]：以 [ 开头的列表要以 ] 结尾，如 author: [马远征, 张文玉]'],
    ['a last list without its ]', '---\ntitle: 标题\ntags: [潍坊, 民政\n---\n', 3, '缺少 ]'],
    ['a comma typed twice in a list', '---\ntitle: 标题\nauthor: [马远征,, 张文玉]\neditor: 乔海印\n---\n', 3, '列表里多了一个逗号：每个逗号前后都要有内容，如 author: [马远征, 张文玉]'],
    ['a list that starts with a comma', '---\ntitle: 标题\ntags: [ , 民政, 潍坊]\n---\n', 3, '列表里多了一个逗号：每个逗号前后都要有内容，如 tags: [民政, 潍坊]'],
    ['a tab in an indent', '---\ntitle: 标题\ncover:\n\timage: ./a.jpg\n---\n', 4, '把 Tab 换成空格'],
    ['a field written twice', '---\ntitle: 标题\nsection: law\nsource: 法治报道\nsection: today\n---\n', 5, '“section”写了两次'],
    ['a nested field written twice', '---\ncover:\n  image: ./a.jpg\n  image: ./b.jpg\n---\n', 4, '“image”写了两次'],
    ['a space before a field', '---\ntitle: 标题\n date: 2024-01-23 09:00\nsection: law\n---\n', 3, '行首多了空格'],
    ['a space before the first field', '---\n title: 标题\ndate: 2024-01-23 09:00\n---\n', 2, '行首多了空格'],
    ['a space before a nested field', '---\ncover:\n  image: ./a.jpg\n   alt: 图\n---\n', 4, '行首多了空格'],
    ['a list item indented unlike the one above', '---\nauthor:\n  - 马远征\n - 张文玉\neditor: 乔海印\n---\n', 4, '列表的“-”没有对齐'],
    ['a colon ending the value', '---\ntitle: 记者:\nsection: law\n---\n', 2, '值里有半角冒号“: ”，请给整个值加引号，如 title: "记者:"'],
    ['a summary that starts with @, told with its own field', '---\ntitle: 标题\nsummary: @青川发布 通报\n---\n', 3, '如 summary: "@青川发布 通报"'],
    ['a summary that starts with bold', '---\ntitle: 标题\nsummary: **重要**通知\n---\n', 3, '值不能以 ** 开头：这里按原样显示，不支持 **加粗**，请去掉 ** 符号，如 summary: 重要通知'],
  ])('%s is explained in Chinese, on its own line', (_, source, line, hint) => {
    try {
      readFrontmatter(source);
      expect.unreachable();
    } catch (error) {
      expect((error as FrontmatterSyntaxError).line).toBe(line);
      expect((error as Error).message).toMatch(/^YAML 格式错误：/);
      expect((error as Error).message).toContain(hint);
      // YAML's own reason, in English, only when nothing above is recognised.
      expect((error as Error).message).not.toMatch(/[a-z]+ [a-z]+ [a-z]+/);
    }
  });

  test('a quoted value with a colon is fine', () => {
    expect(readFrontmatter('---\ntitle: "枫林县: 警调联动"\n---\n').data).toEqual({ title: '枫林县: 警调联动' });
  });

  test('quoted hashtags, comments after a value, # without a space before it, and block text are fine', () => {
    const source = [
      '---',
      'title: "开展 #护苗2026# 专项行动"',
      "subtitle: '青川通'",
      'summary: 第#1号令 # 编辑的备注',
      '# 整行的注释',
      'tags: [护苗, "#2026"]',
      'source: 开展　#护苗 专项行动',
      'original:',
      '  title: |',
      '    要点：',
      '    - 第一 #1',
      '    Note: see #3',
      '  url: https://x.cn/a#b',
      '---',
      '',
    ].join('\n');
    expect(readFrontmatter(source).data).toEqual({
      title: '开展 #护苗2026# 专项行动',
      subtitle: '青川通',
      summary: '第#1号令',
      tags: ['护苗', '#2026'],
      // After a full-width space, # is no comment.
      source: '开展　#护苗 专项行动',
      original: { title: '要点：\n- 第一 #1\nNote: see #3\n', url: 'https://x.cn/a#b' },
    });
  });

  test('front matter that is not a mapping is an error', () => {
    expect(() => readFrontmatter('---\n- a\n- b\n---\n')).toThrow(FrontmatterSyntaxError);
  });

  test('front matter never closed is named, not read as an article with no fields', () => {
    expect(() => readFrontmatter('---\ntitle: 标题\nsection: today\n\n正文第一段。\n')).toThrow(/开头的 --- 没有结尾/);
    expect(() => readFrontmatter('---\ntitle: 标题\n---\n正文\n')).not.toThrow();
  });

  test.each([
    ['title: 标题\ndate: 2024-03-05 10:00\n---\n\n正文。\n', '文件开头缺少 ---：'],
    ['title: 标题\ndate: 2024-03-05 10:00\n\n正文。\n', '文件开头缺少 ---：'],
    ['\uFEFFtitle：标题\ndate: 2024-03-05 10:00\n---\n正文。\n', '文件开头缺少 ---：'],
    ['－－－\ntitle: 标题\n－－－\n正文。\n', '第一行的“－－－”应是三个半角减号 ---（切换到英文输入法输入）'],
    ['——\ntitle: 标题\n---\n正文。\n', '第一行的“——”应是三个半角减号 ---（切换到英文输入法输入）'],
    ['--\ntitle: 标题\n---\n正文。\n', '第一行的“--”应是三个半角减号 ---，'],
  ])('fields without their opening ---, which would be read as the body with every field missing, are named on line 1: %j', (source, message) => {
    expect(() => readFrontmatter(source)).toThrow(FrontmatterSyntaxError);
    expect(() => readFrontmatter(source)).toThrow(message);
  });

  test.each(['正文第一段。\n\n第二段。\n', 'Note: 注意\n\n正文。\n', '——本报评论员\n\n正文。\n', ''])('a file that opens as a body is read as one: %j', (source) => {
    expect(() => readFrontmatter(source)).not.toThrow();
  });

  test('lines ended by CR alone, as old Mac editors save them, are named on line 1, not read as a body with every field missing', () => {
    expect(() => readFrontmatter('---\rtitle: 标题\rdate: 2024-03-05 10:00\r---\r正文。\r')).toThrow(
      '文件的换行符是单独的 CR（旧版 Mac 的格式），读不出字段：请用编辑器把换行符改为 LF（Unix）或 CRLF（Windows）后保存',
    );
    expect(readFrontmatter('---\r\ntitle: 标题\r\n---\r\n正文。\r\n').data).toEqual({ title: '标题' });
  });

  test('the --- lines may carry trailing spaces, as Astro allows', () => {
    expect(readFrontmatter('--- \ntitle: 标题\n---  \n正文\n')).toEqual({ data: { title: '标题' }, body: '正文\n' });
  });
});
