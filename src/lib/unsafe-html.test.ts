import { describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { inlinePicture, inlinePictureMessage, unsafeAddressMessage, unsafeElement, unsafeHtml, unsafeScheme } from './unsafe-html.ts';

describe('unsafeScheme', () => {
  test.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JavaScript:alert(1)', 'javascript:'],
    [' \u0001javascript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['DATA:image/svg+xml,<svg/>', 'data:'],
  ])('%j runs code or opens a document of its own: %s', (address, scheme) => {
    expect(unsafeScheme(address)).toBe(scheme);
  });

  test.each(['https://example.com/a', '/articles/2024/01/a/', 'mailto:a@b.cn', 'tel:01057027107', './photo.jpg', '#fn-1', 'javascript-guide.html', '/search/?q=javascript:'])(
    '%j is an address',
    (address) => expect(unsafeScheme(address)).toBeUndefined(),
  );

  test("a picture's data:image is a picture (told otherwise: inlinePicture); another data: is not", () => {
    expect(unsafeScheme('data:image/png;base64,iVBORw0KGgo=', { picture: true })).toBeUndefined();
    expect(unsafeScheme('data:text/html,x', { picture: true })).toBe('data:');
    expect(unsafeScheme('javascript:x', { picture: true })).toBe('javascript:');
  });
});

