import { describe, expect, test } from 'vitest';
import {
  BREAK,
  FIELD_BREAK,
  HEX_DIGITS,
  INDEXED_SYMBOLS,
  NAME_DOTS,
  OTHER_SYMBOL,
  QUOTE,
  SUMMARY_SLOTS,
  TITLE_SLOTS,
  WRITTEN_BREAK,
  excerptOf,
  highlight,
  matchTier,
  queryParts,
  searchForms,
  queryPhrases,
  quotedQuery,
  recordContent,
  tokenize,
} from './search-text.ts';
import { wordBreaks } from './phrases.ts';
import { WORD_JOINER } from './markdown-plugins.ts';

describe('tokenize', () => {
  test('every Han character, letter and digit is a token', () => {
    expect(tokenize('潍坊5239家App')).toEqual(['潍', '坊', '5', '2', '3', '9', '家', 'A', 'p', 'p']);
  });

  test('punctuation is a token of its own; whitespace runs are one break', () => {
    expect(tokenize('潍坊,民政 \n\t社会组织。')).toEqual(['潍', '坊', ',', '民', '政', BREAK, '社', '会', '组', '织', '。']);
  });

  test('full-width letters and digits fold to ASCII; quotes have a stand-in', () => {
    expect(tokenize('５Ｇ"')).toEqual(['5', 'G', QUOTE]);
  });

  test('full-width symbols fold to ASCII as letters do; full-width punctuation keeps its width except inside a Latin word or number', () => {
    expect(tokenize('下降５０％，ＰＭ２．５')).toEqual(['下', '降', '5', '0', '%', '，', 'P', 'M', '2', '.', '5']);
    expect(tokenize('３～５天（１０：３０），共￥１，２００')).toEqual(
      ['3', '~', '5', '天', '（', '1', '0', ':', '3', '0', '）', '，', '共', '¥', '1', ',', '2', '0', '0'],
    );
    // Each is found by what it stands for, in either width, as a reader types it.
    for (const [written, typed] of [['５０％', '50%'], ['50%', '５０％'], ['ＰＭ２．５', 'PM2.5'], ['10：30', '10:30'], ['3～5', '3～5'], ['￥100', '¥100'], ['1，320', '1，320']]) {
      expect(highlight(written!, typed!), `${written} ← ${typed}`).toEqual([{ text: written, mark: true }]);
    }
    // Only the width is folded (and a unit sign, below): ① is not 1, … not ...
    expect(tokenize('①…')).toEqual(['①', '…']);
  });

  test('a unit sign is the letters it stands for, each a token in its place, so either is found by the other and marked as written', () => {
    expect(tokenize('35℃')).toEqual(['3', '5', '°', 'C']);
    expect(tokenize('50㎏')).toEqual(['5', '0', 'k', 'g']);
    expect(tokenize('10㎧')).toEqual(['1', '0', 'm', '/', 's']);
    // A power after a unit's letters is its digit: ㎡, m² and m2 are one.
    expect(tokenize('120㎡')).toEqual(['1', '2', '0', 'm', '2']);
    expect(tokenize('120m²')).toEqual(tokenize('120m2'));
    expect(tokenize('3km³')).toEqual(['3', 'k', 'm', '3']);
    for (const [written, typed] of [['35℃', '35°C'], ['35°C', '35℃'], ['50㎏', '50kg'], ['120㎡', '120m2'], ['120m²', '120㎡'], ['120㎡', '120m²'], ['10㎧', '10m/s']]) {
      expect(highlight(`气温${written}。`, typed!), `${written} ← ${typed}`).toEqual([
        { text: '气温', mark: false },
        { text: written, mark: true },
        { text: '。', mark: false },
      ]);
    }
    // Part of a sign is found in it, and marks all of it: the sign is one character.
    expect(highlight('重50㎏', 'kg')).toEqual([{ text: '重50', mark: false }, { text: '㎏', mark: true }]);
    // An excerpt is the index's text: the sign's letters.
    const record = recordContent({ title: '', summary: '', body: '当天最高气温35℃，室内面积120㎡。', rest: '' });
    expect(excerptOf(record, '35°C')).toEqual([
      { text: '当天最高气温', mark: false },
      { text: '35°C', mark: true },
      { text: '，室内面积120m2。', mark: false },
    ]);
    // Not a power after digits, nor the squared era names and days, which are no units.
    expect(tokenize('10²')).toEqual(['1', '0', '²']);
    expect(tokenize('㍻㏠')).toEqual(['㍻', '㏠']);
  });

  test('a name is found without its 间隔号, and shown with the one it is written with', () => {
    for (const name of ['阿依·买买提', '阿依•买买提', '阿依・买买提', `阿依${WORD_JOINER}·${WORD_JOINER}买买提`]) {
      expect(tokenize(name)).toHaveLength(5);
      expect(highlight(name, '阿依买买提'), name).toEqual([{ text: name, mark: true }]);
      expect(highlight(name, '阿依·买买提'), name).toEqual([{ text: name, mark: true }]);
      const record = recordContent({ title: '', summary: '', body: `记者${name}报道`, rest: '' });
      expect(excerptOf(record, '买买提'), name).toEqual([
        // As the index holds it: without the word joiners, which it never holds.
        { text: `记者${name.slice(0, -3).replaceAll(WORD_JOINER, '')}`, mark: false },
        { text: '买买提', mark: true },
        { text: '报道', mark: false },
      ]);
    }
    // A word of the name is marked without the 间隔号 beside it.
    expect(highlight('阿依·买买提', '阿依')).toEqual([
      { text: '阿依', mark: true },
      { text: '·买买提', mark: false },
    ]);
    // Its stand-ins, written into a text, are private-use characters like any other: dropped.
    for (const stand of NAME_DOTS) expect(tokenize(`阿依${stand}买买提`)).toEqual(['阿', '依', '买', '买', '提']);
    // Between digits it is text: 3·15 is not 12315.
    expect(tokenize('3·15')).toEqual(['3', '·', '1', '5']);
    expect(highlight('12315', '3·15')).toEqual([{ text: '12315', mark: false }]);
  });

  test.each([
    // A law's article, paragraph, item, chapter, section and part, and a session, in Chinese numerals.
    ['第二百零九条', '第209条'],
    ['第一千一百六十五条', '第1165条'],
    ['第一千零一十条', '第1010条'],
    ['第一百一十条', '第110条'],
    ['第二百〇九条', '第209条'],
    ['第十条第二款第三项', '第10条第2款第3项'],
    ['第七章第二节', '第7章第2节'],
    ['第十四届', '第14届'],
    ['第五次会议', '第5次会议'],
    ['主席令第三十一号', '主席令第31号'],
    ['十四届全国人大', '14届全国人大'],
    ['七章五十六条', '七章56条'],
    // A year written digit by digit, as judgments date themselves.
    ['一九九七年', '1997年'],
    // A date's month and day, after a year in digits.
    ['二〇二三年十二月五日', '2023年12月5日'],
    ['一九四九年十月一日', '1949年10月1日'],
    ['二〇二三年十月三十一日', '2023年10月31日'],
    ['2023年十月二十日', '2023年10月20日'],
    // A month before its day, a day after its month: a date without its year.
    ['十月一日', '10月1日'],
    ['十二月三十一日', '12月31日'],
    ['10月二十日', '10月20日'],
    ['十月20日', '10月20日'],
    // The end of a span from a month or day in digits.
    ['二〇二三年十月至十二月', '2023年10月至12月'],
    ['十月一日到十五日', '10月1日到15日'],
    ['10月至十二月', '10月至12月'],
  ])('a number that cites, in Chinese numerals, is read as its digits: %j as %j', (written, digits) => {
    expect(tokenize(written).map((token) => token.replace(/[\uE000-\uF8FF]/gu, ''))).toEqual([...digits]);
    expect(highlight(written, digits)).toEqual([{ text: written, mark: true }]);
    expect(highlight(digits, written)).toEqual([{ text: digits, mark: true }]);
  });

  test.each([
    // Without a word that makes it a citation, a number is what it is: 209 never finds 二百零九.
    ['二百零九', '209'],
    ['三年', '3年'],
    ['二十三年', '23年'],
    ['十三五', '135'],
    // One numeral is a citation only after 第: 统一 and 三项制度 are words.
    ['统一条款', '统1条款'],
    ['三项制度', '3项制度'],
    ['十条措施', '10条措施'],
    ['一次性', '1次性'],
    ['中央一号文件', '中央1号文件'],
    // A month or a day without the year of a date is a word, or a span of days.
    ['十月革命', '10月革命'],
    ['一月之内', '1月之内'],
    ['今年十月', '今年10月'],
    ['自收到之日起十五日内', '自收到之日起15日内'],
    ['每月十五日', '每月15日'],
    ['次月十日内', '次月10日内'],
    ['十三月二十日', '13月20日'],
    ['二十年十月', '二十年10月'],
    ['二〇二三年十三月', '2023年13月'],
    ['二〇二三年十月三十二日', '2023年10月32日'],
    // A span from a month or day that is a word stays words (十月革命 is none).
    ['十月至十二月', '十月至12月'],
    ['每月一日至十五日', '每月一日至15日'],
    ['十二日至十五日', '十二日至15日'],
    ['二〇二三年十月至十二日', '2023年10月至12日'],
    // 两 counts, but is no digit of a citation: 两百条 stays.
    ['两百条', '两100条'],
    ['两百条', '200条'],
  ])('a number that does not cite stays as written: %j is not found by %j', (written, typed) => {
    expect(highlight(written, typed)).toEqual([{ text: written, mark: false }]);
    expect(highlight(`${written}。`, written)).toEqual([{ text: written, mark: true }, { text: '。', mark: false }]);
  });

  test.each([
    // Ordinary words with numerals before 条, 次, 节 or 年, each with words of it a reader types:
    // none is a citation, so each is indexed as written and found by what it writes.
    ['唯一一条', ['一条', '唯一']],
    ['三四次', ['四次', '三四']],
    ['七八次', ['八次']],
    ['三四十次', ['三四十次', '四十']],
    ['五一节', ['五一', '一节']],
    ['三八节', ['三八']],
    ['二十四节气', ['二十四', '四节']],
    ['一万二千条', ['一万二千条', '千条']],
    ['两百条', ['百条']],
    ['三项制度', ['三项']],
    ['一次性', ['一次']],
    ['十条措施', ['十条']],
    ['二十年', ['二十']],
  ])('an ordinary word with numerals stays as written: %j, found by %j', (written, typed) => {
    expect(tokenize(written)).toEqual([...written]);
    for (const words of typed) {
      const marked = highlight(`据悉${written}。`, words).filter((run) => run.mark);
      expect(marked.map((run) => run.text), words).toEqual([words]);
    }
  });

  test('a part of a number read as digits marks the whole number as written; a title is marked in it', () => {
    expect(highlight('民法典第一千二百零九条', '209条')).toEqual([
      { text: '民法典第', mark: false },
      { text: '一千二百零九条', mark: true },
    ]);
    expect(highlight('民法典第二百零九条规定', '民法典第209条')).toEqual([
      { text: '民法典第二百零九条', mark: true },
      { text: '规定', mark: false },
    ]);
  });

  test('a symbol not indexed as itself is spelt out by its code point, so no other symbol matches it', () => {
    const hex = (digits: string) => [...digits].map((d) => HEX_DIGITS[parseInt(d, 16)]);
    expect(tokenize('😀')).toEqual([OTHER_SYMBOL, ...hex('01f600')]);
    expect(tokenize('−5')).toEqual([OTHER_SYMBOL, ...hex('002212'), '5']);
    expect(tokenize('😀')).not.toEqual(tokenize('😁'));
    // The spelling is made of tokens that no text produces (private-use characters in text are dropped).
    expect(tokenize('\uE010\uE002')).toEqual([]);
    for (const token of [OTHER_SYMBOL, ...HEX_DIGITS]) expect(INDEXED_SYMBOLS).toContain(token);
  });

  test('a 间隔号 bound to its neighbours with word joiners (the body renderer binds every one) is indexed and marked as written', () => {
    const bound = `鲁社齐心${WORD_JOINER}·${WORD_JOINER}向阳同行`;
    expect(tokenize(bound)).toEqual(tokenize('鲁社齐心·向阳同行'));
    expect(highlight(bound, '心·向').filter((part) => part.mark).map((part) => part.text)).toEqual([`心${WORD_JOINER}·${WORD_JOINER}向`]);
  });

  test('leading and trailing whitespace leave no break; combining marks stay with their letter', () => {
    expect(tokenize('  cafe\u0301 ')).toEqual(['c', 'a', 'f', 'é']);
  });

  test('common Chinese and ASCII punctuation is indexed', () => {
    for (const c of ',。、:;?!“”‘’()《》【】—…·.-%/+@#') expect(INDEXED_SYMBOLS).toContain(c);
    expect(INDEXED_SYMBOLS).not.toContain('"');
    expect(INDEXED_SYMBOLS).not.toMatch(/[\p{L}\p{N}\s]/u);
  });

  test('the indexed symbols are those search reads as they are: full-width punctuation, never a full-width symbol it folds', () => {
    for (const c of '，：（）！？') expect(INDEXED_SYMBOLS).toContain(c);
    for (const c of '％＋／～￥＃＠・•‧･') expect(INDEXED_SYMBOLS).not.toContain(c);
    for (const c of INDEXED_SYMBOLS) if (!/\p{Co}/u.test(c)) expect(searchForms([c])).toEqual([c]);
  });
});

