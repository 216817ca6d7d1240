/**
 * Drafts and future-dated articles (tests/fixtures/unpublished, built into the test site)
 * appear nowhere: not as pages, listings, feeds, sitemaps, tags, people or old addresses, nor
 * as the pictures they name; nor does a topic that gets no page (a draft, one none of whose
 * articles is published yet, one whose articles are all withdrawn), nor a draft page, nor
 * their pictures.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { SITE, TEST_CONTENT, filesUnder } from './support/site.ts';

/** Words that exist only in the unpublished fixtures. */
const UNPUBLISHED = [
  '草稿测试文章永不发布',
  '定时发布测试文章来自未来',
  '未来草稿测试文章',
  '鹦鹉螺草稿标记',
  '时光机定时标记',
  '时光机草稿标记',
  '草稿专用标签',
  '未来专用标签',
  '草稿作者甲',
  '未来作者丙',
  '草稿题图说明',
  '草稿正文图片说明',
  '定时发布题图说明',
  '定时发布正文图片说明',
  '招聘页面图片说明',
  'draft-never-published',
  'future-scheduled',
  'future-draft',
  // A topic whose articles are all unpublished (tests/fixtures/unpublished/topics/dengdai-zhuanti.md).
  '等待发布专题标记',
  'dengdai-zhuanti',
  '等待发布专题题图说明',
  '等待发布专题正文图片说明',
  // A draft topic whose articles are published (tests/fixtures/unpublished/topics/caogao-zhuanti.md).
  '草稿专题标记',
  'caogao-zhuanti',
  '草稿专题题图说明',
  '草稿专题正文图片说明',
  // A topic whose articles are all withdrawn (tests/fixtures/withdrawn/topics/chegao-zhuanti.md).
  '撤稿专题标记',
  'chegao-zhuanti',
  '撤稿专题题图说明',
  '撤稿专题正文图片说明',
  encodeURIComponent('草稿专用标签'),
  encodeURIComponent('未来专用标签'),
];

test('the fixtures were part of the content the test site was built from', () => {
  expect(existsSync(path.join(TEST_CONTENT, 'articles/2026/01/draft-never-published.md'))).toBe(true);
  expect(existsSync(path.join(TEST_CONTENT, 'articles/2099/01/future-scheduled.md'))).toBe(true);
});

test('no text file of the built site mentions a draft or a future article', () => {
  const textFiles = filesUnder(SITE).filter((file) => /\.(html|xml|txt|json|js)$/.test(file) && !file.startsWith('pagefind/'));
  expect(textFiles.length).toBeGreaterThan(50);
  const leaks = textFiles.flatMap((file) => {
    const text = readFileSync(path.join(SITE, file), 'utf8');
    return UNPUBLISHED.filter((word) => text.includes(word)).map((word) => `${file}: ${word}`);
  });
  expect(leaks).toEqual([]);
});

test('no file or folder is named after them, and their old address is not published', () => {
  const names = filesUnder(SITE).filter((file) => UNPUBLISHED.some((word) => file.includes(word)));
  expect(names).toEqual([]);
  expect(existsSync(path.join(SITE, 'html/draft-alias.html'))).toBe(false);
});

test("their pictures are not published: no file in the site is a draft's or a scheduled article's cover or body picture, nor a draft page's, nor an unpublished topic's", () => {
  const pictures = {
    'articles/2026/01': ['caogao-cover', 'caogao-body'],
    'articles/2099/01': ['dingshi-cover', 'dingshi-body'],
    pages: ['zhaopin-body'],
    topics: ['dengdai-cover', 'dengdai-body', 'caogao-zhuanti-cover', 'caogao-zhuanti-body', 'chegao-zhuanti-cover', 'chegao-zhuanti-body'],
  };
  for (const [folder, names] of Object.entries(pictures)) {
    for (const name of names) expect(existsSync(path.join(TEST_CONTENT, folder, `${name}.jpg`)), name).toBe(true);
  }
  const all = Object.values(pictures).flat();
  expect(filesUnder(SITE).filter((file) => all.some((name) => file.includes(name)))).toEqual([]);
  // Nor under another name (a bundler names a file after the first of identical pictures).
  const bytes = Object.entries(pictures).flatMap(([folder, names]) => names.map((name) => readFileSync(path.join(TEST_CONTENT, folder, `${name}.jpg`))));
  const copies = filesUnder(SITE).filter((file) => file.endsWith('.jpg') && bytes.some((picture) => picture.equals(readFileSync(path.join(SITE, file)))));
  expect(copies).toEqual([]);
});
