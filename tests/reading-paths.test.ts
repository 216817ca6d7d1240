/**
 * 人员查询, tags, archives, related articles and topics, read back from the build and
 * checked against the Markdown and YAML sources.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, inject, test } from 'vitest';
import { all, page, squash, textOf } from './support/html.ts';
import { BUILD_LOG, TEST_CONTENT, TEST_SITE_ENV, builtFile, filesUnder } from './support/site.ts';
import { tagsPerPage } from '../src/lib/tags.ts';
import { list, readSources } from './support/sources.ts';

const PAGE_SIZE = 20;
const all_sources = readSources(new Date(inject('buildNow')));
const sources = all_sources.filter((s) => s.published).sort((a, b) => b.date.getTime() - a.date.getTime());
const people = filesUnder(path.join(TEST_CONTENT, 'people'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: f.replace('.yaml', ''),
    ...(yaml.load(readFileSync(path.join(TEST_CONTENT, 'people', f), 'utf8')) as {
      name: string;
      roles: string[];
      status: string;
      credential?: { kind: string; number: string };
    }),
  }));
const personByName = new Map(people.map((p) => [p.name, p]));
const pagesOf = (count: number) => Math.max(1, Math.ceil(count / PAGE_SIZE));
const titlesOn = (urls: string[], selector = '.article-list .article-card__title a') =>
  urls.flatMap((url) => all(page(url), selector).map((a) => a.textContent));

describe('人员查询 directory', () => {
  const directory = page('/people/');

  test('lists everyone, grouped by role, with credential and status', () => {
    for (const person of people) {
      for (const role of person.roles) {
        const group = all(directory, '.people-group').find((g) => squash(g.querySelector('h2')!.textContent).startsWith(role))!;
        const card = all(group, '.person-card').find((c) => c.getAttribute('data-name') === person.name);
        expect(card, `${person.name} under ${role}`).toBeDefined();
        expect(card!.querySelector('a')!.getAttribute('href')).toBe(`/people/${person.id}/`);
        expect(squash(card!.textContent)).toContain(person.status);
        if (person.credential) expect(squash(card!.textContent)).toContain(`${person.credential.kind}：${person.credential.number}`);
      }
    }
  });

  test("everyone's roles read in one order, that of the directory's groups: on the card, the profile and the profile's description", () => {
    const groupOrder = all(directory, '.people-group h2').map((h2) => squash(h2.textContent).replace(/（\d+）$/, ''));
    const inOrder = (roles: string[]) => [...roles].sort((a, b) => groupOrder.indexOf(a) - groupOrder.indexOf(b));
    expect(
      people.some((p) => p.roles.join() !== inOrder(p.roles).join()),
      'a demo person whose file lists roles in another order',
    ).toBe(true);
    for (const person of people) {
      const roles = inOrder(person.roles).join('、');
      for (const card of all(directory, `.person-card[data-person="${person.id}"]`)) {
        expect(textOf(card, '.person-card__post').split('·')[0], person.name).toBe(roles);
      }
      const profile = page(`/people/${person.id}/`);
      const facts = all(profile, '.person-profile__facts > *').map((item) => squash(item.textContent));
      expect(facts[facts.indexOf('角色') + 1], person.name).toBe(roles);
      expect(profile.querySelector('meta[name="description"]')!.getAttribute('content'), person.name).toMatch(new RegExp(`^${person.name}：${roles}。`));
    }
  });

  test('the lookup box is there for scripts, the full list without them', () => {
    // Shown from the first paint, hidden by a <noscript> style where no script runs.
    expect(directory.querySelector('[data-people-lookup]')?.hasAttribute('hidden')).toBe(false);
    expect(directory.querySelector('head noscript')?.textContent).toMatch(/\.people-lookup \{ display: none !important; \}/);
    expect(all(directory, '.person-card').length).toBeGreaterThanOrEqual(people.length);
  });

  test('breadcrumb: 首页 > 人员查询', () => {
    expect(textOf(directory, '.breadcrumb')).toBe('您当前的位置：首页>人员查询');
  });
});

describe('a person page', () => {
  test.each(people.map((p) => [p.name, p] as const))('%s: profile and every credited article, newest first', (name, person) => {
    const credited = sources.filter((s) => s.names.includes(name));
    const urls = Array.from({ length: pagesOf(credited.length) }, (_, i) =>
      i === 0 ? `/people/${person.id}/` : `/people/${person.id}/${i + 1}/`,
    );
    const first = page(urls[0]!);
    expect(textOf(first, '.breadcrumb')).toBe(`您当前的位置：首页>人员查询>${name}`);
    expect(textOf(first, 'h1')).toBe(name);
    expect(textOf(first, '.person-profile .person-status')).toBe(person.status);
    const bio = first.querySelector('.person-profile__bio')?.textContent ?? '';
    const profile = squash(first.querySelector('.person-profile')!.textContent).replace(squash(bio), '');
    expect(profile.split(person.status).length - 1, 'the status is said once').toBe(person.status === '离职' ? 2 : 1);
    expect(profile.includes('已离职，不再代表本站采访')).toBe(person.status === '离职');
    expect(titlesOn(urls)).toEqual(credited.map((s) => s.title));
    expect(existsSync(builtFile(`/people/${person.id}/${urls.length + 1}/`))).toBe(false);
    if (credited.length > 0) expect(textOf(first, '.pagination__summary')).toBe(`共${urls.length}页${credited.length}条`);
  });

  test('a person with no published article yet (a reporter just hired) has 暂无文章 under their articles, not a count of 0 on 1 page', () => {
    const uncredited = people.filter((person) => !sources.some((s) => s.names.includes(person.name)));
    expect(uncredited.map((person) => person.name)).toContain('辛禾');
    for (const person of uncredited) {
      const first = page(`/people/${person.id}/`);
      expect(textOf(first, '.person-articles'), person.name).toBe(`${person.name}的稿件暂无文章。`);
      // Before, 暂无文章。 was followed by 共 1 页 0 条.
      expect(first.querySelector('.pagination'), person.name).toBeNull();
    }
  });

  test('the seed people have their articles: 马远征 as author and correspondent', () => {
    const ma = page('/people/ma-yuanzheng/');
    expect(all(ma, '.article-card__title a').map((a) => a.textContent)).toContain('潍坊市民政局多措并举提升社会组织服务平台效能');
  });

  test("each article on a person's page says how they are credited on it", () => {
    for (const person of people) {
      const credited = sources.filter((s) => s.names.includes(person.name)).slice(0, PAGE_SIZE);
      const notes = all(page(`/people/${person.id}/`), '.article-card').map((card) => textOf(card, '.article-card__note'));
      const expected = credited.map((s) =>
        [
          list(s.fm['author']).includes(person.name) && '作者',
          list(s.fm['correspondents']).includes(person.name) && '通讯员',
          list(s.fm['editor']).includes(person.name) && '责任编辑',
        ]
          .filter(Boolean)
          .join('、'),
      );
      expect(notes, person.name).toEqual(expected);
    }
  });
});

describe('names in bylines, datelines and 责任编辑', () => {
  test('the build warns once, listing the names that match no person with their files', () => {
    const log = readFileSync(BUILD_LOG, 'utf8');
    // Once about names; the two others are about the withdrawn fixtures' topics (see topics, below).
    expect(log.match(/警告 \(warning\): 以下 \d+ 个署名/g)).toHaveLength(1);
    expect(log.match(/警告 \(warning\)/g)).toHaveLength(3);
    // Nothing else: no tool warning that names an editor's file but needs nothing from them.
    expect(log.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line) && !line.includes('警告 (warning)'))).toEqual([]);
    const unmatched = new Map<string, string[]>();
    // A withdrawn article's names link nowhere any more: the build does not ask about them.
    const withdrawn = all_sources.filter((source) => source.fm['withdrawn'] !== undefined);
    expect(withdrawn.length).toBeGreaterThan(0);
    // Bylines that name no person (a role, an organisation), which no person's file would match: not asked about.
    const notPeople = ['本报评论员', '特约评论员', '法治报道编辑部'];
    for (const source of all_sources.filter((s) => !withdrawn.includes(s))) {
      for (const name of source.names) {
        if (!personByName.has(name) && !notPeople.includes(name)) unmatched.set(name, [...(unmatched.get(name) ?? []), source.file]);
      }
    }
    expect(unmatched.size).toBeGreaterThan(0);
    const start = log.search(/警告 \(warning\): 以下 \d+ 个署名/);
    const warning = log.slice(start, log.indexOf('\n\n', start));
    for (const [name, files] of unmatched) {
      const line = warning.split('\n').find((l) => l.trim().startsWith(`${name}:`));
      expect(line, name).toBeDefined();
      for (const file of files) expect(line).toContain(file);
    }
    for (const name of [...personByName.keys(), ...notPeople]) expect(warning).not.toMatch(new RegExp(`^\\s+${name}:`, 'm'));
    for (const name of notPeople) expect(all_sources.some((source) => source.names.includes(name)), name).toBe(true);
    for (const { file } of withdrawn) expect(warning).not.toContain(file);
  });

  test('link to the profile when they match a person, and stay plain text when not', () => {
    let linked = 0;
    let plain = 0;
    for (const source of sources) {
      const article = page(`/articles/${source.id}/`);
      for (const element of all(article, '.byline .person-name, .dateline .person-name, .editor-line .person-name')) {
        const name = element.textContent;
        const person = personByName.get(name);
        if (person) {
          expect(element.tagName, name).toBe('A');
          expect(element.getAttribute('href')).toBe(`/people/${person.id}/`);
          linked++;
        } else {
          expect(element.tagName, name).toBe('SPAN');
          plain++;
        }
      }
    }
    expect(linked).toBeGreaterThan(50);
    expect(plain).toBeGreaterThan(0);
  });
});

describe('tags', () => {
  const counts = new Map<string, number>();
  for (const source of sources) for (const tag of source.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);

  // The test site's index holds a few tags a page (BAODAO_TAGS_PER_PAGE in tests/support/site.ts; 200 by default).
  const TAGS_PER_PAGE = tagsPerPage(TEST_SITE_ENV);
  const indexPages = Array.from({ length: Math.ceil(counts.size / TAGS_PER_PAGE) }, (_, i) => (i === 0 ? '/tags/' : `/tags/page/${i + 1}/`));

  test('/tags/ lists every tag with its count, most used first, 20 a page on the test site: /tags/, then /tags/page/2/ …', () => {
    expect(indexPages.length).toBeGreaterThan(2);
    expect(existsSync(builtFile(`/tags/page/${indexPages.length + 1}/`))).toBe(false);
    const entries = indexPages.flatMap((url) => {
      const listed = all(page(url), '.tag-index li');
      expect(listed.length, url).toBe(Math.min(TAGS_PER_PAGE, counts.size - indexPages.indexOf(url) * TAGS_PER_PAGE));
      return listed.map((li) => [li.querySelector('a')!.textContent, Number(/\d+/.exec(li.querySelector('.tag-index__count')!.textContent)![0])] as const);
    });
    expect(entries.map(([tag]) => tag)).toHaveLength(counts.size);
    expect(new Map(entries)).toEqual(counts);
    const numbers = entries.map(([, n]) => n);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  test('every page of the tag index says which page it is, leads back to /tags/ and on through the pagination, every tag reachable by links', () => {
    const reached = new Set<string>();
    const queue = ['/tags/'];
    for (const url of queue) {
      const root = page(url);
      for (const a of all(root, '.pagination a')) if (!queue.includes(a.getAttribute('href')!)) queue.push(a.getAttribute('href')!);
      for (const a of all(root, '.tag-index a')) reached.add(decodeURIComponent(a.getAttribute('href')!));
    }
    expect(queue.sort()).toEqual([...indexPages].sort());
    expect(reached).toEqual(new Set([...counts.keys()].map((tag) => `/tags/${tag}/`)));
    const second = page('/tags/page/2/');
    expect(textOf(second, 'h1')).toBe('标签第2页');
    expect(textOf(second, '.breadcrumb')).toBe('您当前的位置：首页>标签>第2页');
    expect(second.querySelector('.breadcrumb a[href="/tags/"]')).not.toBeNull();
    expect(second.querySelector('title')!.textContent).toBe('标签（第 2 页） - 法治报道');
    expect(textOf(second, '.pagination__summary')).toBe(`共${indexPages.length}页${counts.size}条`);
  });

  test.each([...counts.keys()].map((t) => [t]))('/tags/%s/ lists its articles, paginated', (tag) => {
    const expected = sources.filter((s) => s.tags.includes(tag));
    const base = `/tags/${encodeURIComponent(tag)}/`;
    const urls = Array.from({ length: pagesOf(expected.length) }, (_, i) => (i === 0 ? base : `${base}${i + 1}/`));
    expect(titlesOn(urls)).toEqual(expected.map((s) => s.title));
    expect(textOf(page(base), '.breadcrumb')).toBe(`您当前的位置：首页>标签>${tag}`);
  });

  test('Chinese tags are folders in Chinese, linked percent-encoded', () => {
    expect(existsSync(builtFile('/tags/民政/'))).toBe(true);
    const link = page('/tags/').querySelector('.tag-index a')!.getAttribute('href')!;
    expect(link).toMatch(/^\/tags\/(%[0-9A-F]{2})+\/$/);
  });
});

describe('archive', () => {
  /** Months in Asia/Shanghai: the sources' wall-clock dates. */
  const months = new Map<string, typeof sources>();
  for (const source of sources) {
    const key = String(source.fm['date']).slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), source]);
  }

  test('/archive/ lists years and months with counts', () => {
    const listed = all(page('/archive/'), '.archive-months li').map((li) => [
      li.querySelector('a')!.getAttribute('href'),
      Number(/\d+/.exec(li.querySelector('.archive-months__count')!.textContent)![0]),
    ]);
    const expected = [...months]
      .sort(([a], [b]) => (a < b ? 1 : -1))
      .map(([key, list]) => [`/archive/${key.replace('-', '/')}/`, list.length]);
    expect(listed).toEqual(expected);
  });

  test.each([...months.keys()].map((k) => [k]))('/archive/%s/ lists the month, newest first', (key) => {
    const base = `/archive/${key.replace('-', '/')}/`;
    const expected = months.get(key)!;
    const urls = Array.from({ length: pagesOf(expected.length) }, (_, i) => (i === 0 ? base : `${base}${i + 1}/`));
    expect(titlesOn(urls)).toEqual(expected.map((s) => s.title));
    const [year, month] = key.split('-').map(Number);
    expect(textOf(page(base), '.breadcrumb')).toBe(`您当前的位置：首页>归档>${year}年>${month}月`);
    expect(all(page(base), '.breadcrumb a').map((a) => a.getAttribute('href'))).toEqual(['/', '/archive/', `/archive/${year}/`]);
  });

  const years = [...new Set([...months.keys()].map((key) => key.slice(0, 4)))].sort().reverse();

  test('each year heading on /archive/ links to its year page', () => {
    expect(all(page('/archive/'), '.archive-year h2 a').map((a) => a.getAttribute('href'))).toEqual(years.map((year) => `/archive/${year}/`));
  });

  test.each(years.map((y) => [y]))('/archive/%s/ lists its months with counts, and links to the years beside it', (year) => {
    const html = page(`/archive/${year}/`);
    const listed = all(html, '.archive-months li').map((li) => [li.querySelector('a')!.getAttribute('href'), Number(/\d+/.exec(li.querySelector('.archive-months__count')!.textContent)![0])]);
    const expected = [...months]
      .filter(([key]) => key.startsWith(`${year}-`))
      .sort(([a], [b]) => (a < b ? 1 : -1))
      .map(([key, list]) => [`/archive/${key.replace('-', '/')}/`, list.length]);
    expect(listed).toEqual(expected);
    const count = expected.reduce((sum, [, n]) => sum + Number(n), 0);
    expect(textOf(html, 'h1')).toBe(`${year}年`);
    expect(textOf(html, '.listing-header')).toContain(`共${count}篇文章`);
    expect(textOf(html, '.breadcrumb')).toBe(`您当前的位置：首页>归档>${year}年`);
    const index = years.indexOf(year);
    const beside = all(html, '.archive-years a').map((a) => [a.getAttribute('rel'), a.getAttribute('href')]);
    expect(beside).toEqual([
      ...(years[index + 1] ? [['prev', `/archive/${years[index + 1]}/`]] : []),
      ...(index > 0 ? [['next', `/archive/${years[index - 1]}/`]] : []),
    ]);
    // The year's articles in one list, to narrow or search within: the search page with the year alone.
    expect(all(html, '.archive-search a').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([[`搜索${year}年的文章`, `/search/?year=${year}`]]);
  });
});