describe('queries', () => {
  test.each([
    ['潍坊', ['"潍 坊"']],
    ['社会组织', ['"社 会 组 织"']],
    ['5239', ['"5 2 3 9"']],
    ['PM2.5', ['"p m 2 . 5"']],
    ['  潍坊  民政 ', ['"潍 坊"', '"民 政"']],
    ['', []],
    ['   ', []],
  ])('%j → %j', (query, phrases) => {
    expect(queryPhrases(query)).toEqual(phrases);
  });

  test('a query cannot break out of its phrase with a quote', () => {
    expect(queryPhrases('a"b')).toEqual(['"a"', '"b"']);
    for (const phrase of queryPhrases('a"b "c" d"')) expect(phrase.slice(1, -1)).not.toContain('"');
  });

  test.each([
    ['"社会组织"', ['"社 会 组 织"']],
    ['“社会组织”', ['"社 会 组 织"']],
    ['「民政」 『潍坊』', ['"民 政"', '"潍 坊"']],
    ['"法律 援助"', ['"法 律"', '"援 助"']],
    ["'app'", ['"a p p"']],
    ['“社会”“组织”', ['"社 会"', '"组 织"']],
    ['“ 社会组织 ”', ['"社 会 组 织"']],
    ['“民政', ['"民 政"']],
    ['“民政」', ['"民 政"']],
  ])('quotation marks are no text to find: %j → %j', (query, phrases) => {
    expect(queryPhrases(query)).toEqual(phrases);
  });
});

