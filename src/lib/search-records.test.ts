import { describe, expect, test } from 'vitest';
import { extractRecord } from './search-records.ts';

const page = `<!DOCTYPE html><html lang="zh-CN"><head>
<meta charset="utf-8">
<meta property="article:published_time" content="2024-01-23T09:08:47+08:00" data-pagefind-sort="date[content]">
<meta property="article:section" content="今日资讯" data-pagefind-filter="section[content]" data-pagefind-meta="section[content]">
<meta property="article:author" content="马远征" data-pagefind-filter="author[content]">
<meta property="article:author" content="张文玉" data-pagefind-filter="author[content]">
<meta name="search-title" content="标题 &amp; 副题" data-pagefind-meta="title[content]">
<meta name="other" content="不读">
<meta property="article:tag" content="社会组织" data-search-field="rest">
</head><body>
<header>报头 导航 不索引</header>
<article data-pagefind-body>
  <h1 data-search-field="title">潍坊市民政局</h1>
  <div class="lede"><strong data-pagefind-ignore>导读:</strong><p data-search-field="summary">导读文字</p></div>
  <p class="meta"><span data-pagefind-ignore>时间:2024-01-23</span> <span><span data-pagefind-ignore>来源:</span>法治报道</span></p>
  <div data-search-field="body"><p>第一段<b>加粗</b>文字。</p><p>第二段 &lt;img&gt; 5239家</p><script>var x = "脚本";</script>
  <table><tr><td>单元格甲</td><td>单元格乙</td></tr></table><img src="a.jpg" alt="图片说明不索引"></div>
  <p><span data-pagefind-ignore>责任编辑:</span>乔海印</p>
</article>
<footer>页脚 不索引</footer>
</body></html>`;

describe('extractRecord', () => {
  const record = extractRecord(page, '/articles/2024/01/a/')!;

  test('reads filters, sort and meta from meta tags', () => {
    expect(record.url).toBe('/articles/2024/01/a/');
    expect(record.filters).toEqual({ section: ['今日资讯'], author: ['马远征', '张文玉'] });
    expect(record.sort).toEqual({ date: '2024-01-23T09:08:47+08:00' });
    expect(record.meta).toEqual({ section: '今日资讯', title: '标题 & 副题' });
  });

  test('indexes the body region by field, without ignored parts, chrome, scripts or alt text', () => {
    expect(record.fields).toEqual({
      title: '潍坊市民政局',
      summary: '导读文字',
      body: ['第一段加粗文字。', '第二段 <img> 5239家', '单元格甲', '单元格乙'].join('\n'),
      rest: ['社会组织', '法治报道', '乔海印'].join('\n'),
    });
  });

  test('a page without data-pagefind-body has no record', () => {
    expect(extractRecord('<html><body><p>列表页</p></body></html>', '/sections/today/')).toBeUndefined();
  });
});
