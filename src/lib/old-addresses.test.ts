import { describe, expect, test } from 'vitest';
import { aliasPage } from './urls.ts';
import { ADDRESSES_PER_FILE, NAME_BYTES, NGINX_KEY_BYTES, aliasTooLong, articleAtOldAddress, fileOf, movedPageAt, movedPages, movedTo, nginxMap, oldAddressFilesOf, oldAddressTable } from './old-addresses.ts';

test('movedPages: every alias of articles and sections, with where it leads', () => {
  const moved = movedPages({
    articles: [{ url: '/articles/2024/01/a/', data: { title: '甲', aliases: ['/html/1.html', '/plus/view.php?aid=1'] } }],
    sections: [{ id: 'local', name: '地方', aliases: ['/a/difang/'] }],
  });
  expect(moved.map(({ alias, url, kind }) => [alias, url, kind])).toEqual([
    ['/html/1.html', '/articles/2024/01/a/', 'article'],
    ['/plus/view.php?aid=1', '/articles/2024/01/a/', 'article'],
    ['/a/difang/', '/sections/local/', 'section'],
  ]);
});

test('movedPages: the page 1 of each listing with a page 2, numbered as its later pages are, leads to the listing’s own address, and nginx answers it; a listing of one page has none', () => {
  const moved = movedPages({ articles: [], sections: [] }, [
    { name: '今日资讯', url: (page: number) => (page > 1 ? `/sections/today/${page}/` : '/sections/today/'), pages: 3 },
    { name: '标签：民政', url: (page: number) => (page > 1 ? `/tags/%E6%B0%91%E6%94%BF/${page}/` : '/tags/%E6%B0%91%E6%94%BF/'), pages: 2 },
    { name: '标签：潍坊', url: (page: number) => (page > 1 ? `/tags/%E6%BD%8D%E5%9D%8A/${page}/` : '/tags/%E6%BD%8D%E5%9D%8A/'), pages: 1 },
    { name: '标签', url: (page: number) => (page > 1 ? `/tags/page/${page}/` : '/tags/'), pages: 16 },
  ]);
  expect(moved).toEqual([
    { alias: '/sections/today/1/', url: '/sections/today/', title: '今日资讯', kind: 'listing' },
    { alias: '/tags/%E6%B0%91%E6%94%BF/1/', url: '/tags/%E6%B0%91%E6%94%BF/', title: '标签：民政', kind: 'listing' },
    { alias: '/tags/page/1/', url: '/tags/', title: '标签', kind: 'listing' },
  ]);
  expect(movedPageAt(moved, '/tags/%E6%B0%91%E6%94%BF/1/')?.url).toBe('/tags/%E6%B0%91%E6%94%BF/');
  expect(movedPageAt(moved, '/tags/%E6%BD%8D%E5%9D%8A/1/')).toBeUndefined();
  expect(nginxMap(moved)).toContain('"/sections/today/1/index.html" "/sections/today/";');
});

describe('movedPageAt', () => {
  const moved = movedPages({
    articles: [{ url: '/articles/2024/03/a/', data: { title: '甲', aliases: ['/articles/2024/03/old-a/', '/html/旧/1.html', '/plus/view.php?aid=1'] } }],
    sections: [{ id: 'local', name: '地方', aliases: ['/a/difang/'] }],
  });
  test.each([
    ['an article’s former address', '/articles/2024/03/old-a/', '/articles/2024/03/a/'],
    ['an old static page, as a browser sends it', `/html/${encodeURIComponent('旧')}/1.html`, '/articles/2024/03/a/'],
    ['a section’s old list', '/a/difang/', '/sections/local/'],
    ['a folder as its index.html', '/a/difang/index.html', '/sections/local/'],
    ['an address with a query string, the 404 page’s to answer', '/plus/view.php', undefined],
    ['an address no page had', '/articles/2024/03/old-b/', undefined],
  ])('%s', (_, pathname, expected) => {
    expect(movedPageAt(moved, pathname)?.url).toBe(expected);
  });
});