describe('queryParts: what a reader types, as the parts that must occur', () => {
  test.each([
    // Full-width letters and digits, typed with a Chinese input method, are their half-width selves; case does not count.
    ['５２３９', ['5239']],
    ['ＡＰＰ', ['app']],
    ['App', ['app']],
    // Each letter folded by itself, as the index folds each token: a final Σ too.
    ['ΑΣ', ['ασ']],
    ['５Ｇ基站', ['5g基站']],
    // The full-width space, a tab or a line break part a query as a space does.
    ['法律　援助', ['法律', '援助']],
    ['法律\t援助\n调解', ['法律', '援助', '调解']],
    ['　 民法典 　', ['民法典']],
    // Chinese punctuation around or between words.
    ['《民法典》', ['民法典']],
    ['<民法典>', ['民法典']],
    ['【案情回顾】', ['案情回顾']],
    ['（民法典）', ['民法典']],
    ['法律、援助', ['法律', '援助']],
    ['法律，援助', ['法律', '援助']],
    ['法律,援助', ['法律', '援助']],
    ['马远征：', ['马远征']],
    ['民法典。', ['民法典']],
    ['民法典？', ['民法典']],
    ['民法典?!', ['民法典']],
    ['人民调解——守护', ['人民调解', '守护']],
    ['2019–2020', ['2019', '2020']],
    ['等等……', ['等等']],
    ['“社会组织”“潍坊”', ['社会组织', '潍坊']],
  ])('%j → %j', (query, parts) => {
    expect(queryParts(query)).toEqual(parts);
  });

  test.each([
    // Between two Latin letters or digits a mark is part of the word, typed in either width.
    ['PM2.5', ['pm2.5']],
    ['ＰＭ２．５', ['pm2.5']],
    ['12345-1', ['12345-1']],
    ['10：30', ['10:30']],
    ['1,320万元', ['1,320万元']],
    ["don't", ["don't"]],
    ['McDonald’s', ['mcdonald’s']],
    // Symbols are text.
    ['50%', ['50%']],
    ['R&D', ['r&d']],
    ['−5℃', ['−5°c']],
    ['😀', ['😀']],
    ['2024/01', ['2024/01']],
    ['２０２４／０１', ['2024/01']],
  ])('marks inside a word stay: %j → %j', (query, parts) => {
    expect(queryParts(query)).toEqual(parts);
  });

  test.each([
    ['3·15', ['3·15']],
    ['3‧15', ['3·15']],
    ['3•15', ['3·15']],
    [`3${WORD_JOINER}·${WORD_JOINER}15`, ['3·15']],
    // Inside a name (between two letters) it is not searched for: a name is found with it or without it.
    ['阿依·买买提', ['阿依买买提']],
    ['阿依・买买提', ['阿依买买提']],
    ['阿依•买买提', ['阿依买买提']],
    [`阿依${WORD_JOINER}·${WORD_JOINER}买买提`, ['阿依买买提']],
    ['约翰·F·肯尼迪', ['约翰f肯尼迪']],
  ])('a 间隔号 joins, however it is typed, and a word joiner copied with it is left out: %j → %j', (query, parts) => {
    expect(queryParts(query)).toEqual(parts);
    expect(queryPhrases(query)).toEqual([`"${[...parts[0]!].join(' ')}"`]);
  });

  test.each([
    // At a part's edge, or a part by itself, a 间隔号 joins nothing: the name is found by the words beside it.
    ['·买买提', ['买买提']],
    ['阿依·', ['阿依']],
    ['阿依 · 买买提', ['阿依', '买买提']],
    ['阿依 ・ 买买提', ['阿依', '买买提']],
    ['阿依 ·买买提', ['阿依', '买买提']],
    ['··3·15··', ['3·15']],
  ])('a 间隔号 at the start or end of a part is left out: %j → %j', (query, parts) => {
    expect(queryParts(query)).toEqual(parts);
  });

  test.each([
    // Full-width symbols are their half-width selves anywhere, as letters and digits are.
    ['５０％', ['50%']],
    ['￥１２０', ['¥120']],
    ['３～５天', ['3~5天']],
    ['Ａ股', ['a股']],
    // A unit sign is its letters (and a power after them its digit); other compatibility forms are what they are.
    ['①㎡', ['①m2']],
    ['35℃', ['35°c']],
    ['120m²', ['120m2']],
  ])('full-width forms: %j → %j', (query, parts) => {
    expect(queryParts(query)).toEqual(parts);
  });

  test.each([
    // Articles cite a law's article after its name in 书名号: 《中华人民共和国民法典》第二百零九条
    // (its number read in digits, as searchForms reads it in the article).
    ['民法典第二百零九条', ['民法典', '第209条']],
    ['刑法第133条之一', ['刑法', '第133条之一']],
    ['劳动合同法第三十九条第一款', ['劳动合同法', '第39条第1款']],
    ['物业管理条例第二十八条规定', ['物业管理条例', '第28条规定']],
    ['民法典第１１６５条', ['民法典', '第1165条']],
    // Typed without 第 right after the law's name: looked for with it, as the reader means it (not 第1209条).
    ['民法典209条', ['民法典', '第209条']],
    ['刑法一百三十三条', ['刑法', '第133条']],
    ['治安管理处罚法50条', ['治安管理处罚法', '第50条']],
    // An article alone, or a 第 that cites none, stays whole; so do a number of 条 after other words.
    ['第十条', ['第10条']],
    ['209条', ['209条']],
    ['第二十八条第一款', ['第28条第1款']],
    ['全国第一批', ['全国第一批']],
    ['次第', ['次第']],
    ['共50条', ['共50条']],
    ['十条措施', ['十条措施']],
    // Ending in numerals, an article cut so is looked for as written (its copy has it so).
    ['民法典第二百零九条第二', ['民法典', '第二百零九条第二']],
  ])('a law’s article typed after its name is a part of its own: %j → %j', (query, parts) => {
    expect(queryParts(query)).toEqual(parts);
  });

  test.each([
    // A 案号 typed without its brackets: the year is a part, as its brackets (any kind) make it.
    ['2025青0105民初7788号', ['2025', '青0105民初7788号']],
    ['2023京01民终123号', ['2023', '京01民终123号']],
    ['2019最高法民申1234', ['2019', '最高法民申1234']],
    ['（2023）京01民终123号', ['2023', '京01民终123号']],
    ['(2023)京01民终123号', ['2023', '京01民终123号']],
    ['〔2023〕京01民终123号', ['2023', '京01民终123号']],
    // A year and what follows it is no 案号.
    ['2023年5号', ['2023年5号']],
    ['2023年', ['2023年']],
    ['2024届', ['2024届']],
  ])('a 案号 is found however its brackets are typed: %j → %j', (query, parts) => {
    expect(queryParts(query)).toEqual(parts);
  });

  test.each([
    ['二〇二三年十月二十', ['二〇二三年十月二十']],
    ['2023年九月八', ['2023年九月八']],
    ['二〇二三年十', ['二〇二三年十']],
    ['第二百零九条第二', ['第二百零九条第二']],
    ['ＰＭ２．５ 二〇二三年十', ['pm2.5', '二〇二三年十']],
    // Ending in anything else, a number that cites or dates is its digits (the index holds them so).
    ['二〇二三年十月二十日', ['2023年10月20日']],
    ['二〇二三年十月', ['2023年10月']],
    ['第二百零九条第二款', ['第209条第2款']],
  ])('a part that ends in numerals is looked for as written, a number they may start being read whole only in the article: %j → %j', (query, parts) => {
    expect(queryParts(query)).toEqual(parts);
  });

  test.each(['', '   ', '　', '？？', '。', '《》', '“”', '……', '——', '、、', '\u200b\u200d', '!?', '·', ' ・ '])('%j has no part: no search', (query) => {
    expect(queryParts(query)).toEqual([]);
    expect(queryPhrases(query)).toEqual([]);
  });

  test('a long query keeps all of its words', () => {
    const long = '社会组织'.repeat(75);
    expect(queryParts(`${long}。`)).toEqual([long]);
    expect(queryPhrases(long)[0]!.split(' ')).toHaveLength(300);
  });
});