describe('unsafeElement', () => {
  test.each([
    ['meta', [{ name: 'http-equiv', value: 'refresh' }], '正文里不能有 <meta>'],
    ['base', [{ name: 'href', value: 'https://example.com/' }], '正文里不能有 <base>'],
    ['link', [{ name: 'rel', value: 'stylesheet' }], '正文里不能有 <link>'],
    ['form', [{ name: 'action', value: 'https://example.com/' }], '正文里不能有 <form>'],
    ['object', [], '正文里不能有 <object>'],
    ['embed', [], '正文里不能有 <embed>'],
    ['iframe', [{ name: 'srcdoc', value: '<script>alert(1)</script>' }], '<iframe> 的 srcdoc 是写在正文里的一整个网页'],
    ['iframe', [{ name: 'src', value: 'javascript:alert(1)' }], '<iframe> 的 src 不能是 javascript: 代码'],
    ['iframe', [{ name: 'src', value: 'data:text/html,x' }], '<iframe> 的 src 不能是 data: 地址'],
    ['button', [{ name: 'formaction', value: 'javascript:alert(1)' }], '<button> 的 formaction 不能是 javascript: 代码'],
    ['a', [{ name: 'xlink:href', value: 'javascript:alert(1)' }], '链接不能是 javascript: 代码'],
    ['a', [{ name: 'href', value: 'data:text/html,x' }], '链接不能是 data: 地址'],
    ['img', [{ name: 'onError', value: 'alert(1)' }], '<img> 带有 on… 事件代码（onError）'],
  ])('<%s> %j: %s', (name, attributes, message) => {
    const problems = unsafeElement(name, attributes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  test.each([
    ['iframe', [{ name: 'src', value: 'https://player.example.com/1' }, { name: 'allowfullscreen', value: '' }]],
    ['image', [{ name: 'href', value: 'data:image/png;base64,iVBORw0KGgo=' }]],
    ['a', [{ name: 'href', value: 'https://example.com/' }, { name: 'target', value: '_blank' }]],
    ['span', [{ name: 'style', value: 'color: red' }]],
    ['div', [{ name: 'data-once', value: '1' }]],
  ])('<%s> %j is allowed', (name, attributes) => {
    expect(unsafeElement(name, attributes)).toEqual([]);
  });
});

describe('unsafeHtml', () => {
  test('reads tags as a browser does: entities decoded, a slash or a quoted > between attributes', () => {
    const html = '<a href="&#106;avascript:alert(1)">x</a>\n<img src="x.png"/onerror=alert(1)>\n<img alt=">" onerror="alert(1)" src="/y.png">\n<a href="java&#x09;script:alert(1)">y</a>';
    expect(unsafeHtml(html)).toEqual([
      { index: 0, message: '链接不能是 javascript: 代码：文章页面不运行正文里的代码' },
      { index: html.indexOf('<img src'), message: '<img> 带有 on… 事件代码（onerror）：文章页面不运行正文里的代码' },
      { index: html.indexOf('<img alt'), message: '<img> 带有 on… 事件代码（onerror）：文章页面不运行正文里的代码' },
      { index: html.lastIndexOf('<a '), message: '链接不能是 javascript: 代码：文章页面不运行正文里的代码' },
    ]);
  });

  test('what a page would take from the body: <body onload>, a redirect, scripts inside SVG', () => {
    expect(unsafeHtml('<body onload="alert(1)">').map(({ message }) => message)).toEqual(['<body> 带有 on… 事件代码（onload）：文章页面不运行正文里的代码']);
    expect(unsafeHtml('<meta http-equiv="refresh" content="0;url=https://example.com/">')).toHaveLength(1);
    expect(unsafeHtml('<svg><script>alert(1)</script></svg>').map(({ message }) => message)).toEqual(['正文里不能有 <script>：文章页面不运行正文里的代码']);
  });

  test('a piece read inside an <svg> an earlier piece opened reads <image> as SVG, and says whether the next piece is inside it', () => {
    const context = { inSvg: false };
    expect(unsafeHtml('<svg width="10" height="10">', context)).toEqual([]);
    expect(context.inSvg).toBe(true);
    expect(unsafeHtml('<image href="data:image/png;base64,iVBORw0KGgo=" />', context)).toEqual([]);
    expect(unsafeHtml('</svg>', context)).toEqual([]);
    expect(context.inSvg).toBe(false);
    // HTML's <image> is an <img> to the browser, whose href is no picture: told by the tag as written.
    expect(unsafeHtml('x <IMAGE href="data:image/png;base64,iVBORw0KGgo=">', context)).toEqual([
      { index: 2, message: expect.stringMatching(/^<image> 的 href 不能是 data: 地址/) },
    ]);
  });

  test('a comment, and what a <textarea> holds, are never tags', () => {
    expect(unsafeHtml('<!-- <script>alert(1)</script> <img onerror=x> -->')).toEqual([]);
    expect(unsafeHtml('<textarea><img onerror=x></textarea>')).toEqual([]);
  });
});

describe('a picture written into its address (data:image/…)', () => {
  test.each([
    ['data:image/png;base64,iVBORw0KGgo=', true],
    [' DATA:image/jpeg;base64,/9j/', true],
    ['da\nta:image/gif;base64,R0lGOD', true],
    ['data:text/html,x', false],
    ['./photo.png', false],
    ['https://img.example.cn/data:image/png', false],
  ])('%j: %s', (address, inline) => {
    expect(inlinePicture(address)).toBe(inline);
  });

  test('an <img>, a <picture>’s <source> and a <video>’s poster are told to save it as a file, with its kind, its size and where the file goes; an SVG’s <image> is part of its drawing', async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#c00', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).png().toBuffer();
    // Named image/jpeg as Word names a PNG: the file to write is told by what the bytes are.
    const address = `data:image/jpeg;base64,${png.toString('base64')}`;
    const kb = Math.round(png.length / 1024);
    expect(unsafeElement('img', [{ name: 'src', value: address }])).toEqual([
      `<img> 的 src 是 data:image/jpeg（整张图片写在地址里，${kb} KB）：它会原样塞进网页，页面变大，手机上也不缩小，也不能分享：请把图片另存为文件，放在文章文件旁边，写成 ![说明](./图片.png)（npm run import 导入旧文章时会自动这样做）`,
    ]);
    expect(unsafeElement('source', [{ name: 'src', value: address }])[0]).toMatch(/^<source> 的 src 是 data:image\/jpeg（/);
    expect(unsafeElement('video', [{ name: 'poster', value: address }])[0]).toMatch(/请把图片另存为文件，放在 public\/ 下，写成 \/media\/2024\/poster\.png$/);
    expect(unsafeElement('image', [{ name: 'href', value: address }])).toEqual([]);
    expect(inlinePictureMessage('图片的地址', 'data:image/png;base64,iVBORw0KGgo=')).toMatch(/^图片的地址是 data:image\/png（整张图片写在地址里，1 KB）：/);
  });

  test('each candidate of a srcset, an <img>’s or a <picture>’s <source>’s, is read as its src is: a data: picture, a data: page or code is told, its commas read as the browser reads them', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(unsafeElement('img', [{ name: 'srcset', value: `${png} 2x` }, { name: 'src', value: './b.jpg' }])).toEqual([expect.stringMatching(/^<img> 的 srcset 是 data:image\/png（整张图片写在地址里/)]);
    expect(unsafeElement('source', [{ name: 'srcset', value: `./a.jpg 1x, ${png} 2x` }])).toEqual([expect.stringMatching(/^<source> 的 srcset 是 data:image\/png（/)]);
    expect(unsafeElement('source', [{ name: 'srcSet', value: 'data:text/html,<script>x</script> 2x' }])).toEqual([unsafeAddressMessage('<source> 的 srcSet ', 'data:')]);
    expect(unsafeElement('img', [{ name: 'srcset', value: './a.jpg 1x, javascript:alert(1) 2x' }])).toEqual([unsafeAddressMessage('<img> 的 srcset ', 'javascript:')]);
    expect(unsafeElement('img', [{ name: 'srcset', value: './a,1.jpg 1x, ./b.jpg 2x' }])).toEqual([]);
    expect(unsafeHtml(`<picture><source srcset="${png}"><img src="./b.jpg" alt=""></picture>`).map(({ message }) => message)).toEqual([expect.stringMatching(/^<source> 的 srcset 是 data:image\/png（/)]);
  });
});
