import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { PICTURE_HEAD, PICTURE_PIXEL_LIMIT, pictureBytesProblem, pictureFileProblem, picturePathProblem } from './picture-file.ts';
import { folderNames } from './written-file.ts';

/** A PNG of `width` × `height` pixels as far as its header says (the pixels are not all there). */
function pngHeader(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(width + 1))), chunk('IEND', Buffer.alloc(0))]);
}

test('a real picture, and a large one sharp still opens, are fine', async () => {
  expect(await pictureBytesProblem(readFileSync('content/people/lin-xiaoyu.jpg'), './a.jpg')).toBeUndefined();
  expect(await pictureBytesProblem(pngHeader(8000, 6000), './a.png')).toBeUndefined();
  expect(await pictureBytesProblem(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="20000"/>'), './a.svg')).toBeUndefined();
});

test.each([
  ['an empty file', Buffer.alloc(0)],
  ['text saved as .jpg', Buffer.from('not a picture')],
  ['an SVG without a size', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>')],
])('%s cannot be read, as the build would find', async (_, bytes) => {
  expect(await pictureBytesProblem(bytes, './a.jpg')).toMatch(/^图片 \.\/a\.jpg 无法读取（文件是空的、已损坏/);
});

test('a picture with more pixels than sharp opens is too large, with its size', async () => {
  expect(20000 * 20000).toBeGreaterThan(PICTURE_PIXEL_LIMIT);
  expect(await pictureBytesProblem(pngHeader(20000, 20000), './scan.png')).toBe(
    '图片 ./scan.png 太大（20000×20000 像素），网站无法处理：请缩小后再用（宽 4000 像素以内足够）',
  );
});

/** A file of `bytes` in a fresh folder. */
function file(name: string, bytes: Uint8Array): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), 'baodao-picture-')), name);
  writeFileSync(target, bytes);
  return target;
}

/** `jpeg` with comment segments of `bytes` in all put before its size (a large Exif does this). */
function withComments(jpeg: Buffer, bytes: number): Buffer {
  const segments: Buffer[] = [];
  for (let left = bytes; left > 0; left -= 60_000) {
    const length = Math.min(left, 60_000);
    const header = Buffer.from([0xff, 0xfe, 0, 0]);
    header.writeUInt16BE(length + 2, 2);
    segments.push(header, Buffer.alloc(length, 0x20));
  }
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

test('a file is judged from its head, or read whole when its size comes later than the head', async () => {
  const photo = readFileSync('content/people/lin-xiaoyu.jpg');
  expect(await pictureFileProblem(file('a.jpg', photo), './a.jpg')).toBeUndefined();
  const late = withComments(photo, PICTURE_HEAD + 10_000);
  expect(await pictureBytesProblem(late.subarray(0, PICTURE_HEAD), './late.jpg')).toMatch(/无法读取/);
  expect(await pictureFileProblem(file('late.jpg', late), './late.jpg')).toBeUndefined();
  expect(await pictureFileProblem(file('scan.png', pngHeader(20000, 20000)), './scan.png')).toMatch(/太大/);
  expect(await pictureFileProblem(file('empty.jpg', Buffer.alloc(0)), './empty.jpg')).toMatch(/无法读取/);
});

test('a picture named in another case than its file is told the name to write; one not there, that it is missing', async () => {
  const folder = path.dirname(file('cover.jpg', readFileSync('content/people/lin-xiaoyu.jpg')));
  expect(await picturePathProblem(folder, { src: './cover.jpg' }, folderNames())).toBeUndefined();
  expect(await picturePathProblem(folder, { src: './Cover.JPG' }, folderNames())).toMatch(/^图片 \.\/Cover\.JPG 的大小写与文件名不一致：请写成 \.\/cover\.jpg（/);
  expect(await picturePathProblem(folder, { src: './no-such.jpg', missing: '找不到正文中的图片文件' }, folderNames())).toBe('找不到正文中的图片文件 ./no-such.jpg');
});

test('an SVG made into a share card (a cover, a video poster) is refused, by what the file holds; elsewhere it is served as it is', async () => {
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"/>');
  const refused = '图片 ./cover.svg 是 SVG 格式：题图和视频封面要制成分享卡片用的 JPEG 图片，网站不能转换 SVG：请转换为 JPEG 或 PNG';
  expect(await pictureBytesProblem(svg, './cover.svg', true)).toBe(refused);
  expect(await pictureBytesProblem(svg, './cover.jpg', true)).toMatch(/^图片 \.\/cover\.jpg 是 SVG 格式/);
  expect(await pictureBytesProblem(svg, './chart.svg')).toBeUndefined();
  expect(await pictureBytesProblem(readFileSync('content/people/lin-xiaoyu.jpg'), './cover.jpg', true)).toBeUndefined();
  const folder = path.dirname(file('cover.svg', svg));
  expect(await picturePathProblem(folder, { src: './cover.svg', shared: true }, folderNames())).toBe(refused);
  expect(await picturePathProblem(folder, { src: './cover.svg' }, folderNames())).toBeUndefined();
});

test('a format the build cannot resize is told to become one every use of a picture takes, never an SVG', async () => {
  const folder = path.dirname(file('scan.tif', Buffer.from('II*')));
  expect(await picturePathProblem(folder, { src: './scan.tif', shared: true }, folderNames())).toBe('图片 ./scan.tif 的格式网站不能处理：请转换为 JPEG 或 PNG');
});
