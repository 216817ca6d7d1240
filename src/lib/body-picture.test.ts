import { describe, expect, test } from 'vitest';
import { bodyPictures, withBodyPictures } from './body-picture.ts';

describe('bodyPictures', () => {
  test.each([
    ['each in order', '正文。\n\n![现场](./a.jpg)\n\n![第二张](./b.jpg)', [{ image: './a.jpg', alt: '现场' }, { image: './b.jpg', alt: '第二张' }]],
    ['each once', '![现场](./a.jpg)\n\n![又一次](./a.jpg)', [{ image: './a.jpg', alt: '现场' }]],
    ['one in the folder above', '![图](../02/a.png "图为现场")', [{ image: '../02/a.png', alt: '图' }]],
    ['a name written encoded, as Astro reads the file', '![图](./%E7%8E%B0%E5%9C%BA.jpg)', [{ image: './现场.jpg', alt: '图' }]],
    ['without alt text', '![](./a.jpg)', [{ image: './a.jpg', alt: '' }]],
    ['inside a link', '[![图](./small.jpg)](/files/big.pdf)', [{ image: './small.jpg', alt: '图' }]],
    ['not an SVG, which no share card is made from', '![示意](./chart.svg)\n\n![现场](./a.webp)', [{ image: './a.webp', alt: '现场' }]],
    ['not a picture at a web address or under public/', '![外](https://x.cn/a.jpg)\n\n![站](/media/a.jpg)\n\n![现场](./a.jpg)', [{ image: './a.jpg', alt: '现场' }]],
  ])('%s', (_, markdown, expected) => {
    expect(bodyPictures(markdown)).toEqual(expected);
  });

  test.each([
    ['no picture', '只有文字。'],
    ['a picture in code', '```\n![图](./a.jpg)\n```\n\n    ![图](./b.jpg)'],
    ['a picture in an HTML comment', '<!-- ![旧图](./old.jpg) -->\n\n正文。'],
    ['only an SVG', '![示意](./chart.svg)'],
    ['only pictures elsewhere', '![外](https://x.cn/a.jpg)'],
  ])('none: %s', (_, markdown) => {
    expect(bodyPictures(markdown)).toEqual([]);
  });

  test('in an .mdx body, a picture inside <Figure>', () => {
    const body = '正文。\n\n<Figure caption="说明" credit="马远征 摄">\n![现场](./a.jpg)\n</Figure>';
    expect(bodyPictures(body, { mdx: true })).toEqual([{ image: './a.jpg', alt: '现场' }]);
  });

  test('an .mdx body that does not compile has none, and does not throw', () => {
    expect(bodyPictures('![现场](./a.jpg) {', { mdx: true })).toEqual([]);
  });
});

describe('withBodyPictures', () => {
  const body = '![现场](./a.jpg)';

  test('an article without cover or video takes its body pictures', () => {
    expect(withBodyPictures({ title: '标题' }, body)).toEqual({ title: '标题', bodyPictures: [{ image: './a.jpg', alt: '现场' }] });
  });

  test.each([
    ['a cover', { cover: { image: './c.jpg', alt: '题图' } }],
    ['a video', { video: { src: '/media/v.mp4', poster: './p.jpg' } }],
  ])('one with %s keeps the picture it has', (_, data) => {
    expect(withBodyPictures(data, body)).toEqual(data);
  });

  test('one without a picture in its body is left as it is', () => {
    const data = { title: '标题' };
    expect(withBodyPictures(data, '正文。')).toBe(data);
  });
});
