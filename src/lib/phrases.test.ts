import { describe, expect, test } from 'vitest';
import { titlePhrases, titleWords, wordBreaks } from './phrases.ts';

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

describe('titleWords', () => {
  test.each([
    // The reviewer's torn titles: 提 / 升, 广场舞 / 队, 违规收 / 集使用, 人民调 / 解员.
    ['潍坊市民政局多措并举提升社会组织服务平台效能', ['潍坊市', '民政局多措', '并举', '提升', '社会', '组织', '服务', '平台', '效能']],
    ['视频｜反诈民警走进广场舞队：这些“套路”要记牢', ['视频｜反诈', '民警', '走进', '广场舞队：这些“套路”要记牢']],
    ['青川市开展App违法违规收集使用个人信息专项整治', ['青川市', '开展', 'App', '违法', '违规', '收集', '使用', '个人', '信息专项', '整治']],
    ['视频｜跟着人民调解员老贺过一天', ['视频｜跟着', '人民', '调解员老贺过', '一天']],
    // A single character goes with the word before it, or first in its run or a numeral, with the one after.
    ['东岭区落实侵害未成年人案件强制报告制度', ['东岭区', '落实', '侵害', '未成年人', '案件', '强制', '报告', '制度']],
    ['向河道偷排养殖废水', ['向河道偷排', '养殖', '废水']],
    ['一年来巡回审理案件二百余件', ['一年来', '巡回', '审理', '案件', '二百余件']],
    // A number keeps what follows it; a Latin word is a word.
    ['青川市民政局完成2023年度社会组织年度检查', ['青川市', '民政局', '完成', '2023年度', '社会', '组织', '年度', '检查']],
    ['10岁男孩偷用家长手机玩游戏充值2.3万元', ['10岁', '男孩偷用', '家长', '手机玩', '游戏充值', '2.3万元']],
    ['PM2.5浓度同比下降12%', ['PM2.5浓度同比', '下降', '12%']],
    // A number in characters, an ordinal among them, stays whole with what follows it (ICU cuts 第三 / 十二条).
    ...['民法典第三十二条解读', '第十四届全国人民代表大会第三次会议', '“十五五”时期法治建设', '改革开放四十五周年', '第二十二个全民国家安全教育日'].map(
      (title) => [title, undefined] as [string, undefined],
    ),
    // No break of its own beside punctuation: the browser's rules stand there.
    ['“接诉即办”回应群众急难愁盼', ['“接诉即办”回应', '群众急难愁盼']],
    // But beside a double quotation mark with a Latin word on its other side, where the browser
    // gives none (“青川通”A / pp上线 once the run was wider than the line); not after a digit.
    ['“青川通”App上线136项', ['“青川通”', 'App', '上线', '136项']],
    ['下载App“一键”办理', ['下载', 'App', '“一键”办理']],
    ['“双11”12项举措', ['“双11”', '12项', '举措']],
    ['2024“十四五”规划', ['2024“十四五”规划']],
    ['“AI”换脸', ['“AI”换脸']],
    ['法治', ['法治']],
    ['', ['']],
  ])('%s', (phrase, words) => {
    if (words) expect(titleWords(phrase)).toEqual(words);
    expect(titleWords(phrase).join('')).toBe(phrase);
    for (const number of phrase.match(/第?[〇零一二三四五六七八九十百千万亿两几]{2,}/gu) ?? []) {
      expect(titleWords(phrase).some((word) => word.includes(number)), `${number} in ${titleWords(phrase).join(' / ')}`).toBe(true);
    }
  });

  // ICU does not know these idioms: it reads them as single characters and takes the last one
  // with the 的 or 了 after it (以|假|乱|真的), where a line broke inside the idiom (以假乱 / 真的).
  test.each([
    ['再利用AI换脸和语音合成软件生成以假乱真的实时视频', '以假乱真'],
    ['调解不能搞息事宁人的和稀泥', '息事宁人'],
    ['把甲公司的责任算到乙公司头上是张冠李戴了', '张冠李戴'],
    ['所谓的内部消息完全是无中生有了', '无中生有'],
  ])('an idiom ICU does not know stays whole: %s', (text, idiom) => {
    const from = text.indexOf(idiom);
    expect(wordBreaks(text).filter((at) => at > from && at < from + idiom.length), titleWords(text).join(' / ')).toEqual([]);
    // The phrase still breaks between words elsewhere.
    expect(wordBreaks(text).length).toBeGreaterThan(0);
  });

  test('a break is always between two letters or digits, never after a digit', () => {
    const title = '《青川市物业管理条例》表决通过 5月1日起施行，外卖骑手、网约车司机纳入职业伤害保障';
    for (const at of wordBreaks(title)) {
      expect(title[at - 1]).toMatch(/[\p{L}]/u);
      expect(title[at]).toMatch(/[\p{L}\p{N}]/u);
    }
  });

  test('a character beyond U+FFFF is one character', () => {
    expect(titleWords('𠮷野家开店').join('|')).not.toMatch(/[\ud800-\udbff]\|/);
  });
});
