import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { dataPicture, pictureType } from './data-picture.ts';
import { PICTURE_FORMAT_NAMES } from './images.ts';

const picture = (format: 'jpeg' | 'png' | 'gif' | 'webp' | 'avif') =>
  sharp({ create: { width: 8, height: 6, channels: 3, background: '#c00' } })[format]().toBuffer();

describe('pictureType', () => {
  test.each([
    ['jpeg', '.jpg'],
    ['png', '.png'],
    ['gif', '.gif'],
    ['webp', '.webp'],
    ['avif', '.avif'],
  ] as const)('a %s file is %s, by what it holds', async (format, type) => {
    expect(pictureType(await picture(format))).toBe(type);
  });

  test('an SVG is one after its XML declaration, comments and DOCTYPE', () => {
    const svg = '\ufeff<?xml version="1.0"?>\n<!-- Generator: Adobe Illustrator -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd" [<!ENTITY ns "http://ns.adobe.com/">]>\n<svg xmlns="http://www.w3.org/2000/svg"/>';
    expect(pictureType(Buffer.from(svg))).toBe('.svg');
    expect(pictureType(Buffer.from('<html><svg></svg></html>'))).toBeUndefined();
  });

  test.each([
    ['a BMP', Buffer.from('BM\0\0\0\0\0\0\0\0')],
    ['a HEIC', Buffer.from('\0\0\0\x18ftypheic\0\0\0\0')],
    ['nothing', Buffer.alloc(0)],
  ])('%s is no format the site takes', (_, bytes) => {
    expect(pictureType(bytes)).toBeUndefined();
  });
});

describe('dataPicture', () => {
  test('base64 is read, line breaks in it too, and the extension is the real format’s, not the address’s', async () => {
    const png = await picture('png');
    const wrapped = png.toString('base64').replace(/.{60}/g, '$&\n');
    expect(dataPicture(`data:image/jpeg;base64,${wrapped}`, 'x')).toEqual({ bytes: Buffer.from(png), type: '.png' });
  });

  test('a percent-encoded SVG is read', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>';
    expect(dataPicture(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, 'x')).toEqual({ bytes: Buffer.from(svg), type: '.svg' });
  });

  test.each([
    ['data:image/png;base64,AAAA', `图片 甲 不是 ${PICTURE_FORMAT_NAMES} 图片（或已损坏），网站不能显示`],
    ['data:image/bmp;base64,Qk0AAAAAAAAAAA==', `图片 甲 不是 ${PICTURE_FORMAT_NAMES} 图片（或已损坏），网站不能显示`],
    ['data:image/png;base64,', '图片 甲 是空的'],
    ['data:image/png', '图片 甲 是空的'],
    ['data:image/svg+xml,%E0%A4%A', '图片 甲 是空的'],
  ])('%s is no picture: told so', (address, problem) => {
    expect(dataPicture(address, '甲')).toEqual({ problem });
  });
});
