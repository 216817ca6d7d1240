import { describe, expect, test } from 'vitest';
import { cellList, cellText, decodeExport, ExportError, parseExport } from './export-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** The export's columns and its rows' cells. */
const read = (text: string) => {
  const { columns, rows } = parseExport(text);
  return { columns, rows: rows.map(({ cells }) => cells) };
};
/** `id,title\n1,法治报道\n2,潍坊民政\n` as GBK writes it (Python's 'gb18030' codec). */
const GBK = Buffer.from('69642c7469746c650a312cb7a8d6ceb1a8b5c00a322cceabb7bbc3f1d5fe0a', 'hex');

describe('decodeExport', () => {
  test('UTF-8, with or without a BOM, is read as it is', () => {
    expect(decodeExport(utf8('id,title\n1,法治报道\n'))).toBe('id,title\n1,法治报道\n');
    expect(read(decodeExport(utf8('\ufeffid,title\n1,法治报道\n'))).rows).toEqual([{ id: '1', title: '法治报道' }]);
  });

  test('GBK is recognised without being told', () => {
    expect(decodeExport(GBK)).toBe('id,title\n1,法治报道\n2,潍坊民政\n');
  });

  test('UTF-8 Chinese with one damaged byte is refused at its line, not read as GBK', () => {
    const lines = ['id,title', ...Array.from({ length: 5 }, (_, i) => `${i},潍坊市民政局多措并举提升社会组织服务平台效能`)];
    const bytes = utf8(lines.join('\n'));
    const damaged = Buffer.concat([bytes.subarray(0, 60), Buffer.from([0xff]), bytes.subarray(60)]);
    const line = Buffer.from(damaged.subarray(0, 60)).toString('utf8').split('\n').length;
    expect(() => decodeExport(damaged)).toThrow(new ExportError(`第 ${line} 行有不是 UTF-8 的字节：文件在这里损坏了，或文件其实是 GBK：加 --encoding gbk`));
  });

  test('a short UTF-8 file with one damaged byte is refused too, not read as GBK', () => {
    const bytes = utf8('id,title\n1,潍坊民政\n');
    const damaged = Buffer.concat([bytes.subarray(0, 11), Buffer.from([0xe6]), bytes.subarray(11)]);
    expect(() => decodeExport(damaged)).toThrow(/^第 2 行有不是 UTF-8 的字节/);
  });

  test('an encoding given is kept to', () => {
    expect(decodeExport(GBK, 'gbk')).toContain('法治报道');
    expect(() => decodeExport(GBK, 'utf-8')).toThrow(/^第 2 行有不是 UTF-8 的字节/);
  });
});

/** Text as Excel's “Unicode 文本” saves it: UTF-16 with its byte order mark, little-endian as Windows writes it, or big-endian. */
function utf16(text: string, order: 'le' | 'be' = 'le'): Buffer {
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
  return order === 'be' ? bytes.swap16() : bytes;
}

describe('decodeExport: Excel’s “Unicode 文本” (UTF-16)', () => {
  // Excel's own quoting: a cell holding a tab, a line break or a quote is in quotes, its quotes doubled.
  const sheet = 'id\ttitle\tbody\r\n1\t法治报道\t"<p>第一段\t有制表符</p>\n<p>他说：""好""</p>"\r\n2\t潍坊民政\t<p>正文</p>\r\n';
  const rows = [
    { id: '1', title: '法治报道', body: '<p>第一段\t有制表符</p>\n<p>他说："好"</p>' },
    { id: '2', title: '潍坊民政', body: '<p>正文</p>' },
  ];

  test.each(['le', 'be'] as const)('UTF-16 %s with its BOM is read, tab-separated, Excel’s quoted cells whole', (order) => {
    const bytes = utf16(sheet, order);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the bytes really are not UTF-8').toThrow();
    expect(read(decodeExport(bytes))).toEqual({ columns: ['id', 'title', 'body'], rows });
  });

  test('the BOM decides over --encoding, which no UTF-16 file could be read as', () => {
    expect(read(decodeExport(utf16(sheet), 'gbk')).rows).toEqual(rows);
  });

  test('a damaged UTF-16 file is refused at its line', () => {
    // A lone high surrogate (D800) in the third line.
    const bytes = Buffer.concat([utf16('id\ttitle\r\n1\t法治\r\n2\t'), Buffer.from([0x00, 0xd8]), Buffer.from('报道\r\n', 'utf16le')]);
    expect(() => decodeExport(bytes)).toThrow(new ExportError('第 3 行有不是 UTF-16 的字节：文件在这里损坏了，请从 Excel 重新另存为“Unicode 文本”'));
  });
});

describe('decodeExport: what is not a text file', () => {
  test.each([
    ['an .xlsx workbook renamed .csv', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(40, 0x14)]), /^这是 Excel 工作簿（\.xlsx），不是 CSV 文件/],
    ['an old .xls workbook', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(40)]), /^这是旧版 Excel 工作簿（\.xls），不是 CSV 文件/],
    ['UTF-16 without its BOM', Buffer.from('id\ttitle\r\n1\t法治\r\n', 'utf16le'), /^文件里有空字节，不是文本的 CSV/],
  ])('%s is told what it is and how to save it, not that it is not GBK', (_, bytes, message) => {
    expect(() => decodeExport(bytes)).toThrow(message);
    expect(() => decodeExport(bytes)).toThrow(/另存为/);
  });
});

