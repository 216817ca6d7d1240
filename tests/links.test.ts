/** Every internal link, image, video and stylesheet in the built site resolves to a file in it. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { SITE, builtFile, filesUnder } from './support/site.ts';

const pages = filesUnder(SITE).filter((file) => file.endsWith('.html'));

/** Every URL a page refers to: href, src, srcset candidates, poster. */
function references(html: string): string[] {
  const root = parse(html);
  const urls: string[] = [];
  for (const element of root.querySelectorAll('[href], [src], [srcset], [poster]')) {
    for (const name of ['href', 'src', 'poster']) {
      const value = element.getAttribute(name);
      if (value) urls.push(value);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset) urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
  }
  return urls;
}

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(60);
});

test('every internal reference resolves to a built file', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    for (const url of references(readFileSync(path.join(SITE, file), 'utf8'))) {
      if (!url.startsWith('/') || url.startsWith('//')) continue;
      checked++;
      if (!existsSync(builtFile(url))) broken.push(`${file} → ${url}`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

test('every link that opens another window carries rel="noopener": the share links, and a body’s own (the .mdx test topic has one)', () => {
  const without: string[] = [];
  let checked = 0;
  for (const file of pages) {
    for (const link of parse(readFileSync(path.join(SITE, file), 'utf8')).querySelectorAll('a[target], area[target]')) {
      if (/^_(self|parent|top)$/i.test(link.getAttribute('target') ?? '')) continue;
      checked++;
      if (!/(^|\s)(noopener|noreferrer)(\s|$)/i.test(link.getAttribute('rel') ?? '')) without.push(`${file}: ${link.toString().slice(0, 80)}`);
    }
  }
  expect(without).toEqual([]);
  expect(checked).toBeGreaterThan(pages.length / 4);
  const topic = parse(readFileSync(builtFile('/topics/tupian-zhuanti/'), 'utf8'));
  expect(topic.querySelector('a[href="https://www.mca.gov.cn/"]')?.getAttribute('rel')).toBe('noopener');
});

test('internal page links end with a slash (trailingSlash: always)', () => {
  const bad = new Set<string>();
  for (const file of pages) {
    for (const a of parse(readFileSync(path.join(SITE, file), 'utf8')).querySelectorAll('a[href^="/"]')) {
      const href = a.getAttribute('href')!.split(/[?#]/)[0]!;
      if (!href.endsWith('/') && !/\.\w+$/.test(href)) bad.add(`${file} → ${href}`);
    }
  }
  expect([...bad]).toEqual([]);
});
