import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderNames } from './written-file.ts';
import { captionsPathProblem, htmlPicturePathProblem, videoPathProblem } from './video-file.ts';
import { temporaryFolders } from '../../tests/support/temporary.ts';

/** A public/ folder with a video, one in a folder of its own, and one with a Chinese name; posters, one of them empty. */
const publicDir = temporaryFolders()('baodao-public-');
mkdirSync(path.join(publicDir, 'media/2024'), { recursive: true });
writeFileSync(path.join(publicDir, 'media/clip.mp4'), '');
writeFileSync(path.join(publicDir, 'media/2024/Court-Day.mp4'), '');
writeFileSync(path.join(publicDir, 'media/庭审.mp4'), '');
writeFileSync(path.join(publicDir, 'media/庭审.vtt'), 'WEBVTT\n');
copyFileSync('content/people/lin-xiaoyu.jpg', path.join(publicDir, 'media/2024/Poster.jpg'));
writeFileSync(path.join(publicDir, 'media/empty.jpg'), '');
writeFileSync(path.join(publicDir, 'media/scan.tif'), 'II*');

test.each(['/media/clip.mp4', '/media/2024/Court-Day.mp4', '/media/clip.mp4?v=2', '/media/clip.mp4#t=5', '/media/庭审.mp4', '/media/%E5%BA%AD%E5%AE%A1.mp4'])(
  '%s, written as its file under public/ is named, is found',
  async (src) => {
    expect(await videoPathProblem(publicDir, src, folderNames())).toBeUndefined();
  },
);

test.each([
  ['/media/Clip.MP4', '/media/clip.mp4'],
  ['/Media/2024/court-day.mp4', '/media/2024/Court-Day.mp4'],
  ['/media/CLIP.mp4?v=2', '/media/clip.mp4?v=2'],
])('%s, in another case than its file, is told as %s: a Mac or a PC plays it, the build server and the CDN do not', async (src, real) => {
  expect(await videoPathProblem(publicDir, src, folderNames())).toBe(
    `视频 ${src} 的大小写与文件名不一致：请写成 ${real}（发布网站的服务器区分大小写，这样写会找不到视频，即使在 Mac、Windows 电脑上能看到）`,
  );
});

test('a video not under public/ is named as missing, in the words the caller gives', async () => {
  expect(await videoPathProblem(publicDir, '/media/no-such.mp4', folderNames())).toBe(
    '找不到视频文件 public/media/no-such.mp4（站内视频放在 public/ 下，地址从 / 写起，如 /media/2024/video.mp4）',
  );
  expect(await videoPathProblem(publicDir, '/media/no-such.mp4', folderNames(), '找不到正文中的视频文件')).toMatch(/^找不到正文中的视频文件 public\/media\/no-such\.mp4（/);
});

test('a video’s captions are found under public/ as written, and named as missing or in another case than their file', async () => {
  expect(await captionsPathProblem(publicDir, '/media/庭审.vtt', folderNames())).toBeUndefined();
  expect(await captionsPathProblem(publicDir, '/media/no-such.vtt', folderNames())).toBe(
    '找不到视频字幕文件 public/media/no-such.vtt（站内字幕放在 public/ 下，地址从 / 写起，如 /media/2024/video.vtt）',
  );
  expect(await captionsPathProblem(publicDir, '/Media/庭审.vtt', folderNames())).toMatch(/^字幕 \/Media\/庭审\.vtt 的大小写与文件名不一致：请写成 \/media\/庭审\.vtt（/);
});

test.each(['https://v.example.cn/Clip.MP4', '//v.example.cn/clip.mp4'])('%s, on another site, is not ours to look for', async (src) => {
  expect(await videoPathProblem(publicDir, src, folderNames())).toBeUndefined();
});

test.each(['./clip.mp4', 'clip.mp4', 'media/clip.mp4', '../clip.mp4'])('%s, beside the article, is named: only pictures are published with an article', async (src) => {
  expect(await videoPathProblem(publicDir, src, folderNames())).toBe(
    `视频 ${src} 不会随文章发布（随文章发布的只有图片）：站内视频放在 public/ 下，地址从 / 写起，如 /media/2024/video.mp4`,
  );
});

test('a video, a poster or an <img> at a place on the editor’s computer (C:\\Users\\…, file:) is named: it was published as an address to load nowhere', async () => {
  expect(await videoPathProblem(publicDir, 'C:\\Users\\甲\\Videos\\clip.mp4', folderNames())).toBe(
    '视频 C:\\Users\\甲\\Videos\\clip.mp4 是这台电脑上的位置，读者看不到：站内视频放在 public/ 下，地址从 / 写起，如 /media/2024/video.mp4',
  );
  expect(await htmlPicturePathProblem(publicDir, 'D:/图片/现场.jpg', folderNames(), 'img')).toBe(
    '图片 D:/图片/现场.jpg 是这台电脑上的位置，读者看不到：站内图片放在 public/ 下，地址从 / 写起，如 /media/2024/photo.jpg',
  );
  expect(await htmlPicturePathProblem(publicDir, 'file:///C:/Users/甲/poster.jpg', folderNames(), 'poster')).toMatch(/^视频封面 file:\/\/\/C:\/Users\/甲\/poster\.jpg 是这台电脑上的位置/);
});

