import { describe, expect, test } from 'vitest';
import { ledByDateline } from './dateline.ts';

const DATELINE = '<span class="dateline">本报青川11月25日电</span>';

describe('ledByDateline', () => {
  test('the dateline leads the paragraph marked as the opening one, after the label above it', () => {
    expect(ledByDateline('<p><strong>【案情回顾】</strong></p>\n<p class="opening">2018年，张某某。</p>\n<p class="opening">不再。</p>', DATELINE)).toBe(
      `<p><strong>【案情回顾】</strong></p>\n<p class="opening">${DATELINE}2018年，张某某。</p>\n<p class="opening">不再。</p>`,
    );
  });

  test('it leads a paragraph of the body’s own HTML that keeps its classes and attributes', () => {
    expect(ledByDateline('<p class="align-center">民事判决书</p>\n<p style="line-height: 2" class="opening MsoNormal">原告王某。</p>', DATELINE)).toBe(
      `<p class="align-center">民事判决书</p>\n<p style="line-height: 2" class="opening MsoNormal">${DATELINE}原告王某。</p>`,
    );
    // Another class ending in the same letters, and a <pre>, are not the mark.
    expect(ledByDateline('<pre class="opening">代码</pre>\n<p class="openings">正文。</p>', DATELINE)).toBeUndefined();
  });

  test('the same words in an HTML comment are not the mark', () => {
    expect(ledByDateline('<!-- 旧稿：<p class="opening">旧</p> -->\n<p class="opening">正文。</p>', DATELINE)).toBe(
      `<!-- 旧稿：<p class="opening">旧</p> -->\n<p class="opening">${DATELINE}正文。</p>`,
    );
  });

  test('a body without an opening paragraph is not led: the dateline stands above it', () => {
    expect(ledByDateline('<ul>\n<li>列表</li>\n</ul>\n<p>正文。</p>', DATELINE)).toBeUndefined();
    expect(ledByDateline('', DATELINE)).toBeUndefined();
  });
});