describe('quotedQuery: the query as the page quotes it back', () => {
  test.each([
    ['社会组织', '“社会组织”'],
    ['“社会组织”', '“社会组织”'],
    ['"社会组织"', '“社会组织”'],
    ['「社会组织」 ', '“社会组织”'],
    ['《民法典》', '“《民法典》”'],
    ['“法律” “援助”', '“法律” “援助”'],
    ['"民政" "青川"', '"民政" "青川"'],
    ['“民政”青川', '““民政”青川”'],
    ['民政「青川」', '“民政「青川」”'],
    ['"社会组织', '“社会组织”'],
  ])('%s → %s', (typed, shown) => expect(quotedQuery(typed)).toBe(shown));
});

describe('record content', () => {
  const fields = { title: '潍坊社会组织', summary: '导读文字', body: '正文第一段。\n第二段提到潍坊。', rest: '法治报道 马远征' };
  const content = recordContent(fields);
  const tokens = content.split(' ');

  test('title, summary and body sit in fixed places; padding is breaks', () => {
    expect(tokens.slice(0, 6).join('')).toBe('潍坊社会组织');
    expect(tokens.slice(6, TITLE_SLOTS).every((t) => t === BREAK)).toBe(true);
    expect(tokens.slice(TITLE_SLOTS, TITLE_SLOTS + 4).join('')).toBe('导读文字');
    expect(tokens[TITLE_SLOTS + SUMMARY_SLOTS]).toBe('正');
  });

  test('positions tell the field', () => {
    expect(matchTier(tokens.indexOf('潍'))).toBe(0);
    expect(matchTier(tokens.indexOf('导'))).toBe(1);
    expect(matchTier(tokens.indexOf('正'))).toBe(2);
  });

  test('a field too long for its place stays searchable at the end', () => {
    const long = recordContent({ ...fields, summary: '长'.repeat(SUMMARY_SLOTS + 5) + '尾巴' }).split(' ');
    expect(long.slice(TITLE_SLOTS, TITLE_SLOTS + SUMMARY_SLOTS).every((t) => t === BREAK)).toBe(true);
    expect(long.slice(-4).join('')).toBe('长长尾巴');
  });

  test('fields never run into each other: a break separates them', () => {
    expect(tokens.slice(0, TITLE_SLOTS + SUMMARY_SLOTS + 20).join('')).not.toContain('织导');
    expect(content.split(' ').lastIndexOf(BREAK)).toBeGreaterThan(TITLE_SLOTS + SUMMARY_SLOTS);
  });

  test('a field break ends the body, and comes before each field too long for its place', () => {
    expect(tokens.filter((t) => t === FIELD_BREAK)).toHaveLength(1);
    expect(tokens.slice(tokens.indexOf(FIELD_BREAK) - 3).join('')).toBe(`潍坊。${FIELD_BREAK}法治报道${BREAK}马远征`);
    const long = recordContent({ ...fields, title: '长'.repeat(TITLE_SLOTS), summary: '长'.repeat(SUMMARY_SLOTS) }).split(' ');
    expect(long.filter((t) => t === FIELD_BREAK)).toHaveLength(3);
    // As long as the break it stands for: no record grows.
    expect(FIELD_BREAK.length).toBe(BREAK.length);
    expect(Buffer.byteLength(FIELD_BREAK)).toBe(Buffer.byteLength(BREAK));
  });

  test('no text makes a field break', () => {
    expect(tokenize(`正文${FIELD_BREAK}乔海印`)).toEqual(['正', '文', '乔', '海', '印']);
  });
});

