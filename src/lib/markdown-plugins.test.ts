import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test, vi } from 'vitest';
import { COLUMN_PICTURE, OPENING_PICTURE_TEXT } from './images.ts';
import siteConfig from '../site.config.ts';
import { WORD_JOINER, articlePlugins, articleSource, mdxArticlePlugins } from './markdown-plugins.ts';

/** The body as the article page renders it. */
const rendered = async (markdown: string) => (await markdownToHtml(articleSource(markdown), articlePlugins(siteConfig.url))).html;
/** The same without the mark of its first paragraph of story text, which only the dateline's tests look at. */
const html = async (markdown: string) => (await rendered(markdown)).replace(' class="opening"', '');

describe('article body plugins', () => {
  test('a table scrolls in a named box; its aligned columns carry classes instead of style attributes, its short cells one not to break', async () => {
    const out = await html('| 指标 | 2024年 | 说明 |\n| :--- | ---: | :---: |\n| 案件 | 962 | 上升 |\n| 被告人王某某 | 1.2万元 | 因犯诈骗罪被判处有期徒刑三年 |\n');
    expect(out).toMatch(/^<div class="table-scroll" tabindex="0" role="group" aria-label="表格（可左右滚动）"><table>/);
    expect(out).not.toContain('style=');
    expect(out).toContain('<th scope="col" class="align-right cell-short">2024年</th>');
    expect(out).toContain('<td class="align-center cell-short">上升</td>');
    expect(out).toContain('<td class="align-left cell-short">被告人王某某</td>');
    expect(out).toContain('<td class="align-center">因犯诈骗罪被判处有期徒刑三年</td>');
  });

  test.each([
    ['<iframe src="https://player.bilibili.com/player.html?bvid=BV1" width="640" height="360" title="庭审"></iframe>', 'width="640" height="360" title="庭审" loading="lazy" style="aspect-ratio: 640 / 360;" class="embed-sized"'],
    ['<iframe src="https://v.qq.com/txp/iframe/player.html?vid=a" width="640px" height="480px" style="border: 0" loading="eager"></iframe>', 'width="640" height="480" style="border: 0; aspect-ratio: 640 / 480;" loading="eager" class="embed-sized"'],
  ])('an embedded player of a written size keeps its shape in every browser when the column narrows it: %s', async (iframe, attributes) => {
    // The shape was read from the attributes by typed attr(), Chromium's alone: elsewhere 640 × 360 became 241 × 360 at 320 px.
    expect(await html(`${iframe}\n`)).toContain(attributes);
  });

  test.each([
    ['in per cent', '<iframe src="https://example.com/map" width="100%" height="500"></iframe>'],
    ['of one side only', '<iframe src="https://example.com/map" width="640"></iframe>'],
    ['written in its style', '<iframe src="https://example.com/map" width="640" height="360" style="height: 500px"></iframe>'],
  ])('an embedded player sized %s is left as written, but loads lazily', async (_, iframe) => {
    const out = await html(`${iframe}\n`);
    expect(out).not.toContain('embed-sized');
    expect(out).not.toContain('aspect-ratio');
    expect(out).toContain('loading="lazy"');
  });

  test('an .mdx body’s embedded player (JSX) keeps its shape as a .md body’s does', async () => {
    const { code } = await mdxToJs(articleSource('<iframe src="https://player.bilibili.com/player.html?bvid=BV1" width="640" height={360} title="庭审"></iframe>\n'), mdxArticlePlugins(siteConfig.url));
    expect(code).toContain('"aspect-ratio: 640 / 360;"');
    expect(code).toContain('"embed-sized"');
    expect(code).toContain('loading: "lazy"');
  });

  test.each(['1,190,567.89', '212,467.89元', '-112.5%', '856000.00', '1234567.5万元'])('a table cell holding an amount (%s) is marked to be kept whole on paper', async (number) => {
    expect(await html(`| 项目 | 金额 |\n| --- | ---: |\n| 医疗费 | ${number} |\n`)).toContain(`<td class="align-right cell-number">${number}</td>`);
  });

  test.each([
    '（2023）川0822民初1234号',
    '856,000.00元（已支付）',
    '2023年12月11日',
    // Digits that are not an amount: kept whole, an ID and an account ran a six-column table past A4.
    '510822199003074510',
    '6222021234567890123',
    '1234567890',
    '2023.12.11',
    '12,345,678,901.00元',
  ])('a table cell that is not an amount (%s) is not marked a number', async (text) => {
    expect(await html(`| 项目 | 内容 |\n| --- | --- |\n| 说明 | ${text} |\n`)).not.toContain('cell-number');
  });

  test('no cell of a table of more than six columns is marked a number: on paper its cells break where they must', async () => {
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const amounts = ['856,000.00', '212,467.89', '1,190,567.89', '44,000.00', '8,000.00', '1,000.00'];
    const table = (columns: number) => [row(['姓名', ...amounts.slice(0, columns - 1).map((_, index) => `项目${index + 1}`)]), row(Array(columns).fill('---')), row(['王某某', ...amounts.slice(0, columns - 1)])].join('\n');
    expect(await html(`${table(6)}\n`)).toContain('cell-number');
    expect(await html(`${table(7)}\n`)).not.toContain('cell-number');
  });

  test('a phone number in the text is kept whole on a line, its hyphens as written; one in code is left', async () => {
    const out = await html('监督电话：010-57027107、010-57027127，**咨询电话0839-1234567**，`curl 010-57027107`，2023-12-11。\n');
    expect(out).toContain('监督电话：<span class="phone">010-57027107</span>、<span class="phone">010-57027127</span>，');
    expect(out).toContain('<strong>咨询电话<span class="phone">0839-1234567</span></strong>');
    expect(out).toContain('<code>curl 010-57027107</code>');
    expect(out).toContain('2023-12-11');
  });

  test.each([
    ['<p><code><b>010-57027107</b></code></p>'],
    ['<p><kbd>010-57027107</kbd> <samp>0839-1234567</samp></p>'],
    ['<pre><span>拨打 010-57027107</span></pre>'],
    ['详见 https://example.com/news/0839-1234567.html 。'],
    ['<a href="mailto:0839-1234567@example.com">0839-1234567@example.com</a>'],
  ])('a number shown as written (in code, anywhere inside it) or in an address a link shows is not set in a phone span: %s', async (source) => {
    expect(await html(`${source}\n`)).not.toContain('class="phone"');
  });

  test('a number in an .mdx body’s code (JSX) is left as written; one in its text is kept whole', async () => {
    const { code } = await mdxToJs(articleSource('按 <kbd>010-57027107</kbd> 拨打，或 <code><b>0839-1234567</b></code>；咨询电话 0839-7654321。\n'), mdxArticlePlugins(siteConfig.url));
    expect(code).toContain('"0839-7654321"');
    expect(code.match(/"phone"/g)).toHaveLength(1);
  });

  test('a tel: link in the body is itself the phone, as html-validate reads it, with no span inside', async () => {
    const out = await html('[拨打 010-57027107](tel:+86-10-57027107)，<a href="tel:+86-839-1234567">0839 1234567</a>\n');
    expect(out).toContain('<a href="tel:+86-10-57027107" class="phone">拨打 010-57027107</a>');
    expect(out).toContain('<a href="tel:+86-839-1234567" class="phone">0839 1234567</a>');
  });

  test('an .mdx body’s tel: link written as JSX is the phone as a Markdown one is, a class written on it kept, with no span inside', async () => {
    const source =
      '拨打 <a href="tel:+86-839-1234567">0839 1234567</a>、<a href={"tel:+86-10-57027107"} className="call">拨打 010-57027107</a>、[拨打 010-57027127](tel:+86-10-57027127)，<a href="tel:110">110</a>。\n';
    const { code } = await mdxToJs(articleSource(source), mdxArticlePlugins(siteConfig.url));
    const links = [...code.matchAll(/_jsx\((?:"a"|_components\.a), \{([^}]*)\}/g)].map(([, props]) => props!.replace(/\s+/g, ' ').trim());
    expect(links).toEqual([
      'href: "tel:+86-839-1234567", class: "phone", children: "0839 1234567"',
      'href: "tel:+86-10-57027107", className: "call phone", children: "拨打 010-57027107"',
      'href: "tel:+86-10-57027127", className: "phone", children: "拨打 010-57027127"',
      // Nothing in it to break: as in Markdown, left as it is.
      'href: "tel:110", children: "110"',
    ]);
  });

  test('a body with no number written with hyphens, nor an <iframe>, is not read for them: every text node of every article was', () => {
    const names = articlePlugins(siteConfig.url).hastPlugins.map((plugin) => (typeof plugin === 'function' ? plugin({ source: '本报讯 记者从青川市获悉，2023年共办理案件962件。', data: {} } as never) : plugin)).map((plugin) => (plugin && 'name' in plugin ? plugin.name : undefined));
    expect(names).not.toContain('baodao-phone-numbers');
    expect(names).not.toContain('baodao-sized-embeds');
  });

  test('a table written in HTML (merged header cells, a caption) scrolls in the same named box, its cells classed as a Markdown table’s, its header cells scoped', async () => {
    const out = await html(
      [
        '<table>',
        '<caption>各被告赔偿数额（单位：元）</caption>',
        '<thead><tr><th rowspan="2">赔偿义务人</th><th colspan="2">赔偿项目</th></tr><tr><th>医疗费</th><th>残疾赔偿金</th></tr></thead>',
        '<tbody><tr><td>某财产保险股份有限公司东岭支公司</td><td style="text-align: right">856,000.00</td><td align="right">212,467.89</td></tr>',
        '<tr><th>合计</th><td>900,000.00</td><td>212,467.89</td></tr><tr><th scope="rowgroup">小计</th><td>1</td><td>2</td></tr></tbody>',
        '</table>',
        '',
      ].join('\n'),
    );
    expect(out).toMatch(/^<div class="table-scroll" tabindex="0" role="group" aria-label="表格（可左右滚动）"><table>\s*<caption>各被告赔偿数额（单位：元）<\/caption>/);
    expect(out).toMatch(/<\/table><\/div>\s*$/);
    expect(out).toContain('<th rowspan="2" scope="col" class="cell-short">赔偿义务人</th>');
    expect(out).toContain('<th colspan="2" scope="col" class="cell-short">赔偿项目</th>');
    expect(out).toContain('<td>某财产保险股份有限公司东岭支公司</td>');
    expect(out).toContain('<td class="align-right cell-number">856,000.00</td>');
    expect(out).not.toContain('style=');
    // A header cell beside data cells heads its row; one the editor scoped keeps its scope.
    expect(out).toContain('<th scope="row" class="cell-short">合计</th>');
    expect(out).toContain('<th scope="rowgroup" class="cell-short">小计</th>');
  });

  test('an HTML cell aligned with align, as Word, WPS and old CMSs write it, on the cell or its row, carries the class a Markdown column’s alignment does', async () => {
    const out = await html(
      [
        '<table>',
        '<tr align="center"><th>赔偿项目</th><th align="left">说明</th><th style="text-align: right; color: red">金额（元）</th></tr>',
        '<TR><TD>医疗费</TD><TD ALIGN=RIGHT>856,000.00</TD><td align="justify">按医疗费票据据实计算</td></tr>',
        '</table>',
        '',
      ].join('\n'),
    );
    // The site's cell rule (text-align: left) overrode the attribute: 856,000.00 stood at the left.
    expect(out).toContain('<td class="align-right cell-number">856,000.00</td>');
    expect(out).toContain('<th scope="col" class="align-center cell-short">赔偿项目</th>');
    // The cell's own align answers for it, also one the class cannot say; a style's text-align is obeyed as written.
    expect(out).toContain('<th scope="col" class="align-left cell-short">说明</th>');
    expect(out).toContain('<td align="justify">按医疗费票据据实计算</td>');
    expect(out).toContain('<th style="text-align: right; color: red" scope="col" class="cell-short">金额（元）</th>');
    expect(out).toContain('<td class="cell-short">医疗费</td>');
    expect(out).not.toMatch(/<t[rdh][^>]* align="(?:left|center|right)"/i);
  });

  test('a paragraph or heading of the body’s HTML aligned with align or style carries the alignment’s class, which the site does not indent; a div keeps its align, a style saying more is kept', async () => {
    const out = await html(
      [
        '<p align="center"><strong>民事判决书</strong></p>',
        '<p class="MsoNormal" align="center" style="text-align:center">（2026）青0102民初123号</p>',
        '<p style="TEXT-ALIGN: RIGHT; font-size: 16px">审判员　张三</p>',
        '<h3 align="center">判决如下</h3>',
        '<p align="justify">两端对齐的一段。</p>',
        '<div align="center"><p>二〇二六年十一月二十日</p></div>',
        '',
      ].join('\n'),
    );
    expect(out).toContain('<p class="align-center"><strong>民事判决书</strong></p>');
    expect(out).toContain('<p class="MsoNormal align-center">（2026）青0102民初123号</p>');
    expect(out).toContain('<p style="TEXT-ALIGN: RIGHT; font-size: 16px" class="align-right">审判员　张三</p>');
    expect(out).toContain('<h3 class="align-center">判决如下</h3>');
    // What the class cannot say stays written; a div's align also centres a table or picture in it.
    expect(out).toContain('<p align="justify">两端对齐的一段。</p>');
    expect(out).toContain('<div align="center"><p>二〇二六年十一月二十日</p></div>');
  });

  test('a picture of the body’s HTML floated with align or a style’s float carries a class in their place; a style’s other declarations, and float: none, are kept', async () => {
    const out = await html(
      [
        '<p><img src="/media/a.jpg" width="220" height="160" align="left" alt="现场">文字。</p>',
        '<p><img src="/media/b.jpg" style="float: right; margin: 5px" alt="乙"><img src="/media/c.jpg" ALIGN=RIGHT alt="丙"></p>',
        '<p><img src="/media/d.jpg" style="float:none" align="left" alt="丁"><img src="/media/e.jpg" align="middle" alt="戊"></p>',
        '',
      ].join('\n'),
    );
    // On a phone the text beside a floated 220 px picture was a strip of 6 characters a line.
    expect(out).toContain('<img src="/media/a.jpg" width="220" height="160" alt="现场" class="float-left">');
    expect(out).toContain('<img src="/media/b.jpg" style="margin: 5px;" alt="乙" class="float-right">');
    expect(out).toContain('<img src="/media/c.jpg" alt="丙" class="float-right">');
    expect(out).toContain('<img src="/media/d.jpg" style="float:none" align="left" alt="丁">');
    expect(out).toContain('<img src="/media/e.jpg" align="middle" alt="戊">');
  });

  test('an HTML table’s widths as Word and old CMSs write them go, in attributes and in a style; the table, its columns and cells keep the rest', async () => {
    const out = await html(
      [
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="553" style="width:414.8pt;border-collapse:collapse">',
        '<colgroup width="100"><col width="120"><col width="50%"></colgroup>',
        '<tr><td width="120" style="width:90pt;padding:0 5.4pt">东岭区人民法院</td><td style="width:10px;text-align:right">128</td></tr>',
        '</table>',
        '',
      ].join('\n'),
    );
    // Held at 553 px, a table of two columns scrolled on a phone, and lost a column at the edge of A5 paper.
    expect(out).toContain('<table class="MsoTableGrid" border="1" style="border-collapse:collapse;">');
    expect(out).toContain('<colgroup><col><col></colgroup>');
    expect(out).toContain('<td style="padding:0 5.4pt;">东岭区人民法院</td>');
    expect(out).toContain('<td class="align-right cell-short">128</td>');
    expect(out).not.toMatch(/width|cellspacing|cellpadding/i);
  });

  test('the text of the body’s HTML is closed up as a paragraph’s: a line break among Chinese, or a space beside a full-width mark, is none; code and <pre> keep theirs', async () => {
    const out = await html('<p>被告李某\n向其借款十万元。 《合同》约定\n2024年\n3月归还。Word\nHTML 照旧。</p>\n\n<pre>保留\n换行。 空格</pre>\n\n<div><code>代码 。 保留</code></div>\n');
    // A browser showed each line break Word wrote into its HTML as a space: 李某 向其.
    expect(out).toContain('<p>被告李某向其借款十万元。《合同》约定2024年3月归还。Word\nHTML 照旧。</p>');
    expect(out).toContain('<pre>保留\n换行。 空格</pre>');
    expect(out).toContain('<code>代码 。 保留</code>');
  });

  test('a line break Word wrote between its inline elements is closed up by the characters beside it, past the elements’ edges; Latin words, code and a <br> keep theirs', async () => {
    const out = await html(
      '<p><span>被告李某</span>\n<span>向其借款，</span><span style="color:red">共计\n</span><b>十万元</b>\n<!-- 注 -->\n</p>\n<p><span>Word</span>\n<span>HTML</span> 和<code>代码</code>\n<span>照旧</span>，<span>分行</span><br>\n<span>保留</span>。</p>\n',
    );
    // A browser showed each as a space: 李某 向其.
    expect(out).toContain('<p><span>被告李某</span><span>向其借款，</span><span style="color:red">共计</span><b>十万元</b>');
    expect(out).toContain('<p><span>Word</span>\n<span>HTML</span> 和<code>代码</code>\n<span>照旧</span>，<span>分行</span><br>\n<span>保留</span>。</p>');
  });

  test('a link to an attachment under /files/ is followed by its kind and size, kept out of search, with its full address for paper; one not there, or outside /files/, is left alone', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'baodao-public-'));
    mkdirSync(path.join(site, 'files/2023/11'), { recursive: true });
    writeFileSync(path.join(site, 'files/2023/11/判决书.pdf'), Buffer.alloc(183_000));
    writeFileSync(path.join(site, 'files/2023/11/jisuan.docx'), Buffer.alloc(24_000));
    writeFileSync(path.join(site, 'secret.pdf'), Buffer.alloc(5_000));
    vi.stubEnv('BAODAO_PUBLIC', site);
    try {
      const out = await html(
        [
          '- [民事判决书](/files/2023/11/%E5%88%A4%E5%86%B3%E4%B9%A6.pdf)',
          '- [计算表（Word）](/files/2023/11/jisuan.docx)',
          '- [不存在](/files/2023/11/none.pdf)',
          '- [上一级](/files/../secret.pdf)',
          '',
          '见<a href="/files/2023/11/jisuan.docx">计算表</a>。',
          '',
        ].join('\n'),
      );
      // Inside the note, the file's full address for paper, its name as written (判决书, not %E5%88%A4…).
      const printed = (file: string) => `<span class="file-address">，${new URL(siteConfig.url).origin}/files/2023/11/${file}</span>`;
      expect(out).toContain(`<a href="/files/2023/11/%E5%88%A4%E5%86%B3%E4%B9%A6.pdf">民事判决书</a><span class="file-note" data-pagefind-ignore="">（PDF，179 KB${printed('判决书.pdf')}）</span>`);
      expect(out).toContain(`<a href="/files/2023/11/jisuan.docx">计算表（Word）</a><span class="file-note" data-pagefind-ignore="">（23 KB${printed('jisuan.docx')}）</span>`);
      expect(out).toContain(`<a href="/files/2023/11/jisuan.docx">计算表</a><span class="file-note" data-pagefind-ignore="">（Word，23 KB${printed('jisuan.docx')}）</span>。`);
      expect(out.match(/file-note/g)).toHaveLength(3);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  test('an SVG chart or a formula pasted into the body keeps its xmlns as written', async () => {
    const out = await html(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><use xlink:href="#a"/></svg>\n\n<div><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math></div>\n',
    );
    expect(out).not.toContain(':xmlns=');
    expect(out).toMatch(/<svg [^>]*(?<![:\w])xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(out).toMatch(/<svg [^>]*xmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink"/);
    expect(out).toContain('<use xlink:href="#a">');
    expect(out).toMatch(/<math [^>]*(?<![:\w])xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"/);
  });

  test('a link of the body’s HTML that opens another window is given rel="noopener"; a Markdown link opens none', async () => {
    const out = await html('见<a href="https://example.com/a" target="_blank">原文</a>和[官网](https://example.com/)。\n\n<div><a href="https://example.com/b" target="_blank" rel="nofollow">附件</a></div>\n');
    expect(out).toContain('<a href="https://example.com/a" target="_blank" rel="noopener">原文</a>');
    expect(out).toContain('<a href="https://example.com/">官网</a>');
    expect(out).toContain('<a href="https://example.com/b" target="_blank" rel="noopener nofollow">附件</a>');
  });

  test('an .mdx body’s table written as JSX scrolls in the same named box as a Markdown table, its cells scoped and classed as one’s, a class written on a cell kept', async () => {
    const source = [
      '<table>',
      '<caption>各被告赔偿数额（单位：元）</caption>',
      '<thead><tr><th rowspan="2">赔偿义务人</th><th colspan="2">赔偿项目</th></tr><tr><th scope="colgroup">医疗费</th><th>残疾赔偿金</th></tr></thead>',
      '<tbody><tr><th>王某</th><td className="figure">12,000</td><td>因犯诈骗罪被判处有期徒刑三年</td></tr></tbody>',
      '</table>',
      '',
    ].join('\n');
    const { code } = await mdxToJs(articleSource(source), mdxArticlePlugins(siteConfig.url));
    const js = code.replace(/\s+/g, ' ');
    // Before, the table stood bare in the column (a phone squeezed it, 赔偿义务人 one character a line), its cells unmarked.
    expect(js).toMatch(/_jsx\(_components\.div, \{ className: "table-scroll", tabIndex: "0", role: "group", "aria-label": "表格（可左右滚动）", children: _jsxs\(_components\.table, \{ children: \[ _jsx\(_components\.caption/);
    // A cell as MDX writes it: _jsx("td", { … }), or _jsx(_components.td, { … }) when nothing was added.
    const cells = [...js.matchAll(/_jsx\((?:"|_components\.)(t[hd])"?, \{([^}]*)\}\)/g)].map(([, tag, props]) => `${tag} ${props!.trim()}`);
    expect(cells).toEqual([
      'th rowspan: "2", scope: "col", class: "cell-short", children: "赔偿义务人"',
      'th colspan: "2", scope: "col", class: "cell-short", children: "赔偿项目"',
      'th scope: "colgroup", class: "cell-short", children: "医疗费"',
      'th scope: "col", class: "cell-short", children: "残疾赔偿金"',
      'th scope: "row", class: "cell-short", children: "王某"',
      'td className: "figure cell-short", children: "12,000"',
      'td children: "因犯诈骗罪被判处有期徒刑三年"',
    ]);
  });

  test('an .mdx link that opens another window is given rel="noopener", its target and rel in quotes or as a string in braces', async () => {
    const source = '见<a href="https://example.com/a" target={"_blank"}>甲</a>、<a href="https://example.com/b" target="_blank" rel={"nofollow"}>乙</a>、<a href="https://example.com/c" target=\'_blank\'>丙</a>、<a href="https://example.com/d" target={"_self"}>丁</a>。\n';
    const { code } = await mdxToJs(articleSource(source), mdxArticlePlugins(siteConfig.url));
    const links = [...code.matchAll(/_jsx\("a", \{([^}]*)\}/g)].map(([, props]) => props!.replace(/\s+/g, ' ').trim());
    expect(links).toEqual([
      'href: "https://example.com/a", target: "_blank", rel: "noopener", children: "甲"',
      'href: "https://example.com/b", target: "_blank", rel: "noopener nofollow", children: "乙"',
      'href: "https://example.com/c", target: "_blank", rel: "noopener", children: "丙"',
      'href: "https://example.com/d", target: "_self", children: "丁"',
    ]);
  });

  test('a picture beside the article is given the column’s layout and sizes; one elsewhere is left alone', async () => {
    const out = await html('![院落](./yard.jpg)\n\n![外站](https://example.com/a.jpg)\n');
    const [beside, elsewhere] = out.match(/<img[^>]*>/g)!;
    expect(beside).toContain('layout="full-width"');
    expect(beside).toContain(`sizes="${COLUMN_PICTURE.sizes}"`);
    expect(elsewhere).not.toMatch(/layout=|sizes=/);
  });

  test('the body’s first picture loads at once when little text comes before it; a later one, or one after more text, stays lazy', async () => {
    const loading = (img: string) => /loading="(\w+)"/.exec(img)?.[1];
    const near = '甲'.repeat(OPENING_PICTURE_TEXT - 20);
    // After a paragraph (an imported body's usual opening), in a captioned figure, and the second picture.
    const opened = (await html(`${near}\n\n![现场](./a.jpg "图为现场（马远征 摄）")\n\n正文。\n\n![又一张](./b.jpg)\n`)).match(/<img[^>]*>/g)!;
    expect(opened.map(loading)).toEqual(['eager', undefined]);
    // Further down the body than a phone's first screen or two: Astro's lazy loading stays.
    const far = (await html(`${'乙'.repeat(OPENING_PICTURE_TEXT + 1)}\n\n![现场](./a.jpg)\n`)).match(/<img[^>]*>/g)!;
    expect(far.map(loading)).toEqual([undefined]);
    // A picture of the public folder, which Astro does not make lazy, is the first: the next is not taken for it.
    const publicFirst = (await html('![旧图](/media/a.jpg)\n\n正文。\n\n![现场](./b.jpg)\n')).match(/<img[^>]*>/g)!;
    expect(publicFirst.map(loading)).toEqual([undefined, undefined]);
  });

  test.each([
    ['a cover', { cover: { image: './cover.jpg', alt: '题图' } }],
    ['a video', { video: { src: '/media/a.mp4', poster: './poster.jpg' } }],
  ])('under %s, which the page asks for first, the body’s opening picture stays lazy', async (_, frontmatter) => {
    const body = articleSource('正文第一段。\n\n![现场](./a.jpg)\n');
    const withFrontmatter = async (data: Record<string, unknown>) =>
      (await markdownToHtml(body, { ...articlePlugins(siteConfig.url), data: { astro: { frontmatter: data, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } } })).html.match(/<img[^>]*>/g)!;
    expect((await withFrontmatter(frontmatter)).map((img) => /loading="(\w+)"/.exec(img)?.[1])).toEqual([undefined]);
    // The same body with neither: its picture is the first screen's largest, loaded at once.
    expect((await withFrontmatter({ title: '无题图' })).map((img) => /loading="(\w+)"/.exec(img)?.[1])).toEqual(['eager']);
  });

  test('in MDX, a picture in a <Figure> near the top loads at once too', async () => {
    const source = `正文第一段。\n\n<Figure caption="现场">\n![现场](./a.jpg)\n</Figure>\n\n![又一张](./b.jpg)\n`;
    const { code } = await mdxToJs(articleSource(source), mdxArticlePlugins(siteConfig.url));
    expect(code.match(/loading: "eager"/g)).toHaveLength(1);
  });

  test('a picture alone in its paragraph with a title is a captioned figure; one inside a sentence or without a title is not', async () => {
    const out = await html('![中心](./center.jpg "图为培育中心一角（马远征 摄）")\n\n文中![图](./b.jpg "提示")的图。\n\n![无题](./c.jpg)\n');
    expect(out).toContain(
      '<figure class="body-figure"><p><img src="./center.jpg" alt="中心"',
    );
    expect(out).toContain('<figcaption>图为培育中心一角<span class="credit">（马远征 摄）</span></figcaption></figure>');
    expect(out).not.toContain('title="图为');
    expect(out).toContain('<p>文中<img src="./b.jpg" alt="图" title="提示"');
    expect(out).toMatch(/<p><img src="\.\/c\.jpg"[^>]*><\/p>/);
    expect(out.match(/<figure/g)).toHaveLength(1);
  });

  test('a link whose text is its address is marked, so that it is printed once; a named link is not', async () => {
    const out = await html('详见 https://www.court.gov.example/a 和 www.court.gov.example 以及[法院网站](https://www.court.gov.example/b)。\n');
    const links = out.match(/<a[^>]*>[^<]*<\/a>/g)!;
    expect(links).toHaveLength(3);
    expect(links[0]).toContain('class="link-address"');
    expect(links[1]).toContain('class="link-address"');
    expect(links[2]).not.toContain('class=');
  });

  test('a 间隔号 is bound to its neighbours with word joiners, so that no line starts or ends with it; in code it stays as written', async () => {
    const bound = `${WORD_JOINER}·${WORD_JOINER}`;
    const out = await html(
      '打造“鲁社齐心·向阳同行”品牌。\n\n**鲁社齐心**·向阳，[阿依古丽·买买提](/people/x/)\n\n## 红心聚力·益路同行\n\n| 姓名 |\n| --- |\n| 阿依古丽·买买提 |\n\n![图](./a.jpg "图为阿依古丽·买买提（马远征 摄）")\n\n`a·b`\n',
    );
    expect(out).toContain(`<p>打造“鲁社齐心${bound}向阳同行”品牌。</p>`);
    expect(out).toContain(`<p><strong>鲁社齐心</strong>${bound}向阳，<a href="/people/x/">阿依古丽${bound}买买提</a></p>`);
    expect(out).toContain(`<h2>红心聚力${bound}益路同行</h2>`);
    expect(out).toContain(`阿依古丽${bound}买买提</td>`);
    expect(out).toContain(`<figcaption>图为阿依古丽${bound}买买提<span class="credit">`);
    expect(out).toContain('<code>a·b</code>');
    const outsideCode = out.replace(/<code>.*?<\/code>/g, '');
    expect(outsideCode.split(bound)).toHaveLength(7);
    expect(outsideCode.match(/·/g)).toHaveLength(6);
  });

  test('a single tilde is the range sign (1~3年), not the start of struck-through text; a double one strikes', async () => {
    const out = await html('判处有期徒刑1~3年，并处罚金5000~10000元。\n\n~~删去的话~~和1~**3**个月。\n');
    expect(out).toContain('<p>判处有期徒刑1~3年，并处罚金5000~10000元。</p>');
    expect(out).toContain('<p><del>删去的话</del>和1~<strong>3</strong>个月。</p>');
    // A range inside a range: GitHub's Markdown would strike the inner one.
    expect(await html('1~3年（~5年~）5~10年\n')).toBe('<p>1~3年（~5年~）5~10年</p>\n');
    expect(await html('~~删掉 1~3 年~~\n')).toBe('<p><del>删掉 1~3 年</del></p>\n');
  });

  test('asterisks that mask a number or a name stay as written; bold and emphasis as editors write them stay markup', async () => {
    expect(await html('身份证号370102********1234，另一人370102********5678。\n')).toBe('<p>身份证号370102********1234，另一人370102********5678。</p>\n');
    expect(await html('手机号138****1234和139****5678\n')).toBe('<p>手机号138****1234和139****5678</p>\n');
    expect(await html('当事人张*明和李*华\n')).toBe('<p>当事人张*明和李*华</p>\n');
    expect(await html('据**新华社**报道，这是：*强调*。**据138****1234报道**\n')).toBe(
      '<p>据<strong>新华社</strong>报道，这是：<em>强调</em>。<strong>据138****1234报道</strong></p>\n',
    );
    // Names masked at their end: one asterisk among characters at either end is no emphasis.
    expect(await html('被告人张*和李*，另案处理的赵*、钱*和孙*。\n')).toBe('<p>被告人张*和李*，另案处理的赵*、钱*和孙*。</p>\n');
    // Three asterisks that open or close bold italics are markup; a name beyond U+FFFF is a name.
    expect(await html('***粗斜体***：内容\n')).toBe('<p><em><strong>粗斜体</strong></em>：内容</p>\n');
    expect(await html('𠮷*明和李*华\n')).toBe('<p>𠮷*明和李*华</p>\n');
    // Also in a paragraph whose lines are joined (the plugins' order matters).
    expect(await html('手机\n138****1234，期限\n1~3年，另见张*明和李*华。\n')).toBe('<p>手机138****1234，期限1~3年，另见张*明和李*华。</p>\n');
  });

  test('bold as Chinese writes it, with punctuation just inside and a character just outside, is bold', async () => {
    expect(await html('**问：**近年来有何特点？**答：**从我们审理的案件看。\n')).toBe('<p><strong>问：</strong>近年来有何特点？<strong>答：</strong>从我们审理的案件看。</p>\n');
    expect(await html('**（一）**关于排除执行的问题。据**“新华社”**报道，**重要。**下文\n')).toBe(
      '<p><strong>（一）</strong>关于排除执行的问题。据<strong>“新华社”</strong>报道，<strong>重要。</strong>下文</p>\n',
    );
    // In a table, a heading and a list too; bold that CommonMark reads already stays as it is.
    expect(await html('| **合计：**100 |\n| --- |\n')).toContain('<th scope="col" class="cell-short"><strong>合计：</strong>100</th>');
    expect(await html('## **一、**基本案情\n')).toBe('<h2><strong>一、</strong>基本案情</h2>\n');
    expect(await html('- **问：**借名买房有效吗？\n')).toContain('<li><strong>问：</strong>借名买房有效吗？</li>');
    expect(await html('他说：**近年来**案件增多，**【案情回顾】**\n')).toBe('<p>他说：<strong>近年来</strong>案件增多，<strong>【案情回顾】</strong></p>\n');
    // Not in code; not asterisks that mask names before a pause mark.
    expect(await html('`**问：**近` 和\n\n```\n**问：**近\n```\n')).toBe('<p><code>**问：**近</code> 和</p>\n<pre><code>**问：**近\n</code></pre>\n');
    expect(await html('被告人张**、李**。\n')).toBe('<p>被告人张**、李**。</p>\n');
    // A name masked with two asterisks, then bold CommonMark reads, or a bracket or a quote.
    expect(await html('被告人李**犯诈骗罪，**判处有期徒刑三年**。\n')).toBe('<p>被告人李**犯诈骗罪，<strong>判处有期徒刑三年</strong>。</p>\n');
    expect(await html('犯罪嫌疑人张**（男，35岁）、李**（女，32岁）被刑事拘留。\n')).toBe('<p>犯罪嫌疑人张**（男，35岁）、李**（女，32岁）被刑事拘留。</p>\n');
    expect(await html('张**“借”走了李**的钱。\n')).toBe('<p>张**“借”走了李**的钱。</p>\n');
    expect(await html('**（一）**王**已到案。\n')).toBe('<p><strong>（一）</strong>王**已到案。</p>\n');
    // No invisible space is left behind: in indented code, raw HTML, a picture's description; U+FEFF is no space.
    const leftovers = await html('    **问：**近年来\n\n<div>\n**问：**近年来\n</div>\n\n![据**“新华社”**报道](./a.jpg)\n\n> ```\n> **问：**近\n> ```\n');
    expect(leftovers).not.toContain('\u205f');
    expect(await html('据\ufeff**“新华社”**报道\n')).toBe('<p>据\ufeff<strong>“新华社”</strong>报道</p>\n');
    expect(await html('正文\\**问：**近\n')).toBe('<p>正文**问：**近</p>\n');
  });

  test('an interview written a line a question, bold labels and all, gives a paragraph each', async () => {
    expect(await html('**问：**案件多吗？\n**答：**不少。\n法院认定：\n1.被告人王某某；\n2.被告人张某。\n')).toBe(
      '<p><strong>问：</strong>案件多吗？</p>\n<p><strong>答：</strong>不少。</p>\n<p>法院认定：</p>\n<p>1.被告人王某某；</p>\n<p>2.被告人张某。</p>\n',
    );
  });

  test('footnotes are headed 注释, with Chinese labels for the links back', async () => {
    const out = await html('正文[^1]。\n\n[^1]: 注释内容。\n');
    expect(out).toMatch(/<h2[^>]*id="footnote-label"[^>]*>注释<\/h2>/);
    expect(out).toContain('aria-label="返回正文第 1 处"');
    expect(out).not.toMatch(/Footnotes|Back to/);
  });

  test('a note’s number is bound to the character before it with a word joiner, after text, bold or a link, so that no line starts with it', async () => {
    const out = await html('相应利息[^1]。**加粗**[^2]，见[原文](https://example.com/)[^3]\n\n[^1]: 注一。\n[^2]: 注二。\n[^3]: 注三。\n');
    const reference = (n: number) => `<sup><a href="#user-content-fn-${n}" id="user-content-fnref-${n}" data-footnote-ref="" aria-describedby="footnote-label">${n}</a></sup>`;
    expect(out).toContain(`<p>相应利息${WORD_JOINER}${reference(1)}。<strong>加粗</strong>${WORD_JOINER}${reference(2)}，见<a href="https://example.com/">原文</a>${WORD_JOINER}${reference(3)}</p>`);
    // The notes themselves, under 注释, are not references: no joiner there.
    expect(out.split(WORD_JOINER)).toHaveLength(4);
  });

  test('an indent written as a web page’s source writes it (&emsp;&emsp;, &nbsp; four times) goes, as a full-width one does: the site indents every paragraph itself', async () => {
    expect(await html('&emsp;&emsp;第一段。\n\n&nbsp;&nbsp;&nbsp;&nbsp;第二段。\n&#8195;&#8195;第三段。\n\n> &emsp;&emsp;第一千一百六十五条　行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。\n')).toBe(
      '<p>第一段。</p>\n<p>第二段。</p>\n<p>第三段。</p>\n<blockquote>\n<p>第一千一百六十五条　行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。</p>\n</blockquote>\n',
    );
    // A body of one line, nothing else in it that asks for the paragraphs to be read.
    expect(await html('&emsp;&emsp;本院认为\n')).toBe('<p>本院认为</p>\n');
  });

  test('a paragraph of the body’s HTML loses the indent typed at its start, as a Markdown one does: <p>　　…</p> as old CMSs and Word write every paragraph', async () => {
    const out = await html(
      [
        '<p>　　本报讯　近日，东岭区人民法院审结一起民间借贷纠纷案。</p>',
        '<p class="MsoNormal"><span style="font-family:宋体">　　原告王某诉称，被告李某向其借款十万元。<o:p></o:p></span></p>',
        '<p>',
        '&nbsp;&nbsp;&nbsp;&nbsp;法院审理认为，借款人应当按照约定的期限返还借款。<br>&nbsp;&nbsp;&nbsp;&nbsp;判决如下：</p>',
        '<p><!-- 原稿 --> <b>　　法官说法</b></p>',
        '<p>&nbsp;单个空格不是缩进。</p>',
        '<p>甲<span>　　乙</span></p>',
        '<div>　　不缩进的块里，它是唯一的缩进。</div>',
        '',
      ].join('\n'),
    );
    const shown = out.replaceAll('\u00a0', '~').replaceAll('\u3000', '□');
    // Shown after the site's own 2em, the typed indent doubled it.
    expect(shown).toContain('<p>本报讯□近日');
    expect(shown).toContain('<span style="font-family:宋体">原告王某诉称');
    expect(shown).toContain('<p>法院审理认为');
    // After a line break inside the paragraph, the only indent that line has: kept.
    expect(shown).toContain('<br>~~~~判决如下：');
    expect(shown).toContain('<b>法官说法</b>');
    expect(shown).toContain('<p>~单个空格不是缩进。</p>');
    expect(shown).toContain('<p>甲<span>□□乙</span></p>');
    expect(shown).toContain('<div>□□不缩进的块里');
  });

  test('paragraphs indented with four spaces or a tab, as text pasted from a PDF or a plain-text judgment is, are paragraphs, not code; code written so, or between ``` lines, stays code', async () => {
    expect(await html('本院认为：\n\n    被告王某驾驶机动车未尽到安全注意义务，\n    应当承担全部赔偿责任。联系电话138****1234，刑期1~3年。\n    判决如下：\n\n\t一、被告王某赔偿原告李某1,234,567.89元；\n')).toBe(
      '<p>本院认为：</p>\n<p>被告王某驾驶机动车未尽到安全注意义务，应当承担全部赔偿责任。联系电话138****1234，刑期1~3年。</p>\n<p>判决如下：</p>\n<p>一、被告王某赔偿原告李某1,234,567.89元；</p>\n',
    );
    expect(await html('命令：\n\n    npm run build\n')).toBe('<p>命令：</p>\n<pre><code>npm run build\n</code></pre>\n');
    expect(await html('```\n    缩进的中文代码\n```\n')).toBe('<pre><code>    缩进的中文代码\n</code></pre>\n');
  });

  test('a quotation’s last paragraph naming its source (——《…》) is marked as its source line; a dash elsewhere, or a quotation of one paragraph, is not', async () => {
    expect(await html('> 第一千一百六十五条　行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。\n>\n> ——《中华人民共和国民法典》第一千一百六十五条\n')).toBe(
      '<blockquote>\n<p>第一千一百六十五条　行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。</p>\n<p class="quote-source">——《中华人民共和国民法典》第一千一百六十五条</p>\n</blockquote>\n',
    );
    // On the quotation's last line, without a blank line before it.
    expect(await html('> 远亲不如近邻。\n> ——俗语\n')).toContain('<p class="quote-source">——俗语</p>');
    expect(await html('> 第一段。\n>\n> 第二段——不是出处。\n')).not.toContain('quote-source');
    expect(await html('> ——只有一段\n')).not.toContain('quote-source');
  });

  test('a space written as an entity (&nbsp;, as copied from a web page or a CMS) beside a full-width mark is no space either; beside Latin it stays', async () => {
    expect(await html('记者从青川市获悉，“青川通”App&nbsp;正式上线。&nbsp;&nbsp;市民可以通过它办理业务。\n')).toBe(
      '<p>记者从青川市获悉，“青川通”App\u00a0正式上线。市民可以通过它办理业务。</p>\n',
    );
    expect(await html('## 一、&#160;基本案情\n')).toMatch(/<h2[^>]*>一、基本案情<\/h2>/);
  });

  test('a space beside a full-width mark, as Word pastes it, is no space: after bold too, in headings and table cells; never in code or between Latin words', async () => {
    expect(await html('**降低业主大会成立门槛。** 《条例》规定，公共收益“晒”出来。 利用小区共有部分\n')).toBe(
      '<p><strong>降低业主大会成立门槛。</strong>《条例》规定，公共收益“晒”出来。利用小区共有部分</p>\n',
    );
    expect(await html('## 一、 基本案情\n\n| 项目 | 说明 |\n| --- | --- |\n| （一） 登记 | 网上办理 。 |\n')).toMatch(
      /<h2[^>]*>一、基本案情<\/h2>[\s\S]*<td class="cell-short">（一）登记<\/td>\s*<td class="cell-short">网上办理。<\/td>/,
    );
    expect(await html('使用 App 。 The end, and 5G 基站：`a。 b` 和\n\n```\n代码。 保留\n```\n')).toBe(
      '<p>使用 App 。 The end, and 5G 基站：<code>a。 b</code> 和</p>\n<pre><code>代码。 保留\n</code></pre>\n',
    );
    // A line break among Chinese in a paragraph is no space either (its own rule, below).
    expect(await html('条例规定，\n街道办事处\n应当指导。\n')).toBe('<p>条例规定，街道办事处应当指导。</p>\n');
  });

  test.each([
    ['a label in bold, then the story, pasted without a blank line', '**【案情回顾】**\n2018年，张某某。\n二段。\n', '<p><strong>【案情回顾】</strong></p>\n<p class="opening">2018年，张某某。</p>\n<p>二段。</p>\n'],
    ['a label in 【】 and a heading', '【案情回顾】\n\n## 一、基本案情\n\n正文。\n', '<p>【案情回顾】</p>\n<h2>一、基本案情</h2>\n<p class="opening">正文。</p>\n'],
    ['a captioned picture and a comment', '![图](https://example.com/a.jpg "图为一角")\n\n<!-- 注 -->\n\n正文。\n', '<p class="opening">正文。</p>'],
    ['a question', '**问：**借名买房？\n**答：**有效。\n', '<p class="opening"><strong>问：</strong>借名买房？</p>\n<p><strong>答：</strong>有效。</p>\n'],
    ['an editor’s note', '**编者按：**近年来，借名买房纠纷增多。\n\n2018年，张某某。\n', '<p><strong>编者按：</strong>近年来，借名买房纠纷增多。</p>\n<p class="opening">2018年，张某某。</p>'],
    ['a 导语 set in bold, which is story text, not a label', '**近年来，潍坊的社会组织快速发展。潍坊已登记5239家。**\n\n二段。\n', '<p class="opening"><strong>近年来，潍坊的社会组织快速发展。潍坊已登记5239家。</strong></p>'],
  ])('the first paragraph of story text is marked for the dateline to lead it, after %s', async (_, markdown, expected) => {
    const out = await rendered(markdown);
    expect(out).toContain(expected);
    expect(out.match(/class="opening"/g)).toHaveLength(1);
  });

  test.each([
    ['paragraphs', '<p>　　2018年，张某某。</p>\n<p>　　二段。</p>\n', '<p class="opening">2018年，张某某。</p>\n<p>二段。</p>'],
    ['a centred title and a label', '<p align="center"><strong>民事判决书</strong></p>\n<p><b>【案情回顾】</b></p>\n<p>　　原告王某。</p>\n', '<p class="opening">原告王某。</p>'],
    ['a picture, an empty paragraph and an editor’s note', '<p><img src="/media/a.jpg" alt="图"></p>\n<p>&nbsp;</p>\n<p><strong>编者按：</strong>近年来。</p>\n<p>正文。</p>\n', '<p class="opening">正文。</p>'],
    ['a Word wrapper, the paragraph’s own class kept', '<div class="WordSection1">\n<p class="MsoNormal" style="line-height: 2">正文。</p>\n</div>\n', '<p class="opening MsoNormal" style="line-height: 2">正文。</p>'],
    ['a Markdown heading', '## 一、基本案情\n\n<p>正文。</p>\n', '<p class="opening">正文。</p>'],
    ['a centred block of lines, its paragraphs centred with it', '<div align="center">\n<p>民事判决书</p>\n<p>（2024）川0802民初123号</p>\n</div>\n<p>原告王某。</p>\n', '<p class="opening">原告王某。</p>'],
    ['a title in a <center>', '<center><b>民事判决书</b></center>\n<p>原告王某。</p>\n', '<p class="opening">原告王某。</p>'],
    ['a centred block of words', '<div style="text-align: center">民事判决书</div>\n<p>原告王某。</p>\n', '<p class="opening">原告王某。</p>'],
    ['a centred block of a picture', '<div align="center"><img src="/media/a.jpg" alt="图"></div>\n<p>正文。</p>\n', '<p class="opening">正文。</p>'],
    ['a paragraph set at the left in a centred block', '<div align="center">\n<p>民事判决书</p>\n<p align="left">原告王某。</p>\n</div>\n', '<p class="opening align-left">原告王某。</p>'],
  ])('the first paragraph of story text in the body’s own HTML is marked for the dateline to lead it, in %s', async (_, markdown, expected) => {
    const out = await rendered(markdown);
    expect(out).toContain(expected);
    expect(out.match(/class="opening/g)).toHaveLength(1);
  });

  test.each([
    ['a Markdown paragraph before HTML ones', '正文。\n\n<p>二段。</p>\n', '<p class="opening">正文。</p>'],
    ['a list in HTML', '<ul><li>列表</li></ul>\n<p>正文。</p>\n', undefined],
    ['a table in HTML', '<table><tr><td>登记</td></tr></table>\n<p>正文。</p>\n', undefined],
    ['a list in Markdown', '- 列表\n\n<p>正文。</p>\n', undefined],
  ])('the body’s HTML changes no opening decided before it, after %s', async (_, markdown, expected) => {
    const out = await rendered(markdown);
    if (expected) expect(out).toContain(expected);
    expect(out.match(/class="opening/g) ?? []).toHaveLength(expected ? 1 : 0);
  });

  test.each([
    ['a table centred, as old CMSs set one', '<table align="center"><tr><td>赔偿项目</td><td>金额</td></tr></table>\n<p>正文。</p>\n'],
    ['a table in a centred block', '<div align="center"><table><tr><td>赔偿项目</td></tr></table></div>\n<p>正文。</p>\n'],
    ['a table in a <center>', '<center><table><tr><td>赔偿项目</td></tr></table></center>\n<p>正文。</p>\n'],
    ['a centred quotation', '<blockquote style="text-align: center"><p>引文</p></blockquote>\n<p>正文。</p>\n'],
    ['a centred list', '<ul style="text-align: center"><li>列表</li></ul>\n<p>正文。</p>\n'],
    ['a rule in HTML', '<hr>\n<p>正文。</p>\n'],
    ['a rule in HTML, then Markdown', '<hr>\n\n正文。\n'],
  ])('a body whose HTML opens with %s has no paragraph marked, as in Markdown: the dateline stands above it', async (_, markdown) => {
    expect(await rendered(markdown)).not.toContain('opening');
  });

  test.each([
    ['a list', '- 列表\n\n正文。\n'],
    ['a quotation', '> 引文\n\n正文。\n'],
    ['a table', '| 项目 |\n| --- |\n| 登记 |\n\n正文。\n'],
  ])('a body opening with %s has no paragraph marked: the dateline stands above it', async (_, markdown) => {
    expect(await rendered(markdown)).not.toContain('opening');
  });

  test('text pasted with full-width indents becomes paragraphs, its line breaks among Chinese no spaces', async () => {
    const out = await html('　　第一段，\n写到这里。\n　　第二段**加粗**。\n\n- 列表的一项\n接着写\n');
    expect(out).toMatch(/^<p>第一段，写到这里。<\/p>\s*<p>第二段<strong>加粗<\/strong>。<\/p>/);
    expect(out).toContain('<li>列表的一项接着写</li>');
    expect(out).not.toContain('\u3000');
    // Paragraphs with blank lines between them lose their indent too.
    expect(await html('　　第一段。\n\n　　第二段。\n')).toBe('<p>第一段。</p>\n<p>第二段。</p>\n');
    // Indents after a quote or list marker, or after a hard line break, go too.
    expect(await html('> 　　引文\n')).toBe('<blockquote>\n<p>引文</p>\n</blockquote>\n');
    expect(await html('- 　　项目\n')).toBe('<ul>\n<li>项目</li>\n</ul>\n');
    expect(await html('第一段。  \n　　第二段。\n')).toBe('<p>第一段。</p>\n<p>第二段。</p>\n');
    // A tight list shows no paragraphs: an indented line in an item is a line of its own.
    expect(await html('- 第一项\n  　　另起一行\n- 第二项\n')).toMatch(/<li>第一项<br>\s*另起一行<\/li>/);
  });
});

describe('passages in traditional characters', () => {
  test.each([
    ['bold', '他说：“臺灣的**空氣**品質很好。”', '<p>他说：“<span lang="zh-Hant">臺灣的<strong>空氣</strong>品質很好。</span>”</p>'],
    ['a link', '他说：“臺灣的[空氣品質](https://example.com/)很好。”', '<p>他说：“<span lang="zh-Hant">臺灣的<a href="https://example.com/">空氣品質</a>很好。</span>”</p>'],
    ['a phone number', '他说：“請撥打 0839-1234567 聯絡臺灣的監測站。”', '<p>他说：“<span lang="zh-Hant">請撥打 <span class="phone">0839-1234567</span> 聯絡臺灣的監測站。</span>”</p>'],
  ])('a traditional quote with %s in it is marked whole, and the simplified words before it are not', async (_, markdown, out) => {
    expect(await html(`${markdown}\n`)).toBe(`${out}\n`);
  });

  test('a quote inside one text is marked there', async () => {
    expect(await html('一位志愿者写道：“臺灣的空氣品質和生態環境也在改善。”\n')).toBe('<p>一位志愿者写道：“<span lang="zh-Hant">臺灣的空氣品質和生態環境也在改善。</span>”</p>\n');
  });

  test('a quote that a bold crosses the end of is left unmarked, not marked in part', async () => {
    const out = await html('他说：“臺灣**的空氣品質很好。”他说**。\n');
    expect(out).not.toContain('lang=');
  });

  test('a traditional paragraph carries the lang itself, and a simplified quote in it is marked back', async () => {
    expect(await html('香港特別行政區政府今日**發表聲明**，稱「这是我们的责任」。\n')).toBe(
      '<p lang="zh-Hant">香港特別行政區政府今日<strong>發表聲明</strong>，稱「<span lang="zh-Hans">这是我们的责任</span>」。</p>\n',
    );
  });

  test('a table cell is read whole, across its bold; a list item on its own', async () => {
    const out = await html('| 地区 | 说明 |\n| --- | --- |\n| 香港 | 臺灣的**空氣**品質很好 |\n\n- 臺灣的空氣品質很好\n- 一位来自台湾的志愿者\n');
    expect(out).toContain('<td lang="zh-Hant">臺灣的<strong>空氣</strong>品質很好</td>');
    expect(out).toContain('<li lang="zh-Hant">臺灣的空氣品質很好</li>\n<li>一位来自台湾的志愿者</li>');
  });

  test.each([
    ['SVG', '<svg viewBox="0 0 100 20"><text x="0" y="15">臺灣的空氣品質</text></svg>', '<text x="0" y="15">臺灣的空氣品質</text>'],
    ['SVG, quoted', '他说<svg viewBox="0 0 100 20"><text x="0" y="15">「臺灣的空氣品質」</text></svg>。', '<text x="0" y="15">「臺灣的空氣品質」</text>'],
    ['MathML', '<math><mtext>臺灣的空氣品質</mtext></math>', '<mtext>臺灣的空氣品質</mtext>'],
    ['code', '`臺灣的空氣品質`', '<code>臺灣的空氣品質</code>'],
  ])('text in %s is not marked (an HTML span in SVG’s text is not drawn)', async (_, markdown, kept) => {
    const out = await html(`${markdown}\n`);
    expect(out).toContain(kept);
    expect(out).not.toContain('lang=');
  });

  test('an element the editor gave a lang keeps it alone, and a simplified article is not marked', async () => {
    expect(await html('<p lang="zh-HK">臺灣的空氣品質很好</p>\n')).toBe('<p lang="zh-HK">臺灣的空氣品質很好</p>\n');
    expect(await html('贺长林今年62岁，退休前是一名中学教师。“调解没有什么秘诀。”他说。\n')).not.toContain('lang=');
  });
});
