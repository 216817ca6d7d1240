import { describe, expect, test } from 'vitest';
import { firstParagraph, withSummary } from './summary.ts';

describe('firstParagraph', () => {
  test.each([
    ['plain text', '第一段。\n\n第二段。', '第一段。'],
    ['markup removed', '**加粗**和[链接](/a/)以及`代码`。\n\n第二段。', '加粗和链接以及代码。'],
    ['headings and images skipped', '## 小标题\n\n![图](./a.jpg)\n\n正文第一段。', '正文第一段。'],
    ['lines of one paragraph joined, with no space among Chinese', '第一行\n第二行\n\n下一段', '第一行第二行'],
    ['a space between Latin words', 'the first\nline\n\n下一段', 'the first line'],
    ['pasted paragraphs indented with full-width spaces', '　　第一段，\n接着写。\n　　第二段。', '第一段，接着写。'],
    ['MDX imports skipped', "import X from './x';\n\n正文。", '正文。'],
    ['raw HTML left out', '<div class="x"></div>\n\n正文。', '正文。'],
    [
      'a paragraph of the body’s HTML, as pasted from an old CMS: its label skipped, its indent and markup gone',
      '<p align="center"><strong>法官说法</strong></p>\n<p>　　本报讯&nbsp;近日，<font color="red">东岭区</font>法院<br>审结一案。</p>\n<p>　　第二段。</p>',
      '本报讯 近日，东岭区法院审结一案。',
    ],
    ['a paragraph of the body’s HTML closed up as the page shows it: a line Word wrapped, a space after 。', '<p>被告李某\n向其借款。 《合同》约定 the terms\nof it。</p>', '被告李某向其借款。《合同》约定 the terms of it。'],
    [
      'a paragraph of the body’s HTML closed up across its elements as the page shows it: Word’s line break between two spans; Latin words keep theirs',
      '<p><span>被告李某</span>\n<span>向其借款，</span><b>共计\n</b><span>十万元</span>\n<span>Word</span>\n<span>HTML</span></p>',
      '被告李某向其借款，共计十万元 Word HTML',
    ],
    ['an unclosed <p> in a <div>, as Word writes it', '<div class="WordSection1">\n<p class="MsoNormal">　　第一段<o:p></o:p>\n<p>第二段\n</div>', '第一段'],
    [
      'a pasted judgment: its court and title, centred, and its case number, at the right, are no paragraph of its text',
      '<p align="center">青川市中级人民法院</p>\n<P STYLE="TEXT-ALIGN: CENTER; font-size: 16px">民事判决书</P>\n<p style="text-align:right">（2023）川08民终123号</p>\n<p>　　上诉人（原审被告）：王某。</p>',
      '上诉人（原审被告）：王某。',
    ],
    ['nor is one in <center> or in a block centred, but one justified or aligned left is', '<center><p>公告</p></center>\n<div align="center"><p>青川市人民法院</p></div>\n<p align="justify">　　本院受理原告李某诉被告王某一案。</p>', '本院受理原告李某诉被告王某一案。'],
    ['a line aligned left is text', '<p style="text-align: left">　　经审理查明，王某借款。</p>', '经审理查明，王某借款。'],
    ['no paragraph in a table, a list or a quotation', '<table><tr><td><p>王某</p></td></tr></table>\n<blockquote><p>引文。</p></blockquote>\n\n正文。', '正文。'],
    ['empty body', '', ''],
    ['masked names and numbers kept as written', '犯罪嫌疑人钱*明与李*华，手机138****1234，判处1~3年。', '犯罪嫌疑人钱*明与李*华，手机138****1234，判处1~3年。'],
    ['a label in bold skipped, Chinese bold read as bold', '**【案情回顾】**\n\n**问：**近年来，案件**增多**。', '问：近年来，案件增多。'],
    ['a bracketed heading skipped', '【案情回顾】\n\n正文。', '正文。'],
    ['a table is no paragraph', '| 项目 | 金额 |\n| --- | ---: |\n| 罚金 | 5000元 |\n\n正文。', '正文。'],
    ['pasted paragraphs indented with four spaces or a tab (no code)', '    本院认为，被告\n    王某应当赔偿，手机138****1234。\n    判决如下：\n\n\t一、赔偿。', '本院认为，被告王某应当赔偿，手机138****1234。'],
    ['code between ``` lines is no paragraph', '```\n代码\n```\n\n正文。', '正文。'],
  ])('%s', (_, markdown, expected) => {
    expect(firstParagraph(markdown)).toBe(expected);
  });

  test('a long body is parsed only at its head, still whole paragraphs', () => {
    const body = `开头一段。\n\n${'很长的段落。'.repeat(2000)}`;
    expect(firstParagraph(body)).toBe('开头一段。');
  });
});

describe('withSummary', () => {
  test('keeps the summary an editor wrote', () => {
    expect(withSummary({ title: 't', summary: '导读。' }, '正文。')).toEqual({ title: 't', summary: '导读。' });
  });
  test('uses the first paragraph when there is none', () => {
    expect(withSummary({ title: 't' }, '正文。\n\n第二段。')).toEqual({ title: 't', firstParagraph: '正文。' });
  });
  test('adds nothing when the body has no paragraph', () => {
    expect(withSummary({ title: 't' }, '## 只有标题')).toEqual({ title: 't' });
  });
});
