/** The front page, the 404 page, feeds, sitemap and robots.txt, read back from the build. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parse } from 'node-html-parser';
import icoEndec from 'ico-endec';
import sharp from 'sharp';
import { describe, expect, inject, test } from 'vitest';
import { all, page, squash, structuredData, textOf } from './support/html.ts';
import { SITE, TEST_CONTENT, filesUnder, oldAddressesOf } from './support/site.ts';
import { isoOf, list, pinnedFirst, readSections, readSources } from './support/sources.ts';
import { elementsNamed, readXml } from './support/xml.ts';
import site from '../src/site.config.ts';

const sources = readSources(new Date(inject('buildNow')))
  .filter((s) => s.published)
  .sort((a, b) => b.date.getTime() - a.date.getTime());
const flagged = (flag: string) => sources.filter((s) => ((s.fm['flags'] as string[] | undefined) ?? []).includes(flag));
const home = page('/');

describe('front page', () => {
  test('头条 is the newest article flagged headline', () => {
    expect(textOf(home, '.headline h3 a')).toBe(squash(flagged('headline')[0]!.title));
  });

  test('推荐 lists the featured articles, newest first, the headline left out', () => {
    const headline = flagged('headline')[0]!;
    const expected = flagged('featured').filter((s) => s !== headline).slice(0, 8);
    expect(all(home, '.featured .article-card__title a').map((a) => a.textContent)).toEqual(expected.map((s) => s.title));
  });

  test('the ticker shows the latest titles, flagged ones first', () => {
    const titles = all(home, '.ticker a').map((a) => a.textContent);
    expect(titles).toHaveLength(10);
    const ticker = flagged('ticker').map((s) => s.title);
    expect(titles.slice(0, ticker.length)).toEqual(ticker);
    expect(new Set(titles).size).toBe(titles.length);
  });

  test('one block per section that has articles, in order, with its pinned articles (marked 置顶) and then its latest', () => {
    const blocks = all(home, '.section-block');
    const sections = readSections()
      .filter((section) => sources.some((s) => s.section === section.id))
      .sort((a, b) => a.order - b.order);
    // A section with no article yet (the test site's 法治专栏) has none: before, a block said 暂无文章。 over a link to 更多法治专栏.
    expect(readSections().length).toBeGreaterThan(sections.length);
    expect(blocks.map((b) => squash(b.querySelector('h2')!.textContent))).toEqual(sections.map((s) => s.name));
    blocks.forEach((block, i) => {
      const expected = pinnedFirst(sources.filter((s) => s.section === sections[i]!.id)).slice(0, 6);
      expect(all(block, '.article-card__title a').map((a) => a.textContent)).toEqual(expected.map((s) => s.title));
      const labels = all(block, '.article-card__title').map((title) => title.querySelector('.pin-label')?.textContent ?? null);
      expect(labels).toEqual(expected.map((s) => (s.pinned ? '置顶' : null)));
    });
    expect(sources.some((s) => s.pinned)).toBe(true);
  });

  test('each block is a region named by its own heading (滚动, 头条, 推荐, a section), as a screen reader lists them', () => {
    const regions = all(home, 'main section');
    const names = regions.map((region) => {
      const label = home.getElementById(region.getAttribute('aria-labelledby') ?? '');
      return label && squash(label.textContent);
    });
    const headings = regions.map((region) => squash(region.querySelector('h2')!.textContent));
    expect(headings).toContain('头条');
    // Before, the 头条 block was named by the story's title under it.
    expect(names).toEqual(headings);
  });

  test('a video article is marked 视频 in a list of titles (the front page, its section, tags, archive, people), unless its title already begins so (视频｜…)', () => {
    const videos = new Map(sources.filter((s) => s.fm['video']).map((s) => [`/articles/${s.id}/`, s.title]));
    const lists = ['/', '/sections/video/', ...filesUnder(SITE).filter((file) => /^(tags|archive|people)\/.+\.html$/.test(file)).map((file) => `/${file.replace(/index\.html$/, '')}`)];
    let checked = 0;
    for (const url of lists) {
      for (const card of all(page(url), '.article-card')) {
        const title = videos.get(card.querySelector('.article-card__title a')!.getAttribute('href')!);
        if (title === undefined) continue;
        const mark = card.querySelector('.article-card__kind')?.textContent ?? null;
        expect(mark, `${url}: ${title}`).toBe(/^视频\s*[｜|:：]/.test(title) ? null : '视频');
        checked++;
      }
    }
    // The demo's video articles all begin 视频｜, so here none is marked (src/lib/video-label.test.ts has both kinds).
    expect(checked).toBeGreaterThan(videos.size);
  });

  test("names the site for Google's site names in WebSite structured data: the name it shares under, at the front page's canonical address; no search box, which Google retired", () => {
    const blocks = structuredData(home);
    const websites = blocks.filter((block) => block['@type'] === 'WebSite');
    expect(websites).toHaveLength(1);
    expect(websites[0]!['name']).toBe(home.querySelector('meta[property="og:site_name"]')?.getAttribute('content'));
    expect(websites[0]!['url']).toBe(home.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(websites[0]).not.toHaveProperty('potentialAction');
  });

  test('<html lang="zh-CN"> on every page, the WebKit engine asked of two-engine browsers (360, QQ, Sogou), and Baidu told the page fits phones', () => {
    for (const url of ['/', '/sections/today/', '/404.html', '/people/', '/tags/', '/archive/', '/topics/', '/search/', '/articles/2024/01/weifang-minzheng-shehui-zuzhi/']) {
      expect(page(url).querySelector('html')?.getAttribute('lang'), url).toBe('zh-CN');
      expect(page(url).querySelector('meta[name="renderer"]')?.getAttribute('content'), url).toBe('webkit');
      expect(page(url).querySelector('meta[name="applicable-device"]')?.getAttribute('content'), url).toBe('pc,mobile');
    }
  });
});

describe('the navigations say where the reader is (aria-current)', () => {
  /** The links marked current in a navigation of a page, as `label=page|true`. */
  const current = (url: string, selector: string) =>
    all(page(url), `${selector} a[aria-current]`).map((link) => `${squash(link.textContent)}=${link.getAttribute('aria-current')}`);

  test.each([
    ['/', ['首页=page'], ['返回首页=page']],
    ['/sections/today/2/', ['今日资讯=true'], []],
    ['/articles/2024/01/weifang-minzheng-shehui-zuzhi/', ['今日资讯=true'], []],
    ['/topics/shehui-zuzhi/', ['专题=true'], ['专题=true']],
    ['/people/', ['人员查询=page'], ['人员查询=page']],
    ['/tags/', [], ['标签=page']],
    [`/tags/${encodeURIComponent('民政')}/`, [], ['标签=true']],
    ['/archive/2024/01/', [], ['归档=true']],
    ['/pages/about/', [], ['关于我们=page']],
    ['/search/', [], []],
    ['/404.html', [], []],
  ])('%s: the header marks %j, the footer %j', (url, header, footer) => {
    expect(current(url, '.site-nav')).toEqual(header);
    // Before, the footer's links (标签, 归档, 关于我们 …) never said so, on their own pages either.
    expect(current(url, '.site-footer nav')).toEqual(footer);
  });
});

