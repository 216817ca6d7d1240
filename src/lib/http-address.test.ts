import { expect, test } from 'vitest';
import { httpAddressProblem } from './http-address.ts';

const FRAME = { what: '嵌入的网页', fails: '显示不出来（浏览器会拦下）', instead: '请用 https:// 的地址' };

test('an http:// address is named with what fails there, in any case', () => {
  expect(httpAddressProblem('http://player.example.cn/x', FRAME)).toBe('嵌入的网页 http://player.example.cn/x 以 http:// 开头，https 的网页里显示不出来（浏览器会拦下）：请用 https:// 的地址');
  expect(httpAddressProblem('HTTP://player.example.cn/x', FRAME)).toMatch(/^嵌入的网页 HTTP:\/\/player/);
});

test.each(['https://player.example.cn/x', '//player.example.cn/x', '/media/x.mp4', './x.mp4', 'http-guide.html'])('%s is not at http://', (src) => {
  expect(httpAddressProblem(src, FRAME)).toBeUndefined();
});
