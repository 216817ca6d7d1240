import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { PICTURE_HEAD, PICTURE_PIXEL_LIMIT, pictureBytesProblem, pictureFileProblem, picturePathProblem, pictureSize } from './picture-file.ts';
import { folderNames } from './written-file.ts';
import { temporaryFolders } from '../../tests/support/temporary.ts';

const temporary = temporaryFolders();

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
  const target = path.join(temporary('baodao-picture-'), name);
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
  // A folder was told its format could not be resized.
  expect(await picturePathProblem(folder, { src: './' }, folderNames())).toBe('图片 ./ 是文件夹，不是图片：请写上图片的文件名，如 ./photo.jpg');
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

/** A photo of noise, `width` × `height`, so that its JPEG is larger than PICTURE_HEAD as a camera's is. */
const noise = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 60 } } });

describe('a picture cut short (a copy or an upload that stopped) is refused: the build published it with its missing part grey', () => {
  const cut = '不完整（文件只有前面一部分，读者会看到缺了一块的图）：请重新复制或重新导出原图';

  test.each([
    ['a JPEG', () => noise(800, 600).jpeg().toBuffer(), './photo.jpg'],
    ['a progressive JPEG', () => noise(800, 600).jpeg({ progressive: true }).toBuffer(), './photo.jpg'],
    ['a PNG', () => noise(400, 300).png().toBuffer(), './chart.png'],
  ])('%s, read from its file and from its bytes', async (_, make, src) => {
    const whole = await make();
    expect(whole.length).toBeGreaterThan(2 * PICTURE_HEAD);
    expect(await pictureFileProblem(file(src, whole), src)).toBeUndefined();
    const half = whole.subarray(0, Math.floor(whole.length / 2));
    expect(await pictureFileProblem(file(src, half), src)).toBe(`图片 ${src} ${cut}`);
    expect(await pictureBytesProblem(half, src)).toBe(`图片 ${src} ${cut}`);
    const small = await make().then((bytes) => sharp(bytes).resize(40).toFormat(src.endsWith('png') ? 'png' : 'jpeg').toBuffer());
    expect(await pictureFileProblem(file(src, small.subarray(0, small.length - 30)), src)).toBe(`图片 ${src} ${cut}`);
  });

  test('a JPEG whose Exif thumbnail is whole but whose photo is cut is refused', async () => {
    const photo = await noise(800, 600).jpeg().toBuffer();
    const thumbnail = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).jpeg().toBuffer();
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, 0]), Buffer.from('Exif\0\0'), thumbnail]);
    app1.writeUInt16BE(app1.length - 2, 2);
    const withThumbnail = Buffer.concat([photo.subarray(0, 2), app1, photo.subarray(2)]);
    expect(await pictureFileProblem(file('a.jpg', withThumbnail), './a.jpg')).toBeUndefined();
    expect(await pictureFileProblem(file('a.jpg', withThumbnail.subarray(0, 100_000)), './a.jpg')).toMatch(/不完整/);
  });

  test('a phone’s motion photo (its video after the JPEG) and a JPEG padded after its end are whole', async () => {
    const photo = await noise(800, 600).jpeg().toBuffer();
    const video = Buffer.concat([Buffer.from('\0\0\0\x18ftypmp42'), Buffer.alloc(300_000, 7)]);
    expect(await pictureFileProblem(file('motion.jpg', Buffer.concat([photo, video])), './motion.jpg')).toBeUndefined();
    expect(await pictureFileProblem(file('padded.jpg', Buffer.concat([photo, Buffer.alloc(100)])), './padded.jpg')).toBeUndefined();
  });
});

test.each([
  ['<script>', '<script>alert(1)</script>'],
  ['an on… handler', '<rect width="1" height="1" onclick="alert(1)"/>'],
  ['a javascript: link', '<a href="javascript:alert(1)"><rect width="1" height="1"/></a>'],
])('an SVG with %s is refused, however long the file: opened on its own it runs on the site', async (_, inside) => {
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><!--${' '.repeat(PICTURE_HEAD)}-->${inside}</svg>`);
  const refused = '图片 ./chart.svg 是带有脚本的 SVG（<script>、on… 事件代码或 javascript: 链接）：读者单独打开图片时，脚本会在本站运行：请删去脚本，或转换为 JPEG 或 PNG';
  expect(await pictureFileProblem(file('chart.svg', svg), './chart.svg')).toBe(refused);
  expect(await pictureBytesProblem(svg, './chart.svg')).toBe(refused);
  expect(await pictureBytesProblem(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><text>onion = 1</text></svg>'), './chart.svg')).toBeUndefined();
});

test.each([
  ['a label that reads javascript: 教程', '<text class="st0" x="5" y="50">javascript: 教程</text>'],
  ['an attribute whose value holds " one=1"', '<text x="1" y="9" data-note=" one=1">x</text>'],
])('an SVG with %s runs no code, however long the file: it is a picture like any other', async (_, inside) => {
  const svg = Buffer.from(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><!--${' '.repeat(PICTURE_HEAD)}-->${inside}</svg>`);
  expect(await pictureFileProblem(file('label.svg', svg), './label.svg')).toBeUndefined();
  expect(await pictureBytesProblem(svg, './label.svg')).toBeUndefined();
});

test('a picture in a format the build cannot read, under a name it takes (an iPhone’s HEIC, a BMP renamed .jpg), is told its format', async () => {
  // An AVIF made into what an iPhone writes: a HEIF of HEVC, which sharp here cannot read.
  const heic = Buffer.from(await sharp({ create: { width: 80, height: 60, channels: 3, background: '#888' } }).avif().toBuffer());
  for (const [from, to] of [['avif', 'heic'], ['av01', 'hvc1'], ['av1C', 'hvcC']] as const) {
    for (let at = heic.indexOf(from); at >= 0; at = heic.indexOf(from, at + 1)) heic.write(to, at);
  }
  await expect(sharp(heic).metadata()).rejects.toThrow();
  expect(await pictureBytesProblem(heic, './IMG_0001.jpg')).toBe('图片 ./IMG_0001.jpg 实际是 HEIC 格式（苹果手机照片的格式），网站不能处理：请转换为 JPEG 或 PNG');
  // A BMP of 2×2 pixels: its header, then 4 bytes a row.
  const bmp = Buffer.alloc(54 + 16);
  bmp.write('BM', 0);
  bmp.writeUInt32LE(bmp.length, 2);
  bmp.writeUInt32LE(54, 10);
  bmp.writeUInt32LE(40, 14);
  bmp.writeInt32LE(2, 18);
  bmp.writeInt32LE(2, 22);
  bmp.writeUInt16LE(1, 26);
  bmp.writeUInt16LE(24, 28);
  expect(await pictureFileProblem(file('scan.jpg', bmp), './scan.jpg')).toBe('图片 ./scan.jpg 实际是 BMP 格式，网站不能处理：请转换为 JPEG 或 PNG');
  // A TIFF renamed .jpg is read by the build and published as a JPEG is.
  const tiff = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#888' } }).tiff().toBuffer();
  expect(await pictureFileProblem(file('scan.jpg', tiff), './scan.jpg')).toBeUndefined();
});

test('a picture’s size is read from its head; an SVG’s, or a file’s that is gone, is not given', async () => {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } }).png().toBuffer();
  expect(await pictureSize(file('icon.png', png))).toEqual({ width: 40, height: 30 });
  expect(await pictureSize(file('chart.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>')))).toBeUndefined();
  expect(await pictureSize(path.join(tmpdir(), 'baodao-no-such-picture.png'))).toBeUndefined();
});