/** A PNG's width and height, from its IHDR chunk (after the 8-byte signature and the chunk's length and type). */
function pngSize(file: string): [number, number] {
  const png = readFileSync(path.join(SITE, file));
  expect(png.subarray(1, 4).toString(), file).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('site icon', () => {
  test('every page links the SVG icon, an ICO for browsers that show no SVG one, and a 180 px PNG for iPhone home screens, at the address iPhones ask for', () => {
    for (const url of ['/', '/articles/2024/01/weifang-minzheng-shehui-zuzhi/', '/404.html', '/search/']) {
      const icons = all(page(url), 'link[rel="icon"]').map((link) => [link.getAttribute('href'), link.getAttribute('sizes') ?? link.getAttribute('type')]);
      expect(icons, url).toEqual([
        ['/favicon.ico', '32x32'],
        ['/favicon.svg', 'image/svg+xml'],
      ]);
      expect(page(url).querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href'), url).toBe('/apple-touch-icon.png');
    }
    expect(pngSize('apple-touch-icon.png')).toEqual([180, 180]);
  });

  test('/favicon.ico, the address asked for when a page names no icon, holds the icon drawn at 16, 32 and 48 px', async () => {
    // Before, there was no such file: a feed or a picture opened alone, and Safari before 26 (which shows no SVG icon), got none.
    const pictures = icoEndec.decode(readFileSync(path.join(SITE, 'favicon.ico')));
    expect(pictures.map(({ width, height, imageType }) => [width, height, imageType])).toEqual([
      [16, 16, 'png'],
      [32, 32, 'png'],
      [48, 48, 'png'],
    ]);
    for (const { width, imageData } of pictures) {
      // public/favicon.svg, 32 units wide: red (#b3141c) above its first white bar (8–24 across, 9–12 down).
      const { data, info } = await sharp(imageData).raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => {
        const offset = (Math.floor((y * width) / 32) * info.width + Math.floor((x * width) / 32)) * info.channels;
        return [...data.subarray(offset, offset + 3)];
      };
      expect(at(16, 5), `${width} px`).toEqual([0xb3, 0x14, 0x1c]);
      expect(at(16, 10.5), `${width} px`).toEqual([255, 255, 255]);
    }
  });

  test('a page without a picture of its own shares the icon, large enough for share cards (at least 200 px); a topic shares its cover', () => {
    const icon = new URL('/share.png', site.url).href;
    for (const url of ['/', '/sections/today/', '/people/', '/tags/', '/archive/', '/topics/', '/search/', '/404.html']) {
      const meta = (selector: string) => all(page(url), selector).map((element) => element.getAttribute('content'));
      expect(meta('meta[property="og:image"]'), url).toEqual([icon]);
      expect(meta('meta[property="og:image:width"]'), url).toEqual(['512']);
      expect(meta('meta[property="og:image:alt"]'), url).toEqual([site.name]);
      expect(meta('meta[name="twitter:card"]'), url).toEqual(['summary']);
    }
    expect(pngSize('share.png')).toEqual([512, 512]);
    const topics = readdirSync('content/topics').filter((file) => file.endsWith('.md'));
    const covered = topics.filter((file) => /^cover:/m.test(readFileSync(path.join('content/topics', file), 'utf8')));
    expect(covered.length).toBeGreaterThan(0);
    for (const file of topics) {
      const url = `/topics/${file.replace(/\.md$/, '')}/`;
      const image = page(url).querySelector('meta[property="og:image"]')?.getAttribute('content');
      if (covered.includes(file)) expect(image, url).toMatch(/^https:\/\/.+\.jpe?g$/);
      else expect(image, url).toBe(icon);
    }
  });
});

test('a person with a photo shares a JPEG of it, named as the profile names it; one without shares the icon', async () => {
  const folder = path.join(TEST_CONTENT, 'people');
  const people = readdirSync(folder).filter((file) => file.endsWith('.yaml'));
  let photographed = 0;
  for (const file of people) {
    const person = yaml.load(readFileSync(path.join(folder, file), 'utf8')) as { name: string; photo?: string };
    const url = `/people/${file.replace(/\.yaml$/, '')}/`;
    const meta = (selector: string) => all(page(url), selector).map((element) => element.getAttribute('content'));
    const photo = person.photo && (await sharp(path.join(folder, person.photo)).metadata());
    if (photo && photo.format !== 'svg' && photo.width >= 240) {
      photographed += 1;
      const [image] = meta('meta[property="og:image"]');
      expect(image, url).toMatch(/^https:\/\/.+\.jpe?g$/);
      const shared = await sharp(path.join(SITE, new URL(image!).pathname)).metadata();
      expect([meta('meta[property="og:image:width"]'), meta('meta[property="og:image:height"]')], url).toEqual([[String(shared.width)], [String(shared.height)]]);
      expect(shared.width, url).toBe(Math.min(photo.width, 1200));
      expect(meta('meta[property="og:image:alt"]'), url).toEqual([`${person.name}的照片`]);
    } else {
      expect(meta('meta[property="og:image"]'), url).toEqual([new URL('/share.png', site.url).href]);
    }
  }
  expect(photographed).toBeGreaterThan(0);
  expect(photographed).toBeLessThan(people.length);
});

describe('share cards', () => {
  test("name the page's address where it has one of its own, and leave it to the link shared where it has not", () => {
    for (const url of ['/', '/sections/today/', '/articles/2024/01/weifang-minzheng-shehui-zuzhi/']) {
      expect(page(url).querySelector('meta[property="og:url"]')?.getAttribute('content'), url).toBe(new URL(url, site.url).href);
    }
    // The 404 page answers any address (/404/ is none a reader came from), and a shared search
    // is its query (/search/?q=民政): an og:url would send the card to the wrong page.
    for (const url of ['/404.html', '/search/']) expect(page(url).querySelector('meta[property="og:url"]'), url).toBeNull();
  });
});

describe('404 page', () => {
  test("is in the site's frame, in Chinese, with a way home and a search box", () => {
    const notFound = page('/404.html');
    expect(notFound.querySelector('header.site-header')).not.toBeNull();
    expect(notFound.querySelector('footer.site-footer')).not.toBeNull();
    expect(textOf(notFound, 'h1')).toBe('页面不存在');
    expect(notFound.querySelector('.not-found a[href="/"]')).not.toBeNull();
    expect(notFound.querySelector('.not-found form[action="/search/"]')).not.toBeNull();
    expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  test('old addresses with a query string, which it looks up, are listed for published articles only, and for sections', () => {
    // content/: linhe-fayuan-jiashi-tiaojie has /plus/view.php?aid=1024, section today
    // /plus/list.php?tid=1; the extreme-content fixture a path outside ASCII and a folder (its
    // parameters in order, as aliasPage keys them); the draft fixture has ?aid=9.
    expect(oldAddressesOf()).toEqual({
      '/plus/view.php?aid=1024': '/articles/2024/03/linhe-fayuan-jiashi-tiaojie/',
      '/plus/list.php?tid=1': '/sections/today/',
      '/旧版/view.php?id=3&page=1': '/articles/2023/12/jiduan-neirong/',
      '/news/?id=77': '/articles/2023/12/jiduan-neirong/',
    });
    expect(existsSync(path.join(SITE, 'plus'))).toBe(false);
  });
});

/** The channel's own link, atom:link rel="self" and lastBuildDate, read from the feed's XML before its first item. */
function channelOf(xml: string) {
  const head = xml.slice(0, xml.indexOf('<item>'));
  return {
    link: /<channel>.*?<link>([^<]+)<\/link>/s.exec(head)?.[1],
    self: /<atom:link href="([^"]+)" rel="self"/.exec(head)?.[1],
    lastBuildDate: /<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(head)?.[1],
  };
}

/** Every address a structured-data block gives, but its `@context`s (a vocabulary's name, `https://schema.org`, not a page). */
function addressesIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(addressesIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, field]) => (key === '@context' ? [] : addressesIn(field)));
  return [];
}

