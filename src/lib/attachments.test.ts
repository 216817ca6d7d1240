import { expect, test } from 'vitest';
import { ATTACHMENT, attachmentNote, fileSize, linksAttachment } from './attachments.ts';

test.each([
  [300, '1 KB'],
  [183_000, '179 KB'],
  [1_048_575, '1024 KB'],
  [1_300_000, '1.2 MB'],
  [2 * 1024 * 1024, '2 MB'],
  [25_000_000, '24 MB'],
])('%i bytes are %s', (bytes, shown) => {
  expect(fileSize(bytes)).toBe(shown);
});

test.each([
  ['panjue-1.pdf', 183_000, '民事判决书（2023）京0105民初12345号', '（PDF，179 KB）'],
  ['jisuan.DOCX', 24_000, '赔偿项目计算表', '（Word，23 KB）'],
  ['mingxi.xlsx', 1_300_000, '赔偿明细', '（Excel，1.2 MB）'],
  ['caipan.ofd', 52_000, '裁定书', '（OFD，51 KB）'],
  // The link already says what it is: its size alone.
  ['panjue-1.pdf', 183_000, '判决书（PDF版）', '（179 KB）'],
  ['jisuan.docx', 24_000, '计算表（Word文档）', '（23 KB）'],
  ['gonggao.txt', 2_000, 'gonggao.txt', '（2 KB）'],
  ['README', 2_000, '说明', '（2 KB）'],
])('a link to %s of %i bytes reading %s is followed by %s', (name, bytes, text, note) => {
  expect(attachmentNote(name, bytes, text)).toBe(note);
});

test.each([
  ['/files/2023/11/panjue-1.pdf', true],
  ['/files/2023/11/panjue-1.pdf?v=2', true],
  ['/files/', false],
  ['/articles/2023/11/x/', false],
  ['https://example.com/files/x.pdf', false],
])('%s is an attachment: %s', (href, is) => {
  expect(ATTACHMENT.test(href)).toBe(is);
});

test.each([
  ['<p><a href="/files/2023/11/panjue-1.pdf">判决书</a><span class="file-note">（PDF，179 KB）</span></p>', true],
  ['<a href="/files/2023/11/panjue-1.pdf?v=2#page=3">判决书</a>', true],
  ['[判决书](/files/2023/11/panjue-1.pdf)', true],
  ['<a href="/files/2023/11/panjue-1.pdf.zip">打包</a>', false],
  ['<a href="/files/2023/11/panjue-12.pdf">另一份</a>', false],
  ['<a href="/articles/2023/11/panjue-1/">报道</a>', false],
])('%s links /files/2023/11/panjue-1.pdf: %s', (text, links) => {
  expect(linksAttachment(text, '/files/2023/11/panjue-1.pdf')).toBe(links);
});

test('an attachment named in Chinese is linked however the body writes its name', () => {
  for (const text of ['<a href="/files/%E5%88%A4%E5%86%B3%E4%B9%A6.pdf">判决书</a>', '[判决书](/files/判决书.pdf)']) {
    expect(linksAttachment(text, '/files/判决书.pdf'), text).toBe(true);
  }
});

test.each([
  ['<a href="/files/2023/11/判决书 (1).pdf">判决书</a>', true],
  ['<a href="/files/2023/11/%E5%88%A4%E5%86%B3%E4%B9%A6%20(1).pdf?v=2">判决书</a><span class="file-note">（PDF，179 KB）</span>', true],
  ['[判决书](/files/2023/11/判决书%20(1).pdf)，见上。', true],
  ['[判决书](</files/2023/11/判决书 (1).pdf> "二审")', true],
  ['[判决书](/files/2023/11/判决书%20\\(1\\).pdf)', true],
  ['<a href="/files/2023/11/判决书 (1).pdf.zip">打包</a>', false],
  ['<a href="/files/2023/11/判决书 (12).pdf">另一份</a>', false],
  ['<a href="/files/2023/11/判决书.pdf">第一份</a>', false],
])('%s links /files/2023/11/判决书 (1).pdf, the name Windows gives a second copy: %s', (text, links) => {
  expect(linksAttachment(text, '/files/2023/11/判决书 (1).pdf')).toBe(links);
});

test('a name with & is linked as rendered HTML writes it, and a stray % stops nothing', () => {
  expect(linksAttachment('<a href="/files/a&amp;b.pdf">甲</a>', '/files/a&b.pdf')).toBe(true);
  expect(linksAttachment('[甲](/files/%E5%88%A4.pdf) 增长100%', '/files/判.pdf')).toBe(true);
});