describe('related articles', () => {
  test('each article shows 5 others: most shared tags, then same section, then newest', () => {
    for (const source of sources) {
      // Every other published article, compared pairwise: the rule itself, on the sources.
      const expected = sources
        .filter((other) => other !== source)
        .map((other) => ({
          other,
          shared: other.tags.filter((tag) => source.tags.includes(tag)).length,
          same: other.section === source.section ? 1 : 0,
        }))
        .sort((a, b) => b.shared - a.shared || b.same - a.same || b.other.date.getTime() - a.other.date.getTime())
        .slice(0, 5)
        .map(({ other }) => other.title);
      const related = all(page(`/articles/${source.id}/`), '.related a').map((a) => a.textContent);
      expect(related, source.id).toEqual(expected);
    }
  });
});

describe('topics', () => {
  const topicFiles = filesUnder(path.join(TEST_CONTENT, 'topics')).filter((f) => /\.mdx?$/.test(f));
  const topics = topicFiles.map((file) => {
    const text = readFileSync(path.join(TEST_CONTENT, 'topics', file), 'utf8');
    const fm = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, { schema: yaml.CORE_SCHEMA }) as {
      title: string;
      date: string;
      draft?: boolean;
      tag?: string;
      articles?: string[];
      parts?: { title: string; tag?: string; articles?: string[] }[];
    };
    return { id: file.replace(/\.mdx?$/, ''), ...fm };
  });
  // Published articles only: a topic may name articles not yet published (tests/fixtures/unpublished/topics).
  const selected = (sel: { tag?: string; articles?: string[] }) =>
    sel.tag ? sources.filter((s) => s.tags.includes(sel.tag!)) : sel.articles!.flatMap((id) => sources.filter((s) => s.id === id));
  const select = (sel: { tag?: string; articles?: string[] }) => selected(sel).map((s) => s.title);

  // The test content's topics are all of different times, each written in the site's zone as text that sorts as the time does.
  const newestFirst = <T extends { date: string }>(list: readonly T[]) => [...list].sort((a, b) => b.date.localeCompare(a.date));
  // A topic none of whose articles is published yet is not published either, like a draft.
  const published = topics.filter((t) => !t.draft && (t.parts ?? [t]).some((part) => select(part).length > 0));

  test('/topics/ lists every topic with a published article, newest first', () => {
    const listed = all(page('/topics/'), '.article-card__title a').map((a) => a.getAttribute('href'));
    expect(listed).toEqual(newestFirst(published).map((t) => `/topics/${t.id}/`));
    expect(topics.some((t) => t.parts) && topics.some((t) => t.tag)).toBe(true);
    // One names articles not published yet, and has a part with none published.
    expect(topics.some((t) => t.parts?.some((part) => select(part).length === 0))).toBe(true);
  });

  test('a topic none of whose articles is published has no page; the build says which waits for its first, and which has only withdrawn ones', () => {
    const unpublished = topics.filter((t) => !t.draft && !published.includes(t));
    expect(unpublished.map((t) => t.id)).toEqual(['chegao-zhuanti', 'dengdai-zhuanti']);
    // A draft has none either, though its articles are published (tests/fixtures/unpublished/topics/caogao-zhuanti.md).
    const drafts = topics.filter((t) => t.draft);
    expect(drafts.map((t) => t.id)).toEqual(['caogao-zhuanti']);
    for (const { id } of [...unpublished, ...drafts]) expect(existsSync(builtFile(`/topics/${id}/`)), id).toBe(false);
    const log = readFileSync(BUILD_LOG, 'utf8');
    // dengdai-zhuanti's articles are to come; chegao-zhuanti's are withdrawn (tests/fixtures/withdrawn/topics), and it never will be published.
    expect(log).toMatch(/^提示：1 个专题还没有已发布的文章，暂不发布.*\n {2}\S*topics\/dengdai-zhuanti\.md$/m);
    expect(log).toMatch(/^警告 \(warning\): 以下 1 个专题的文章都已撤稿，专题不再发布.*\n {2}\S*topics\/chegao-zhuanti\.md$/m);
  });

  test('a topic that lists a withdrawn article goes on without it, and the build names the topic, the item and the article', () => {
    const withdrawn = '2026/11/chegao-ceshi-wenzhang';
    const listing = topics.find((t) => t.parts?.some((part) => part.articles?.includes(withdrawn)))!;
    expect(all(page(`/topics/${listing.id}/`), '.topic-part a').map((a) => a.getAttribute('href'))).not.toContain(`/articles/${withdrawn}/`);
    expect(readFileSync(BUILD_LOG, 'utf8')).toMatch(
      new RegExp(`^警告 \\(warning\\): 以下 1 处专题列出的文章已撤稿，不再显示在专题里：请从专题中删去：\n {2}\\S*topics/${listing.id}\\.md: parts 第 2 项 articles 第 2 项 → ${withdrawn}$`, 'm'),
    );
  });

  test('the test content has a topic longer than a page, a part of it going on from page to page', () => {
    const long = published.filter((t) => (t.parts ?? [t]).reduce((n, part) => n + select(part).length, 0) > PAGE_SIZE);
    expect(long.map((t) => t.id)).toEqual(['shili-heji']);
  });

  test.each(published.map((t) => [t.id, t] as const))('/topics/%s/ shows its parts and articles, 20 a page as a section does, its cover and introduction on page 1 only', (id, topic) => {
    const expected = (topic.parts ?? [{ ...topic, title: undefined }]).filter((part) => select(part).length > 0);
    const total = expected.reduce((n, part) => n + select(part).length, 0);
    const urls = Array.from({ length: pagesOf(total) }, (_, i) => (i === 0 ? `/topics/${id}/` : `/topics/${id}/${i + 1}/`));
    expect(existsSync(builtFile(`/topics/${id}/${urls.length + 1}/`))).toBe(false);
    const title = squash(topic.title);
    // The parts as the pages show them, a part's run on one page joined to its run on the page before.
    const shown: { title: string | undefined; titles: string[] }[] = [];
    urls.forEach((url, n) => {
      const root = page(url);
      if (n === 0) {
        expect(textOf(root, 'h1')).toBe(title);
        expect(textOf(root, '.breadcrumb')).toBe(`您当前的位置：首页>专题>${title}`);
        expect(root.querySelector('.topic-intro')).not.toBeNull();
      } else {
        expect(textOf(root, 'h1'), url).toBe(`${title}第${n + 1}页`);
        expect(textOf(root, '.breadcrumb'), url).toBe(`您当前的位置：首页>专题>${title}>第${n + 1}页`);
        expect(root.querySelector('.breadcrumb a[href="/topics/' + id + '/"]'), url).not.toBeNull();
        expect(root.querySelector('.topic-header, .topic-intro'), url).toBeNull();
      }
      expect(textOf(root, '.pagination__summary'), url).toBe(`共${urls.length}页${total}条`);
      expect(all(root, '.article-card'), url).toHaveLength(Math.min(PAGE_SIZE, total - n * PAGE_SIZE));
      all(root, '.topic-part').forEach((part, i) => {
        const run = { title: part.querySelector('h2.block-title') ? textOf(part, 'h2.block-title') : undefined, titles: all(part, '.article-card__title a').map((a) => a.textContent) };
        const last = shown.at(-1);
        if (n > 0 && i === 0 && last && last.title === run.title) last.titles.push(...run.titles);
        else shown.push(run);
      });
    });
    expect(shown).toEqual(expected.map((part) => ({ title: part.title, titles: select(part) })));
  });

  test('an article a topic lists names it under 所属专题, linking back (newest topic first, 、 between); an article in none has no such line', () => {
    const published = newestFirst(topics.filter((topic) => topic.draft !== true));
    const listing = (source: { id: string }) =>
      published.filter((topic) => (topic.parts ?? [topic]).some((part) => selected(part).some((s) => s.id === source.id)));
    const counts = sources.map((source) => listing(source).length);
    expect(counts.some((n) => n >= 2) && counts.some((n) => n === 1) && counts.some((n) => n === 0)).toBe(true);
    for (const source of sources) {
      const expected = listing(source);
      const line = page(`/articles/${source.id}/`).querySelector('.article-topics');
      if (expected.length === 0) {
        expect(line, source.id).toBeNull();
        continue;
      }
      expect(squash(line!.textContent), source.id).toBe(squash(`所属专题：${expected.map((topic) => topic.title).join('、')}`));
      expect(all(line!, 'a').map((a) => a.getAttribute('href')), source.id).toEqual(expected.map((topic) => `/topics/${topic.id}/`));
    }
  });

  test('所属专题 comes after the tags and before 上一篇/下一篇, outside the indexed body', () => {
    const root = page('/articles/2024/01/weifang-minzheng-shehui-zuzhi/');
    expect(root.querySelector('[data-pagefind-body] .article-topics')).toBeNull();
    const footer = root.querySelector('.article__footer')!.toString();
    const positions = ['article-tags', 'article-topics', 'article-neighbours'].map((name) => footer.indexOf(`class="${name}"`));
    expect(positions.every((position) => position >= 0), String(positions)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('every page type is reachable', () => {
  test('navigation links 专题 and 人员查询; the footer links 标签, 归档; articles link their tags', () => {
    const article = page('/articles/2024/01/weifang-minzheng-shehui-zuzhi/');
    const hrefs = all(article, 'a').map((a) => a.getAttribute('href'));
    for (const href of ['/topics/', '/people/', '/tags/', '/archive/', `/tags/${encodeURIComponent('民政')}/`]) {
      expect(hrefs).toContain(href);
    }
  });
});
