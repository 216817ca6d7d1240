/**
 * The seed article, read back from the built page: every element of the outlet's current
 * page (../shared/seed, copied to tests/fixtures/seed-page.txt) is there, in the same order.
 *
 * The seed text has been through NFKC: it has no full-width ，：；（）, only the marks NFKC
 * keeps (。、“”). The page's labels use full-width punctuation, as Chinese text does, so the
 * page's text is compared with the seed after the same normalisation (`seedForm`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, inject, test } from 'vitest';
import { all, newsArticle, page, squash, structuredData, structuredTrails, textOf, visibleTrail } from './support/html.ts';
import { isoOf, list, readSources } from './support/sources.ts';
import { ROOT, SITE, TEST_CONTENT, readPage } from './support/site.ts';
import site from '../src/site.config.ts';
import { WORD_JOINER } from '../src/lib/markdown-plugins.ts';
import { earlyTextSizeScript } from '../src/lib/text-size.ts';
import { extractRecord } from '../src/lib/search-records.ts';

const SEED_URL = '/articles/2024/01/weifang-minzheng-shehui-zuzhi/';
const seedLines = readFileSync('tests/fixtures/seed-page.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);
const line = (prefix: string) => {
  const found = seedLines.find((l) => l.startsWith(prefix));
  if (!found) throw new Error(`the seed page has no line starting ${prefix}`);
  return found;
};
const DATELINE = '法治报道讯(通讯员:马远征 张文玉)';
const firstBody = seedLines.findIndex((l) => l.startsWith(DATELINE));
const lastBody = seedLines.findIndex((l) => l.startsWith('责任编辑'));
/**
 * The body paragraphs of the seed page, the dateline leading the first, with the one character
 * the article corrects: the outlet's page has a bullet (U+2022) for the 间隔号 of
 * 红心聚力·益路同行.
 */
const seedParagraphs = seedLines
  .slice(firstBody, lastBody)
  .map(squash)
  .map((paragraph) => paragraph.replace('红心聚力•益路同行', '红心聚力·益路同行'));

const root = page(SEED_URL);
const seedForm = (text: string) => text.normalize('NFKC');
/** A 间隔号 is bound to its neighbours with word joiners, which no reader sees (markdown-plugins.ts). */
const unjoined = (text: string) => text.replaceAll(WORD_JOINER, '');
const text = unjoined(seedForm(squash(root.querySelector('body')!.textContent)));
/** The text of the first element matching `selector`, as the seed gives it. */
const seedText = (selector: string) => seedForm(textOf(root, selector));

/** The meta line as the seed page has it (时间 来源 作者, 本文已更正): without 字号, the reader's tool that ends it on the page (TextSize.astro). */
const metaLine = (article: HTMLElement) => {
  const meta = article.querySelector('.article-meta')!.clone() as HTMLElement;
  meta.querySelector('.text-size')?.remove();
  return squash(meta.textContent);
};

