/** Article bodies as the renderer makes them from the Markdown sources. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import site from '../src/site.config.ts';
import { page, squash } from './support/html.ts';
import { builtFile } from './support/site.ts';
import { readSources } from './support/sources.ts';

const sources = readSources(new Date(inject('buildNow'))).filter((s) => s.published);

test('a picture with a title in a .md article is a figure captioned with that title, not a tooltip', () => {
  const captioned = sources.flatMap((source) =>
    [...source.body.matchAll(/^!\[[^\]]*\]\((\S+) "([^"]+)"\)$/gm)].map(([, src, title]) => ({ source, src: src!, title: title! })),
  );
  expect(captioned.length).toBeGreaterThan(0);
  for (const { source, src, title } of captioned) {
    const body = page(`/articles/${source.id}/`).querySelector('.article__body')!;
    const name = src.replace(/^\.\//, '').replace(/\.\w+$/, '');
    const figure = body.querySelectorAll('figure.body-figure').find((f) => f.querySelector(`img[src*="${name}"]`));
    expect(figure, `${source.file}: ${src}`).toBeDefined();
    expect(squash(figure!.querySelector('figcaption')!.textContent)).toBe(squash(title));
    expect(figure!.querySelector('img')!.getAttribute('srcset'), 'the picture is still made in the column’s widths').toMatch(/\d+w/);
    // An embedded player's title is its name for screen readers (axe's frame-title), not a tooltip.
    expect(body.querySelector('[title]:not(iframe)')).toBeNull();
  }
});

test('no space stands beside a full-width punctuation mark with Chinese on its other side, in any body: Word’s pasted ones are gone', () => {
  // Written in the demo sources, after bold: **降低业主大会成立门槛。** 《条例》规定, and in plain text.
  const spaced = sources.filter((source) => /[。，；：？！）》】][*]*[ \u00a0][《“\p{Script=Han}]/u.test(source.body));
  expect(spaced.map((source) => source.id)).toEqual(expect.arrayContaining(['2026/02/qingchuan-wuye-guanli-tiaoli', '2026/11/qingchuan-shehui-zuzhi-cujin-tiaoli']));
  const marks = '\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65';
  const chinese = `\\p{Script=Han}${marks}\u2018-\u201d\u2026\u2014`;
  const beside = new RegExp(`[${marks}][^\\S\u3000]+[${chinese}0-9]|[${chinese}0-9][^\\S\u3000]+[${marks}]`, 'u');
  const found: string[] = [];
  for (const source of sources) {
    const body = page(`/articles/${source.id}/`).querySelector('.article__body')!;
    for (const code of body.querySelectorAll('code, pre')) code.remove();
    for (const block of body.querySelectorAll('p, li, h2, h3, h4, td, th, figcaption')) {
      const match = beside.exec(block.textContent.replace(/\s*\n\s*/g, ''));
      if (match) found.push(`${source.id}: ${match[0]}`);
    }
  }
  expect(found).toEqual([]);
  const wuye = page('/articles/2026/02/qingchuan-wuye-guanli-tiaoli/').querySelector('.article__body')!.textContent;
  expect(wuye).toContain('降低业主大会成立门槛。《条例》规定');
  expect(wuye).toContain('公共收益“晒”出来。利用');
});

test('every table of a body, written in Markdown or in HTML (a caption, merged header cells), is in its box, which scrolls sideways on a phone, its cells classed alike', () => {
  // Counted in the sources: a Markdown table's delimiter row, an HTML table's opening tag.
  const written = sources.flatMap((source) => {
    const markdown = source.body.match(/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/gm)?.length ?? 0;
    const html = source.body.match(/^<table[\s>]/gm)?.length ?? 0;
    return markdown + html > 0 ? [{ source, markdown, html }] : [];
  });
  expect(written.some(({ html }) => html > 0), 'a body with an HTML table').toBe(true);
  for (const { source, markdown, html } of written) {
    const body = page(`/articles/${source.id}/`).querySelector('.article__body')!;
    const tables = body.querySelectorAll('table');
    expect(tables, source.file).toHaveLength(markdown + html);
    for (const table of tables) {
      expect(table.parentNode?.classList.contains('table-scroll'), `${source.file}: ${squash(table.textContent).slice(0, 12)}`).toBe(true);
    }
  }
  const extreme = page('/articles/2023/12/jiduan-neirong/').querySelector('.article__body')!;
  const merged = extreme.querySelectorAll('table').find((table) => table.querySelector('caption'))!;
  expect(squash(merged.querySelector('caption')!.textContent)).toBe('各赔偿义务人赔偿数额（单位：元）');
  expect(merged.querySelector('th[rowspan="2"]')!.classList.contains('cell-short'), '赔偿义务人 is not broken, as a Markdown table’s short cell is not').toBe(true);
  expect(merged.querySelector('th[colspan="4"]')!.textContent).toBe('赔偿项目');
});