describe('parseExport', () => {
  test('quoted cells may hold commas, quotes and line breaks; CRLF lines are read', () => {
    const { columns, rows } = read('id,body\r\n1,"<p>一，二</p>\r\n<p>他说：""好""</p>"\r\n');
    expect(columns).toEqual(['id', 'body']);
    expect(rows).toEqual([{ id: '1', body: '<p>一，二</p>\r\n<p>他说："好"</p>' }]);
  });

  test.each([
    ['semicolons, as Excel saves “CSV” where the list separator is ;', 'id;title;tags\r\n1;一,二;"a;b"\r\n'],
    ['tabs, as Excel saves “文本文件（制表符分隔）”', '\ufeffid\ttitle\ttags\n1\t一,二\t"a;b"\n'],
    ['commas, with a semicolon inside a cell staying there', 'id,title,tags\n1,"一,二",a;b\n'],
  ])('cells parted by %s are read alike', (_, text) => {
    expect(read(text)).toEqual({ columns: ['id', 'title', 'tags'], rows: [{ id: '1', title: '一,二', tags: 'a;b' }] });
  });

  test('a row with a cell too many in a semicolon-separated file names the semicolon', () => {
    expect(parseExport('id;title\n1;标题;多余\n').rows[0]!.problem).toMatch(/^这一行有 3 格，第一行有 2 个列名：多了分号？/);
  });

  test('an empty column a spreadsheet left at the end is dropped; one with something in it is refused', () => {
    expect(parseExport('id,title,\n1,标题,\n').columns).toEqual(['id', 'title']);
    expect(() => parseExport('id,title,\n1,标题,多余\n')).toThrow(new ExportError('第 3 列没有列名，却有内容'));
  });

  test('a row with more or fewer cells than the first is that row’s problem, at its row in a spreadsheet, the rows around it read', () => {
    // Rows 2–4 of a sheet: a body of three lines, a row a comma short (the id still read), one a cell too many.
    const { rows } = parseExport('id,title,body\n1,标题1,"<p>一</p>\n<p>二</p>\n<p>三</p>"\n2,<p>正文</p>\n3,标题3,<p>正文</p>,多余\n4,标题4,<p>正文</p>\n');
    expect(rows.map(({ row, cells, problem }) => [row, cells['id'], problem])).toEqual([
      [2, '1', undefined],
      [3, '2', expect.stringMatching(/^这一行有 2 格，第一行有 3 个列名：少了逗号？/)],
      [4, '3', expect.stringMatching(/^这一行有 4 格，第一行有 3 个列名：多了逗号？/)],
      [5, '4', undefined],
    ]);
  });

  test('a row with nothing in any cell, as a spreadsheet leaves below the last, is no row; every row keeps its number in the spreadsheet', () => {
    // Rows 1–7 of a sheet: names, 张三, a blank line, a body of two lines, cleared cells, NULLs, 李四; then cleared cells below.
    const { rows } = parseExport('id,title\r\n1,张三\r\n\r\n2,"<p>一</p>\r\n<p>二</p>"\r\n,\r\nNULL,\\N\r\n3,李四\r\n,\r\n , \r\n');
    expect(rows).toEqual([
      { row: 2, cells: { id: '1', title: '张三' } },
      { row: 4, cells: { id: '2', title: '<p>一</p>\r\n<p>二</p>' } },
      { row: 7, cells: { id: '3', title: '李四' } },
    ]);
    expect(() => parseExport('id,title\n,\n,\n')).toThrow(/没有文章/);
  });

  test('an unclosed quote and an empty file are told in Chinese', () => {
    expect(() => parseExport('id,title\n1,"标题\n')).toThrow(/英文双引号没有配对/);
    expect(() => parseExport('')).toThrow(/没有文章/);
    expect(() => parseExport('id,title\n')).toThrow(/没有文章/);
    expect(() => parseExport('姓名\n', '没有人员')).toThrow(new ExportError('没有人员'));
  });
});

describe('cells', () => {
  test.each([
    ['a database NULL is empty', 'NULL', ''],
    ['so is MySQL’s \\N', ' \\N ', ''],
    ['entities are decoded and tags dropped', '<p>&ldquo;枫桥经验&rdquo;</p>', '“枫桥经验”'],
    ['spaces, full-width ones too, are one', ' 首席\u3000\n记者 ', '首席 记者'],
    ['control characters an old system kept are taken out, a form feed read as a space', '法治\b报道\u0000讯\f记者', '法治报道讯 记者'],
  ])('cellText: %s', (_, cell, text) => {
    expect(cellText(cell)).toBe(text);
  });

  test('cellList parts words at spaces, commas, 、 and semicolons, once each', () => {
    expect(cellList('记者、编辑，通讯员;摄影 记者')).toEqual(['记者', '编辑', '通讯员', '摄影']);
    expect(cellList('NULL')).toEqual([]);
    expect(cellList(undefined)).toEqual([]);
  });
});