describe('the seed article page', () => {
  test('is Chinese: <html lang="zh-CN">, titled with the article and the outlet', () => {
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(root.querySelector('title')?.textContent).toBe('潍坊市民政局多措并举提升社会组织服务平台效能 - 法治报道');
  });

  test("the header has the outlet's name, navigation with sections and 人员查询, and a search box", () => {
    const header = root.querySelector('header.site-header')!;
    expect(squash(header.querySelector('.site-name')!.textContent)).toBe(seedLines[0]);
    const nav = all(header, 'nav a').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(nav).toContainEqual(['今日资讯', '/sections/today/']);
    expect(nav).toContainEqual(['视频', '/sections/video/']);
    expect(nav).toContainEqual(['人员查询', '/people/']);
    const form = header.querySelector('form[role="search"]')!;
    expect(form.getAttribute('action')).toBe('/search/');
    expect(form.getAttribute('method')).toBe('get');
    expect(form.querySelector('input[name="q"]')).not.toBeNull();
    expect(squash(form.querySelector('label')!.textContent)).toBe('搜索：');
  });

  test('the breadcrumb reads 您当前的位置：首页 > 今日资讯, linking both', () => {
    const crumb = root.querySelector('nav.breadcrumb')!;
    expect(squash(crumb.textContent)).toBe('您当前的位置：首页>今日资讯');
    expect(seedForm(squash(crumb.textContent))).toBe(squash(line('您当前的位置')));
    expect(all(crumb, 'a').map((a) => a.getAttribute('href'))).toEqual(['/', '/sections/today/']);
    expect(crumb.querySelector('[aria-current]'), 'the section is not the page the reader is on').toBeNull();
  });

  test('title, subtitle and the meta line are those of the seed page', () => {
    expect(seedText('h1')).toBe(squash(line('潍坊市民政局多措并举提升社会组织服务平台效能')));
    expect(seedText('.article__subtitle')).toBe(squash(line('筑巢引凤')));
    expect(seedForm(metaLine(root))).toBe(squash(line('时间:')));
    expect(metaLine(root)).toMatch(/^时间：.+来源：.+作者：/);
    expect(root.querySelector('.article-meta time')?.getAttribute('datetime')).toBe('2024-01-23T09:08:47+08:00');
  });

  test('the 导读 box, the dateline and 责任编辑 match the seed page', () => {
    expect(seedText('.lede')).toBe(squash(line('导读:')));
    expect(seedText('.dateline')).toBe(squash(DATELINE));
    expect(seedText('.editor-line')).toBe(squash(line('责任编辑')));
    // The page's own labels in full-width punctuation (the seed's are half-width only through NFKC).
    expect(textOf(root, '.lede')).toMatch(/^导读：/);
    expect(textOf(root, '.dateline')).toBe('法治报道讯（通讯员：马远征张文玉）');
    expect(textOf(root, '.editor-line')).toMatch(/^责任编辑：/);
  });

  test('the body has every paragraph of the seed page, in order, the dateline leading the first as there', () => {
    const paragraphs = all(root, '.article__body p').map((p) => unjoined(seedForm(squash(p.textContent))));
    expect(root.querySelector('.article__body p.opening > .dateline:first-child')).not.toBeNull();
    expect(paragraphs).toEqual(seedParagraphs);
    expect(seedParagraphs.length).toBeGreaterThanOrEqual(14);
  });

  test('tags link to their listings; previous and next stay in the section', () => {
    expect(all(root, '.article-tags a').map((a) => a.textContent)).toEqual(['潍坊', '社会组织', '民政']);
    const neighbours = root.querySelector('.article-neighbours')!;
    expect(squash(neighbours.textContent)).toMatch(/^上一篇：.+下一篇：.+$/);
    for (const link of all(neighbours, 'a')) {
      const target = page(link.getAttribute('href')!);
      expect(target.querySelector('.breadcrumb a[href="/sections/today/"]')).not.toBeNull();
    }
  });

  test('the footer has every licence line of the seed page', () => {
    const footer = seedText('footer.site-footer');
    for (const prefix of ['广播电视节目制作经营许可证', '京ICP备', '京公网安备', '监督电话', '总编邮箱']) {
      expect(footer).toContain(squash(line(prefix)));
    }
  });

  test('a phone dials the 监督电话, the second with the area code of the first as the seed page lists them', () => {
    const numbers = line('监督电话').replace(/^监督电话[:：]/, '').trim().split(/\s+/);
    const links = all(root, 'footer.site-footer a[href^="tel:"]');
    expect(links.map((a) => a.textContent)).toEqual(numbers);
    const area = numbers[0]!.split('-')[0]!.replace(/^0/, '');
    expect(links.map((a) => a.getAttribute('href')!.replace(/^tel:/, '').replace(/-/g, ''))).toEqual(
      numbers.map((number) => `+86${area}${number.split('-').at(-1)}`),
    );
  });

  test('分享到：微信 opens a QR code that a phone reads as the article’s address; 微博 and QQ空间 get the address and title', async () => {
    const share = root.querySelector('.article__footer .share')!;
    const canonical = root.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    expect(squash(share.querySelector('summary')!.textContent)).toBe('微信');
    // Scaled up unsmoothed, as the page draws it, and read by a QR decoder, as a phone would.
    const qr = share.querySelector('details img')!.getAttribute('src')!;
    const png = readFileSync(path.join(SITE, qr));
    const { data, info } = await sharp(png).resize(400, 400, { kernel: 'nearest' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(canonical);
    const title = textOf(root, 'h1');
    for (const label of ['微博', 'QQ空间']) {
      const link = all(share, 'a').find((a) => a.textContent === label)!;
      const params = new URL(link.getAttribute('href')!).searchParams;
      expect([params.get('url'), squash(params.get('title')!)]).toEqual([canonical, title]);
    }
    expect(root.querySelector('[data-pagefind-body] .share')).toBeNull();
  });

  test('everything comes in the order of the seed page', () => {
    const order = [
      seedLines[0]!, // 法治报道
      '人员查询',
      '搜索:',
      '您当前的位置:首页>今日资讯',
      line('潍坊市民政局多措并举提升社会组织服务平台效能'),
      line('筑巢引凤'),
      line('时间:'),
      line('导读:'),
      DATELINE,
      seedParagraphs[0]!,
      seedParagraphs.at(-1)!,
      line('责任编辑'),
      '标签:',
      '上一篇',
      '下一篇',
      '返回首页',
      line('广播电视节目制作经营许可证'),
      line('总编邮箱'),
    ].map(squash);
    const positions = order.map((needle) => text.indexOf(needle));
    positions.forEach((position, i) => expect(position, order[i]).toBeGreaterThanOrEqual(0));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test('listing pages run only the few lines that keep a focused link in view; an article page four more: a module that marks searched words (search.browser.test.ts), the few lines that close the 微信 panel (accessibility.browser.test.ts), and 字号’s line in <head> and the few lines of its buttons (text-size.browser.test.ts)', () => {
    const scripts = (url: string) => all(page(url), 'script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    /** The inline script of every page (src/scripts/focus-in-view.ts): small, loading nothing. */
    const focusInView = (script: HTMLElement | undefined) => {
      expect(script?.getAttribute('type')).toBe('module');
      expect(script?.getAttribute('src')).toBeUndefined();
      expect(script?.textContent).toContain('data-focus-in-view');
      expect(script?.textContent).not.toMatch(/\bimport\b/);
      expect(script?.textContent.length).toBeLessThan(400);
    };
    for (const url of ['/', '/sections/today/']) {
      const [only, ...others] = scripts(url);
      expect(others, url).toEqual([]);
      focusInView(only);
    }
    const onArticle = scripts(SEED_URL);
    expect(onArticle).toHaveLength(5);
    const [highlighter, sharePanel, focus, textSizeKept, textSizeButtons] = [
      onArticle.filter((script) => script.getAttribute('src')),
      onArticle.filter((script) => script.textContent.includes('Escape')),
      onArticle.filter((script) => script.textContent.includes('data-focus-in-view')),
      onArticle.filter((script) => script.textContent === earlyTextSizeScript),
      onArticle.filter((script) => script.textContent.includes('aria-pressed')),
    ];
    // 字号: the size kept, set in <head> before the first paint (a classic script, run where it stands), and its buttons' few lines, loading nothing.
    expect(textSizeKept).toHaveLength(1);
    expect(textSizeKept[0]!.getAttribute('type')).toBeUndefined();
    expect(textSizeKept[0]!.parentNode?.tagName).toBe('HEAD');
    expect(textSizeButtons).toHaveLength(1);
    expect(textSizeButtons[0]!.getAttribute('src')).toBeUndefined();
    expect(textSizeButtons[0]!.textContent).not.toMatch(/\bimport\b/);
    expect(textSizeButtons[0]!.textContent.length).toBeLessThan(800);
    focusInView(focus[0]);
    expect(highlighter).toHaveLength(1);
    expect(highlighter[0]!.getAttribute('type')).toBe('module');
    expect(highlighter[0]!.getAttribute('src')).toMatch(/^\/_astro\/[^/]+\.js$/);
    // Inline, loading nothing: the panel opens without it.
    expect(sharePanel).toHaveLength(1);
    expect(sharePanel[0]!.getAttribute('src')).toBeUndefined();
    expect(sharePanel[0]!.textContent).not.toMatch(/\bimport\b/);
    expect(sharePanel[0]!.textContent.length).toBeLessThan(600);
  });
});

describe('every article page', () => {
  const sources = readSources(new Date(inject('buildNow'))).filter((s) => s.published);

  /** The latest of the article's date, 更新 and 更正 as the editor wrote them, in ISO 8601 at +08:00. */
  const lastChange = (source: (typeof sources)[number]) => {
    const corrections = Array.isArray(source.fm['corrections']) ? (source.fm['corrections'] as { date: unknown }[]) : [];
    return [source.fm['date'], source.fm['updated'], ...corrections.map((c) => c.date)].filter(Boolean).map(isoOf).sort().at(-1)!;
  };

  /**
   * The picture an article is shared with, as its editor wrote it: its cover or video poster, or
   * else the first picture beside it in its body (`![…](./…)`; not an SVG, which no JPEG is made
   * from) at least a listing picture wide (240 px, read from the file with sharp).
   */
  const sharedOf = async (source: (typeof sources)[number]): Promise<{ alt: string } | undefined> => {
    const cover = source.fm['cover'] as { alt: string } | undefined;
    const video = source.fm['video'] as { caption?: string } | undefined;
    if (cover || video) return { alt: cover?.alt ?? video?.caption ?? source.title };
    for (const [, alt, src] of source.body.matchAll(/!\[([^\]]*)\]\((\.{1,2}\/[^\s)]+)/g)) {
      if (/\.svg$/i.test(src!)) continue;
      const { width = 0 } = await sharp(path.join(TEST_CONTENT, 'articles', path.dirname(source.file), decodeURI(src!))).metadata();
      if (width >= 240) return { alt: alt || source.title };
    }
    return undefined;
  };

  /** An instant on the Shanghai clock, `YYYY-MM-DDTHH:mm:ss`, read with Intl (not the site's date code). */
  const shanghaiClock = (date: Date) => {
    const clock = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Shanghai',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    const part = Object.fromEntries(clock.formatToParts(date).map(({ type, value }) => [type, value]));
    return `${part['year']}-${part['month']}-${part['day']}T${part['hour']}:${part['minute']}:${part['second']}`;
  };

  test('draws its title and subtitle as words, a <wbr> between two, and nowhere else but in a long name: its head, structured data, search record and the feed have them as written', () => {
    const spaced = (text: string) => text.trim().replace(/\s+/g, ' ');
    let breaks = 0;
    for (const source of sources) {
      const html = readPage(`/articles/${source.id}/`);
      const root = parse(html);
      const title = root.querySelector('h1.article__title')!;
      expect(spaced(title.textContent), source.id).toBe(spaced(source.title));
      breaks += title.querySelectorAll('wbr').length;
      // A name in the bylines may break after its 间隔号 (PersonNames), where it has a <wbr> too.
      const inWords = all(root, '.words wbr, .person-name wbr').length;
      expect(html.match(/<wbr\b/g)?.length ?? 0, `${source.id}: a <wbr> outside a title's words and the names`).toBe(inWords);
      // Each break is a bare <wbr>, 5 bytes: global.css hides them all from screen readers, where
      // aria-hidden="true" on each took ~19 bytes more (~6,000 breaks on the demo site).
      expect(html.match(/<wbr\b[^>]*>/g)?.filter((tag) => tag !== '<wbr>') ?? [], source.id).toEqual([]);
      expect(html.slice(0, html.indexOf('</head>')), source.id).not.toMatch(/wbr/);
      expect(root.querySelector('meta[property="og:title"]')?.getAttribute('content'), source.id).toBe(source.title);
      expect(root.querySelector('meta[name="search-title"]')?.getAttribute('content'), source.id).toBe(source.title);
      const [indexed, subtitle] = extractRecord(html, `/articles/${source.id}/`)!.fields.title.split('\n');
      expect(indexed, source.id).toBe(spaced(source.title));
      if (source.fm['subtitle']) expect(subtitle, source.id).toBe(spaced(String(source.fm['subtitle'])));
    }
    expect(breaks, 'titles have words to break between').toBeGreaterThan(sources.length * 2);
    expect(readFileSync(path.join(SITE, 'rss.xml'), 'utf8')).not.toMatch(/wbr/);
  });

  test('runs its dateline into the first paragraph of story text, past a label above it (【案情回顾】); search reads the dateline apart from the body', () => {
    const withDateline = sources.filter((s) => s.fm['dateline'] || s.fm['correspondents']);
    expect(withDateline.length).toBeGreaterThan(10);
    for (const source of sources) {
      const html = readPage(`/articles/${source.id}/`);
      const root = parse(html);
      const datelines = all(root, '.dateline');
      if (!withDateline.includes(source)) {
        expect(datelines, source.id).toEqual([]);
        continue;
      }
      expect(datelines, source.id).toHaveLength(1);
      const [dateline] = datelines;
      const paragraph = dateline!.parentNode!;
      expect(paragraph.tagName, source.id).toBe('P');
      expect(paragraph.parentNode?.classList.contains('article__body'), source.id).toBe(true);
      expect(paragraph.firstChild, `${source.id}: the dateline leads its paragraph`).toBe(dateline);
      // Only labels come before it: a paragraph wholly bold or in 【】.
      const blocks = all(root, '.article__body > *');
      const before = blocks.slice(0, blocks.indexOf(paragraph));
      for (const label of before) expect(squash(label.textContent), source.id).toMatch(/^【[^】]*】$/);
      // Indexed as the bylines are (field rest, its brackets not), and the paragraph as its own text.
      const record = extractRecord(html, `/articles/${source.id}/`)!;
      expect(squash(record.fields.rest), source.id).toContain(squash(dateline!.textContent).replace(/（通讯员：|）$/g, ''));
      dateline!.remove();
      expect(record.fields.body.split('\n').map(squash), source.id).toContain(squash(paragraph.textContent));
    }
    const labelled = parse(readPage('/articles/2026/11/jieming-maifang-wenda/'));
    expect(squash(labelled.querySelector('.article__body > p')!.textContent)).toBe('【案情回顾】');
    expect(squash(labelled.querySelector('.article__body > p.opening')!.textContent)).toMatch(/^本报青川11月25日电2018年，张某某/);
  });

  test('gives as its modified time the latest of its date, 更新 time and 更正', () => {
    const changed = sources.filter((s) => s.fm['updated'] || Array.isArray(s.fm['corrections']));
    expect(changed.some((s) => Array.isArray(s.fm['corrections']))).toBe(true);
    for (const source of sources) {
      const latest = lastChange(source);
      const root = page(`/articles/${source.id}/`);
      expect(root.querySelector('meta[property="article:modified_time"]')?.getAttribute('content'), source.id).toBe(latest);
      const structured = newsArticle(root) as { dateModified: string };
      expect(structured.dateModified, source.id).toBe(latest);
    }
  });

  test('says 更新时间 (the words a page uses, see pages.test.ts) before 来源 when it has one, with the date as written', () => {
    expect(sources.some((s) => s.fm['updated']), 'a demo article with 更新').toBe(true);
    for (const source of sources) {
      const meta = metaLine(page(`/articles/${source.id}/`));
      if (source.fm['updated'] === undefined) {
        expect(meta, source.id).not.toContain('更新');
        continue;
      }
      expect(meta, source.id).toContain(squash(`更新时间：${String(source.fm['updated'])}来源：`));
    }
  });

  test('lists each 更正 with its date as written (no time it was not given), and says so at the end of the meta line, linking there', () => {
    const corrected = sources.filter((s) => Array.isArray(s.fm['corrections']));
    const written = corrected.flatMap((s) => s.fm['corrections'] as { date: unknown }[]).map((c) => String(c.date).trim());
    expect(written.some((date) => date.length === 10), 'a correction dated without a time').toBe(true);
    for (const source of sources) {
      const root = page(`/articles/${source.id}/`);
      const link = root.querySelector('.article-meta a[href="#corrections"]');
      const corrections = (source.fm['corrections'] ?? []) as { date: unknown; text: string }[];
      if (corrections.length === 0) {
        expect(link, source.id).toBeNull();
        continue;
      }
      expect(link?.textContent, source.id).toBe('本文已更正');
      // After 时间 来源 作者, which keep the old site's order, not between 来源 and 作者.
      const meta = metaLine(root);
      expect(meta, source.id).toMatch(/^时间：.+来源：.+本文已更正$/);
      expect(meta, source.id).not.toMatch(/本文已更正.+作者：/);
      const items = all(root, '#corrections li').map((li) => squash(li.textContent));
      expect(items, source.id).toEqual(corrections.map((c) => squash(`${String(c.date).trim()}${c.text}`)));
    }
  });

  test("gives Baidu's 时间因子 (its address, title, description, share picture, pubDate and upDate on the Shanghai clock without an offset) and ByteDance's times", async () => {
    const changed = sources.filter((s) => new Date(lastChange(s)).getTime() !== s.date.getTime());
    expect(changed.some((s) => s.fm['updated']) && changed.some((s) => s.fm['corrections']), 'a demo article with 更新 and one with 更正').toBe(true);
    expect(sources.some((s) => s.fm['cover'] || s.fm['video']) && sources.some((s) => !s.fm['cover'] && !s.fm['video'])).toBe(true);
    for (const source of sources) {
      const root = page(`/articles/${source.id}/`);
      const content = (selector: string) => root.querySelector(selector)?.getAttribute('content');
      const blocks = structuredData(root);
      const baidu = blocks.filter((block) => block['@context'] === 'https://ziyuan.baidu.com/contexts/cambrian.jsonld');
      expect(baidu, source.id).toHaveLength(1);
      const [pubDate, upDate] = [shanghaiClock(source.date), shanghaiClock(new Date(lastChange(source)))];
      expect(baidu[0], source.id).toEqual({
        '@context': 'https://ziyuan.baidu.com/contexts/cambrian.jsonld',
        '@id': new URL(`/articles/${source.id}/`, site.url).href,
        title: source.title,
        ...((await sharedOf(source)) ? { images: [content('meta[property="og:image"]')] } : {}),
        description: content('meta[name="description"]'),
        pubDate,
        upDate,
      });
      expect(baidu[0]!['@id'], source.id).toBe(root.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      if (source.fm['summary']) expect(squash(String(baidu[0]!['description'])), source.id).toBe(squash(String(source.fm['summary'])));
      expect(content('meta[property="bytedance:published_time"]'), source.id).toBe(`${pubDate}+08:00`);
      expect(content('meta[property="bytedance:updated_time"]'), source.id).toBe(`${upDate}+08:00`);
    }
  });

  test("a video article describes its video in its NewsArticle as Google's video results read it (VideoObject: name, poster, upload time with its zone, file); no other article has one", () => {
    const videos = sources.filter((s) => s.fm['video']);
    expect(videos.length).toBeGreaterThan(0);
    for (const source of sources) {
      const root = page(`/articles/${source.id}/`);
      const structured = newsArticle(root) as { video?: Record<string, string> };
      const video = source.fm['video'] as { src: string; caption?: string } | undefined;
      if (!video) {
        expect(structured.video, source.id).toBeUndefined();
        continue;
      }
      const { thumbnailUrl, ...rest } = structured.video!;
      expect(rest, source.id).toEqual({
        '@type': 'VideoObject',
        name: source.title,
        ...(video.caption && { description: video.caption }),
        uploadDate: isoOf(source.fm['date']),
        contentUrl: new URL(video.src, site.url).href,
      });
      // The poster as a JPEG on the site, the share card's picture when the article has no cover.
      expect(thumbnailUrl, source.id).toMatch(/^https:\/\/www\.fazhibaodao\.example\/_astro\/.+\.jpe?g$/);
      expect(existsSync(path.join(SITE, new URL(thumbnailUrl!).pathname)), source.id).toBe(true);
      if (!source.fm['cover']) expect(thumbnailUrl, source.id).toBe(root.querySelector('meta[property="og:image"]')?.getAttribute('content'));
    }
  });

  test('names its tags in <meta name="keywords">, comma-separated as old CMS pages did; none without tags', () => {
    for (const source of sources) {
      const keywords = all(page(`/articles/${source.id}/`), 'meta[name="keywords"]').map((meta) => meta.getAttribute('content'));
      expect(keywords, source.id).toEqual(source.tags.length > 0 ? [source.tags.join(',')] : []);
    }
  });

  test('gives search engines its breadcrumb (首页 > section) as BreadcrumbList: the same names, each linked to the same page, at its absolute address', () => {
    for (const source of sources) {
      const root = page(`/articles/${source.id}/`);
      const shown = visibleTrail(root, site.url);
      expect(shown.length, source.id).toBeGreaterThanOrEqual(2);
      expect(structuredTrails(root), source.id).toEqual([shown]);
    }
  });

  test("names its publisher, with the site's icon as logo, in its structured data (NewsArticle)", () => {
    // newsArticle fails unless the page has exactly one NewsArticle block.
    const structured = newsArticle(root) as { publisher: { name: string; url: string; logo: { url: string } } };
    expect(structured.publisher.name).toBe(site.name);
    // Before, the config's https://www.fazhibaodao.example, without the / of the front page's address.
    expect(structured.publisher.url).toBe(page('/').querySelector('link[rel="canonical"]')?.getAttribute('href'));
    const logo = new URL(structured.publisher.logo.url);
    expect(logo.origin).toBe(new URL(site.url).origin);
    expect(existsSync(path.join(SITE, logo.pathname)), logo.pathname).toBe(true);
  });

  test('a range written with one tilde (1~3倍) and a masked number (170****5213) read as written, struck through or bold nowhere', () => {
    const written = sources.flatMap((source) =>
      [...source.body.matchAll(/\d+~\d+\S|\d+\*{3,}\d+/g)].map(([text]) => ({ source, text })),
    );
    expect(written.some(({ text }) => text.includes('~'))).toBe(true);
    expect(written.some(({ text }) => text.includes('*'))).toBe(true);
    for (const { source, text } of written) {
      const body = page(`/articles/${source.id}/`).querySelector('.article__body')!;
      expect(body.textContent, source.id).toContain(text);
      expect(body.querySelector('del'), source.id).toBeNull();
    }
  });

  test('a repost names its original title and links the original above its body; other articles show no such line', () => {
    const reposts = sources.filter((s) => s.fm['original']);
    expect(reposts.length).toBeGreaterThan(0);
    for (const source of sources) {
      const line = page(`/articles/${source.id}/`).querySelector('.article .original-source');
      const original = source.fm['original'] as { title?: string; url?: string } | undefined;
      if (!original) {
        expect(line, source.id).toBeNull();
        continue;
      }
      expect(squash(line!.textContent), source.id).toContain(squash(`原标题：${original.title}`));
      expect(line!.querySelector('a')?.getAttribute('href'), source.id).toBe(original.url);
      // Above the body: readers see where the text comes from before reading it.
      const html = page(`/articles/${source.id}/`).toString();
      expect(html.indexOf('original-source'), source.id).toBeLessThan(html.indexOf('article__body'));
    }
  });

  test('names its authors in the meta line, its structured data (a person with the profile the byline links to, an organisation as one, a role such as 本报评论员 not as an author) and <meta name="author">; a repost without authors, or with roles alone, names its source instead', () => {
    expect(sources.some((s) => list(s.fm['author']).length === 0 && s.fm['original']), 'a demo repost without authors').toBe(true);
    // Bylines of the test site that name no person, as the newsroom reads them: Google's NewsArticle
    // takes an author's name alone, a Person's or an Organization's, never a title.
    const notPeople: Record<string, 'Organization' | 'role'> = { 本报评论员: 'role', 特约评论员: 'role', 法治报道编辑部: 'Organization' };
    const bylines = new Set(sources.flatMap((s) => list(s.fm['author'])));
    for (const name of Object.keys(notPeople)) expect(bylines.has(name), name).toBe(true);
    expect(sources.some((s) => list(s.fm['author']).length > 0 && list(s.fm['author']).every((name) => notPeople[name] === 'role')), 'an article by 本报评论员 alone').toBe(true);
    let linked = 0;
    for (const source of sources) {
      const authors = list(source.fm['author']);
      const root = page(`/articles/${source.id}/`);
      const structured = newsArticle(root) as {
        author: { '@type': string; name: string; url?: string }[];
      };
      const byline = root.querySelector('.article-meta .byline');
      const named = root.querySelector('meta[name="author"]')?.getAttribute('content');
      if (authors.length > 0) {
        expect(unjoined(squash(byline!.textContent)), source.id).toBe(squash(`作者：${authors.join('')}`)); // a Latin name keeps its space
        // Each author's profile, where the byline links to one (the address Google reads as author.url).
        const profiles = new Map(byline!.querySelectorAll('a.person-name').map((a) => [unjoined(squash(a.textContent)), new URL(a.getAttribute('href')!, site.url).href]));
        const typed = authors
          .filter((name) => notPeople[name] !== 'role')
          .map((name) => ({ '@type': notPeople[name] ?? 'Person', name, ...(profiles.has(name) && { url: profiles.get(name) }) }));
        expect(structured.author, source.id).toEqual(typed.length > 0 ? typed : [{ '@type': 'Organization', name: source.fm['source'] }]);
        linked += profiles.size;
        expect(named, source.id).toBe(authors.join(' '));
      } else {
        expect(byline, source.id).toBeNull();
        expect(metaLine(root), source.id).not.toContain('作者');
        expect(structured.author, source.id).toEqual([{ '@type': 'Organization', name: source.fm['source'] }]);
        expect(named, source.id).toBe(source.fm['source']);
      }
    }
    expect(linked, 'authors in 人员查询').toBeGreaterThan(0);
  });

  test('a Q&A written a line each, with bold labels, reads as written: a paragraph each, bold where marked, masks kept', () => {
    const source = sources.find((s) => /^问：.+\n答：/m.test(s.body))!;
    const body = page(`/articles/${source.id}/`).querySelector('.article__body')!;
    const paragraphs = all(body, 'p').map((p) => squash(p.textContent));
    // Every line the editor wrote as a question, an answer or an item is a paragraph of its own.
    const lines = source.body.split('\n').filter((line) => /^(问：|答：|（\d）)/.test(line));
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const line of lines) expect(paragraphs, line).toContain(squash(line));
    // Bold labels with punctuation inside are bold, and no asterisk of theirs is left in the text.
    const labels = [...source.body.matchAll(/\*\*([（【][^*]+[）】])\*\*/g)].map((match) => match[1]!);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(all(body, 'strong').map((strong) => strong.textContent)).toEqual(expect.arrayContaining(labels));
    for (const label of labels) expect(body.textContent).not.toContain(`**${label}`);
    // A name masked at its end (王**) keeps its asterisks, as does an escaped one (张\*\*).
    expect(body.textContent).toMatch(/王\*\*。/);
    expect(body.textContent).toMatch(/张\*\*（/);
  });

  test('without a written 导读 there is no 导读 box (it would repeat the body); the first paragraph stands for the article, masks and all, else its video’s caption or its cover’s, else no description at all', () => {
    const unwritten = sources.filter((s) => s.fm['summary'] === undefined);
    expect(unwritten.length).toBeGreaterThan(0);
    const captionOf = (field: unknown) => (field as { caption?: string } | undefined)?.caption;
    const stoodFor = { paragraph: 0, caption: 0, none: 0 };
    for (const source of unwritten) {
      const root = page(`/articles/${source.id}/`);
      expect(root.querySelector('.lede'), source.id).toBeNull();
      const description = root.querySelector('meta[name="description"]')?.getAttribute('content');
      const shared = root.querySelector('meta[property="og:description"]')?.getAttribute('content');
      expect(shared, source.id).toBe(description);
      for (const dateline of all(root, '.article__body .dateline')) dateline.remove();
      const paragraphs = all(root, '.article__body p').map((p) => squash(p.textContent)).filter(Boolean);
      const caption = captionOf(source.fm['video']) ?? captionOf(source.fm['cover']);
      if (paragraphs.length > 0) {
        expect(paragraphs, source.id).toContain(squash(description ?? ''));
        stoodFor.paragraph++;
      } else if (caption) {
        expect(description, source.id).toBe(caption);
        stoodFor.caption++;
      } else {
        // An empty description is no description: none is written rather than content="".
        expect(description, source.id).toBeUndefined();
        stoodFor.none++;
      }
    }
    // The test site has each case: the wordless fixtures are a photo story and a table alone.
    expect(stoodFor.paragraph).toBeGreaterThan(0);
    expect(stoodFor.caption).toBeGreaterThan(0);
    expect(stoodFor.none).toBeGreaterThan(0);
    // The demo repost opens with a label in bold, then names masked with asterisks.
    const repost = unwritten.find((s) => s.fm['original'] && s.body.trimStart().startsWith('**【'))!;
    const opening = repost.body.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean)[1]!;
    expect(opening).toMatch(/[\p{Script=Han}]\*[\p{Script=Han}]/u);
    const description = page(`/articles/${repost.id}/`).querySelector('meta[name="description"]')?.getAttribute('content');
    expect(description).toBe(opening);
  });

  test('lets Google show its picture large (max-image-preview:large): Discover shows a 1200 px picture large only where the page allows it', () => {
    for (const source of sources) {
      const robots = all(page(`/articles/${source.id}/`), 'meta[name="robots"]').map((meta) => meta.getAttribute('content'));
      expect(robots, source.id).toEqual(['max-image-preview:large']);
    }
  });

  test('shares a JPEG picture (share cards in WeChat and Weibo show no WebP) of its cover or video poster, or else of the first picture in its body, and the site icon when it has none', async () => {
    const pictured = sources.filter((s) => s.fm['cover'] || s.fm['video']);
    expect(pictured.length).toBeGreaterThan(0);
    expect(pictured.length).toBeLessThan(sources.length);
    let byBodyPicture = 0;
    for (const source of sources) {
      const head = page(`/articles/${source.id}/`);
      const meta = (selector: string) => all(head, selector).map((element) => element.getAttribute('content'));
      const shared = await sharedOf(source);
      const image = meta('meta[property="og:image"]');
      expect(image, source.id).toHaveLength(1);
      if (shared) {
        if (!source.fm['cover'] && !source.fm['video']) byBodyPicture += 1;
        expect(image[0], source.id).toMatch(/^https:\/\/.+\.jpe?g$/);
        // Its size, as the file has it: without one, a card service may show no picture on the first share.
        const file = await sharp(path.join(SITE, new URL(image[0]!).pathname)).metadata();
        expect([meta('meta[property="og:image:width"]'), meta('meta[property="og:image:height"]')], source.id).toEqual([[String(file.width)], [String(file.height)]]);
        expect(meta('meta[property="og:image:alt"]'), source.id).toEqual([shared.alt]);
        expect(meta('meta[name="twitter:card"]'), source.id).toEqual(['summary_large_image']);
        const structured = newsArticle(head) as { image?: string };
        expect(structured.image, source.id).toBe(image[0]);
      } else {
        expect(image[0], source.id).toBe(new URL('/share.png', site.url).href);
        expect(meta('meta[name="twitter:card"]'), source.id).toEqual(['summary']);
      }
    }
    // The demo's articles with pictures in the body alone (an .md and an .mdx), as every imported one is.
    expect(byBodyPicture).toBeGreaterThanOrEqual(2);
  });
});

test('every made-up demo article is tagged 示例 on its page, the one article from the outlet’s own site is not: a reader of the demo never takes an invented case for news', () => {
  const demo = readSources(new Date(inject('buildNow')), path.join(ROOT, 'content')).filter((s) => s.published);
  const real = SEED_URL.slice('/articles/'.length, -1);
  expect(demo.map((source) => source.id)).toContain(real);
  for (const source of demo) {
    const tags = all(page(`/articles/${source.id}/`), '.article-tags a').map((a) => squash(a.textContent));
    if (source.id === real) expect(tags, source.id).not.toContain('示例');
    else expect(tags, source.id).toContain('示例');
  }
});