describe('feeds and machine-readable files', () => {
  const rss = parse(readFileSync(path.join(SITE, 'rss.xml'), 'utf8'), { lowerCaseTagName: false });

  test('the site feed lists the 50 newest articles with dates at +0800', () => {
    const items = rss.querySelectorAll('item');
    expect(items).toHaveLength(Math.min(50, sources.length));
    expect(items.map((i) => i.querySelector('title')!.textContent)).toEqual(sources.slice(0, 50).map((s) => s.title));
    const pubDate = (item: (typeof items)[number]) => /<pubDate>([^<]+)<\/pubDate>/.exec(item.innerHTML)?.[1];
    for (const item of items) expect(pubDate(item)).toMatch(/ \+0800$/);
    const seed = items.find((i) => i.querySelector('title')!.textContent.startsWith('潍坊市民政局'))!;
    expect(pubDate(seed)).toBe('Tue, 23 Jan 2024 09:08:47 +0800');
  });

  test("each item's dc:creator is its authors, or a repost's source when it names none", () => {
    const items = rss.querySelectorAll('item');
    const creator = (item: (typeof items)[number]) => /<dc:creator>([^<]*)<\/dc:creator>/.exec(item.innerHTML)?.[1];
    const listed = sources.slice(0, items.length);
    expect(listed.some((s) => s.fm['author'] === undefined), 'a repost without authors in the feed').toBe(true);
    listed.forEach((source, index) => {
      const authors = list(source.fm['author']);
      expect(creator(items[index]!), source.id).toBe(authors.length > 0 ? authors.join(' ') : String(source.fm['source']));
    });
  });

  test('each section has its own feed, whose channel links to the section', () => {
    for (const section of readSections()) {
      const xml = readFileSync(path.join(SITE, `sections/${section.id}/rss.xml`), 'utf8');
      const feed = parse(xml);
      expect(feed.querySelectorAll('item').length).toBe(Math.min(50, sources.filter((s) => s.section === section.id).length));
      expect(channelOf(xml).link).toBe(`https://www.fazhibaodao.example/sections/${section.id}/`);
      expect(channelOf(xml).self).toBe(`https://www.fazhibaodao.example/sections/${section.id}/rss.xml`);
    }
  });

  test('the site feed names its own address and is dated by the latest change among its articles', () => {
    const xml = readFileSync(path.join(SITE, 'rss.xml'), 'utf8');
    const channel = channelOf(xml);
    expect(channel.link).toBe('https://www.fazhibaodao.example/');
    expect(channel.self).toBe('https://www.fazhibaodao.example/rss.xml');
    const changes = sources.slice(0, 50).flatMap((source) => {
      const corrections = Array.isArray(source.fm['corrections']) ? (source.fm['corrections'] as { date: unknown }[]) : [];
      return [source.fm['date'], source.fm['updated'], ...corrections.map((c) => c.date)];
    });
    // Front matter writes times as "2024-01-23 09:08:47" in the site's time zone: as ISO at +08:00 they sort as text.
    const latest = changes.filter(Boolean).map(isoOf).sort().at(-1)!;
    // RFC 822 in the site's time zone: "Tue, 23 Jan 2024 09:08:47 +0800".
    const [day, time] = latest.replace('+08:00', '').split('T');
    const date = new Date(latest);
    const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'Asia/Shanghai' }).format(date);
    const month = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'Asia/Shanghai' }).format(date);
    expect(channel.lastBuildDate).toBe(`${weekday}, ${day!.slice(8)} ${month} ${day!.slice(0, 4)} ${time} +0800`);
  });

  test('the sitemap lists every article, dated by its last change, and no 404 or search page', () => {
    const sitemap = readFileSync(path.join(SITE, 'sitemap-0.xml'), 'utf8');
    for (const source of sources) expect(sitemap).toContain(`/articles/${source.id}/</loc>`);
    const lastmods = new Map([...sitemap.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map(([, loc, at]) => [loc, at]));
    for (const source of sources) {
      const corrections = Array.isArray(source.fm['corrections']) ? (source.fm['corrections'] as { date: unknown }[]) : [];
      const latest = [source.fm['date'], source.fm['updated'], ...corrections.map((c) => c.date)].filter(Boolean).map(isoOf).sort().at(-1)!;
      const at = lastmods.get(`https://www.fazhibaodao.example/articles/${source.id}/`);
      expect(at, source.id).toBeDefined();
      // In the site's time zone, as front matter without an offset means.
      expect(at, source.id).toBe(latest);
    }
    expect(sitemap).not.toMatch(/\/404\/|\/search\/|\.html</);
    expect(readFileSync(path.join(SITE, 'robots.txt'), 'utf8')).toContain('sitemap-index.xml');
  });

  test("the sitemap lists every page of a paginated listing, a topic's and the tag index's later pages too, each page once", () => {
    const locs = [...readFileSync(path.join(SITE, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
    const later = filesUnder(SITE)
      // Pages from 2 on: a listing's /1/ is a page sending readers to the listing, in no sitemap.
      .filter((file) => /^(topics\/[^/]+|tags\/page)\/(?:[2-9]|[1-9]\d+)\/index\.html$/.test(file))
      .map((file) => new URL(`/${file.replace(/index\.html$/, '')}`, site.url).href);
    expect(later).toEqual(expect.arrayContaining([`${site.url}/topics/shili-heji/2/`, `${site.url}/tags/page/2/`]));
    expect(locs).toEqual(expect.arrayContaining([...later, `${site.url}/topics/shili-heji/`, `${site.url}/tags/`]));
    expect(new Set(locs).size).toBe(locs.length);
  });

  test('the news sitemap lists the articles of the two days before the build, newest first, each with the outlet, zh-cn, its time and its title; robots.txt names it', () => {
    const now = new Date(inject('buildNow')).getTime();
    const recent = sources.filter((source) => source.date.getTime() > now - 2 * 24 * 60 * 60 * 1000);
    const root = readXml(readFileSync(path.join(SITE, 'sitemap-news.xml'), 'utf8'));
    const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';
    expect(root).toMatchObject({ name: 'urlset', uri: 'http://www.sitemaps.org/schemas/sitemap/0.9' });
    const entries = root.children.map((url) => ({
      loc: elementsNamed(url, 'loc')[0]?.text,
      news: elementsNamed(url, 'news:news').map((news) => news.uri),
      name: elementsNamed(url, 'news:name')[0]?.text,
      language: elementsNamed(url, 'news:language')[0]?.text,
      date: elementsNamed(url, 'news:publication_date')[0]?.text,
      title: elementsNamed(url, 'news:title')[0]?.text,
    }));
    expect(entries).toEqual(
      recent.map((source) => ({
        loc: `${site.url}/articles/${source.id}/`,
        news: [NEWS],
        name: site.name,
        language: 'zh-cn',
        date: isoOf(source.fm['date']),
        title: source.title,
      })),
    );
    expect(readFileSync(path.join(SITE, 'robots.txt'), 'utf8').split('\n')).toContain(`Sitemap: ${site.url}/sitemap-news.xml`);
  });

  test('every feed and sitemap is well-formed XML, read by a conforming parser, and names pages at their absolute addresses on the site', () => {
    const files = filesUnder(SITE).filter((file) => /(^|\/)rss\.xml$|^sitemap-.*\.xml$/.test(file));
    expect(files).toEqual(expect.arrayContaining(['rss.xml', 'sections/today/rss.xml', 'sitemap-index.xml', 'sitemap-0.xml']));
    for (const file of files) {
      const root = readXml(readFileSync(path.join(SITE, file), 'utf8'));
      const addresses = ['link', 'guid', 'loc'].flatMap((name) => elementsNamed(root, name)).map((element) => element.text);
      addresses.push(...elementsNamed(root, 'atom:link').map((element) => element.attributes['href']!));
      // The news sitemap is empty when nothing came out in its two days (the test above reads it).
      if (file !== 'sitemap-news.xml') expect(addresses.length, file).toBeGreaterThan(0);
      for (const address of addresses) {
        expect(new URL(address).origin, `${file}: ${address}`).toBe(new URL(site.url).origin);
        expect(new URL(address).href, `${file}: ${address}`).toBe(address);
      }
    }
  });

  test('structured data on every page writes each address as the page it names is addressed (with its /), and no < that could end its script', () => {
    const pages = filesUnder(SITE).filter((file) => file.endsWith('.html'));
    let checked = 0;
    for (const file of pages) {
      const html = readFileSync(path.join(SITE, file), 'utf8');
      for (const script of all(parse(html), 'script[type="application/ld+json"]')) {
        expect(script.textContent, file).not.toContain('<');
        for (const address of addressesIn(JSON.parse(script.textContent))) {
          // Before, NewsArticle's publisher was https://www.fazhibaodao.example, the front page without its /.
          expect(new URL(address).href, `${file}: ${address}`).toBe(address);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(pages.length);
  });

  test('robots.txt keeps Baidu, which reads no noindex, off the search page (src/lib/robots.test.ts reads the rules)', () => {
    const groups = readFileSync(path.join(SITE, 'robots.txt'), 'utf8').split(/\n\s*\n/).map((group) => group.split('\n'));
    const baidu = groups.find((group) => group.includes('User-agent: Baiduspider'));
    expect(baidu, 'a group for Baiduspider').toBeDefined();
    expect(baidu).toContain('Disallow: /search/');
    expect(page('/search/').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  test("an article's old address sends readers to the article", () => {
    const withAlias = sources.find((s) => Array.isArray(s.fm['aliases']))!;
    const alias = (withAlias.fm['aliases'] as string[])[0]!;
    const redirect = readFileSync(path.join(SITE, alias), 'utf8');
    expect(redirect).toContain(`content="0; url=/articles/${withAlias.id}/"`);
    expect(redirect).toContain('<html lang="zh-CN">');
  });

  test('an article whose file was renamed keeps its former address under /articles/: a page that sends readers on, in no sitemap', () => {
    const renamed = sources.flatMap((source) => list(source.fm['aliases']).filter((alias) => alias.startsWith('/articles/')).map((alias) => ({ alias, id: source.id })));
    expect(renamed.length).toBeGreaterThan(0);
    const sitemap = readFileSync(path.join(SITE, 'sitemap-0.xml'), 'utf8');
    for (const { alias, id } of renamed) {
      const redirect = parse(readFileSync(path.join(SITE, alias, 'index.html'), 'utf8'));
      expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), alias).toBe(`0; url=/articles/${id}/`);
      expect(redirect.querySelector('meta[name="robots"]')?.getAttribute('content'), alias).toBe('noindex');
      expect(sitemap).not.toContain(`${alias}</loc>`);
    }
  });

  test("a section's old list addresses lead to the section: a plain one is a page of its own, one with a query string is in the 404 page's list", () => {
    const moved = readSections().flatMap(({ id, name, aliases = [] }) => aliases.map((alias) => ({ id, name, alias })));
    expect(moved.some(({ alias }) => alias.includes('?'))).toBe(true);
    expect(moved.some(({ alias }) => !alias.includes('?'))).toBe(true);
    const lookup = oldAddressesOf();
    for (const { id, name, alias } of moved) {
      if (alias.includes('?')) {
        expect(lookup[alias], alias).toBe(`/sections/${id}/`);
        continue;
      }
      const redirect = parse(readFileSync(path.join(SITE, alias.endsWith('/') ? `${alias}index.html` : alias), 'utf8'));
      expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), alias).toBe(`0; url=/sections/${id}/`);
      expect(squash(redirect.querySelector('body')!.textContent), alias).toBe(`本栏目已迁移至新地址：${name}`);
    }
  });
});