test('a link to an attachment under /files/ is followed by the kind and size of the file the site serves, out of search, with its address for paper', () => {
  const linked = sources.flatMap((source) =>
    [...source.body.matchAll(/\[([^\]]+)\]\((\/files\/[^)\s]+)\)/g)].map(([, text, href]) => ({ source, text: text!, href: href! })),
  );
  expect(linked.length).toBeGreaterThan(1);
  for (const { source, text, href } of linked) {
    const link = page(`/articles/${source.id}/`)
      .querySelectorAll('.article__body a')
      .find((a) => a.getAttribute('href') === href)!;
    const note = link.nextElementSibling;
    expect(note?.classList.contains('file-note'), `${source.file}: ${href}`).toBe(true);
    expect(note!.hasAttribute('data-pagefind-ignore')).toBe(true);
    // The size of the file as served, as readers count it: whole KB below a megabyte.
    const bytes = statSync(builtFile(href)).size;
    expect(bytes).toBeLessThan(1024 * 1024);
    const kind = { '.pdf': 'PDF', '.csv': 'CSV' }[path.extname(href)];
    expect(kind, href).toBeDefined();
    // On screen the note is its kind and size; inside it, shown on paper only, the file's full address.
    const printed = note!.querySelector('.file-address');
    const address = decodeURI(new URL(href, site.url).href);
    expect(printed?.textContent, `${text} → ${href}`).toBe(`，${address}`);
    expect(note!.textContent.replace(printed!.textContent, ''), `${text} → ${href}`).toBe(`（${kind}，${Math.max(1, Math.round(bytes / 1024))} KB）`);
  }
});

test('a paragraph of a body’s own HTML (<p>　　…</p>, as old CMSs write every paragraph) is shown without the indent typed at its start, as a Markdown one is: the site indents it', () => {
  const typed = /^(?:\u3000|&emsp;|\u2003|&nbsp;(?:\s*&nbsp;)+)/;
  const pasted = sources.filter((source) => [...source.body.matchAll(/^<p(?:\s[^>]*)?>\s*(.*)/gm)].some(([, text]) => typed.test(text!)));
  expect(pasted.map((source) => source.id)).toContain('2023/12/jiduan-neirong');
  for (const source of pasted) {
    for (const paragraph of page(`/articles/${source.id}/`).querySelectorAll('.article__body p')) {
      expect(paragraph.textContent, source.file).not.toMatch(/^\s*(?:[\u3000\u2002\u2003]|\u00a0\s*\u00a0)/);
    }
  }
});

test('a line of a body’s HTML aligned with align or style (<p align="center">, a table cell’s align="right", as Word and old CMSs write them) carries the class that aligns it, and no attribute HTML has dropped', () => {
  const body = page('/articles/2023/12/jiduan-neirong/').querySelector('.article__body')!;
  const title = body.querySelectorAll('p').find((p) => p.textContent === '民事判决书')!;
  expect(title.classList.contains('align-center')).toBe(true);
  const judge = body.querySelectorAll('p').find((p) => squash(p.textContent) === '审判员张三')!;
  expect(judge.classList.contains('align-right')).toBe(true);
  const amounts = body.querySelectorAll('td').filter((cell) => /^[\d,.]+$/.test(squash(cell.textContent)) && cell.closest('table')!.querySelector('caption'));
  expect(amounts.length).toBeGreaterThan(5);
  for (const cell of amounts) expect(cell.classList.contains('align-right'), cell.textContent).toBe(true);
  expect(body.querySelector('img[src*="jiduan-neirong-tuwen"]')!.classList.contains('float-left'), 'a picture’s align="left" is its class').toBe(true);
  expect(body.querySelectorAll('[align]').map((element) => element.outerHTML.slice(0, 40))).toEqual([]);
  // Nor a width written for the page it came from (<table width="900">, <th width="300">): the site lays tables out.
  expect(body.querySelectorAll('table[width], col[width], colgroup[width], th[width], td[width], [cellspacing], [cellpadding]').map((element) => element.outerHTML.slice(0, 40))).toEqual([]);
});

test('a line break Word wrote into a paragraph of a body’s HTML (<p>…限额内⏎赔偿…</p>) joins the Chinese on either side, as one in a Markdown paragraph does: a browser showed it as a space', () => {
  const source = sources.find((each) => each.id === '2023/12/jiduan-neirong')!;
  expect(source.body, 'the fixture wraps a line among Chinese inside <p>').toMatch(/^<p>[^<]*限额内\n赔偿/m);
  const paragraph = page('/articles/2023/12/jiduan-neirong/')
    .querySelectorAll('.article__body p')
    .find((p) => p.textContent.includes('本院认为'))!;
  expect(paragraph.textContent).toContain('限额内赔偿原告的各项损失。依照《中华人民共和国民法典》');
});
