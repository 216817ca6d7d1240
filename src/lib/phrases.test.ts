import { describe, expect, test } from 'vitest';
import { titlePhrases } from './phrases.ts';

describe('titlePhrases', () => {
  test.each([
    ['把法庭“搬”到村头 东岭区法院巡回审判进乡村', ['把法庭“搬”到村头', '东岭区法院巡回审判进乡村']],
    ['筑巢引凤 孵化支持 三化护航', ['筑巢引凤', '孵化支持', '三化护航']],
    ['一年来巡回审理案件二百余件　旁听群众逾五千人次', ['一年来巡回审理案件二百余件', '旁听群众逾五千人次']],
    ['《青川市社会组织促进条例》今日表决通过', ['《青川市社会组织促进条例》今日表决通过']],
    ['小区建5G基站遭居民反对  一场“板凳会”化解分歧', ['小区建5G基站遭居民反对', '一场“板凳会”化解分歧']],
  ])('%s', (title, phrases) => {
    expect(titlePhrases(title)).toEqual(phrases);
  });
});