test('nginxMap: one quoted entry an address, ended by ;', () => {
  expect(nginxMap([{ alias: '/plus/view.php?aid=1024', url: '/articles/2024/03/x/' }])).toBe('"/plus/view.php?aid=1024" "/articles/2024/03/x/";\n');
});

test('nginxMap: an address keyed as a browser sends it, percent-encoded', () => {
  expect(nginxMap([{ alias: '/新闻/旧 文章.html', url: '/tags/民政/' }])).toBe(
    `"/${encodeURIComponent('新闻')}/${encodeURIComponent('旧')}%20${encodeURIComponent('文章')}.html" "/tags/${encodeURIComponent('民政')}/";\n`,
  );
});

test('nginxMap: parameters out of order are keyed as written and in order; a folder also as its index.html', () => {
  expect(nginxMap([{ alias: '/e/action/ShowInfo.php?id=12&classid=2', url: '/a/' }, { alias: '/old/', url: '/b/' }]).split('\n')).toEqual([
    '"/e/action/ShowInfo.php?id=12&classid=2" "/a/";',
    '"/e/action/ShowInfo.php?classid=2&id=12" "/a/";',
    '"/old/" "/b/";',
    '"/old/index.html" "/b/";',
    '',
  ]);
});

test('nginxMap: what nginx would read as syntax or a variable is escaped', () => {
  expect(nginxMap([{ alias: '/a"b', url: '/c$d/' }])).toBe('"/a%22b" "/c%24d/";\n');
  expect(nginxMap([{ alias: '/a?b=c\\d', url: '/e/' }])).toBe('"/a?b=c\\\\d" "/e/";\n"/a?b=c%5Cd" "/e/";\n');
  expect(nginxMap([])).toBe('');
});

describe('movedTo', () => {
  // The 404 page's table: old addresses with a query string, in aliasPage's form.
  const addresses = {
    '/plus/view.php?aid=7': '/articles/2024/05/a/',
    '/plus/view.php?aid=7&typeid=2': '/articles/2024/05/b/',
    '/plus/list.php?tid=1': '/sections/today/',
    '/旧版/view.php?id=3': '/articles/2024/05/c/',
    '/e/action/ListInfo/?classid=2': '/sections/local/',
  };
  test.each([
    ['the address itself', '/plus/view.php', '?aid=7', '/articles/2024/05/a/'],
    ['its parameters in another order', '/plus/view.php', '?typeid=2&aid=7', '/articles/2024/05/b/'],
    ['shared in WeChat', '/plus/view.php', '?aid=7&from=singlemessage&isappinstalled=0', '/articles/2024/05/a/'],
    ['the one with the most parameters the request has', '/plus/view.php', '?from=timeline&typeid=2&aid=7', '/articles/2024/05/b/'],
    ['a section’s, shared', '/plus/list.php', '?tid=1&from=timeline', '/sections/today/'],
    ['a path outside ASCII, as a browser sends it', `/${encodeURIComponent('旧版')}/view.php`, '?id=3&from=timeline', '/articles/2024/05/c/'],
    ['a folder’s, shared', '/e/action/ListInfo/', '?classid=2&from=timeline', '/sections/local/'],
    ['a folder’s, as its index.html', '/e/action/ListInfo/index.html', '?classid=2', '/sections/local/'],
    ['another value', '/plus/view.php', '?aid=70', undefined],
    ['a parameter missing', '/plus/list.php', '?from=timeline', undefined],
    ['another script', '/plus/show.php', '?aid=7', undefined],
  ])('%s → %s', (_, pathname, search, expected) => {
    expect(movedTo(addresses, pathname, search)).toBe(expected);
  });
});

