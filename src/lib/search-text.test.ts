import { describe, expect, test } from 'vitest';
import {
  BREAK,
  INDEXED_SYMBOLS,
  OTHER_SYMBOL,
  QUOTE,
  SUMMARY_SLOTS,
  TITLE_SLOTS,
  excerptOf,
  matchTier,
  queryPhrases,
  recordContent,
  tokenize,
} from './search-text.ts';

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

  test('falls back to the title when only the title matches', () => {
    const parts = excerptOf(content, '标题');
    expect(parts).toEqual([{ text: '潍坊', mark: false }, { text: '标题', mark: true }]);
  });

  test('text comes back as written: quotes and spaces restored', () => {
    const parts = excerptOf(recordContent({ title: '', summary: '', body: 'say "hi" to App', rest: '' }), 'app');
    expect(parts.map((p) => p.text).join('')).toBe('say "hi" to App');
    expect(parts.find((p) => p.mark)?.text).toBe('App');
  });
});