test('an http:// video is named: an https page does not play it', async () => {
  expect(await videoPathProblem(publicDir, 'http://v.example.cn/clip.mp4', folderNames())).toBe(
    '视频 http://v.example.cn/clip.mp4 以 http:// 开头，https 的网页里放不出来：请用 https:// 的地址，或把视频放在 public/ 下',
  );
});

describe('a body video’s poster', () => {
  test.each(['/media/2024/Poster.jpg', '/media/2024/Poster.jpg?v=2', 'https://v.example.cn/Poster.JPG', '//v.example.cn/p.jpg'])('%s, a picture under public/ or on another site, is fine', async (src) => {
    expect(await htmlPicturePathProblem(publicDir, src, folderNames(), 'poster')).toBeUndefined();
  });

  test.each([
    ['/media/2024/poster.jpg', '视频封面 /media/2024/poster.jpg 的大小写与文件名不一致：请写成 /media/2024/Poster.jpg（发布网站的服务器区分大小写，这样写会找不到视频封面，即使在 Mac、Windows 电脑上能看到）'],
    ['/media/no-such.jpg', '找不到正文中的视频封面文件 public/media/no-such.jpg（站内视频封面放在 public/ 下，地址从 / 写起，如 /media/2024/poster.jpg）'],
    ['./poster.jpg', '视频封面 ./poster.jpg 不会随文章发布（正文里 <video> 的 poster 只是一个网址，文章旁边的图片不会因此发布）：站内视频封面放在 public/ 下，地址从 / 写起，如 /media/2024/poster.jpg'],
    ['http://v.example.cn/p.jpg', '视频封面 http://v.example.cn/p.jpg 以 http:// 开头，https 的网页里显示不出来：请用 https:// 的地址，或把视频封面放在 public/ 下'],
  ])('%s is named where it is written, as the video itself would be', async (src, message) => {
    expect(await htmlPicturePathProblem(publicDir, src, folderNames(), 'poster')).toBe(message);
  });

  test('a poster whose file is no picture, or in a format not shown, is named as any picture is', async () => {
    expect(await htmlPicturePathProblem(publicDir, '/media/empty.jpg', folderNames(), 'poster')).toMatch(/^图片 \/media\/empty\.jpg 无法读取（文件是空的、已损坏/);
    expect(await htmlPicturePathProblem(publicDir, '/media/scan.tif', folderNames(), 'poster')).toMatch(/^图片 \/media\/scan\.tif 的格式网站不能处理：请转换为 JPEG/);
  });
});

describe('a body’s HTML <img>', () => {
  test('beside the article, it is named with the way to publish it (a Markdown picture)', async () => {
    expect(await htmlPicturePathProblem(publicDir, './site.jpg', folderNames(), 'img')).toBe(
      '图片 ./site.jpg 不会随文章发布（正文里 HTML 的 <img> 只是一个网址，文章旁边的图片不会因此发布；文章旁边的图片请写成 ![说明](./图片.jpg)）：站内图片放在 public/ 下，地址从 / 写起，如 /media/2024/photo.jpg',
    );
  });

  test('under public/, it is looked for letter for letter, and read as any picture', async () => {
    expect(await htmlPicturePathProblem(publicDir, '/media/2024/Poster.jpg', folderNames(), 'img')).toBeUndefined();
    expect(await htmlPicturePathProblem(publicDir, '/media/2024/poster.jpg', folderNames(), 'img')).toMatch(/^图片 \/media\/2024\/poster\.jpg 的大小写与文件名不一致：请写成 \/media\/2024\/Poster\.jpg/);
    expect(await htmlPicturePathProblem(publicDir, '/media/gone.jpg', folderNames(), 'img')).toMatch(/^找不到正文中的图片文件 public\/media\/gone\.jpg/);
    expect(await htmlPicturePathProblem(publicDir, '/media/scan.tif', folderNames(), 'img')).toMatch(/^图片 \/media\/scan\.tif 的格式网站不能处理/);
    // Browsers fetch it at https:// (an import keeps other sites' pictures as written, naming them).
    expect(await htmlPicturePathProblem(publicDir, 'http://img.example.cn/a.jpg', folderNames(), 'img')).toBeUndefined();
  });
});

test('a video, a poster or an <img> whose /../ climbs out of public/ is named: the check found the file beside it, and a browser asks the site for another address', async () => {
  const root = temporaryFolders()('baodao-climb-');
  const own = path.join(root, 'public');
  mkdirSync(own);
  copyFileSync('content/people/lin-xiaoyu.jpg', path.join(root, 'outside.jpg'));
  writeFileSync(path.join(root, 'outside.mp4'), '');
  expect(await htmlPicturePathProblem(own, '/../outside.jpg', folderNames(), 'img')).toBe(
    '图片 /../outside.jpg 的 .. 走出了 public/，读者打不开：站内图片放在 public/ 下，地址从 / 写起，如 /media/2024/photo.jpg',
  );
  expect(await htmlPicturePathProblem(own, '/media/../../outside.jpg', folderNames(), 'poster')).toMatch(/^视频封面 \/media\/\.\.\/\.\.\/outside\.jpg 的 \.\. 走出了 public\//);
  expect(await videoPathProblem(own, '/%2E%2E/outside.mp4', folderNames())).toMatch(/^视频 \/%2E%2E\/outside\.mp4 的 \.\. 走出了 public\//);
});
