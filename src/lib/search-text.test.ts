import { describe, expect, test } from 'vitest';
import { BREAK, INDEXED_SYMBOLS, OTHER_SYMBOL, QUOTE, queryPhrases, queryTerms, spaced, tokenize, unspace } from './search-text.ts';

describe('tokenize', () => {
  test('every Han character, letter and digit is a token', () => {
    expect(tokenize('潍坊5239家App')).toEqual(['潍', '坊', '5', '2', '3', '9', '家', 'A', 'p', 'p']);
  });

  test('punctuation is a token of its own; whitespace runs are one break', () => {
    expect(tokenize('潍坊,民政 \n\t社会组织。')).toEqual(['潍', '坊', ',', '民', '政', BREAK, '社', '会', '组', '织', '。']);
  });

  test('full-width letters and digits fold to ASCII; quotes and other symbols have stand-ins', () => {
    expect(tokenize('５Ｇ"😀')).toEqual(['5', 'G', QUOTE, OTHER_SYMBOL]);
  });

  test('leading and trailing whitespace leave no break; combining marks stay with their letter', () => {
    expect(tokenize('  cafe\u0301 ')).toEqual(['c', 'a', 'f', 'é']);
  });

  test('common Chinese and ASCII punctuation is indexed', () => {
    for (const c of ',。、:;?!“”‘’()《》【】—…·.-%/+@#') expect(INDEXED_SYMBOLS).toContain(c);
    expect(INDEXED_SYMBOLS).not.toContain('"');
    expect(INDEXED_SYMBOLS).not.toMatch(/[\p{L}\p{N}\s]/u);
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
    expect(queryPhrases('a"b')).toEqual([`"a ${QUOTE} b"`]);
  });

  test('queryTerms gives the tokens unquoted, lower case, for ranking', () => {
    expect(queryTerms('潍坊 App')).toBe('潍 坊 a p p');
  });
});

describe('spaced and unspace', () => {
  test('round trip keeps the text readers wrote', () => {
    const text = '潍坊市民政局 App 上线,“四个100”';
    expect(unspace(spaced(text))).toBe(text);
  });

  test('unspace joins highlighted runs', () => {
    expect(unspace('含 <mark>量</mark> <mark>到</mark> <mark>处</mark> 新')).toBe('含<mark>量到处</mark>新');
  });
});
