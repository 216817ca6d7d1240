import { describe, expect, test } from 'vitest';
import { paragraphsOf } from './paragraphs.ts';

const text = (value: string) => ({ type: 'text', value });
const strong = { type: 'strong', children: [text('加粗')] };
/** The paragraphs as their texts, a non-text node shown as [type]. */
const shown = (paragraphs: { type: string; value?: string }[][] | undefined) =>
  paragraphs?.map((nodes) => nodes.map((node) => node.value ?? `[${node.type}]`).join(''));

describe('paragraphsOf', () => {
  test('a line indented with full-width spaces starts a paragraph, and the indent goes', () => {
    expect(shown(paragraphsOf([text('　　第一段。\n　　第二段，'), strong, text('。\n  　第三段。')]))).toEqual([
      '第一段。',
      '第二段，[strong]。',
      '第三段。',
    ]);
  });

  test('a line break among Chinese characters and marks, or between one and a digit, is no space; among Latin words it stays', () => {
    expect(shown(paragraphsOf([text('行内\n换行，“引号”\n（括号）\n2024年\n3月\nWord 文档\nand more\n使用\nApp')]))).toEqual([
      '行内换行，“引号”（括号）2024年3月\nWord 文档\nand more\n使用\nApp',
    ]);
  });

  test('a line break next to bold, a link or code, or inside them, is joined by the characters around it', () => {
    const bold = { type: 'strong', children: [text('新华社')] };
    const link = { type: 'link', children: [text('这里\n链接')] };
    const code = { type: 'inlineCode', value: 'x' };
    const [paragraph] = paragraphsOf([text('据'), bold, text('\n报道，详见\n'), link, text('\n以及'), code, text('\n中文')])!;
    expect(paragraph?.map((node) => ('value' in node ? node.value : node.type))).toEqual(['据', 'strong', '报道，详见', 'link', '以及', 'x', '\n中文']);
    expect((paragraph?.[3] as typeof link).children).toEqual([text('这里链接')]);
  });

  test('an indented line after a hard line break starts a paragraph, without the break', () => {
    expect(shown(paragraphsOf([text('第一段。'), { type: 'break' }, text('　　第二段。')]))).toEqual(['第一段。', '第二段。']);
    expect(shown(paragraphsOf([text('一行'), { type: 'break' }, text('另一行')]))).toBeUndefined();
  });

  test('Windows line endings are line breaks too', () => {
    expect(shown(paragraphsOf([text('中文\r\n内容\r\n　　第二段')]))).toEqual(['中文内容', '第二段']);
  });

  test('other nodes are kept as they are, in order', () => {
    const link = { type: 'link', children: [text('链接')] };
    const paragraphs = paragraphsOf([text('　　见'), link, text('。\n　　另见'), strong]);
    expect(paragraphs?.[0]?.[1]).toBe(link);
    expect(paragraphs?.[1]?.[1]).toBe(strong);
  });

  test('nothing to change is said as such', () => {
    expect(paragraphsOf([text('一段，'), strong, text('没有换行。')])).toBeUndefined();
    expect(paragraphsOf([text('two\nlines')])).toBeUndefined();
    // A full-width space inside a line is the editor's: 姓名　张三.
    expect(paragraphsOf([text('姓名　张三')])).toBeUndefined();
  });
});