test('articleAtOldAddress: the article a link to an old address leads to, matched as the 404 page matches it', () => {
  const articleAt = articleAtOldAddress([
    { url: '/articles/2019/03/50002/', aliases: ['/html/2019/0305/50002.html', '/plus/view.php?aid=50002'] },
    { url: '/articles/2019/03/50003/', aliases: ['/e/action/ShowInfo.php?classid=2&id=50003', '/新闻/旧文章.html', '/a/zhuanti/'] },
  ]);
  expect(articleAt('/html/2019/0305/50002.html')).toBe('/articles/2019/03/50002/');
  expect(articleAt('/plus/view.php?aid=50002')).toBe('/articles/2019/03/50002/');
  // Parameters in another order, or with a sharer's added; a path percent-encoded; a folder without its closing /.
  expect(articleAt('/e/action/ShowInfo.php?id=50003&classid=2')).toBe('/articles/2019/03/50003/');
  expect(articleAt('/plus/view.php?aid=50002&from=timeline')).toBe('/articles/2019/03/50002/');
  expect(articleAt(`/${encodeURIComponent('新闻')}/${encodeURIComponent('旧文章')}.html`)).toBe('/articles/2019/03/50003/');
  expect(articleAt('/a/zhuanti')).toBe('/articles/2019/03/50003/');
  expect(articleAt('/a/zhuanti/index.html')).toBe('/articles/2019/03/50003/');
  // Another article, or a parameter the address has missing.
  expect(articleAt('/plus/view.php?aid=50004')).toBeUndefined();
  expect(articleAt('/plus/view.php')).toBeUndefined();
  expect(articleAt('/e/action/ShowInfo.php?id=50003')).toBeUndefined();
  expect(articleAt('/html/2019/0305/50004.html')).toBeUndefined();
});