/**
 * Where Pagefind finds `query` in a record's content, as it indexes it: each token a word in its
 * position, the private-use characters it does not index dropped (a token of nothing but them
 * takes its position and matches nothing), case folded; every phrase of the query must occur.
 * The first position of the first phrase, or -1.
 */
function indexFinds(content: string, query: string): number {
  const kept = new Set(INDEXED_SYMBOLS);
  const words = content.split(' ').map((token) => [...token].filter((c) => !/[\uE000-\uF8FF]/u.test(c) || kept.has(c)).join('').toLowerCase());
  const at = queryPhrases(query).map((phrase) => {
    const wanted = phrase.slice(1, -1).split(' ');
    return words.findIndex((_, i) => wanted.every((word, j) => word !== '' && words[i + j] === word));
  });
  return at.length > 0 && at.every((i) => i >= 0) ? at[0]! : -1;
}

describe('numbers that cite, typed in numerals without what makes them cite', () => {
  // The index holds 第 2 0 9 条; a reader types the numerals as the article writes them.
  const body = (text: string) => `${'前文'.repeat(40)}。法院认为，根据${text}规定，应当登记。`;

  test.each([
    ['第二百零九条', '二百零九', '二百零九'],
    ['第二百零九条', '第二百零九', '第二百零九'],
    ['第二百零九条', '九条', '二百零九条'],
    ['第二百零九条', '零九条规定', '二百零九条规定'],
    ['第一次会议', '一次', '一次'],
    ['第十条', '十条', '十条'],
    ['第十四届', '四届', '十四届'],
    ['第十条第二款', '二款', '二款'],
    ['二〇二三年', '二〇二三', '二〇二三'],
    ['二〇二三年十月二十日', '十月二十', '十月二十'],
    // Typed as far as numerals that the whole date reads as digits: looked for as written, in the copy.
    ['二〇二三年十月二十日', '二〇二三年十月二十', '二〇二三年十月二十'],
    ['2023年九月八日', '2023年九月八', '2023年九月八'],
    ['二〇二三年十月', '二〇二三年十', '二〇二三年十'],
    ['第二百零九条第二款', '第二百零九条第二', '第二百零九条第二'],
    // A month without its year in the query stays as written, words after it and all: the date's clause is copied whole.
    ['于二〇二三年十月作出终审判决', '十月作出终审判决', '十月作出终审判决'],
    ['于二〇二三年十月作出终审判决', '十月作出终审', '十月作出终审'],
    ['巡查定在十一月二十日', '巡查定在十一月', '巡查定在十一月'],
    ['于2023年九月八日提起', '根据于2023年九月八', '根据于2023年九月八'],
    // The year typed in digits, the month in numerals typed so far: found in the date's copy with its year in digits
    // (the whole number marked where the match ends inside it).
    ['二〇二三年十一月', '2023年十', '二〇二三年十一'],
    ['二〇二三年十一月', '2023年十一', '二〇二三年十一'],
    ['二〇二三年十月二十日', '2023年十月二', '二〇二三年十月二十'],
  ])('%j is found by %j, and the numerals as written are marked (%j)', (written, typed, mark) => {
    const content = recordContent({ title: '标题', summary: '', body: body(written), rest: '' });
    expect(indexFinds(content, typed)).toBeGreaterThan(0);
    expect(highlight(body(written), typed).filter((run) => run.mark).map((run) => run.text)).toEqual([mark]);
    const excerpt = excerptOf(content, typed);
    expect(excerpt.map((part) => part.text).join('')).toContain(`根据${written}规定`);
    expect(excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual([mark]);
  });

  test.each([
    // The words on either side of a mark that parts a query were never one part (规定，第十).
    ['第二百零九条规定，第十条', '规定第十'],
    // A number in digits is not its numerals, nor the reverse where it does not cite.
    ['第209条', '二百零九'],
    ['二百零九', '209'],
    ['唯一一条', '1条'],
  ])('%j is not found by %j', (written, typed) => {
    expect(indexFinds(recordContent({ title: '标题', summary: '', body: body(written), rest: '' }), typed)).toBe(-1);
    expect(highlight(written, typed).filter((run) => run.mark)).toEqual([]);
  });

  test('a copy of the words as written is indexed for each clause with a number read as digits, and for no other', () => {
    const tokens = recordContent({ title: '标题', summary: '', body: '据悉，根据第二百零九条规定，唯一一条河道。', rest: '' }).split(' ');
    const copies = tokens.slice(tokens.indexOf(WRITTEN_BREAK)).join('');
    expect(copies).toBe(`${WRITTEN_BREAK}根据第二百零九条规定`);
    // As long as the break it stands for, and no text makes one.
    expect(Buffer.byteLength(WRITTEN_BREAK)).toBe(Buffer.byteLength(BREAK));
    expect(tokenize(`正文${WRITTEN_BREAK}第二条`)).not.toContain(WRITTEN_BREAK);
  });

  test('a copy holds each number as written with three characters either side in its clause, a number in digits one, whole, and a date’s clause whole', () => {
    const copies = (body: string) => {
      const tokens = recordContent({ title: '标题', summary: '', body, rest: '' }).split(' ');
      return tokens.slice(tokens.indexOf(WRITTEN_BREAK)).join('').split(WRITTEN_BREAK).slice(1);
    };
    // Numbers closer than twice that share a copy (第…条第…款); a clause with a date's month or day is copied whole.
    expect(copies('本院经审理认为被告依照民法典第二百零九条规定承担责任，原告于2023年九月八日提起诉讼后又撤回了起诉。')).toEqual([
      '法典第二百零九条规定',
      '原告于2023年九月八日提起诉讼后又撤回了起诉',
    ]);
    // A date with its year and month in numerals, again with the year in digits, up to its last 月 or 日.
    expect(copies('判决书落款日期为二〇二三年十月二十日，于二〇二三年十一月至十二月公示，二〇二三年度报告')).toEqual([
      '判决书落款日期为二〇二三年十月二十日',
      '2023年十月二十日',
      '于二〇二三年十一月至十二月公示',
      '2023年十一月',
      '二〇二三年度报',
    ]);
    expect(copies('本案应当适用第三十二条第一款的规定以及相关的司法解释关于第十条的规定')).toEqual(['适用第三十二条第一款的规', '关于第十条的规']);
  });

  test('each copy of the summary (or title) that fits in its place is held there, so it ranks there', () => {
    // 17 tokens of words, a copy of 11 (依照第二百零九条规定) and one of 8 (另依第三十二条): only the first fits.
    const summary = `依照第二百零九条规定，${'文'.repeat(SUMMARY_SLOTS - 28)}，另依第三十二条`;
    const content = recordContent({ title: '标题', summary, body: '正文。', rest: '' });
    expect(matchTier(indexFinds(content, '二百零九'))).toBe(1);
    expect(matchTier(indexFinds(content, '第209条'))).toBe(1);
    expect(indexFinds(content, '三十二')).toBeGreaterThan(TITLE_SLOTS + SUMMARY_SLOTS);
  });

  test('a number in the title or summary typed in numerals ranks there, and the copy never shows', () => {
    const content = recordContent({ title: '民法典第二百零九条怎么理解', summary: '导读：第三十二条怎么用', body: '正文。', rest: '' });
    expect(matchTier(indexFinds(content, '二百零九'))).toBe(0);
    expect(matchTier(indexFinds(content, '三十二'))).toBe(1);
    // Found in the title only: the summary shows, once, as written.
    expect(excerptOf(content, '二百零九', '民法典第二百零九条怎么理解').map((part) => part.text).join('')).toBe('导读：第三十二条怎么用');
    expect(excerptOf(content, '三十二', '民法典第二百零九条怎么理解')).toEqual([
      { text: '导读：第', mark: false },
      { text: '三十二', mark: true },
      { text: '条怎么用', mark: false },
    ]);
    // Without a summary, a subtitle's number typed in numerals shows in the subtitle, not in its copy.
    const subtitled = recordContent({ title: '标题 副题引用第十条', summary: '', body: '正文。', rest: '' });
    expect(excerptOf(subtitled, '十条', '标题').map((part) => part.text).join('')).toBe('副题引用第十条');
  });
});

describe('excerptOf', () => {
  const body = `${'前文'.repeat(60)}这里提到潍坊市的社会组织,后面还有潍坊。${'后文'.repeat(60)}`;
  const content = recordContent({ title: '潍坊标题', summary: '', body, rest: '' });

  test('shows the body around the first match, every occurrence marked, cut with …', () => {
    const parts = excerptOf(content, '潍坊');
    const text = parts.map((p) => p.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['潍坊', '潍坊']);
    expect(text).toContain('这里提到潍坊市的社会组织');
  });

  test('of a query of several parts, around the longest: a 案号 pasted whole shows its number, not the year its opening mentions', () => {
    const body = `2025年，李某因个人债务纠纷，房屋被法院查封。${'此后双方多次协商未果。'.repeat(12)}张某某遂提起案外人执行异议之诉，案号为（2025）青0105民初7788号。`;
    const parts = excerptOf(recordContent({ title: '标题', summary: '', body, rest: '' }), '（2025）青0105民初7788号');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toContain('青0105民初7788号');
    expect(parts.map((p) => p.text).join('')).toMatch(/^….*案号为（2025）青0105民初7788号。$/);
    // Parts as long as each other: the first match of either, as for one part.
    expect(excerptOf(content, '潍坊 社会').find((p) => p.mark)?.text).toBe('潍坊');
  });

  test('no space between the opening … and the text when the cut falls on a line break (after a heading)', () => {
    const body = `${'前'.repeat(20)}。\n案件侦破\n接到报警后，临河县公安局迅速成立专案组。民警调查发现，诈骗团伙利用AI换脸。${'后'.repeat(60)}`;
    const text = excerptOf(recordContent({ title: '标题', summary: '', body, rest: '' }), '诈骗').map((p) => p.text).join('');
    expect(text).toMatch(/^…接到报警后/);
  });

  test('a match only in the shown title gets the summary, or the body, from its start', () => {
    const withSummary = recordContent({ title: '潍坊标题', summary: '摘要在此。', body, rest: '' });
    expect(excerptOf(withSummary, '标题', '潍坊标题')).toEqual([{ text: '摘要在此。', mark: false }]);
    const parts = excerptOf(content, '标题', '潍坊标题');
    expect(parts.every((p) => !p.mark)).toBe(true);
    expect(parts.map((p) => p.text).join('')).toMatch(/^前文前文.*…$/);
  });

  test('a match in the subtitle (in the title slots, not shown) is the excerpt', () => {
    const record = recordContent({ title: '潍坊标题\n副题说到调解', summary: '摘要。', body, rest: '' });
    expect(excerptOf(record, '调解', '潍坊标题')).toEqual([
      { text: '副题说到', mark: false },
      { text: '调解', mark: true },
    ]);
  });

  describe('bylines, tags and the other fields after the body are found but never shown', () => {
    // As the seed article's record has them: tags, source, authors, dateline with correspondents, editor.
    const rest = '潍坊\n社会组织\n民政\n法治报道\n马远征 张文玉\n法治报道讯马远征 张文玉\n乔海印';
    const ending = '“社会组织是基层治理的帮手。”潍坊市民政局社管办主任马远征说。';
    const text = (content: string, query: string) => excerptOf(content, query, '潍坊标题').map((p) => p.text).join('');

    test('a match near the end of the body shows the body up to its end, and nothing after it', () => {
      const record = recordContent({ title: '潍坊标题', summary: '', body: `${body}\n${ending}`, rest });
      const parts = excerptOf(record, '马远征', '潍坊标题');
      expect(parts.map((p) => p.text).join('')).toMatch(/^….*潍坊市民政局社管办主任马远征说。$/);
      expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['马远征']);
    });

    test('a match only there shows the summary, or the body from its start when there is none', () => {
      const short = '本报讯 潍坊市民政局多措并举。';
      expect(text(recordContent({ title: '潍坊标题', summary: '', body: short, rest }), '乔海印')).toBe(short);
      expect(text(recordContent({ title: '潍坊标题', summary: '', body: short, rest }), '基层治理')).toBe(short);
      expect(text(recordContent({ title: '潍坊标题', summary: '导读在此。', body: short, rest }), '张文玉')).toBe('导读在此。');
      const long = excerptOf(recordContent({ title: '潍坊标题', summary: '', body, rest }), '乔海印', '潍坊标题');
      expect(long.every((p) => !p.mark)).toBe(true);
      expect(long.map((p) => p.text).join('')).toMatch(/^前文前文.*…$/);
    });

    test('a match in the body is marked there, not in the bylines after it', () => {
      const record = recordContent({ title: '潍坊标题', summary: '', body: ending, rest });
      expect(excerptOf(record, '社会组织', '潍坊标题')).toEqual([
        { text: '“', mark: false },
        { text: '社会组织', mark: true },
        { text: '是基层治理的帮手。”潍坊市民政局社管办主任马远征说。', mark: false },
      ]);
    });

    test('a summary too long for its place is still an excerpt where it has the match', () => {
      const summary = `${'长'.repeat(SUMMARY_SLOTS)}导读说到调解`;
      const parts = excerptOf(recordContent({ title: '潍坊标题', summary, body, rest }), '调解', '潍坊标题');
      expect(parts.map((p) => p.text).join('')).toMatch(/^…长+导读说到调解$/);
      expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['调解']);
    });
  });

  test('a number read as digits shows as written, marked whole, however it was searched for', () => {
    const content = recordContent({
      title: '标题',
      summary: '',
      body: `${'前文'.repeat(40)}。法院认为，根据《中华人民共和国民法典》第二百零九条规定，不动产物权的设立应当登记。`,
      rest: '',
    });
    for (const query of ['第209条', '民法典209条', '第二百零九条']) {
      const parts = excerptOf(content, query);
      expect(parts.map((part) => part.text).join(''), query).toContain('民法典》第二百零九条规定');
      expect(parts.filter((part) => part.mark).map((part) => part.text).at(-1), query).toBe('第二百零九条');
    }
  });

  test.each([
    ['第一千二百零九条', '209条', '一千二百零九条'],
    ['第一千二百三十四条', '34条', '一千二百三十四条'],
    ['第一千二百三十四条', '第12', '第一千二百三十四'],
  ])('a match inside a number read as digits marks the whole number in an excerpt: %j searched for %j marks %j', (written, query, mark) => {
    const content = recordContent({ title: '标题', summary: '', body: `${'前文'.repeat(40)}。根据民法典${written}规定，应当赔偿。`, rest: '' });
    expect(excerptOf(content, query).filter((part) => part.mark).map((part) => part.text)).toEqual([mark]);
  });

  test('a law’s article typed after its name without 第 is not the end of another article’s number', () => {
    expect(highlight('民法典第一千二百零九条', '民法典209条')).toEqual([
      { text: '民法典', mark: true },
      { text: '第一千二百零九条', mark: false },
    ]);
    expect(highlight('民法典第二百零九条', '民法典209条')).toEqual([{ text: '民法典第二百零九条', mark: true }]);
  });

  test('text comes back as written: quotes and spaces restored', () => {
    const parts = excerptOf(recordContent({ title: '', summary: '', body: 'say "hi" to App', rest: '' }), 'app');
    expect(parts.map((p) => p.text).join('')).toBe('say "hi" to App');
    expect(parts.find((p) => p.mark)?.text).toBe('App');
  });

  test('paragraphs run together as Chinese runs: no half-width space beside Chinese punctuation', () => {
    const paragraphs = (...texts: string[]) => recordContent({ title: '', summary: '', body: texts.join('\n'), rest: '' });
    const text = (content: string, query: string) => excerptOf(content, query).map((p) => p.text).join('');
    expect(text(paragraphs('邻里会”。', '“以前有事找居委会。', '根据办法，每年一次'), '居委会')).toBe('邻里会”。“以前有事找居委会。根据办法，每年一次');
    // A space the text has between words stays: names in a list, Chinese beside Latin, English
    // quotes, and a heading ending in a quotation before its paragraph.
    expect(text(paragraphs('社会组织成为治理“帮手”', '矛盾化解和公共服务中'), '矛盾')).toBe('社会组织成为治理“帮手” 矛盾化解和公共服务中');
    expect(text(paragraphs('通讯员 马远征 张文玉'), '马远征')).toBe('通讯员 马远征 张文玉');
    expect(text(paragraphs('Apple 公司'), '公司')).toBe('Apple 公司');
    expect(text(paragraphs('He said “yes” and left'), 'yes')).toBe('He said “yes” and left');
  });

  test('spelt symbols read as themselves, and are marked when searched for', () => {
    const record = recordContent({ title: '', summary: '', body: '气温−5度,大家😀。', rest: '' });
    expect(excerptOf(record, '天气').map((p) => p.text).join('')).toBe('气温−5度,大家😀。');
    expect(excerptOf(record, '😀')).toEqual([
      { text: '气温−5度,大家', mark: false },
      { text: '😀', mark: true },
      { text: '。', mark: false },
    ]);
  });
});

