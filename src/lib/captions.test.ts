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
  ['图为培育中心一角（马远征 摄）', true],
  ['图：庭审现场', true],
  ['▲ 庭审现场', true],
  ['上图为调解现场', true],
  ['调解员与双方当事人交谈（何巧云 摄）', true],
  ['庭审现场（资料图）', true],
  ['调解员与双方当事人交谈（何巧云 摄）。', true],
  ['调解员与双方当事人交谈（摄影：何巧云）', true],
  ['图书馆里，志愿者正在整理书籍。', false],
  ['记者了解到，该案已于近日审结。', false],
  ['', false],
])('%s is a caption line: %s', (line, expected) => {
  expect(isCaptionLine(line)).toBe(expected);
});

test('a long line is the story going on, even when it starts like a caption', () => {
  expect(isCaptionLine(`图为${'调解现场，'.repeat(30)}`)).toBe(false);
});
