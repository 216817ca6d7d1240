import { expect, test } from 'vitest';
import { leaves, pictureOutside, picturePathMistake } from './picture-path.ts';

test.each([
  ['C:\\Users\\xiaoyu\\Desktop\\现场.jpg', '是这台电脑上的位置，读者看不到：请把图片放到文章文件旁边，写成 ./现场.jpg'],
  ['D:/图片/cover.png', '是这台电脑上的位置，读者看不到：请把图片放到文章文件旁边，写成 ./cover.png'],
  ['file:///C:/Users/xiaoyu/cover.png', '是这台电脑上的位置，读者看不到：请把图片放到文章文件旁边，写成 ./cover.png'],
  ['file:///C:/Users/a/%E7%8E%B0%E5%9C%BA.jpg', '是这台电脑上的位置，读者看不到：请把图片放到文章文件旁边，写成 ./现场.jpg'],
  ['\\\\192.168.1.10\\图片\\现场.jpg', '是这台电脑上的位置，读者看不到：请把图片放到文章文件旁边，写成 ./现场.jpg'],
  ['\\media\\2024\\poster.jpg', '里的“\\”是 Windows 的写法，网址要用“/”：请写成 /media/2024/poster.jpg'],
  ['www.example.cn/x.jpg', '缺少 https://，会被当作文章文件旁边的文件：请写成 https://www.example.cn/x.jpg'],
  ['.\\cover.jpg', '里的“\\”是 Windows 的写法，网址要用“/”：请写成 ./cover.jpg'],
  ['..\\01\\cover.jpg', '里的“\\”是 Windows 的写法，网址要用“/”：请写成 ../01/cover.jpg'],
  ['images\\cover.jpg', '里的“\\”是 Windows 的写法，网址要用“/”：请写成 ./images/cover.jpg'],
  ['“./cover.jpg”', '两边有中文引号，引号会被当作内容的一部分：请去掉引号，写成 ./cover.jpg'],
  ['“cover.jpg”', '两边有中文引号，引号会被当作内容的一部分：请去掉引号，写成 ./cover.jpg'],
  ['cover.jpg', '应相对于文章文件，以 ./ 或 ../ 开头：请写成 ./cover.jpg'],
  ['images/cover.jpg', '应相对于文章文件，以 ./ 或 ../ 开头：请写成 ./images/cover.jpg'],
])('%s %s', (src, message) => {
  expect(picturePathMistake(src)).toBe(message);
});

test('the file the path is relative to is named as the caller names it', () => {
  expect(picturePathMistake('photo.jpg', '所在文件')).toBe('应相对于所在文件，以 ./ 或 ../ 开头：请写成 ./photo.jpg');
});

test.each(['./cover.jpg', '../01/cover.jpg', '/media/2024/poster.jpg', 'https://img.example.cn/a.jpg', 'data:image/png;base64,AAAA'])(
  '%s is a path or an address the site reads otherwise',
  (src) => {
    expect(picturePathMistake(src)).toBeUndefined();
  },
);

test.each([
  ['/site/content/articles/2024/01/x.jpg', false],
  ['/site/content', false],
  ['/site/content-old/x.jpg', true],
  ['/site/README.md', true],
  ['/etc/hostname', true],
])('%s leaves /site/content: %s', (file, outside) => {
  expect(leaves('/site/content', file)).toBe(outside);
});

test('a picture is told where it leads only when it climbs out of the content folder, and the name to write beside its file', () => {
  const folder = '/site/content/articles/2024/02';
  expect(pictureOutside('/site/content', folder, '../01/cover.jpg')).toBeUndefined();
  expect(pictureOutside('/site/content', folder, '../../../people/ma.jpg')).toBeUndefined();
  expect(pictureOutside('/site/content', folder, '../../../../etc/hostname')).toBe(
    '图片 ../../../../etc/hostname 在内容文件夹（content/）之外，网站不发布那里的文件：请把图片复制到这个文件旁边，写成 ./hostname',
  );
  expect(pictureOutside('/site/content', '/site/content/people', '../../照片/%E7%8E%B0%E5%9C%BA.jpg', '../../照片/现场.jpg')).toMatch(/复制到这个文件旁边，写成 \.\/现场\.jpg$/);
});