describe('excerptOf starts and ends between words', () => {
  // Paragraphs of a demo article (江渡市推行社区社会组织“一居一品”), run together as an excerpt shows them.
  const paragraphs = [
    '“以前有事找居委会，现在居民自己商量着办。”青石社区党委书记说，“邻里会”成立三年来，协助社区化解邻里纠纷80余起，推动8个单元完成加装电梯。',
    '这是江渡市推行社区社会组织“一居一品”的一个缩影。去年以来，江渡市民政局推动每个城市社区结合自身实际，培育一个特色社区社会组织品牌项目。目前，全市已有186个社区形成“一居一品”，覆盖矛盾调解、为老服务、儿童托育、垃圾分类、文化体育等领域。',
    '为了让社区社会组织“有人管、有钱用、有地方”，江渡市出台了社区社会组织备案管理办法，对规模较小、尚不具备登记条件的社区社会组织实行街道备案管理；市、区两级每年安排专项资金，通过公益创投支持社区社会组织开展服务。',
  ];
  const text = paragraphs.join('');
  const record = recordContent({ title: '江渡市推行社区社会组织', summary: '', body: paragraphs.join('\n'), rest: '' });
  const excerpt = (query: string) => excerptOf(record, query).map((p) => p.text).join('');
  /** Where a cut falls between two words of the whole text: at its edges, beside a mark, or at one of its word breaks. */
  const words = new Set(wordBreaks(text));
  const LETTER = /[\p{L}\p{N}]/u;
  const betweenWords = (at: number) => at === 0 || at === text.length || !LETTER.test(text[at - 1]!) || !LETTER.test(text[at]!) || words.has(at);

  test('the words before a match are not cut (…渡市推行 was 江渡市 cut in two)', () => {
    expect(excerpt('民政')).toMatch(/^…/);
    expect(excerpt('民政')).not.toMatch(/^…渡/);
  });

  test.each(['民政局', '缩影', '一个特色', '品牌项目', '矛盾调解', '垃圾分类', '备案管理', '专项资金', '公益创投', '开展服务'])(
    'around %s, both ends of the excerpt fall between words, neither after an opening mark nor before a closing one',
    (query) => {
      const shown = excerpt(query);
      const inner = shown.replace(/^…/, '').replace(/…$/, '');
      const from = text.indexOf(inner);
      expect(from, shown).toBeGreaterThanOrEqual(0);
      const to = from + inner.length;
      expect(shown.startsWith('…')).toBe(from > 0);
      expect(shown.endsWith('…')).toBe(to < text.length);
      expect(betweenWords(from), `${shown} starts inside a word`).toBe(true);
      expect(betweenWords(to), `${shown} ends inside a word`).toBe(true);
      expect(inner, shown).not.toMatch(/^[，。、；：？！）”》]/u);
      expect(inner, shown).not.toMatch(/[（“《]$/u);
      expect(shown, 'the match is shown').toContain(query);
    },
  );
});

