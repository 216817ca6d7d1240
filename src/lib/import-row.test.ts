import { describe, expect, test } from 'vitest';
import { readFrontmatter } from './frontmatter.ts';
import { importRow, type ImportedArticle, type ImportOptions, type RowProblem } from './import-row.ts';

const OPTIONS: ImportOptions = {
  sections: new Map([['12', 'local']]),
  sectionIds: ['today', 'local', 'law'],
  timeZone: 'Asia/Shanghai',
  siteName: '法治报道',
};

const ROW = {
  id: '12345',
  title: '潍坊推广“枫桥经验”',
  date: '1706000000',
  section: '12',
  author: '张文玉',
  editor: '乔海印',
  body: '<p>正文。</p>',
};

function imported(row: Record<string, string>): ImportedArticle {
  const result = importRow(row, OPTIONS);
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result.article;
}

function problems(row: Record<string, string>): RowProblem[] {
  const result = importRow(row, OPTIONS);
  return 'problems' in result ? result.problems : [];
}

const frontOf = (row: Record<string, string>) => readFrontmatter(imported(row).text).data as Record<string, unknown>;

describe('importRow', () => {
  test('a Unix time is written in the site’s time zone, and the file goes in that month’s folder', () => {
    // 1706000000 is 2024-01-23 08:53:20 UTC, 16:53:20 in Beijing; 1704038400 is 2023-12-31 16:00 UTC, already January in Beijing.
    expect(frontOf(ROW)['date']).toBe('2024-01-23 16:53:20');
    expect(imported(ROW).path).toBe('2024/01/12345.md');
    expect(imported({ ...ROW, date: '1704038400' }).path).toBe('2024/01/12345.md');
    expect(imported({ ...ROW, date: '2023-12-31 23:30:00' }).path).toBe('2023/12/12345.md');
  });

  test('an old section number is mapped; a section id of the site is taken as it is', () => {
    expect(frontOf(ROW)['section']).toBe('local');
    expect(frontOf({ ...ROW, section: 'law' })['section']).toBe('law');
    expect(problems({ ...ROW, section: '99' })).toEqual([{ field: 'section', message: expect.stringContaining('“99”') }]);
  });

  test('entities and tags in text columns are decoded and dropped; an empty source is the site', () => {
    const front = frontOf({ ...ROW, title: '&ldquo;枫桥经验&rdquo;<font color=red>在潍坊</font>', summary: '导读&nbsp;一句。', source: '' });
    expect(front['title']).toBe('“枫桥经验”在潍坊');
    expect(front['summary']).toBe('导读 一句。');
    expect(front['source']).toBe('法治报道');
  });

  test('a database NULL, as phpMyAdmin and INTO OUTFILE write it, is an empty cell', () => {
    const front = frontOf({ ...ROW, subtitle: 'NULL', summary: '\\N', tags: 'NULL', headline: 'NULL', url: '\\N' });
    expect(front).not.toHaveProperty('subtitle');
    expect(front).not.toHaveProperty('summary');
    expect(front).not.toHaveProperty('tags');
    expect(front).not.toHaveProperty('flags');
    expect(front).not.toHaveProperty('aliases');
    expect(problems({ ...ROW, body: 'NULL' })).toEqual([{ field: 'body', message: '正文为空' }]);
  });

  test('bylines are split into names, without the roles written before them', () => {
    expect(frontOf({ ...ROW, author: '本报记者 张文玉、马远征' })['author']).toEqual(['张文玉', '马远征']);
    expect(frontOf({ ...ROW, author: '通讯员 李四,王五' })['author']).toEqual(['李四', '王五']);
    expect(frontOf({ ...ROW, tags: '枫桥经验,调解 潍坊，民政' })['tags']).toEqual(['枫桥经验', '调解', '潍坊', '民政']);
  });

  test('the editor comes from the column, or else from the body’s closing line', () => {
    expect(frontOf(ROW)['editor']).toEqual(['乔海印']);
    const fromBody = imported({ ...ROW, editor: '', body: '<p>正文。</p><p>（责任编辑：马远征）</p>' });
    expect(readFrontmatter(fromBody.text).data).toMatchObject({ editor: ['马远征'] });
    expect(fromBody.text).not.toContain('责任编辑');
    expect(problems({ ...ROW, editor: '' })).toEqual([{ field: 'editor', message: expect.stringContaining('缺少责任编辑') }]);
  });

  test('flags and drafts are read from 1 and 0; anything else is named', () => {
    expect(frontOf({ ...ROW, headline: '1', featured: '0', ticker: '1', draft: '0' })).toMatchObject({ flags: ['headline', 'ticker'] });
    expect(frontOf({ ...ROW, draft: '1' })['draft']).toBe(true);
    expect(frontOf(ROW)).not.toHaveProperty('draft');
    expect(problems({ ...ROW, headline: '头条' })).toEqual([{ field: 'headline', message: expect.stringContaining('1 或 0') }]);
  });

  test('an old address becomes an alias, without the old domain', () => {
    expect(frontOf({ ...ROW, url: 'http://www.fzbd.cn/a/difang/20240123/12345.html' })['aliases']).toEqual(['/a/difang/20240123/12345.html']);
    expect(problems({ ...ROW, url: '/plus/view.php?aid=12345' })[0]?.field).toBe('aliases.0');
  });

  test('pictures on the old site are to be copied beside the article; others stay where they are', () => {
    const article = imported({
      ...ROW,
      body: '<p><img src="/uploads/allimg/240123/%E7%8E%B0%E5%9C%BA.JPEG"></p><p><img src="uploads/b.png"></p><p><img src="https://img.example.com/c.jpg"></p>',
    });
    expect(article.pictures).toEqual([
      { from: '/uploads/allimg/240123/现场.JPEG', file: '12345-1.jpg' },
      { from: '/uploads/b.png', file: '12345-2.png' },
    ]);
    expect(article.remote).toEqual(['https://img.example.com/c.jpg']);
    expect(article.text).toContain('](./12345-1.jpg)');
    expect(article.text).toContain('](https://img.example.com/c.jpg)');
  });

  test('every problem of a row is named with its field, not only the first', () => {
    const found = problems({ id: '12 345', title: '', date: '2024年1月23日', section: '12', author: '', editor: '乔海印', body: '<p>&nbsp;</p>' });
    expect(found.map((problem) => problem.field).sort()).toEqual(['author', 'body', 'date', 'id', 'title']);
    expect(found.every((problem) => /[\u4e00-\u9fff]/.test(problem.message))).toBe(true);
  });

  test('a body the build would refuse is refused here', () => {
    expect(problems({ ...ROW, body: '<p><img src="data:image/png;base64,AAAA"></p><p>正文。</p>' })).toEqual([
      { field: 'body', message: expect.stringContaining('data:') },
    ]);
  });
});
