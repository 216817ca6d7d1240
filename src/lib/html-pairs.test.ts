import { markdownToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { unpairedHtml } from './html-pairs.ts';

const problems = (body: string) => unpairedHtml(markdownToMdast(body)).map(({ line, message }) => `${line}: ${message}`);

describe('HTML whose tags pair up, as HTML allows', () => {
  test.each([
    ['a <div> around Markdown paragraphs', '<div class="note">\n\n第一段。\n\n第二段。\n\n</div>\n'],
    ['tags closed in their paragraph', '第一段，<span style="color: red">红字</span>和<font color="red">旧式红字</font>。\n'],
    ['elements with no end tag, as HTML and as XHTML writes them', '一行<br>二行<br/>三行<br />\n\n<img src="/media/a.jpg" alt="现场">\n\n<img src="/media/b.jpg" alt="现场" />\n\n<hr>\n'],
    ['end tags HTML lets out (<p>, <li>, <td>)', '<table><tr><td>甲<td>乙<tr><td>丙<td>丁</table>\n\n<ul><li>一<li>二</ul>\n\n<p>一段\n'],
    ['an SVG’s shapes closed as XML closes them', '<svg viewBox="0 0 10 10"><path d="M0 0L10 10"/><circle cx="5" cy="5" r="2" /></svg>\n'],
    ['bold around several paragraphs, closed in the last (the browser carries it over)', '<b>第一段。\n\n第二段。\n\n第三段。</b>\n'],
    ['tags in a code block and in inline code, which are text', '```html\n<div class="x">\n</table>\n```\n\n用 `<div>` 和 `</span>` 写。\n'],
    ['tags inside a comment', '<!-- 旧稿：<div class="old"> </table> -->\n\n正文。\n'],
    ['an <iframe> and a <video> with their end tags', '<iframe src="https://v.qq.com/x/1" allowfullscreen></iframe>\n\n<video controls><source src="/media/a.mp4"></video>\n'],
    ['tags in capitals', '<DIV>\n\n正文。\n\n</div>\n'],
    ['a stray </p> or </br>, which HTML makes an element of', '正文。</br>\n\n</p>\n'],
    ['tags crossed in a paragraph, which the browser mends there', '<b><i>粗斜体</b></i>，正文。\n'],
  ])('%s: nothing to say', (_, body) => {
    expect(problems(body)).toEqual([]);
  });
});

describe('HTML whose tags do not pair up', () => {
  test.each([
    ['a <div> never closed', '第一段。\n\n<div class="old-cms">\n旧系统的内容\n\n最后一段。\n', ['3: <div class="old-cms"> 没有对应的 </div>']],
    ['a <table> never closed', '第一段。\n\n<table><tr><td>甲</td><td>乙\n\n第二段。\n', ['3: <table> 没有对应的 </table>']],
    ['a <blockquote> never closed, on the line it starts', '第一段。\n\n<blockquote>\n<p>引文</p>\n\n第二段。\n', ['3: <blockquote> 没有对应的 </blockquote>']],
    ['a <span> never closed in its paragraph', '第一段，<span style="color:red">红字。\n', ['1: <span style="color:red"> 没有对应的 </span>']],
    ['an <a> never closed, which the browser reopens in each paragraph after it', '第一段<a href="https://example.com">链接。\n\n第二段。\n', ['1: <a href="https://example.com"> 没有对应的 </a>']],
    ['a <font> and a <b> never closed', '<font color="red">红字\n\n第二段<b>加粗。\n', ['1: <font color="red"> 没有对应的 </font>', '3: <b> 没有对应的 </b>']],
    ['an <iframe> never closed, whose text would be the rest of the page', '<iframe src="https://v.qq.com/x/1">\n\n正文。\n', ['1: <iframe src="https://v.qq.com/x/1"> 没有对应的 </iframe>']],
    ['a tag in capitals, named as written', '<FONT COLOR="red">红字\n\n第二段。\n', ['1: <FONT COLOR="red"> 没有对应的 </FONT>']],
    ['a long start tag, named by its tag', '<div class="TRS_Editor" style="margin: 0 auto; text-align: left">\n\n正文。\n', ['1: <div …> 没有对应的 </div>']],
  ])('%s: named on its line', (_, body, expected) => {
    const found = problems(body);
    expect(found).toHaveLength(expected.length);
    expected.forEach((start, index) => expect(found[index]).toContain(start));
  });

  test('an unclosed tag is told what to add and why', () => {
    expect(problems('<div>\n\n正文。\n')).toEqual([
      '1: <div> 没有对应的 </div>：浏览器会自己决定它在哪里结束，后面的内容可能都被套进去（一直到责任编辑、分享和页脚）；请在它该结束的地方加上 </div>',
    ]);
  });

  test('a stray </div> closes the page’s own element: named once on its line, however many there are', () => {
    expect(problems('第一段。\n\n</div></div>\n\n第二段。\n\n</span>\n')).toEqual([
      '3: </div> 前面没有对应的 <div>：它会提前结束页面自己的 <div>，后面的正文就不在正文的版式里了；请删去它，或在前面补上 <div>',
      '7: </span> 前面没有对应的 <span>：请删去它，或在前面补上 <span>',
    ]);
  });

  test('a non-void tag closed with />, which HTML does not close: the text after a <video /> would be hidden', () => {
    expect(problems('第一段。\n\n<video src="/media/a.mp4" controls />\n\n第二段。\n')).toEqual([
      '3: <video src="/media/a.mp4" controls /> 不会自己结束：HTML 里只有 <br />、<img /> 这类标签能用 /> 写完，<video> 要写成 <video …></video>，否则后面的内容都会被套进去',
    ]);
  });

  test('a tag closed in another paragraph, where the browser has closed it with its own: named with the line of the end tag', () => {
    expect(problems('正文。\n\n第一段<span style="color:red">红字\n\n第二段</span>。\n')).toEqual([
      '3: <span style="color:red"> 和第 5 行的 </span> 没有配上对：它在所在的段落或外层的标签结束时就结束了，标签不能跨过它们；请在同一段、同一层里开始和结束（跨几段的，每段各写一对）',
    ]);
  });

  test('a comment never closed, which hides the rest of the page', () => {
    expect(problems('第一段。\n\n<!-- 旧稿备注\n\n第二段。\n')).toEqual([
      '3: <!-- 没有对应的 -->：后面的正文和页面的其余部分（责任编辑、分享、页脚）都会成为注释，读者看不到；请在注释结束的地方加上 -->',
    ]);
  });
});