describe('excerptOf keeps an idiom whole', () => {
  // A paragraph of a demo article (AI换脸诈骗): ICU reads 以假乱真的 as 以|假|乱|真的, and
  // an excerpt around its opening words ended …以假乱….
  const body =
    '接到报警后，临河县公安局迅速成立专案组。民警调查发现，诈骗团伙先通过钓鱼链接盗取社交账号，从账号的朋友圈视频中提取机主的面部图像和声音素材，再利用AI换脸和语音合成软件生成以假乱真的实时视频，向机主的亲友实施诈骗。';
  const record = recordContent({ title: '标题', summary: '', body, rest: '' });
  const idiom = body.indexOf('以假乱真');

  test.each(['民警', '调查', '诈骗', '钓鱼'])('around %s, the excerpt ends before 以假乱真 or after it, near the length asked for', (query) => {
    const shown = excerptOf(record, query).map((p) => p.text).join('');
    const inner = shown.replace(/^…/, '').replace(/…$/, '');
    const end = body.indexOf(inner) + inner.length;
    expect(body.indexOf(inner), shown).toBeGreaterThanOrEqual(0);
    expect(end > idiom && end < idiom + 4, `${shown} ends inside 以假乱真`).toBe(false);
    // The cut moves to the nearest place between words, not to the end of the paragraph.
    expect(inner.length, shown).toBeGreaterThanOrEqual(80);
    expect(inner.length, shown).toBeLessThanOrEqual(100);
    expect(end, shown).toBeLessThan(body.length);
  });
});

