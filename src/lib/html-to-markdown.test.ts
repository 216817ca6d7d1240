import { markdownToHtml, markdownToMdast as parseMarkdown } from 'satteri';
import { describe, expect, test } from 'vitest';
import { articlePlugins, articleSource } from './markdown-plugins.ts';
import site from '../site.config.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { readBody } from './article-body.ts';

const convert = (html: string) => htmlToMarkdown(html, (src) => src);

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}
/** The Markdown's top-level blocks, read with the parser the site renders with. */
const markdownToMdast = (markdown: string) => parseMarkdown(markdown) as unknown as { children: Node[] };

/** The Markdown read back with the renderer the site uses: what readers will get. */
function blocks(markdown: string): { type: string; text: string }[] {
  const text = (node: Node): string => (node.value ?? '') + (node.children ?? []).map(text).join('');
  return markdownToMdast(markdown).children.map((node) => ({ type: node.type, text: text(node) }));
}

describe('htmlToMarkdown', () => {
  test('paragraphs keep their words, without the indent typed in front of them', () => {
    const { markdown } = convert('<p>　　近年来，潍坊的社会组织快速发展。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;潍坊已登记5239家。</p>');
    expect(blocks(markdown)).toEqual([
      { type: 'paragraph', text: '近年来，潍坊的社会组织快速发展。' },
      { type: 'paragraph', text: '潍坊已登记5239家。' },
    ]);
  });

  test('lines separated by <br> inside one box become paragraphs, and empty ones are dropped', () => {
    const { markdown } = convert('<div>　　第一段。<br />　　第二段。<br/><br/></div><p>&nbsp;</p><p>　</p>');
    expect(blocks(markdown)).toEqual([
      { type: 'paragraph', text: '第一段。' },
      { type: 'paragraph', text: '第二段。' },
    ]);
  });

  test('fonts, spans and styles go, their words stay; scripts and styles go whole', () => {
    const { markdown } = convert('<p><font color="red" face="宋体">红字</font><span style="font-size:16px">和</span>正文</p><script>document.write("广告")</script><style>p{}</style>');
    expect(blocks(markdown)).toEqual([{ type: 'paragraph', text: '红字和正文' }]);
    expect(markdown).not.toMatch(/广告|font|span|style/);
  });

  test('a script goes and is named, by its address or its first words: it may have been the old page’s player, not an advertisement', () => {
    const { markdown, notices } = convert(
      '<p>正文。</p><script src="http://v.example.cn/player.js?vid=8"></script><script type="text/javascript">\n  document.write("<a href=/ad/>广告</a>"); var slides = [1, 2, 3]; var timer = 5;</script><style>p{}</style>',
    );
    expect(markdown).toBe('正文。\n');
    expect(notices).toEqual([
      '<script src="http://v.example.cn/player.js?vid=8">（脚本）已删除',
      // Its first 40 characters, its line breaks and indent as spaces.
      expect.stringMatching(/^<script>document\.write\("<a href=\/ad\/>广告<\/a>"\); v.{0,20}…（脚本）已删除$/),
    ]);
  });

  test('bold text that starts or ends with a quotation mark is bold when read back, written as an editor would', () => {
    const { markdown } = convert('<p>新时代<strong>“枫桥经验”</strong>在潍坊落地，<b>《民法典》</b>进乡村。</p>');
    expect(markdown, 'no character references (&#x540E;) around the bold text').not.toMatch(/&#/);
    const strong = markdownToMdast(markdown).children[0]!.children!.filter((node) => node.type === 'strong');
    expect(strong).toHaveLength(2);
    expect(blocks(markdown)[0]!.text).toBe('新时代“枫桥经验”在潍坊落地，《民法典》进乡村。');
  });

  test.each([
    ['<strong> in <strong>', '<p><strong><strong>“枫桥经验”</strong></strong>宣讲</p>', '“枫桥经验”宣讲'],
    ['<strong> in <b>', '<p><b><strong>加粗</strong></b>文字</p>', '加粗文字'],
    ['Word’s <b><span><b>', '<p><b><span style="font-family:宋体"><b>一、</b>基本情况</span></b>如下</p>', '一、基本情况如下'],
    ['<em> in <i>', '<p><i><em>斜体</em></i>文字</p>', '斜体文字'],
  ])('bold within bold (%s, as Word pastes it) is bold once, written as an editor would', (_, html, text) => {
    const { markdown } = convert(html);
    expect(markdown, 'no character references (&#x6587;) after the bold text').not.toMatch(/&#/);
    expect(markdown, 'no bold written within bold (**__…__**)').not.toMatch(/\*\*__|\*_[^*]/);
    const [paragraph] = markdownToMdast(markdown).children;
    const marked = paragraph!.children!.filter((node) => node.type === 'strong' || node.type === 'emphasis');
    expect(marked).toHaveLength(1);
    expect(marked[0]!.children!.map((node) => node.type)).toEqual(['text']);
    expect(blocks(markdown)[0]!.text).toBe(text);
  });

  test.each([
    ['<strong><em>', '<p><strong><em>文</em></strong>字</p>', { all: '文字', bold: '文', italic: '文' }],
    ['<em><strong>', '<p>前<em><strong>文</strong></em>字</p>', { all: '前文字', bold: '文', italic: '文' }],
    ['<strong> beginning with <em>', '<p><strong><em>文字</em>后</strong>再</p>', { all: '文字后再', bold: '文字后', italic: '文字' }],
    ['<strong> ending with <em>', '<p><b>前<i>文字</i></b>再</p>', { all: '前文字再', bold: '前文字', italic: '文字' }],
    ['<strong> then <em>', '<p><b>甲</b><i>乙</i>丙</p>', { all: '甲乙丙', bold: '甲', italic: '乙' }],
  ])('bold and italics together (%s) are written as an editor would, and read back as they were', (_, html, words) => {
    const { markdown } = convert(html);
    expect(markdown, 'no character references (&#x5B57;) beside them').not.toMatch(/&#/);
    expect(markdown, 'no _, which cannot open or close between Chinese characters').not.toMatch(/_/);
    /** The words of `node`, or those within a `type` in it. */
    const wordsIn = (node: Node, type?: string): string =>
      !type || node.type === type ? (node.value ?? '') + (node.children ?? []).map((child) => wordsIn(child)).join('') : (node.children ?? []).map((child) => wordsIn(child, type)).join('');
    const paragraph = markdownToMdast(markdown).children[0]!;
    expect({ all: wordsIn(paragraph), bold: wordsIn(paragraph, 'strong'), italic: wordsIn(paragraph, 'emphasis') }).toEqual(words);
  });

  test('bold next to bold, as Word parts a bold line into runs, is one bold', () => {
    const { markdown } = convert('<p><span style="font-size:16px"><strong>一、</strong></span><strong>基本情况</strong>如下</p><p><i>甲</i><em>乙</em>丙</p>');
    const marked = markdownToMdast(markdown).children.map((paragraph) => paragraph.children!.filter((node) => node.type === 'strong' || node.type === 'emphasis'));
    expect(marked.map((nodes) => nodes.length)).toEqual([1, 1]);
    expect(blocks(markdown).map(({ text }) => text)).toEqual(['一、基本情况如下', '甲乙丙']);
    expect(markdown, 'the 、 inside the bold').toMatch(/^\*\*一、基本情况\*\*如下$/m);
  });

  test('the page-break markers of DedeCMS and EmpireCMS are removed: the pages become one article', () => {
    const { markdown } = convert('<p>第一页。</p>#p#分页标题#e#<p>第二页。</p>[!--empirenews.page--]<p>第三页。</p>#p# #e#<p>第四页。</p>');
    expect(blocks(markdown).map((block) => block.text)).toEqual(['第一页。', '第二页。', '第三页。', '第四页。']);
  });

  test('the title a DedeCMS page break gives the next page stays, as a heading of plain text; the editor’s placeholder 分页标题 goes', () => {
    const { markdown } = convert(
      '<p>第一页。</p>#p#二、&#8220;枫桥经验&#8221;在<b>潍坊</b>#e#<p>第二页。</p><p>#p#<span style="color:red">分页标题</span>#e#</p><p>第三页。</p>' +
        '#p#&nbsp;#e#<p>第四页。</p>#p#<br>#e#<p>第五页。</p>#p#A<B & C#e#<p>第六页。</p>',
    );
    expect(blocks(markdown)).toEqual([
      { type: 'paragraph', text: '第一页。' },
      { type: 'heading', text: '二、“枫桥经验”在潍坊' },
      { type: 'paragraph', text: '第二页。' },
      { type: 'paragraph', text: '第三页。' },
      { type: 'paragraph', text: '第四页。' },
      { type: 'paragraph', text: '第五页。' },
      { type: 'heading', text: 'A<B & C' },
      { type: 'paragraph', text: '第六页。' },
    ]);
  });

  test('paragraphs, list items and line breaks inside a table cell stay apart, as <br> (a Markdown cell is one line)', () => {
    const rows = [
      ['<p>　　第一段</p><p>　　第二段</p><p>&nbsp;</p>', '一行<br>　　二行<br>'],
      ['<p><img src="/u/1.jpg"></p><p>图注</p>', '<br>'],
      ['<ul><li>甲</li><li>乙</li></ul>', '<ol><li>甲</li><li>乙</li></ol><p>后记</p>'],
      ['<b><p>重点</p><p>二</p></b>', '<p><a href="javascript:void(0)">返回顶部</a></p><p>正文</p>'],
      ['<ul>没有条目的列表</ul>', '前<ul></ul>后'],
    ];
    const { markdown, notices } = convert(`<table><tr><th>项目</th><th>说明</th></tr>${rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table>`);
    expect(markdownToHtml(markdown).html.match(/<td>.*?<\/td>/g)).toEqual([
      '<td>第一段<br>第二段</td>',
      '<td>一行<br>二行</td>',
      '<td><img src="/u/1.jpg" alt=""><br>图注</td>',
      '<td></td>',
      '<td>• 甲<br>• 乙</td>',
      '<td>1. 甲<br>2. 乙<br>后记</td>',
      '<td><strong>重点</strong><br><strong>二</strong></td>',
      '<td>正文</td>',
      '<td>没有条目的列表</td>',
      '<td>前<br>后</td>',
    ]);
    expect(notices).toEqual([]);
  });

  test('a table inside a table cell is read row by row, and named in the notices', () => {
    const { markdown, notices } = convert('<table><tr><th>地区</th><th>数据</th></tr><tr><td>潍坊</td><td><table><tr><td>登记</td><td>5239</td></tr><tr><td>备案</td><td>1.4万</td></tr></table></td></tr></table>');
    expect(markdownToHtml(markdown).html.match(/<td>.*?<\/td>/g)).toEqual(['<td>潍坊</td>', '<td>登记<br>5239<br>备案<br>1.4万</td>']);
    expect(notices).toEqual([expect.stringContaining('表格里的表格')]);
  });

  test('a table without <th> takes its first row as the header', () => {
    const { markdown } = convert('<table border="1"><tr><td>项目</td><td>数量</td></tr><tr><td>社会组织</td><td>5239</td></tr></table>');
    const table = markdownToMdast(markdown).children[0]!;
    expect(table.type).toBe('table');
    expect(table.children).toHaveLength(2);
    expect(markdown.split('\n')[0]).toBe('| 项目 | 数量 |');
  });

  test('javascript: links become their words, and a paragraph of nothing but them (the old page’s controls) goes', () => {
    const { markdown } = convert('<p>详见<a href="javascript:void(0)">附件</a>。</p><p><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></p>');
    expect(blocks(markdown)).toEqual([{ type: 'paragraph', text: '详见附件。' }]);
    expect(markdown).not.toMatch(/javascript/);
  });

  test('a bookmark (<a> without href, as Word writes _GoBack and its contents’ _Toc) is its words, not a link to nowhere; the indent after it goes', () => {
    const { markdown } = convert('<p><a name="_GoBack"></a>　　县法院审结此案。</p><h2><a name="_Toc1"></a><a name="_Toc123">一、基本案情</a></h2><p>被告<a id="x">李某</a>未还款。</p>');
    expect(blocks(markdown)).toEqual([
      { type: 'paragraph', text: '县法院审结此案。' },
      { type: 'heading', text: '一、基本案情' },
      { type: 'paragraph', text: '被告李某未还款。' },
    ]);
    expect(markdown).not.toMatch(/\]\(|\[\]/);
  });

  test('a link within the old page (Word’s footnotes, #_ftn1) is its words, its target’s name not coming over; 返回顶部 to # or #top goes with the controls', () => {
    const { markdown } = convert(
      '<p>县法院公布明细<a href="#_ftn1" name="_ftnref1">[1]</a>。</p><p><a href="#top">返回顶部</a></p><p><a href="#">返回顶部</a> <a href="javascript:window.print()">打印本页</a></p><div><a href="#_ftnref1" name="_ftn1">[1]</a> 据县法院通报。</div>',
    );
    expect(blocks(markdown)).toEqual([
      { type: 'paragraph', text: '县法院公布明细[1]。' },
      { type: 'paragraph', text: '[1] 据县法院通报。' },
    ]);
    expect(markdown).not.toMatch(/\]\(/);
  });

  test('links to vbscript:, data: or a javascript: hidden by a tab or an entity become their words too', () => {
    const { markdown } = convert('<p><a href="vbscript:msgbox(1)">甲</a>、<a href="data:text/html,x">乙</a>、<a href="java&#9;script:alert(1)">丙</a>和<a href="&#106;avascript:alert(1)">丁</a>。</p>');
    expect(blocks(markdown)).toEqual([{ type: 'paragraph', text: '甲、乙、丙和丁。' }]);
    expect(markdown).not.toMatch(/script|data:/);
  });

  test('links and lists are kept', () => {
    const { markdown } = convert('<p>见<a href="https://www.court.gov.cn/">最高人民法院网站</a></p><ul><li>一</li><li>二</li></ul>');
    expect(markdown).toContain('[最高人民法院网站](https://www.court.gov.cn/)');
    expect(blocks(markdown).map((block) => block.type)).toEqual(['paragraph', 'list']);
  });

  test.each([
    ['（责任编辑：乔海印）', '乔海印'],
    ['责任编辑:乔海印', '乔海印'],
    ['【责任编辑：乔海印 张文玉】', '乔海印 张文玉'],
    ['(责任编辑：乔海印、张文玉)', '乔海印、张文玉'],
    ['责任编辑：乔海印 审核：李四', '乔海印'],
  ])('a closing line %s is taken out as the editor', (line, editor) => {
    const result = convert(`<p>正文。</p><p>${line}</p><p>&nbsp;</p>`);
    expect(result.editor).toEqual(editor);
    expect(blocks(result.markdown)).toEqual([{ type: 'paragraph', text: '正文。' }]);
  });

  test('责任编辑 in the middle of the body is the body’s', () => {
    const result = convert('<p>责任编辑：乔海印</p><p>正文。</p>');
    expect(result.editor).toBeUndefined();
    expect(blocks(result.markdown)).toHaveLength(2);
  });

  test('each picture is named by what `image` returns, in order', () => {
    const seen: string[] = [];
    const { markdown } = htmlToMarkdown('<p><img src="/uploads/a.jpg" alt="现场"></p><p>文字</p><p><img src="/uploads/b.png"></p>', (src) => {
      seen.push(src);
      return `./x-${seen.length}.jpg`;
    });
    expect(seen).toEqual(['/uploads/a.jpg', '/uploads/b.png']);
    expect(markdown).toContain('![现场](./x-1.jpg)');
    expect(markdown).toContain('![](./x-2.jpg)');
  });

  test('the caption line under a picture, in its box or the next, becomes its caption, as the site shows it', async () => {
    const { markdown } = convert(
      '<p style="text-align:center"><img src="/uploads/a.jpg"><br>图为培育中心一角（马远征 摄）</p>' +
        '<p>正文第一段。</p>' +
        '<p align="center"><img src="/uploads/b.jpg"></p><p align="center">调解现场（何巧云 摄）</p>' +
        '<p><img src="/uploads/c.jpg"></p><p>记者了解到，该案已于近日审结。</p>',
    );
    const html = (await markdownToHtml(articleSource(markdown), articlePlugins(site.url))).html;
    expect(html.match(/<figcaption>.*?<\/figcaption>/g)).toEqual([
      '<figcaption>图为培育中心一角<span class="credit">（马远征 摄）</span></figcaption>',
      '<figcaption>调解现场<span class="credit">（何巧云 摄）</span></figcaption>',
    ]);
    // The story's next paragraph under a picture stays a paragraph; nothing is said twice.
    expect(html).toContain('<p>记者了解到，该案已于近日审结。</p>');
    expect(html.match(/马远征/g)).toHaveLength(1);
    expect(html.match(/<p[ >]/g)).toHaveLength(5);
  });

  test('a caption line whose credit is written after it, outside brackets, is a caption too; a line ending in 拍摄 is the story', async () => {
    const { markdown } = convert(
      '<p align="center"><img src="/uploads/a.jpg"></p><p align="center">调解现场。何巧云 摄</p>' +
        '<p><img src="/uploads/b.jpg"></p><p>居民们纷纷用手机拍摄</p>',
    );
    const html = (await markdownToHtml(articleSource(markdown), articlePlugins(site.url))).html;
    expect(html.match(/<figcaption>.*?<\/figcaption>/g)).toEqual(['<figcaption>调解现场<span class="credit">（何巧云 摄）</span></figcaption>']);
    // (The first paragraph of story text, past the pictures: the dateline's.)
    expect(html).toContain('<p class="opening">居民们纷纷用手机拍摄</p>');
  });

  test('a centred line under a picture, as UEditor writes a caption without 图为 or a credit, becomes its caption; a centred bold line is a heading', async () => {
    const { markdown } = convert(
      '<p style="text-align: center;"><img src="/uploads/a.jpg" title="点击查看原图"></p>\n<p style="text-align: center;"><span style="font-size:12px">城关社区调解室一角</span></p>' +
        '<p>正文第一段。</p>' +
        '<center><img src="/uploads/b.jpg"><br>3月5日，宣讲活动现场</center>' +
        '<p align="center"><img src="/uploads/c.jpg"></p><p align="center"><strong>二、主要做法</strong></p>' +
        '<p><img src="/uploads/d.jpg"></p><p>记者了解到，该案已于近日审结。</p>',
    );
    const html = (await markdownToHtml(articleSource(markdown), articlePlugins(site.url))).html;
    expect(html.match(/<figcaption>.*?<\/figcaption>/g)).toEqual(['<figcaption>城关社区调解室一角</figcaption>', '<figcaption>3月5日，宣讲活动现场</figcaption>']);
    expect(blocks(markdown).filter(({ type }) => type === 'paragraph').map(({ text }) => text)).toEqual(['', '正文第一段。', '', '', '', '记者了解到，该案已于近日审结。']);
    // A line of its own, centred as it was (keepAligned).
    expect(markdown).toContain('\n<p align="center"><strong>二、主要做法</strong></p>\n');
    expect(html.match(/调解室一角|宣讲活动现场/g), 'nothing said twice').toHaveLength(2);
  });

  test('a line of words centred or at the right (a judgment’s title, its 落款 and date) is kept as HTML, which the site aligns; one with a link, and the 责任编辑 line, are not', async () => {
    const { markdown, editor } = convert(
      '<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:16pt">民事判决书</span></b><o:p></o:p></p>' +
        '<p>　　被告李某向其借款，到期未还。</p>' +
        '<p align="right">审判长　李某<br>审判员&nbsp;王某</p><p style="text-align: right;">青川县\n人民法院&nbsp;&nbsp;</p>' +
        '<div align="center"><p>二〇一九年三月五日</p></div><h1 style="text-align:center">附：相关法律条文</h1>' +
        '<p align="center"><a href="/files/x.pdf">判决书全文</a></p><p align="right">（责任编辑：乔海印）</p>',
    );
    expect(markdown.split('\n\n')).toEqual([
      '<p align="center"><strong>民事判决书</strong></p>',
      '被告李某向其借款，到期未还。',
      '<p align="right">审判长　李某<br>审判员&nbsp;王某</p>',
      '<p align="right">青川县\n人民法院</p>',
      '<p align="center">二〇一九年三月五日</p>',
      '<h2 align="center">附：相关法律条文</h2>',
      '[判决书全文](/files/x.pdf)\n',
    ]);
    expect(editor).toBe('乔海印');
    // As readers get it: aligned, not indented, the line break among Chinese closed up.
    const html = (await markdownToHtml(articleSource(markdown), articlePlugins(site.url))).html;
    expect(html).toContain('<p class="align-center"><strong>民事判决书</strong></p>');
    expect(html).toMatch(/<p class="align-right">青川县人民法院<\/p>/);
    expect(html).toContain('<h2 class="align-center">附：相关法律条文</h2>');
  });

  test.each([
    ['UEditor’s saved and uploaded file names', '<img src="/ueditor/php/upload/image/20190305/1551748800123.jpg" title="1551748800123.jpg" alt="IMG_20190305_093012.JPG">'],
    ['the old page’s tooltips', '<img src="/uploads/a.jpg" title="点击查看大图" alt="点击图片进入下一页">'],
  ])('a picture’s title and alt that are %s say nothing of it: no caption, no alt, and the caption line under it is its caption', async (_, img) => {
    const { markdown } = convert(`<p>${img}</p><p>正文第一段。</p><p>${img}</p><p>图为调解现场（张文玉 摄）</p>`);
    const html = (await markdownToHtml(articleSource(markdown), articlePlugins(site.url))).html;
    expect(html.match(/<figcaption>.*?<\/figcaption>/g)).toEqual(['<figcaption>图为调解现场<span class="credit">（张文玉 摄）</span></figcaption>']);
    expect(html).not.toMatch(/(alt|title)="[^"]*(\.jpg|点击)/i);
    expect(html.match(/<img /g)).toHaveLength(2);
    expect(convert('<p><img src="/uploads/a.jpg" alt="调解现场" title="图为调解现场"></p>').markdown, 'words that describe it stay').toBe('![调解现场](/uploads/a.jpg "图为调解现场")\n');
  });

  test('Word’s <![if !supportLists]> around the number it typed before a list item goes, the number stays, in the text', () => {
    const { markdown } = convert(
      '<p class="MsoListParagraph" style="margin-left:18pt;text-indent:-18pt"><![if !supportLists]><span lang="EN-US">1.<span style="font:7.0pt">&nbsp;&nbsp;&nbsp; </span></span><![endif]>第一项</p>' +
        '<p class="MsoListParagraph"><![if !supportLists]><span>（二）</span><![endif]>第二项</p>',
    );
    expect(markdown).not.toMatch(/<!|\[if|endif/);
    expect(blocks(markdown).map(({ type, text }) => [type, text.replace(/[\s\u00a0]+/g, ' ')])).toEqual([
      ['paragraph', '1. 第一项'],
      ['paragraph', '（二）第二项'],
    ]);
  });

  test('comments go, Word’s conditional blocks among them', () => {
    const { markdown } = convert('<p>正<!-- 注释 -->文</p><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->');
    expect(markdown).toBe('正文\n');
  });

  test('Word’s <?xml:namespace … /> goes, not kept as a comment at the top of the body', () => {
    const { markdown } = convert('<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /><p class="MsoNormal">正文。<o:p></o:p></p>');
    expect(markdown).toBe('正文。\n');
  });

  test('a picture linked to its own larger file is the picture; a picture linked to a page keeps its link', () => {
    const enlarged = convert('<p><a href="/uploads/big.JPG" target="_blank"><img src="/uploads/small.jpg"></a></p>');
    expect(enlarged.markdown).toBe('![](/uploads/small.jpg)\n');
    const linked = convert('<p><a href="/a/fazhi/1.html"><img src="/uploads/small.jpg"></a></p>');
    expect(linked.markdown).toBe('[![](/uploads/small.jpg)](/a/fazhi/1.html)\n');
  });

  test('embedded players are named as left behind, not half carried over', () => {
    const result = convert(
      '<p>视频：</p><iframe src="https://v.qq.com/x.html?vid=abc"></iframe><embed src="http://player.youku.com/x.swf"><video poster="/p.jpg"><source src="/media/a.mp4"></video><object></object>',
    );
    expect(result.notices).toEqual([
      '<iframe src="https://v.qq.com/x.html?vid=abc">不是腾讯视频、哔哩哔哩、优酷、爱奇艺的播放器，已删除',
      '<embed src="http://player.youku.com/x.swf">（Flash 等插件，浏览器不再播放）已删除',
      '<video src="/media/a.mp4">',
      '<object>',
    ]);
    expect(result.markdown).toBe('视频：\n');
    expect(convert('<p>正文</p>').notices).toEqual([]);
  });

  /** The one iframe of a body's HTML, as the page has it: its attributes, by name. */
  const iframeOf = (markdown: string): Record<string, string> => {
    const html = markdownToHtml(markdown).html;
    const tags = [...html.matchAll(/<iframe\b([^>]*)>/g)];
    expect(tags).toHaveLength(1);
    return Object.fromEntries([...tags[0]![1]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name!, value ?? '']));
  };

  test.each([
    ['腾讯视频, at http://', '<p><iframe src="http://v.qq.com/iframe/player.html?vid=w0033abcd12&amp;tiny=0" width="640" height="360" frameborder="0" allowfullscreen="true"></iframe></p>', 'https://v.qq.com/iframe/player.html?vid=w0033abcd12&amp;tiny=0'],
    ['哔哩哔哩, at //', '<iframe src="//player.bilibili.com/player.html?aid=2&bvid=BV1GJ411x7h7&page=1" scrolling="no" border="0" frameborder="no" framespacing="0" allowfullscreen="true" width="100%" height="400"></iframe>', 'https://player.bilibili.com/player.html?aid=2&amp;bvid=BV1GJ411x7h7&amp;page=1'],
    ['优酷', '<div align="center"><iframe height=498 width=510 src="https://player.youku.com/embed/XNDk2MzQ5NjEyOA==" frameborder=0></iframe></div>', 'https://player.youku.com/embed/XNDk2MzQ5NjEyOA=='],
  ])('a video site’s player (%s) is kept at https://, its size kept, named by the article for screen readers', (_, html, src) => {
    const result = htmlToMarkdown(`<p>　　庭审现场视频如下：</p>${html}<p>　　（完）</p>`, (picture) => picture, undefined, { title: '青川法院公开审理一起&ldquo;套路贷&rdquo;案' });
    expect(result.notices).toEqual([]);
    const written = /width="([^"]*)"/.exec(html)?.[1] ?? /width=(\d+)/.exec(html)![1];
    const height = /height="([^"]*)"/.exec(html)?.[1] ?? /height=(\d+)/.exec(html)![1];
    expect(iframeOf(result.markdown)).toEqual({ src, width: written, height, title: '青川法院公开审理一起“套路贷”案', allowfullscreen: '' });
    // The words around it stay paragraphs of their own.
    expect(result.markdown).toMatch(/^庭审现场视频如下：\n\n.*\n\n（完）\n$/);
    // And the content check takes the article as it is written.
    expect(readBody(result.markdown, { mdx: false, lineOffset: 0, folder: '2024/01' }).problems).toEqual([]);
  });

  test('a player keeps a title of its own, and one without a title or an article’s is 视频', () => {
    const own = convert('<iframe src="https://player.bilibili.com/player.html?bvid=BV1" title="庭审直播回放" width="640" height="360"></iframe>');
    expect(iframeOf(own.markdown)['title']).toBe('庭审直播回放');
    const none = convert('<iframe src="https://player.bilibili.com/player.html?bvid=BV1" width="640" height="360"></iframe>');
    expect(iframeOf(none.markdown)).toEqual({ src: 'https://player.bilibili.com/player.html?bvid=BV1', width: '640', height: '360', title: '视频', allowfullscreen: '' });
  });

  test('a player written without a size (哔哩哔哩’s 嵌入代码) is given the video sites’ 16:9, not a browser’s 300 by 150 pixels', async () => {
    const bilibili = convert('<iframe src="//player.bilibili.com/player.html?aid=2&bvid=BV1GJ411x7h7&cid=3&page=1" scrolling="no" border="0" frameborder="no" framespacing="0" allowfullscreen="true"> </iframe>');
    const { width, height } = iframeOf(bilibili.markdown);
    expect(Number(width) / Number(height)).toBe(16 / 9);
    // Its width in pixels: the site narrows it to the column in that shape (sizedEmbeds).
    expect((await markdownToHtml(articleSource(bilibili.markdown), articlePlugins(site.url))).html).toMatch(/<iframe[^>]*class="embed-sized"/);
  });

  test.each([
    ['another site', '<iframe src="https://www.example.com/live.html" width="640" height="360"></iframe>', '<iframe src="https://www.example.com/live.html">不是腾讯视频、哔哩哔哩、优酷、爱奇艺的播放器，已删除'],
    ['code', '<iframe src="javascript:alert(1)"></iframe>', '<iframe src="javascript:alert(1)">已删除'],
    ['Flash from a video site', '<object data="http://player.youku.com/player.php/sid/XNDk2/v.swf"><embed src="http://player.youku.com/player.php/sid/XNDk2/v.swf"></object>', '<object src="http://player.youku.com/player.php/sid/XNDk2/v.swf">（Flash 等插件，浏览器不再播放）已删除'],
    // The video sites' old HTML代码: an <object> without data, its address in <param name="movie"> and in the <embed> for other browsers.
    [
      'Flash named by its movie',
      '<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="480" height="400"><param name="allowFullScreen" value="true"><param name="movie" value="http://player.youku.com/player.php/sid/XMzk2/v.swf"><embed src="http://player.youku.com/player.php/sid/XMzk2/v.swf" type="application/x-shockwave-flash"></object>',
      '<object src="http://player.youku.com/player.php/sid/XMzk2/v.swf">（Flash 等插件，浏览器不再播放）已删除',
    ],
    ['Flash named by the <embed> inside', '<object width="480" height="400"><embed src="http://static.video.qq.com/TPout.swf?vid=w0033abcd12&amp;auto=0"></object>', '<object src="http://static.video.qq.com/TPout.swf?vid=w0033abcd12&auto=0">（Flash 等插件，浏览器不再播放）已删除'],
  ])('an embed from %s is dropped and named with its address', (_, html, notice) => {
    const result = htmlToMarkdown(`<p>正文。</p>${html}`, (picture) => picture, undefined, { title: '标题' });
    expect(result.notices).toEqual([notice]);
    expect(result.markdown).toBe('正文。\n');
  });

  test('<sup> and <sub> are kept, so 平方米 stays m²', () => {
    const { markdown } = convert('<p>面积120m<sup>2</sup>，H<sub>2</sub>O</p>');
    expect(markdown).toBe('面积120m<sup>2</sup>，H<sub>2</sub>O\n');
  });

  test('an address written out in Chinese text links only the address', () => {
    const { markdown } = convert('<p>网址：http://www.fzbd.cn/a/1.html，欢迎访问www.court.gov.cn。</p>');
    const links: string[] = [];
    const visit = (node: Node & { url?: string }) => {
      if (node.type === 'link') links.push(node.url!);
      node.children?.forEach(visit);
    };
    visit(markdownToMdast(markdown) as Node);
    expect(links).toEqual(['http://www.fzbd.cn/a/1.html', 'http://www.court.gov.cn']);
    expect(blocks(markdown)[0]!.text, 'the words as written').toBe('网址：http://www.fzbd.cn/a/1.html，欢迎访问www.court.gov.cn。');
  });

  test('an address inside a link, bold or not, is not linked again (no link in a link)', () => {
    const { markdown } = convert('<p><a href="http://www.court.gov.cn"><b>中国法院网 www.court.gov.cn</b></a></p>');
    let links = 0;
    const visit = (node: Node) => {
      if (node.type === 'link') links++;
      node.children?.forEach(visit);
    };
    visit(markdownToMdast(markdown) as Node);
    expect(links).toBe(1);
  });

  test('an old body’s <h1> becomes ##, as the content check asks: the article’s title is the page’s one level-1 heading', () => {
    const { markdown } = convert('<h1>大标题</h1><p>正文。</p><h2>小标题</h2>');
    expect(markdownToMdast(markdown).children.map((node) => (node as Node & { depth?: number }).depth)).toEqual([2, undefined, 2]);
    expect(readBody(markdown, { mdx: false, lineOffset: 0, folder: '2024/01' }).problems).toEqual([]);
  });

  test('typed indents go from list items, headings and table cells too', () => {
    const { markdown } = convert('<h3>　　一、总则</h3><ul><li>　　第一条</li></ul><table><tr><th>　　地区</th></tr><tr><td>&nbsp;潍坊</td></tr></table>');
    expect(markdown).not.toMatch(/[\u3000\u00a0]|&nbsp;|&#x/);
    expect(blocks(markdown).map((block) => block.text)).toEqual(['一、总则', '第一条', '地区潍坊']);
  });

  test('a table’s <caption> goes above it; a one-column table with a header is a table, not layout', () => {
    const { markdown } = convert('<table><caption>2024年调解情况</caption><tr><th>地区</th></tr><tr><td>潍坊</td></tr></table>');
    expect(blocks(markdown).map((block) => block.type)).toEqual(['paragraph', 'table']);
    expect(blocks(markdown)[0]!.text).toBe('2024年调解情况');
  });

  test('bold around a whole link goes inside it, so the file has no character references', () => {
    const { markdown } = convert('<p>依据<strong><a href="https://flk.npc.gov.cn/">《民法典》</a></strong>后施行</p>');
    expect(markdown).toBe('依据[《**民法典**》](https://flk.npc.gov.cn/)后施行\n');
  });

  test('a layout table, one cell a row, becomes its contents', () => {
    const { markdown } = convert('<table width="100%"><tr><td><p>第一段。</p><p>第二段。</p></td></tr><tr><td>第三段。</td></tr></table>');
    expect(blocks(markdown)).toEqual([
      { type: 'paragraph', text: '第一段。' },
      { type: 'paragraph', text: '第二段。' },
      { type: 'paragraph', text: '第三段。' },
    ]);
  });

  test('a layout table in a centred block is its story, not centred lines: old pages did not pass the alignment into a table', () => {
    const { markdown } = convert(
      '<div align="center"><p>民事判决书</p><table width="600"><tr><td><p>　　本报讯 原告王某。</p><p>　　被告李某。</p></td></tr><tr><td>第三段。</td></tr></table></div>',
    );
    expect(blocks(markdown)).toEqual([
      { type: 'html', text: '<p align="center">民事判决书</p>' },
      { type: 'paragraph', text: '本报讯 原告王某。' },
      { type: 'paragraph', text: '被告李某。' },
      { type: 'paragraph', text: '第三段。' },
    ]);
  });

  test('a table with merged cells is kept as HTML, which the site reads as a Markdown table: its caption, spans, bold, lines and alignment stay, its widths and fonts go', async () => {
    const result = convert(
      '<table width="600" border="1" cellspacing="0" style="width:414.8pt"><caption>赔偿明细</caption><tbody>' +
        '<tr><th colspan="2" style="text-align:center">赔偿项目</th><th rowspan="2">备注</th></tr>' +
        '<tr><td width="300"><p class="MsoNormal"><span style="font-family:宋体">医疗费</span></p></td><td align="right"><b>12,000</b>元<br>（已付）</td></tr>' +
        '</tbody></table><table><tr><td>甲</td><td>乙</td></tr></table>',
    );
    expect(result.notices).toEqual([]);
    expect(result.markdown).not.toMatch(/width|宋体|border|MsoNormal/);
    // As readers get it: one table, merged as on the old page, in the site's scrolling box.
    const html = (await markdownToHtml(articleSource(result.markdown), articlePlugins(site.url))).html;
    expect(html).toContain('<caption>赔偿明细</caption>');
    expect(html).toMatch(/<th colspan="2" scope="col" class="align-center[^"]*">赔偿项目<\/th><th rowspan="2" scope="col"[^>]*>备注<\/th>/);
    expect(html).toMatch(/<td[^>]*>医疗费<\/td><td class="align-right[^"]*"><strong>12,000<\/strong>元<br>（已付）<\/td>/);
    expect(html.match(/class="table-scroll"/g)).toHaveLength(2);
  });

  test('a table with merged cells keeps its header rows as its <thead>, printed again over the rows on the next sheet; a header cell spanning into the rows stays out of it', async () => {
    const { markdown } = convert(
      '<table border="1"><caption>赔偿明细</caption><tr><th rowspan="2">序号</th><th colspan="2">赔偿项目</th></tr><tr><th>项目</th><th>金额</th></tr>' +
        '<tr><td>1</td><td>医疗费</td><td>12,000元</td></tr><tr><td>2</td><td>误工费</td><td>3,000元</td></tr></table>',
    );
    expect(readBody(markdown, { mdx: false, lineOffset: 0, folder: '2024/01' }).problems).toEqual([]);
    const html = (await markdownToHtml(articleSource(markdown), articlePlugins(site.url))).html;
    const head = /<thead>([\s\S]*)<\/thead>\s*<tbody>([\s\S]*)<\/tbody>/.exec(html);
    expect(head?.[1]?.match(/<tr>/g)).toHaveLength(2);
    expect(head?.[1]).not.toContain('<td');
    expect(head?.[1]?.match(/<th [^>]*scope="col"/g)).toHaveLength(4);
    expect(head?.[2]).toContain('医疗费');
    expect(head?.[2]?.match(/<tr>/g)).toHaveLength(2);
    // 备注 spans the first row of figures: in a <thead> it would be cut off above them.
    const spanning = convert('<table><tr><th colspan="2">赔偿项目</th><th rowspan="2">备注</th></tr><tr><td>医疗费</td><td>12,000</td></tr></table>').markdown;
    expect(spanning).not.toContain('<thead>');
    expect(spanning).toContain('<th rowspan="2">备注</th>');
  });

  test('a table with merged cells whose cells hold more than words (a link) is Markdown, named for the editor, its caption above it', () => {
    const result = convert('<table><caption>赔偿明细</caption><tr><th colspan="2">赔偿项目</th></tr><tr><td><a href="/x.html">医疗费</a></td><td>12,000</td></tr></table>');
    expect(result.notices).toEqual([expect.stringMatching(/^表格“赔偿明细赔偿项目医疗费1…”有合并的单元格/)]);
    expect(blocks(result.markdown)[0]).toEqual({ type: 'paragraph', text: '赔偿明细' });
  });

  test('a picture `image` says to leave out is left out', () => {
    expect(htmlToMarkdown('<p><img src="file:///C:/a.jpg">正文</p>', () => undefined).markdown).toBe('正文\n');
  });

  test('an empty body gives no Markdown', () => {
    expect(convert('<p>&nbsp;</p><br>').markdown).toBe('');
  });
});
