import { describe, expect, test } from 'vitest';
import { FLANK, flankChineseBold } from './chinese-bold.ts';

/** `|` marks where a FLANK is expected. */
const flanked = (marked: string) => marked.replaceAll('|', FLANK);

describe('flankChineseBold', () => {
  test('gives a bold label with punctuation inside an invisible space where a character touches it', () => {
    expect(flankChineseBold('**问：**近年来')).toBe(flanked('**问：**|近年来'));
    expect(flankChineseBold('他说**（一）**关于')).toBe(flanked('他说|**（一）**|关于'));
    expect(flankChineseBold('据**“新华社”**报道')).toBe(flanked('据|**“新华社”**|报道'));
  });

  test('leaves alone what CommonMark already reads as bold, and text without a pair', () => {
    for (const markdown of ['**重要**内容', '前文 **问：** 后文', '没有加粗的正文', '只有一个**的正文']) {
      expect(flankChineseBold(markdown)).toBe(markdown);
    }
  });

  test('leaves masked names as text: asterisks straight after a character, unless a whole bracketed phrase follows', () => {
    for (const markdown of ['被告人张**、李**。', '犯罪嫌疑人张**（男，35岁）、李**（女）', '李**犯诈骗罪，**判处']) {
      expect(flankChineseBold(markdown)).toBe(markdown);
    }
  });

  test('leaves code, fences (in a quote too), escaped asterisks and lines with attributes alone', () => {
    for (const markdown of [
      '`**问：**近`',
      '```\n**问：**近\n```',
      '> ```\n> **问：**近\n> ```',
      '正文\\**问：**近',
      '<Figure caption="**问：**近" />',
    ]) {
      expect(flankChineseBold(markdown)).toBe(markdown);
    }
    expect(flankChineseBold('```\n**问：**近\n```\n**问：**近')).toBe(flanked('```\n**问：**近\n```\n**问：**|近'));
  });

  test('reads a character beyond U+FFFF whole', () => {
    expect(flankChineseBold('𠮷**“新华社”**𠮷')).toBe(flanked('𠮷|**“新华社”**|𠮷'));
  });
});