describe('the 404 page\'s table, in files', () => {
  /** An imported archive: every DedeCMS article at /plus/view.php?aid=…, EmpireCMS's at ?classid=…&id=…, the lists. */
  const archive = (articles: number) => [
    ...Array.from({ length: articles }, (_, i) => ({ alias: `/plus/view.php?aid=${i + 1}`, url: `/articles/2019/03/${i + 1}/` })),
    ...Array.from({ length: articles / 10 }, (_, i) => ({ alias: `/e/action/ShowInfo.php?classid=${(i % 12) + 1}&id=${i + 1}`, url: `/articles/2020/01/e${i + 1}/` })),
    ...Array.from({ length: 12 }, (_, i) => ({ alias: `/plus/list.php?tid=${i + 1}`, url: `/sections/s${i + 1}/` })),
    { alias: '/e/action/ListInfo/?classid=2', url: '/sections/local/' },
    { alias: '/旧版/view.php?id=3&page=1', url: '/articles/2024/05/c/' },
    { alias: '/html/2019/0305/1.html', url: '/articles/2019/03/1/' },
  ];
  /** What the 404 page does: the files its request's parameters name (of `count`, as its HTML says), merged, then movedTo. */
  const lookUp = (files: Record<string, string>[], pathname: string, search: string, count = files.length) => {
    const wanted = oldAddressFilesOf(pathname, search, count);
    return { moved: movedTo(Object.assign({}, ...wanted.map((file) => files[file])), pathname, search), bytes: wanted.reduce((sum, file) => sum + JSON.stringify(files[file]).length, 0) };
  };

  test('a request finds in the files it downloads what it found in the whole table, shared, reordered, encoded or not', () => {
    const moved = archive(2000);
    const files = oldAddressTable(moved);
    expect(files.length).toBeGreaterThan(1);
    const whole = Object.fromEntries(moved.filter(({ alias }) => alias.includes('?')).map(({ alias, url }) => [aliasPage(alias), url]));
    const requests: [string, string][] = [
      ...moved.filter(({ alias }) => alias.includes('?')).map(({ alias }): [string, string] => {
        const url = new URL(alias, 'http://localhost');
        return [url.pathname, url.search];
      }),
      ['/plus/view.php', '?from=singlemessage&aid=1234&isappinstalled=0'],
      ['/e/action/ShowInfo.php', '?id=7&classid=7'],
      ['/e/action/ListInfo/index.html', '?classid=2&from=timeline'],
      [`/${encodeURIComponent('旧版')}/view.php`, '?page=1&id=3'],
      ['/plus/view.php', '?aid=999999'],
      ['/plus/view.php', '?from=timeline'],
      ['/e/action/ShowInfo.php', '?id=7'],
    ];
    let found = 0;
    for (const [pathname, search] of requests) {
      const expected = movedTo(whole, pathname, search);
      expect(lookUp(files, pathname, search).moved, `${pathname}${search}`).toBe(expected);
      if (expected) found++;
    }
    expect(found).toBe(requests.length - 3);
  });

  test('an address is in exactly one file, and the files are about the same size', () => {
    const files = oldAddressTable(archive(2000));
    const sizes = files.map((file) => Object.keys(file).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(2000 + 200 + 12 + 2);
    expect(Math.max(...sizes)).toBeLessThan(ADDRESSES_PER_FILE * 3);
  });

  test('at 50,000 imported articles a 404 downloads a few KB, not the whole table’s megabytes', () => {
    const moved = archive(50_000);
    const files = oldAddressTable(moved);
    const whole = JSON.stringify(Object.fromEntries(moved.filter(({ alias }) => alias.includes('?')).map(({ alias, url }) => [aliasPage(alias), url]))).length;
    expect(whole).toBeGreaterThan(3_000_000);
    for (const [pathname, search] of [
      ['/plus/view.php', '?aid=31415'],
      ['/plus/view.php', '?aid=31415&from=singlemessage&isappinstalled=0'],
      ['/e/action/ShowInfo.php', '?classid=3&id=2715'],
    ] as const) {
      const { moved: to, bytes } = lookUp(files, pathname, search);
      expect(to, search).toBeDefined();
      expect(bytes, search).toBeLessThan(search.includes('from') ? 30_000 : 10_000);
    }
  });

  test('as the count grows by one, a key stays in its file or goes to the new one: about 1 in the count moves', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `/plus/view.php?aid=${i + 1}`);
    for (let files = 1; files < 100; files++) {
      const moved = keys.filter((key) => fileOf(key, files + 1) !== fileOf(key, files));
      for (const key of moved) expect(fileOf(key, files + 1), key).toBe(files);
      expect(moved.length / keys.length).toBeCloseTo(1 / (files + 1), 1);
    }
  });

  test('a 404 page kept from an earlier build, with its smaller count, still finds every address but those the new files took', () => {
    // GitHub Pages lets a browser keep 404.html 10 minutes: the count in it is the last build's, the files the new one's.
    const before = oldAddressTable(archive(2000));
    const after = oldAddressTable(archive(2000 + 3 * ADDRESSES_PER_FILE));
    expect(after.length).toBeGreaterThan(before.length);
    const lost: string[] = [];
    for (let aid = 1; aid <= 2000; aid++) {
      const search = `?aid=${aid}`;
      const { moved } = lookUp(after, '/plus/view.php', search, before.length);
      if (moved === undefined) lost.push(search);
      else expect(moved).toBe(`/articles/2019/03/${aid}/`);
    }
    const inNewFiles = after.slice(before.length).flatMap((file) => Object.keys(file));
    for (const search of lost) expect(inNewFiles).toContain(`/plus/view.php${search}`);
    expect(lost.length).toBeLessThan(2000 * 0.1);
  });

  test('no old address with a query string: no file, and the 404 page downloads none', () => {
    expect(oldAddressTable([{ alias: '/html/1.html', url: '/articles/2019/03/1/' }])).toEqual([]);
    expect(oldAddressFilesOf('/plus/view.php', '?aid=1', 0)).toEqual([]);
  });
});

