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
    ['empty body', '', ''],
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
    expect(withSummary({ title: 't' }, '正文。\n\n第二段。')).toEqual({ title: 't', summary: '正文。' });
  });
  test('adds nothing when the body has no paragraph', () => {
    expect(withSummary({ title: 't' }, '## 只有标题')).toEqual({ title: 't' });
  });
});
