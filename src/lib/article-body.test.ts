import { describe, expect, test } from 'vitest';
import { readBody } from './article-body.ts';

const mdx = (body: string) => readBody(body, { mdx: true, lineOffset: 10, folder: '2024/01' });
const md = (body: string) => readBody(body, { mdx: false, lineOffset: 10, folder: '2024/01' });
const messages = (report: ReturnType<typeof readBody>) => report.problems.map((p) => `${p.line}: ${p.message}`);

describe('an .mdx body', () => {
  test('a good one, with a Figure and a comment, has nothing to say', () => {
    const report = mdx('第一段。\n\n<Figure caption="中心" credit="马远征 摄">\n![中心](./center.jpg)\n</Figure>\n\n{/* 待核实 */}\n');
    expect(report.problems).toEqual([]);
    expect(report.images).toEqual([{ line: 14, src: './center.jpg' }]);
  });

  test.each([
    ['a less-than sign in text', '第一段。\n\n金额<5000元。\n', /^13: “<”后面不是标签：要写小于号请写成 &lt;/],
    ['a Figure never closed', '第一段。\n\n<Figure caption="x">\n![a](./a.jpg)\n', /^13: <Figure> 没有结束标签：请在后面加上 <\/Figure>/],
    ['an HTML comment', '第一段。\n\n<!-- 待核实 -->\n', /^13: \.mdx 文章里不能用 <!-- 注释 -->/],
    ['<br> as in HTML', '一行<br>二行\n', /^11: <br> 在 \.mdx 文章里要写成 <br \/>（HTML 里不用结束的标签，这里要在 > 前加上 \/）$/],
    ['<img> as in HTML', '正文。\n\n<img src="/media/a.jpg" alt="现场">\n', /^13: <img> 在 \.mdx 文章里要写成 <img \/>/],
    ['an attribute’s value without quotes', '正文。\n\n<Figure credit=马远征>\n![a](./a.jpg)\n</Figure>\n', /^13: credit=马远征 的值没有加引号：\.mdx 文章里属性的值要写在半角双引号里，如 credit="马远征"$/],
    ['an attribute after a quoted one, later in the line', '见下图 <Figure caption="培育中心" credit=马远征 摄>\n![a](./a.jpg)\n</Figure>\n', /^11: credit=马远征 的值没有加引号：.*如 credit="马远征"$/],
    ['an attribute in Chinese quotes', '<Figure caption=“培育中心”>\n![a](./a.jpg)\n</Figure>\n', /^11: caption 的值用了中文引号：\.mdx 文章里属性的值要写在半角双引号里，如 caption="培育中心"$/],
    // Told “<”后面不是标签：要写小于号请写成 &lt;, which did not say what was wrong.
    ['quotes inside an attribute’s value', '<Figure caption="图为"青川通"App上线" credit="马远征">\n![a](./a.jpg)\n</Figure>\n', /^11: caption 的值里又用了半角引号 "，值在那里就断了：值里的引号请改用中文引号“”，如 caption="图为“青川通”App上线"$/],
    ['a half-width quote closing a Chinese one', '见图 <Figure credit="马远征" caption="“青川通"上线" />\n', /^11: caption 的值里又用了半角引号 "，.*如 caption="“青川通”上线"$/],
    // These were still told “<”后面不是标签: a space after the quote that ends the value too early, a tag over lines.
    ['a quote and a space inside an attribute’s value', '<Figure caption="图为“青川通" App 界面">\n![a](./a.jpg)\n</Figure>\n', /^11: caption 的值里又用了半角引号 "，值在那里就断了：.*如 caption="图为“青川通” App 界面"$/],
    ['a quote before a word that is no attribute', '<Figure caption="市民说" 好">\n![a](./a.jpg)\n</Figure>\n', /^11: caption 的值里又用了半角引号 "，值在那里就断了：/],
    ['quotes inside a value on the line after the <', '<Figure\n  credit="马远征"\n  caption="图为"青川通"App">\n![a](./a.jpg)\n</Figure>\n', /^11: caption 的值里又用了半角引号 "，.*如 caption="图为“青川通”App"$/],
    ['a value without quotes on the line after the <', '<Figure\n  credit=马远征>\n![a](./a.jpg)\n</Figure>\n', /^11: credit=马远征 的值没有加引号：.*如 credit="马远征"$/],
    ['a value without quotes after one without a value', '<Figure caption="中心" hidden credit=马远征>\n![a](./a.jpg)\n</Figure>\n', /^11: credit=马远征 的值没有加引号：/],
    // A tag left without its > holds no quote in a value: not told so (caption="中心" is right).
    ['a tag without its >, the picture on the next line', '<Figure caption="中心"\n![a](./a.jpg)\n</Figure>\n', /^11: (?!caption 的值里)/],
    ['a tag without its >, text after it', '见图 <Figure caption="中心" 。\n', /^11: (?!caption 的值里)/],
    // An apostrophe in single quotes: the value goes in double quotes as it is, not it“s.
    ['an apostrophe inside single quotes', "<Figure caption='it's 图'>\n![a](./a.jpg)\n</Figure>\n", /^11: caption 的值写在半角单引号 ' 里，值里又有 '，值在那里就断了：值请写在半角双引号里，如 caption="it's 图"$/],
    // MDX said these in English (Unexpected closing tag `</figure>`, expected corresponding closing tag for `<Figure>`).
    ['an end tag in another case', '<Figure caption="中心">\n![a](./a.jpg)\n</figure>\n', /^13: <\/figure> 与 <Figure> 的大小写不一致：结束标签请写成 <\/Figure>$/],
    ['tags crossed', '正文 <b>加粗<i>斜体</b></i> 完\n', /^11: <\/b> 前面的 <i> 还没有结束：标签要成对，后开始的先结束，请在 <\/b> 前加上 <\/i>，或删去多余的标签$/],
    ['an end tag with no start', '第一段。\n\n段落 </b> 结束\n', /^13: <\/b> 前面没有对应的 <b>：请删去它，或在前面补上 <b>$/],
  ])('%s: a Chinese message on its line, nothing more', (_, body, message) => {
    const report = mdx(body);
    expect(messages(report)).toHaveLength(1);
    expect(messages(report)[0]).toMatch(message);
    expect(report.problems[0]!.message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/); // no English sentence
  });

  test('{…}, import and unknown components, which would fail or vanish at render', () => {
    expect(messages(mdx('import Chart from "../x.astro"\n\n段落 {变量} 结束\n\n<Chart />\n'))).toEqual([
      '11: 正文里的 import / export 用不上：<Figure> 不需要 import，请删去这一行',
      '13: {变量} 会被当作代码，读者看不到：要写出花括号请写成 \\{ 和 \\}',
      '15: <Chart> 不是本站的组件：.mdx 文章里只能用 <Figure>',
    ]);
  });

  test('scripts, event handlers and style elements', () => {
    expect(messages(mdx('<script src="https://example.com/x.js" />\n\n<img src="x.jpg" alt="" onError="alert(1)" />\n\n<style>{"p { color: red }"}</style>\n'))).toEqual([
      '11: 正文里不能有 <script>：文章页面不运行正文里的代码',
      '13: <img> 带有 on… 事件代码（onError）：文章页面不运行正文里的代码',
      '15: 正文里不能有 <style>：页面只用网站统一的样式，正文里的样式不会生效',
    ]);
  });

  test('an address written as a string in braces is read as JavaScript reads it', () => {
    expect(messages(mdx('<a href={"javascript:alert(1)"}>甲</a> <a href={\'\\x6aava\\u0073cript:alert(1)\'}>乙</a> <a href={"https://example.com/"}>丙</a>\n'))).toEqual([
      '11: 链接不能是 javascript: 代码：文章页面不运行正文里的代码',
      '11: 链接不能是 javascript: 代码：文章页面不运行正文里的代码',
    ]);
  });

  test('an HTML element is held to the .md rules: a javascript: link, a srcdoc, a redirect', () => {
    expect(messages(mdx('<a href="javascript:alert(1)">点此</a>\n\n<iframe srcdoc="<p>x</p>" />\n\n<meta httpEquiv="refresh" content="0;url=https://example.com/" />\n'))).toEqual([
      '11: 链接不能是 javascript: 代码：文章页面不运行正文里的代码',
      '13: <iframe> 的 srcdoc 是写在正文里的一整个网页，不能用：嵌入别的网页请用 src="https://…"（视频网站或地图分享代码里的地址）',
      '15: 正文里不能有 <meta>：它作用于整个页面（http-equiv="refresh" 会把读者带离本站），请删去',
    ]);
  });
});

describe('a .md body', () => {
  test('a control character pasted from an old CMS or Word is named on its line, in plain text, code and an .mdx body alike: it was published in the page’s HTML', () => {
    expect(messages(md('县法院\u001b昨日开庭。\n\n第二段\f。\n\n```\n代码\u0008\n```\n'))).toEqual([
      '11: 这一行有看不见的控制字符 U+001B（第 3 个字之后），多是从旧系统或 Word 复制带来的：请删去它，或重新输入这一行',
      '13: 这一行有看不见的控制字符 U+000C（第 3 个字之后），多是从旧系统或 Word 复制带来的：请删去它，或重新输入这一行',
      '16: 这一行有看不见的控制字符 U+0008（第 2 个字之后），多是从旧系统或 Word 复制带来的：请删去它，或重新输入这一行',
    ]);
    expect(messages(readBody('\u0000正文。\n', { mdx: true, lineOffset: 10, folder: '2024/01' }))).toEqual([
      '11: 这一行有看不见的控制字符 U+0000（行首），多是从旧系统或 Word 复制带来的：请删去它，或重新输入这一行',
    ]);
    // Tabs and Windows line ends are text.
    expect(messages(md('正文\t一段。\r\n第二段。\r\n'))).toEqual([]);
  });

  test('braces and less-than signs are text', () => {
    expect(md('金额<5000元，{变量} a}b\n').problems).toEqual([]);
  });

  test('a script, an event handler, a Figure and a style element are named (a style attribute is fine); the same in a code block is not', () => {
    const body = '正文\n\n<script>alert(1)</script>\n\n<img src=x alt onerror="y">\n\n<Figure caption="x">\n\n<style>p { color: red }</style>\n\n<span style="color: red">红字</span>\n\n```html\n<script>x</script>\n<Figure>\n<style>x</style>\n```\n';
    expect(messages(md(body))).toEqual([
      '13: 正文里不能有 <script>：文章页面不运行正文里的代码',
      '15: <img> 带有 on… 事件代码（onerror）：文章页面不运行正文里的代码',
      '17: <Figure> 只能用在 .mdx 文章里：请把文件扩展名改为 .mdx',
      '19: 正文里不能有 <style>：页面只用网站统一的样式，正文里的样式不会生效',
    ]);
  });

  test('HTML that would run code or change the page is named on its line however it is written; an embed and a style attribute are fine, a data: picture is told to become a file', () => {
    const body = [
      '正文。',
      '<a href="&#106;avascript:alert(1)">实体</a> <a href="java&#x09;script:alert(1)">制表符</a>',
      '<img alt=">" onerror="alert(1)" src="/y.png">',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<meta http-equiv="refresh" content="0;url=https://example.com/">',
      '<base href="https://example.com/">',
      '<form action="https://example.com/"><input name="p"></form>',
      '<object data="x.swf"></object>',
      '<svg><a xlink:href="javascript:alert(1)"><text>图</text></a></svg>',
      '<iframe src="https://player.example.com/1" allowfullscreen></iframe>',
      '<span style="color: red">红字</span> <img src="data:image/png;base64,iVBORw0KGgo=" alt="点">',
    ].join('\n\n');
    expect(messages(md(body))).toEqual([
      '13: 链接不能是 javascript: 代码：文章页面不运行正文里的代码',
      '13: 链接不能是 javascript: 代码：文章页面不运行正文里的代码',
      '15: <img> 带有 on… 事件代码（onerror）：文章页面不运行正文里的代码',
      '17: <iframe> 的 src 不能是 javascript: 代码：文章页面不运行正文里的代码',
      '19: 正文里不能有 <meta>：它作用于整个页面（http-equiv="refresh" 会把读者带离本站），请删去',
      '21: 正文里不能有 <base>：它改变页面上所有相对地址的去处，请删去',
      '23: 正文里不能有 <form>：网站是静态网页，没有接收表单的程序，读者填了也提交不出去；请写明联系方式，或链接到能填写的网页',
      '25: 正文里不能有 <object>：网站不运行插件（Flash 等），读者看到的是空白；视频请用 <video>，或视频网站分享代码里的 <iframe>',
      '27: 链接不能是 javascript: 代码：文章页面不运行正文里的代码',
      '31: <img> 的 src 是 data:image/png（整张图片写在地址里，1 KB）：它会原样塞进网页，页面变大，手机上也不缩小，也不能分享：请把图片另存为文件，放在文章文件旁边，写成 ![说明](./图片.png)（npm run import 导入旧文章时会自动这样做）',
    ]);
  });

  test('a srcset’s data: picture is told as a src’s is, in a <picture>’s <source> and an <img>, in .md and .mdx', () => {
    const picture = 'data:image/png;base64,iVBORw0KGgo=';
    const told = (line: number, tag: string, attribute = 'srcset') => expect.stringMatching(new RegExp(`^${line}: <${tag}> 的 ${attribute} 是 data:image/png（整张图片写在地址里，1 KB）`));
    expect(messages(md(`<picture><source srcset="${picture}"><img src="./b.jpg" alt=""></picture>\n\n<img srcset="${picture} 2x" src="./b.jpg" alt="">\n`))).toEqual([told(11, 'source'), told(13, 'img')]);
    expect(messages(mdx(`<img srcSet="${picture} 2x" src="./b.jpg" alt="" />\n`))).toEqual([told(11, 'img', 'srcSet')]);
  });

  test('a one-line SVG (a minified chart), which Markdown splits into a piece per tag, is read as SVG: its <image> may be a data: picture', () => {
    const picture = 'data:image/png;base64,iVBORw0KGgo=';
    const svg = `<svg width="10" height="10"><image href="${picture}" /><image xlink:href="${picture}"/></svg>`;
    expect(messages(md(`图表：${svg}\n\n${svg}\n`))).toEqual([]);
    // Outside the SVG it is HTML again, and told by the tag the editor wrote.
    expect(messages(md(`${svg} <image href="data:text/html,x"> <svg><image href="javascript:alert(1)"/></svg>\n`))).toEqual([
      '11: <image> 的 href 不能是 data: 地址（地址里直接写着一个网页或文件）：浏览器会拦下它，有的还会运行其中的代码；请改用 https:// 的网址，或把文件放在 public/ 下，写成 /files/x.pdf 这样的地址',
      '11: <image> 的 href 不能是 javascript: 代码：文章页面不运行正文里的代码',
    ]);
  });

  test('Markdown links and pictures at vbscript:, data: or a javascript: with a tab in it are named; a data: picture is told to become a file', () => {
    const body = '[甲](vbscript:msgbox(1)) [乙](data:text/html,x) [丙](java&#9;script:alert(1)) <javascript:alert(1)>\n\n![图](javascript:alert(1)) ![点](data:image/png;base64,iVBORw0KGgo=)\n\n[丁]: data:text/html,x\n';
    expect(messages(md(body))).toEqual([
      '11: 链接不能是 vbscript: 代码：文章页面不运行正文里的代码',
      expect.stringMatching(/^11: 链接不能是 data: 地址/),
      '11: 链接不能是 javascript: 代码：文章页面不运行正文里的代码',
      '11: 链接不能是 javascript: 代码：文章页面不运行正文里的代码',
      '13: 图片不能是 javascript: 代码：文章页面不运行正文里的代码',
      expect.stringMatching(/^13: 图片的地址是 data:image\/png（整张图片写在地址里，1 KB）：.*请把图片另存为文件，放在文章文件旁边，写成 !\[说明\]\(\.\/图片\.png\)/),
      expect.stringMatching(/^15: 链接不能是 data: 地址/),
    ]);
  });

  test('links to other articles by address are collected; by file path, named with the address to write', () => {
    const report = md('见[上文](/articles/2024/02/b/)、[另文](/articles/2024/03/%E4%B8%AD/#x)、[文件](../02/b.md)、[本月](./c.mdx)和[外站](https://example.com/a.md)。\n');
    expect(report.articles).toEqual([
      { line: 11, id: '2024/02/b' },
      { line: 11, id: '2024/03/中' },
    ]);
    expect(messages(report)).toEqual([
      '11: 链接 ../02/b.md 是文件路径，读者打开会是 404：请写成文章地址 /articles/2024/02/b/',
      '11: 链接 ./c.mdx 是文件路径，读者打开会是 404：请写成文章地址 /articles/2024/01/c/',
    ]);
  });

  test('any other address of the site is collected as written, without #… (and with it): an old address (aliases) perhaps', () => {
    const report = readBody(
      '见[旧址](/html/2024/0531/999.html#p2)、[动态](/plus/view.php?aid=999)、[全址](https://www.fzbd.example/a/jiu/)、[上文](/articles/2024/02/b/)、[栏目](/sections/law/)和[外站](https://example.com/x.html)。\n',
      { mdx: false, lineOffset: 10, folder: '2024/01', site: 'https://www.fzbd.example' },
    );
    expect(report.addresses).toEqual([
      { line: 11, address: '/html/2024/0531/999.html', written: '/html/2024/0531/999.html#p2' },
      { line: 11, address: '/plus/view.php?aid=999', written: '/plus/view.php?aid=999' },
      { line: 11, address: '/a/jiu/', written: '/a/jiu/' },
    ]);
  });

  test('a link by reference is read too', () => {
    expect(messages(md('见[上文][1]。\n\n[1]: ../02/b.md\n'))).toEqual(['13: 链接 ../02/b.md 是文件路径，读者打开会是 404：请写成文章地址 /articles/2024/02/b/']);
  });

  test('a file link that no article could have (month 13, upper case) is told the address’s shape, not a wrong address', () => {
    expect(messages(md('见[上文](../13/b.md)和[另文](./B.md)。\n'))).toEqual([
      '11: 链接 ../13/b.md 是文件路径，读者打开会是 404：请写成文章地址 /articles/年/月/文件名/',
      '11: 链接 ./B.md 是文件路径，读者打开会是 404：请写成文章地址 /articles/年/月/文件名/',
    ]);
    // An address is suggested as the editor wrote it, percent-encoded or not.
    expect(messages(md('[甲](/articles/2024/01/%E4%B8%AD.md) [乙](/articles/2024/01/中.md)\n'))).toEqual([
      '11: 链接 /articles/2024/01/%E4%B8%AD.md 是文件路径，读者打开会是 404：请写成文章地址 /articles/2024/01/%E4%B8%AD/',
      '11: 链接 /articles/2024/01/中.md 是文件路径，读者打开会是 404：请写成文章地址 /articles/2024/01/中/',
    ]);
  });

  test('pictures beside the file are collected, with their lines; others are not', () => {
    expect(md('![a](./a.jpg)\n\n![b](../b.png)\n\n![c](https://example.com/c.jpg)\n').images).toEqual([
      { line: 11, src: './a.jpg' },
      { line: 13, src: '../b.png' },
    ]);
  });

  test('a picture written as Windows writes a path, or without ./, is told the path to write on its line, in .md and .mdx and in a draft', () => {
    const body = '![现场](.\\a.jpg)\n\n![图](C:\\Users\\甲\\Desktop\\b.jpg)\n\n![图](./photos\\c.jpg)\n\n![图](d.jpg)\n';
    for (const report of [md(body), mdx(body), readBody(body, { mdx: false, lineOffset: 10, folder: '2024/01', draft: true })]) {
      expect(messages(report)).toEqual([
        '11: 图片 .\\a.jpg 里的“\\”是 Windows 的写法，网址要用“/”：请写成 ./a.jpg',
        '13: 图片 C:\\Users\\甲\\Desktop\\b.jpg 是这台电脑上的位置，读者看不到：请把图片放到文章文件旁边，写成 ./b.jpg',
        '15: 图片 ./photos\\c.jpg 里的“\\”是 Windows 的写法，网址要用“/”：请写成 ./photos/c.jpg',
        '17: 图片 d.jpg 应相对于文章文件，以 ./ 或 ../ 开头：请写成 ./d.jpg',
      ]);
      // Told once: not looked for as a file beside the article as well.
      expect(report.images).toEqual([]);
    }
  });

  test('HTML whose tags do not pair up is named on its line in the file (html-pairs.ts); not in a draft, which readers never see', () => {
    const body = '正文。\n\n<div class="old-cms">\n旧系统的内容\n';
    expect(messages(md(body))).toEqual([
      '13: <div class="old-cms"> 没有对应的 </div>：浏览器会自己决定它在哪里结束，后面的内容可能都被套进去（一直到责任编辑、分享和页脚）；请在它该结束的地方加上 </div>',
    ]);
    expect(readBody(body, { mdx: false, lineOffset: 10, folder: '2024/01', draft: true }).problems).toEqual([]);
  });
});

describe('pictures a screen reader names', () => {
  test('an HTML <img> without alt, as old CMSs paste it, is named on its line, in .md (inline too) and .mdx; alt="" or a bare alt says it is decoration; in code or a comment it is not read', () => {
    const body = [
      '正文<img src="/media/a.jpg" width="300" border="0">文字。',
      '',
      '<p align="center"><IMG SRC="/media/b.jpg"\nALT="庭审现场"></p>',
      '',
      '<div><img src="/media/c.jpg" alt=""><img alt src="/media/d.jpg"><img src="/media/e.jpg" data-alt="x" title="说明"></div>',
      '',
      '`<img src="/media/f.jpg">` <!-- <img src="/media/g.jpg"> -->',
      '',
    ].join('\n');
    const said = '<img> 没有 alt（图片说明）：读屏软件会把文件名念给看不见图片的读者。请写上图片的内容，如 alt="庭审现场"；只作装饰的图片写 alt=""';
    expect(messages(md(body))).toEqual([`11: ${said}`, `16: ${said}`]);
    expect(messages(mdx('正文\n\n<img src="/media/a.jpg" />\n\n<img src="/media/b.jpg" alt="现场" />\n'))).toEqual([`13: ${said}`]);
  });
});

describe('Word’s markup pasted with a page’s source', () => {
  test('<o:p>, a smart tag or <?xml:namespace> in a paragraph, which readers would see as written, is named on its line; in an HTML block or in code it is not', () => {
    const report = md(
      [
        '第一段<span lang="EN-US">2026<o:p></o:p></span>年。',
        '',
        '会议于',
        '<st1:chsdate Year="2026" Month="11" Day="20" IsLunarDate="False">11月20日</st1:chsdate>召开。',
        '',
        '文字<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />继续。',
        '',
        '<p class="MsoNormal">HTML 里的<o:p></o:p>是元素，读者看不到。</p>',
        '',
        '`<o:p>` 和 <mailto:a@b.cn>、比分 1:0、<a href="https://example.com/">链接</a>。',
        '',
      ].join('\n'),
    );
    expect(messages(report)).toEqual([
      '11: <o:p> 是 Word 带来的标记，不是网页的标签，读者会原样看到这些字符：请删去 Word 的标记（<o:p></o:p>、<st1:…> 之类，成对标记之间的文字保留）',
      expect.stringMatching(/^14: <st1:chsdate Year="2026" Month="11" Day="20" IsLunarDate="False"> 是 Word 带来的标记/),
      expect.stringMatching(/^16: <\?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" \/> 是 Word 带来的标记，不是网页的标签，读者会原样看到这些字符：请删去它$/),
    ]);
  });

  test('a line starting with <?xml:namespace …/>, which makes the rest of the body one HTML block that Markdown no longer reads, is named on its line', () => {
    const report = md('第一段。\n\n<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />\n\n**加粗**的第二段。\n\n## 小标题\n');
    expect(messages(report)).toEqual([
      '13: <?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /> 是 Word 带来的标记，不是网页的标签，它后面的正文都不再按 Markdown 显示（**、##、表格的符号读者都会看到，段落连成一片）：请删去它',
    ]);
    // A processing instruction closed as XML closes one (?>) ends its block there.
    expect(md('第一段。\n\n<?xml version="1.0"?>\n\n**加粗**。\n').problems).toEqual([]);
  });
});

describe('what is not a mistake, and a few more that are', () => {
  test('strings and comments in braces are text or nothing in MDX', () => {
    expect(mdx('甲{" "}乙{"{"}丙\n\n{// 待核实\n}\n\n{/* 注释 */}\n').problems).toEqual([]);
  });

  test('an attribute written as code is named; one in quotes or a string is fine', () => {
    expect(messages(mdx('<Figure caption={说明} credit={"马远征 摄"}>\n![a](./a.jpg)\n</Figure>\n'))).toEqual([
      '11: caption={说明} 会被当作代码：文字请写在引号里，如 caption="说明"',
    ]);
  });

  test('a draft is told only what would stop the build', () => {
    const body = '段落 {待核实}\n\n<Chart />\n\n[文件](./b.md)\n\n![a](./a.jpg)\n';
    const report = readBody(body, { mdx: true, lineOffset: 10, folder: '2024/01', draft: true });
    expect(report.problems).toEqual([]);
    expect(report.images).toEqual([{ line: 17, src: './a.jpg' }]);
    expect(readBody('金额<5000元\n', { mdx: true, lineOffset: 10, folder: '2024/01', draft: true }).problems).toHaveLength(1);
    // An import is resolved even in a draft: one that finds nothing would stop the build.
    const imported = readBody("import Chart from './chart.astro';\n\n正文\n", { mdx: true, lineOffset: 10, folder: '2024/01', draft: true });
    expect(imported.problems).toEqual([{ line: 11, message: expect.stringContaining('import / export') }]);
  });

  test('a web address in angle brackets in .mdx says to write it bare', () => {
    expect(messages(mdx('见 <https://www.court.gov.cn/>。\n'))).toEqual(['11: .mdx 文章里网址不能放在 < > 里：直接写网址，或写成 [说明](网址)']);
  });

  test('links: files elsewhere on the site and other sites are not article files; index.html is the article; javascript: is refused', () => {
    const report = md(
      '[a](//cdn.example.com/a.md) [b](/download/readme.md) [c](/articles/2024/01/a/index.html) [d](/articles/2024/01/b.md) [e](javascript:alert(1)) [f](mailto:a@b.cn)\n',
    );
    expect(report.articles).toEqual([{ line: 11, id: '2024/01/a' }]);
    expect(messages(report)).toEqual([
      '11: 链接 /articles/2024/01/b.md 是文件路径，读者打开会是 404：请写成文章地址 /articles/2024/01/b/',
      '11: 链接不能是 javascript: 代码：文章页面不运行正文里的代码',
    ]);
  });

  test('an address written out with Chinese straight after it, which would link the words too, is named', () => {
    for (const read of [md, mdx]) {
      expect(messages(read('网址：http://www.fzbd.cn/a/1.html，欢迎访问。\n\n见 www.court.gov.cn查询。\n'))).toEqual([
        '11: 网址 http://www.fzbd.cn/a/1.html 后面紧跟着中文，会连成一个打不开的链接：请在网址后加一个空格，或写成 [说明](http://www.fzbd.cn/a/1.html)',
        '13: 网址 www.court.gov.cn 后面紧跟着中文，会连成一个打不开的链接：请在网址后加一个空格，或写成 [说明](www.court.gov.cn)',
      ]);
    }
    expect(messages(md('网址：http://www.fzbd.cn/a/1.html 欢迎访问，或 <https://www.court.gov.cn/>。\n'))).toEqual([]);
    expect(messages(md('见[百科](https://baike.baidu.com/item/民法典)。\n'))).toEqual([]);
  });

  test('a link defined inside a quotation is read', () => {
    expect(messages(md('> 见[上文][1]\n>\n> [1]: ./b.md\n'))).toEqual(['13: 链接 ./b.md 是文件路径，读者打开会是 404：请写成文章地址 /articles/2024/01/b/']);
  });
});

describe('links and pictures as a Chinese keyboard types them', () => {
  test.each([
    ['full-width brackets', '见［此文］（/articles/2024/01/x/）。\n', /^11: ［此文］（\/articles\/2024\/01\/x\/） 用了全角的括号/],
    ['full-width round brackets only', '见[此文]（/articles/2024/01/x/）。\n', /^11: \[此文\]（\/articles\/2024\/01\/x\/） 用了全角的括号/],
    ['a picture in full-width brackets', '![现场]（./photo.jpg）\n', /^11: !\[现场\]（\.\/photo\.jpg） 用了全角的括号/],
    // The caption is the picture's title, in half-width quotes: quotes inside it end it there.
    ['half-width quotes inside a caption', '![现场](./photo.jpg "图为"青川"法庭")\n', /^11: 图片 \.\/photo\.jpg 的说明里又用了半角双引号 "，说明在那里就断了，不会成为图片/],
    ['half-width quotes inside a caption with its credit', '![现场](./photo.jpg "图为"青川"法庭（马远征 摄）")\n', /^11: 图片 \.\/photo\.jpg 的说明里又用了半角双引号 ".*请改用中文引号“”，如 "图为“青川”法庭（马远征 摄）"$/],
    ['half-width quotes inside a link’s title', '见[此文](/articles/2024/01/x/ "他说"好"")。\n', /^11: 链接 \/articles\/2024\/01\/x\/ 的说明里又用了半角双引号 "，说明在那里就断了，不会成为链接/],
    ['a space in a picture’s file name', '![现场](./现场 1.jpg)\n', /^11: !\[现场\]\(\.\/现场 1\.jpg\) 的地址里有空格/],
    ['a full-width ! before a picture', '！[现场](./photo.jpg)\n', /^11: 链接 \.\/photo\.jpg 指向图片文件，读者打开会是 404：.*!\[说明\]\(\.\/photo\.jpg\)/],
    ['a file beside the article', '[判决书](./panjueshu.pdf)\n', /^11: 链接 \.\/panjueshu\.pdf 指向文章旁边的文件，网站不会发布它/],
    ['an address without https://', '[最高法](www.court.gov.cn)\n', /^11: 链接 www\.court\.gov\.cn 缺少 https:\/\//],
  ])('%s is named on its line', (_, body, message) => {
    const report = md(body);
    expect(messages(report)).toHaveLength(1);
    expect(messages(report)[0]).toMatch(message);
  });

  test('brackets that were never a link, and good links and pictures, say nothing', () => {
    const body = '依据第[1]条（见附件）和[注]（一）。\n\n见[此文](/articles/2024/01/x/)，![现场](<./现场 1.jpg>)，[附件](/files/a.pdf)。\n';
    expect(md(body).problems).toEqual([]);
    expect(md('![现场](./photo.jpg)\n').problems).toEqual([]);
    expect(md('![现场](./photo.jpg "图为“青川”法庭（马远征 摄）")\n').problems).toEqual([]);
    expect(md(`![现场](./photo.jpg '图为"青川"法庭')\n`).problems).toEqual([]);
  });
});

describe('links to the site’s own pages', () => {
  test('sections, people, topics and pages are collected by id, and the site’s address written out is read as its path', () => {
    const report = readBody(
      '见[栏目](/sections/law/)、[人员](/people/ma-yuanzheng/)、[专题](https://www.fzbd.example/topics/fanzha/)、[关于我们](/pages/about/)和[旧文](https://www.fzbd.example/articles/2024/01/x/)，[外站](https://www.court.gov.cn/sections/x/)。\n',
      { mdx: false, lineOffset: 10, folder: '2024/01', site: 'https://www.fzbd.example' },
    );
    expect(report.pages).toEqual([
      { line: 11, kind: 'sections', id: 'law' },
      { line: 11, kind: 'people', id: 'ma-yuanzheng' },
      { line: 11, kind: 'topics', id: 'fanzha' },
      { line: 11, kind: 'pages', id: 'about' },
    ]);
    expect(report.articles).toEqual([{ line: 11, id: '2024/01/x' }]);
  });

  test('a listing’s page (/topics/<id>/2/, a section’s, a person’s, a tag’s, an archive month’s) is collected with its number, the tag index’s (/tags/page/2/) as tag-index; a page (单页) has none', () => {
    const report = md(
      '见[甲](/topics/fanzha/2/)、[乙](/sections/law/3/index.html)、[丙](/people/ma-yuanzheng/2/)、[丁](/tags/page/2/)、[戊](/pages/about/2/)、[己](/tags/12348/)、[庚](/tags/%E6%BD%8D%E5%9D%8A/4/)、[辛](/archive/2024/01/)、[壬](/archive/2024/01/2/)和[癸](/archive/2024/)。\n',
    );
    expect(report.pages).toEqual([
      { line: 11, kind: 'topics', id: 'fanzha', page: 2 },
      { line: 11, kind: 'sections', id: 'law', page: 3 },
      { line: 11, kind: 'people', id: 'ma-yuanzheng', page: 2 },
      { line: 11, kind: 'tag-index', id: '', page: 2 },
      { line: 11, kind: 'tags', id: '12348' },
      { line: 11, kind: 'tags', id: '潍坊', page: 4 },
      { line: 11, kind: 'archive', id: '2024/01' },
      { line: 11, kind: 'archive', id: '2024/01', page: 2 },
    ]);
    expect(report.addresses.map(({ address }) => address)).toEqual(['/pages/about/2/', '/archive/2024/']);
  });
});

describe('links written in HTML (<a href>), as a page or a judgment pasted in has them', () => {
  test('are collected as Markdown links are, each on its tag’s line, and held to the same rules; one in a comment is not read', () => {
    const report = md(
      [
        '<p>附件：<a href="/files/2024/01/panjue.pdf">判决书</a>，见<a href=\'/articles/2024/02/b/\'>上文</a>',
        '和<a class="x" href=/sections/law/>栏目</a>。</p>',
        '<table>',
        '<tr><td><a',
        '  href="/files/2024/01/mingxi&#46;xls">明细</a></td><td><a href="./c.md">本月</a></td></tr>',
        '</table>',
        '',
        '<a href="www.court.gov.cn">法院</a> <a href="https://www.court.gov.cn/x/">外站</a> <a name="a">锚</a> <a href="#a">回</a>',
        '<!-- <a href="/files/2024/01/jiu.pdf">旧</a> -->',
        '<a href="javascript:alert(1)">点</a>',
      ].join('\n'),
    );
    expect(report.articles).toEqual([{ line: 11, id: '2024/02/b' }]);
    expect(report.pages).toEqual([{ line: 12, kind: 'sections', id: 'law' }]);
    expect(report.addresses).toEqual([
      { line: 11, address: '/files/2024/01/panjue.pdf', written: '/files/2024/01/panjue.pdf' },
      { line: 14, address: '/files/2024/01/mingxi.xls', written: '/files/2024/01/mingxi.xls' },
    ]);
    expect(messages(report)).toEqual([
      '15: 链接 ./c.md 是文件路径，读者打开会是 404：请写成文章地址 /articles/2024/01/c/',
      '18: 链接 www.court.gov.cn 缺少 https://，读者打开会是 404：请写成 https://www.court.gov.cn',
      // Told once, by the rule for any attribute.
      '20: 链接不能是 javascript: 代码：文章页面不运行正文里的代码',
    ]);
  });

  test('in .mdx, an <a> element is read as the HTML one is', () => {
    const report = mdx('见<a href="/articles/2024/02/b/">上文</a>和<a href="/files/2024/01/panjue.pdf">判决书</a>。\n');
    expect(report.articles).toEqual([{ line: 11, id: '2024/02/b' }]);
    expect(report.addresses).toEqual([{ line: 11, address: '/files/2024/01/panjue.pdf', written: '/files/2024/01/panjue.pdf' }]);
  });
});

describe('videos in the body', () => {
  test('a <video> in .mdx: its src and its <source>s are collected with their lines (an <audio>’s are not), and its poster', () => {
    const body = '正文\n\n<video src="/media/a.mp4" controls />\n\n<video controls poster="/media/p.jpg">\n  <source src="/media/b.webm" type="video/webm" />\n  <source src="/media/b.mp4" />\n</video>\n\n<audio controls>\n  <source src="/media/c.mp3" />\n</audio>\n';
    const report = mdx(body);
    expect(report.problems).toEqual([]);
    expect(report.videos).toEqual([
      { line: 13, src: '/media/a.mp4' },
      { line: 16, src: '/media/b.webm' },
      { line: 17, src: '/media/b.mp4' },
    ]);
    expect(report.posters).toEqual([{ line: 15, src: '/media/p.jpg' }]);
  });

  test('a <video> in .md HTML: the same, on the line of each tag', () => {
    const body =
      '正文\n\n<video src="/media/a.mp4" controls></video>\n\n<video controls poster=\'./p.jpg\'>\n<source src=\'/media/b.webm\'>\n<source type="video/mp4" src=/media/b.mp4>\n</video>\n\n<audio controls>\n<source src="/media/c.mp3">\n</audio>\n\n<p>封面\n<video poster=/media/q.jpg src="/media/d.mp4"></video></p>\n\n```html\n<video src="/media/in-code.mp4" poster="/media/in-code.jpg"></video>\n```\n';
    const report = md(body);
    expect(report.videos).toEqual([
      { line: 13, src: '/media/a.mp4' },
      { line: 16, src: '/media/b.webm' },
      { line: 17, src: '/media/b.mp4' },
      { line: 25, src: '/media/d.mp4' },
    ]);
    expect(report.posters).toEqual([
      { line: 15, src: './p.jpg' },
      { line: 25, src: '/media/q.jpg' },
    ]);
  });

  test('an HTML <img>: its src on the line of its tag, in .md HTML (inline too, not in code) and in .mdx', () => {
    const body = '正文\n\n<p align="center"><img alt="现场" src="./site.jpg"></p>\n\n文字 <img src=\'/media/a.png\'> 文字\n\n```html\n<img src="./in-code.jpg">\n```\n\n<div>\n\n<IMG\nSRC="/media/B.jpg">\n</div>\n';
    expect(md(body).addressedPictures).toEqual([
      { line: 13, src: './site.jpg' },
      { line: 15, src: '/media/a.png' },
      { line: 23, src: '/media/B.jpg' },
    ]);
    expect(mdx('正文\n\n<img src="./site.jpg" alt="现场" />\n').addressedPictures).toEqual([{ line: 13, src: './site.jpg' }]);
  });

  test('each picture of a srcset, an <img>’s or a <picture>’s <source>’s, is collected as an <img>’s src, in .md HTML and in .mdx', () => {
    const body = '正文\n\n<picture>\n<source srcset="/media/a,1.webp 1x, /../../outside.jpg 2x">\n<img src="/media/a.jpg" srcset="/media/b.jpg 2x" alt="">\n</picture>\n';
    expect(md(body).addressedPictures).toEqual([
      { line: 14, src: '/media/a,1.webp' },
      { line: 14, src: '/../../outside.jpg' },
      { line: 15, src: '/media/a.jpg' },
      { line: 15, src: '/media/b.jpg' },
    ]);
    expect(mdx('正文\n\n<img src="/media/a.jpg" srcSet="/media/b.jpg 2x" alt="" />\n').addressedPictures).toEqual([
      { line: 13, src: '/media/b.jpg' },
      { line: 13, src: '/media/a.jpg' },
    ]);
  });

  test('a Markdown picture at this site’s address is collected with them; one beside the article or on another site is not', () => {
    const report = md('正文\n\n![现场](/media/2024/site.jpg)\n\n![旧图](http://old.example.cn/a.jpg)\n\n![图](./b.jpg) ![图](https://img.example.cn/c.jpg) ![图](//cdn.example.cn/d.jpg)\n');
    expect(report.addressedPictures).toEqual([{ line: 13, src: '/media/2024/site.jpg' }]);
    expect(report.images).toEqual([{ line: 17, src: './b.jpg' }]);
  });

  test('a tag in an HTML comment is not collected: it is never shown; the lines after it keep their numbers', () => {
    const body = '正文\n\n<!-- 旧图：\n<img src="./old.jpg">\n<video src="/media/old.mp4" poster="./old.jpg"></video>\n-->\n\n<p><!-- <img src="./x.jpg"> --><img src="/media/a.png"></p>\n';
    const report = md(body);
    expect(report.addressedPictures).toEqual([{ line: 18, src: '/media/a.png' }]);
    expect(report.videos).toEqual([]);
    expect(report.posters).toEqual([]);
  });

  test('a draft’s videos and posters are not collected: a missing one would not stop the build, and no reader sees it', () => {
    const report = readBody('<video src="/media/a.mp4" poster="/media/a.jpg" />\n\n<img src="./a.jpg" />\n', { mdx: true, lineOffset: 10, folder: '2024/01', draft: true });
    expect(report.videos).toEqual([]);
    expect(report.posters).toEqual([]);
    expect(report.addressedPictures).toEqual([]);
  });
});

describe('headings: the article’s title is the page’s one level-1 heading', () => {
  const TITLE = '正文的标题请从 ## 开始：一级标题是文章的标题，页面上只能有一个';

  test.each([
    ['a # heading in .md', md, '第一段。\n\n# 一级标题\n\n正文。\n'],
    ['a # heading in .mdx', mdx, '第一段。\n\n# 一级标题\n\n正文。\n'],
    ['a heading underlined with ===', md, '第一段。\n\n一级标题\n===\n\n正文。\n'],
  ])('%s is named on its line', (_, read, body) => {
    expect(messages(read(body))).toEqual([`13: ${TITLE}`]);
  });

  test('an <h1> in HTML or in .mdx is named too; in a comment or a code block it is not', () => {
    expect(messages(md('第一段。\n\n<h1>一级标题</h1>\n\n<!-- <h1>旧标题</h1> -->\n\n```html\n<h1>代码</h1>\n```\n'))).toEqual([`13: 正文里的 <h1>：${TITLE}（写成 <h2> 或 ##）`]);
    expect(messages(mdx('第一段。\n\n<h1>一级标题</h1>\n'))).toEqual([`13: 正文里的 <h1>：${TITLE}（写成 <h2> 或 ##）`]);
  });

  test('## and deeper, #hashtag# words and a # without a space are not headings', () => {
    expect(md('## 二级标题\n\n### 三级\n\n#护苗2026# 专项行动\n\n#标题\n').problems).toEqual([]);
  });

  test('a draft is not told: it is not published', () => {
    expect(readBody('# 标题\n', { mdx: false, lineOffset: 10, folder: '2024/01', draft: true }).problems).toEqual([]);
  });
});

describe('a link to another article by a path from the file', () => {
  const there = (id: string) => ['2026/09/shipin-fanzha-xuanchuan', '2026/10/benyue'].includes(id);
  const read = (body: string) => readBody(body, { mdx: false, lineOffset: 10, folder: '2026/10', isArticle: there });

  test('with or without its slash, or as its file, is told the article’s address, as an article file is', () => {
    expect(messages(read('[上一篇](../09/shipin-fanzha-xuanchuan/)、[同篇](../09/shipin-fanzha-xuanchuan)、[文件](../09/shipin-fanzha-xuanchuan.md)、[本月](./benyue/)\n'))).toEqual([
      '11: 链接 ../09/shipin-fanzha-xuanchuan/ 是文件路径，读者打开会是 404：请写成文章地址 /articles/2026/09/shipin-fanzha-xuanchuan/',
      '11: 链接 ../09/shipin-fanzha-xuanchuan 是文件路径，读者打开会是 404：请写成文章地址 /articles/2026/09/shipin-fanzha-xuanchuan/',
      '11: 链接 ../09/shipin-fanzha-xuanchuan.md 是文件路径，读者打开会是 404：请写成文章地址 /articles/2026/09/shipin-fanzha-xuanchuan/',
      '11: 链接 ./benyue/ 是文件路径，读者打开会是 404：请写成文章地址 /articles/2026/10/benyue/',
    ]);
  });

  test('one climbing folders as a browser reads it, from the page’s address, is told that article’s address, not a file beside the article', () => {
    // From /articles/2026/10/<file>/, ../../09/x/ is /articles/2026/09/x/ and ../benyue/ is /articles/2026/10/benyue/.
    expect(messages(read('[上一篇](../../09/shipin-fanzha-xuanchuan/)、[本月](../benyue/)\n'))).toEqual([
      '11: 链接 ../../09/shipin-fanzha-xuanchuan/ 是相对路径：请写成文章地址 /articles/2026/09/shipin-fanzha-xuanchuan/，内容检查才能核对它（那篇文章改名或撤下时会指出）',
      '11: 链接 ../benyue/ 是相对路径：请写成文章地址 /articles/2026/10/benyue/，内容检查才能核对它（那篇文章改名或撤下时会指出）',
    ]);
  });

  test('one climbing folders to no article is told so, with what to write, never that it is beside the article', () => {
    expect(messages(read('[旧文](../../08/meiyou/)、[栏目](../../../../sections/law/)、[附件](../files/a.pdf)\n'))).toEqual([
      '11: 链接 ../../08/meiyou/ 指向的文章 /articles/2026/08/meiyou/ 不存在，读者打开会是 404：链接本站的文章请写成文章地址 /articles/年/月/文件名/，并核对那篇文章的年月和文件名',
      '11: 链接 ../../../../sections/law/ 是相对路径，离开了文章所在的文件夹，网站不按文件夹发布，读者打开会是 404：本站的页面请写成以 / 开头的地址（如 /sections/law/），附件请放在 public/ 下（如 public/files/x.pdf），链接写成 /files/x.pdf',
      '11: 链接 ../files/a.pdf 是相对路径，离开了文章所在的文件夹，网站不按文件夹发布，读者打开会是 404：本站的页面请写成以 / 开头的地址（如 /sections/law/），附件请放在 public/ 下（如 public/files/x.pdf），链接写成 /files/x.pdf',
    ]);
  });

  test('one that leads to no article is still a file beside the article, or a picture', () => {
    expect(messages(read('[附件](./ruling.pdf)、[目录](./files/)、[图](./a.jpg)\n'))).toEqual([
      '11: 链接 ./ruling.pdf 指向文章旁边的文件，网站不会发布它，读者打开会是 404：附件请放在 public/ 下（如 public/files/x.pdf），链接写成 /files/x.pdf',
      '11: 链接 ./files/ 指向文章旁边的文件，网站不会发布它，读者打开会是 404：附件请放在 public/ 下（如 public/files/x.pdf），链接写成 /files/x.pdf',
      '11: 链接 ./a.jpg 指向图片文件，读者打开会是 404：要在正文里显示图片，请写成 ![说明](./a.jpg)（开头是半角的 !）',
    ]);
  });

  test('one to a picture written in HTML is told to write <img>, as HTML shows a picture (![说明](…) in an HTML block is shown as written)', () => {
    const html = '<p>见<a href="../x.jpg">图</a>。</p>\n';
    const said = (tag: string) => `11: 链接 ../x.jpg 指向图片文件，读者打开会是 404：要在正文里显示图片，请写成 ${tag}`;
    expect(messages(read(html))).toEqual([said('<img src="../x.jpg" alt="说明">')]);
    expect(messages(readBody(html, { mdx: true, lineOffset: 10, folder: '2026/10', isArticle: there }))).toEqual([said('<img src="../x.jpg" alt="说明" />')]);
  });
});

describe('embeds', () => {
  test('an <iframe> at http://, which browsers block in an https page, is named on its line, in .md and .mdx; one at https:// or in a comment is fine', () => {
    const said = '嵌入的网页 http://player.example.cn/v/1 以 http:// 开头，https 的网页里显示不出来（浏览器会拦下）：请用 https:// 的地址（视频网站的分享代码里一般有）';
    expect(messages(md('正文。\n\n<iframe src="https://player.example.cn/v/2"></iframe>\n\n<iframe width="640" src=http://player.example.cn/v/1></iframe>\n\n<!-- <iframe src="http://old.example.cn/"></iframe> -->\n'))).toEqual([`15: ${said}`]);
    expect(messages(mdx('正文。\n\n<iframe src="http://player.example.cn/v/1"></iframe>\n'))).toEqual([`13: ${said}`]);
  });
  test('an <iframe> with no name for screen readers (a title, or an aria-label) is listed with its line and address, in .md and .mdx; not in a comment or a draft', () => {
    const body = (close: string) =>
      [
        '正文。',
        '',
        `<iframe src="https://player.bilibili.com/player.html?bvid=BV1" width="640" height="360" allowfullscreen${close}`,
        '',
        `<iframe src="https://map.example.cn/embed?pos=1" title="  "${close}`,
        '',
        `<iframe src="https://v.qq.com/txp/iframe/player.html?vid=a" title="庭审视频"${close}`,
        '',
        `<IFRAME SRC="https://map.example.cn/embed?pos=2" ARIA-LABEL="调解室位置"${close}`,
        '',
        `<iframe title="&#x5EAD;审" src="https://player.bilibili.com/player.html?bvid=BV2"${close}`,
        '',
        '<!-- <iframe src="https://old.example.cn/"></iframe> -->',
        '',
      ].join('\n');
    const untitled = [
      { line: 13, src: 'https://player.bilibili.com/player.html?bvid=BV1' },
      { line: 15, src: 'https://map.example.cn/embed?pos=1' },
    ];
    expect(md(body('></iframe>')).untitledFrames).toEqual(untitled);
    // In .mdx, JSX: names as written (aria-label), no HTML comment, and an element without content closes itself.
    const jsx = body(' />').replace(/<IFRAME SRC=(\S+) ARIA-LABEL=/, '<iframe src=$1 aria-label=').replace(/<!--.*-->/, '{/* 旧的视频 */}');
    expect(mdx(jsx).problems).toEqual([]);
    expect(mdx(jsx).untitledFrames).toEqual(untitled);
    expect(md('<iframe src="https://player.bilibili.com/player.html?bvid=BV1"></iframe>\n\n<iframe></iframe>\n').untitledFrames.map(({ src }) => src)).toEqual([
      'https://player.bilibili.com/player.html?bvid=BV1',
      '',
    ]);
    // An .mdx title given as a string in braces names it too; a draft is not read for what readers would see.
    expect(mdx('<iframe src="https://player.bilibili.com/player.html?bvid=BV1" title={"庭审视频"} />\n').untitledFrames).toEqual([]);
    expect(readBody('<iframe src="https://map.example.cn/embed"></iframe>\n', { mdx: false, lineOffset: 0, folder: '2024/01', draft: true }).untitledFrames).toEqual([]);
  });
});
