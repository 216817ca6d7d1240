import { expect, test } from 'vitest';
import { captionParts, isCaptionLine } from './captions.ts';

test.each([
  ['图为培育中心一角（马远征 摄）', '图为培育中心一角', '马远征 摄'],
  ['示意图：拟建的基站(林晓雨 制图)', '示意图：拟建的基站', '林晓雨 制图'],
  ['庭审现场（东岭区法院供图）', '庭审现场', '东岭区法院供图'],
  ['庭审现场（资料图）', '庭审现场', '资料图'],
  ['被告人（左）在庭上', '被告人（左）在庭上', undefined],
  ['被告人在庭上（见左图）', '被告人在庭上（见左图）', undefined],
  ['（马远征 摄）', '（马远征 摄）', undefined],
  // As editors type them: a full stop after the brackets, spaces inside them, the credit led by what it credits.
  ['图为培育中心一角（马远征 摄）。', '图为培育中心一角', '马远征 摄'],
  ['图为培育中心一角（ 记者 马远征 摄 ）', '图为培育中心一角', '记者 马远征 摄'],
  ['图为培育中心一角（摄影：马远征）', '图为培育中心一角', '摄影：马远征'],
  ['庭审现场(图：东岭区法院)', '庭审现场', '图：东岭区法院'],
  ['被告人在庭上（见图：左一）', '被告人在庭上（见图：左一）', undefined],
  ['他说（记者：何时结案）', '他说（记者：何时结案）', undefined],
])('the caption %s: credit is what the closing brackets say made the picture', (title, caption, credit) => {
  expect(captionParts(title)).toEqual({ caption, credit });
});

test.each([
  // Written after the caption, outside brackets: after its full stop (which goes, as the page shows the credit in brackets) or a space.
  ['图为培育中心一角。马远征 摄', '图为培育中心一角', '马远征 摄'],
  ['图为培育中心一角 马远征/摄', '图为培育中心一角', '马远征/摄'],
  ['图为培育中心一角　马远征 / 摄', '图为培育中心一角', '马远征 / 摄'],
  ['图为培育中心一角。马远征 摄。', '图为培育中心一角', '马远征 摄'],
  ['调解成功后，双方握手言和！马远征 摄', '调解成功后，双方握手言和！', '马远征 摄'],
  ['图为培育中心一角。本报记者 马远征 摄', '图为培育中心一角', '本报记者 马远征 摄'],
  ['图为培育中心一角。本报记者马远征 摄', '图为培育中心一角', '本报记者马远征 摄'],
  ['图为培育中心一角。新华社记者 李贺摄', '图为培育中心一角', '新华社记者 李贺摄'],
  ['图为培育中心一角。本报记者 马远征 张文玉 摄', '图为培育中心一角', '本报记者 马远征 张文玉 摄'],
  ['图为培育中心一角。马远征 张文玉 摄', '图为培育中心一角', '马远征 张文玉 摄'],
  ['图为培育中心一角。马远征、张文玉 摄', '图为培育中心一角', '马远征、张文玉 摄'],
  ['图为培育中心一角。阿依古丽·买买提 摄', '图为培育中心一角', '阿依古丽·买买提 摄'],
  ['图为培育中心一角。阿依古丽‧买买提 摄', '图为培育中心一角', '阿依古丽‧买买提 摄'],
  ['示意图：拟建的基站。林晓雨 制图', '示意图：拟建的基站', '林晓雨 制图'],
  ['庭审现场。东岭区法院供图', '庭审现场', '东岭区法院供图'],
  ['庭审现场 受访者 供图', '庭审现场', '受访者 供图'],
  ['庭审现场。摄影：马远征', '庭审现场', '摄影：马远征'],
  ['庭审现场 摄影/本报记者 马远征', '庭审现场', '摄影/本报记者 马远征'],
  ['庭审现场。图/马远征', '庭审现场', '图/马远征'],
  ['庭审现场。资料图', '庭审现场', '资料图'],
  // Four characters before the name are the caption's words, not a second name.
  ['图为调解员在做工作。调解现场 马远征 摄', '图为调解员在做工作。调解现场', '马远征 摄'],
])('the caption %s: a credit written after it is set apart too', (title, caption, credit) => {
  expect(captionParts(title)).toEqual({ caption, credit });
});

test.each([
  '市民用手机拍摄',
  '图为庭审现场。记者在现场拍摄',
  '图为庭审现场。记者 在现场拍摄',
  '图为执法现场。禁止拍摄',
  '图为市民参观法治摄影展',
  '图为市民参观法治摄影展。',
  '他从小喜欢摄影',
  '图为设计院。工作人员正在制图',
  '图为设计院。工作人员 正在制图',
  '案情示意图由当事人提供图',
  '图为庭审现场。资料图显示，该案已审结',
  '图为当事人。图中左一为张三',
  '马远征 摄',
  '图为培育中心一角（马远征',
])('%s has no credit: the caption is all of it', (title) => {
  expect(captionParts(title)).toEqual({ caption: title, credit: undefined });
});

test.each([
  ['图为培育中心一角（马远征 摄）', true],
  ['图：庭审现场', true],
  ['▲ 庭审现场', true],
  ['上图为调解现场', true],
  ['调解员与双方当事人交谈（何巧云 摄）', true],
  ['庭审现场（资料图）', true],
  ['调解员与双方当事人交谈（何巧云 摄）。', true],
  ['调解员与双方当事人交谈（摄影：何巧云）', true],
  ['调解员与双方当事人交谈。何巧云 摄', true],
  ['调解员与双方当事人交谈 何巧云/摄', true],
  ['图书馆里，志愿者正在整理书籍。', false],
  ['图书馆里，志愿者用手机拍摄。', false],
  ['市民在参观法治摄影展。', false],
  ['记者了解到，该案已于近日审结。', false],
  ['', false],
])('%s is a caption line: %s', (line, expected) => {
  expect(isCaptionLine(line)).toBe(expected);
});

test('a long line is the story going on, even when it starts like a caption', () => {
  expect(isCaptionLine(`图为${'调解现场，'.repeat(30)}`)).toBe(false);
});