describe('aliasTooLong: an old address the site cannot keep', () => {
  const slug = (characters: number) => '关于进一步加强社会组织规范化建设提升服务能力的实施意见'.repeat(10).slice(0, characters);

  test('a part of its path longer than a file’s name can be (255 bytes: 85 Chinese characters), written in Chinese or percent-encoded, as a page or a folder', () => {
    expect(aliasTooLong(`/html/${slug(83)}.html`)).toBeUndefined();
    expect(aliasTooLong(`/${slug(85)}/`)).toBeUndefined();
    for (const alias of [`/html/${slug(86)}.html`, `/html/${encodeURIComponent(slug(86))}.html`, `/${slug(90)}/`, `/${'a'.repeat(NAME_BYTES + 1)}/`]) {
      expect(aliasTooLong(alias), alias).toMatch(/^旧地址“\/.{1,40}…?”中的一段有 2\d\d 字节，超过文件名的上限 255 字节（约 85 个汉字），网站无法为它生成跳转页面：这个旧地址保留不了，请删去$/);
    }
    expect(aliasTooLong(`/html/${slug(86)}.html`)).toContain(`“/html/${slug(34)}…”中的一段有 263 字节`);
  });

  test('an address with a query string is no file: only nginx’s map holds it, to 1,000 bytes as a browser sends it', () => {
    // 110 characters of 9 bytes and the rest are 1,000 bytes; one more, 1,009.
    expect(aliasTooLong(`/${slug(110)}.php?id=1`)).toBeUndefined();
    expect(aliasTooLong(`/${slug(111)}.php?id=1`)).toBe(
      `旧地址“/${slug(39)}…”太长：浏览器发出时有 1009 字节（一个汉字 9 字节），超过 nginx 跳转表一项的上限 ${NGINX_KEY_BYTES} 字节，nginx 会因此无法启动：这个旧地址保留不了，请删去`,
    );
    expect(aliasTooLong(`/a/${slug(60)}/${slug(60)}/`)).toMatch(/太长：浏览器发出时（连同文件夹的 index.html）有 1095 字节/);
    expect(aliasTooLong('/plus/view.php?aid=1024')).toBeUndefined();
  });

  test('the longest key nginxMap writes is held to the limit: a folder’s index.html, 10 bytes more; parameters put in order', () => {
    // 3 slashes and 109 characters of 9 bytes are 984 bytes: with a folder of 5 letters, 990, and its index.html 1,000.
    const folder = (letters: number) => `/${slug(55)}/${slug(54)}/${'x'.repeat(letters)}/`;
    const longestKey = (alias: string) => Math.max(...[...nginxMap([{ alias, url: '/a/' }]).matchAll(/^"(.*?)" /gm)].map(([, key]) => Buffer.byteLength(key!)));
    expect(longestKey(folder(5))).toBe(NGINX_KEY_BYTES);
    expect(aliasTooLong(folder(5))).toBeUndefined();
    expect(longestKey(folder(6))).toBe(NGINX_KEY_BYTES + 1);
    expect(aliasTooLong(folder(6))).toBe(
      `旧地址“/${slug(39)}…”太长：浏览器发出时（连同文件夹的 index.html）有 1001 字节（一个汉字 9 字节），超过 nginx 跳转表一项的上限 ${NGINX_KEY_BYTES} 字节，nginx 会因此无法启动：这个旧地址保留不了，请删去`,
    );
    // Written as 998 and 1,000 bytes, they were let through, and nginx refused keys of 1,008 and 1,010.
    expect(aliasTooLong(folder(13))).toMatch(/有 1008 字节/);
    expect(aliasTooLong(folder(15))).toMatch(/有 1010 字节/);
    // A query's parameters in order, as URLSearchParams writes them, may be longer than as written (a space is %20, then +; a / is %2F).
    const query = `/${slug(100)}.php?b=${'/'.repeat(42)}&a=1`;
    expect(Buffer.byteLength(`/${encodeURIComponent(slug(100))}.php?b=${'/'.repeat(42)}&a=1`)).toBe(954);
    expect(longestKey(query)).toBe(1038);
    expect(aliasTooLong(query)).toMatch(/太长：浏览器发出时有 1038 字节/);
  });
});
