/** Section listings: 20 per page, pinned articles first, numbered pagination, counts that match the sources. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { all, page, squash, structuredTrails, textOf, visibleTrail } from './support/html.ts';
import { pinnedFirst, readSections, readSources } from './support/sources.ts';
import { BUILD_LOG, SITE, TEST_CONTENT, TEST_SITE_ENV, builtFile, builtListings, filesUnder, hasPageTwo } from './support/site.ts';
import { checkContent } from '../src/lib/check-content.ts';
import site from '../src/site.config.ts';

const PAGE_SIZE = 20;
const sources = readSources(new Date(inject('buildNow'))).filter((s) => s.published);
const sections = readSections();
const newestFirst = (a: { date: Date }, b: { date: Date }) => b.date.getTime() - a.date.getTime();

describe.each(sections.map((s) => [s.id, s.name] as const))('section %s (%s)', (id, name) => {
  const expected = pinnedFirst(sources.filter((s) => s.section === id).sort(newestFirst));
  const pages = Math.max(1, Math.ceil(expected.length / PAGE_SIZE));
  const url = (n: number) => (n === 1 ? `/sections/${id}/` : `/sections/${id}/${n}/`);

  test('has one page per 20 articles and no more', () => {
    for (let n = 1; n <= pages; n++) expect(existsSync(builtFile(url(n))), url(n)).toBe(true);
    expect(existsSync(builtFile(url(pages + 1)))).toBe(false);
  });

  test('lists every published article of the section once: pinned ones first (newest first among them), then newest first', () => {
    const titles = Array.from({ length: pages }, (_, i) =>
      all(page(url(i + 1)), '.article-list .article-card__title a').map((a) => a.textContent),
    );
    titles.forEach((list, i) => expect(list.length).toBe(Math.min(PAGE_SIZE, expected.length - i * PAGE_SIZE) || 0));
    expect(titles.flat()).toEqual(expected.map((s) => s.title));
  });

  test('marks 置顶 the pinned articles at the top of page 1, and no other', () => {
    const labelled = Array.from({ length: pages }, (_, i) =>
      all(page(url(i + 1)), '.article-list .article-card__title').map((title) => title.querySelector('.pin-label')?.textContent ?? null),
    );
    expect(labelled.flat()).toEqual(expected.map((s) => (s.pinned ? '置顶' : null)));
  });

  test('says 共 N 页 M 条 (暂无文章。 alone when it has none) and names the section', () => {
    const first = page(url(1));
    if (expected.length > 0) expect(textOf(first, '.pagination__summary')).toBe(`共${pages}页${expected.length}条`);
    else {
      expect(textOf(first, '.article-list, .empty')).toBe('暂无文章。');
      expect(first.querySelector('.pagination')).toBeNull();
    }
    expect(textOf(first, 'h1')).toBe(name);
    expect(squash(first.querySelector('.breadcrumb')!.textContent)).toBe(`您当前的位置：首页>${name}`);
  });
});

test('from page 2 on, a listing’s description says which page it is, as its title does: search engines flag one description on many pages', () => {
  // Pages from 2 on: a listing's /1/ is a page sending readers to the listing.
  const listingPage = /^((?:sections|tags|people|topics)\/[^/]+|archive\/\d{4}\/\d{2})\/([2-9]|[1-9]\d+)\/index\.html$/;
  const later = filesUnder(SITE).flatMap((file) => {
    const match = listingPage.exec(file);
    // /tags/page/2/ is the tag index's page 2, whose page 1 is /tags/ (no tag may be named page).
    return match ? [{ first: match[1] === 'tags/page' ? '/tags/' : `/${match[1]}/`, url: `/${match[1]}/${match[2]}/`, number: Number(match[2]) }] : [];
  });
  // The test site has sections, tags, the tag index, people and a topic long enough to paginate.
  expect(new Set(later.map(({ first }) => first.split('/')[1]))).toEqual(new Set(['sections', 'tags', 'people', 'topics']));
  expect(later.some(({ first }) => first === '/tags/')).toBe(true);
  const description = (url: string) => page(url).querySelector('meta[name="description"]')!.getAttribute('content')!;
  for (const { first, url, number } of later) {
    // 第 N 页 before a closing 。, as 今日资讯（第 2 页） names the tab.
    expect(description(url), url).toBe(description(first).replace(/。?$/, (end) => `（第 ${number} 页）${end}`));
  }
  expect(description('/sections/today/2/')).toBe('每日法治新闻与政务动态（第 2 页）。');
});

test('every page search engines index has a description of its own: none but the front page gives the site’s, and no two give the same one (a 单页 gives what its editor wrote)', () => {
  const indexed = filesUnder(SITE)
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pages/'))
    .map((file) => readFileSync(path.join(SITE, file), 'utf8'))
    .filter((html) => html.includes('<link rel="canonical"'))
    .map((html) => parse(html));
  expect(indexed.length).toBeGreaterThan(100);
  const byDescription = new Map<string, string[]>();
  for (const root of indexed) {
    const description = root.querySelector('meta[name="description"]')?.getAttribute('content');
    // An article of a table alone, without 导读, writes none (search engines make their own).
    if (description === undefined) continue;
    const url = new URL(root.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname;
    byDescription.set(description, [...(byDescription.get(description) ?? []), decodeURI(url)]);
  }
  expect(byDescription.get(site.description)).toEqual(['/']);
  expect([...byDescription].filter(([, urls]) => urls.length > 1)).toEqual([]);
});

test("a listing's first picture loads at once when it can be on a phone's first screen (in the first three cards), every other lazily", () => {
  const listings = [...sections.map((s) => `/sections/${s.id}/`), '/topics/'];
  const loadings = listings.map((url) =>
    all(page(url), '.article-list > li').map((li) => li.querySelector('.article-card__thumb')?.getAttribute('loading') ?? null),
  );
  // The content has a listing whose first picture is in its first card, one where it comes after a card without, and pictures further down.
  expect(loadings.some((loading) => loading[0] !== null)).toBe(true);
  expect(loadings.some((loading) => loading[0] === null && loading.slice(1, 3).some((value) => value !== null))).toBe(true);
  expect(loadings.some((loading) => loading.slice(3).some((value) => value !== null))).toBe(true);
  loadings.forEach((loading, i) => {
    const first = loading.findIndex((value) => value !== null);
    const expected = loading.map((value, card) => (value === null ? null : card === first && card < 3 ? 'eager' : 'lazy'));
    expect(loading, listings[i]).toEqual(expected);
  });
});

test("a topic's lists start below its cover and introduction: their pictures all load lazily", () => {
  // The topics published (one of the fixtures waits for its first article, with no page).
  const topics = all(page('/topics/'), '.article-card__title a').map((a) => a.getAttribute('href')!);
  const loading = topics.flatMap((url) => all(page(url), '.article-card__thumb').map((img) => img.getAttribute('loading')));
  expect(loading.length).toBeGreaterThan(0);
  expect(new Set(loading)).toEqual(new Set(['lazy']));
});

describe('置顶', () => {
  const pinned = sources.filter((s) => s.pinned);
  const byDate = (section: string) => sources.filter((s) => s.section === section).sort(newestFirst);

  test('the demo pins an article that is not the newest of its section, so the listing differs from date order', () => {
    expect(pinned.length).toBeGreaterThan(0);
    expect(pinned.some((s) => byDate(s.section)[0] !== s)).toBe(true);
  });

  test('only the section listing follows a pin: a tag listing of the same article stays by date, unmarked', () => {
    const article = pinned.find((s) => byDate(s.section)[0] !== s)!;
    const tag = article.tags.find((t) => sources.filter((s) => s.tags.includes(t)).sort(newestFirst)[0] !== article)!;
    const listing = page(`/tags/${encodeURIComponent(tag)}/`);
    const expected = sources.filter((s) => s.tags.includes(tag)).sort(newestFirst);
    expect(all(listing, '.article-list .article-card__title a').map((a) => a.textContent).slice(0, 20)).toEqual(expected.slice(0, 20).map((s) => s.title));
    expect(listing.querySelector('.pin-label')).toBeNull();
  });

  test('the build lists pins on articles older than 30 days with their dates, as a notice', () => {
    const old = pinned.filter((s) => new Date(inject('buildNow')).getTime() - s.date.getTime() > 30 * 24 * 60 * 60 * 1000);
    const log = readFileSync(BUILD_LOG, 'utf8');
    if (old.length === 0) expect(log).not.toContain('篇置顶文章发布已超过');
    else {
      expect(log).toContain(`${old.length} 篇置顶文章发布已超过 30 天`);
      for (const s of old) expect(log).toMatch(new RegExp(`^ {2}${String(s.fm['date'])} \\S*articles/${s.file.replace(/\./g, '\\.')}$`, 'm'));
    }
  });
});

describe('pagination controls', () => {
  const today = sources.filter((s) => s.section === 'today');
  const pages = Math.ceil(today.length / PAGE_SIZE);

  test('the demo has a section long enough to paginate', () => {
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  test('page 1: 首页 and 上一页 are off, numbers and 下一页 末页 link on', () => {
    const nav = page('/sections/today/').querySelector('nav.pagination')!;
    const links = all(nav, 'a').map((a) => [squash(a.textContent), a.getAttribute('href')]);
    expect(links).toContainEqual(['2', '/sections/today/2/']);
    expect(links).toContainEqual(['下一页', '/sections/today/2/']);
    expect(links).toContainEqual(['末页', `/sections/today/${pages}/`]);
    expect(links.map(([label]) => label)).not.toContain('首页');
    expect(textOf(nav, '[aria-current="page"] [aria-hidden="true"]')).toBe('1');
    expect(squash(nav.textContent)).toMatch(/^首页上一页第1页1/);
  });

  test('a section of one page shows its count, not a bar of controls that lead nowhere', () => {
    const short = readSections().find((section) => {
      const count = sources.filter((s) => s.section === section.id).length;
      return count > 0 && count <= PAGE_SIZE;
    })!;
    const listing = page(`/sections/${short.id}/`);
    expect(listing.querySelector('nav.pagination')).toBeNull();
    expect(textOf(listing, '.pagination__summary')).toBe(`共1页${sources.filter((s) => s.section === short.id).length}条`);
  });

  test('page 2 says so in its heading and breadcrumb, which leads back to page 1', () => {
    const second = page('/sections/today/2/');
    const name = readSections().find((section) => section.id === 'today')!.name;
    expect(textOf(second, 'h1')).toBe(`${name}第2页`);
    expect(squash(second.querySelector('.breadcrumb')!.textContent)).toBe(`您当前的位置：首页>${name}>第2页`);
    const crumbs = all(second, '.breadcrumb li').map((li) => [squash(li.textContent), li.querySelector('a')?.getAttribute('href') ?? null]);
    expect(crumbs.at(-2)).toEqual([`>${name}`, '/sections/today/']);
    expect(second.querySelector('.breadcrumb [aria-current="page"]')!.textContent).toContain('第 2 页');
    expect(second.querySelector('title')!.textContent).toBe(`${name}（第 2 页） - 法治报道`);
  });

  test('the last page links back to 首页 and 上一页', () => {
    const nav = page(`/sections/today/${pages}/`).querySelector('nav.pagination')!;
    const links = all(nav, 'a').map((a) => [squash(a.textContent), a.getAttribute('href')]);
    expect(links).toContainEqual(['首页', '/sections/today/']);
    expect(links).toContainEqual(['上一页', pages === 2 ? '/sections/today/' : `/sections/today/${pages - 1}/`]);
    expect(textOf(nav, '[aria-current="page"] [aria-hidden="true"]')).toBe(String(pages));
  });
});

test("a topic written in MDX shows a <Figure> as an article does: the picture, its caption and credit", () => {
  const figure = page('/topics/tupian-zhuanti/').querySelector('.body-figure');
  expect(figure?.querySelector('img')?.getAttribute('alt')).toBe('专题图片说明');
  expect(squash(figure?.querySelector('figcaption')?.textContent ?? '')).toBe('专题图注文字麒麟（马远征摄）');
});

test('a credit written after its caption, outside brackets (…。马远征 摄), is set apart from it as a bracketed one is', () => {
  const figure = all(page('/topics/tupian-zhuanti/'), '.body-figure').find((f) => f.querySelector('img')?.getAttribute('alt') === '专题第二张图片说明');
  const credit = figure?.querySelector('figcaption .credit');
  expect(credit?.textContent).toBe('（马远征 摄）');
  expect(squash(figure?.querySelector('figcaption')?.textContent ?? '')).toBe('专题图注文字貔貅（马远征摄）');
});

test('every page with a breadcrumb gives it to search engines as BreadcrumbList, item for item as shown; a page kept out of them (404, search) does not', () => {
  const pages = filesUnder(SITE)
    .filter((file) => file.endsWith('.html') && !file.startsWith('articles/'))
    .map((file) => ({ file, root: parse(readFileSync(path.join(SITE, file), 'utf8')) }))
    .filter(({ root }) => root.querySelector('nav.breadcrumb'));
  const kinds = new Set(pages.map(({ file }) => file.split('/')[0]));
  for (const kind of ['sections', 'tags', 'archive', 'topics', 'people', 'pages', 'search', '404.html']) expect(kinds, kind).toContain(kind);
  for (const { file, root } of pages) {
    const noindex = root.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex');
    expect(structuredTrails(root), file).toEqual(noindex ? [] : [visibleTrail(root, site.url)]);
  }
});

test('a listing’s page 1 numbered (/sections/today/1/, a topic’s, /tags/page/1/), as readers type or paste it after seeing page 2’s address, is a page sending them to the listing’s own address, kept out of the sitemap; a listing of one page has none, as it has no page 2', () => {
  const listings = builtListings();
  const paged = listings.filter((url) => hasPageTwo(url));
  // A section, a topic and the tag index have later pages in the test site; most tags and months do not.
  for (const kind of ['/sections/', '/topics/', '/tags/']) expect(paged.some((url) => url.startsWith(kind)), kind).toBe(true);
  const single = listings.filter((url) => !hasPageTwo(url));
  for (const kind of ['/people/', '/tags/%', '/archive/2']) expect(single.some((url) => url.startsWith(kind)), kind).toBe(true);
  const sitemap = readFileSync(path.join(SITE, 'sitemap-0.xml'), 'utf8');
  const numbered = (url: string) => (url === '/tags/' ? '/tags/page/1/' : `${url}1/`);
  for (const url of paged) {
    const redirect = parse(readFileSync(builtFile(numbered(url)), 'utf8'));
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), numbered(url)).toBe(`0; url=${url}`);
    expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute('href'), numbered(url)).toBe(new URL(url, site.url).href);
    expect(redirect.querySelector('meta[name="robots"]')?.getAttribute('content'), numbered(url)).toBe('noindex');
    expect(redirect.querySelector('a')?.getAttribute('href'), numbered(url)).toBe(url);
    expect(sitemap).not.toContain(`${numbered(url)}</loc>`);
  }
  for (const url of single) expect(existsSync(path.join(SITE, decodeURI(numbered(url)), 'index.html')), numbered(url)).toBe(false);
});

test('every listing the content check counts (listings(), which it holds a body’s links to /sections/<id>/<n>/ to) is built with exactly its pages, 1 to its last and none after, and no other listing is built: one count of pages for the check and the pages', async () => {
  // Checked as the test site's build checked it (TEST_SITE_ENV: its public/ with the fixtures' attachments, 20 tags a page of the tag index).
  const before = { ...process.env };
  Object.assign(process.env, TEST_SITE_ENV);
  const checked = await checkContent(TEST_CONTENT, site, new Date(inject('buildNow'))).finally(() => {
    for (const name of Object.keys(TEST_SITE_ENV)) {
      if (before[name] === undefined) delete process.env[name];
      else process.env[name] = before[name];
    }
  });
  expect(checked.problems).toEqual([]);
  const { listings } = checked;
  // Every kind, and listings of several pages among them.
  expect(new Set(listings.map(({ kind }) => kind))).toEqual(new Set(['sections', 'people', 'topics', 'tags', 'archive', 'tag-index']));
  expect(listings.filter(({ pages }) => pages > 1).length).toBeGreaterThan(3);
  for (const listing of listings) {
    for (let n = 1; n <= listing.pages; n++) {
      const html = existsSync(builtFile(listing.url(n))) ? readFileSync(builtFile(listing.url(n)), 'utf8') : '';
      // A listing's page, not a page sending readers on.
      expect(html.includes('http-equiv="refresh"') || html === '', `${decodeURI(listing.url(n))} (${listing.pages} 页)`).toBe(false);
    }
    expect(existsSync(builtFile(listing.url(listing.pages + 1))), `${decodeURI(listing.url(listing.pages + 1))} (${listing.pages} 页)`).toBe(false);
  }
  expect(new Set(listings.map((listing) => decodeURI(listing.url(1))))).toEqual(new Set(builtListings().map((url) => decodeURI(url))));
});
