import { describe, expect, test } from 'vitest';
import { closedUpBetween, paragraphsOf, withoutIndent } from './paragraphs.ts';

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

  test('a line indented as a web page’s source indents it (em spaces, &emsp;; two or more no-break spaces, &nbsp;) starts a paragraph, and the indent goes; one no-break space is no indent', () => {
    expect(shown(paragraphsOf([text('\u2003\u2003第一段。\n\u2003\u2003第二段，'), strong, text('。\n\u00a0\u00a0\u00a0\u00a0第三段。\n \u00a0 \u00a0第四段。')]))).toEqual([
      '第一段。',
      '第二段，[strong]。',
      '第三段。',
      '第四段。',
    ]);
    expect(shown(paragraphsOf([text('\u00a0\u00a0\u00a0\u00a0本院认为，')]))).toEqual(['本院认为，']);
    expect(paragraphsOf([text('\u00a0说明')])).toBeUndefined();
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

  test.each([
    ['a space after a full-width mark, before Chinese', ['降低业主大会成立门槛。 《条例》规定'], '降低业主大会成立门槛。《条例》规定'],
    ['spaces and tabs before a mark, and a space from Word (U+00A0)', ['共计100 。\t（一）\u00a0关于'], '共计100。（一）关于'],
    ['a space between two marks, or a mark and a curly quote', ['他说： “可以。” 】'], '他说：“可以。”】'],
    ['a space beside a mark and a line break, the line joined too', ['共有部分， \n 《条例》'], '共有部分，《条例》'],
  ])('%s goes', (_, values, expected) => {
    expect(shown(paragraphsOf(values.map(text)))).toEqual([expected]);
  });

  test('a space beside a mark goes across bold, a link or code, and inside them, never inside code', () => {
    const bold = { type: 'strong', children: [text('降低业主大会成立门槛。')] };
    const link = { type: 'link', children: [text('《条例》 ')] };
    const code = { type: 'inlineCode', value: '。 代码' };
    const [paragraph] = paragraphsOf([bold, text(' '), link, text(' 规定，'), code, text(' 。')])!;
    expect(paragraph?.map((node) => ('value' in node ? node.value : node.type))).toEqual(['strong', 'link', '规定，', '。 代码', '。']);
    expect((paragraph?.[1] as typeof link).children).toEqual([text('《条例》')]);
    expect(shown(paragraphsOf([{ type: 'strong', children: [text('问：')] }, text(' 近年来')]))).toEqual(['[strong]近年来']);
  });

  test('a space between a mark and a Latin word, between words, or a full-width space, stays', () => {
    expect(paragraphsOf([text('使用 App 。 The end，and 5G 基站')])).toBeUndefined();
    expect(paragraphsOf([text('姓名：　张三。　李四')])).toBeUndefined();
    expect(paragraphsOf([text('林晓雨 制图')])).toBeUndefined();
  });

  test('an indented line after a hard line break starts a paragraph, without the break', () => {
    expect(shown(paragraphsOf([text('第一段。'), { type: 'break' }, text('　　第二段。')]))).toEqual(['第一段。', '第二段。']);
    expect(shown(paragraphsOf([text('一行'), { type: 'break' }, text('另一行')]))).toBeUndefined();
  });

  test('a line after the end of a sentence, or starting as an answer, an item, an article of a law or a date alone, starts a paragraph', () => {
    expect(shown(paragraphsOf([text('问：借名买房协议是否有效？\n答：一般情况下有效。\n法院同时认定：\n1.被告人王某某；\n2.被告人张某；\n（1）登记名义人\n（一）关于\n一、基本案情\n①其一\n第二百六十四条　盗窃公私财物的，处三年以下有期徒刑。\n北京市公安局朝阳分局\n2026年11月25日')]))).toEqual([
      '问：借名买房协议是否有效？',
      '答：一般情况下有效。',
      '法院同时认定：',
      '1.被告人王某某；',
      '2.被告人张某；',
      '（1）登记名义人',
      '（一）关于',
      '一、基本案情',
      '①其一',
      '第二百六十四条　盗窃公私财物的，处三年以下有期徒刑。',
      '北京市公安局朝阳分局',
      '2026年11月25日',
    ]);
    // Across bold: the answer's label is bold, the sentence before ends in bold.
    const label = { type: 'strong', children: [text('答：')] };
    const ended = { type: 'strong', children: [text('有效。')] };
    expect(shown(paragraphsOf([text('他说'), ended, text('\n'), label, text('是的。')]))).toEqual(['他说[strong]', '[strong]是的。']);
    // Lines broken inside a sentence are still one paragraph; so are a decimal and a date in a sentence.
    expect(shown(paragraphsOf([text('判处有期徒刑\n3.5年，于\n2026年3月5日执行')]))).toEqual(['判处有期徒刑3.5年，于2026年3月5日执行']);
  });

  test('a label line ends its paragraph; a line broken inside a sentence, a quotation or a citation does not', () => {
    const one = (value: string) => shown(paragraphsOf([text(value)]))?.length ?? 1;
    expect(one('根据《中华人民共和国刑法》\n第二百六十六条之规定，构成诈骗罪。')).toBe(1);
    expect(one('该案经\n一、二审法院审理。')).toBe(1);
    expect(one('截至\n2025年12月31日\n，共受理案件')).toBe(1);
    expect(one('张某说：“我当时很害怕。\n后来我就报警了。”记者了解到此事。')).toBe(1);
    expect(one('1）张某说：“我当时很害怕。\n后来我就报警了。”')).toBe(1);
    expect(shown(paragraphsOf([text('【案情回顾】\n2018年，张某。')]))).toEqual(['【案情回顾】', '2018年，张某。']);
    expect(shown(paragraphsOf([text('一、基本案情\n2018年，张某。')]))).toEqual(['一、基本案情', '2018年，张某。']);
    expect(shown(paragraphsOf([{ type: 'strong', children: [text('基本案情')] }, text('\n2018年，张某。')]))).toEqual(['[strong]', '2018年，张某。']);
    expect(shown(paragraphsOf([text('问：借名买房协议是否有效\n答：有效。')]))).toEqual(['问：借名买房协议是否有效', '答：有效。']);
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

describe('withoutIndent', () => {
  test.each([
    ['　　本报讯', '本报讯'],
    ['\n  　　本报讯', '本报讯'],
    ['\u2003\u2003本报讯', '本报讯'],
    ['\u00a0\u00a0\u00a0\u00a0本报讯', '本报讯'],
    ['\u00a0本报讯', undefined],
    ['本报讯　　近日', undefined],
    ['\n', undefined],
  ])('%j without its typed indent: %j', (value, expected) => {
    expect(withoutIndent(value)).toBe(expected);
  });
});

describe('closedUpBetween', () => {
  test('a line break at a piece’s edge goes when the text beside it is Chinese, and stays beside a Latin word; only the piece is given back', () => {
    expect(closedUpBetween('某', '\n', '向')).toBe('');
    expect(closedUpBetween('', '李某\n', '向')).toBe('李某');
    expect(closedUpBetween('某', '\n向其', '')).toBe('向其');
    expect(closedUpBetween('A', '\n', 'B')).toBe('\n');
    expect(closedUpBetween('', '李某\n', '')).toBe('李某\n');
  });
});
