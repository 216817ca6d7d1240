import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { PICTURE_PIXEL_LIMIT, pictureFileProblem } from './picture-file.ts';

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
  expect(await pictureFileProblem(readFileSync('content/people/lin-xiaoyu.jpg'), './a.jpg')).toBeUndefined();
  expect(await pictureFileProblem(pngHeader(8000, 6000), './a.png')).toBeUndefined();
  expect(await pictureFileProblem(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="20000"/>'), './a.svg')).toBeUndefined();
});

test.each([
  ['an empty file', Buffer.alloc(0)],
  ['text saved as .jpg', Buffer.from('not a picture')],
  ['an SVG without a size', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>')],
])('%s cannot be read, as the build would find', async (_, bytes) => {
  expect(await pictureFileProblem(bytes, './a.jpg')).toMatch(/^图片 \.\/a\.jpg 无法读取（文件是空的、已损坏/);
});

test('a picture with more pixels than sharp opens is too large, with its size', async () => {
  expect(20000 * 20000).toBeGreaterThan(PICTURE_PIXEL_LIMIT);
  expect(await pictureFileProblem(pngHeader(20000, 20000), './scan.png')).toBe(
    '图片 ./scan.png 太大（20000×20000 像素），网站无法处理：请缩小后再用（宽 4000 像素以内足够）',
  );
});
