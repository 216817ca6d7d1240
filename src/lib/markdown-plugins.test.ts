import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { COLUMN_PICTURE } from './images.ts';
import { addressLinks, alignedCells, responsiveImages, scrollableTables } from './markdown-plugins.ts';

const html = async (markdown: string) =>
  (await markdownToHtml(markdown, { hastPlugins: [scrollableTables, alignedCells, responsiveImages, addressLinks] })).html;

describe('article body plugins', () => {
  test('a table scrolls in a named box, and its aligned columns carry classes instead of style attributes', async () => {
    const out = await html('| 指标 | 2024年 | 说明 |\n| :--- | ---: | :---: |\n| 案件 | 962 | 上升 |\n');
    expect(out).toMatch(/^<div class="table-scroll" tabindex="0" role="group" aria-label="表格（可左右滚动）"><table>/);
    expect(out).not.toContain('style=');
    expect(out).toContain('<th class="align-right">2024年</th>');
    expect(out).toContain('<td class="align-center">上升</td>');
    expect(out).toContain('<td class="align-left">案件</td>');
  });

  test('a picture beside the article is given the column’s layout and sizes; one elsewhere is left alone', async () => {
    const out = await html('![院落](./yard.jpg)\n\n![外站](https://example.com/a.jpg)\n');
    const [beside, elsewhere] = out.match(/<img[^>]*>/g)!;
    expect(beside).toContain('layout="full-width"');
    expect(beside).toContain(`sizes="${COLUMN_PICTURE.sizes}"`);
    expect(elsewhere).not.toMatch(/layout=|sizes=/);
  });

  test('a link whose text is its address is marked, so that it is printed once; a named link is not', async () => {
    const out = await html('详见 https://www.court.gov.example/a 和 www.court.gov.example 以及[法院网站](https://www.court.gov.example/b)。\n');
    const links = out.match(/<a[^>]*>[^<]*<\/a>/g)!;
    expect(links).toHaveLength(3);
    expect(links[0]).toContain('class="link-address"');
    expect(links[1]).toContain('class="link-address"');
    expect(links[2]).not.toContain('class=');
  });
});