describe('highlight', () => {
  test('marks every occurrence of every segment in the text as written', () => {
    expect(highlight('潍坊市民政局:潍坊', '潍坊')).toEqual([
      { text: '潍坊', mark: true },
      { text: '市民政局:', mark: false },
      { text: '潍坊', mark: true },
    ]);
    expect(highlight('青川市民政局 社会组织年检', '民政 组织')).toEqual([
      { text: '青川市', mark: false },
      { text: '民政', mark: true },
      { text: '局 社会', mark: false },
      { text: '组织', mark: true },
      { text: '年检', mark: false },
    ]);
  });

  test('matches as the index does: case and full-width forms folded, the text kept as written', () => {
    expect(highlight('ＰＭ２.５与Covid', 'pm2.5 COVID')).toEqual([
      { text: 'ＰＭ２.５', mark: true },
      { text: '与', mark: false },
      { text: 'Covid', mark: true },
    ]);
  });

  test('no match across a space, and none at all leaves the text whole', () => {
    expect(highlight('Apple 公司', 'e公')).toEqual([{ text: 'Apple 公司', mark: false }]);
    expect(highlight('标题', '潍坊')).toEqual([{ text: '标题', mark: false }]);
  });

  test('an emoji with a presentation selector (❤️) is found and marked as the symbol it is', () => {
    const record = recordContent({ title: '', summary: '', body: '我爱❤️中国', rest: '' });
    expect(excerptOf(record, '❤️')).toEqual([
      { text: '我爱', mark: false },
      { text: '❤', mark: true },
      { text: '中国', mark: false },
    ]);
    expect(highlight('我爱❤️中国', '❤')).toEqual([
      { text: '我爱', mark: false },
      { text: '❤️', mark: true },
      { text: '中国', mark: false },
    ]);
  });

  test('a variation selector never changes what a symbol finds: ▶️ and ▶ are the same token', () => {
    expect(tokenize('▶️')).toEqual(tokenize('▶'));
    expect(tokenize('❤️')).toEqual(tokenize('❤'));
    expect(highlight('a▶️b', '▶')).toEqual([
      { text: 'a', mark: false },
      { text: '▶️', mark: true },
      { text: 'b', mark: false },
    ]);
  });

  test('common Chinese currency signs are indexed as themselves (the full-width ￥ as ¥), unit signs as their letters', () => {
    for (const c of '¥€°') expect(tokenize(c), c).toEqual([c]);
    expect(tokenize('￥')).toEqual(['¥']);
    expect(tokenize('㎡㎏')).toEqual(['m', '2', 'k', 'g']);
    expect(INDEXED_SYMBOLS).not.toContain('℃');
  });

  test('a spelt symbol is marked as the one character it is', () => {
    expect(highlight('今天😀,明天😁', '😀')).toEqual([
      { text: '今天', mark: false },
      { text: '😀', mark: true },
      { text: ',明天😁', mark: false },
    ]);
  });

  test('characters outside the basic plane stay whole', () => {
    expect(highlight('𠀋村调解', '调解')).toEqual([
      { text: '𠀋村', mark: false },
      { text: '调解', mark: true },
    ]);
  });
});
